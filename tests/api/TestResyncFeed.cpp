// ResyncFeed, the engine behind every live feed, with a test front end that
// keeps each event as a plain id: when snapshots start (only after the
// server has read the subscription), what is buffered, discarded, replayed
// and delivered live, snapshot generations (late answers of a superseded
// snapshot), retries with backoff, resync(), stop() and the server ending or
// refusing the subscription. Against the in-process FakeWsServer.
#include "FakeWsServer.h"

#include "api/GraphQLWsClient.h"
#include "api/ResyncFeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

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

// Events are {"e": "<id>"}; an event without "e" cannot be decoded.
// Deliveries are logged as "replay:a,b" (buffered) or "live:a,b".
class IdFeed final : public ResyncFeed
{
public:
    explicit IdFeed(GraphQLWsClient *client)
        : ResyncFeed(client, QStringLiteral("BotStatusChanged"), nullptr)
    { }

    QStringList log;
    int fetches = 0;
    // Shared so that the cancel function stays valid when it runs from
    // ~ResyncFeed, after this object's own members are gone.
    std::shared_ptr<int> cancels = std::make_shared<int>(0);

    bool isCurrent(int fetch) const { return m_snapshots.value(fetch)->isCurrent(); }
    void finish(int fetch, const ApiError &error = {}) { m_snapshots.value(fetch)->finish(error); }
    void finishLatest(const ApiError &error = {}) { finish(fetches - 1, error); }

protected:
    bool keepEvent(const QJsonObject &data, Batch batch, QString *why) override
    {
        const QString id = data.value(QLatin1String("e")).toString();
        if (id.isEmpty()) {
            *why = QStringLiteral("no id");
            return false;
        }
        listOf(batch).append(id);
        return true;
    }
    void discardEvents(Batch batch) override { listOf(batch).clear(); }
    void deliverEvents(Batch batch) override
    {
        QStringList &list = listOf(batch);
        if (list.isEmpty())
            return;
        log << (batch == Batch::Buffered ? QStringLiteral("replay:") : QStringLiteral("live:"))
                + list.join(QLatin1Char(','));
        list.clear();
    }
    std::function<void()> fetchSnapshot(const Snapshot &snapshot) override
    {
        ++fetches;
        m_snapshots.append(snapshot);
        return [cancels = cancels] {
            ++*cancels;
        };
    }

private:
    QStringList &listOf(Batch batch) { return batch == Batch::Buffered ? m_buffered : m_live; }

    QStringList m_buffered;
    QStringList m_live;
    QList<std::optional<Snapshot>> m_snapshots;
};

QJsonObject event(const QString &id)
{
    return {{QStringLiteral("e"), id}};
}

QByteArray nextFrame(const QString &subId, const QString &id)
{
    Proto::Message m;
    m.type = MT::Next;
    m.id = subId;
    m.payload.insert(QStringLiteral("data"), event(id));
    m.hasPayload = true;
    return Proto::serialize(m);
}

ApiError failure(int retryAfterMs = 0)
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.retryable = true;
    e.retryAfterMs = retryAfterMs;
    return e;
}

struct Rig
{
    FakeWsServer server;
    std::unique_ptr<GraphQLWsClient> client;
    std::unique_ptr<IdFeed> feed;

    bool setUp(bool autoPong = true)
    {
        server.autoPong = autoPong;
        if (!server.listen())
            return false;
        client = std::make_unique<GraphQLWsClient>(server.url());
        client->setTokenProvider([] { return QStringLiteral("t"); });
        client->setBackoff(Backoff(10, 50));
        feed = std::make_unique<IdFeed>(client.get());
        Backoff fast(20, 40);
        fast.setRandomSource([] { return 1.0; });
        feed->setSnapshotRetryBackoff(fast);
        QObject::connect(feed.get(), &ResyncFeed::snapshotStarted, feed.get(),
                         [this] { feed->log << QStringLiteral("started"); });
        QObject::connect(feed.get(), &ResyncFeed::snapshotFinished, feed.get(),
                         [this](const ApiError &e) {
                             feed->log << (e.kind == ApiError::Kind::Cancelled
                                               ? QStringLiteral("finished:cancelled")
                                               : e.isError() ? QStringLiteral("finished:error")
                                                             : QStringLiteral("finished:ok"));
                         });
        QObject::connect(feed.get(), &ResyncFeed::synced, feed.get(),
                         [this] { feed->log << QStringLiteral("synced"); });
        feed->start();
        client->start();
        return true;
    }

