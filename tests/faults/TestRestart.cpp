// Faults (issue #9): the sandbox restarted mid-session, during a bulk pause
// (in process: every socket and the listener closed for a few seconds), and
// killed (SIGTERM, the process gone) and started again during a bulk resume.
// The real main window, offscreen, driven with keys (status filter, Ctrl+A,
// p / r, and the number of bots typed into the confirmation). Checks: the app
// recovers by itself, every operation of the batch ends settled: done or
// failed when the server answered, and when the answer was lost with the
// server, "unknown" and then "applied (confirmed)" or "not applied" from the
// server's state (issue 15: a lost answer is never reported as a failure, so
// no failure was in fact applied); nothing is silently lost; the triage log
// (SQLite) agrees with the server, and the Bots page's model equals the
// server's rows at the end.

#include "EventLoopWatch.h"
#include "FaultsSupport.h"
#include "models/triage/TriageLog.h"
#include "views/bots/BotBatchPanel.h"
#include "views/bots/BotConfirmDialog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>

#include <sys/types.h>

using namespace faults;

namespace {

constexpr int kAccounts = 100; // SANDBOX_ARGS in CMakeLists.txt
constexpr int kSeed = 11;
constexpr int kBatchTimeoutMs = 120000;

struct BatchFigures
{
    int total = 0;
    int done = 0; // including confirmed
    int failed = 0; // including not applied
    int unknown = 0; // not settled (must end at 0)
    int confirmed = 0;
    int notApplied = 0;
    int skipped = 0;
    int loggedOk = 0; // ok and confirmed entries
    int loggedFailed = 0; // failed and not_applied entries
    int loggedUnknown = 0; // unknown entries (each settled by a later one)
    int loggedConfirmed = 0;
    int loggedNotApplied = 0;
    int unanswered = 0; // pending entries without a result
    int unsettled = 0; // unknown entries without a settling entry
    int okDisagreeing = 0; // ok or confirmed in the log, but the server has another state
    int notAppliedButApplied = 0; // not applied in the log, the server has the target state
    int failedButApplied = 0; // failed in the log, the server has the target state anyway
    int retried = 0;
    int retriedOk = 0;
};

} // namespace

class TestRestart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restartDuringBulkPause_killDuringBulkResume_nothingLost();

private:
    // Marks every row shown with the status filter (Ctrl+A), presses key and
    // confirms with Return; returns the batch the page shows.
    BotBatchState startBulk(AppShell &shell, BotTable::StatusFilter filter, Qt::Key key,
                            Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Checks the batch and its triage log entries against the server.
    BatchFigures checkBatch(AppShell &shell, quint64 batchId, const QString &targetStatus);
    bool killSandbox();
    bool startSandboxAgain();

    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
    qint64 m_pid = 0;
};

void TestRestart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QFile info(qEnvironmentVariable("LUMIO_SANDBOX_INFO"));
    QVERIFY(info.open(QIODevice::ReadOnly));
    m_pid =
        QJsonDocument::fromJson(info.readAll()).object().value(QLatin1String("pid")).toInteger();
    QVERIFY(m_pid > 0);
}

