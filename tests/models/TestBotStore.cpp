#include "BotTestData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/SearchFolding.h"

#include <QSignalSpy>
#include <QTest>

using namespace BotTestData;

class TestBotStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSnapshotPage_isAnnouncedAtOnce();
    void laterPages_areCoalescedUntilTheFrameTimer();
    void events_notNewerThanRow_areDropped();
    void manyEventsForOneRow_flushAsOneChange();
    void accountName_isStoredOncePerAccount();
    void rename_updatesNameAndSearchKey();
    void invalidEntries_areDroppedAndCounted();
    void pendingPause_showsPausedAndFailureRestoresServerState();
    void pending_secondToggleWhileInFlight_isRefused();
    void pending_confirmingEvent_settlesIt();
    void pending_serverAnswer_settlesIt();
    void noConnection_cannotBePausedOrReconnected();
    void statusChange_setsChangedAtFromClock();
    void foldForSearch_stripsAccentsAndCase();
    void memory_storeAndModel_under120BytesPerRow();
    void held_eventsWaitCoalescedAndReplayNewestWins();
    void held_ownActionsStillApply();
};

void TestBotStore::firstSnapshotPage_isAnnouncedAtOnce()
{
    BotStore store;
    QSignalSpy spy(&store, &BotStore::changed);
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Kick, BotStatus::Paused, 1, 1)});
    QCOMPARE(spy.count(), 1);
    const auto changes = spy.at(0).at(0).value<BotStore::Changes>();
    QCOMPARE(changes.firstAddedRow, 0u);
    QCOMPARE(changes.addedCount, 2u);
    QVERIFY(changes.rows.isEmpty());
}

void TestBotStore::laterPages_areCoalescedUntilTheFrameTimer()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QSignalSpy spy(&store, &BotStore::changed);
    store.mergeSnapshot({entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1)});
    store.mergeSnapshot({entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    const auto changes = spy.at(0).at(0).value<BotStore::Changes>();
    QCOMPARE(changes.firstAddedRow, 1u);
    QCOMPARE(changes.addedCount, 2u);
}

void TestBotStore::events_notNewerThanRow_areDropped()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 10, 100)});
    const BotKey key = BotKey::fromEntry(entry(1, {}, Platform::Twitch, {}, 0, 0));
    const qsizetype row = store.rowForKey(key);
    QCOMPARE(row, 0);

    store.applyEvents(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 20, 110),
         entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::NoConnection, 30, 105),
         entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 40, 110)});
    QCOMPARE(store.row(row).status, BotStatus::Paused);
    QCOMPARE(store.row(row).lastHeartbeatAt, 20);
    QCOMPARE(store.row(row).updatedAt, 110);
    QCOMPARE(store.stats().droppedOutOfOrder, 2u);
}

void TestBotStore::manyEventsForOneRow_flushAsOneChange()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 0, 0),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 0, 0)});
    QSignalSpy spy(&store, &BotStore::changed);
    for (int i = 1; i <= 50; ++i) {
        store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch,
                                 i % 2 ? BotStatus::Paused : BotStatus::Active, i, i)});
    }
    store.flush();
    QCOMPARE(spy.count(), 1);
    const auto changes = spy.at(0).at(0).value<BotStore::Changes>();
    QCOMPARE(changes.rows, QList<quint32>({0}));
    QVERIFY(changes.fields.at(0) & BotStore::StatusField);
    QVERIFY(changes.fields.at(0) & BotStore::HeartbeatField);
    QCOMPARE(changes.addedCount, 0u);
    store.flush();
    QCOMPARE(spy.count(), 1); // nothing new, nothing announced
}

void TestBotStore::accountName_isStoredOncePerAccount()
{
    BotStore store;
    QList<BotStatusEntry> page;
    for (int p = 0; p < kKnownPlatformCount; ++p)
        page.append(entry(7, QStringLiteral("Seven"), Platform(p), BotStatus::Active, 1, 1));
    store.mergeSnapshot(page);
    QCOMPARE(store.rowCount(), 5);
    QCOMPARE(store.accountCount(), 1);
    for (qsizetype r = 0; r < 5; ++r)
        QCOMPARE(store.accountName(r), QStringLiteral("Seven"));
    QCOMPARE(store.entryAt(4).accountId, uuid(7));
    QCOMPARE(store.entryAt(4).platform, Platform::Discord);
}

