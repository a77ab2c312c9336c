#include "BotTableModel.h"

#include "BotActionRules.h"
#include "models/SearchFolding.h"
#include "models/watch/WatchList.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <numeric>
#include <string_view>

namespace {
// Bits of m_rowClass: status in the low two bits, then stale; the top bit marks
// rows being moved while an update is applied.
constexpr quint8 kClassStatusMask = 0x03;
constexpr quint8 kClassStale = 0x04;
constexpr quint8 kInFlight = 0x80;
constexpr quint8 kPasses = 0x40; // only during rebuildVisible

// Above this many rows entering, leaving or moving in one flush, one layout
// change is cheaper for the view than many inserts/removes (each of which
// shifts the view's and our per-row arrays).
constexpr size_t kMaxFineGrainedChanges = 8;
// Above this many separate dataChanged ranges, one bounding range is cheaper.
constexpr size_t kMaxDataChangedRanges = 256;

std::string_view view(QByteArrayView bytes) noexcept
{
    return {bytes.data(), size_t(bytes.size())};
}

// The canonical text order of UUIDs is their byte order.
bool uuidLess(const QUuid &a, const QUuid &b) noexcept
{
    if (a.data1 != b.data1)
        return a.data1 < b.data1;
    if (a.data2 != b.data2)
        return a.data2 < b.data2;
    if (a.data3 != b.data3)
        return a.data3 < b.data3;
    return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
}

quint8 columnBitsFor(quint8 fields) noexcept
{
    using namespace BotTable;
    quint8 bits = 0;
    if (fields & (BotStore::StatusField | BotStore::PendingField))
        bits |= (1u << StatusColumn) | (1u << ActionColumn);
    if (fields & BotStore::HeartbeatField)
        bits |= 1u << LastHeartbeatColumn;
    if (fields & BotStore::NameField)
        bits |= 1u << AccountNameColumn;
    return bits ? bits : quint8((1u << ColumnCount) - 1);
}

// Accounts [known, count) arrived since `order` (sorted by less) was built:
// sort only those and merge them in, O(n + d log d) instead of a full sort.
template<typename Less>
void mergeNewAccounts(std::vector<quint32> &order, quint32 known, quint32 count, Less less)
{
    std::vector<quint32> fresh(count - known);
    std::iota(fresh.begin(), fresh.end(), known);
    std::sort(fresh.begin(), fresh.end(), less);
    std::vector<quint32> merged;
    merged.reserve(count);
    std::merge(order.begin(), order.end(), fresh.begin(), fresh.end(), std::back_inserter(merged),
               less);
    order.swap(merged);
}

struct SortItem
{
    quint64 primary;
    quint32 secondary;
    quint32 row;
    friend bool operator<(const SortItem &a, const SortItem &b) noexcept
    {
        return a.primary != b.primary ? a.primary < b.primary : a.secondary < b.secondary;
    }
};
} // namespace

BotTableModel::BotTableModel(BotStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    Q_ASSERT(store);
    connect(store, &BotStore::changed, this, &BotTableModel::onStoreChanged);
    connect(store, &BotStore::aboutToBeCleared, this, &BotTableModel::onStoreAboutToBeCleared);
    connect(store, &BotStore::cleared, this, &BotTableModel::onStoreCleared);
    growPerRow();
    rebuildVisible();
}

BotTableModel::~BotTableModel() = default;

// --- query ------------------------------------------------------------------

void BotTableModel::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    m_searchText = text;
    QByteArray needle = foldForSearch(simplified);
    if (needle == m_needle)
        return;
    // Typing one more letter only narrows the set: filter what is visible,
    // already in order, instead of every row.
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_needle = std::move(needle);
    if (m_needle.isEmpty())
        m_matchedNeedle.clear(); // matches are not maintained without a needle
    rebuildVisible(narrowing);
}

void BotTableModel::setPlatformFilter(std::optional<Platform> platform)
{
    if (platform == m_platformFilter)
        return;
    const bool narrowing = !m_platformFilter.has_value();
    m_platformFilter = platform;
    rebuildVisible(narrowing);
}

void BotTableModel::setStatusFilter(BotTable::StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    using BotTable::StatusFilter;
    const bool narrowing = m_statusFilter == StatusFilter::All
        || (m_statusFilter == StatusFilter::Active && filter == StatusFilter::Stale)
        || (m_statusFilter == StatusFilter::Problems
            && (filter == StatusFilter::Stale || filter == StatusFilter::NoConnection));
    m_statusFilter = filter;
    rebuildVisible(narrowing);
}

void BotTableModel::setStaleThresholdMs(qint64 ms)
{
    if (ms == m_staleThresholdMs)
        return;
    m_staleThresholdMs = ms;
    m_nextStaleAt = std::numeric_limits<TimestampMs>::min(); // deadlines moved
    if (statusFilterFollowsClock())
        rebuildVisible();
    else
        recount();
    if (!m_visible.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, BotTable::ColumnCount - 1),
                           {BotTable::StaleRole, Qt::ToolTipRole, BotTable::AccessibleTextRole});
    }
}

void BotTableModel::setHighlightDurationMs(qint64 ms)
{
    m_highlightMs = ms;
}

void BotTableModel::setWatchList(WatchList *watches)
{
    if (m_watches)
        disconnect(m_watches, nullptr, this, nullptr);
    m_watches = watches;
    if (watches) {
        connect(watches, &WatchList::watchStateChanged, this,
                &BotTableModel::onWatchStateChanged);
    }
    if (!m_visible.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, BotTable::ColumnCount - 1),
                           {BotTable::WatchRole, Qt::ToolTipRole, BotTable::AccessibleTextRole});
    }
}

void BotTableModel::onWatchStateChanged(const QList<BotKey> &keys)
{
    for (const BotKey &key : keys) {
        const int row = rowForKey(key);
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, BotTable::ColumnCount - 1),
                               {BotTable::WatchRole, Qt::ToolTipRole,
                                BotTable::AccessibleTextRole});
        }
    }
}

void BotTableModel::setNow(TimestampMs now)
{
    advanceClock(now);
    if (!m_visible.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, BotTable::ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, BotTable::StaleRole,
                            BotTable::HighlightRole, BotTable::AccessibleTextRole});
    }
}

