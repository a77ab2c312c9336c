#pragma once

#include "BotCounts.h"
#include "BotKey.h"
#include "BotQuery.h"
#include "BotRoles.h"
#include "BotRowData.h"
#include "BotSortOrders.h"
#include "BotStore.h"
#include "BotTableTexts.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

class WatchList;

// The bot table: a QAbstractTableModel over BotStore through a permutation of
// visible store rows. This class keeps the permutation and tells views how it
// changed; the parts it owns do the rest: BotQuery decides which rows pass (a
// linear scan over precomputed folded keys), BotSortOrders in which order
// (cached per-column orders), BotCounts what the count line says, BotRowData
// what a row shows per role and BotDataChangedRanges which cells a flush
// repaints. QSortFilterProxyModel is not used: it is quadratic at this scale
// (23 s per keystroke at 500,000 rows). Every change of query or data keeps
// persistent indexes on the same bot (layout change with remapping, or row
// moves), so current row and selection follow the bot. Keeping the scroll
// position is the view's half: remember keyForRow(rowAt(0)) on
// layoutAboutToBeChanged and scrollTo(indexForKey(..), PositionAtTop) on
// layoutChanged (or follow the current index).
class BotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTableModel)

public:
    // The count line: "1,204 of 512,330 bots - 1,150 active, ...".
    using Counts = BotCounts;

    explicit BotTableModel(BotStore *store, QObject *parent = nullptr);
    ~BotTableModel() override;

    // Query. Each setter recomputes the visible rows at once; debouncing is
    // the view's job.
    void setSearchText(const QString &text);
    QString searchText() const { return m_query.searchText(); }
    // nullopt: all platforms; Platform::Unknown: "Other", every platform a
    // newer server named (see extraPlatforms()).
    void setPlatformFilter(std::optional<Platform> platform);
    std::optional<Platform> platformFilter() const { return m_query.platformFilter(); }
    void setStatusFilter(BotTable::StatusFilter filter);
    BotTable::StatusFilter statusFilter() const { return m_query.statusFilter(); }
    void setStaleThresholdMs(qint64 ms);
    qint64 staleThresholdMs() const { return m_query.staleThresholdMs(); }
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
    TimestampMs now() const { return m_query.now(); }

    // -1 restores store order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_orders.column(); }
    Qt::SortOrder sortOrder() const { return m_orders.order(); }

    Counts counts() const { return m_counts; }
    // Platforms a newer server named that have bots now (what "Other"
    // shows); extraPlatformsChanged() when that changes.
    QList<Platform> extraPlatforms() const;

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

    // Texts shared with delegates and the count line (BotTableTexts').
    static QString platformName(Platform platform) { return BotTableTexts::platformName(platform); }
    static QString statusName(BotStatus status) { return BotTableTexts::statusName(status); }
    QString relativeTime(TimestampMs then) const { return m_rowData.relativeTime(then); }

Q_SIGNALS:
    void countsChanged();
    void extraPlatformsChanged();

private:
    void onStoreChanged(const BotStore::Changes &changes);
    void onStoreAboutToBeCleared();
    void onStoreCleared();
    void onWatchStateChanged(const QList<BotKey> &keys);

    void applyQueryChange(BotQuery::Change change);
    // Every visible row is classified again (the clock or stale threshold
    // moved): a rescan where that changes which rows pass, else a recount.
    void reclassify();
    // Roles of every cell changed (the clock, a setting).
    void announceAllRows(const QList<int> &roles);
    void rebuildVisible(
        bool narrowing = false,
        QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    // leaving: when the caller knows exactly which rows left (the others
    // stay), only those are cleared instead of every old position.
    void commitVisible(std::vector<quint32> &&visible, QAbstractItemModel::LayoutChangeHint hint,
                       const std::vector<quint32> *leaving = nullptr);
    void applyFineGrained(std::vector<quint32> &leaving, std::vector<quint32> &moving,
                          std::vector<quint32> &entering);
    void mergeIntoVisible(std::vector<quint32> &leaving, std::vector<quint32> &moving,
                          std::vector<quint32> &entering);
    void emitDataChanged(std::vector<std::pair<qint32, quint8>> &changed);
    void growPerRow();
    void recount();
    void setCounts(const Counts &counts);
    void noteUpdateTime(qint64 ns);
    qsizetype insertionPoint(quint32 storeRow) const;

    QPointer<BotStore> m_store;
    BotQuery m_query;
    BotSortOrders m_orders;
    BotRowData m_rowData;

    std::vector<quint32> m_visible; // display row -> store row
    std::vector<quint32> m_spareVisible; // last frame's m_visible storage, reused
    std::vector<qint32> m_position; // store row -> display row or -1
    // store row -> its BotCounts class (valid while visible), and flags of
    // the rebuild and merge passes in the high bits
    std::vector<quint8> m_rowClass;
    Counts m_counts;
    qint64 m_maxUpdateNs = 0;
    quint32 m_extraPlatformsRevision = 0;
};
