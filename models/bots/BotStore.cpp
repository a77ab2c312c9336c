#include "BotStore.h"

#include "BotActionRules.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcBotStore, "lumio.models.botstore")

namespace {
quint64 extraRowKey(quint32 account, Platform platform) noexcept
{
    return (quint64(account) << 8) | quint8(platform);
}

BotStatus optimisticStatus(PendingAction action, BotStatus current) noexcept
{
    switch (action) {
    case PendingAction::Pause:
        return BotStatus::Paused;
    case PendingAction::Resume:
        return BotStatus::Active;
    case PendingAction::None:
    case PendingAction::Reconnect:
        break;
    }
    return current;
}

// An event confirming what we asked for settles the mutation even before the
// HTTP answer arrives.
bool settles(PendingAction action, BotStatus serverStatus) noexcept
{
    return (action == PendingAction::Pause && serverStatus == BotStatus::Paused)
        || (action == PendingAction::Resume && serverStatus == BotStatus::Active);
}
} // namespace

BotStore::BotStore(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(16);
    connect(&m_flushTimer, &QTimer::timeout, this, &BotStore::flush);
}

BotStore::~BotStore() = default;

void BotStore::reserve(qsizetype rows)
{
    const auto n = size_t(std::max<qsizetype>(rows, 0));
    m_rows.reserve(n);
    m_dirty.reserve(n);
    // Accounts have up to five rows; three is the common case.
    m_accounts.reserve(n / 3 + 1);
}

void BotStore::squeeze()
{
    m_rows.shrink_to_fit();
    m_accounts.squeeze();
    m_dirty.shrink_to_fit();
    m_dirtyRows.shrink_to_fit();
}

void BotStore::clear()
{
    Q_EMIT aboutToBeCleared();
    m_flushTimer.stop();
    m_heldEntries = {};
    m_heldIndex = {};
    m_rows = {};
    m_accounts.clear();
    m_dirty = {};
    m_dirtyRows = {};
    m_heldRemovals = {};
    m_extraRows = {};
    m_liveRowsPerPlatform = {};
    m_removedCount = 0;
    m_snapshotRepeats = 0;
    ++m_extraPlatformsRevision;
    m_snapshotOpen = false;
    m_flushedRowCount = 0;
    m_dirtyFields = 0;
    Q_EMIT cleared();
}

void BotStore::mergeSnapshot(const QList<BotStatusEntry> &page)
{
    const bool first = m_rows.empty();
    if (m_held && !first) {
        hold(page, Origin::Snapshot);
        return;
    }
    apply(page, Origin::Snapshot);
    if (first)
        flush();
}

void BotStore::applyEvents(const QList<BotStatusEntry> &events)
{
    if (m_held) {
        hold(events, Origin::Event);
        return;
    }
    apply(events, Origin::Event);
}

void BotStore::hold(const QList<BotStatusEntry> &entries, Origin origin)
{
    for (const BotStatusEntry &entry : entries) {
        const BotKey key = BotKey::fromEntry(entry);
        if (m_snapshotOpen) {
            // Delivered, although applied only on release: not to be removed.
            const quint32 row = anyRowForKey(key);
            if (row != kNoRow)
                noteSeen(m_rows[row], origin);
        }
        const auto it = m_heldIndex.constFind(key);
        if (it == m_heldIndex.cend()) {
            m_heldIndex.insert(key, m_heldEntries.size());
            m_heldEntries.append(entry);
        } else if (entry.updatedAt > m_heldEntries[*it].updatedAt) {
            m_heldEntries[*it] = entry;
        }
    }
}

std::optional<BotStatusEntry> BotStore::heldEntry(const BotKey &key) const
{
    const auto it = m_heldIndex.constFind(key);
    if (it == m_heldIndex.cend())
        return std::nullopt;
    return m_heldEntries.at(*it);
}

void BotStore::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held)
        return;
    const QList<BotStatusEntry> entries = std::exchange(m_heldEntries, {});
    m_heldIndex.clear();
    // What the last complete snapshot no longer had goes first; held news
    // newer than a removed row brings it back.
    for (const quint32 index : std::exchange(m_heldRemovals, {})) {
        if (!m_rows[index].removed)
            remove(index);
    }
    apply(entries, Origin::Event);
    flush();
}

void BotStore::beginSnapshot()
{
    for (Row &row : m_rows)
        row.seen = false;
    m_snapshotOpen = true;
    m_snapshotRepeats = 0;
}

void BotStore::noteSeen(Row &row, Origin origin)
{
    // A snapshot that delivers a bot twice was read from a server that moved
    // under its pages (offset cursors): it may have skipped others too.
    if (origin == Origin::Snapshot && row.seen)
        ++m_snapshotRepeats;
    row.seen = true;
}