void BotTableModel::setNow(TimestampMs now, int firstRow, int lastRow)
{
    const TimestampMs before = m_now;
    advanceClock(now);
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, rowCount() - 1);
    if (firstRow > lastRow)
        return;
    // A highlight colours the whole row: where one started or ended (the
    // clock can be set back), every column repaints.
    const auto highlighted = [this](const BotStore::Row &row, TimestampMs at) {
        return row.changedAt != kNoTimestamp && at - row.changedAt < m_highlightMs;
    };
    bool wholeRows = false;
    for (int r = firstRow; r <= lastRow && !wholeRows; ++r) {
        const BotStore::Row &row = m_store->row(m_visible[size_t(r)]);
        wholeRows = highlighted(row, before) != highlighted(row, m_now);
    }
    using namespace BotTable;
    static_assert(LastHeartbeatColumn == StatusColumn + 1, "the time columns are adjacent");
    Q_EMIT dataChanged(
        index(firstRow, wholeRows ? 0 : StatusColumn),
        index(lastRow, wholeRows ? ColumnCount - 1 : LastHeartbeatColumn),
        {Qt::DisplayRole, Qt::ToolTipRole, StaleRole, HighlightRole, AccessibleTextRole});
}

void BotTableModel::advanceClock(TimestampMs now)
{
    const bool backwards = now < m_now;
    m_now = now;
    // Time alone only turns fresh Active rows stale; until the earliest of
    // them can have, every classification and count still holds.
    if (!backwards && now <= m_nextStaleAt)
        return;
    if (statusFilterFollowsClock())
        rebuildVisible();
    else
        recount();
    computeStaleDeadline();
}

void BotTableModel::noteStaleDeadline(const BotStore::Row &row)
{
    if (row.status != BotStatus::Active || row.lastHeartbeatAt == kNoTimestamp || isStale(row))
        return;
    const TimestampMs deadline =
        row.lastHeartbeatAt > std::numeric_limits<TimestampMs>::max() - m_staleThresholdMs
        ? std::numeric_limits<TimestampMs>::max()
        : row.lastHeartbeatAt + m_staleThresholdMs;
    m_nextStaleAt = std::min(m_nextStaleAt, deadline);
}

void BotTableModel::computeStaleDeadline()
{
    m_nextStaleAt = std::numeric_limits<TimestampMs>::max();
    const auto n = m_store->rowCount();
    for (qsizetype r = 0; r < n; ++r)
        noteStaleDeadline(m_store->row(r));
}

void BotTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= BotTable::ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildVisible(false, QAbstractItemModel::VerticalSortHint);
}

// --- lookups ----------------------------------------------------------------

int BotTableModel::rowForKey(const BotKey &key) const
{
    const qsizetype storeRow = m_store->rowForKey(key);
    if (storeRow < 0 || size_t(storeRow) >= m_position.size())
        return -1;
    return m_position[size_t(storeRow)];
}

BotKey BotTableModel::keyForRow(int row) const
{
    if (row < 0 || size_t(row) >= m_visible.size())
        return {};
    return m_store->keyAt(m_visible[size_t(row)]);
}

QModelIndex BotTableModel::indexForKey(const BotKey &key, int column) const
{
    const int row = rowForKey(key);
    return row < 0 ? QModelIndex() : index(row, column);
}

QList<BotKey> BotTableModel::keysForIndexes(const QModelIndexList &indexes) const
{
    std::vector<int> rows;
    rows.reserve(size_t(indexes.size()));
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<BotKey> keys;
    keys.reserve(qsizetype(rows.size()));
    for (int row : rows)
        keys.append(keyForRow(row));
    return keys;
}

qsizetype BotTableModel::storeRowForRow(int row) const
{
    if (row < 0 || size_t(row) >= m_visible.size())
        return -1;
    return m_visible[size_t(row)];
}

BotStatusEntry BotTableModel::entryForRow(int row) const
{
    const qsizetype storeRow = storeRowForRow(row);
    return storeRow < 0 ? BotStatusEntry {} : m_store->entryAt(storeRow);
}

size_t BotTableModel::memoryUsage() const noexcept
{
    size_t bytes = sizeof(*this) + m_visible.capacity() * 4 + m_spareVisible.capacity() * 4
        + m_position.capacity() * 4 + m_rowClass.capacity() + m_cacheDirty.capacity()
        + m_accountsById.capacity() * 4 + m_accountIdRank.capacity() * 4
        + m_accountsByName.capacity() * 4 + m_accountNameRank.capacity() * 4
        + m_accountMatch.capacity() + size_t(m_needle.capacity());
    for (const OrderCache &cache : m_caches)
        bytes += cache.order.capacity() * 4 + cache.dirtyRows.capacity() * 4
            + cache.groupStarts.capacity() * 8;
    return bytes;
}

// --- QAbstractItemModel -----------------------------------------------------

int BotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int BotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : BotTable::ColumnCount;
}