    bool drain(int connection) { return server.roundTrip(connection); }

    QString subId(int connection) const { return server.lastSubscribeId(connection); }

    void send(int connection, const QStringList &ids)
    {
        for (const QString &id : ids)
            server.sendText(connection, nextFrame(subId(connection), id));
    }

    bool synced()
    {
        if (!QTest::qWaitFor([&] { return feed->fetches >= 1; }, 5000))
            return false;
        feed->finishLatest();
        return !feed->isResyncing();
    }
};

} // namespace

class TestResyncFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiError>(); }
    void snapshot_startsOnlyOnceTheServerHasReadTheSubscription();
    void snapshot_joiningALiveConnectionStartsAtOnce();
    void buffer_eventsDuringTheSnapshotAreReplayedAfterItInArrivalOrder();
    void buffer_eventsBeforeTheSnapshotStartsAreDiscarded();
    void live_eventsAreCoalescedPerEventLoopTurn();
    void connectionLost_cancelsTheSnapshotAndIgnoresItsLateAnswer();
    void retry_failedSnapshotIsRetriedWithBackoffWhileBuffering();
    void retry_serverRetryAfterIsAFloor();
    void resync_restartsTheSnapshotWhileLiveAndIsRefusedOffline();
    void stop_deliversWhatArrivedAndUnsubscribes();
    void completed_subscriptionIsSentAgainAndResynced();
    void undecodableEvent_isSkippedAndTheLinkStays();
    void subscriptionError_stopsTheFeed();
};

void TestResyncFeed::snapshot_startsOnlyOnceTheServerHasReadTheSubscription()
{
    Rig rig;
    QVERIFY(rig.setUp(false)); // pongs by hand
    QTRY_COMPARE(rig.server.received(0, MT::Subscribe).size(), 1);
    QCOMPARE(rig.server.received(0, MT::Subscribe)
                 .first()
                 .payload.value(QStringLiteral("operationName"))
                 .toString(),
             QStringLiteral("BotStatusChanged"));
    QTRY_VERIFY(!rig.server.received(0, MT::Ping).isEmpty());
    QTest::qWait(50);
    QCOMPARE(rig.feed->fetches, 0); // the subscription may not be read yet
    QVERIFY(rig.feed->isResyncing());
    rig.server.sendText(0, QByteArray(R"({"type":"pong"})"));
    QTRY_COMPARE(rig.feed->fetches, 1);
    QCOMPARE(rig.feed->log, QStringList {QStringLiteral("started")});
    QCOMPARE(rig.feed->snapshotCount(), 1);
}

void TestResyncFeed::snapshot_joiningALiveConnectionStartsAtOnce()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    GraphQLWsClient client(server.url());
    client.setTokenProvider([] { return QStringLiteral("t"); });
    client.start();
    QTRY_VERIFY(client.state().isLive());
    QTest::qWait(50); // settled long ago: no subscriptionsSettled() will come
    IdFeed feed(&client);
    feed.start();
    QCOMPARE(feed.fetches, 1);
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 1);
}

void TestResyncFeed::buffer_eventsDuringTheSnapshotAreReplayedAfterItInArrivalOrder()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.feed->fetches, 1);
    rig.send(0, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY(rig.drain(0));
    QCOMPARE(rig.feed->log, QStringList {QStringLiteral("started")}); // held
    QVERIFY(rig.feed->isResyncing());
    rig.feed->finishLatest();
    QCOMPARE(rig.feed->log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("replay:a,b,c"), QStringLiteral("synced")}));
    QVERIFY(!rig.feed->isResyncing());
}

