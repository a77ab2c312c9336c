// WatchList against a BotStore fed by hand: no network, no widgets.

#include "models/bots/BotStore.h"
#include "models/watch/WatchList.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString kAcme = QStringLiteral("00000000-0000-4000-8000-00000000000a");
const QString kZoe = QStringLiteral("00000000-0000-4000-8000-00000000000b");
constexpr qint64 kNow = 1'700'000'000'000;

BotStatusEntry entry(const QString &id, BotStatus status, qint64 updatedAt, qint64 heartbeat = kNow)
{
    BotStatusEntry e;
    e.accountId = id;
    e.accountName = id == kAcme ? QStringLiteral("acme_live") : QStringLiteral("zoe");
    e.platform = Platform::Twitch;
    e.status = status;
    e.lastHeartbeatAt = heartbeat;
    e.updatedAt = updatedAt;
    return e;
}

BotKey key(const QString &id)
{
    return {id, Platform::Twitch};
}

} // namespace

class TestWatchList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusChangeOfWatchedRow_triggersFlagsAndCounts();
    void unwatchedRow_neverTriggers();
    void ownAction_isNotNews();
    void heartbeatGoingStale_triggersOnce();
    void toggle_watchesUnlessAllWatched();
};

void TestWatchList::statusChangeOfWatchedRow_triggersFlagsAndCounts()
{
    BotStore store;
    store.mergeSnapshot({entry(kAcme, BotStatus::Active, 1), entry(kZoe, BotStatus::Active, 1)});
    store.flush();
    WatchList watches(&store);
    watches.setClock([] { return kNow; });
    QSignalSpy triggered(&watches, &WatchList::triggered);
    QSignalSpy counted(&watches, &WatchList::unseenChangeCountChanged);
    watches.setWatched({key(kAcme)}, true);

    store.applyEvents({entry(kAcme, BotStatus::Paused, 2)});
    store.flush();
    QCOMPARE(triggered.count(), 1);
    const auto event = triggered.at(0).at(0).value<WatchList::Event>();
    QCOMPARE(event.key, key(kAcme));
    QCOMPARE(event.accountName, QStringLiteral("acme_live"));
    QCOMPARE(event.reason, WatchList::Reason::StatusChanged);
    QCOMPARE(event.from, BotStatus::Active);
    QCOMPARE(event.to, BotStatus::Paused);
    QVERIFY(watches.isFlagged(key(kAcme)));
    QCOMPARE(watches.unseenChangeCount(), 1);
    QVERIFY(counted.count() >= 1);

    // A second change of the same row is still one row changed.
    store.applyEvents({entry(kAcme, BotStatus::NoConnection, 3)});
    store.flush();
    QCOMPARE(triggered.count(), 2);
    QCOMPARE(watches.unseenChangeCount(), 1);

    // Looking clears the count, not the flag; seeing the row clears the flag.
    watches.setLooking(true);
    QCOMPARE(watches.unseenChangeCount(), 0);
    QVERIFY(watches.isFlagged(key(kAcme)));
    store.applyEvents({entry(kAcme, BotStatus::Active, 4)});
    store.flush();
    QCOMPARE(watches.unseenChangeCount(), 0); // changed while looking
    watches.markSeen(key(kAcme));
    QVERIFY(!watches.isFlagged(key(kAcme)));
}

void TestWatchList::unwatchedRow_neverTriggers()
{
    BotStore store;
    store.mergeSnapshot({entry(kAcme, BotStatus::Active, 1), entry(kZoe, BotStatus::Active, 1)});
    store.flush();
    WatchList watches(&store);
    watches.setClock([] { return kNow; });
    QSignalSpy triggered(&watches, &WatchList::triggered);
    watches.setWatched({key(kAcme)}, true);
    store.applyEvents({entry(kZoe, BotStatus::Paused, 2)});
    store.flush();
    QCOMPARE(triggered.count(), 0);
    watches.setWatched({key(kAcme)}, false);
    store.applyEvents({entry(kAcme, BotStatus::Paused, 2)});
    store.flush();
    QCOMPARE(triggered.count(), 0);
}

void TestWatchList::ownAction_isNotNews()
{
    BotStore store;
    store.mergeSnapshot({entry(kAcme, BotStatus::Active, 1)});
    store.flush();
    WatchList watches(&store);
    watches.setClock([] { return kNow; });
    QSignalSpy triggered(&watches, &WatchList::triggered);
    watches.setWatched({key(kAcme)}, true);
    // Pending and answered within one flush: only noteOwnAction() tells.
    watches.noteOwnAction(key(kAcme));
    QVERIFY(store.beginPending(key(kAcme), PendingAction::Pause));
    store.completePending(entry(kAcme, BotStatus::Paused, 2));
    store.flush();
    QCOMPARE(triggered.count(), 0);
    // Someone else's change afterwards is news again.
    store.applyEvents({entry(kAcme, BotStatus::Active, 3)});
    store.flush();
    QCOMPARE(triggered.count(), 1);
}

void TestWatchList::heartbeatGoingStale_triggersOnce()
{
    BotStore store;
    store.mergeSnapshot({entry(kAcme, BotStatus::Active, 1, kNow)});
    store.flush();
    qint64 now = kNow;
    WatchList watches(&store);
    watches.setClock([&now] { return now; });
    watches.setStaleThresholdSeconds(120);
    QSignalSpy triggered(&watches, &WatchList::triggered);
    watches.setWatched({key(kAcme)}, true);
    now += 60'000;
    watches.check();
    QCOMPARE(triggered.count(), 0);
    now += 121'000; // no heartbeat for 181 s: stale
    watches.check();
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(triggered.at(0).at(0).value<WatchList::Event>().reason,
             WatchList::Reason::HeartbeatStale);
    watches.check();
    QCOMPARE(triggered.count(), 1); // once, not on every check
    // A fresh heartbeat, then stale again: fires again.
    store.applyEvents({entry(kAcme, BotStatus::Active, 2, now)});
    store.flush();
    QCOMPARE(triggered.count(), 1);
    now += 200'000;
    watches.check();
    QCOMPARE(triggered.count(), 2);
}

void TestWatchList::toggle_watchesUnlessAllWatched()
{
    BotStore store;
    store.mergeSnapshot({entry(kAcme, BotStatus::Active, 1), entry(kZoe, BotStatus::Active, 1)});
    store.flush();
    WatchList watches(&store);
    QVERIFY(watches.toggle({key(kAcme)}));
    QVERIFY(watches.toggle({key(kAcme), key(kZoe)})); // not all watched: watch both
    QCOMPARE(watches.watchedCount(), 2);
    QVERIFY(!watches.toggle({key(kAcme), key(kZoe)}));
    QCOMPARE(watches.watchedCount(), 0);
}

QTEST_GUILESS_MAIN(TestWatchList)
#include "TestWatchList.moc"