QVariant BotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    using namespace BotTable;
    const qsizetype storeRow = m_visible[size_t(index.row())];
    const BotStore::Row &row = m_store->row(storeRow);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AccountNameColumn:
            return m_store->accountName(storeRow);
        case AccountIdColumn:
            return m_store->accountIdText(storeRow);
        case PlatformColumn:
            return platformName(row.platform);
        case StatusColumn:
            return statusName(row.status);
        case LastHeartbeatColumn:
            return relativeTime(row.lastHeartbeatAt);
        case ActionColumn:
            switch (row.pending) {
            case PendingAction::Pause:
                return tr("Pausing…");
            case PendingAction::Resume:
                return tr("Resuming…");
            case PendingAction::Reconnect:
                return tr("Reconnecting…");
            case PendingAction::None:
                break;
            }
            switch (offeredToggle(row.status)) {
            case BotAction::Pause:
                return tr("Pause", "action: pause the bot");
            case BotAction::Resume:
                return tr("Resume", "action: resume the bot");
            case BotAction::None:
                break;
            }
            return QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LastHeartbeatColumn) {
            if (row.lastHeartbeatAt == kNoTimestamp)
                return tr("No heartbeat received");
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.lastHeartbeatAt),
                                      QLocale::LongFormat);
        }
        if (index.column() == StatusColumn && isStale(row))
            return tr("Active, but no heartbeat for more than %n s", nullptr,
                      int(m_staleThresholdMs / 1000));
        if (index.column() == AccountNameColumn) {
            switch (watchState(storeRow)) {
            case WatchState::Flagged:
                return tr("Watched: changed since you looked (make it the current row to "
                          "mark it seen)");
            case WatchState::Watched:
                return tr("Watched: you are notified when it changes");
            case WatchState::None:
                break;
            }
        }
        return {};
    case Qt::AccessibleTextRole:
    case AccessibleTextRole:
        return accessibleText(storeRow);
    case StatusRole:
        return int(row.status);
    case ServerStatusRole:
        return int(row.serverStatus);
    case PlatformRole:
        return int(row.platform);
    case HeartbeatMsRole:
        return qint64(row.lastHeartbeatAt);
    case UpdatedAtMsRole:
        return qint64(row.updatedAt);
    case StaleRole:
        return isStale(row);
    case PendingRole:
        return int(row.pending);
    case ActionRole:
        return int(offeredToggle(row.status));
    case KeyRole:
        return QVariant::fromValue(m_store->keyAt(storeRow));
    case HighlightRole:
        return row.changedAt != kNoTimestamp && m_now - row.changedAt < m_highlightMs;
    case ChangedAtMsRole:
        return qint64(row.changedAt);
    case AccountIdRole:
        return m_store->accountIdText(storeRow);
    case AccountNameRole:
        return m_store->accountName(storeRow);
    case WatchRole:
        return int(watchState(storeRow));
    default:
        return {};
    }
}

QVariant BotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    using namespace BotTable;
    switch (section) {
    case AccountNameColumn:
        return tr("Account");
    case AccountIdColumn:
        return tr("Account ID");
    case PlatformColumn:
        return tr("Platform");
    case StatusColumn:
        return tr("Status");
    case LastHeartbeatColumn:
        return tr("Last Heartbeat");
    case ActionColumn:
        return tr("Action", "column header");
    default:
        return {};
    }
}

Qt::ItemFlags BotTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> BotTableModel::roleNames() const
{
    using namespace BotTable;
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ServerStatusRole, QByteArrayLiteral("serverStatus"));
    names.insert(PlatformRole, QByteArrayLiteral("platform"));
    names.insert(HeartbeatMsRole, QByteArrayLiteral("heartbeatMs"));
    names.insert(UpdatedAtMsRole, QByteArrayLiteral("updatedAtMs"));
    names.insert(StaleRole, QByteArrayLiteral("stale"));
    names.insert(PendingRole, QByteArrayLiteral("pending"));
    names.insert(ActionRole, QByteArrayLiteral("action"));
    names.insert(KeyRole, QByteArrayLiteral("key"));
    names.insert(HighlightRole, QByteArrayLiteral("highlight"));
    names.insert(ChangedAtMsRole, QByteArrayLiteral("changedAtMs"));
    names.insert(AccountIdRole, QByteArrayLiteral("accountId"));
    names.insert(AccountNameRole, QByteArrayLiteral("accountName"));
    names.insert(AccessibleTextRole, QByteArrayLiteral("accessibleText"));
    names.insert(WatchRole, QByteArrayLiteral("watch"));
    return names;
}

// --- texts ------------------------------------------------------------------

QString BotTableModel::platformName(Platform platform)
{
    switch (platform) {
    case Platform::Twitch:
        return QStringLiteral("Twitch");
    case Platform::YouTube:
        return QStringLiteral("YouTube");
    case Platform::Kick:
        return QStringLiteral("Kick");
    case Platform::Trovo:
        return QStringLiteral("Trovo");
    case Platform::Discord:
        return QStringLiteral("Discord");
    case Platform::Unknown:
        break;
    }
    return tr("Unknown", "platform");
}

QString BotTableModel::statusName(BotStatus status)
{
    switch (status) {
    case BotStatus::Active:
        return tr("Active", "bot status");
    case BotStatus::Paused:
        return tr("Paused", "bot status");
    case BotStatus::NoConnection:
        return tr("No Connection", "bot status");
    case BotStatus::Unknown:
        break;
    }
    return tr("Unknown", "bot status");
}

QString BotTableModel::relativeTime(TimestampMs then) const
{
    if (then == kNoTimestamp)
        return tr("never", "heartbeat");
    const qint64 seconds = std::max<qint64>(0, (m_now - then) / 1000);
    if (seconds < 60)
        return tr("%n s ago", "heartbeat age in seconds", int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", "heartbeat age in minutes", int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", "heartbeat age in hours", int(seconds / 3600));
    return tr("%n d ago", "heartbeat age in days", int(seconds / 86400));
}

QString BotTableModel::accessibleText(qsizetype storeRow) const
{
    const BotStore::Row &row = m_store->row(storeRow);
    QString text = tr("%1 on %2: %3, last heartbeat %4")
                       .arg(m_store->accountName(storeRow), platformName(row.platform),
                            statusName(row.status), relativeTime(row.lastHeartbeatAt));
    if (isStale(row))
        text += QLatin1String(", ") + tr("stale");
    if (row.pending != PendingAction::None)
        text += QLatin1String(", ") + tr("change pending");
    switch (watchState(storeRow)) {
    case BotTable::WatchState::Flagged:
        text += QLatin1String(", ") + tr("watched, changed since you looked");
        break;
    case BotTable::WatchState::Watched:
        text += QLatin1String(", ") + tr("watched");
        break;
    case BotTable::WatchState::None:
        break;
    }
    return text;
}

BotTable::WatchState BotTableModel::watchState(qsizetype storeRow) const
{
    if (!m_watches || m_watches->watchedCount() == 0)
        return BotTable::WatchState::None;
    const BotKey key = m_store->keyAt(storeRow);
    if (m_watches->isFlagged(key))
        return BotTable::WatchState::Flagged;
    return m_watches->isWatched(key) ? BotTable::WatchState::Watched : BotTable::WatchState::None;
}

