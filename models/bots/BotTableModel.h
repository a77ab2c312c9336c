#pragma once

#include "BotKey.h"
#include "BotRoles.h"
#include "BotStore.h"

#include <QAbstractTableModel>
#include <QPointer>

class WatchList;

#include <array>
#include <limits>
#include <optional>
#include <vector>

// The bot table: a QAbstractTableModel over BotStore through a permutation of
// visible store rows. Filtering is a linear scan over precomputed folded keys
// and sorting walks cached per-column orders, because QSortFilterProxyModel is
// quadratic at this scale (23 s per keystroke at 500,000 rows). Every change of
// query or data keeps persistent indexes on the same bot (layout change with
// remapping, or row moves), so current row and selection follow the bot.
// Keeping the scroll position is the view's half: remember
// keyForRow(rowAt(0)) on layoutAboutToBeChanged and scrollTo(indexForKey(..),
// PositionAtTop) on layoutChanged (or follow the current index).
class BotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTableModel)

public:
    // The count line: "1,204 of 512,330 bots - 1,150 active, ...".
    struct Counts
    {
        qsizetype visible = 0;
        qsizetype total = 0;
        qsizetype active = 0; // includes stale ones
        qsizetype paused = 0;
        qsizetype noConnection = 0;
        qsizetype stale = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit BotTableModel(BotStore *store, QObject *parent = nullptr);
    ~BotTableModel() override;

    // Query. Each setter recomputes the visible rows at once; debouncing is
    // the view's job.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setPlatformFilter(std::optional<Platform> platform); // nullopt: all platforms
    std::optional<Platform> platformFilter() const { return m_platformFilter; }
    void setStatusFilter(BotTable::StatusFilter filter);
    BotTable::StatusFilter statusFilter() const { return m_statusFilter; }
    void setStaleThresholdMs(qint64 ms);
    qint64 staleThresholdMs() const { return m_staleThresholdMs; }
    void setHighlightDurationMs(qint64 ms);
    // Watched and flagged rows answer WatchRole and repaint when that changes.
    void setWatchList(WatchList *watches);

    // "Now" for relative heartbeat text, stale flags and highlights. The view
    // ticks it (e.g. once a second); one dataChanged covers the time columns
    // and the view repaints only what it shows.
    void setNow(TimestampMs now);
    // The same for a view that repaints only what it shows: dataChanged covers
    // rows firstRow..lastRow (clamped; the view's visible rows) and only the
    // status and heartbeat columns, or whole rows where a highlight started
    // or ended. Counts and the Stale filter still cover every row, but cost
    // nothing while no row can have crossed the stale threshold since the
    // last tick.
    void setNow(TimestampMs now, int firstRow, int lastRow);
    TimestampMs now() const { return m_now; }

    // -1 restores store order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    Counts counts() const { return m_counts; }

    int rowForKey(const BotKey &key) const; // -1 when filtered out or unknown
    BotKey keyForRow(int row) const;
    QModelIndex indexForKey(const BotKey &key, int column = 0) const;
    // Keys of the rows of a selection (each row once, in view order), for
    // batch actions and copying.
    QList<BotKey> keysForIndexes(const QModelIndexList &indexes) const;
    qsizetype storeRowForRow(int row) const;
    BotStatusEntry entryForRow(int row) const;
    BotStore *store() const { return m_store; }

    // Bytes held by the model's own containers (the store reports its own).
    size_t memoryUsage() const noexcept;
    // Longest time one update took in this model; the benchmark reads it.
    qint64 maxUpdateNs() const { return m_maxUpdateNs; }
    void resetMaxUpdateNs() { m_maxUpdateNs = 0; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Texts shared with delegates and the count line.
    static QString platformName(Platform platform);
    static QString statusName(BotStatus status);
    QString relativeTime(TimestampMs then) const;

Q_SIGNALS:
    void countsChanged();

private:
    enum SortKey : quint8 {
        NaturalKey,
        NameKey,
        IdKey,
        PlatformKey,
        StatusKey,
        HeartbeatKey,
        SortKeyCount
    };

    // All store rows in ascending (value, key) order for one sort key, kept
    // between sorts; rows whose value changed since are repaired by a merge
    // when the key is used again instead of re-sorting everything.
    struct OrderCache
    {
        std::vector<quint32> order;
        std::vector<quint32> dirtyRows;
        std::vector<quint64> groupStarts; // bit per position: a new value starts
        quint32 builtRowCount = 0;
        bool valid = false;
    };

    void onStoreChanged(const BotStore::Changes &changes);
    void onStoreAboutToBeCleared();
    void onStoreCleared();

    void rebuildVisible(
        bool narrowing = false,
        QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    // leaving: when the caller knows exactly which rows left (the others
    // stay), only those are cleared instead of every old position.
    void commitVisible(std::vector<quint32> &&visible, QAbstractItemModel::LayoutChangeHint hint,
                       const std::vector<quint32> *leaving = nullptr);
    void applyFineGrained(std::vector<quint32> &leaving, std::vector<quint32> &moving,
                          std::vector<quint32> &entering);
    void emitDataChanged(std::vector<std::pair<qint32, quint8>> &changed);
    void growPerRow();
    void ensureRanks(bool withNames);
    void markGroups(OrderCache &cache, SortKey key);
    void ensureCache(SortKey key);
    void markCacheDirty(SortKey key, quint32 row);
    void updateMatches(quint32 firstAccount);
    void recount();
    // Moves the clock to now: reclassifies rows (counts, Stale filter) only
    // when one may have turned stale since the last time.
    void advanceClock(TimestampMs now);
    void noteStaleDeadline(const BotStore::Row &row);
    void computeStaleDeadline();
    void setCounts(const Counts &counts);
    void noteUpdateTime(qint64 ns);

    SortKey currentKey() const;
    quint64 primary(quint32 row, SortKey key) const;
    quint32 secondary(quint32 row) const;
    bool lessVisible(quint32 a, quint32 b) const;
    qsizetype insertionPoint(quint32 row) const;
    bool passes(quint32 row) const;
    quint8 evaluate(quint32 row) const;
    bool isStale(const BotStore::Row &row) const;
    bool statusFilterFollowsClock() const;
    quint8 classify(quint32 row) const;
    void addToCounts(Counts &counts, quint8 cls, int sign) const;
    QString accessibleText(qsizetype storeRow) const;
    BotTable::WatchState watchState(qsizetype storeRow) const;

    void onWatchStateChanged(const QList<BotKey> &keys);

    QPointer<BotStore> m_store;
    QPointer<WatchList> m_watches;
    QString m_searchText;
    QByteArray m_needle;
    QByteArray m_matchedNeedle; // the needle m_accountMatch was computed for
    std::optional<Platform> m_platformFilter;
    BotTable::StatusFilter m_statusFilter = BotTable::StatusFilter::All;
    qint64 m_staleThresholdMs = qint64(120) * 1000;
    qint64 m_highlightMs = 3000;
    TimestampMs m_now = 0;
    // No Active row that is fresh at m_now turns stale before this time (a
    // lower bound: heartbeats since only move deadlines later). Minimum:
    // unknown, reclassify at the next tick.
    TimestampMs m_nextStaleAt = std::numeric_limits<TimestampMs>::min();
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<quint32> m_visible; // display row -> store row
    std::vector<quint32> m_spareVisible; // last frame's m_visible storage, reused
    std::vector<qint32> m_position; // store row -> display row or -1
    std::vector<quint8> m_rowClass; // store row -> counted class (valid while visible)
    std::vector<quint8> m_cacheDirty; // store row -> bit per SortKey
    std::array<OrderCache, SortKeyCount> m_caches;
    std::vector<quint32> m_accountsById; // accounts ascending by UUID
    std::vector<quint32> m_accountIdRank;
    std::vector<quint32> m_accountsByName;
    std::vector<quint32> m_accountNameRank;
    std::vector<quint8> m_accountMatch; // account -> matches m_needle
    quint32 m_rankedAccounts = 0;
    quint32 m_nameRankedAccounts = 0;
    bool m_nameRanksValid = true;
    Counts m_counts;
    qint64 m_maxUpdateNs = 0;
};
