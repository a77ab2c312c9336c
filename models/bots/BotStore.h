#pragma once

#include "BotKey.h"
#include "BotRoles.h"

#include "api/BotTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>
#include <vector>

// The client-side truth of every account x platform bot, built for 500,000
// rows: one 32-byte Row per bot in a vector, account names and search keys
// stored once per account in byte pools, an open-addressing index from account
// UUID to account. Fed by methods (snapshot pages, live events, pending
// mutations); changes are collected in a dirty set and announced at most once
// per frame through changed(), so a burst of events costs one repaint.
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
        PendingAction pending = PendingAction::None;
    };

    struct Account
    {
        QUuid id;
        quint32 nameOffset = 0; // into the UTF-8 name pool
        quint32 searchOffset = 0; // into the search pool: folded name '\n' id text
        quint16 nameLength = 0;
        quint16 searchLength = 0;
        std::array<quint32, kKnownPlatformCount> rows; // kNoRow where absent
    };

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
        quint64 droppedInvalid = 0; // unparsable account ID or unknown platform
    };

    static constexpr quint32 kNoRow = 0xFFFFFFFFu;

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

    qsizetype rowCount() const noexcept { return qsizetype(m_rows.size()); }
    qsizetype rowCapacity() const noexcept { return qsizetype(m_rows.capacity()); }
    qsizetype accountCount() const noexcept { return qsizetype(m_accounts.size()); }
    const Row &row(qsizetype row) const { return m_rows[size_t(row)]; }
    const Account &account(quint32 account) const { return m_accounts[account]; }

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
    QString accountIdText(qsizetype index) const;

    QByteArrayView nameUtf8(quint32 account) const;
    QByteArrayView searchKey(quint32 account) const; // folded name '\n' id text
    QByteArrayView foldedName(quint32 account) const;

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
    void hold(const QList<BotStatusEntry> &entries);
    void applyOne(const BotStatusEntry &entry, Origin origin, TimestampMs now);
    quint32 findAccount(const QUuid &id, size_t hash) const;
    quint32 addAccount(const QUuid &id, size_t hash, const QString &name);
    void setAccountName(quint32 account, const QString &name);
    void growAccountIndex();
    void markDirty(quint32 row, quint8 fields);
    void scheduleFlush();

    std::vector<Row> m_rows;
    std::vector<Account> m_accounts;
    std::vector<quint32> m_accountSlots; // open addressing, power of two
    std::vector<quint8> m_dirty; // per row: ChangedField bits since last flush
    std::vector<quint32> m_dirtyRows; // rows below m_flushedRowCount with m_dirty set
    QByteArray m_names;
    QByteArray m_searchKeys;
    quint32 m_flushedRowCount = 0;
    quint8 m_dirtyFields = 0;
    bool m_held = false;
    QList<BotStatusEntry> m_heldEntries;
    QHash<BotKey, qsizetype> m_heldIndex; // bot -> its entry in m_heldEntries
    Stats m_stats;
    QTimer m_flushTimer;
    std::function<TimestampMs()> m_clock;
};

Q_DECLARE_METATYPE(BotStore::Changes)