// --- filtering and ordering ---------------------------------------------------

BotTableModel::SortKey BotTableModel::currentKey() const
{
    using namespace BotTable;
    switch (m_sortColumn) {
    case AccountNameColumn:
        return NameKey;
    case AccountIdColumn:
        return IdKey;
    case PlatformColumn:
        return PlatformKey;
    case StatusColumn:
    case ActionColumn: // the action follows from the status
        return StatusKey;
    case LastHeartbeatColumn:
        return HeartbeatKey;
    default:
        return NaturalKey;
    }
}

// Sorting compares two integers per row: the column's value (or its rank
// among accounts for text columns) and the bot's key rank as tie-break, so a
// sort never touches strings and ties are always broken the same way.
quint64 BotTableModel::primary(quint32 storeRow, SortKey key) const
{
    const BotStore::Row &row = m_store->row(storeRow);
    switch (key) {
    case NaturalKey:
        return storeRow;
    case NameKey:
        return m_accountNameRank[row.account];
    case IdKey:
        return m_accountIdRank[row.account];
    case PlatformKey:
        return quint64(row.platform);
    case StatusKey:
        return quint64(row.status);
    case HeartbeatKey:
        return quint64(row.lastHeartbeatAt) ^ (quint64(1) << 63);
    case SortKeyCount:
        break;
    }
    return 0;
}

quint32 BotTableModel::secondary(quint32 storeRow) const
{
    const BotStore::Row &row = m_store->row(storeRow);
    return m_accountIdRank[row.account] * 8 + quint32(row.platform);
}

// Descending reverses the value but keeps ties in ascending key order, so
// flipping the order of a column does not shuffle equal rows.
bool BotTableModel::lessVisible(quint32 a, quint32 b) const
{
    const SortKey key = currentKey();
    const quint64 pa = primary(a, key);
    const quint64 pb = primary(b, key);
    if (pa != pb)
        return m_sortOrder == Qt::AscendingOrder ? pa < pb : pa > pb;
    return secondary(a) < secondary(b);
}

// Binary search in m_visible, skipping rows flagged in flight: those are out
// of place until they are moved, the rest is sorted.
qsizetype BotTableModel::insertionPoint(quint32 storeRow) const
{
    size_t lo = 0;
    size_t hi = m_visible.size();
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        size_t probe = mid;
        while (probe < hi && (m_rowClass[m_visible[probe]] & kInFlight))
            ++probe;
        if (probe == hi) {
            hi = mid;
            continue;
        }
        if (lessVisible(m_visible[probe], storeRow))
            lo = probe + 1;
        else
            hi = mid;
    }
    return qsizetype(lo);
}

bool BotTableModel::statusFilterFollowsClock() const
{
    // Staleness changes with time alone, so these filters need rescans as "now" moves.
    return m_statusFilter == BotTable::StatusFilter::Stale
        || m_statusFilter == BotTable::StatusFilter::Problems;
}

bool BotTableModel::isStale(const BotStore::Row &row) const
{
    return row.status == BotStatus::Active
        && (row.lastHeartbeatAt == kNoTimestamp
            || m_now - row.lastHeartbeatAt > m_staleThresholdMs);
}

// passes() and classify() in one read of the row, for the full scans.
quint8 BotTableModel::evaluate(quint32 storeRow) const
{
    const BotStore::Row &row = m_store->row(storeRow);
    if (m_platformFilter && row.platform != *m_platformFilter)
        return 0;
    const bool stale = isStale(row);
    using BotTable::StatusFilter;
    switch (m_statusFilter) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
        if (row.status != BotStatus::Active)
            return 0;
        break;
    case StatusFilter::Paused:
        if (row.status != BotStatus::Paused)
            return 0;
        break;
    case StatusFilter::NoConnection:
        if (row.status != BotStatus::NoConnection)
            return 0;
        break;
    case StatusFilter::Stale:
        if (!stale)
            return 0;
        break;
    case StatusFilter::Problems:
        if (!stale && row.status != BotStatus::NoConnection)
            return 0;
        break;
    }
    if (!m_needle.isEmpty() && !m_accountMatch[row.account])
        return 0;
    return quint8(std::min<int>(int(row.status), 3)) | (stale ? kClassStale : 0) | kPasses;
}

bool BotTableModel::passes(quint32 storeRow) const
{
    const BotStore::Row &row = m_store->row(storeRow);
    if (m_platformFilter && row.platform != *m_platformFilter)
        return false;
    using BotTable::StatusFilter;
    switch (m_statusFilter) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
        if (row.status != BotStatus::Active)
            return false;
        break;
    case StatusFilter::Paused:
        if (row.status != BotStatus::Paused)
            return false;
        break;
    case StatusFilter::NoConnection:
        if (row.status != BotStatus::NoConnection)
            return false;
        break;
    case StatusFilter::Stale:
        if (!isStale(row))
            return false;
        break;
    case StatusFilter::Problems:
        if (row.status != BotStatus::NoConnection && !isStale(row))
            return false;
        break;
    }
    return m_needle.isEmpty() || m_accountMatch[row.account];
}

quint8 BotTableModel::classify(quint32 storeRow) const
{
    const BotStore::Row &row = m_store->row(storeRow);
    quint8 cls = quint8(std::min<int>(int(row.status), 3));
    if (isStale(row))
        cls |= kClassStale;
    return cls;
}

void BotTableModel::addToCounts(Counts &counts, quint8 cls, int sign) const
{
    switch (BotStatus(cls & kClassStatusMask)) {
    case BotStatus::Active:
        counts.active += sign;
        if (cls & kClassStale)
            counts.stale += sign;
        break;
    case BotStatus::Paused:
        counts.paused += sign;
        break;
    case BotStatus::NoConnection:
        counts.noConnection += sign;
        break;
    case BotStatus::Unknown:
        break;
    }
}

void BotTableModel::recount()
{
    Counts counts;
    counts.total = m_store->rowCount();
    counts.visible = qsizetype(m_visible.size());
    for (quint32 storeRow : m_visible) {
        const quint8 cls = classify(storeRow);
        m_rowClass[storeRow] = cls;
        addToCounts(counts, cls, 1);
    }
    setCounts(counts);
}

