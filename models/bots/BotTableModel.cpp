#include "BotTableModel.h"

#include "BotDataChangedRanges.h"
#include "BotTableTexts.h"
#include "models/watch/WatchList.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace {
// Flags in the high bits of m_rowClass, above the row's BotCounts class: a
// row passes the query (only during rebuildVisible), a row is being moved
// while an update is applied.
constexpr quint8 kPasses = BotQuery::kPasses;
constexpr quint8 kInFlight = 0x80;
static_assert(((kPasses | kInFlight) & BotCounts::kClassMask) == 0 && kPasses != kInFlight);

// Above this many rows entering, leaving or moving in one flush, one layout
// change is cheaper for the view than many inserts/removes (each of which
// shifts the view's and our per-row arrays).
constexpr size_t kMaxFineGrainedChanges = 8;
} // namespace

BotTableModel::BotTableModel(BotStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(*store, QDateTime::currentMSecsSinceEpoch())
    , m_orders(*store)
    , m_rowData(*store, m_query)
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
    applyQueryChange(m_query.setSearchText(text));
}

QList<Platform> BotTableModel::extraPlatforms() const
{
    return m_store->extraPlatforms();
}

void BotTableModel::setPlatformFilter(std::optional<Platform> platform)
{
    applyQueryChange(m_query.setPlatformFilter(platform));
}

void BotTableModel::setStatusFilter(BotTable::StatusFilter filter)
{
    applyQueryChange(m_query.setStatusFilter(filter));
}

void BotTableModel::applyQueryChange(BotQuery::Change change)
{
    // A narrowing query filters what is visible, already in order, instead
    // of every row.
    if (change != BotQuery::Change::None)
        rebuildVisible(change == BotQuery::Change::Narrowing);
}

void BotTableModel::setStaleThresholdMs(qint64 ms)
{
    if (!m_query.setStaleThresholdMs(ms))
        return;
    reclassify();
    announceAllRows({BotTable::StaleRole, Qt::ToolTipRole, BotTable::AccessibleTextRole});
}

void BotTableModel::reclassify()
{
    if (m_query.followsClock())
        rebuildVisible();
    else
        recount();
}

void BotTableModel::announceAllRows(const QList<int> &roles)
{
    if (!m_visible.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, BotTable::ColumnCount - 1), roles);
}

void BotTableModel::setHighlightDurationMs(qint64 ms)
{
    m_rowData.setHighlightDurationMs(ms);
}

void BotTableModel::setWatchList(WatchList *watches)
{
    if (WatchList *previous = m_rowData.watchList())
        disconnect(previous, nullptr, this, nullptr);
    m_rowData.setWatchList(watches);
    if (watches) {
        connect(watches, &WatchList::watchStateChanged, this,
                &BotTableModel::onWatchStateChanged);
    }
    announceAllRows({BotTable::WatchRole, Qt::ToolTipRole, BotTable::AccessibleTextRole});
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
    if (m_query.setNow(now))
        reclassify();
    announceAllRows({Qt::DisplayRole, Qt::ToolTipRole, BotTable::StaleRole, BotTable::HighlightRole,
                     BotTable::AccessibleTextRole});
}

void BotTableModel::setNow(TimestampMs now, int firstRow, int lastRow)
{
    const TimestampMs before = m_query.now();
    if (m_query.setNow(now))
        reclassify();
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, rowCount() - 1);
    if (firstRow > lastRow)
        return;
    // A highlight colours the whole row: where one started or ended (the
    // clock can be set back), every column repaints.
    bool wholeRows = false;
    for (int r = firstRow; r <= lastRow && !wholeRows; ++r) {
        const BotStore::Row &row = m_store->row(m_visible[size_t(r)]);
        wholeRows = m_rowData.isHighlighted(row, before) != m_rowData.isHighlighted(row, now);
    }
    using namespace BotTable;
    static_assert(LastHeartbeatColumn == StatusColumn + 1, "the time columns are adjacent");
    Q_EMIT dataChanged(
        index(firstRow, wholeRows ? 0 : StatusColumn),
        index(lastRow, wholeRows ? ColumnCount - 1 : LastHeartbeatColumn),
        {Qt::DisplayRole, Qt::ToolTipRole, StaleRole, HighlightRole, AccessibleTextRole});
}

void BotTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_orders.setSort(column, order))
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
    return sizeof(*this) + m_visible.capacity() * 4 + m_spareVisible.capacity() * 4
        + m_position.capacity() * 4 + m_rowClass.capacity() + m_query.memoryUsage()
        + m_orders.memoryUsage();
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
    return m_rowData.data(m_visible[size_t(index.row())], index.column(), role);
}

QVariant BotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = BotTableTexts::columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

Qt::ItemFlags BotTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> BotTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BotRowData::roleNames());
    return names;
}

// --- the visible rows ----------------------------------------------------------

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
        if (m_orders.less(m_visible[probe], storeRow))
            lo = probe + 1;
        else
            hi = mid;
    }
    return qsizetype(lo);
}

void BotTableModel::recount()
{
    Counts counts;
    counts.total = m_store->liveRowCount();
    counts.visible = qsizetype(m_visible.size());
    for (quint32 storeRow : m_visible) {
        const quint8 cls = m_query.classify(storeRow);
        m_rowClass[storeRow] = cls;
        counts.add(cls);
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
    }
    m_position.resize(n, -1);
    m_rowClass.resize(n, 0);
    m_orders.grow(n, capacity);
}

