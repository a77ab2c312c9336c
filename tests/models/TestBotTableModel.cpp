#include "BotTestData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/SearchFolding.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace BotTestData;
using BotTable::StatusFilter;

namespace {
constexpr TimestampMs kNow = 1'700'000'000'000;

const QStringList kNames = {
    QStringLiteral("Zoë_Streams"), QStringLiteral("zoe alpha"), QStringLiteral("Bob"),
    QStringLiteral("Ålice"),       QStringLiteral("MAX"),       QStringLiteral("max"),
    QStringLiteral("Łukasz"),      QStringLiteral("Chloé"),     QStringLiteral("stream_king"),
};

// A store of accounts with one to five platforms each.
void fill(BotStore &store, int accounts)
{
    QList<BotStatusEntry> page;
    for (int a = 0; a < accounts; ++a) {
        const QString name = kNames.at(a % kNames.size()) + QString::number(a / kNames.size());
        for (int p = 0; p < 1 + a % 5; ++p) {
            const auto status = BotStatus((a + p) % 3);
            page.append(entry(a, name, Platform((a + p) % 5), status,
                              kNow - 1000 * ((a * 7 + p * 13) % 400), 1));
        }
    }
    store.mergeSnapshot(page);
    store.flush();
}

QString keyText(const BotStore &store, qsizetype row)
{
    return store.accountIdText(row) + QLatin1Char('/')
        + QString::number(int(store.row(row).platform));
}
} // namespace

class TestBotTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelTester_randomQueriesAndUpdates_matchReference();
    void search_ignoresAccentsAndCase();
    void search_matchesAccountIdSubstring();
    void filter_platformAndStatusCombine();
    void filter_staleFollowsThresholdAndNow();
    void sort_tiesBrokenByKeyInBothOrders();
    void sort_switchingBackGivesSameOrder();
    void selection_staysOnSameBotThroughSortFilterAndUpdates();
    void updates_manyEventsForOneRow_oneDataChangedPerFlush();
    void updates_singleStatusChange_isOneRowMove();
    void updates_manyStatusChanges_areOneLayoutChange();
    void updates_leavingStatusFilter_removesRow();
    void updates_outOfOrderEvent_isIgnored();
    void pending_isShownAndFailureRestoresServerState();
    void highlight_lastsForTheHighlightDuration();
    void counts_describeVisibleSet();
    void heartbeat_relativeTextAndExactTooltip();
    void tick_visibleRange_announcesOnlyThoseRowsAndTimeColumns();
    void tick_highlightEnding_repaintsWholeRows();
    void tick_staleness_followsTimeAndHeartbeats();