void BotTableModel::setCounts(const Counts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged();
}

void BotTableModel::noteUpdateTime(qint64 ns)
{
    m_maxUpdateNs = std::max(m_maxUpdateNs, ns);
}

void BotTableModel::growPerRow()
{
    const auto n = size_t(m_store->rowCount());
    if (m_position.size() >= n)
        return;
    // Grow with the store's own reservation, not by doubling: these arrays
    // are a quarter of the model's memory.
    const auto capacity = std::max(n, size_t(m_store->rowCapacity()));
    if (m_position.capacity() < n) {
        m_position.reserve(capacity);
        m_rowClass.reserve(capacity);
        m_cacheDirty.reserve(capacity);
    }
    m_position.resize(n, -1);
    m_rowClass.resize(n, 0);
    m_cacheDirty.resize(n, 0);
}

void BotTableModel::updateMatches(quint32 firstAccount)
{
    const auto accounts = size_t(m_store->accountCount());
    m_accountMatch.resize(accounts);
    const std::string_view needle = view(m_needle);
    for (auto a = size_t(firstAccount); a < accounts; ++a)
        m_accountMatch[a] =
            view(m_store->searchKey(quint32(a))).find(needle) != std::string_view::npos;
}

// Account ranks by UUID (the tie-break of every sort) and, only when sorting
// by name, by name. UUIDs never change, so new accounts are sorted alone and
// merged in; a rename re-sorts the names. Unsorted tables need neither, which
// keeps loading cheap.
void BotTableModel::ensureRanks(bool withNames)
{
    const auto accounts = quint32(m_store->accountCount());
    const BotStore &store = *m_store;
    if (accounts > m_rankedAccounts) {
        const auto idLess = [&store](quint32 a, quint32 b) {
            return uuidLess(store.account(a).id, store.account(b).id);
        };
        mergeNewAccounts(m_accountsById, m_rankedAccounts, accounts, idLess);
        m_accountIdRank.resize(accounts);
        for (quint32 i = 0; i < accounts; ++i)
            m_accountIdRank[m_accountsById[i]] = i;
        m_rankedAccounts = accounts;
    }
    if (!withNames || (accounts == m_nameRankedAccounts && m_nameRanksValid))
        return;

    const auto nameLess = [this, &store](quint32 a, quint32 b) {
        const int folded = view(store.foldedName(a)).compare(view(store.foldedName(b)));
        if (folded != 0)
            return folded < 0;
        const int raw = view(store.nameUtf8(a)).compare(view(store.nameUtf8(b)));
        if (raw != 0)
            return raw < 0;
        return m_accountIdRank[a] < m_accountIdRank[b];
    };
    const quint32 known = m_nameRanksValid ? m_nameRankedAccounts : 0;
    if (known == 0 || accounts - known > known) {
        // Sort by the first eight folded bytes as an integer; strings are
        // compared only where those tie.
        struct Item
        {
            quint64 prefix;
            quint32 account;
        };
        std::vector<Item> items(accounts);
        for (quint32 a = 0; a < accounts; ++a) {
            const QByteArrayView folded = store.foldedName(a);
            quint64 prefix = 0;
            for (qsizetype i = 0; i < 8; ++i)
                prefix = (prefix << 8) | (i < folded.size() ? uchar(folded[i]) : 0u);
            items[a] = {prefix, a};
        }
        std::sort(items.begin(), items.end(), [&nameLess](const Item &x, const Item &y) {
            return x.prefix != y.prefix ? x.prefix < y.prefix : nameLess(x.account, y.account);
        });
        m_accountsByName.resize(accounts);
        for (quint32 i = 0; i < accounts; ++i)
            m_accountsByName[i] = items[i].account;
    } else {
        mergeNewAccounts(m_accountsByName, known, accounts, nameLess);
    }
    m_accountNameRank.resize(accounts);
    for (quint32 i = 0; i < accounts; ++i)
        m_accountNameRank[m_accountsByName[i]] = i;
    m_nameRankedAccounts = accounts;
    m_nameRanksValid = true;
}

void BotTableModel::markCacheDirty(SortKey key, quint32 storeRow)
{
    OrderCache &cache = m_caches[key];
    if (!cache.valid || storeRow >= cache.builtRowCount)
        return;
    const auto bit = quint8(1u << key);
    if (m_cacheDirty[storeRow] & bit)
        return;
    m_cacheDirty[storeRow] |= bit;
    cache.dirtyRows.push_back(storeRow);
    // The current key is repaired when a query needs it; an unused key that
    // drifted this far is cheaper to drop and re-sort if it is ever used.
    if (key != currentKey() && cache.dirtyRows.size() > cache.builtRowCount / 4) {
        for (quint32 r : cache.dirtyRows)
            m_cacheDirty[r] &= quint8(~bit);
        cache = OrderCache {};
    }
}

