// BotStatusFeed and BotStatusMirror without a real server: the resync
// sequence (buffer, snapshot, replay), coalescing, reconnects during a
// snapshot, snapshot retries, and the newer-wins rule.
#include "FakeWsServer.h"

#include "api/BotStatusFeed.h"
#include "BotStatusMirror.h"
#include "api/GraphQLWsClient.h"
#include "api/Rfc3339.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Proto = GraphQLWsProtocol;
using MT = Proto::MessageType;

// Friend of GraphQLWsClient: feeds frames as if they had arrived in one read.
class GraphQLWsTestSeam
{
public:
    static void feed(GraphQLWsClient &client, const QByteArray &frame)
    {
        client.handleFrame(frame);
    }
};

namespace {
const QString kAcct1 = QStringLiteral("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
const QString kAcct2 = QStringLiteral("6fa459ea-ee8a-4ca4-894e-db77e160355e");

BotStatusEntry entry(const QString &id, BotStatus status, TimestampMs updatedAt)
{
    BotStatusEntry e;
    e.accountId = id;
    e.accountName = QStringLiteral("acct");
    e.platform = Platform::Twitch;
    e.status = status;
    e.lastHeartbeatAt = status == BotStatus::NoConnection ? kNoTimestamp : updatedAt;
    e.updatedAt = updatedAt;
    return e;
}

QByteArray nextFrame(const QString &subId, const BotStatusEntry &e)
{
    QJsonObject row {
        {QStringLiteral("accountId"), e.accountId},
        {QStringLiteral("accountName"), e.accountName},
        {QStringLiteral("platform"), QString(platformToWire(e.platform))},
        {QStringLiteral("status"), QString(botStatusToWire(e.status))},
        {QStringLiteral("lastHeartbeatAt"),
         e.lastHeartbeatAt == kNoTimestamp ? QJsonValue()
                                           : QJsonValue(Rfc3339::format(e.lastHeartbeatAt))},
        {QStringLiteral("updatedAt"), Rfc3339::format(e.updatedAt)},
    };
    Proto::Message m;
    m.type = MT::Next;
    m.id = subId;
    m.payload.insert(QStringLiteral("data"),
                     QJsonObject {{QStringLiteral("botStatusChanged"), row}});
    m.hasPayload = true;
    return Proto::serialize(m);
}

// A snapshot source the test drives by hand.
struct FakeSnapshots
{
    int started = 0;
    int cancelled = 0;
    BotStatusFeed::SnapshotHandlers current;

    BotStatusFeed::SnapshotFetcher fetcher()
    {
        return
            [this](QObject *, const BotStatusFeed::SnapshotHandlers &h) -> std::function<void()> {
                ++started;
                current = h;
                return [this] {
                    ++cancelled;
                };
            };
    }
};

struct Rig
{
    FakeWsServer server;
    std::unique_ptr<GraphQLWsClient> client;
    FakeSnapshots snapshots;
    std::unique_ptr<BotStatusFeed> feed;
    QStringList log; // signal order
    BotStatusMirror mirror;

    bool setUp()
    {
        if (!server.listen())
            return false;
        client = std::make_unique<GraphQLWsClient>(server.url());
        client->setTokenProvider([] { return QStringLiteral("t"); });
        client->setBackoff(Backoff(10, 50));
        feed = std::make_unique<BotStatusFeed>(client.get(), snapshots.fetcher());
        Backoff fast(20, 40);
        fast.setRandomSource([] { return 1.0; });
        feed->setSnapshotRetryBackoff(fast);
        QObject::connect(feed.get(), &BotStatusFeed::snapshotStarted, feed.get(), [this] {
            log << QStringLiteral("started");
            mirror.beginSnapshot();
        });
        QObject::connect(feed.get(), &BotStatusFeed::snapshotPage, feed.get(),
                         [this](const QList<BotStatusEntry> &rows) {
                             log << QStringLiteral("page:%1").arg(rows.size());
                             mirror.applySnapshotPage(rows);
                         });
        QObject::connect(feed.get(), &BotStatusFeed::snapshotFinished, feed.get(),
                         [this](const ApiError &e) {
                             log << (e.isError() ? QStringLiteral("finished:error")
                                                 : QStringLiteral("finished:ok"));
                             mirror.endSnapshot(!e.isError());
                         });
        QObject::connect(feed.get(), &BotStatusFeed::events, feed.get(),
                         [this](const QList<BotStatusEntry> &events) {
                             log << QStringLiteral("events:%1").arg(events.size());
                             mirror.applyAll(events);
                         });
        QObject::connect(feed.get(), &BotStatusFeed::synced, feed.get(),
                         [this] { log << QStringLiteral("synced"); });
        feed->start();
        client->start();
        return true;
    }

    bool drain(int connection) { return server.roundTrip(connection); }

    QString subId(int connection) const { return server.lastSubscribeId(connection); }
};
} // namespace

class TestBotStatusFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mirror_newerWinsAndDropsStaleOrEqual();
    void mirror_completeSnapshotRemovesVanishedRows();
    void feed_subscribesTheOperation();
    void feed_buffersDuringSnapshotThenReplays();
    void feed_liveEventsAreCoalescedPerTurn();
    void feed_reconnectDuringSnapshotRestartsIt();
    void feed_snapshotFailureIsRetriedWhileBuffering();
    void feed_undecodableEventIsSkipped();
    void feed_subscriptionErrorIsReported();
};