private:
    void verifyAgainstReference();
    int rowOf(int account, Platform platform) const;
    QSet<BotKey> selectedKeys(const QItemSelectionModel &selection) const;

    std::unique_ptr<BotStore> m_store;
    std::unique_ptr<BotTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBotTableModel::init()
{
    m_store = std::make_unique<BotStore>();
    m_store->setClock([] { return kNow; });
    m_model = std::make_unique<BotTableModel>(m_store.get());
    m_model->setNow(kNow);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBotTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

int TestBotTableModel::rowOf(int account, Platform platform) const
{
    return m_model->rowForKey({uuid(account), platform});
}

QSet<BotKey> TestBotTableModel::selectedKeys(const QItemSelectionModel &selection) const
{
    QSet<BotKey> keys;
    const QModelIndexList rows = selection.selectedRows();
    for (const QModelIndex &index : rows)
        keys.insert(m_model->keyForRow(index.row()));
    return keys;
}

// Recomputes the visible rows from scratch with plain comparisons and checks
// the model shows exactly those, in that order, with matching counts.
void TestBotTableModel::verifyAgainstReference()
{
    const BotStore &store = *m_store;
    const QByteArray needle = foldForSearch(m_model->searchText().simplified());
    const auto stale = [&](qsizetype r) {
        const auto &row = store.row(r);
        return row.status == BotStatus::Active
            && (row.lastHeartbeatAt == kNoTimestamp
                || m_model->now() - row.lastHeartbeatAt > m_model->staleThresholdMs());
    };
    std::vector<qsizetype> expected;
    for (qsizetype r = 0; r < store.rowCount(); ++r) {
        const auto &row = store.row(r);
        if (m_model->platformFilter() && row.platform != *m_model->platformFilter())
            continue;
        switch (m_model->statusFilter()) {
        case StatusFilter::All:
            break;
        case StatusFilter::Active:
            if (row.status != BotStatus::Active)
                continue;
            break;
        case StatusFilter::Paused:
            if (row.status != BotStatus::Paused)
                continue;
            break;
        case StatusFilter::NoConnection:
            if (row.status != BotStatus::NoConnection)
                continue;
            break;
        case StatusFilter::Stale:
            if (!stale(r))
                continue;
            break;
        case StatusFilter::Problems:
            if (row.status != BotStatus::NoConnection && !stale(r))
                continue;
            break;
        }
        if (!needle.isEmpty() && !store.searchKey(row.account).toByteArray().contains(needle))
            continue;
        expected.push_back(r);
    }
    const int column = m_model->sortColumn();
    const bool descending = m_model->sortOrder() == Qt::DescendingOrder;
    const auto keyLess = [&](qsizetype a, qsizetype b) {
        return keyText(store, a) < keyText(store, b);
    };
    // <0, 0, >0 on the column's value alone.
    const auto compareValue = [&](qsizetype a, qsizetype b) -> int {
        const auto &ra = store.row(a);
        const auto &rb = store.row(b);
        switch (column) {
        case BotTable::AccountNameColumn: {
            const QByteArray fa = store.foldedName(ra.account).toByteArray();
            const QByteArray fb = store.foldedName(rb.account).toByteArray();
            if (fa != fb)
                return fa < fb ? -1 : 1;
            const QByteArray na = store.nameUtf8(ra.account).toByteArray();
            const QByteArray nb = store.nameUtf8(rb.account).toByteArray();
            if (na != nb)
                return na < nb ? -1 : 1;
            const QString ia = store.accountIdText(a);
            const QString ib = store.accountIdText(b);
            return ia == ib ? 0 : (ia < ib ? -1 : 1);
        }
        case BotTable::AccountIdColumn: {
            const QString ia = store.accountIdText(a);
            const QString ib = store.accountIdText(b);
            return ia == ib ? 0 : (ia < ib ? -1 : 1);
        }
        case BotTable::PlatformColumn:
            return int(ra.platform) - int(rb.platform);
        case BotTable::StatusColumn:
        case BotTable::ActionColumn:
            return int(ra.status) - int(rb.status);
        case BotTable::LastHeartbeatColumn:
            return ra.lastHeartbeatAt == rb.lastHeartbeatAt
                ? 0
                : (ra.lastHeartbeatAt < rb.lastHeartbeatAt ? -1 : 1);
        default:
            return a == b ? 0 : (a < b ? -1 : 1);
        }
    };
    std::sort(expected.begin(), expected.end(), [&](qsizetype a, qsizetype b) {
        const int c = compareValue(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return keyLess(a, b);
    });

    QCOMPARE(m_model->rowCount(), int(expected.size()));
    for (int i = 0; i < int(expected.size()); ++i) {
        if (m_model->storeRowForRow(i) != expected[size_t(i)]) {
            QFAIL(qPrintable(QStringLiteral("row %1: store row %2, expected %3 (sort %4/%5)")
                                 .arg(i)
                                 .arg(m_model->storeRowForRow(i))
                                 .arg(expected[size_t(i)])
                                 .arg(column)
                                 .arg(int(descending))));
        }
        QCOMPARE(m_model->rowForKey(m_store->keyAt(expected[size_t(i)])), i);
    }
    // Rows filtered out have no row, however they left.
    std::vector<bool> shown(size_t(store.rowCount()), false);
    for (qsizetype r : expected)
        shown[size_t(r)] = true;
    for (qsizetype r = 0; r < store.rowCount(); ++r) {
        if (!shown[size_t(r)])
            QCOMPARE(m_model->rowForKey(m_store->keyAt(r)), -1);
    }
    BotTableModel::Counts counts;
    counts.total = store.rowCount();
    counts.visible = qsizetype(expected.size());
    for (qsizetype r : expected) {
        switch (store.row(r).status) {
        case BotStatus::Active:
            ++counts.active;
            counts.stale += stale(r) ? 1 : 0;
            break;
        case BotStatus::Paused:
            ++counts.paused;
            break;
        case BotStatus::NoConnection:
            ++counts.noConnection;
            break;
        case BotStatus::Unknown:
            break;
        }
    }
    const auto actual = m_model->counts();
    QCOMPARE(actual.visible, counts.visible);
    QCOMPARE(actual.total, counts.total);
    QCOMPARE(actual.active, counts.active);
    QCOMPARE(actual.paused, counts.paused);
    QCOMPARE(actual.noConnection, counts.noConnection);
    QCOMPARE(actual.stale, counts.stale);
}

void TestBotTableModel::modelTester_randomQueriesAndUpdates_matchReference()
{
    fill(*m_store, 150);
    QItemSelectionModel selection(m_model.get());
    QRandomGenerator rng(4242);
    const QStringList searches = {QString(),
                                  QStringLiteral("a"),
                                  QStringLiteral("zo"),
                                  QStringLiteral("zoe"),
                                  QStringLiteral("ZOË_s"),
                                  QStringLiteral("max1"),
                                  QStringLiteral("0000000001"),
                                  QStringLiteral("-8000-"),
                                  QStringLiteral("luk")};
    TimestampMs updatedAt = 10;
    TimestampMs now = kNow;
    int nextAccount = 150;
    for (int step = 0; step < 400; ++step) {
        switch (rng.bounded(8)) {
        case 0:
            m_model->setSearchText(searches.at(rng.bounded(searches.size())));
            break;
        case 1: {
            const int p = rng.bounded(kKnownPlatformCount + 1);
            m_model->setPlatformFilter(p == kKnownPlatformCount ? std::nullopt
                                                                : std::optional(Platform(p)));
            break;
        }
        case 2:
            m_model->setStatusFilter(StatusFilter(rng.bounded(6)));
            break;
        case 3:
            m_model->sort(rng.bounded(-1, BotTable::ColumnCount),
                          rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 4:
            // Mostly forwards, sometimes back (a corrected clock); half the
            // ticks are the view's, over its visible rows only.
            now += 1000 * rng.bounded(-10, 60);
            if (rng.bounded(2))
                m_model->setNow(now);
            else
                m_model->setNow(now, rng.bounded(-2, 40), rng.bounded(0, 80));
            break;
        default: {
            // Batches small enough for row moves and big enough for a layout change.
            const int n = rng.bounded(2) ? rng.bounded(1, 6) : rng.bounded(20, 120);
            QList<BotStatusEntry> events;
            for (int i = 0; i < n; ++i) {
                const bool fresh = rng.bounded(20) == 0;
                const int account = fresh ? nextAccount++ : rng.bounded(nextAccount);
                const QString name =
                    kNames.at(account % kNames.size()) + QString::number(account / kNames.size());
                // Some events arrive late and must be ignored.
                const TimestampMs at = rng.bounded(10) == 0 ? 5 : ++updatedAt;
                events.append(entry(account, name, Platform(rng.bounded(kKnownPlatformCount)),
                                    BotStatus(rng.bounded(3)), now - 1000 * rng.bounded(300), at));
            }
            m_store->applyEvents(events);
            if (rng.bounded(4) == 0 && m_model->rowCount() > 0) {
                const BotKey key = m_model->keyForRow(rng.bounded(m_model->rowCount()));
                if (m_store->beginPending(key, PendingAction::Pause) && rng.bounded(2))
                    m_store->failPending(key);
            }
            m_store->flush();
            break;
        }
        }
        if (m_model->rowCount() > 0 && rng.bounded(3) == 0) {
            selection.select(m_model->index(rng.bounded(m_model->rowCount()), 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        verifyAgainstReference();
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
    }
}

void TestBotTableModel::search_ignoresAccentsAndCase()
{
    fill(*m_store, 20);
    m_model->setSearchText(QStringLiteral("zoe"));
    QSet<QString> names;
    for (int r = 0; r < m_model->rowCount(); ++r)
        names.insert(m_model->index(r, BotTable::AccountNameColumn).data().toString());
    QVERIFY(names.contains(QStringLiteral("Zoë_Streams0")));
    QVERIFY(names.contains(QStringLiteral("zoe alpha0")));
    QVERIFY(!names.contains(QStringLiteral("Bob0")));
    m_model->setSearchText(QStringLiteral("  ÅLICE "));
    QVERIFY(m_model->rowCount() > 0);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QVERIFY(m_model->index(r, 0).data().toString().startsWith(QStringLiteral("Ålice")));
    verifyAgainstReference();
}

void TestBotTableModel::search_matchesAccountIdSubstring()
{
    fill(*m_store, 30);
    m_model->setSearchText(QStringLiteral("8000-000000000017"));
    QCOMPARE(m_model->rowCount(), 1 + 17 % 5);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->index(r, BotTable::AccountIdColumn).data().toString(), uuid(17));
}

void TestBotTableModel::filter_platformAndStatusCombine()
{
    fill(*m_store, 60);
    m_model->setPlatformFilter(Platform::Kick);
    m_model->setStatusFilter(StatusFilter::Paused);
    QVERIFY(m_model->rowCount() > 0);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        QCOMPARE(index.data(BotTable::PlatformRole).toInt(), int(Platform::Kick));
        QCOMPARE(index.data(BotTable::StatusRole).toInt(), int(BotStatus::Paused));
    }
    verifyAgainstReference();
    m_model->setPlatformFilter(std::nullopt);
    verifyAgainstReference();
}

void TestBotTableModel::filter_staleFollowsThresholdAndNow()
{
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("old"), Platform::Twitch, BotStatus::Active, kNow - 150'000, 1),
         entry(2, QStringLiteral("fresh"), Platform::Twitch, BotStatus::Active, kNow - 10'000, 1),
         entry(3, QStringLiteral("paused"), Platform::Twitch, BotStatus::Paused, kNow - 900'000,
               1)});
    m_model->setStatusFilter(StatusFilter::Stale);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("old"));
    QVERIFY(m_model->index(0, 0).data(BotTable::StaleRole).toBool());
    QCOMPARE(m_model->counts().stale, 1);

    m_model->setStaleThresholdMs(200'000);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setNow(kNow + 60'000); // "old" is now 210 s behind
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setStaleThresholdMs(30'000);
    QCOMPARE(m_model->rowCount(), 2); // "fresh" is 70 s behind
    verifyAgainstReference();
}

void TestBotTableModel::sort_tiesBrokenByKeyInBothOrders()
{
    fill(*m_store, 80);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_model->sort(BotTable::PlatformColumn, order);
        for (int r = 1; r < m_model->rowCount(); ++r) {
            const int pa = m_model->index(r - 1, 0).data(BotTable::PlatformRole).toInt();
            const int pb = m_model->index(r, 0).data(BotTable::PlatformRole).toInt();
            QVERIFY(order == Qt::AscendingOrder ? pa <= pb : pa >= pb);
            if (pa == pb) {
                QVERIFY(keyText(*m_store, m_model->storeRowForRow(r - 1))
                        < keyText(*m_store, m_model->storeRowForRow(r)));
            }
        }
        verifyAgainstReference();
    }
}

void TestBotTableModel::sort_switchingBackGivesSameOrder()
{
    fill(*m_store, 80);
    m_model->sort(BotTable::StatusColumn);
    std::vector<qsizetype> first;
    for (int r = 0; r < m_model->rowCount(); ++r)
        first.push_back(m_model->storeRowForRow(r));
    m_model->sort(BotTable::AccountNameColumn, Qt::DescendingOrder);
    m_model->sort(BotTable::StatusColumn);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->storeRowForRow(r), first[size_t(r)]);
}

void TestBotTableModel::selection_staysOnSameBotThroughSortFilterAndUpdates()
{
    fill(*m_store, 100);
    m_model->sort(BotTable::AccountNameColumn);
    QItemSelectionModel selection(m_model.get());
    const BotKey a = m_model->keyForRow(3);
    const BotKey b = m_model->keyForRow(40);
    const BotKey current = m_model->keyForRow(17);
    selection.select(m_model->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(m_model->index(40, 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_model->index(17, 2), QItemSelectionModel::NoUpdate);
    const QSet<BotKey> expected {a, b};

    const auto check = [&](const char *when) {
        QVERIFY2(selectedKeys(selection) == expected, when);
        QVERIFY2(m_model->keyForRow(selection.currentIndex().row()) == current, when);
        QCOMPARE(selection.currentIndex().column(), 2);
    };
    m_model->sort(BotTable::StatusColumn, Qt::DescendingOrder);
    check("sort");
    m_model->sort(BotTable::LastHeartbeatColumn);
    check("sort again");
    m_model->setSearchText(QStringLiteral("0000-"));
    check("filter that keeps them");

    // One status change: a row move.
    m_model->sort(BotTable::StatusColumn);
    const auto bump = [&](const BotKey &key, BotStatus status, TimestampMs at) {
        BotStatusEntry e = m_store->entryAt(m_store->rowForKey(key));
        e.status = status;
        e.updatedAt = at;
        return e;
    };
    const auto statusOf = [&](const BotKey &key) {
        return m_store->row(m_store->rowForKey(key)).status;
    };
    const BotStatus other =
        statusOf(a) == BotStatus::Paused ? BotStatus::Active : BotStatus::Paused;
    m_store->applyEvents({bump(a, other, 100)});
    m_store->flush();
    check("one row moved");

    // Many changes: a layout change.
    QList<BotStatusEntry> batch;
    for (qsizetype r = 0; r < m_store->rowCount(); r += 3) {
        BotStatusEntry e = m_store->entryAt(r);
        e.status = BotStatus((int(e.status) + 1) % 3);
        e.updatedAt = 200;
        batch.append(e);
    }
    batch.append(bump(
        b, statusOf(b) == BotStatus::Active ? BotStatus::NoConnection : BotStatus::Active, 201));
    m_store->applyEvents(batch);
    m_store->flush();
    check("many rows moved");
    verifyAgainstReference();
    const QList<BotKey> keys = m_model->keysForIndexes(selection.selectedIndexes());
    QCOMPARE(QSet<BotKey>(keys.begin(), keys.end()), expected);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(m_model->indexForKey(current, 2), QModelIndex(selection.currentIndex()));
}

void TestBotTableModel::updates_manyEventsForOneRow_oneDataChangedPerFlush()
{
    fill(*m_store, 20);
    m_model->sort(BotTable::AccountNameColumn);
    const qsizetype storeRow = 5;
    BotStatusEntry e = m_store->entryAt(storeRow);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    for (int i = 0; i < 25; ++i) {
        e.lastHeartbeatAt = kNow - i;
        e.updatedAt = 10 + i;
        m_store->applyEvents({e});
    }
    QCOMPARE(changed.count(), 0);
    m_store->flush();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(layout.count(), 0);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(m_model->storeRowForRow(topLeft.row()), storeRow);
    QCOMPARE(bottomRight.row(), topLeft.row());
    QCOMPARE(topLeft.column(), int(BotTable::LastHeartbeatColumn));
    QCOMPARE(bottomRight.column(), int(BotTable::LastHeartbeatColumn));
}

void TestBotTableModel::updates_singleStatusChange_isOneRowMove()
{
    fill(*m_store, 60);
    m_model->sort(BotTable::StatusColumn);
    const int row = 0; // an Active row, moving behind the others
    const BotKey key = m_model->keyForRow(row);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QPersistentModelIndex persistent = m_model->index(row, 1);
    BotStatusEntry e = m_model->entryForRow(row);
    e.status = BotStatus::NoConnection;
    e.updatedAt = 50;
    m_store->applyEvents({e});
    m_store->flush();
    QCOMPARE(moved.count(), 1);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(m_model->keyForRow(persistent.row()), key);
    QCOMPARE(persistent.column(), 1);
    verifyAgainstReference();
}

void TestBotTableModel::updates_manyStatusChanges_areOneLayoutChange()
{
    fill(*m_store, 60);
    m_model->sort(BotTable::StatusColumn, Qt::DescendingOrder);
    m_model->setStatusFilter(StatusFilter::Active);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QList<BotStatusEntry> batch;
    for (qsizetype r = 0; r < m_store->rowCount(); r += 2) {
        BotStatusEntry e = m_store->entryAt(r);
        e.status = BotStatus((int(e.status) + 1) % 3);
        e.updatedAt = 77;
        batch.append(e);
    }
    m_store->applyEvents(batch);
    m_store->flush();
    QCOMPARE(layout.count(), 1);
    QCOMPARE(removed.count(), 0);
    verifyAgainstReference();
}

void TestBotTableModel::updates_leavingStatusFilter_removesRow()
{
    fill(*m_store, 40);
    m_model->setStatusFilter(StatusFilter::Paused);
    const int before = m_model->rowCount();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy countsChanged(m_model.get(), &BotTableModel::countsChanged);
    BotStatusEntry e = m_model->entryForRow(2);
    e.status = BotStatus::Active;
    e.updatedAt = 9;
    m_store->applyEvents({e});
    m_store->flush();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(countsChanged.count(), 1);
    QCOMPARE(m_model->counts().paused, before - 1);
}

void TestBotTableModel::updates_outOfOrderEvent_isIgnored()
{
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 100)});
    m_store->applyEvents(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, kNow, 300),
         entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 200)});
    m_store->flush();
    QCOMPARE(m_model->index(0, BotTable::StatusColumn).data(BotTable::StatusRole).toInt(),
             int(BotStatus::Paused));
    QCOMPARE(m_model->index(0, BotTable::StatusColumn).data().toString(), QStringLiteral("Paused"));
}