void BotTableModel::ensureCache(SortKey key)
{
    if (key == NaturalKey)
        return;
    ensureRanks(key == NameKey);
    OrderCache &cache = m_caches[key];
    const auto n = quint32(m_store->rowCount());
    const auto bit = quint8(1u << key);
    if (cache.valid && cache.dirtyRows.empty() && cache.builtRowCount == n)
        return;

    const auto clearDirty = [&] {
        for (quint32 r : cache.dirtyRows)
            m_cacheDirty[r] &= quint8(~bit);
        cache.dirtyRows.clear();
    };
    const auto item = [&](quint32 r) {
        return SortItem {primary(r, key), secondary(r), r};
    };

    if (!cache.valid && (key == NameKey || key == IdKey)) {
        // Every account's rows share its rank and are ordered by platform:
        // the order is the account order expanded, no sort needed.
        clearDirty();
        const std::vector<quint32> &accounts = key == NameKey ? m_accountsByName : m_accountsById;
        cache.order.clear();
        cache.order.reserve(n);
        for (quint32 account : accounts) {
            for (quint32 r : m_store->account(account).rows) {
                if (r != BotStore::kNoRow && r < n)
                    cache.order.push_back(r);
            }
        }
        cache.valid = true;
        cache.builtRowCount = n;
        markGroups(cache, key);
        return;
    }
    if (!cache.valid || cache.dirtyRows.size() > n / 2) {
        clearDirty();
        std::vector<SortItem> items(n);
        for (quint32 r = 0; r < n; ++r)
            items[r] = item(r);
        std::sort(items.begin(), items.end());
        cache.order.resize(n);
        for (quint32 i = 0; i < n; ++i)
            cache.order[i] = items[i].row;
        cache.valid = true;
        cache.builtRowCount = n;
        markGroups(cache, key);
        return;
    }

    // Repair: rows that changed or arrived since the cache was built are
    // sorted alone and merged into the rest, O(n + d log d).
    std::vector<SortItem> fresh;
    fresh.reserve(cache.dirtyRows.size() + (n - cache.builtRowCount));
    for (quint32 r : cache.dirtyRows)
        fresh.push_back(item(r));
    for (quint32 r = cache.builtRowCount; r < n; ++r)
        fresh.push_back(item(r));
    std::sort(fresh.begin(), fresh.end());
    std::vector<quint32> merged;
    merged.reserve(n);
    size_t next = 0;
    for (quint32 r : cache.order) {
        if (m_cacheDirty[r] & bit)
            continue;
        const SortItem current = item(r);
        while (next < fresh.size() && fresh[next] < current)
            merged.push_back(fresh[next++].row);
        merged.push_back(r);
    }
    for (; next < fresh.size(); ++next)
        merged.push_back(fresh[next].row);
    clearDirty();
    cache.order.swap(merged);
    cache.builtRowCount = n;
    markGroups(cache, key);
}

// One bit per position: where a run of equal values starts. A descending walk
// then needs no value comparisons.
void BotTableModel::markGroups(OrderCache &cache, SortKey key)
{
    const size_t n = cache.order.size();
    cache.groupStarts.assign((n + 63) / 64, 0);
    quint64 previous = 0;
    for (size_t i = 0; i < n; ++i) {
        const quint64 value = primary(cache.order[i], key);
        if (i == 0 || value != previous)
            cache.groupStarts[i / 64] |= quint64(1) << (i % 64);
        previous = value;
    }
}

void BotTableModel::rebuildVisible(bool narrowing, QAbstractItemModel::LayoutChangeHint hint)
{
    QElapsedTimer timer;
    timer.start();
    const SortKey key = currentKey();
    if (!m_needle.isEmpty() && m_matchedNeedle != m_needle) {
        // A longer needle can only match accounts the shorter one matched.
        const bool refine = !m_matchedNeedle.isEmpty() && m_needle.contains(m_matchedNeedle)
            && m_accountMatch.size() == size_t(m_store->accountCount());
        const std::string_view needle = view(m_needle);
        if (refine) {
            for (size_t a = 0; a < m_accountMatch.size(); ++a) {
                if (m_accountMatch[a])
                    m_accountMatch[a] =
                        view(m_store->searchKey(quint32(a))).find(needle) != std::string_view::npos;
            }
        } else {
            updateMatches(0);
        }
        m_matchedNeedle = m_needle;
    }

    std::vector<quint32> visible;
    Counts counts;
    counts.total = m_store->rowCount();
    if (narrowing) {
        // What is visible is already in order: filter it in place.
        visible.reserve(m_visible.size());
        for (quint32 storeRow : m_visible) {
            if (!passes(storeRow))
                continue;
            visible.push_back(storeRow);
            const quint8 cls = classify(storeRow);
            m_rowClass[storeRow] = cls;
            addToCounts(counts, cls, 1);
        }
    } else {
        ensureCache(key);
        // Filter in store order (sequential memory), then walk the sort
        // order testing one byte per row: walking rows in sort order would
        // miss the cache on every row.
        const auto n = quint32(m_store->rowCount());
        std::array<qsizetype, 256> perClass {};
        for (quint32 r = 0; r < n; ++r) {
            const quint8 value = evaluate(r);
            m_rowClass[r] = value;
            ++perClass[value];
        }
        size_t passing = 0;
        for (int value = kPasses; value < 256; ++value) {
            if (perClass[size_t(value)] == 0 || !(value & kPasses))
                continue;
            passing += size_t(perClass[size_t(value)]);
            for (qsizetype i = 0; i < perClass[size_t(value)]; ++i)
                addToCounts(counts, quint8(value & ~kPasses), 1);
        }
        visible.reserve(passing);
        const auto take = [&](quint32 r) {
            if (m_rowClass[r] & kPasses) {
                m_rowClass[r] &= quint8(~kPasses);
                visible.push_back(r);
            }
        };
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        if (key == NaturalKey) {
            if (ascending) {
                for (quint32 r = 0; r < n; ++r)
                    take(r);
            } else {
                for (quint32 r = n; r-- > 0;)
                    take(r);
            }
        } else if (ascending) {
            for (quint32 r : m_caches[key].order)
                take(r);
        } else {
            // Runs of equal value from the end, each run forwards, so ties
            // stay in ascending key order.
            const OrderCache &cache = m_caches[key];
            size_t end = cache.order.size();
            while (end > 0) {
                size_t begin = end - 1;
                while (!(cache.groupStarts[begin / 64] & (quint64(1) << (begin % 64))))
                    --begin;
                for (size_t i = begin; i < end; ++i)
                    take(cache.order[i]);
                end = begin;
            }
        }
    }
    counts.visible = qsizetype(visible.size());
    commitVisible(std::move(visible), hint);
    setCounts(counts);
    noteUpdateTime(timer.nsecsElapsed());
}

