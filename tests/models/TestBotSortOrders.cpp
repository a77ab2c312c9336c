#include "BotTestData.h"

#include "models/bots/BotSortOrders.h"
#include "models/bots/BotStore.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace BotTestData;

namespace {
constexpr TimestampMs kNow = 1'700'000'000'000;

const QStringList kNames = {
    QStringLiteral("Zoë"), QStringLiteral("zoe"), QStringLiteral("Bob"),    QStringLiteral("Ålice"),
    QStringLiteral("MAX"), QStringLiteral("max"), QStringLiteral("Łukasz"), QStringLiteral("alice"),
};

QString nameOf(int account, int version = 0)
{
    return kNames.at((account + version) % kNames.size());
}

// The order every column must give, from plain comparisons: the column's
// value (names folded, then raw, then by ID), ties by key ascending in both
// directions; -1 is store order, reversed when descending.
std::vector<quint32> referenceOrder(const BotStore &store, int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    std::vector<quint32> rows(size_t(store.rowCount()));
    for (quint32 r = 0; r < rows.size(); ++r)
        rows[r] = r;
    if (column < 0) {
        if (descending)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }
    const auto keyText = [&store](quint32 r) -> QString {
        return store.accountIdText(r) + QLatin1Char('/')
            + QString::number(int(store.row(r).platform));
    };
    const auto compareValue = [&](quint32 a, quint32 b) -> int {
        const BotStore::Row &ra = store.row(a);
        const BotStore::Row &rb = store.row(b);
        const auto cmp = [](const auto &x, const auto &y) {
            return x == y ? 0 : (x < y ? -1 : 1);
        };
        switch (column) {
        case BotTable::AccountNameColumn:
            if (int c = cmp(store.foldedName(ra.account).toByteArray(),
                            store.foldedName(rb.account).toByteArray()))
                return c;
            if (int c = cmp(store.nameUtf8(ra.account).toByteArray(),
                            store.nameUtf8(rb.account).toByteArray()))
                return c;
            return cmp(store.accountIdText(a), store.accountIdText(b));
        case BotTable::AccountIdColumn:
            return cmp(store.accountIdText(a), store.accountIdText(b));
        case BotTable::PlatformColumn:
            return cmp(int(ra.platform), int(rb.platform));
        case BotTable::StatusColumn:
        case BotTable::ActionColumn:
            return cmp(int(ra.status), int(rb.status));
        case BotTable::LastHeartbeatColumn:
            return cmp(ra.lastHeartbeatAt, rb.lastHeartbeatAt);
        default:
            return 0;
        }
    };
    std::sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
        const int c = compareValue(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return keyText(a) < keyText(b);
    });
    return rows;
}

std::vector<quint32> walked(const BotSortOrders &orders)
{
    std::vector<quint32> rows;
    orders.walk([&rows](quint32 r) { rows.push_back(r); });
    return rows;
}

QList<BotStatusEntry> randomPage(QRandomGenerator &rng, int firstAccount, int accounts,
                                 TimestampMs updatedAt)
{
    QList<BotStatusEntry> page;
    for (int a = firstAccount; a < firstAccount + accounts; ++a) {
        for (int p = 0; p < kKnownPlatformCount; ++p) {
            if (rng.bounded(3) == 0)
                continue;
            // Few distinct heartbeats, so equal values (ties) are common.
            const TimestampMs heartbeat =
                rng.bounded(8) == 0 ? kNoTimestamp : kNow - 1000 * rng.bounded(6);
            page.append(
                entry(a, nameOf(a), Platform(p), BotStatus(rng.bounded(4)), heartbeat, updatedAt));
        }
    }
    return page;
}
} // namespace

class TestBotSortOrders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setSort_takesColumnsAndStoreOrder_refusesOthersAndRepeats();
    void walk_everyColumnAndOrder_matchesReference_data();
    void walk_everyColumnAndOrder_matchesReference();
    void less_agreesWithWalk();
    void walk_afterStatusAndHeartbeatChanges_isRepairedToTheFullOrder();
    void walk_newAccountsAndRenames_areRankedIn();
    void moves_onlyForFieldsOfTheSortedColumn();
    void clear_forgetsTheOldStore();

private:
    void compareWalk(int column, Qt::SortOrder order);

    std::unique_ptr<BotStore> m_store;
    std::unique_ptr<BotSortOrders> m_orders;
};