std::vector<quint32> BotStore::unseenRows() const
{
    std::vector<quint32> rows;
    for (quint32 r = 0; r < quint32(m_rows.size()); ++r) {
        if (!m_rows[r].seen && !m_rows[r].removed)
            rows.push_back(r);
    }
    return rows;
}

qsizetype BotStore::endSnapshot(bool complete)
{
    if (!m_snapshotOpen)
        return 0;
    m_snapshotOpen = false;
    if (!complete)
        return 0;
    std::vector<quint32> gone = unseenRows();
    const auto count = qsizetype(gone.size());
    if (m_held) {
        // The newest complete snapshot is the truth: it replaces what an
        // earlier one (held too) said was gone. News held from before it
        // about those rows is older than it, and goes.
        m_heldRemovals = std::move(gone);
        if (!m_heldRemovals.empty() && !m_heldEntries.isEmpty()) {
            QList<BotStatusEntry> kept;
            kept.reserve(m_heldEntries.size());
            m_heldIndex.clear();
            for (const BotStatusEntry &entry : std::as_const(m_heldEntries)) {
                const BotKey key = BotKey::fromEntry(entry);
                const quint32 row = anyRowForKey(key);
                if (row != kNoRow && !m_rows[row].seen)
                    continue;
                m_heldIndex.insert(key, kept.size());
                kept.append(entry);
            }
            m_heldEntries = std::move(kept);
        }
        return count;
    }
    for (const quint32 index : gone)
        remove(index);
    if (count > 0) {
        qCInfo(lcBotStore) << count << "bot(s) no longer on the server: removed";
        scheduleFlush();
    }
    return count;
}

void BotStore::remove(quint32 index)
{
    Row &row = m_rows[index];
    row.removed = true;
    ++m_removedCount;
    ++m_stats.removed;
    countLive(row.platform, -1);
    markDirty(index, PresenceField);
}

void BotStore::countLive(Platform platform, int delta)
{
    quint32 &n = m_liveRowsPerPlatform[quint8(platform)];
    const bool before = n > 0;
    n = quint32(qint64(n) + delta);
    if (isExtraPlatform(platform) && before != (n > 0))
        ++m_extraPlatformsRevision;
}

QList<Platform> BotStore::extraPlatforms() const
{
    QList<Platform> out;
    for (const Platform p : ::extraPlatforms()) {
        if (m_liveRowsPerPlatform[quint8(p)] > 0)
            out.append(p);
    }
    return out;
}

qsizetype BotStore::rowCountOnWire(QStringView wire) const
{
    if (wire.isEmpty())
        return 0;
    if (platformToWire(platformFromWire(wire)) != wire)
        return -1;
    qsizetype count = 0;
    for (const Row &row : m_rows) {
        if (platformToWire(row.platform) == wire)
            ++count;
    }
    return count;
}

void BotStore::apply(const QList<BotStatusEntry> &entries, Origin origin)
{
    const TimestampMs now = m_clock();
    for (const BotStatusEntry &entry : entries)
        applyOne(entry, origin, now);
    scheduleFlush();
}

void BotStore::applyOne(const BotStatusEntry &entry, Origin origin, TimestampMs now)
{
    // Without an ID or a platform there is no key. (A platform a newer server
    // named is a platform: decoders intern it.)
    if (entry.accountId.isEmpty() || entry.platform == Platform::Unknown) {
        ++m_stats.droppedInvalid;
        return;
    }
    const quint32 hash = BotAccountTable::hashId(entry.accountId);
    quint32 account = m_accounts.find(entry.accountId, hash);
    if (account == BotAccountTable::kNoAccount) {
        account = m_accounts.add(entry.accountId, hash, entry.accountName);
        if (account == BotAccountTable::kNoAccount) {
            ++m_stats.droppedInvalid;
            return;
        }
    }

    quint32 *slot = rowSlot(account, entry.platform);
    if (*slot == kNoRow) {
        Row row;
        row.account = account;
        row.platform = entry.platform;
        row.status = entry.status;
        row.serverStatus = entry.status;
        row.lastHeartbeatAt = entry.lastHeartbeatAt;
        row.updatedAt = entry.updatedAt;
        row.seen = m_snapshotOpen;
        // A bot appearing live is news; one arriving with the snapshot is not.
        row.changedAt = origin == Origin::Event ? now : kNoTimestamp;
        *slot = quint32(m_rows.size());
        m_rows.push_back(row);
        m_dirty.push_back(0);
        countLive(entry.platform, +1);
        ++m_stats.applied;
        return;
    }

    const quint32 index = *slot;
    Row &row = m_rows[index];
    // Whatever arrives while a snapshot is read is on the server now.
    if (m_snapshotOpen)
        noteSeen(row, origin);
    if (row.removed) {
        // The snapshot is the truth; an event must be news.
        if (origin == Origin::Event && entry.updatedAt <= row.updatedAt) {
            ++m_stats.droppedOutOfOrder;
            return;
        }
        revive(index, entry, origin, now);
        return;
    }
    if (entry.updatedAt <= row.updatedAt) {
        ++m_stats.droppedOutOfOrder;
        return;
    }
    ++m_stats.applied;
    quint8 fields = 0;
    row.updatedAt = entry.updatedAt;
    if (row.lastHeartbeatAt != entry.lastHeartbeatAt) {
        row.lastHeartbeatAt = entry.lastHeartbeatAt;
        fields |= HeartbeatField;
    }
    if (row.serverStatus != entry.status) {
        row.serverStatus = entry.status;
        fields |= PendingField;
    }
    if (row.pending != PendingAction::None && settles(row.pending, row.serverStatus)) {
        row.pending = PendingAction::None;
        fields |= PendingField;
    }
    const BotStatus shown = optimisticStatus(row.pending, row.serverStatus);
    if (row.status != shown) {
        row.status = shown;
        row.changedAt = now;
        fields |= StatusField;
    }
    noteNameOf(row.account, entry.accountName);
    if (fields)
        markDirty(index, fields);
}

