#include "BotStore.h"

#include "BotActionRules.h"
#include "models/SearchFolding.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <utility>

Q_LOGGING_CATEGORY(lcBotStore, "lumio.models.botstore")

namespace {
constexpr quint32 kEmptySlot = 0xFFFFFFFFu;
constexpr int kIdTextLength = 36;

// UUIDs from the server are random, but tests and fixtures use sequential
// ones; a full 64-bit mix keeps the open-addressing probes short for both.
size_t hashUuid(const QUuid &id) noexcept
{
    quint64 h = (quint64(id.data1) << 32) ^ (quint64(id.data2) << 16) ^ id.data3;
    quint64 tail;
    std::memcpy(&tail, id.data4, sizeof tail);
    h ^= tail * 0x9E3779B97F4A7C15ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return size_t(h);
}

bool equalsUtf8(QStringView text, QByteArrayView utf8) noexcept
{
    if (text.size() == utf8.size()) {
        bool ascii = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (char(c) != utf8[i])
                return false;
        }
        if (ascii)
            return true;
    }
    return text.toUtf8() == utf8;
}

int platformSlot(Platform platform) noexcept
{
    return int(platform);
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
    while (m_accountSlots.size() < (n / 3 + 1) * 10 / 7)
        growAccountIndex();
}

void BotStore::squeeze()
{
    m_rows.shrink_to_fit();
    m_accounts.shrink_to_fit();
    m_dirty.shrink_to_fit();
    m_dirtyRows.shrink_to_fit();
    m_names.squeeze();
    m_searchKeys.squeeze();
}

void BotStore::clear()
{
    Q_EMIT aboutToBeCleared();
    m_flushTimer.stop();
    m_heldEntries = {};
    m_heldIndex = {};
    m_rows = {};
    m_accounts = {};
    m_accountSlots = {};
    m_dirty = {};
    m_dirtyRows = {};
    m_names = {};
    m_searchKeys = {};
    m_flushedRowCount = 0;
    m_dirtyFields = 0;
    Q_EMIT cleared();
}

void BotStore::mergeSnapshot(const QList<BotStatusEntry> &page)
{
    const bool first = m_rows.empty();
    if (m_held && !first) {
        hold(page);
        return;
    }
    apply(page, Origin::Snapshot);
    if (first)
        flush();
}

void BotStore::applyEvents(const QList<BotStatusEntry> &events)
{
    if (m_held) {
        hold(events);
        return;
    }
    apply(events, Origin::Event);
}

void BotStore::hold(const QList<BotStatusEntry> &entries)
{
    for (const BotStatusEntry &entry : entries) {
        const BotKey key = BotKey::fromEntry(entry);
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
    apply(entries, Origin::Event);
    flush();
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
    const QUuid id = QUuid::fromString(QStringView(entry.accountId));
    // An Unknown platform from a newer server cannot be keyed: several unknown
    // platforms of one account would collapse into one row.
    if (id.isNull() || entry.platform == Platform::Unknown) {
        ++m_stats.droppedInvalid;
        return;
    }
    const size_t hash = hashUuid(id);
    quint32 account = findAccount(id, hash);
    if (account == kEmptySlot)
        account = addAccount(id, hash, entry.accountName);

    quint32 &slot = m_accounts[account].rows[size_t(platformSlot(entry.platform))];
    if (slot == kNoRow) {
        Row row;
        row.account = account;
        row.platform = entry.platform;
        row.status = entry.status;
        row.serverStatus = entry.status;
        row.lastHeartbeatAt = entry.lastHeartbeatAt;
        row.updatedAt = entry.updatedAt;
        // A bot appearing live is news; one arriving with the snapshot is not.
        row.changedAt = origin == Origin::Event ? now : kNoTimestamp;
        slot = quint32(m_rows.size());
        m_rows.push_back(row);
        m_dirty.push_back(0);
        ++m_stats.applied;
        return;
    }

    const quint32 index = slot;
    Row &row = m_rows[index];
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
    if (!equalsUtf8(entry.accountName, nameUtf8(row.account))) {
        setAccountName(row.account, entry.accountName);
        const Account &acc = m_accounts[row.account];
        for (quint32 other : acc.rows) {
            if (other != kNoRow)
                markDirty(other, NameField);
        }
    }
    if (fields)
        markDirty(index, fields);
}

quint32 BotStore::findAccount(const QUuid &id, size_t hash) const
{
    if (m_accountSlots.empty())
        return kEmptySlot;
    const size_t mask = m_accountSlots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint32 account = m_accountSlots[i];
        if (account == kEmptySlot || m_accounts[account].id == id)
            return account;
    }
}

void BotStore::growAccountIndex()
{
    const size_t capacity = m_accountSlots.empty() ? 1024 : m_accountSlots.size() * 2;
    m_accountSlots.assign(capacity, kEmptySlot);
    const size_t mask = capacity - 1;
    for (quint32 a = 0; a < quint32(m_accounts.size()); ++a) {
        size_t i = hashUuid(m_accounts[a].id) & mask;
        while (m_accountSlots[i] != kEmptySlot)
            i = (i + 1) & mask;
        m_accountSlots[i] = a;
    }
}