void TestBotStore::rename_updatesNameAndSearchKey()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("Old"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(1, QStringLiteral("Old"), Platform::Kick, BotStatus::Active, 1, 1)});
    QSignalSpy spy(&store, &BotStore::changed);
    store.applyEvents(
        {entry(1, QStringLiteral("Zoë New"), Platform::Twitch, BotStatus::Active, 1, 2)});
    store.flush();
    QCOMPARE(store.accountName(1), QStringLiteral("Zoë New"));
    QCOMPARE(store.foldedName(0), QByteArrayView("zoe new"));
    const auto changes = spy.at(0).at(0).value<BotStore::Changes>();
    QCOMPARE(changes.rows.size(), 2); // both rows of the account show the new name
    QVERIFY(changes.allFields & BotStore::NameField);
}

void TestBotStore::invalidEntries_areDroppedAndCounted()
{
    BotStore store;
    // IDs are opaque to the store (the decoders check their form); without
    // an ID, with one too long to keep whole, or without a platform there
    // is no key.
    BotStatusEntry noId = entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1);
    noId.accountId.clear();
    BotStatusEntry huge = noId;
    huge.accountId = QString(BotStore::kMaxIdLength + 1, u'a');
    store.mergeSnapshot({noId, huge,
                         entry(2, QStringLiteral("b"), Platform::Unknown, BotStatus::Active, 1, 1)});
    QCOMPARE(store.rowCount(), 0);
    QCOMPARE(store.stats().droppedInvalid, 3u);
}

void TestBotStore::pendingPause_showsPausedAndFailureRestoresServerState()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    const BotKey key = store.keyAt(0);
    QSignalSpy spy(&store, &BotStore::changed);
    QVERIFY(store.beginPending(key, PendingAction::Pause));
    QCOMPARE(store.row(0).status, BotStatus::Paused);
    QCOMPARE(store.row(0).serverStatus, BotStatus::Active);
    QCOMPARE(store.row(0).pending, PendingAction::Pause);
    store.failPending(key);
    QCOMPARE(store.row(0).status, BotStatus::Active);
    QCOMPARE(store.row(0).pending, PendingAction::None);
    store.flush();
    QCOMPARE(spy.count(), 1);
}

void TestBotStore::pending_secondToggleWhileInFlight_isRefused()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    const BotKey key = store.keyAt(0);
    QVERIFY(store.beginPending(key, PendingAction::Pause));
    // The row now shows Paused; a second click would otherwise send Resume.
    QVERIFY(!store.beginPending(key, PendingAction::Resume));
    QVERIFY(!store.beginPending(key, PendingAction::Pause));
    QCOMPARE(store.row(0).pending, PendingAction::Pause);
}

void TestBotStore::pending_confirmingEvent_settlesIt()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 1, 1)});
    const BotKey key = store.keyAt(0);
    QVERIFY(store.beginPending(key, PendingAction::Resume));
    // An unrelated heartbeat keeps it pending...
    store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 5, 2)});
    QCOMPARE(store.row(0).pending, PendingAction::Resume);
    QCOMPARE(store.row(0).status, BotStatus::Active);
    // ...the server's confirmation settles it.
    store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 6, 3)});
    QCOMPARE(store.row(0).pending, PendingAction::None);
    QCOMPARE(store.row(0).status, BotStatus::Active);
    QCOMPARE(store.row(0).serverStatus, BotStatus::Active);
    store.failPending(key); // a late failure no longer reverts anything
    QCOMPARE(store.row(0).status, BotStatus::Active);
}

void TestBotStore::pending_serverAnswer_settlesIt()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QVERIFY(store.beginPending(store.keyAt(0), PendingAction::Reconnect));
    QCOMPARE(store.row(0).status, BotStatus::Active);
    store.completePending(entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 9, 9));
    QCOMPARE(store.row(0).pending, PendingAction::None);
    QCOMPARE(store.row(0).lastHeartbeatAt, 9);
}

void TestBotStore::noConnection_cannotBePausedOrReconnected()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::NoConnection, 1, 1)});
    QVERIFY(!store.beginPending(store.keyAt(0), PendingAction::Pause));
    QVERIFY(!store.beginPending(store.keyAt(0), PendingAction::Resume));
    QVERIFY(!store.beginPending(store.keyAt(0), PendingAction::Reconnect));
    QCOMPARE(store.row(0).pending, PendingAction::None);
}

