#pragma once

#include "api/BotTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// A minimal client-side copy of the bot status table that applies the
// "no missed update" rule: a row only ever moves forward in updatedAt.
// Snapshot rows and events go through the same newer-wins check, so an event
// older than the row (a replayed buffer entry, an out-of-order delivery) is
// dropped whenever it arrives.
//
// It is the reference implementation of the rule for the models layer's
// BotStore and what the api tests compare against the server's state.
class BotStatusMirror final
{
public:
    struct Key
    {
        QString accountId;
        Platform platform = Platform::Unknown;
        friend bool operator==(const Key &, const Key &) = default;
    };

    // True when candidate should replace current: strictly newer updatedAt.
    // A row without updatedAt (kNoTimestamp) is older than any real one.
    static bool isNewer(const BotStatusEntry &candidate, const BotStatusEntry &current) noexcept
    {
        return candidate.updatedAt > current.updatedAt;
    }

    // Inserts or replaces entry if it is newer; returns whether it changed.
    bool apply(const BotStatusEntry &entry);
    // Applies each entry in order; returns the ones that changed a row.
    QList<BotStatusEntry> applyAll(const QList<BotStatusEntry> &entries);

    // A full snapshot: rows not seen between begin and a complete end are
    // gone on the server and are removed (and returned) by endSnapshot().
    void beginSnapshot();
    QList<BotStatusEntry> applySnapshotPage(const QList<BotStatusEntry> &rows);
    QList<BotStatusEntry> endSnapshot(bool complete);

    const BotStatusEntry *find(const QString &accountId, Platform platform) const;
    QList<BotStatusEntry> rows() const { return m_rows.values(); }
    qsizetype size() const noexcept { return m_rows.size(); }
    // Events and snapshot rows dropped because the row was already newer or equal.
    int staleDropped() const noexcept { return m_staleDropped; }
    void clear();

private:
    QHash<Key, BotStatusEntry> m_rows;
    QSet<Key> m_seenInSnapshot;
    bool m_inSnapshot = false;
    int m_staleDropped = 0;
};

size_t qHash(const BotStatusMirror::Key &key, size_t seed = 0) noexcept;