void TestBotStatusFeed::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<BotStatusEntry>();
}

void TestBotStatusFeed::mirror_newerWinsAndDropsStaleOrEqual()
{
    BotStatusMirror m;
    QVERIFY(m.apply(entry(kAcct1, BotStatus::Active, 100)));
    QVERIFY(!m.apply(entry(kAcct1, BotStatus::Paused, 99))); // older
    QVERIFY(!m.apply(entry(kAcct1, BotStatus::Paused, 100))); // same instant: keep the first
    QCOMPARE(m.find(kAcct1, Platform::Twitch)->status, BotStatus::Active);
    QVERIFY(m.apply(entry(kAcct1, BotStatus::Paused, 101)));
    QCOMPARE(m.find(kAcct1, Platform::Twitch)->status, BotStatus::Paused);
    QCOMPARE(m.staleDropped(), 2);
    BotStatusEntry other = entry(kAcct1, BotStatus::Active, 1);
    other.platform = Platform::Kick; // same account, other platform: another row
    QVERIFY(m.apply(other));
    QCOMPARE(m.size(), 2);
    const QList<BotStatusEntry> changed =
        m.applyAll({entry(kAcct2, BotStatus::Active, 5), entry(kAcct2, BotStatus::Paused, 4)});
    QCOMPARE(changed.size(), 1);
    QVERIFY(m.find(kAcct2, Platform::Twitch));
    QVERIFY(!m.find(kAcct2, Platform::Kick));
}

void TestBotStatusFeed::mirror_completeSnapshotRemovesVanishedRows()
{
    BotStatusMirror m;
    m.apply(entry(kAcct1, BotStatus::Active, 100));
    m.apply(entry(kAcct2, BotStatus::Active, 100));
    m.beginSnapshot();
    m.applySnapshotPage({entry(kAcct1, BotStatus::Active, 100)});
    QCOMPARE(m.endSnapshot(false).size(), 0); // a failed snapshot proves nothing
    QCOMPARE(m.size(), 2);
    m.beginSnapshot();
    m.applySnapshotPage({entry(kAcct1, BotStatus::Active, 100)});
    const QList<BotStatusEntry> removed = m.endSnapshot(true);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().accountId, kAcct2);
    QCOMPARE(m.size(), 1);
}

void TestBotStatusFeed::feed_subscribesTheOperation()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.server.received(0, MT::Subscribe).size(), 1);
    const Proto::Message sub = rig.server.received(0, MT::Subscribe).first();
    QVERIFY(sub.payload.value(QStringLiteral("query"))
                .toString()
                .contains(QLatin1String("botStatusChanged")));
    QCOMPARE(sub.payload.value(QStringLiteral("operationName")).toString(),
             QStringLiteral("BotStatusChanged"));
}

void TestBotStatusFeed::feed_buffersDuringSnapshotThenReplays()
{
    Rig rig;
    QVERIFY(rig.setUp());
    // The snapshot starts only after the ping round trip that follows the subscribe.
    QTRY_COMPARE(rig.snapshots.started, 1);
    QVERIFY(rig.server.received(0, MT::Ping).size() >= 1);
    QCOMPARE(rig.log, QStringList {QStringLiteral("started")});
    QVERIFY(rig.feed->isResyncing());

    const QString id = rig.subId(0);
    rig.server.sendText(
        0, nextFrame(id, entry(kAcct1, BotStatus::Paused, 200))); // newer than snapshot
    rig.server.sendText(0,
                        nextFrame(id, entry(kAcct2, BotStatus::Paused, 50))); // older than snapshot
    QVERIFY(rig.drain(0));
    QCOMPARE(rig.log.size(), 1); // buffered, not delivered

    rig.snapshots.current.page(
        {entry(kAcct1, BotStatus::Active, 100), entry(kAcct2, BotStatus::Active, 100)});
    rig.snapshots.current.finished({});
    QCOMPARE(rig.log,
             (QStringList {QStringLiteral("started"), QStringLiteral("page:2"),
                           QStringLiteral("finished:ok"), QStringLiteral("events:2"),
                           QStringLiteral("synced")}));
    QVERIFY(!rig.feed->isResyncing());
    QCOMPARE(rig.mirror.find(kAcct1, Platform::Twitch)->status, BotStatus::Paused);
    QCOMPARE(rig.mirror.find(kAcct2, Platform::Twitch)->status, BotStatus::Active); // stale dropped
    QCOMPARE(rig.mirror.staleDropped(), 1);
}

