#pragma once

#include "BotCounts.h"
#include "BotRoles.h"
#include "BotStore.h"

#include <QByteArray>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

// Which bots the table shows, at a given moment: the search text (matched
// once per account against the store's folded search keys), the platform and
// status filters, and when an Active bot counts as stale. One classification
// of a row answers the filter, the count line and the stale flag, so the
// three cannot disagree.
//
// Built for full scans of 500,000 rows per keystroke: evaluate() reads a row
// once and is inline, matches are one byte per account, and a needle that
// only grew refines the previous matches instead of searching every account.
class BotQuery final
{
    Q_DISABLE_COPY_MOVE(BotQuery)

public:
    // What a change of the query does to the set of visible rows.
    enum class Change : quint8 {
        None, // the same rows pass
        Narrowing, // only rows that pass now can still pass: filter those
        Any, // rows may enter: scan them all
    };

    // Set in evaluate()'s answer when the row passes; the bits below it are
    // the row's BotCounts class.
    static constexpr quint8 kPasses = 0x40;
    static_assert((kPasses & BotCounts::kClassMask) == 0);

    BotQuery(const BotStore &store, TimestampMs now);

    Change setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // nullopt: all platforms; Platform::Unknown: every platform a newer
    // server named ("Other"); else that platform.
    Change setPlatformFilter(std::optional<Platform> platform);
    std::optional<Platform> platformFilter() const { return m_platformFilter; }
    Change setStatusFilter(BotTable::StatusFilter filter);
    BotTable::StatusFilter statusFilter() const { return m_statusFilter; }
    // True when it changed: every row may have changed class.
    bool setStaleThresholdMs(qint64 ms);
    qint64 staleThresholdMs() const { return m_staleThresholdMs; }

    // The moment staleness is judged at. True when a row may have changed
    // class since the last time: only fresh Active rows turn stale with time,
    // so until the earliest of them can have, moving on costs nothing.
    bool setNow(TimestampMs now);
    TimestampMs now() const { return m_now; }
    // Stale and Problems depend on staleness, so which rows pass them moves
    // with the clock.
    bool followsClock() const;
    // A row changed: its stale deadline may come sooner than the known one.
    void noteStaleDeadline(const BotStore::Row &row);

    // Brings the per-account matches up to the current search text; call
    // before evaluating rows after setSearchText().
    void refreshMatches();
    // Matches for accounts the store added or renamed in this flush.
    void updateMatches(const BotStore::Changes &changes);
    // The store was emptied: nothing known about its accounts is kept.
    void clearStoreState();

    bool isStale(const BotStore::Row &row) const
    {
        return row.status == BotStatus::Active
            && (row.lastHeartbeatAt == kNoTimestamp
                || m_now - row.lastHeartbeatAt > m_staleThresholdMs);
    }
    // 0 when the row is filtered out, else kPasses | its class. One read of
    // the row for the full scans.
    quint8 evaluate(quint32 storeRow) const
    {
        const BotStore::Row &row = m_store.row(storeRow);
        if (row.removed)
            return 0;
        if (m_platformFilter && !platformPasses(row.platform))
            return 0;
        const bool stale = isStale(row);
        if (!statusPasses(row.status, stale))
            return 0;
        if (!m_needle.isEmpty() && !m_accountMatch[row.account])
            return 0;
        return BotCounts::rowClass(row.status, stale) | kPasses;
    }
    bool passes(quint32 storeRow) const { return evaluate(storeRow) != 0; }
    // The row's class whether it passes or not.
    quint8 classify(quint32 storeRow) const
    {
        const BotStore::Row &row = m_store.row(storeRow);
        return BotCounts::rowClass(row.status, isStale(row));
    }

    // Bytes held by its containers (the owner counts the object itself).
    size_t memoryUsage() const noexcept;

private:
    bool platformPasses(Platform platform) const
    {
        return *m_platformFilter == Platform::Unknown ? isExtraPlatform(platform)
                                                      : platform == *m_platformFilter;
    }
    bool statusPasses(BotStatus status, bool stale) const
    {
        using BotTable::StatusFilter;
        switch (m_statusFilter) {
        case StatusFilter::All:
            return true;
        case StatusFilter::Active:
            return status == BotStatus::Active;
        case StatusFilter::Paused:
            return status == BotStatus::Paused;
        case StatusFilter::NoConnection:
            return status == BotStatus::NoConnection;
        case StatusFilter::Stale:
            return stale;
        case StatusFilter::Problems:
            return stale || status == BotStatus::NoConnection;
        }
        return true;
    }
    bool matches(quint32 account) const;
    void matchAccountsFrom(quint32 firstAccount);
    void computeStaleDeadline();

    const BotStore &m_store;
    QString m_searchText;
    QByteArray m_needle; // folded, simplified search text
    QByteArray m_matchedNeedle; // the needle m_accountMatch was computed for
    std::vector<quint8> m_accountMatch; // account -> matches m_needle
    std::optional<Platform> m_platformFilter;
    BotTable::StatusFilter m_statusFilter = BotTable::StatusFilter::All;
    qint64 m_staleThresholdMs = qint64(120) * 1000;
    TimestampMs m_now = 0;
    // No Active row that is fresh at m_now turns stale before this time (a
    // lower bound: heartbeats since only move deadlines later). Minimum:
    // unknown, reclassify at the next tick.
    TimestampMs m_nextStaleAt = std::numeric_limits<TimestampMs>::min();
};