void TestResyncFeed::buffer_eventsBeforeTheSnapshotStartsAreDiscarded()
{
    Rig rig;
    QVERIFY(rig.setUp(false));
    QTRY_VERIFY(!rig.server.received(0, MT::Ping).isEmpty());
    QTRY_COMPARE(rig.server.received(0, MT::Subscribe).size(), 1);
    // Before the snapshot is read: the snapshot will contain this change.
    rig.send(0, {QStringLiteral("before")});
    rig.server.sendText(0, QByteArray(R"({"type":"pong"})"));
    QTRY_COMPARE(rig.feed->fetches, 1);
    rig.send(0, {QStringLiteral("during")});
    QVERIFY(rig.drain(0));
    rig.feed->finishLatest();
    QCOMPARE(rig.feed->log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("replay:during"), QStringLiteral("synced")}));
}

void TestResyncFeed::live_eventsAreCoalescedPerEventLoopTurn()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QVERIFY(rig.synced());
    rig.feed->log.clear();
    const QString id = rig.subId(0);
    for (const char *e : {"1", "2", "3"})
        GraphQLWsTestSeam::feed(*rig.client, nextFrame(id, QString::fromLatin1(e)));
    QVERIFY(rig.feed->log.isEmpty()); // not synchronously
    QTRY_COMPARE(rig.feed->log, QStringList {QStringLiteral("live:1,2,3")});
    GraphQLWsTestSeam::feed(*rig.client, nextFrame(id, QStringLiteral("4")));
    QTRY_COMPARE(rig.feed->log,
                 (QStringList {QStringLiteral("live:1,2,3"), QStringLiteral("live:4")}));
}

void TestResyncFeed::connectionLost_cancelsTheSnapshotAndIgnoresItsLateAnswer()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.feed->fetches, 1);
    rig.send(0, {QStringLiteral("lost")});
    QVERIFY(rig.drain(0));
    rig.server.abortConnection(0);
    QTRY_COMPARE(*rig.feed->cancels, 1);
    QVERIFY(!rig.feed->isCurrent(0));
    QCOMPARE(rig.feed->log.mid(0, 2), // the reconnection may be quick
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:cancelled")}));
    QTRY_COMPARE(rig.feed->fetches, 2); // after the reconnection settled
    QCOMPARE(rig.server.connectionCount(), 2);
    rig.feed->finish(0); // the superseded fetch answers late: ignored
    QVERIFY(rig.feed->isResyncing());
    QVERIFY(rig.feed->isCurrent(1));
    rig.send(1, {QStringLiteral("new")});
    QVERIFY(rig.drain(1));
    rig.feed->finish(1);
    QCOMPARE(rig.feed->log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:cancelled"),
                           QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("replay:new"), QStringLiteral("synced")}));
    QCOMPARE(rig.feed->snapshotCount(), 2);
}

void TestResyncFeed::retry_failedSnapshotIsRetriedWithBackoffWhileBuffering()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.feed->fetches, 1);
    rig.send(0, {QStringLiteral("x")});
    QVERIFY(rig.drain(0));
    rig.feed->finishLatest(failure());
    QVERIFY(rig.feed->isResyncing());
    QTRY_COMPARE(rig.feed->fetches, 2); // after the backoff
    rig.send(0, {QStringLiteral("y")});
    QVERIFY(rig.drain(0));
    rig.feed->finishLatest();
    // x happened before the second snapshot was read: that snapshot has it.
    QCOMPARE(rig.feed->log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:error"),
                           QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("replay:y"), QStringLiteral("synced")}));
}

void TestResyncFeed::retry_serverRetryAfterIsAFloor()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.feed->fetches, 1);
    QElapsedTimer clock;
    clock.start();
    rig.feed->finishLatest(failure(400)); // the backoff alone would say 40 ms
    QTRY_COMPARE_WITH_TIMEOUT(rig.feed->fetches, 2, 5000);
    QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
}

