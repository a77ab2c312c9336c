#pragma once

#include "BotAccountTable.h"
#include "BotKey.h"
#include "BotRoles.h"

#include "api/BotTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QVarLengthArray>

#include <array>
#include <functional>
#include <optional>
#include <vector>

// The client-side truth of every account x platform bot, built for 500,000
// rows: one 32-byte Row per bot in a vector, account names, search keys and
// account IDs stored once per account in byte pools, an open-addressing index
// from account ID to account. Fed by methods (snapshot pages, live events,
// pending mutations); changes are collected in a dirty set and announced at
// most once per frame through changed(), so a burst of events costs one
// repaint.
//
// Account IDs are opaque: kept byte for byte as received, hashed and compared
// exactly (two IDs that differ only in case are two accounts); only the
// search key holds a folded copy. Platforms a newer server named are rows like
// any other (their slots live in a small side table).
//
// Rows are never erased (row numbers are the model's indexes): a bot the
// server no longer has is a tombstone, hidden from the table and the counts,
// that a later snapshot or a newer event brings back. A complete snapshot
// removes what it did not deliver (beginSnapshot() ... endSnapshot(true)),
// since the server deletes accounts without an event.
class BotStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotStore)

public:
    // Bits of Changes::fields: what changed in a row since the last flush.
    enum ChangedField : quint8 {
        StatusField = 0x01, // displayed status
        HeartbeatField = 0x02,
        PendingField = 0x04, // pending action or server status
        NameField = 0x08, // the account was renamed
        PresenceField = 0x10, // removed (a tombstone) or brought back
    };

    struct Row
    {
        TimestampMs lastHeartbeatAt = kNoTimestamp;
        TimestampMs updatedAt = kNoTimestamp; // server time of the last applied change
        TimestampMs changedAt = kNoTimestamp; // local time the status last changed (highlight)
        quint32 account = 0;
        Platform platform = Platform::Unknown;
        BotStatus status = BotStatus::Unknown; // displayed: optimistic while pending
        BotStatus serverStatus = BotStatus::Unknown; // restored if the mutation fails
        // Bit-fields keep the row at 32 bytes (four one-byte fields above).
        PendingAction pending : 6 = PendingAction::None;
        // The server no longer has it: hidden, kept so that it can come back.
        bool removed : 1 = false;
        // Delivered (or touched) since beginSnapshot(): a complete snapshot
        // removes the rows it did not see.
        bool seen : 1 = false;
    };

    using Account = BotAccountTable::Account;
    // Longest account ID kept (UTF-8 bytes); longer ones are refused.
    static constexpr int kMaxIdLength = BotAccountTable::kMaxIdLength;

    // One flush: rows that existed before and changed (ascending, with what
    // changed) plus the contiguous range of rows appended since the last flush.
    struct Changes
    {
        QList<quint32> rows;
        QList<quint8> fields;
        quint32 firstAddedRow = 0;
        quint32 addedCount = 0;
        quint8 allFields = 0;
        bool isEmpty() const noexcept { return rows.isEmpty() && addedCount == 0; }
    };

    struct Stats
    {
        quint64 applied = 0;
        quint64 droppedOutOfOrder = 0; // updatedAt not newer than the row's
        quint64 droppedInvalid = 0; // no account ID (or a huge one), or no platform
        quint64 removed = 0; // rows a complete snapshot no longer had
        quint64 revived = 0; // removed rows that came back
    };

    static constexpr quint32 kNoRow = BotAccountTable::kNoRow;

    explicit BotStore(QObject *parent = nullptr);
    ~BotStore() override;

    // Avoids vector regrowth (and its transient double memory) when the
    // first page announces the total.
    void reserve(qsizetype rows);
    // Gives back growth slack once the load is complete.
    void squeeze();
    void clear();

    // A snapshot page: new rows are appended, known rows updated if newer.
    // The first page into an empty store is announced at once.
    void mergeSnapshot(const QList<BotStatusEntry> &page);
    // Live events: newer wins; an event whose updatedAt is not after the
    // row's is dropped (events can arrive out of order).
    void applyEvents(const QList<BotStatusEntry> &events);

    // Marks a mutation in flight. Returns false, changing nothing, when the
    // action makes no sense for the row or another one is pending: a double
    // click never sends the opposite toggle.
    bool beginPending(const BotKey &key, PendingAction action);
    // The server answered: its state is applied (if newer) and pending cleared.
    void completePending(const BotStatusEntry &serverAnswer);
    // The mutation failed: back to the server's state.
    void failPending(const BotKey &key);
    // The mutation succeeded without a new state to show (a reconnect): the
    // pending mark goes, the event that follows brings the news.
    void settlePending(const BotKey &key) { failPending(key); }

    // A complete snapshot is about to be merged: every row is unseen until a
    // page (or an event) delivers it.
    void beginSnapshot();
    // The snapshot ended. When it was complete (every page arrived), rows it
    // did not deliver are removed: hidden tombstones, revived by a later
    // snapshot or a newer event. Returns how many were removed (held ones
    // included; while held the removal waits for the release, like the news).
    qsizetype endSnapshot(bool complete);
    bool isSnapshotOpen() const noexcept { return m_snapshotOpen; }
    // Bots the current (or last) snapshot delivered more than once: the
    // server moved while it was paged (offset cursors), so it may also have
    // skipped some.
    qsizetype snapshotRepeats() const noexcept { return m_snapshotRepeats; }

    // Freeze for reading a busy table: while held, live events and snapshot
    // merges (after the store has rows) are kept aside, coalesced per bot
    // (newest wins), so what the table shows stays consistent with what it
    // counts and where it sorts. The operator's own actions (pending,
    // answers, failures) still apply at once. Releasing applies everything
    // held, as live news (highlighted), and announces it in one flush.
    void setHeld(bool held);
    bool isHeld() const noexcept { return m_held; }
    // Bots with news waiting while held.
    qsizetype heldCount() const noexcept { return m_heldEntries.size(); }
    // The news held back for key, if any (newest); nullopt when none.
    std::optional<BotStatusEntry> heldEntry(const BotKey &key) const;

    // Announces collected changes now (tests, end of load); otherwise a
    // frame timer does it.
    void flush();
    void setFlushInterval(int ms);
    // Local clock for changedAt (highlights); injectable for tests.
    void setClock(std::function<TimestampMs()> clock);

    // Every row ever stored, tombstones included: store rows are indexes.
    qsizetype rowCount() const noexcept { return qsizetype(m_rows.size()); }
    // The bots the server has: what the count line calls the total.
    qsizetype liveRowCount() const noexcept { return rowCount() - m_removedCount; }
    bool isRemoved(qsizetype row) const { return m_rows[size_t(row)].removed; }
    // Bots (not removed) per platform, including platforms a newer server named.
    qsizetype liveRowCount(Platform platform) const noexcept
    {
        return qsizetype(m_liveRowsPerPlatform[quint8(platform)]);
    }
    // Platforms a newer server named that have bots now, in the order the
    // app first saw them; extraPlatformsRevision() moves when this changes.
    QList<Platform> extraPlatforms() const;
    // Rows (tombstones included) whose platform is, on the wire, `wire`
    // ("RUMBLE"); -1 when the store cannot keep rows on that platform (it
    // drops what it cannot key), so no count is known.
    qsizetype rowCountOnWire(QStringView wire) const;
    quint32 extraPlatformsRevision() const noexcept { return m_extraPlatformsRevision; }
    qsizetype rowCapacity() const noexcept { return qsizetype(m_rows.capacity()); }
    qsizetype accountCount() const noexcept { return qsizetype(m_accounts.size()); }
    const Row &row(qsizetype row) const { return m_rows[size_t(row)]; }
    const Account &account(quint32 account) const { return m_accounts[account]; }

    // -1 for a bot the store does not have, or has removed.
    qsizetype rowForKey(const BotKey &key) const;
    // The newest server state known for a bot, including news held aside
    // while frozen: what an incident revert or a planned resume compares
    // with the state an action produced. Empty when the bot is not here.
    struct ServerState
    {
        BotStatus status = BotStatus::Unknown;
        TimestampMs updatedAt = kNoTimestamp;
        PendingAction pending = PendingAction::None;
        QString accountName;
    };
    std::optional<ServerState> latestServerState(const BotKey &key) const;
    BotKey keyAt(qsizetype index) const;
    BotStatusEntry entryAt(qsizetype index) const; // displayed status
    QString accountName(qsizetype index) const;
    // The name of key's account; empty when the bot is not here.
    QString accountNameOf(const BotKey &key) const;
    QString accountIdText(qsizetype index) const; // as received

    // An account's row on platform (removed ones included), or kNoRow.
    quint32 rowOf(quint32 account, Platform platform) const;
    // An account's rows (removed ones included): known platforms in enum
    // order, then the ones a newer server named.
    QVarLengthArray<quint32, 8> rowsOf(quint32 account) const;

    QByteArrayView nameUtf8(quint32 account) const { return m_accounts.nameUtf8(account); }
    // The ID as received.
    QByteArrayView idUtf8(quint32 account) const { return m_accounts.idUtf8(account); }
    QString accountId(quint32 account) const;
    // Folded name '\n' folded ID.
    QByteArrayView searchKey(quint32 account) const { return m_accounts.searchKey(account); }
    QByteArrayView foldedName(quint32 account) const { return m_accounts.foldedName(account); }
    QByteArrayView foldedId(quint32 account) const { return m_accounts.foldedId(account); }

    Stats stats() const noexcept { return m_stats; }
    // Bytes held by the store's containers (capacity, not size).
    size_t memoryUsage() const noexcept;