void TestBotStatusFeed::feed_liveEventsAreCoalescedPerTurn()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.snapshots.started, 1);
    rig.snapshots.current.finished({});
    rig.log.clear();
    const QString id = rig.subId(0);
    for (int i = 0; i < 5; ++i)
        GraphQLWsTestSeam::feed(*rig.client,
                                nextFrame(id, entry(kAcct1, BotStatus::Active, 300 + i)));
    QVERIFY(rig.log.isEmpty()); // not synchronously
    QTRY_COMPARE(rig.log, QStringList {QStringLiteral("events:5")});
    QCOMPARE(rig.mirror.find(kAcct1, Platform::Twitch)->updatedAt, 304);
}

void TestBotStatusFeed::feed_reconnectDuringSnapshotRestartsIt()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.snapshots.started, 1);
    BotStatusFeed::SnapshotHandlers old = rig.snapshots.current;
    rig.server.abortConnection(0);
    QTRY_COMPARE(rig.snapshots.cancelled, 1);
    QCOMPARE(rig.log.mid(0, 2),
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:error")}));
    QTRY_COMPARE(rig.snapshots.started, 2);
    QCOMPARE(rig.server.connectionCount(), 2);
    // Late answers of the superseded fetch are ignored.
    old.page({entry(kAcct1, BotStatus::Paused, 1)});
    old.finished({});
    QVERIFY(rig.feed->isResyncing());
    QVERIFY(!rig.mirror.find(kAcct1, Platform::Twitch));
    rig.snapshots.current.page({entry(kAcct1, BotStatus::Active, 10)});
    rig.snapshots.current.finished({});
    QVERIFY(!rig.feed->isResyncing());
    QCOMPARE(rig.log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:error"),
                           QStringLiteral("started"), QStringLiteral("page:1"),
                           QStringLiteral("finished:ok"), QStringLiteral("synced")}));
    QCOMPARE(rig.feed->snapshotCount(), 2);
}

void TestBotStatusFeed::feed_snapshotFailureIsRetriedWhileBuffering()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.snapshots.started, 1);
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.retryable = true;
    rig.snapshots.current.finished(e);
    QVERIFY(rig.feed->isResyncing());
    QTRY_COMPARE(rig.snapshots.started, 2); // after the retry delay
    const QString id = rig.subId(0);
    rig.server.sendText(0, nextFrame(id, entry(kAcct1, BotStatus::Paused, 500)));
    QVERIFY(rig.drain(0));
    rig.snapshots.current.page({entry(kAcct1, BotStatus::Active, 100)});
    rig.snapshots.current.finished({});
    QCOMPARE(rig.log.mid(rig.log.size() - 3),
             (QStringList {QStringLiteral("finished:ok"), QStringLiteral("events:1"),
                           QStringLiteral("synced")}));
    QCOMPARE(rig.mirror.find(kAcct1, Platform::Twitch)->status, BotStatus::Paused);
}

void TestBotStatusFeed::feed_undecodableEventIsSkipped()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QSignalSpy skipped(rig.feed.get(), &BotStatusFeed::eventSkipped);
    QTRY_COMPARE(rig.snapshots.started, 1);
    rig.snapshots.current.finished({});
    const QString id = rig.subId(0);
    rig.server.sendText(
        0,
        QStringLiteral(
            R"({"type":"next","id":"%1","payload":{"data":{"botStatusChanged":{"accountId":"not-a-uuid"}}}})")
            .arg(id)
            .toUtf8());
    QTRY_COMPARE(skipped.size(), 1);
    QCOMPARE(rig.client->state().kind(), ConnectionState::Kind::Live);
}

void TestBotStatusFeed::feed_subscriptionErrorIsReported()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QSignalSpy failed(rig.feed.get(), &BotStatusFeed::subscriptionFailed);
    QTRY_COMPARE(rig.snapshots.started, 1);
    rig.server.sendText(
        0,
        QStringLiteral(
            R"({"type":"error","id":"%1","payload":[{"message":"no","extensions":{"code":"FORBIDDEN"}}]})")
            .arg(rig.subId(0))
            .toUtf8());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(rig.snapshots.cancelled, 1);
    QVERIFY(!rig.feed->isRunning());
}

QTEST_GUILESS_MAIN(TestBotStatusFeed)
#include "TestBotStatusFeed.moc"
