#include "BotTestData.h"

#include "models/bots/BotQuery.h"
#include "models/bots/BotRowData.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableTexts.h"
#include "models/watch/WatchList.h"

#include <QSet>
#include <QTest>

using namespace BotTestData;
using namespace BotTable;

namespace {
constexpr TimestampMs kNow = 1'700'000'000'000;
} // namespace

// What one row answers per column and role, read straight from the store
// and the query: no model, no permutation.
class TestBotRowData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void display_everyColumn();
    void rawRoles_areTheStoreValues();
    void pending_showsOptimisticStatusAndServerStatus();
    void stale_followsTheQuery();
    void highlight_lastsForTheHighlightDuration();
    void toolTips_onlyWhereTheyHaveSomethingToSay();
    void watch_markAndToolTipFollowTheWatchList();
    void accessibleText_isTheWholeRow();
    void roleNames_everyRoleOnceWithDistinctNames();
    void unknownRoleOrColumn_isInvalid();

private:
    qsizetype rowOf(int account, Platform platform) const
    {
        return m_store->rowForKey({uuid(account), platform});
    }

    std::unique_ptr<BotStore> m_store;
    std::unique_ptr<BotQuery> m_query;
    std::unique_ptr<BotRowData> m_data;
};

void TestBotRowData::init()
{
    m_store = std::make_unique<BotStore>();
    m_store->setClock([] { return kNow - 1000; });
    m_store->mergeSnapshot(
        {entry(1, QStringLiteral("Zoë"), Platform::Twitch, BotStatus::Active, kNow - 5000, 7),
         entry(1, QStringLiteral("Zoë"), Platform::Kick, BotStatus::Active, kNow - 300'000, 7),
         entry(2, QStringLiteral("Bob"), Platform::YouTube, BotStatus::Paused, kNoTimestamp, 8),
         entry(3, QStringLiteral("Max"), Platform::Trovo, BotStatus::NoConnection, kNow, 9)});
    m_store->flush();
    m_query = std::make_unique<BotQuery>(*m_store, kNow);
    m_data = std::make_unique<BotRowData>(*m_store, *m_query);
}

void TestBotRowData::cleanup()
{
    m_data.reset();
    m_query.reset();
    m_store.reset();
}

void TestBotRowData::display_everyColumn()
{
    const qsizetype zoe = rowOf(1, Platform::Twitch);
    const auto display = [&](qsizetype row, int column) {
        return m_data->data(row, column, Qt::DisplayRole);
    };
    QCOMPARE(display(zoe, AccountNameColumn).toString(), QStringLiteral("Zoë"));
    QCOMPARE(display(zoe, AccountIdColumn).toString(), uuid(1));
    QCOMPARE(display(zoe, PlatformColumn).toString(), QStringLiteral("Twitch"));
    QCOMPARE(display(zoe, StatusColumn).toString(), QStringLiteral("Active"));
    QCOMPARE(display(zoe, LastHeartbeatColumn).toString(), QStringLiteral("5 s ago"));
    QCOMPARE(display(zoe, ActionColumn).toString(), QStringLiteral("Pause"));
    const qsizetype bob = rowOf(2, Platform::YouTube);
    QCOMPARE(display(bob, LastHeartbeatColumn).toString(), QStringLiteral("never"));
    QCOMPARE(display(bob, ActionColumn).toString(), QStringLiteral("Resume"));
    const QVariant none = display(rowOf(3, Platform::Trovo), ActionColumn);
    QVERIFY(none.isValid()); // an empty cell, not a missing value
    QVERIFY(none.toString().isEmpty());
}

void TestBotRowData::rawRoles_areTheStoreValues()
{
    const qsizetype bob = rowOf(2, Platform::YouTube);
    QCOMPARE(m_data->data(bob, 0, StatusRole).toInt(), int(BotStatus::Paused));
    QCOMPARE(m_data->data(bob, 0, ServerStatusRole).toInt(), int(BotStatus::Paused));
    QCOMPARE(m_data->data(bob, 0, PlatformRole).toInt(), int(Platform::YouTube));
    QCOMPARE(m_data->data(bob, 0, HeartbeatMsRole).toLongLong(), kNoTimestamp);
    QCOMPARE(m_data->data(bob, 0, UpdatedAtMsRole).toLongLong(), 8);
    QCOMPARE(m_data->data(bob, 0, PendingRole).toInt(), int(PendingAction::None));
    QCOMPARE(m_data->data(bob, 0, ActionRole).toInt(), int(BotAction::Resume));
    QCOMPARE(m_data->data(bob, 0, KeyRole).value<BotKey>(), m_store->keyAt(bob));
    QCOMPARE(m_data->data(bob, 0, AccountIdRole).toString(), uuid(2));
    QCOMPARE(m_data->data(bob, 0, AccountNameRole).toString(), QStringLiteral("Bob"));
    QCOMPARE(m_data->data(bob, 0, ChangedAtMsRole).toLongLong(), m_store->row(bob).changedAt);
    QCOMPARE(m_data->data(rowOf(3, Platform::Trovo), 0, ActionRole).toInt(), int(BotAction::None));
}

void TestBotRowData::pending_showsOptimisticStatusAndServerStatus()
{
    const qsizetype zoe = rowOf(1, Platform::Twitch);
    QVERIFY(m_store->beginPending(m_store->keyAt(zoe), PendingAction::Pause));
    m_store->flush();
    QCOMPARE(m_data->data(zoe, 0, StatusRole).toInt(), int(BotStatus::Paused));
    QCOMPARE(m_data->data(zoe, 0, ServerStatusRole).toInt(), int(BotStatus::Active));
    QCOMPARE(m_data->data(zoe, 0, PendingRole).toInt(), int(PendingAction::Pause));
    QCOMPARE(m_data->data(zoe, ActionColumn, Qt::DisplayRole).toString(),
             QStringLiteral("Pausing…"));
}

void TestBotRowData::stale_followsTheQuery()
{
    const qsizetype fresh = rowOf(1, Platform::Twitch);
    const qsizetype old = rowOf(1, Platform::Kick);
    QCOMPARE(m_data->data(fresh, 0, StaleRole).toBool(), false);
    QCOMPARE(m_data->data(old, 0, StaleRole).toBool(), true);
    m_query->setStaleThresholdMs(1000);
    QCOMPARE(m_data->data(fresh, 0, StaleRole).toBool(), true);
    m_query->setStaleThresholdMs(600'000);
    QCOMPARE(m_data->data(old, 0, StaleRole).toBool(), false);
    m_query->setNow(kNow + 600'000);
    QCOMPARE(m_data->data(old, 0, StaleRole).toBool(), true);
}

void TestBotRowData::highlight_lastsForTheHighlightDuration()
{
    const qsizetype zoe = rowOf(1, Platform::Twitch);
    QCOMPARE(m_data->data(zoe, 0, HighlightRole).toBool(), false); // loaded, not news
    // A live status change is stamped with the store's clock, kNow - 1000.
    m_store->applyEvents(
        {entry(1, QStringLiteral("Zoë"), Platform::Twitch, BotStatus::Paused, kNow, 20)});
    m_store->flush();
    QCOMPARE(m_store->row(zoe).changedAt, kNow - 1000);
    QCOMPARE(m_data->data(zoe, 0, HighlightRole).toBool(), true);
    m_data->setHighlightDurationMs(1000);
    QCOMPARE(m_data->data(zoe, 0, HighlightRole).toBool(), false);
    QVERIFY(m_data->isHighlighted(m_store->row(zoe), kNow - 1));
    QVERIFY(!m_data->isHighlighted(m_store->row(zoe), kNow));
    BotStore::Row never;
    QVERIFY(!m_data->isHighlighted(never, kNow));
}

void TestBotRowData::toolTips_onlyWhereTheyHaveSomethingToSay()
{
    const qsizetype fresh = rowOf(1, Platform::Twitch);
    const qsizetype old = rowOf(1, Platform::Kick);
    const qsizetype bob = rowOf(2, Platform::YouTube);
    QCOMPARE(m_data->data(bob, LastHeartbeatColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("No heartbeat received"));
    QCOMPARE(m_data->data(fresh, LastHeartbeatColumn, Qt::ToolTipRole).toString(),
             BotTableTexts::heartbeatToolTip(kNow - 5000));
    QCOMPARE(m_data->data(old, StatusColumn, Qt::ToolTipRole).toString(),
             BotTableTexts::staleToolTip(120'000));
    QVERIFY(!m_data->data(fresh, StatusColumn, Qt::ToolTipRole).isValid());
    QVERIFY(!m_data->data(fresh, AccountNameColumn, Qt::ToolTipRole).isValid());
    QVERIFY(!m_data->data(fresh, PlatformColumn, Qt::ToolTipRole).isValid());
}

void TestBotRowData::watch_markAndToolTipFollowTheWatchList()
{
    const qsizetype zoe = rowOf(1, Platform::Twitch);
    const BotKey key = m_store->keyAt(zoe);
    QCOMPARE(m_data->data(zoe, 0, WatchRole).toInt(), int(WatchState::None));
    WatchList watches(m_store.get());
    watches.setClock([] { return kNow; });
    m_data->setWatchList(&watches);
    QCOMPARE(m_data->watchList(), &watches);
    watches.setWatched({key}, true);
    QCOMPARE(m_data->data(zoe, 0, WatchRole).toInt(), int(WatchState::Watched));
    QCOMPARE(m_data->data(zoe, AccountNameColumn, Qt::ToolTipRole).toString(),
             BotTableTexts::watchToolTip(WatchState::Watched));
    QCOMPARE(m_data->data(rowOf(2, Platform::YouTube), 0, WatchRole).toInt(),
             int(WatchState::None));

    m_store->applyEvents(
        {entry(1, QStringLiteral("Zoë"), Platform::Twitch, BotStatus::Paused, kNow, 20)});
    m_store->flush();
    QVERIFY(watches.isFlagged(key));
    QCOMPARE(m_data->data(zoe, 0, WatchRole).toInt(), int(WatchState::Flagged));
    QVERIFY(m_data->data(zoe, 0, AccessibleTextRole)
                .toString()
                .endsWith(QStringLiteral("watched, changed since you looked")));

    m_data->setWatchList(nullptr);
    QCOMPARE(m_data->data(zoe, 0, WatchRole).toInt(), int(WatchState::None));
}

void TestBotRowData::accessibleText_isTheWholeRow()
{
    const qsizetype old = rowOf(1, Platform::Kick);
    const QString expected = QStringLiteral("Zoë on Kick: Active, last heartbeat 5 min ago, stale");
    QCOMPARE(m_data->data(old, StatusColumn, AccessibleTextRole).toString(), expected);
    QCOMPARE(m_data->data(old, PlatformColumn, Qt::AccessibleTextRole).toString(), expected);
}

void TestBotRowData::roleNames_everyRoleOnceWithDistinctNames()
{
    const QHash<int, QByteArray> names = BotRowData::roleNames();
    QCOMPARE(names.size(), WatchRole - StatusRole + 1);
    QSet<QByteArray> distinct;
    for (int role = StatusRole; role <= WatchRole; ++role) {
        QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
        distinct.insert(names.value(role));
    }
    QCOMPARE(distinct.size(), names.size());
    QCOMPARE(names.value(StaleRole), QByteArrayLiteral("stale"));
}

void TestBotRowData::unknownRoleOrColumn_isInvalid()
{
    QVERIFY(!m_data->data(0, 0, Qt::DecorationRole).isValid());
    QVERIFY(!m_data->data(0, 0, WatchRole + 1).isValid());
    QVERIFY(!m_data->data(0, ColumnCount, Qt::DisplayRole).isValid());
}

QTEST_GUILESS_MAIN(TestBotRowData)
#include "TestBotRowData.moc"
