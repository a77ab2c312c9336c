// BotSyncController's side of BotCommands without a server: handlers run
// only while their context lives, and every batch is logged with the origin
// its caller gave (retries with "retry"). The clients point at a closed
// loopback port, so requests fail at once.

#include "BotPartsData.h"

#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotStore.h"
#include "models/triage/TriageLog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BotPartsData;

namespace {

constexpr int kTimeoutMs = 10000;

// A controller on clients that reach nothing.
struct Harness
{
    QNetworkAccessManager network;
    std::unique_ptr<GraphQLClient> http;
    std::unique_ptr<GraphQLWsClient> ws;
    BotStore store;
    BotSyncController sync {&store};

    Harness()
    {
        GraphQLClientConfig config;
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/graphql"));
        config.token = QStringLiteral("test");
        config.retry.maxAttempts = 1;
        http = std::make_unique<GraphQLClient>(&network, config);
        ws = std::make_unique<GraphQLWsClient>(QUrl(QStringLiteral("ws://127.0.0.1:1/graphql")));
        store.setFlushInterval(0);
        fill(store,
             {entry(0, QStringLiteral("acme_live"), Platform::Twitch, BotStatus::Active),
              entry(1, QStringLiteral("bob"), Platform::Twitch, BotStatus::Active)});
    }
    ~Harness()
    {
        sync.setHandlers(nullptr, {});
        sync.stop();
    }
};

} // namespace

class TestBotSyncHandlers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handlers_runWhileTheirContextLives_neverAfter();
    void setHandlers_replacesTheOldOnes_nullContextDetaches();
    void handler_mayReplaceHandlersWhileItRuns();
    void batches_loggedWithTheOriginGiven_retriesAsRetry();
};

void TestBotSyncHandlers::handlers_runWhileTheirContextLives_neverAfter()
{
    Harness h;
    auto context = std::make_unique<QObject>();
    QList<BotLoadState::Phase> phases;
    h.sync.setHandlers(context.get(), {.loadStateChanged = [&](const BotLoadState &s) {
                           phases.append(s.phase);
                       }});
    h.sync.start(h.http.get(), h.ws.get());
    QCOMPARE(phases, QList<BotLoadState::Phase> {BotLoadState::Phase::Connecting});

    context.reset();
    QSignalSpy changed(&h.sync, &BotSyncController::loadStateChanged);
    h.sync.stop(); // back to Idle: the state changes, nobody is told
    QCOMPARE(changed.count(), 1);
    QCOMPARE(h.sync.loadState().phase, BotLoadState::Phase::Idle);
    QCOMPARE(phases.size(), 1);
}

void TestBotSyncHandlers::setHandlers_replacesTheOldOnes_nullContextDetaches()
{
    Harness h;
    QObject context;
    int first = 0;
    int second = 0;
    h.sync.setHandlers(&context, {.loadStateChanged = [&](const BotLoadState &) {
        ++first;
    }});
    h.sync.setHandlers(&context, {.loadStateChanged = [&](const BotLoadState &) {
        ++second;
    }});
    h.sync.start(h.http.get(), h.ws.get());
    QCOMPARE(first, 0);
    QCOMPARE(second, 1);

    h.sync.setHandlers(nullptr, {.loadStateChanged = [&](const BotLoadState &) {
                           ++second;
                       }});
    h.sync.stop();
    QCOMPARE(second, 1);
}

void TestBotSyncHandlers::handler_mayReplaceHandlersWhileItRuns()
{
    Harness h;
    QObject context;
    int calls = 0;
    int later = 0;
    h.sync.setHandlers(&context, {.loadStateChanged = [&](const BotLoadState &) {
        ++calls;
        // Destroys the running std::function's original.
        h.sync.setHandlers(&context, {.loadStateChanged = [&](const BotLoadState &) {
            ++later;
        }});
    }});
    h.sync.start(h.http.get(), h.ws.get());
    h.sync.stop();
    QCOMPARE(calls, 1);
    QCOMPARE(later, 1);
}

void TestBotSyncHandlers::batches_loggedWithTheOriginGiven_retriesAsRetry()
{
    Harness h;
    QTemporaryDir dir;
    TriageLog log;
    QVERIFY(log.open(dir.filePath(QStringLiteral("triage.sqlite"))));
    h.sync.setTriageLog(&log);
    QObject context;
    QList<BotBatchState> batches;
    QList<BotOperationFailure> failures;
    h.sync.setHandlers(&context,
                       {.batchChanged = [&](const BotBatchState &b) { batches.append(b); },
                        .operationFailed =
                            [&](const BotOperationFailure &f) {
                                failures.append(f);
                            }});
    h.sync.start(h.http.get(), h.ws.get());

    const QList<BotKey> keys = {key(0, Platform::Twitch), key(1, Platform::Twitch)};
    const quint64 id = h.sync.pause(keys, TriageOrigin::undo());
    QVERIFY(id != 0);
    // Told of the new batch before its id was returned.
    QVERIFY(!batches.isEmpty());
    QCOMPARE(batches.constFirst().id, id);
    QCOMPARE(batches.constFirst().total, 2);
    const QList<TriageEntry> sent = log.entries({});
    QCOMPARE(sent.size(), 2);
    for (const TriageEntry &e : sent) {
        QCOMPARE(e.origin, TriageOrigin::undo());
        QCOMPARE(e.action, TriageAction::pause());
        QCOMPARE(e.result, TriageEntry::Result::Pending);
    }

    // Nothing listens on the port: both fail, and the retry is a "retry".
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(h.sync.batch(id).isFinished(), kTimeoutMs);
    TriageLog::Query after;
    after.afterId = log.entries({}).constFirst().id;
    const quint64 retry = h.sync.retryFailed(id);
    QVERIFY(retry != 0 && retry != id);
    const QList<TriageEntry> retried = log.entries(after);
    QCOMPARE(retried.size(), 2);
    for (const TriageEntry &e : retried)
        QCOMPARE(e.origin, TriageOrigin::retry());
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 4, kTimeoutMs);

    // The next batch carries its own origin: nothing sticks from the last.
    after.afterId = log.entries({}).constFirst().id;
    QVERIFY(h.sync.reconnect(keys, TriageOrigin::bulk()) != 0);
    const QList<TriageEntry> reconnects = log.entries(after);
    QCOMPARE(reconnects.size(), 2);
    for (const TriageEntry &e : reconnects) {
        QCOMPARE(e.origin, TriageOrigin::bulk());
        QCOMPARE(e.action, TriageAction::reconnect());
    }
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 6, kTimeoutMs);
}

QTEST_GUILESS_MAIN(TestBotSyncHandlers)
#include "TestBotSyncHandlers.moc"