void TestBotStore::statusChange_setsChangedAtFromClock()
{
    BotStore store;
    store.setClock([] { return TimestampMs(5000); });
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.row(0).changedAt, kNoTimestamp); // loading is not news
    store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 2, 2)});
    QCOMPARE(store.row(0).changedAt, kNoTimestamp); // a heartbeat is not news either
    store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 2, 3)});
    QCOMPARE(store.row(0).changedAt, 5000);
}

void TestBotStore::foldForSearch_stripsAccentsAndCase()
{
    QCOMPARE(foldForSearch(u"Zoë_Streams"), QByteArray("zoe_streams"));
    QCOMPARE(foldForSearch(u"ÉCOLE Ñandú"), QByteArray("ecole nandu"));
    QCOMPARE(foldForSearch(u"Łódź Søren Straße"), QByteArray("lodz soren strasse"));
    QCOMPARE(foldForSearch(u"ABC-def"), QByteArray("abc-def"));
}

void TestBotStore::held_eventsWaitCoalescedAndReplayNewestWins()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Kick, BotStatus::Active, 1, 1)});
    QSignalSpy spy(&store, &BotStore::changed);
    store.setHeld(true);
    // Out of order on purpose: the newest of each bot wins on release.
    store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 9, 5),
                       entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::NoConnection,
                             kNoTimestamp, 3)});
    store.mergeSnapshot({entry(2, QStringLiteral("b"), Platform::Kick, BotStatus::Paused, 4, 4),
                         entry(3, QStringLiteral("c"), Platform::Trovo, BotStatus::Active, 4, 4)});
    store.flush();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(store.heldCount(), 3);
    QCOMPARE(store.rowCount(), 2); // the new bot waits too
    QCOMPARE(store.row(0).status, BotStatus::Active);
    QCOMPARE(store.row(1).status, BotStatus::Active);

    store.setHeld(false);
    QCOMPARE(store.heldCount(), 0);
    QCOMPARE(spy.count(), 1); // one flush for everything held
    QCOMPARE(store.row(0).status, BotStatus::Paused);
    QCOMPARE(store.row(0).updatedAt, 5);
    QCOMPARE(store.row(1).status, BotStatus::Paused);
    QCOMPARE(store.rowCount(), 3);
    const BotStore::Changes changes = spy.at(0).at(0).value<BotStore::Changes>();
    QCOMPARE(changes.rows.size(), 2);
    QCOMPARE(changes.addedCount, 1u);
}

void TestBotStore::held_ownActionsStillApply()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    const BotKey key = store.keyAt(0);
    store.setHeld(true);
    QVERIFY(store.beginPending(key, PendingAction::Pause));
    QCOMPARE(store.row(0).status, BotStatus::Paused);
    // The server's answer to the operator's own action is not news to hold.
    store.completePending(entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 1, 2));
    QCOMPARE(store.row(0).pending, PendingAction::None);
    QCOMPARE(store.row(0).serverStatus, BotStatus::Paused);
    // The event echoing it is held, then dropped on release as not newer.
    store.applyEvents({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, 1, 2)});
    QCOMPARE(store.heldCount(), 1);
    store.setHeld(false);
    QCOMPARE(store.row(0).status, BotStatus::Paused);
    QCOMPARE(store.stats().droppedOutOfOrder, quint64(1));
}

void TestBotStore::memory_storeAndModel_under120BytesPerRow()
{
    // Accounts of one to five rows, names of typical length; the model sorted
    // by every column so all order caches are held.
    constexpr int rows = 60000;
    BotStore store;
    store.reserve(rows);
    QList<BotStatusEntry> page;
    int account = 0;
    while (page.size() < rows) {
        const int platforms = 1 + account % 5;
        for (int p = 0; p < platforms && page.size() < rows; ++p) {
            page.append(entry(account, QStringLiteral("streamer_%1_name").arg(account), Platform(p),
                              BotStatus(account % 3), account, account));
        }
        ++account;
    }
    store.mergeSnapshot(page);
    store.squeeze();
    BotTableModel model(&store);
    for (int c = 0; c < BotTable::ColumnCount; ++c)
        model.sort(c);
    model.setSearchText(QStringLiteral("1"));
    const double perRow = double(store.memoryUsage() + model.memoryUsage()) / rows;
    qInfo("store %.1f + model %.1f = %.1f bytes per row", double(store.memoryUsage()) / rows,
          double(model.memoryUsage()) / rows, perRow);
    QVERIFY2(perRow <= 120.0, qPrintable(QString::number(perRow)));
}

QTEST_GUILESS_MAIN(TestBotStore)
#include "TestBotStore.moc"