void BotStore::revive(quint32 index, const BotStatusEntry &entry, Origin origin, TimestampMs now)
{
    Row &row = m_rows[index];
    row.removed = false;
    --m_removedCount;
    ++m_stats.revived;
    ++m_stats.applied;
    countLive(row.platform, +1);
    // Whatever was pending when it went was answered (or failed) meanwhile.
    row.pending = PendingAction::None;
    row.status = entry.status;
    row.serverStatus = entry.status;
    row.lastHeartbeatAt = entry.lastHeartbeatAt;
    row.updatedAt = entry.updatedAt;
    row.changedAt = origin == Origin::Event ? now : kNoTimestamp;
    noteNameOf(row.account, entry.accountName);
    markDirty(index, PresenceField | StatusField | HeartbeatField | PendingField);
}

void BotStore::noteNameOf(quint32 account, const QString &name)
{
    if (!m_accounts.rename(account, name))
        return;
    for (const quint32 other : rowsOf(account))
        markDirty(other, NameField);
}

quint32 *BotStore::rowSlot(quint32 account, Platform platform)
{
    Account &acc = m_accounts[account];
    if (isKnownPlatform(platform))
        return &acc.rows[size_t(platform)];
    // Only applyOne() asks, and it fills the slot at once.
    acc.hasExtraRows = true;
    const quint64 key = extraRowKey(account, platform);
    auto it = m_extraRows.find(key);
    if (it == m_extraRows.end())
        it = m_extraRows.insert(key, kNoRow);
    return &it.value();
}

quint32 BotStore::rowOf(quint32 account, Platform platform) const
{
    const Account &acc = m_accounts[account];
    if (isKnownPlatform(platform))
        return acc.rows[size_t(platform)];
    if (!acc.hasExtraRows)
        return kNoRow;
    return m_extraRows.value(extraRowKey(account, platform), kNoRow);
}

QVarLengthArray<quint32, 8> BotStore::rowsOf(quint32 account) const
{
    QVarLengthArray<quint32, 8> rows;
    const Account &acc = m_accounts[account];
    for (const quint32 r : acc.rows) {
        if (r != kNoRow)
            rows.append(r);
    }
    if (acc.hasExtraRows) {
        for (const Platform p : ::extraPlatforms()) {
            const quint32 r = m_extraRows.value(extraRowKey(account, p), kNoRow);
            if (r != kNoRow)
                rows.append(r);
        }
    }
    return rows;
}

void BotStore::markDirty(quint32 row, quint8 fields)
{
    m_dirtyFields |= fields;
    // Rows appended since the last flush are announced as a range.
    if (row >= m_flushedRowCount)
        return;
    if (!m_dirty[row])
        m_dirtyRows.push_back(row);
    m_dirty[row] |= fields;
}