void TestBotTableModel::pending_isShownAndFailureRestoresServerState()
{
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    const BotKey key = m_model->keyForRow(0);
    QVERIFY(m_store->beginPending(key, PendingAction::Pause));
    m_store->flush();
    const QModelIndex status = m_model->index(0, BotTable::StatusColumn);
    QCOMPARE(status.data(BotTable::PendingRole).toInt(), int(PendingAction::Pause));
    QCOMPARE(status.data(BotTable::StatusRole).toInt(), int(BotStatus::Paused));
    QCOMPARE(status.data(BotTable::ServerStatusRole).toInt(), int(BotStatus::Active));
    QCOMPARE(m_model->index(0, BotTable::ActionColumn).data().toString(),
             QStringLiteral("Pausing…"));
    m_store->failPending(key);
    m_store->flush();
    QCOMPARE(status.data(BotTable::PendingRole).toInt(), int(PendingAction::None));
    QCOMPARE(status.data(BotTable::StatusRole).toInt(), int(BotStatus::Active));
    QCOMPARE(status.data(BotTable::ActionRole).toInt(), int(BotAction::Pause));
}

void TestBotTableModel::highlight_lastsForTheHighlightDuration()
{
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    const QModelIndex index = m_model->index(0, 0);
    QVERIFY(!index.data(BotTable::HighlightRole).toBool());
    m_store->applyEvents(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, kNow, 2)});
    m_store->flush();
    m_model->setNow(kNow + 1000);
    QVERIFY(index.data(BotTable::HighlightRole).toBool());
    QCOMPARE(index.data(BotTable::ChangedAtMsRole).toLongLong(), kNow);
    m_model->setNow(kNow + 5000);
    QVERIFY(!index.data(BotTable::HighlightRole).toBool());
}

