// ResyncFeed's polling (issue 13, "an older server works too"): without live
// updates (no WebSocket client, a refused subscription, a link that is not
// live) the feed fetches a complete snapshot every interval, never sooner
// than three times the last complete fetch took, not while paused (the
// window is hidden), and hands over to the usual resync when the link is live.
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

namespace {

constexpr int kTimeoutMs = 10000;

// Fetches are answered by the test (finish()); starts and ends are logged.
class PollFeed final : public ResyncFeed
{
public:
    explicit PollFeed(GraphQLWsClient *client)
        : ResyncFeed(client, QStringLiteral("BotStatusChanged"), nullptr)
    {
        connect(this, &ResyncFeed::snapshotStarted, this, [this] {
            log << QStringLiteral("started");
            clock.start();
        });
        connect(this, &ResyncFeed::snapshotFinished, this, [this](const ApiError &e) {
            log << (e.kind == ApiError::Kind::Cancelled ? QStringLiteral("finished:cancelled")
                        : e.isError()                   ? QStringLiteral("finished:error")
                                                        : QStringLiteral("finished:ok"));
            sinceFinish.start();
        });
        connect(this, &ResyncFeed::synced, this, [this] { log << QStringLiteral("synced"); });
    }

    QStringList log;
    int fetches = 0;
    QElapsedTimer clock; // since the last fetch started
    QElapsedTimer sinceFinish; // since the last fetch ended

    void finishLatest(const ApiError &error = {})
    {
        if (m_latest)
            m_latest->finish(error);
    }
    bool latestIsCurrent() const { return m_latest && m_latest->isCurrent(); }

protected:
    bool keepEvent(const QJsonObject &, Batch, QString *) override { return true; }
    void discardEvents(Batch) override { }
    void deliverEvents(Batch) override { }
    std::function<void()> fetchSnapshot(const Snapshot &snapshot) override
    {
        ++fetches;
        m_latest = snapshot;
        return [] {
        };
    }

private:
    std::optional<Snapshot> m_latest;
};

} // namespace

class TestResyncFeedPolling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noClient_pollsEveryIntervalAndSaysWhy();
    void pollingOff_noClient_fetchesNothing();
    void interval_neverSoonerThanThreeTimesTheLastFetch();
    void paused_noPollUntilShownThenOneAtOnce();
    void failedPoll_isRetriedAtTheIntervalNotSooner();
    void resync_whilePolling_fetchesAtOnce();
    void linkThatNeverComesUp_pollsAtOnceThenHandsOverWhenLive();
    void refusedSubscription_polls();
    void stop_endsPolling();
};

void TestResyncFeedPolling::noClient_pollsEveryIntervalAndSaysWhy()
{
    PollFeed feed(nullptr);
    QSignalSpy polling(&feed, &ResyncFeed::pollingChanged);
    feed.setPollInterval(40);
    feed.start();
    QCOMPARE(feed.pollReason(), ResyncFeed::PollReason::NoLiveUpdates);
    QVERIFY(feed.isPolling());
    QCOMPARE(polling.size(), 1);
    QCOMPARE(feed.fetches, 1); // at once: nothing to wait for
    QCOMPARE(feed.lastSyncedAtMs(), 0);
    feed.finishLatest();
    QVERIFY(feed.lastSyncedAtMs() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(feed.fetches, 2, kTimeoutMs);
    feed.finishLatest();
    QTRY_COMPARE_WITH_TIMEOUT(feed.fetches, 3, kTimeoutMs);
    QCOMPARE(feed.log.mid(0, 6),
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:ok"),
                           QStringLiteral("synced"), QStringLiteral("started"),
                           QStringLiteral("finished:ok"), QStringLiteral("synced")}));
    // One at a time: a due poll waits for the one in flight.
    QTest::qWait(150);
    QCOMPARE(feed.fetches, 3);
}

void TestResyncFeedPolling::pollingOff_noClient_fetchesNothing()
{
    PollFeed feed(nullptr);
    feed.start(); // interval 0: polling off, as for every feed by default
    QVERIFY(!feed.isPolling());
    QTest::qWait(50);
    QCOMPARE(feed.fetches, 0);
    QVERIFY(!feed.resync());
    // Turned on later, it polls at once.
    feed.setPollInterval(1000);
    QCOMPARE(feed.fetches, 1);
}

void TestResyncFeedPolling::interval_neverSoonerThanThreeTimesTheLastFetch()
{
    PollFeed feed(nullptr);
    feed.setPollInterval(10);
    feed.start();
    QCOMPARE(feed.fetches, 1);
    // A slow full load: the next poll waits three times as long.
    QTest::qWait(200);
    feed.finishLatest();
    const qint64 took = feed.lastFetchDurationMs();
    QVERIFY2(took >= 190, qPrintable(QString::number(took)));
    QCOMPARE(feed.effectivePollInterval(), int(3 * took));
    QTRY_COMPARE_WITH_TIMEOUT(feed.fetches, 2, kTimeoutMs);
    // Timers never fire early (coarse ones by up to 5%): a lower bound only.
    const qint64 waited = feed.sinceFinish.elapsed();
    QVERIFY2(waited >= qint64(0.9 * 3 * took),
             qPrintable(QStringLiteral("waited %1 ms after a %2 ms load").arg(waited).arg(took)));
    // A quick load brings the setting back.
    feed.finishLatest();
    QVERIFY(feed.lastFetchDurationMs() < took);
    QCOMPARE(feed.effectivePollInterval(),
             int(std::max<qint64>(10, 3 * feed.lastFetchDurationMs())));
}