void BotTableModel::commitVisible(std::vector<quint32> &&visible,
                                  QAbstractItemModel::LayoutChangeHint hint,
                                  const std::vector<quint32> *leaving)
{
    // Nothing to keep (first page, or all rows were filtered out): a reset is
    // the simplest truthful signal for the view.
    if (m_visible.empty() || visible.empty()) {
        beginResetModel();
        for (quint32 storeRow : m_visible)
            m_position[storeRow] = -1;
        m_visible.swap(visible);
        for (size_t i = 0; i < m_visible.size(); ++i)
            m_position[m_visible[i]] = qint32(i);
        endResetModel();
        return;
    }
    // A layout change, not a reset: persistent indexes (current row, selection,
    // the view's anchors) are moved to where their bot now is, or dropped if it
    // was filtered out.
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<quint32> fromRows;
    fromRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        fromRows.push_back(m_visible[size_t(index.row())]);
    // Positions change from the first difference on; rows that are gone are
    // either named by the caller or found by clearing every old position.
    size_t first = 0;
    if (leaving) {
        for (quint32 storeRow : *leaving)
            m_position[storeRow] = -1;
        const size_t common = std::min(visible.size(), m_visible.size());
        while (first < common && visible[first] == m_visible[first])
            ++first;
    } else {
        for (quint32 storeRow : m_visible)
            m_position[storeRow] = -1;
    }
    m_visible.swap(visible);
    for (size_t i = first; i < m_visible.size(); ++i)
        m_position[m_visible[i]] = qint32(i);
    if (!from.isEmpty()) {
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i) {
            const qint32 row = m_position[fromRows[size_t(i)]];
            to.append(row < 0 ? QModelIndex() : index(row, from[i].column()));
        }
        changePersistentIndexList(from, to);
    }
    Q_EMIT layoutChanged({}, hint);
}

// --- live updates -------------------------------------------------------------

void BotTableModel::onStoreChanged(const BotStore::Changes &changes)
{
    QElapsedTimer timer;
    timer.start();
    growPerRow();
    if (changes.allFields & BotStore::NameField) {
        m_nameRanksValid = false;
        for (quint32 r : m_caches[NameKey].dirtyRows)
            m_cacheDirty[r] &= quint8(~(1u << NameKey));
        m_caches[NameKey] = OrderCache {};
    }
    const SortKey key = currentKey();
    if (key != NaturalKey)
        ensureRanks(key == NameKey);
    if (!m_needle.isEmpty()) {
        updateMatches(quint32(m_accountMatch.size()));
        if (changes.allFields & BotStore::NameField) {
            const std::string_view needle = view(m_needle);
            for (qsizetype i = 0; i < changes.rows.size(); ++i) {
                if (changes.fields[i] & BotStore::NameField) {
                    const quint32 account = m_store->row(changes.rows[i]).account;
                    m_accountMatch[account] =
                        view(m_store->searchKey(account)).find(needle) != std::string_view::npos;
                }
            }
        }
    }

    const auto affectsOrder = [key](quint8 fields) {
        return (key == StatusKey && (fields & BotStore::StatusField))
            || (key == HeartbeatKey && (fields & BotStore::HeartbeatField))
            || (key == NameKey && (fields & BotStore::NameField));
    };

    Counts counts = m_counts;
    counts.total = m_store->rowCount();
    std::vector<quint32> leaving;
    std::vector<quint32> moving;
    std::vector<quint32> entering;
    std::vector<std::pair<qint32, quint8>> valueChanged; // store row, fields
    for (qsizetype i = 0; i < changes.rows.size(); ++i) {
        const quint32 storeRow = changes.rows[i];
        const quint8 fields = changes.fields[i];
        noteStaleDeadline(m_store->row(storeRow));
        if (fields & BotStore::StatusField)
            markCacheDirty(StatusKey, storeRow);
        if (fields & BotStore::HeartbeatField)
            markCacheDirty(HeartbeatKey, storeRow);
        const bool was = m_position[storeRow] >= 0;
        const bool now = passes(storeRow);
        if (was)
            addToCounts(counts, m_rowClass[storeRow], -1);
        if (now) {
            const quint8 cls = classify(storeRow);
            m_rowClass[storeRow] = cls;
            addToCounts(counts, cls, 1);
        }
        if (was && !now) {
            leaving.push_back(storeRow);
        } else if (!was && now) {
            entering.push_back(storeRow);
        } else if (was) {
            if (affectsOrder(fields))
                moving.push_back(storeRow);
            valueChanged.emplace_back(qint32(storeRow), fields);
        }
    }
    for (quint32 storeRow = changes.firstAddedRow;
         storeRow < changes.firstAddedRow + changes.addedCount; ++storeRow) {
        noteStaleDeadline(m_store->row(storeRow));
        if (passes(storeRow)) {
            const quint8 cls = classify(storeRow);
            m_rowClass[storeRow] = cls;
            addToCounts(counts, cls, 1);
            entering.push_back(storeRow);
        }
    }

    const size_t structural = leaving.size() + moving.size() + entering.size();
    if (structural > 0 && structural <= kMaxFineGrainedChanges && !m_visible.empty()) {
        applyFineGrained(leaving, moving, entering);
    } else if (structural > 0) {
        // Many rows move: rebuild the order by one merge, O(n + d log d), and
        // announce it as one layout change.
        for (quint32 r : leaving)
            m_rowClass[r] |= kInFlight;
        for (quint32 r : moving)
            m_rowClass[r] |= kInFlight;
        std::vector<quint32> incoming;
        incoming.reserve(moving.size() + entering.size());
        incoming.insert(incoming.end(), moving.begin(), moving.end());
        incoming.insert(incoming.end(), entering.begin(), entering.end());
        std::sort(incoming.begin(), incoming.end(),
                  [this](quint32 a, quint32 b) { return lessVisible(a, b); });
        // Insertion points by binary search (in-flight rows are skipped),
        // then one copy pass: O(n) moves but only O(d log n) comparisons.
        std::vector<size_t> points(incoming.size());
        for (size_t k = 0; k < incoming.size(); ++k)
            points[k] = size_t(insertionPoint(incoming[k]));
        // The old places of rows leaving or moving, ascending: the copy pass
        // skips them without reading a flag per row (a cache miss each).
        std::vector<size_t> skips;
        skips.reserve(leaving.size() + moving.size());
        for (quint32 r : leaving)
            skips.push_back(size_t(m_position[r]));
        for (quint32 r : moving)
            skips.push_back(size_t(m_position[r]));
        std::sort(skips.begin(), skips.end());
        skips.push_back(m_visible.size()); // sentinel
        // Built in the storage the previous frame gave back: a fresh vector
        // of this size would be mapped, zero-filled and unmapped every frame.
        std::vector<quint32> &visible = m_spareVisible;
        visible.clear();
        visible.reserve(m_visible.size() + entering.size() - leaving.size());
        size_t i = 0;
        size_t skip = 0;
        const auto copyUpTo = [&](size_t end) {
            while (i < end) {
                const size_t stop = std::min(end, skips[skip]);
                visible.insert(visible.end(), m_visible.begin() + qsizetype(i),
                               m_visible.begin() + qsizetype(stop));
                i = stop;
                if (i == skips[skip] && i < end) {
                    ++i;
                    ++skip;
                }
            }
        };
        for (size_t k = 0; k < incoming.size(); ++k) {
            copyUpTo(points[k]);
            visible.push_back(incoming[k]);
        }
        copyUpTo(m_visible.size());
        for (quint32 r : leaving)
            m_rowClass[r] &= quint8(~kInFlight);
        for (quint32 r : moving)
            m_rowClass[r] &= quint8(~kInFlight);
        commitVisible(std::move(visible), QAbstractItemModel::NoLayoutChangeHint, &leaving);
    }

    // The order cache of the current key is repaired when the next query
    // needs it, not here: a repair is O(n) and would block a frame.

    counts.visible = qsizetype(m_visible.size());
    emitDataChanged(valueChanged);
    setCounts(counts);
    noteUpdateTime(timer.nsecsElapsed());
}