void TestBotSortOrders::init()
{
    m_store = std::make_unique<BotStore>();
    m_store->setClock([] { return kNow; });
    m_orders = std::make_unique<BotSortOrders>(*m_store);
    // The model's wiring: per-row state grows first, then the flush is noted.
    connect(m_store.get(), &BotStore::changed, this, [this](const BotStore::Changes &changes) {
        m_orders->grow(size_t(m_store->rowCount()), size_t(m_store->rowCapacity()));
        m_orders->noteChanges(changes);
    });
}

void TestBotSortOrders::cleanup()
{
    m_orders.reset();
    m_store.reset();
}

void TestBotSortOrders::compareWalk(int column, Qt::SortOrder order)
{
    m_orders->setSort(column, order);
    m_orders->prepare();
    const std::vector<quint32> expected = referenceOrder(*m_store, column, order);
    const std::vector<quint32> actual = walked(*m_orders);
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        if (actual[i] != expected[i]) {
            QFAIL(
                qPrintable(QStringLiteral("position %1: row %2, expected %3 (column %4, %5)")
                               .arg(i)
                               .arg(actual[i])
                               .arg(expected[i])
                               .arg(column)
                               .arg(QLatin1String(order == Qt::AscendingOrder ? "asc" : "desc"))));
        }
    }
}

void TestBotSortOrders::setSort_takesColumnsAndStoreOrder_refusesOthersAndRepeats()
{
    QCOMPARE(m_orders->column(), -1);
    QCOMPARE(m_orders->order(), Qt::AscendingOrder);
    QVERIFY(!m_orders->setSort(-1, Qt::AscendingOrder));
    QVERIFY(!m_orders->setSort(-2, Qt::AscendingOrder));
    QVERIFY(!m_orders->setSort(BotTable::ColumnCount, Qt::AscendingOrder));
    QVERIFY(m_orders->setSort(BotTable::StatusColumn, Qt::AscendingOrder));
    QVERIFY(!m_orders->setSort(BotTable::StatusColumn, Qt::AscendingOrder));
    QVERIFY(m_orders->setSort(BotTable::StatusColumn, Qt::DescendingOrder));
    QCOMPARE(m_orders->column(), int(BotTable::StatusColumn));
    QCOMPARE(m_orders->order(), Qt::DescendingOrder);
    QVERIFY(m_orders->setSort(-1, Qt::DescendingOrder));
}

void TestBotSortOrders::walk_everyColumnAndOrder_matchesReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = -1; column < BotTable::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                << column << order;
        }
    }
}

void TestBotSortOrders::walk_everyColumnAndOrder_matchesReference()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QRandomGenerator rng(7);
    m_store->mergeSnapshot(randomPage(rng, 0, 120, 1));
    m_store->flush();
    compareWalk(column, order);
}

void TestBotSortOrders::less_agreesWithWalk()
{
    QRandomGenerator rng(8);
    m_store->mergeSnapshot(randomPage(rng, 0, 60, 1));
    m_store->flush();
    for (int column = -1; column < BotTable::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_orders->setSort(column, order);
            m_orders->prepare();
            const std::vector<quint32> rows = walked(*m_orders);
            for (size_t i = 1; i < rows.size(); ++i) {
                QVERIFY(m_orders->less(rows[i - 1], rows[i]));
                QVERIFY(!m_orders->less(rows[i], rows[i - 1]));
            }
        }
    }
}