Q_SIGNALS:
    void changed(const BotStore::Changes &changes);
    void aboutToBeCleared();
    void cleared();

private:
    enum class Origin { Snapshot, Event };
    void apply(const QList<BotStatusEntry> &entries, Origin origin);
    void hold(const QList<BotStatusEntry> &entries, Origin origin);
    void noteSeen(Row &row, Origin origin);
    void applyOne(const BotStatusEntry &entry, Origin origin, TimestampMs now);
    void revive(quint32 index, const BotStatusEntry &entry, Origin origin, TimestampMs now);
    void remove(quint32 index);
    void noteNameOf(quint32 account, const QString &name);
    // The row of key, removed ones included, or kNoRow.
    quint32 anyRowForKey(const BotKey &key) const;
    // Drops the row's pending mark: it shows the server's state again. False
    // when none was set.
    bool clearPending(quint32 index);
    quint32 *rowSlot(quint32 account, Platform platform);
    void countLive(Platform platform, int delta);
    // Rows a complete snapshot did not deliver.
    std::vector<quint32> unseenRows() const;
    void markDirty(quint32 row, quint8 fields);
    void scheduleFlush();

    std::vector<Row> m_rows;
    BotAccountTable m_accounts;
    std::vector<quint8> m_dirty; // per row: ChangedField bits since last flush
    std::vector<quint32> m_dirtyRows; // rows below m_flushedRowCount with m_dirty set
    quint32 m_flushedRowCount = 0;
    quint8 m_dirtyFields = 0;
    bool m_held = false;
    QList<BotStatusEntry> m_heldEntries;
    QHash<BotKey, qsizetype> m_heldIndex; // bot -> its entry in m_heldEntries
    // Rows the last complete snapshot while held did not deliver: removed on
    // release, before the held news (which may bring some back).
    std::vector<quint32> m_heldRemovals;
    // (account << 8 | platform) -> row, for platforms a newer server named.
    QHash<quint64, quint32> m_extraRows;
    std::array<quint32, 256> m_liveRowsPerPlatform {};
    qsizetype m_removedCount = 0;
    qsizetype m_snapshotRepeats = 0;
    quint32 m_extraPlatformsRevision = 0;
    bool m_snapshotOpen = false;
    Stats m_stats;
    QTimer m_flushTimer;
    std::function<TimestampMs()> m_clock;
};

Q_DECLARE_METATYPE(BotStore::Changes)