void BotTableModel::applyFineGrained(std::vector<quint32> &leaving, std::vector<quint32> &moving,
                                     std::vector<quint32> &entering)
{
    const auto renumber = [this](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            m_position[m_visible[i]] = qint32(i);
    };
    for (quint32 r : leaving) {
        const auto pos = size_t(m_position[r]);
        beginRemoveRows({}, int(pos), int(pos));
        m_visible.erase(m_visible.begin() + qsizetype(pos));
        m_position[r] = -1;
        renumber(pos, m_visible.size());
        endRemoveRows();
    }
    // Moves, not remove+insert: persistent indexes (selection, current row)
    // travel with the bot.
    for (quint32 r : moving)
        m_rowClass[r] |= kInFlight;
    for (quint32 r : moving) {
        const auto old = size_t(m_position[r]);
        const auto target = size_t(insertionPoint(r));
        m_rowClass[r] &= quint8(~kInFlight);
        if (target == old || target == old + 1)
            continue;
        beginMoveRows({}, int(old), int(old), {}, int(target));
        const auto begin = m_visible.begin();
        if (target > old) {
            std::rotate(begin + qsizetype(old), begin + qsizetype(old) + 1,
                        begin + qsizetype(target));
            renumber(old, target);
        } else {
            std::rotate(begin + qsizetype(target), begin + qsizetype(old),
                        begin + qsizetype(old) + 1);
            renumber(target, old + 1);
        }
        endMoveRows();
    }
    for (quint32 r : entering) {
        const auto pos = size_t(insertionPoint(r));
        beginInsertRows({}, int(pos), int(pos));
        m_visible.insert(m_visible.begin() + qsizetype(pos), r);
        renumber(pos, m_visible.size());
        endInsertRows();
    }
}

// One dataChanged per run of adjacent changed rows, spanning only the columns
// that changed in that run.
void BotTableModel::emitDataChanged(std::vector<std::pair<qint32, quint8>> &changed)
{
    size_t kept = 0;
    for (auto &[row, fields] : changed) {
        const qint32 pos = m_position[size_t(row)];
        if (pos >= 0)
            changed[kept++] = {pos, columnBitsFor(fields)};
    }
    changed.resize(kept);
    if (changed.empty())
        return;
    std::sort(changed.begin(), changed.end());
    const auto emitRun = [this](qint32 first, qint32 last, quint8 columns) {
        // A single row changes a few cells: name them one by one. Qt 6.4 views
        // repaint the whole viewport for any larger range, even off screen.
        if (first == last && qPopulationCount(columns) <= 3) {
            for (int column = 0; column < BotTable::ColumnCount; ++column) {
                if (columns & (1u << column)) {
                    const QModelIndex cell = index(first, column);
                    Q_EMIT dataChanged(cell, cell);
                }
            }
            return;
        }
        int left = 0;
        while (!(columns & (1u << left)))
            ++left;
        int right = BotTable::ColumnCount - 1;
        while (!(columns & (1u << right)))
            --right;
        Q_EMIT dataChanged(index(first, left), index(last, right));
    };
    size_t runs = 1;
    for (size_t i = 1; i < changed.size(); ++i) {
        if (changed[i].first > changed[i - 1].first + 1)
            ++runs;
    }
    if (runs > kMaxDataChangedRanges) {
        quint8 columns = 0;
        for (const auto &c : changed)
            columns |= c.second;
        emitRun(changed.front().first, changed.back().first, columns);
        return;
    }
    qint32 first = changed.front().first;
    qint32 last = first;
    quint8 columns = changed.front().second;
    for (size_t i = 1; i < changed.size(); ++i) {
        const auto [pos, bits] = changed[i];
        if (pos <= last + 1) {
            last = pos;
            columns |= bits;
            continue;
        }
        emitRun(first, last, columns);
        first = last = pos;
        columns = bits;
    }
    emitRun(first, last, columns);
}

void BotTableModel::onStoreAboutToBeCleared()
{
    beginResetModel();
}

void BotTableModel::onStoreCleared()
{
    m_visible = {};
    m_position = {};
    m_rowClass = {};
    m_cacheDirty = {};
    m_caches = {};
    m_accountsById = {};
    m_accountIdRank = {};
    m_accountsByName = {};
    m_accountNameRank = {};
    m_accountMatch = {};
    m_spareVisible = {};
    m_matchedNeedle.clear();
    m_rankedAccounts = 0;
    m_nameRankedAccounts = 0;
    m_nameRanksValid = true;
    m_nextStaleAt = std::numeric_limits<TimestampMs>::min();
    endResetModel();
    Counts counts;
    setCounts(counts);
}