quint32 BotStore::addAccount(const QUuid &id, size_t hash, const QString &name)
{
    // Load factor at most 0.7: 4 bytes per slot keeps the index near 6 bytes
    // per account.
    if ((m_accounts.size() + 1) * 10 > m_accountSlots.size() * 7)
        growAccountIndex();
    Account acc;
    acc.id = id;
    acc.rows.fill(kNoRow);
    const auto index = quint32(m_accounts.size());
    m_accounts.push_back(acc);
    setAccountName(index, name);

    const size_t mask = m_accountSlots.size() - 1;
    size_t i = hash & mask;
    while (m_accountSlots[i] != kEmptySlot)
        i = (i + 1) & mask;
    m_accountSlots[i] = index;
    return index;
}

void BotStore::setAccountName(quint32 account, const QString &name)
{
    // Renames are rare: the old bytes stay in the pools until clear().
    Account &acc = m_accounts[account];
    QByteArray utf8 = name.toUtf8();
    if (utf8.size() > 0xFFFF - kIdTextLength - 1)
        utf8.truncate(0xFFFF - kIdTextLength - 1);
    acc.nameOffset = quint32(m_names.size());
    acc.nameLength = quint16(utf8.size());
    m_names.append(utf8);

    QByteArray folded = foldForSearch(name);
    if (folded.size() > 0xFFFF - kIdTextLength - 1)
        folded.truncate(0xFFFF - kIdTextLength - 1);
    acc.searchOffset = quint32(m_searchKeys.size());
    m_searchKeys.append(folded);
    m_searchKeys.append('\n');
    m_searchKeys.append(acc.id.toByteArray(QUuid::WithoutBraces));
    acc.searchLength = quint16(m_searchKeys.size() - qsizetype(acc.searchOffset));
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

void BotStore::completePending(const BotStatusEntry &serverAnswer)
{
    const BotKey key = BotKey::fromEntry(serverAnswer);
    const qsizetype index = rowForKey(key);
    if (index < 0) {
        apply({serverAnswer}, Origin::Event);
        return;
    }
    Row &row = m_rows[size_t(index)];
    if (row.pending != PendingAction::None) {
        row.pending = PendingAction::None;
        // Without pending the row shows the server state it holds; the answer
        // below then moves it forward if it is newer.
        quint8 fields = PendingField;
        if (row.status != row.serverStatus) {
            row.status = row.serverStatus;
            fields |= StatusField;
        }
        markDirty(quint32(index), fields);
    }
    apply({serverAnswer}, Origin::Event);
}

void BotStore::failPending(const BotKey &key)
{
    const qsizetype index = rowForKey(key);
    if (index < 0)
        return;
    Row &row = m_rows[size_t(index)];
    if (row.pending == PendingAction::None)
        return;
    row.pending = PendingAction::None;
    quint8 fields = PendingField;
    if (row.status != row.serverStatus) {
        row.status = row.serverStatus;
        fields |= StatusField;
    }
    markDirty(quint32(index), fields);
    scheduleFlush();
}

qsizetype BotStore::rowForKey(const BotKey &key) const
{
    if (!key.isValid())
        return -1;
    const quint32 account = findAccount(key.accountId, hashUuid(key.accountId));
    if (account == kEmptySlot)
        return -1;
    const quint32 row = m_accounts[account].rows[size_t(platformSlot(key.platform))];
    return row == kNoRow ? -1 : qsizetype(row);
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
    return {m_accounts[r.account].id, r.platform};
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

QString BotStore::accountIdText(qsizetype index) const
{
    return m_accounts[row(index).account].id.toString(QUuid::WithoutBraces);
}

QByteArrayView BotStore::nameUtf8(quint32 account) const
{
    const Account &acc = m_accounts[account];
    return QByteArrayView(m_names.constData() + acc.nameOffset, acc.nameLength);
}

QByteArrayView BotStore::searchKey(quint32 account) const
{
    const Account &acc = m_accounts[account];
    return QByteArrayView(m_searchKeys.constData() + acc.searchOffset, acc.searchLength);
}

QByteArrayView BotStore::foldedName(quint32 account) const
{
    const Account &acc = m_accounts[account];
    return QByteArrayView(m_searchKeys.constData() + acc.searchOffset,
                          acc.searchLength - kIdTextLength - 1);
}

size_t BotStore::memoryUsage() const noexcept
{
    return sizeof(*this) + m_rows.capacity() * sizeof(Row) + m_accounts.capacity() * sizeof(Account)
        + m_accountSlots.capacity() * sizeof(quint32) + m_dirty.capacity()
        + m_dirtyRows.capacity() * sizeof(quint32) + size_t(m_names.capacity())
        + size_t(m_searchKeys.capacity());
}