// Rows whose status or heartbeat changed are merged back into the kept
// order; a key not in use drops its order once too much of it drifted.
void TestBotSortOrders::walk_afterStatusAndHeartbeatChanges_isRepairedToTheFullOrder()
{
    QRandomGenerator rng(9);
    m_store->mergeSnapshot(randomPage(rng, 0, 150, 1));
    m_store->flush();
    // Build every order once so each has something to repair.
    for (int column = 0; column < BotTable::ColumnCount; ++column)
        compareWalk(column, Qt::AscendingOrder);

    TimestampMs updatedAt = 10;
    const int columns[] = {BotTable::StatusColumn, BotTable::LastHeartbeatColumn,
                           BotTable::PlatformColumn};
    for (int round = 0; round < 30; ++round) {
        QList<BotStatusEntry> events;
        const int n = rng.bounded(2) ? rng.bounded(1, 5) : rng.bounded(40, 300);
        for (int i = 0; i < n; ++i) {
            const qsizetype r = rng.bounded(int(m_store->rowCount()));
            BotStatusEntry e = m_store->entryAt(r);
            e.status = BotStatus(rng.bounded(4));
            e.lastHeartbeatAt = kNow - 1000 * rng.bounded(6);
            e.updatedAt = ++updatedAt;
            events.append(e);
        }
        m_store->applyEvents(events);
        m_store->flush();
        const int column = columns[rng.bounded(3)];
        compareWalk(column, rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
}

void TestBotSortOrders::walk_newAccountsAndRenames_areRankedIn()
{
    QRandomGenerator rng(10);
    m_store->mergeSnapshot(randomPage(rng, 0, 80, 1));
    m_store->flush();
    compareWalk(BotTable::AccountNameColumn, Qt::AscendingOrder);
    compareWalk(BotTable::AccountIdColumn, Qt::DescendingOrder);

    // A few new accounts are merged into the ranks, many are re-sorted.
    m_store->applyEvents(randomPage(rng, 80, 5, 2));
    m_store->flush();
    compareWalk(BotTable::AccountNameColumn, Qt::DescendingOrder);
    compareWalk(BotTable::AccountIdColumn, Qt::AscendingOrder);
    m_store->applyEvents(randomPage(rng, 85, 200, 2));
    m_store->flush();
    compareWalk(BotTable::AccountNameColumn, Qt::AscendingOrder);

    // Renames while sorted by name and while sorted by something else.
    const auto rename = [this](quint32 first, quint32 step, const QString &prefix,
                               TimestampMs updatedAt) {
        QList<BotStatusEntry> renames;
        for (quint32 a = first; a < quint32(m_store->accountCount()); a += step) {
            for (quint32 r : m_store->account(a).rows) {
                if (r == BotStore::kNoRow)
                    continue;
                BotStatusEntry e = m_store->entryAt(r);
                e.accountName = prefix + QString::number(a % 7);
                e.updatedAt = updatedAt;
                renames.append(e);
                break;
            }
        }
        m_store->applyEvents(renames);
        m_store->flush();
    };
    rename(0, 3, QStringLiteral("Zoë"), 3);
    compareWalk(BotTable::AccountNameColumn, Qt::AscendingOrder);
    m_orders->setSort(BotTable::StatusColumn, Qt::AscendingOrder);
    m_orders->prepare();
    rename(1, 4, QStringLiteral("ärger"), 4);
    compareWalk(BotTable::AccountNameColumn, Qt::DescendingOrder);
}

void TestBotSortOrders::moves_onlyForFieldsOfTheSortedColumn()
{
    const quint8 status = BotStore::StatusField;
    const quint8 heartbeat = BotStore::HeartbeatField;
    const quint8 name = BotStore::NameField;
    const quint8 pending = BotStore::PendingField;
    const quint8 all = status | heartbeat | name | pending;

    QVERIFY(!m_orders->moves(all)); // store order
    m_orders->setSort(BotTable::StatusColumn, Qt::AscendingOrder);
    QVERIFY(m_orders->moves(status));
    QVERIFY(!m_orders->moves(heartbeat | name | pending));
    m_orders->setSort(BotTable::ActionColumn, Qt::DescendingOrder);
    QVERIFY(m_orders->moves(status));
    m_orders->setSort(BotTable::LastHeartbeatColumn, Qt::AscendingOrder);
    QVERIFY(m_orders->moves(heartbeat));
    QVERIFY(!m_orders->moves(status | name | pending));
    m_orders->setSort(BotTable::AccountNameColumn, Qt::AscendingOrder);
    QVERIFY(m_orders->moves(name));
    QVERIFY(!m_orders->moves(status | heartbeat | pending));
    m_orders->setSort(BotTable::AccountIdColumn, Qt::AscendingOrder);
    QVERIFY(!m_orders->moves(all));
    m_orders->setSort(BotTable::PlatformColumn, Qt::AscendingOrder);
    QVERIFY(!m_orders->moves(all));
}

void TestBotSortOrders::clear_forgetsTheOldStore()
{
    QRandomGenerator rng(11);
    m_store->mergeSnapshot(randomPage(rng, 0, 50, 1));
    m_store->flush();
    compareWalk(BotTable::AccountNameColumn, Qt::AscendingOrder);
    compareWalk(BotTable::StatusColumn, Qt::AscendingOrder);
    QVERIFY(m_orders->memoryUsage() > 0);

    m_store->clear();
    m_orders->clear();
    m_store->mergeSnapshot(randomPage(rng, 100, 30, 1));
    m_store->flush();
    compareWalk(BotTable::StatusColumn, Qt::DescendingOrder);
    compareWalk(BotTable::AccountNameColumn, Qt::AscendingOrder);
}

QTEST_GUILESS_MAIN(TestBotSortOrders)
#include "TestBotSortOrders.moc"