void BotStore::scheduleFlush()
{
    const bool dirty = !m_dirtyRows.empty() || m_rows.size() > m_flushedRowCount;
    if (dirty && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void BotStore::flush()
{
    m_flushTimer.stop();
    Changes changes;
    std::sort(m_dirtyRows.begin(), m_dirtyRows.end());
    changes.rows.reserve(qsizetype(m_dirtyRows.size()));
    changes.fields.reserve(qsizetype(m_dirtyRows.size()));
    for (quint32 row : m_dirtyRows) {
        changes.rows.append(row);
        changes.fields.append(m_dirty[row]);
        m_dirty[row] = 0;
    }
    m_dirtyRows.clear();
    changes.firstAddedRow = m_flushedRowCount;
    changes.addedCount = quint32(m_rows.size()) - m_flushedRowCount;
    changes.allFields = m_dirtyFields;
    m_flushedRowCount = quint32(m_rows.size());
    m_dirtyFields = 0;
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void BotStore::setFlushInterval(int ms)
{
    m_flushTimer.setInterval(ms);
}

void BotStore::setClock(std::function<TimestampMs()> clock)
{
    m_clock = std::move(clock);
}

bool BotStore::beginPending(const BotKey &key, PendingAction action)
{
    const qsizetype index = rowForKey(key);
    if (index < 0 || action == PendingAction::None)
        return false;
    Row &row = m_rows[size_t(index)];
    if (row.pending != PendingAction::None)
        return false;
    if (!actionFits(action, row.status))
        return false;
    row.pending = action;
    quint8 fields = PendingField;
    const BotStatus shown = optimisticStatus(action, row.status);
    if (shown != row.status) {
        row.status = shown;
        fields |= StatusField;
    }
    markDirty(quint32(index), fields);
    scheduleFlush();
    return true;
}

bool BotStore::clearPending(quint32 index)
{
    Row &row = m_rows[index];
    if (row.pending == PendingAction::None)
        return false;
    row.pending = PendingAction::None;
    quint8 fields = PendingField;
    if (row.status != row.serverStatus) {
        row.status = row.serverStatus;
        fields |= StatusField;
    }
    markDirty(index, fields);
    return true;
}

void BotStore::completePending(const BotStatusEntry &serverAnswer)
{
    // Without pending the row shows the server state it holds; the answer
    // then moves it forward if it is newer.
    const qsizetype index = rowForKey(BotKey::fromEntry(serverAnswer));
    if (index >= 0)
        clearPending(quint32(index));
    apply({serverAnswer}, Origin::Event);
}

void BotStore::failPending(const BotKey &key)
{
    const qsizetype index = rowForKey(key);
    if (index >= 0 && clearPending(quint32(index)))
        scheduleFlush();
}

qsizetype BotStore::rowForKey(const BotKey &key) const
{
    if (!key.isValid())
        return -1;
    const quint32 row = anyRowForKey(key);
    return row == kNoRow || m_rows[row].removed ? -1 : qsizetype(row);
}

quint32 BotStore::anyRowForKey(const BotKey &key) const
{
    const quint32 account = m_accounts.find(key.accountId);
    return account == BotAccountTable::kNoAccount ? kNoRow : rowOf(account, key.platform);
}

std::optional<BotStore::ServerState> BotStore::latestServerState(const BotKey &key) const
{
    const qsizetype index = rowForKey(key);
    const auto held = m_heldIndex.constFind(key);
    if (index < 0 && held == m_heldIndex.cend())
        return std::nullopt;
    ServerState state;
    if (index >= 0) {
        const Row &r = row(index);
        state.status = r.serverStatus;
        state.updatedAt = r.updatedAt;
        state.pending = r.pending;
        state.accountName = accountName(index);
    }
    if (held != m_heldIndex.cend()) {
        const BotStatusEntry &news = m_heldEntries.at(*held);
        if (index < 0 || news.updatedAt > state.updatedAt) {
            state.status = news.status;
            state.updatedAt = news.updatedAt;
            state.accountName = news.accountName;
        }
    }
    return state;
}

BotKey BotStore::keyAt(qsizetype index) const
{
    const Row &r = row(index);
    return {accountId(r.account), r.platform};
}

BotStatusEntry BotStore::entryAt(qsizetype index) const
{
    const Row &r = row(index);
    BotStatusEntry entry;
    entry.accountId = accountIdText(index);
    entry.accountName = accountName(index);
    entry.platform = r.platform;
    entry.status = r.status;
    entry.lastHeartbeatAt = r.lastHeartbeatAt;
    entry.updatedAt = r.updatedAt;
    return entry;
}

QString BotStore::accountName(qsizetype index) const
{
    return QString::fromUtf8(nameUtf8(row(index).account));
}

QString BotStore::accountNameOf(const BotKey &key) const
{
    const qsizetype index = rowForKey(key);
    return index >= 0 ? accountName(index) : QString();
}

QString BotStore::accountIdText(qsizetype index) const
{
    return accountId(row(index).account);
}

QString BotStore::accountId(quint32 account) const
{
    return QString::fromUtf8(idUtf8(account));
}

size_t BotStore::memoryUsage() const noexcept
{
    return sizeof(*this) + m_rows.capacity() * sizeof(Row) + m_accounts.memoryUsage()
        + m_dirty.capacity() + m_dirtyRows.capacity() * sizeof(quint32)
        // QHash: about a node plus a span entry per item.
        + size_t(m_extraRows.capacity()) * (sizeof(quint64) + sizeof(quint32) + 8);
}