void TestBotTableModel::counts_describeVisibleSet()
{
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 1),
         entry(1, QStringLiteral("a"), Platform::Kick, BotStatus::Active, kNow - 500'000, 1),
         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Paused, kNow, 1),
         entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::NoConnection, kNow, 1)});
    QSignalSpy spy(m_model.get(), &BotTableModel::countsChanged);
    auto counts = m_model->counts();
    QCOMPARE(counts.visible, 4);
    QCOMPARE(counts.total, 4);
    QCOMPARE(counts.active, 2);
    QCOMPARE(counts.stale, 1);
    QCOMPARE(counts.paused, 1);
    QCOMPARE(counts.noConnection, 1);
    m_model->setPlatformFilter(Platform::Twitch);
    QCOMPARE(spy.count(), 1);
    counts = m_model->counts();
    QCOMPARE(counts.visible, 3);
    QCOMPARE(counts.total, 4);
    QCOMPARE(counts.active, 1);
    QCOMPARE(counts.stale, 0);
}

void TestBotTableModel::heartbeat_relativeTextAndExactTooltip()
{
    const TimestampMs threeHours = kNow - 3 * 3600 * 1000 - 5000;
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow - 12'400, 1),
         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, threeHours, 1),
         entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::Active, kNoTimestamp, 1),
         entry(4, QStringLiteral("d"), Platform::Twitch, BotStatus::Active, kNow - 125'000, 1)});
    const auto text = [&](int row) {
        return m_model->index(row, BotTable::LastHeartbeatColumn).data().toString();
    };
    QCOMPARE(text(0), QStringLiteral("12 s ago"));
    QCOMPARE(text(1), QStringLiteral("3 h ago"));
    QCOMPARE(text(2), QStringLiteral("never"));
    QCOMPARE(text(3), QStringLiteral("2 min ago"));
    QCOMPARE(m_model->index(1, BotTable::LastHeartbeatColumn).data(Qt::ToolTipRole).toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(threeHours), QLocale::LongFormat));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(kNow + 60'000);
    QCOMPARE(changed.count(), 1); // one signal for all rows; the view repaints what it shows
    QCOMPARE(text(0), QStringLiteral("1 min ago"));
}