void BotTableModel::rebuildVisible(bool narrowing, QAbstractItemModel::LayoutChangeHint hint)
{
    QElapsedTimer timer;
    timer.start();
    m_query.refreshMatches();

    std::vector<quint32> visible;
    Counts counts;
    counts.total = m_store->liveRowCount();
    if (narrowing) {
        // What is visible is already in order: filter it in place.
        visible.reserve(m_visible.size());
        for (quint32 storeRow : m_visible) {
            const quint8 value = m_query.evaluate(storeRow);
            if (!value)
                continue;
            visible.push_back(storeRow);
            const auto cls = quint8(value & ~kPasses);
            m_rowClass[storeRow] = cls;
            counts.add(cls);
        }
    } else {
        m_orders.prepare();
        // Filter in store order (sequential memory), then walk the sort
        // order testing one byte per row: walking rows in sort order would
        // miss the cache on every row.
        const auto n = quint32(m_store->rowCount());
        std::array<qsizetype, 256> perClass {};
        for (quint32 r = 0; r < n; ++r) {
            const quint8 value = m_query.evaluate(r);
            m_rowClass[r] = value;
            ++perClass[value];
        }
        size_t passing = 0;
        for (int value = kPasses; value < 256; ++value) {
            if (perClass[size_t(value)] == 0 || !(value & kPasses))
                continue;
            passing += size_t(perClass[size_t(value)]);
            counts.add(quint8(value & ~kPasses), perClass[size_t(value)]);
        }
        visible.reserve(passing);
        m_orders.walk([&](quint32 r) {
            if (m_rowClass[r] & kPasses) {
                m_rowClass[r] &= quint8(~kPasses);
                visible.push_back(r);
            }
        });
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
    m_orders.noteChanges(changes);
    m_query.updateMatches(changes);

    Counts counts = m_counts;
    counts.total = m_store->liveRowCount();
    std::vector<quint32> leaving;
    std::vector<quint32> moving;
    std::vector<quint32> entering;
    std::vector<std::pair<qint32, quint8>> valueChanged; // store row, fields
    for (qsizetype i = 0; i < changes.rows.size(); ++i) {
        const quint32 storeRow = changes.rows[i];
        const quint8 fields = changes.fields[i];
        m_query.noteStaleDeadline(m_store->row(storeRow));
        const bool was = m_position[storeRow] >= 0;
        const quint8 value = m_query.evaluate(storeRow);
        const bool now = value != 0;
        if (was)
            counts.remove(m_rowClass[storeRow]);
        if (now) {
            const auto cls = quint8(value & ~kPasses);
            m_rowClass[storeRow] = cls;
            counts.add(cls);
        }
        if (was && !now) {
            leaving.push_back(storeRow);
        } else if (!was && now) {
            entering.push_back(storeRow);
        } else if (was) {
            if (m_orders.moves(fields))
                moving.push_back(storeRow);
            valueChanged.emplace_back(qint32(storeRow), fields);
        }
    }
    for (quint32 storeRow = changes.firstAddedRow;
         storeRow < changes.firstAddedRow + changes.addedCount; ++storeRow) {
        m_query.noteStaleDeadline(m_store->row(storeRow));
        const quint8 value = m_query.evaluate(storeRow);
        if (value) {
            const auto cls = quint8(value & ~kPasses);
            m_rowClass[storeRow] = cls;
            counts.add(cls);
            entering.push_back(storeRow);
        }
    }

    const size_t structural = leaving.size() + moving.size() + entering.size();
    if (structural > 0 && structural <= kMaxFineGrainedChanges && !m_visible.empty())
        applyFineGrained(leaving, moving, entering);
    else if (structural > 0)
        mergeIntoVisible(leaving, moving, entering);

    // The order of the current sort column is repaired when the next query
    // needs it, not here: a repair is O(n) and would block a frame.

    counts.visible = qsizetype(m_visible.size());
    emitDataChanged(valueChanged);
    setCounts(counts);
    noteUpdateTime(timer.nsecsElapsed());
    if (m_store->extraPlatformsRevision() != m_extraPlatformsRevision) {
        m_extraPlatformsRevision = m_store->extraPlatformsRevision();
        Q_EMIT extraPlatformsChanged();
    }
}

// Many rows move: rebuild the order by one merge, O(n + d log d), and
// announce it as one layout change.
void BotTableModel::mergeIntoVisible(std::vector<quint32> &leaving, std::vector<quint32> &moving,
                                     std::vector<quint32> &entering)
{
    for (quint32 r : leaving)
        m_rowClass[r] |= kInFlight;
    for (quint32 r : moving)
        m_rowClass[r] |= kInFlight;
    std::vector<quint32> incoming;
    incoming.reserve(moving.size() + entering.size());
    incoming.insert(incoming.end(), moving.begin(), moving.end());
    incoming.insert(incoming.end(), entering.begin(), entering.end());
    std::sort(incoming.begin(), incoming.end(),
              [this](quint32 a, quint32 b) { return m_orders.less(a, b); });

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

void BotTableModel::emitDataChanged(std::vector<std::pair<qint32, quint8>> &changed)
{
    // Store rows to display rows; rows that left the visible set are gone.
    size_t kept = 0;
    for (const auto &[storeRow, fields] : changed) {
        const qint32 row = m_position[size_t(storeRow)];
        if (row >= 0)
            changed[kept++] = {row, fields};
    }
    changed.resize(kept);
    for (const auto &range : BotDataChangedRanges::plan(changed)) {
        Q_EMIT dataChanged(index(range.firstRow, range.firstColumn),
                           index(range.lastRow, range.lastColumn));
    }
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
    m_spareVisible = {};
    m_orders.clear();
    m_query.clearStoreState();
    endResetModel();
    Counts counts;
    setCounts(counts);
    if (m_store->extraPlatformsRevision() != m_extraPlatformsRevision) {
        m_extraPlatformsRevision = m_store->extraPlatformsRevision();
        Q_EMIT extraPlatformsChanged();
    }
}