void TestResyncFeed::resync_restartsTheSnapshotWhileLiveAndIsRefusedOffline()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QVERIFY(rig.synced());
    rig.feed->log.clear();
    QVERIFY(rig.feed->resync());
    QCOMPARE(rig.feed->fetches, 2);
    QVERIFY(rig.feed->isResyncing());
    QVERIFY(rig.feed->resync()); // again while in flight: the first is superseded
    QCOMPARE(*rig.feed->cancels, 1);
    rig.send(0, {QStringLiteral("r")});
    QVERIFY(rig.drain(0));
    rig.feed->finishLatest();
    QCOMPARE(rig.feed->log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:cancelled"),
                           QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("replay:r"), QStringLiteral("synced")}));

    rig.client->stop();
    QVERIFY(!rig.client->state().isLive());
    QVERIFY(!rig.feed->resync());
    QCOMPARE(rig.feed->fetches, 3);
}

void TestResyncFeed::stop_deliversWhatArrivedAndUnsubscribes()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QVERIFY(rig.synced());
    rig.feed->log.clear();
    GraphQLWsTestSeam::feed(*rig.client, nextFrame(rig.subId(0), QStringLiteral("last")));
    const QString id = rig.subId(0);
    rig.feed->stop();
    QCOMPARE(rig.feed->log, QStringList {QStringLiteral("live:last")});
    QVERIFY(!rig.feed->isRunning());
    QVERIFY(rig.feed->isResyncing());
    QTRY_COMPARE(rig.server.received(0, MT::Complete).size(), 1);
    QCOMPARE(rig.server.received(0, MT::Complete).first().id, id);
    QVERIFY(!rig.feed->resync());
}

void TestResyncFeed::completed_subscriptionIsSentAgainAndResynced()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QVERIFY(rig.synced());
    rig.feed->log.clear();
    rig.server.sendText(
        0, QStringLiteral(R"({"type":"complete","id":"%1"})").arg(rig.subId(0)).toUtf8());
    QTRY_COMPARE(rig.server.received(0, MT::Subscribe).size(), 2);
    QCOMPARE(rig.feed->fetches, 2);
    QVERIFY(rig.feed->isRunning());
    QVERIFY(rig.feed->isResyncing());
    rig.send(0, {QStringLiteral("again")});
    QVERIFY(rig.drain(0));
    rig.feed->finishLatest();
    QCOMPARE(rig.feed->log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("replay:again"), QStringLiteral("synced")}));
}

void TestResyncFeed::undecodableEvent_isSkippedAndTheLinkStays()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QSignalSpy skipped(rig.feed.get(), &ResyncFeed::eventSkipped);
    QVERIFY(rig.synced());
    rig.feed->log.clear();
    rig.server.sendNext(0, rig.subId(0), QJsonObject {{QStringLiteral("other"), 1}});
    rig.send(0, {QStringLiteral("fine")});
    QTRY_COMPARE(rig.feed->log, QStringList {QStringLiteral("live:fine")});
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).at(0).toString(), QStringLiteral("no id"));
    QVERIFY(rig.client->state().isLive());
}

void TestResyncFeed::subscriptionError_stopsTheFeed()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QSignalSpy failed(rig.feed.get(), &ResyncFeed::subscriptionFailed);
    QTRY_COMPARE(rig.feed->fetches, 1);
    rig.server.sendText(
        0,
        QStringLiteral(
            R"({"type":"error","id":"%1","payload":[{"message":"no","extensions":{"code":"FORBIDDEN"}}]})")
            .arg(rig.subId(0))
            .toUtf8());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(*rig.feed->cancels, 1);
    QVERIFY(!rig.feed->isRunning());
    QVERIFY(!rig.feed->isCurrent(0));
    // A reconnection does not bring it back: the server said no.
    rig.server.abortConnection(0);
    QTRY_VERIFY(rig.client->state().isLive() && rig.server.connectionCount() == 2);
    QTest::qWait(100);
    QCOMPARE(rig.feed->fetches, 1);
}

QTEST_GUILESS_MAIN(TestResyncFeed)
#include "TestResyncFeed.moc"