void TestBotTableModel::tick_visibleRange_announcesOnlyThoseRowsAndTimeColumns()
{
    fill(*m_store, 30);
    QVERIFY(m_model->rowCount() > 20);
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(kNow + 1000, 5, 12);
    QCOMPARE(spy.count(), 1);
    auto topLeft = spy.at(0).at(0).toModelIndex();
    auto bottomRight = spy.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 5);
    QCOMPARE(topLeft.column(), int(BotTable::StatusColumn));
    QCOMPARE(bottomRight.row(), 12);
    QCOMPARE(bottomRight.column(), int(BotTable::LastHeartbeatColumn));
    const auto roles = spy.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(BotTable::StaleRole));

    // Clamped to the rows there are; an empty range announces nothing.
    spy.clear();
    m_model->setNow(kNow + 2000, -4, 100'000);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(spy.at(0).at(1).toModelIndex().row(), m_model->rowCount() - 1);
    spy.clear();
    m_model->setNow(kNow + 3000, 7, 6);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_model->now(), kNow + 3000);

    // The old form still announces every row.
    m_model->setNow(kNow + 4000);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(spy.at(0).at(1).toModelIndex(),
             m_model->index(m_model->rowCount() - 1, BotTable::ColumnCount - 1));
}

void TestBotTableModel::tick_highlightEnding_repaintsWholeRows()
{
    m_model->setHighlightDurationMs(3000);
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 1),
         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    m_store->applyEvents(
        {entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Paused, kNow, 2)});
    m_store->flush();
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(kNow + 1000, 0, 1); // still highlighted: time columns only
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex().column(), int(BotTable::StatusColumn));
    spy.clear();
    m_model->setNow(kNow + 4000, 0, 1); // the highlight ends: whole rows
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(spy.at(0).at(1).toModelIndex().column(), BotTable::ColumnCount - 1);
    QVERIFY(!m_model->index(1, 0).data(BotTable::HighlightRole).toBool());
}

