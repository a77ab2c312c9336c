// Faults (issue #9): the WebSocket dropped every few seconds for minutes
// while rows change at a steady rate. The real main window, offscreen,
// against a sandbox; at the end the Bots page's model is compared with the
// server's state row by row: zero missing or stale rows, and the number of
// reconnects the app went through is reported.

#include "EventLoopWatch.h"
#include "FaultsSupport.h"
#include "api/ConnectionState.h"
#include "views/StatusBarWidgets.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace faults;

namespace {
constexpr int kAccounts = 300; // SANDBOX_ARGS in CMakeLists.txt
constexpr int kDropEverySeconds = 3;
constexpr int kEventsPerSecond = 40;
} // namespace

class TestWsSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropsEveryFewSeconds_noMissedOrStaleRow();

private:
    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
};

void TestWsSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The app's triage log and data go to a private directory.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestWsSoak::dropsEveryFewSeconds_noMissedOrStaleRow()
{
    const int soakSeconds = qEnvironmentVariableIsSet("LUMIO_FAULTS_SOAK_SECONDS")
        ? qEnvironmentVariableIntValue("LUMIO_FAULTS_SOAK_SECONDS")
        : 150;
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});

    AppShell shell(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
    QVERIFY(signIn(shell, m_sandbox, QStringLiteral("admin")));
    BotTablePage *bots = botsPage(shell);
    BotSyncController *sync = botSync(shell);
    QVERIFY(bots && sync);
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QVERIFY(waitLoaded(shell));
    QVERIFY2(
        waitUntil([&] { return (bots->model()->counts().total) == (qsizetype(kAccounts) * 5); },
                  kLoadTimeoutMs),
        "(bots->model()->counts().total) == (qsizetype(kAccounts) * 5)");
    GraphQLWsClient *ws = shell.session.ws();
    QVERIFY(ws);

    // Every state the app reports, from the session (what the status bar shows).
    int reconnecting = 0;
    int wentLive = 0;
    QObject counterContext;
    connect(&shell.session, &Session::connectionStateChanged, &counterContext,
            [&](const ConnectionState &s) {
                if (s.kind() == ConnectionState::Kind::Reconnecting)
                    ++reconnecting;
                else if (s.kind() == ConnectionState::Kind::Live)
                    ++wentLive;
            });
    const int acksBefore = ws->acknowledgedCount();
    const int snapshotsBefore = sync->feed()->snapshotCount();
    const ServerState before = serverState(m_sandbox, false);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));

    EventLoopWatch watch(2);
    watch.start();
    QElapsedTimer soak;
    soak.start();
    m_sandbox.control(QStringLiteral("faults"),
                      {{QStringLiteral("dropWebSocketsEverySeconds"), kDropEverySeconds}});
    m_sandbox.control(QStringLiteral("events"),
                      {{QStringLiteral("eventsPerSecond"), kEventsPerSecond}});
    // An operator keeps working meanwhile: the page answers keys.
    bots->tableView()->setFocus();
    int keyRounds = 0;
    while (soak.elapsed() < qint64(soakSeconds) * 1000) {
        runFor(1000);
        QTest::keyClick(bots->tableView(), Qt::Key_J);
        ++keyRounds;
    }
    // Drops stop; the link must come back and stay live, and the events that
    // follow must arrive live (the final comparison happens without any
    // resync in between, so a lost live event would show as a stale row).
    m_sandbox.control(QStringLiteral("faults"),
                      {{QStringLiteral("dropWebSocketsEverySeconds"), 0}});
    QVERIFY(waitLoaded(shell, 30000));
    const int acksAtFinalLive = ws->acknowledgedCount();
    runFor(5000);
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
    const qint64 soakMs = soak.elapsed();
    watch.stop();

    // Converges by itself (events in flight land within a frame or two).
    ServerState server;
    Comparison result;
    QElapsedTimer converge;
    converge.start();
    do {
        runFor(500);
        server = serverState(m_sandbox);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        result = compareRows(server, appRows(bots));
    } while (result.problems() > 0 && converge.elapsed() < 10000);
    const int acksAfter = ws->acknowledgedCount();
    const int reconnects = acksAfter - acksBefore;
    const int dropped = counter(server, "wsDropped") - counter(before, "wsDropped");
    const int events = counter(server, "lifeEvents") - counter(before, "lifeEvents");
    const int snapshots = sync->feed()->snapshotCount() - snapshotsBefore;
    const QString statusText = shell.window.connectionStatus()->text();

    qInfo().noquote() << "soak:" << soakMs << "ms," << dropped << "server drops," << reconnects
                      << "reconnects," << snapshots << "resync snapshots," << events
                      << "row changes; status bar:" << statusText << ";" << watch.summary();
    printFigures(QStringLiteral("ws_drop_soak"),
                 {{QStringLiteral("soakSeconds"), num(soakMs / 1000)},
                  {QStringLiteral("serverDrops"), num(dropped)},
                  {QStringLiteral("reconnects"), num(reconnects)},
                  {QStringLiteral("reconnectingStates"), num(reconnecting)},
                  {QStringLiteral("liveStates"), num(wentLive)},
                  {QStringLiteral("resyncSnapshots"), num(snapshots)},
                  {QStringLiteral("rowChanges"), num(events)},
                  {QStringLiteral("rowsCompared"), num(result.compared)},
                  {QStringLiteral("missing"), num(result.missing)},
                  {QStringLiteral("stale"), num(result.stale)},
                  {QStringLiteral("mismatches"), num(result.mismatched + result.extra)},
                  {QStringLiteral("convergeMs"), num(converge.elapsed())},
                  {QStringLiteral("keyRounds"), num(keyRounds)},
                  {QStringLiteral("maxBlockCpuMs"), num(watch.maxGapCpuMs())},
                  {QStringLiteral("maxBlockWallMs"), num(watch.maxGapWallMs())}});

    QVERIFY2(result.problems() == 0, qPrintable(result.describe()));
    QCOMPARE(result.compared, kAccounts * 5);
    // The fault really happened, and the app went through it each time.
    QVERIFY2(dropped >= soakSeconds / kDropEverySeconds / 2,
             qPrintable(QStringLiteral("only %1 drops").arg(dropped)));
    QVERIFY2(events >= soakSeconds * kEventsPerSecond / 2,
             qPrintable(QStringLiteral("only %1 row changes").arg(events)));
    QVERIFY2(reconnects >= dropped * 3 / 4,
             qPrintable(QStringLiteral("%1 reconnects for %2 drops").arg(reconnects).arg(dropped)));
    QVERIFY(snapshots >= reconnects * 3 / 4);
    // No reconnect during the final live window: the last rows came as events.
    QCOMPARE(acksAfter, acksAtFinalLive);
    QVERIFY(shell.session.connectionState().isLive());
    QVERIFY2(statusText.contains(QLatin1String("Live"), Qt::CaseInsensitive),
             qPrintable(statusText));
    QVERIFY2(watch.maxGapCpuMs() <= 50.0, qPrintable(watch.summary()));
}

QTEST_MAIN(TestWsSoak)
#include "TestWsSoak.moc"