void TestResyncFeedPolling::paused_noPollUntilShownThenOneAtOnce()
{
    PollFeed feed(nullptr);
    feed.setPollInterval(30);
    feed.setPollingPaused(true); // the window is not shown yet
    feed.start();
    QVERIFY(feed.isPolling());
    QTest::qWait(120);
    QCOMPARE(feed.fetches, 0);
    feed.setPollingPaused(false);
    QCOMPARE(feed.fetches, 1); // due since start: at once
    feed.finishLatest();
    feed.setPollingPaused(true);
    QTest::qWait(200); // several intervals: none while hidden
    QCOMPARE(feed.fetches, 1);
    feed.setPollingPaused(false);
    QCOMPARE(feed.fetches, 2);
    // Shown again before the next poll is due: nothing extra.
    feed.finishLatest();
    feed.setPollInterval(60000);
    feed.setPollingPaused(true);
    feed.setPollingPaused(false);
    QCOMPARE(feed.fetches, 2);
}

void TestResyncFeedPolling::failedPoll_isRetriedAtTheIntervalNotSooner()
{
    PollFeed feed(nullptr);
    Backoff fast(1, 2);
    fast.setRandomSource([] { return 1.0; });
    feed.setSnapshotRetryBackoff(fast);
    feed.setPollInterval(150);
    feed.start();
    ApiError down;
    down.kind = ApiError::Kind::Network;
    feed.finishLatest(down);
    QCOMPARE(feed.log.last(), QStringLiteral("finished:error"));
    QTRY_COMPARE_WITH_TIMEOUT(feed.fetches, 2, kTimeoutMs);
    QVERIFY2(feed.sinceFinish.elapsed() >= 135,
             qPrintable(QString::number(feed.sinceFinish.elapsed())));
    feed.finishLatest();
    QCOMPARE(feed.log.last(), QStringLiteral("synced"));
}

void TestResyncFeedPolling::resync_whilePolling_fetchesAtOnce()
{
    PollFeed feed(nullptr);
    feed.setPollInterval(60000);
    feed.start();
    feed.finishLatest();
    QCOMPARE(feed.fetches, 1);
    QVERIFY(feed.resync()); // F5: now, not in a minute
    QCOMPARE(feed.fetches, 2);
    QVERIFY(feed.resync()); // again while in flight: the first is superseded
    QCOMPARE(feed.fetches, 3);
    QCOMPARE(feed.log.at(feed.log.size() - 2), QStringLiteral("finished:cancelled"));
}

void TestResyncFeedPolling::linkThatNeverComesUp_pollsAtOnceThenHandsOverWhenLive()
{
    FakeWsServer server;
    server.autoAck = false; // the first connection never becomes live
    QVERIFY(server.listen());
    GraphQLWsClient client(server.url());
    client.setTokenProvider([] { return QStringLiteral("t"); });
    client.setBackoff(Backoff(10, 20));
    GraphQLWsClient::Timing timing = client.timing();
    timing.ackTimeoutMs = 300;
    client.setTiming(timing);
    PollFeed feed(&client);
    feed.setPollInterval(60000);
    feed.setPollGrace(50);
    client.start();
    feed.start();
    QCOMPARE(feed.fetches, 0); // connecting: within the grace period
    QTRY_COMPARE_WITH_TIMEOUT(feed.pollReason(), ResyncFeed::PollReason::LinkDown, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(feed.fetches, 1, kTimeoutMs); // loaded over HTTP regardless
    QVERIFY(feed.latestIsCurrent());
    // The link comes up: polling ends, the resync replaces the poll in flight.
    server.autoAck = true;
    QTRY_VERIFY_WITH_TIMEOUT(client.state().isLive(), kTimeoutMs);
    QCOMPARE(feed.pollReason(), ResyncFeed::PollReason::None);
    QTRY_COMPARE_WITH_TIMEOUT(feed.fetches, 2, kTimeoutMs);
    QVERIFY(feed.log.contains(QStringLiteral("finished:cancelled")));
    feed.finishLatest();
    QCOMPARE(feed.log.last(), QStringLiteral("synced"));
    QVERIFY(!feed.isPolling());
}

void TestResyncFeedPolling::refusedSubscription_polls()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    server.onMessage = [&server](int connection, const Proto::Message &m) {
        if (m.type == MT::Subscribe)
            server.sendText(
                connection,
                QStringLiteral(
                    R"({"type":"error","id":"%1","payload":[{"message":"no","extensions":{"code":"FORBIDDEN"}}]})")
                    .arg(m.id)
                    .toUtf8());
    };
    GraphQLWsClient client(server.url());
    client.setTokenProvider([] { return QStringLiteral("t"); });
    PollFeed feed(&client);
    feed.setPollInterval(60000);
    QSignalSpy failed(&feed, &ResyncFeed::subscriptionFailed);
    client.start();
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QCOMPARE(feed.pollReason(), ResyncFeed::PollReason::SubscriptionRefused);
    QCOMPARE(feed.subscriptionError().code, QStringLiteral("FORBIDDEN"));
    QVERIFY(client.state().isLive()); // the link is fine; the server said no
    QTRY_VERIFY_WITH_TIMEOUT(feed.latestIsCurrent(), kTimeoutMs);
    const int before = feed.fetches;
    feed.finishLatest();
    QCOMPARE(feed.log.last(), QStringLiteral("synced"));
    QVERIFY(feed.resync());
    QCOMPARE(feed.fetches, before + 1);
}

void TestResyncFeedPolling::stop_endsPolling()
{
    PollFeed feed(nullptr);
    feed.setPollInterval(20);
    feed.start();
    feed.finishLatest();
    feed.stop();
    QVERIFY(!feed.isPolling());
    QTest::qWait(100);
    QCOMPARE(feed.fetches, 1);
    QVERIFY(!feed.resync());
}

QTEST_GUILESS_MAIN(TestResyncFeedPolling)
#include "TestResyncFeedPolling.moc"