void TestBotTableModel::tick_staleness_followsTimeAndHeartbeats()
{
    // Threshold 120 s. "a" turns stale after kNow + 20 s, "b" after + 60 s.
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow - 100'000, 1),
         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, kNow - 60'000, 1),
         entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::Paused, kNow - 900'000, 1)});
    m_model->setNow(kNow, 0, 2);
    QCOMPARE(m_model->counts().stale, 0);
    m_model->setNow(kNow + 20'000, 0, 2);
    QCOMPARE(m_model->counts().stale, 0); // exactly at the threshold: not yet
    m_model->setNow(kNow + 20'001, 0, 2);
    QCOMPARE(m_model->counts().stale, 1);
    verifyAgainstReference();

    // A heartbeat moves "b" later; a new row with an old heartbeat comes due
    // sooner than anything known at the last tick.
    m_store->applyEvents(
        {entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, kNow + 20'001, 2),
         entry(4, QStringLiteral("d"), Platform::Twitch, BotStatus::Active, kNow - 99'000, 1)});
    m_store->flush();
    QCOMPARE(m_model->counts().stale, 1);
    m_model->setStatusFilter(StatusFilter::Stale);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setNow(kNow + 21'000, 0, 0);
    QCOMPARE(m_model->counts().stale, 1);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setNow(kNow + 21'001, 0, 0); // "d" is 120.001 s behind
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->counts().stale, 2);
    verifyAgainstReference();
    m_model->setNow(kNow + 100'000, 0, 10); // "b" is 79.999 s behind: fresh
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setNow(kNow + 140'002, 0, 10);
    QCOMPARE(m_model->rowCount(), 3);
    verifyAgainstReference();

    // Back in time: rows become fresh again.
    m_model->setNow(kNow, 0, 10);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->counts().stale, 0);
    verifyAgainstReference();
}

QTEST_GUILESS_MAIN(TestBotTableModel)
#include "TestBotTableModel.moc"