BotBatchState TestRestart::startBulk(AppShell &shell, BotTable::StatusFilter filter, Qt::Key key,
                                     Qt::KeyboardModifiers modifiers)
{
    BotTablePage *bots = botsPage(shell);
    shell.window.setCurrentPage(QStringLiteral("bots"));
    bots->clearFilters();
    bots->clearMarks();
    bots->statusCombo()->setCurrentIndex(bots->statusCombo()->findData(int(filter)));
    bots->applySearchNow();
    QTableView *table = bots->tableView();
    shell.window.activateWindow();
    if (!QTest::qWaitForWindowActive(&shell.window))
        return {};
    table->setFocus();
    table->setCurrentIndex(bots->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    if (bots->markedKeys().size() != bots->model()->rowCount()) {
        qWarning() << "Ctrl+A marked" << bots->markedKeys().size() << "of"
                   << bots->model()->rowCount();
        return {};
    }
    QTest::keyClick(table, key, modifiers);
    if (!QTest::qWaitFor(
            [bots] { return bots->confirmationBox() && bots->confirmationBox()->isVisible(); },
            5000)) {
        qWarning() << "no confirmation";
        return {};
    }
    // Dozens of bots on five platforms: the number is typed (issue 15).
    BotConfirmDialog *box = bots->confirmationBox();
    QTest::keyClicks(box->countEdit(), QString::number(box->requiredCount()));
    QTest::keyClick(box->countEdit(), Qt::Key_Return);
    if (!QTest::qWaitFor([bots] { return bots->batchPanel()->batch().total > 0; }, 5000))
        return {};
    return bots->batchPanel()->batch();
}

BatchFigures TestRestart::checkBatch(AppShell &shell, quint64 batchId, const QString &targetStatus)
{
    BatchFigures f;
    BotSyncController *sync = botSync(shell);
    const BotBatchState batch = sync->batch(batchId);
    f.total = batch.total;
    f.done = batch.done;
    f.failed = batch.failed;
    f.unknown = batch.unknown;
    f.confirmed = batch.confirmed;
    f.notApplied = batch.notApplied;
    f.skipped = batch.skipped;
    auto *log = shell.window.findChild<TriageLog *>();
    if (!log)
        return f;
    const ServerState server = serverState(m_sandbox);
    QHash<qint64, TriageEntry> pendingById;
    QSet<qint64> unknownIds;
    QSet<qint64> answered;
    for (const TriageEntry &e : log->entries({})) {
        if (e.batchId != qint64(batchId) || e.kind != QLatin1String("bot"))
            continue;
        if (e.result == TriageEntry::Result::Pending) {
            pendingById.insert(e.id, e);
            continue;
        }
        answered.insert(e.refId);
        const ServerRow *row = server.find(rowKey(e.accountId, e.platform));
        switch (e.result) {
        case TriageEntry::Result::Ok:
        case TriageEntry::Result::Confirmed:
            ++f.loggedOk;
            f.loggedConfirmed += e.result == TriageEntry::Result::Confirmed ? 1 : 0;
            if (!row || row->status != e.serverMessage)
                ++f.okDisagreeing;
            break;
        case TriageEntry::Result::NotApplied:
            ++f.loggedNotApplied;
            ++f.loggedFailed;
            if (!row || row->status == targetStatus || row->status != e.serverMessage)
                ++f.notAppliedButApplied;
            break;
        case TriageEntry::Result::Failed:
            ++f.loggedFailed;
            if (row && row->status == targetStatus)
                ++f.failedButApplied;
            break;
        case TriageEntry::Result::Unknown:
            ++f.loggedUnknown;
            unknownIds.insert(e.id);
            break;
        case TriageEntry::Result::Pending:
            break;
        }
    }
    for (auto it = pendingById.cbegin(); it != pendingById.cend(); ++it) {
        if (!answered.contains(it.key()))
            ++f.unanswered;
    }
    for (const qint64 id : std::as_const(unknownIds)) {
        if (!answered.contains(id))
            ++f.unsettled;
    }
    return f;
}

bool TestRestart::killSandbox()
{
    if (::kill(pid_t(m_pid), SIGTERM) != 0)
        return false;
    // Gone when signal 0 fails (or it is a zombie of the fixture's detached spawn).
    return QTest::qWaitFor(
        [this] {
            if (::kill(pid_t(m_pid), 0) != 0)
                return true;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
            return stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z");
        },
        15000);
}

bool TestRestart::startSandboxAgain()
{
    // The same fixture helper CTest used, on the same port and state file; it
    // rewrites the info file with the new pid, so the fixture's cleanup stops
    // the new process.
    const QString infoFile = qEnvironmentVariable("LUMIO_SANDBOX_INFO");
    QProcess fixture;
    fixture.setProcessChannelMode(QProcess::MergedChannels);
    fixture.start(QStringLiteral(LUMIO_NODE),
                  {QStringLiteral(LUMIO_SANDBOX_FIXTURE), QStringLiteral("start"), infoFile,
                   QStringLiteral("--"), QStringLiteral("--port"),
                   QString::number(m_sandbox.httpUrl().port()), QStringLiteral("--accounts"),
                   QString::number(kAccounts), QStringLiteral("--seed"), QString::number(kSeed),
                   QStringLiteral("--state-file"), QStringLiteral(LUMIO_RESTART_STATE_FILE)});
    // The app's event loop keeps running while the server comes back.
    if (!QTest::qWaitFor([&fixture] { return fixture.state() == QProcess::NotRunning; }, 70000))
        return false;
    qInfo().noquote() << "fixture:" << QString::fromUtf8(fixture.readAll()).trimmed();
    if (fixture.exitCode() != 0)
        return false;
    QFile info(infoFile);
    if (!info.open(QIODevice::ReadOnly))
        return false;
    m_pid =
        QJsonDocument::fromJson(info.readAll()).object().value(QLatin1String("pid")).toInteger();
    return m_pid > 0;
}

void TestRestart::restartDuringBulkPause_killDuringBulkResume_nothingLost()
{
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
    QTRY_COMPARE_WITH_TIMEOUT(bots->model()->counts().total, qsizetype(kAccounts) * 5,
                              kLoadTimeoutMs);
    GraphQLWsClient *ws = shell.session.ws();
    QVERIFY(ws);
    auto *log = shell.window.findChild<TriageLog *>();
    QVERIFY(log);
    QVERIFY2(log->path().startsWith(m_dir.path()), qPrintable(log->path()));
    // Slow enough that the batch is still running when the server goes.
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 80}});

    // --- 1. restart (listener and sockets closed 2.5 s) during a bulk pause ---
    const int acks1 = ws->acknowledgedCount();
    const BotBatchState pause = startBulk(shell, BotTable::StatusFilter::Active, Qt::Key_P);
    QVERIFY2(pause.total >= 40, qPrintable(QString::number(pause.total)));
    // The event loop while the batch runs into the fault (test-side checks
    // are left out: suspended around them).
    EventLoopWatch watch(2);
    watch.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync->batch(pause.id).done + sync->batch(pause.id).failed
                                 >= pause.total / 5,
                             kBatchTimeoutMs);
    QVERIFY2(!sync->batch(pause.id).isFinished(), "the batch finished before the restart");
    QString error;
    m_sandbox.control(QStringLiteral("restart"), {{QStringLiteral("downMs"), 2500}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(sync->batch(pause.id).isFinished(), kBatchTimeoutMs);
    // Recovers by itself: a new acknowledged connection and a fresh snapshot,
    // which settles every lost answer.
    QTRY_VERIFY_WITH_TIMEOUT(ws->acknowledgedCount() > acks1, kLoadTimeoutMs);
    QVERIFY(waitLoaded(shell));
    QTRY_VERIFY_WITH_TIMEOUT(sync->batch(pause.id).isSettled(), kBatchTimeoutMs);
    watch.suspend();
    BatchFigures restart = checkBatch(shell, pause.id, QStringLiteral("PAUSED"));
    // What the page says: the panel lists every failure (not applied ones too).
    QCOMPARE(bots->batchPanel()->batch().id, pause.id);
    QCOMPARE(bots->batchPanel()->failureList()->count(), restart.failed);
    // The operator retries what failed (the panel's button) and it completes.
    if (restart.failed > 0) {
        QPushButton *retry = bots->batchPanel()->retryButton();
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QSignalSpy batches(sync, &BotSyncController::batchChanged);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 5000);
        const quint64 retryId = batches.last().at(0).value<quint64>();
        QVERIFY(retryId > pause.id);
        QTRY_VERIFY_WITH_TIMEOUT(sync->batch(retryId).isSettled(), kBatchTimeoutMs);
        const BatchFigures r = checkBatch(shell, retryId, QStringLiteral("PAUSED"));
        restart.retried = r.total + r.skipped;
        restart.retriedOk = r.loggedOk;
        QCOMPARE(r.failed, 0);
        QCOMPARE(r.unanswered, 0);
        QCOMPARE(r.okDisagreeing, 0);
    }
    ServerState server = serverState(m_sandbox);
    QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
    int notPaused = 0;
    for (const BotKey &key : bots->markedKeys()) {
        const ServerRow *row = server.find(rowKey(key.accountId,
                                                  QString(platformToWire(key.platform))));
        if (!row || row->status != QLatin1String("PAUSED"))
            ++notPaused;
    }
    Comparison rows1;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rows1 = compareRows(serverState(m_sandbox), appRows(bots))).problems() == 0, 10000);
    printFigures(QStringLiteral("restart_during_bulk_pause"),
                 {{QStringLiteral("actions"), num(restart.total)},
                  {QStringLiteral("completed"), num(restart.done)},
                  {QStringLiteral("failed"), num(restart.failed)},
                  {QStringLiteral("answersLost"), num(restart.loggedUnknown)},
                  {QStringLiteral("confirmed"), num(restart.confirmed)},
                  {QStringLiteral("notApplied"), num(restart.notApplied)},
                  {QStringLiteral("loggedOk"), num(restart.loggedOk)},
                  {QStringLiteral("loggedFailed"), num(restart.loggedFailed)},
                  {QStringLiteral("unanswered"), num(restart.unanswered)},
                  {QStringLiteral("unsettled"), num(restart.unsettled)},
                  {QStringLiteral("okDisagreeing"), num(restart.okDisagreeing)},
                  {QStringLiteral("failedButApplied"), num(restart.failedButApplied)},
                  {QStringLiteral("notAppliedButApplied"), num(restart.notAppliedButApplied)},
                  {QStringLiteral("retried"), num(restart.retried)},
                  {QStringLiteral("retriedOk"), num(restart.retriedOk)},
                  {QStringLiteral("markedNotPausedAtEnd"), num(notPaused)},
                  {QStringLiteral("reconnects"), num(ws->acknowledgedCount() - acks1)},
                  {QStringLiteral("rowsCompared"), num(rows1.compared)},
                  {QStringLiteral("mismatches"), num(rows1.problems())}});
    QCOMPARE(restart.done + restart.failed, restart.total);
    QCOMPARE(restart.unknown, 0);
    QCOMPARE(restart.loggedOk, restart.done);
    QCOMPARE(restart.loggedFailed, restart.failed);
    QCOMPARE(restart.loggedConfirmed, restart.confirmed);
    QCOMPARE(restart.loggedNotApplied, restart.notApplied);
    QCOMPARE(restart.loggedUnknown, restart.confirmed + restart.notApplied);
    QCOMPARE(restart.unanswered, 0);
    QCOMPARE(restart.unsettled, 0);
    QCOMPARE(restart.okDisagreeing, 0);
    QCOMPARE(restart.notAppliedButApplied, 0);
    QCOMPARE(restart.failedButApplied, 0); // a lost answer is never called a failure
    QCOMPARE(notPaused, 0);

    // --- 2. the process killed (SIGTERM) and started again during a bulk resume ---
    const int acks2 = ws->acknowledgedCount();
    const BotBatchState resume = startBulk(shell, BotTable::StatusFilter::Paused, Qt::Key_R);
    QVERIFY2(resume.total >= 40, qPrintable(QString::number(resume.total)));
    watch.resume();
    QTRY_VERIFY_WITH_TIMEOUT(sync->batch(resume.id).done + sync->batch(resume.id).failed
                                 >= resume.total / 5,
                             kBatchTimeoutMs);
    QVERIFY2(!sync->batch(resume.id).isFinished(), "the batch finished before the kill");
    const qint64 oldPid = m_pid;
    QVERIFY(killSandbox());
    QVERIFY(startSandboxAgain());
    QVERIFY(m_pid != oldPid);
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 0}});
    QTRY_VERIFY_WITH_TIMEOUT(sync->batch(resume.id).isFinished(), kBatchTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(ws->acknowledgedCount() > acks2, kLoadTimeoutMs);
    QVERIFY(waitLoaded(shell));
    QTRY_VERIFY_WITH_TIMEOUT(sync->batch(resume.id).isSettled(), kBatchTimeoutMs);
    watch.stop();
    qInfo().noquote() << "event loop during both batches:" << watch.summary();
    BatchFigures kill = checkBatch(shell, resume.id, QStringLiteral("ACTIVE"));
    QCOMPARE(bots->batchPanel()->failureList()->count(), kill.failed);
    Comparison rows2;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rows2 = compareRows(serverState(m_sandbox), appRows(bots))).problems() == 0, 10000);

    // The whole triage log of the session against the server: the last
    // answered entry of each bot (ok, confirmed, or not applied, with the
    // state the server showed) says the state the server has.
    server = serverState(m_sandbox);
    QHash<QString, TriageEntry> lastOk;
    int entries = 0;
    int unansweredTotal = 0;
    QSet<qint64> answeredIds;
    QList<qint64> pendingIds;
    const QList<TriageEntry> all = log->entries({});
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // oldest first
        ++entries;
        if (it->result == TriageEntry::Result::Pending
            || it->result == TriageEntry::Result::Unknown) {
            pendingIds.append(it->id); // each waits for a later entry
            if (it->refId > 0)
                answeredIds.insert(it->refId);
        } else {
            answeredIds.insert(it->refId);
            lastOk.insert(rowKey(it->accountId, it->platform), *it); // last answered
        }
    }
    for (qint64 id : pendingIds)
        unansweredTotal += answeredIds.contains(id) ? 0 : 1;
    int logDisagrees = 0;
    QStringList examples;
    for (auto it = lastOk.cbegin(); it != lastOk.cend(); ++it) {
        if (it->result != TriageEntry::Result::Ok && it->result != TriageEntry::Result::Confirmed
            && it->result != TriageEntry::Result::NotApplied)
            continue; // failed last: the log claims nothing about the server
        const ServerRow *row = server.find(it.key());
        if (!row || row->status != it->serverMessage) {
            ++logDisagrees;
            if (examples.size() < 5)
                examples.append(it.key() + QLatin1Char(' ') + it->serverMessage
                                + QLatin1String(" vs ")
                                + (row ? row->status : QStringLiteral("none")));
        }
    }
    // A resume whose answer was lost with the process is unknown, then
    // settled from the restarted server's snapshot.
    printFigures(QStringLiteral("kill_during_bulk_resume"),
                 {{QStringLiteral("actions"), num(kill.total)},
                  {QStringLiteral("completed"), num(kill.done)},
                  {QStringLiteral("failed"), num(kill.failed)},
                  {QStringLiteral("answersLost"), num(kill.loggedUnknown)},
                  {QStringLiteral("confirmed"), num(kill.confirmed)},
                  {QStringLiteral("notApplied"), num(kill.notApplied)},
                  {QStringLiteral("loggedOk"), num(kill.loggedOk)},
                  {QStringLiteral("loggedFailed"), num(kill.loggedFailed)},
                  {QStringLiteral("unanswered"), num(kill.unanswered)},
                  {QStringLiteral("unsettled"), num(kill.unsettled)},
                  {QStringLiteral("okDisagreeing"), num(kill.okDisagreeing)},
                  {QStringLiteral("failedButApplied"), num(kill.failedButApplied)},
                  {QStringLiteral("notAppliedButApplied"), num(kill.notAppliedButApplied)},
                  {QStringLiteral("reconnects"), num(ws->acknowledgedCount() - acks2)},
                  {QStringLiteral("rowsCompared"), num(rows2.compared)},
                  {QStringLiteral("mismatches"), num(rows2.problems())},
                  {QStringLiteral("triageEntries"), num(entries)},
                  {QStringLiteral("triageBotsChecked"), num(lastOk.size())},
                  {QStringLiteral("triageDisagreeing"), num(logDisagrees)},
                  {QStringLiteral("triageUnanswered"), num(unansweredTotal)},
                  {QStringLiteral("maxBlockCpuMs"), num(watch.maxGapCpuMs())},
                  {QStringLiteral("maxBlockWallMs"), num(watch.maxGapWallMs())}});
    QCOMPARE(kill.done + kill.failed, kill.total);
    QCOMPARE(kill.unknown, 0);
    QCOMPARE(kill.loggedOk, kill.done);
    QCOMPARE(kill.loggedFailed, kill.failed);
    QCOMPARE(kill.loggedUnknown, kill.confirmed + kill.notApplied);
    QCOMPARE(kill.unanswered, 0);
    QCOMPARE(kill.unsettled, 0);
    QCOMPARE(kill.okDisagreeing, 0);
    QCOMPARE(kill.notAppliedButApplied, 0);
    QCOMPARE(kill.failedButApplied, 0);
    QVERIFY2(logDisagrees == 0, qPrintable(examples.join(QLatin1String("; "))));
    QCOMPARE(unansweredTotal, 0);
    QVERIFY(shell.session.isSignedIn());
}

QTEST_MAIN(TestRestart)
#include "TestRestart.moc"
