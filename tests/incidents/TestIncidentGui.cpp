// Incidents on the real main window against a sandbox (issue 15), driven
// with keys where an operator would use keys: start an incident, act from
// the Bots page, the palette, undo and the Discord side, restart, close;
// revert an incident after another client changed some of its bots; "Pause
// for..." with its resume due after a restart; the incident report.

#include "AppShell.h"
#include "SandboxInfo.h"
#include "app/IncidentController.h"
#include "app/Notifier.h"
#include "app/PlannedResumeController.h"
#include "app/sync/DiscordSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/incidents/BotRevertPlan.h"
#include "models/triage/TriageLog.h"
#include "views/SignInDialog.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/incidents/BotRevertList.h"
#include "views/incidents/IncidentRevertDialog.h"
#include "views/incidents/IncidentStartDialog.h"
#include "views/incidents/PauseForDialog.h"
#include "views/incidents/PlannedResumeDialog.h"
#include "views/incidents/StatusChip.h"
#include "views/palette/CommandPalette.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 20000;

// Presses keys where a keyboard sends them: the focus widget.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, key, modifiers);
}

void type(QWidget *window, const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, c.toLatin1());
    }
}

// What a window manager does when a dialog opens (offscreen activation
// arrives late, and an earlier one for the main window may still be queued).
void activate(QWidget *dialog)
{
    QTRY_VERIFY([dialog] {
        if (!dialog->isActiveWindow())
            dialog->activateWindow();
        return dialog->isActiveWindow();
    }());
}

BotKey keyOf(const QString &accountId, Platform platform)
{
    BotStatusEntry e;
    e.accountId = accountId;
    e.platform = platform;
    return BotKey::fromEntry(e);
}

QString idOf(const BotKey &key)
{
    return key.accountId; // as the server gave it
}

} // namespace

class TestIncidentGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void incident_startActClose_everyActionTagged_survivesRestart();
    void revert_skipsBotsChangedByAnotherClient_resumesTheRest();
    void pauseFor_dueAfterRestart_offeredAndResumedAfterConfirmation();
    void export_reportAsMarkdownAndCsv_inUtc();

private:
    std::unique_ptr<AppShell> startApp();
    void signIn(AppShell &shell, const QString &profile = QStringLiteral("Sandbox"));
    static BotTablePage *botsPage(AppShell &shell);
    static TriageLog *triageLog(AppShell &shell);
    static IncidentController *incidents(AppShell &shell);
    static PlannedResumeController *plannedResumes(AppShell &shell);
    // The Bots page's confirmation of a bulk action: Ok. (The one place
    // that knows how that confirmation is answered.)
    static void acceptBotConfirmation(BotTablePage *page);
    // Active bots of accounts not used before in this run.
    QList<BotKey> freshActiveBots(AppShell &shell, int count);
    // Entries after afterId (oldest first).
    static QList<TriageEntry> entriesAfter(TriageLog *log, qint64 afterId);
    static int okAnswers(TriageLog *log, qint64 afterId, const QString &origin);
    QString status(const BotKey &key) const;
    void setStatus(const BotKey &key, const QString &status);
    qint64 mutations() const;

    SandboxInfo m_sandbox;
    QString m_acmeId;
    QSet<QString> m_used;
    QList<BotKey> m_touched;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestIncidentGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app's own triage log (AppDataLocation in test mode): start clean.
    const QString path = TriageLog::defaultPath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("{ adminBotStatuses(filter: {search: \"acme_live\", platform: TWITCH}) "
                       "{ nodes { accountId accountName } } }"));
    for (const QJsonValue &n :
         reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
             .toArray()) {
        if (n[QLatin1String("accountName")].toString() == QLatin1String("acme_live"))
            m_acmeId = n[QLatin1String("accountId")].toString();
    }
    QVERIFY(!m_acmeId.isEmpty());
    m_used.insert(m_acmeId);
}

void TestIncidentGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_touched.clear();
    setStatus(keyOf(m_acmeId, Platform::Twitch), QStringLiteral("ACTIVE"));
}

void TestIncidentGui::cleanup()
{
    for (const BotKey &key : std::as_const(m_touched))
        setStatus(key, QStringLiteral("ACTIVE"));
    setStatus(keyOf(m_acmeId, Platform::Twitch), QStringLiteral("ACTIVE"));
    m_dir.reset();
}

std::unique_ptr<AppShell> TestIncidentGui::startApp()
{
    return std::make_unique<AppShell>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestIncidentGui::signIn(AppShell &shell, const QString &profile)
{
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(profile);
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    QTRY_VERIFY(!dialog->isVisible());
    BotTablePage *bots = botsPage(shell);
    const BotKey acme = keyOf(m_acmeId, Platform::Twitch);
    QTRY_VERIFY_WITH_TIMEOUT(bots->model()->counts().total > 0
                                 && bots->model()->store()->latestServerState(acme).has_value(),
                             kTimeoutMs);
    shell.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
}

BotTablePage *TestIncidentGui::botsPage(AppShell &shell)
{
    return qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
}

TriageLog *TestIncidentGui::triageLog(AppShell &shell)
{
    return shell.window.findChild<TriageLog *>();
}

IncidentController *TestIncidentGui::incidents(AppShell &shell)
{
    return shell.window.findChild<IncidentController *>(QStringLiteral("incidentController"));
}

PlannedResumeController *TestIncidentGui::plannedResumes(AppShell &shell)
{
    return shell.window.findChild<PlannedResumeController *>(
        QStringLiteral("plannedResumeController"));
}

void TestIncidentGui::acceptBotConfirmation(BotTablePage *page)
{
    QTRY_VERIFY(page->confirmationBox() && page->confirmationBox()->isVisible());
    BotConfirmDialog *box = page->confirmationBox();
    // Above the typed-confirmation threshold the number is typed first.
    if (box->requiredCount() > 0)
        QTest::keyClicks(box->countEdit(), QString::number(box->requiredCount()));
    QVERIFY(box->confirmButton()->isEnabled());
    QTest::mouseClick(box->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!page->confirmationBox());
}

QList<BotKey> TestIncidentGui::freshActiveBots(AppShell &shell, int count)
{
    const BotStore *store = botsPage(shell)->model()->store();
    QList<BotKey> keys;
    for (qsizetype row = 0; row < store->rowCount() && keys.size() < count; ++row) {
        const BotKey key = store->keyAt(row);
        const QString id = idOf(key);
        if (m_used.contains(id) || store->row(row).status != BotStatus::Active
            || store->row(row).pending != PendingAction::None) {
            continue;
        }
        m_used.insert(id);
        keys.append(key);
    }
    m_touched.append(keys);
    return keys;
}

QList<TriageEntry> TestIncidentGui::entriesAfter(TriageLog *log, qint64 afterId)
{
    TriageLog::Query q;
    q.afterId = afterId;
    QList<TriageEntry> entries = log->entries(q);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

int TestIncidentGui::okAnswers(TriageLog *log, qint64 afterId, const QString &origin)
{
    int n = 0;
    for (const TriageEntry &e : entriesAfter(log, afterId)) {
        if (e.refId > 0 && e.origin == origin && e.result == TriageEntry::Result::Ok)
            ++n;
    }
    return n;
}

QString TestIncidentGui::status(const BotKey &key) const
{
    return m_sandbox.botStatus(idOf(key), QString(platformToWire(key.platform)));
}

void TestIncidentGui::setStatus(const BotKey &key, const QString &status)
{
    const QString error =
        m_sandbox.setBotStatus(idOf(key), QString(platformToWire(key.platform)), status);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

qint64 TestIncidentGui::mutations() const
{
    const QJsonObject state =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}});
    return state[QLatin1String("counters")][QLatin1String("mutations")].toInteger(-1);
}

// -----------------------------------------------------------------------------

void TestIncidentGui::incident_startActClose_everyActionTagged_survivesRestart()
{
    auto shell = startApp();
    signIn(*shell);
    TriageLog *log = triageLog(*shell);
    IncidentController *controller = incidents(*shell);
    QVERIFY(log && controller);
    QVERIFY(!controller->chip()->isVisible());
    const qint64 start = log->lastId();
    QWidget *window = &shell->window;

    // Ctrl+Shift+I, the name, Enter.
    press(window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(controller->startDialog() && controller->startDialog()->isVisible());
    activate(controller->startDialog());
    QVERIFY(controller->startDialog()->nameEdit()->hasFocus());
    QVERIFY(!controller->startDialog()->startButton()->isEnabled()); // nothing typed yet
    type(window, QStringLiteral("INC-2291"));
    press(window, Qt::Key_Return);
    QTRY_VERIFY(!controller->startDialog()->isVisible());
    activate(window);
    QCOMPARE(controller->openIncident(), QStringLiteral("INC-2291"));
    // The window shows it: the chip and the title.
    QVERIFY(controller->chip()->isVisible());
    QVERIFY2(controller->chip()->text().contains(QLatin1String("INC-2291")),
             qPrintable(controller->chip()->text()));
    QVERIFY2(shell->window.windowTitle().startsWith(QStringLiteral("Incident INC-2291 — ")),
             qPrintable(shell->window.windowTitle()));

    // The Bots page's keys: find acme_live's Twitch bot and pause it.
    const BotKey acme = keyOf(m_acmeId, Platform::Twitch);
    press(window, Qt::Key_1, Qt::AltModifier);
    type(window, QStringLiteral("/acme"));
    press(window, Qt::Key_2, Qt::ControlModifier);
    press(window, Qt::Key_Return);
    type(window, QStringLiteral("p"));
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, start, TriageOrigin::single()), 1, kTimeoutMs);
    QCOMPARE(status(acme), QStringLiteral("PAUSED"));
    // Undo (Ctrl+Z).
    press(window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, start, TriageOrigin::undo()), 1, kTimeoutMs);
    QCOMPARE(status(acme), QStringLiteral("ACTIVE"));
    // The palette.
    press(window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(shell->window.commandPalette()->isVisible());
    type(window, QStringLiteral("pause acme"));
    QCOMPARE(shell->window.commandPalette()->items().value(0).text,
             QStringLiteral("Pause Twitch bot of %1")
                 .arg(DisplayText::isolated(QStringLiteral("acme_live"))));
    press(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, start, TriageOrigin::single()), 2, kTimeoutMs);
    QCOMPARE(status(acme), QStringLiteral("PAUSED"));
    // The Discord side: a server disconnected.
    const QJsonObject guilds =
        m_sandbox.graphql(QStringLiteral("admin"),
                          QStringLiteral("{ adminDiscordGuilds(first: 1) { nodes { guildId } } }"));
    const QString guildId = guilds[QLatin1String("data")][QLatin1String("adminDiscordGuilds")]
                                  [QLatin1String("nodes")][0][QLatin1String("guildId")]
                                      .toString();
    QVERIFY(!guildId.isEmpty());
    auto *discord = shell->window.findChild<DiscordSyncController *>();
    QVERIFY(discord);
    bool disconnected = false;
    QObject context;
    discord->disconnectGuild(guildId, &context, [&](const ApiError &error) {
        QVERIFY2(!error, qPrintable(error.message));
        disconnected = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(disconnected, kTimeoutMs);

    // A restart keeps the incident open: shown before signing in again.
    shell.reset();
    shell = startApp();
    log = triageLog(*shell);
    controller = incidents(*shell);
    window = &shell->window;
    QCOMPARE(controller->openIncident(), QStringLiteral("INC-2291"));
    QVERIFY(controller->chip()->isVisible());
    QVERIFY(shell->window.windowTitle().startsWith(QLatin1String("Incident INC-2291")));
    signIn(*shell);

    // Closed from the palette.
    press(window, Qt::Key_K, Qt::ControlModifier);
    type(window, QStringLiteral("close incident"));
    QCOMPARE(shell->window.commandPalette()->items().value(0).text,
             QStringLiteral("Close Incident"));
    press(window, Qt::Key_Return);
    QTRY_VERIFY(controller->openIncident().isEmpty());
    QVERIFY(!controller->chip()->isVisible());
    QVERIFY(!shell->window.windowTitle().contains(QLatin1String("INC-2291")));
    const qint64 closed = log->lastId();

    // After the close, actions are untagged again.
    botsPage(*shell)->act(PendingAction::Resume, {acme});
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, closed, TriageOrigin::single()), 1, kTimeoutMs);

    // Every entry between start and close: tagged, with the operator.
    int bot = 0;
    int discordEntries = 0;
    QStringList markers;
    for (const TriageEntry &e : entriesAfter(log, start)) {
        if (e.id > closed) {
            QVERIFY2(e.incident.isEmpty(), qPrintable(e.incident));
            QCOMPARE(e.operatorName, QStringLiteral("Ada Admin"));
            continue;
        }
        QCOMPARE(e.incident, QStringLiteral("INC-2291"));
        if (e.kind == TriageKind::incident()) {
            markers.append(e.action);
            continue;
        }
        QCOMPARE(e.operatorName, QStringLiteral("Ada Admin"));
        QCOMPARE(e.operatorId, QStringLiteral("user-admin"));
        QCOMPARE(e.profile, QStringLiteral("Sandbox"));
        if (e.kind == TriageKind::bot())
            ++bot;
        else if (e.kind == TriageKind::discord())
            ++discordEntries;
    }
    QCOMPARE(markers,
             QStringList({TriageAction::incidentStarted(), TriageAction::incidentClosed()}));
    QCOMPARE(bot, 6); // pause, undo, palette pause: a pending entry and an answer each
    QCOMPARE(discordEntries, 2);
}

void TestIncidentGui::revert_skipsBotsChangedByAnotherClient_resumesTheRest()
{
    auto shell = startApp();
    signIn(*shell);
    TriageLog *log = triageLog(*shell);
    IncidentController *controller = incidents(*shell);
    BotTablePage *page = botsPage(*shell);
    const BotStore *store = page->model()->store();
    const QList<BotKey> keys = freshActiveBots(*shell, 4);
    QCOMPARE(keys.size(), 4);
    const BotKey resumedByOther = keys.at(0);
    const BotKey touchedByOther = keys.at(1);
    const qint64 start = log->lastId();

    QVERIFY(controller->startIncident(QStringLiteral("INC-R")));
    page->act(PendingAction::Pause, keys);
    acceptBotConfirmation(page);
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, start, TriageOrigin::bulk()), 4, kTimeoutMs);
    for (const BotKey &key : keys)
        QCOMPARE(status(key), QStringLiteral("PAUSED"));
    // Closed first: the revert still belongs to it.
    QVERIFY(controller->closeIncident());

    // Another client resumes one, and resumes and pauses another again.
    const TimestampMs before = store->latestServerState(touchedByOther)->updatedAt;
    setStatus(resumedByOther, QStringLiteral("ACTIVE"));
    setStatus(touchedByOther, QStringLiteral("ACTIVE"));
    setStatus(touchedByOther, QStringLiteral("PAUSED"));
    QTRY_VERIFY_WITH_TIMEOUT(store->latestServerState(resumedByOther)->status == BotStatus::Active
                                 && store->latestServerState(touchedByOther)->updatedAt > before
                                 && store->latestServerState(touchedByOther)->status
                                     == BotStatus::Paused,
                             kTimeoutMs);

    // Revert Incident (the latest one, now closed).
    shell->window.actions().action(QStringLiteral("incident.revert"))->trigger();
    IncidentRevertDialog *dialog = controller->revertDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->incident(), QStringLiteral("INC-R"));
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->revertButton()->isDefault());
    QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("resume 2 bots")),
             qPrintable(dialog->summaryLabel()->text()));
    QCOMPARE(dialog->list()->topLevelItemCount(), 4);
    QHash<QString, QString> why;
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
        why.insert(item->data(BotRevertList::AccountColumn, Qt::UserRole).toString(),
                   item->text(BotRevertList::WhyColumn));
    }
    QVERIFY2(why.value(idOf(resumedByOther)).startsWith(QLatin1String("Now Active")),
             qPrintable(why.value(idOf(resumedByOther))));
    QVERIFY2(why.value(idOf(touchedByOther)).startsWith(QLatin1String("Still Paused")),
             qPrintable(why.value(idOf(touchedByOther))));
    QVERIFY(why.value(idOf(keys.at(2))).isEmpty());
    QVERIFY(why.value(idOf(keys.at(3))).isEmpty());

    const qint64 mutationsBefore = mutations();
    const qint64 beforeRevert = log->lastId();
    QSignalSpy handedOver(controller, &IncidentController::revertHandedOver);
    QTest::mouseClick(dialog->revertButton(), Qt::LeftButton);
    // The Bots page asks, as for any bulk action.
    acceptBotConfirmation(page);
    QTRY_COMPARE(handedOver.size(), 1);
    QCOMPARE(handedOver.at(0).at(1).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, beforeRevert, TriageOrigin::incidentRevert()), 2,
                              kTimeoutMs);

    // The server: the two untouched ones resumed, the others as the other
    // client left them; exactly two mutations sent.
    QCOMPARE(status(keys.at(2)), QStringLiteral("ACTIVE"));
    QCOMPARE(status(keys.at(3)), QStringLiteral("ACTIVE"));
    QCOMPARE(status(resumedByOther), QStringLiteral("ACTIVE"));
    QCOMPARE(status(touchedByOther), QStringLiteral("PAUSED"));
    QCOMPARE(mutations() - mutationsBefore, 2);
    QSet<QString> reverted;
    for (const TriageEntry &e : entriesAfter(log, beforeRevert)) {
        QCOMPARE(e.origin, TriageOrigin::incidentRevert());
        QCOMPARE(e.incident, QStringLiteral("INC-R"));
        QCOMPARE(e.action, TriageAction::resume());
        reverted.insert(e.accountId);
    }
    QCOMPARE(reverted, QSet<QString>({idOf(keys.at(2)), idOf(keys.at(3))}));

    // A second revert finds nothing left to send.
    controller->showRevertDialog(QStringLiteral("INC-R"));
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->revertButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestIncidentGui::pauseFor_dueAfterRestart_offeredAndResumedAfterConfirmation()
{
    auto shell = startApp();
    signIn(*shell);
    TriageLog *log = triageLog(*shell);
    BotTablePage *page = botsPage(*shell);
    PlannedResumeController *planned = plannedResumes(*shell);
    QVERIFY(planned);
    const QList<BotKey> keys = freshActiveBots(*shell, 3);
    QCOMPARE(keys.size(), 3);
    const BotKey changedMeanwhile = keys.at(1);
    QVERIFY(incidents(*shell)->startIncident(QStringLiteral("INC-P")));
    const qint64 start = log->lastId();

    // Mark the three on the Bots page, then T.
    shell->window.setCurrentPage(QStringLiteral("bots"));
    page->clearFilters();
    QTableView *table = page->tableView();
    table->setFocus();
    for (const BotKey &key : keys) {
        const int row = page->model()->rowForKey(key);
        QVERIFY(row >= 0);
        table->setCurrentIndex(page->model()->index(row, BotTable::AccountNameColumn));
        press(&shell->window, Qt::Key_Space);
    }
    QCOMPARE(page->markedKeys().size(), 3);
    press(&shell->window, Qt::Key_T);
    PauseForDialog *dialog = planned->pauseForDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    activate(dialog);
    QVERIFY(dialog->fifteenMinutesButton()->hasFocus());
    QVERIFY(dialog->fifteenMinutesButton()->isChecked());
    // It says plainly that the app must be running.
    QVERIFY(dialog->warningLabel()->text().contains(QLatin1String("only while it is running")));
    QCOMPARE(dialog->pauseButton()->text(), QStringLiteral("&Pause 3 Bots"));
    QSignalSpy added(planned, &PlannedResumeController::planAdded);
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    press(&shell->window, Qt::Key_Return);
    acceptBotConfirmation(page);
    QTRY_COMPARE(added.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, start, TriageOrigin::pauseFor()), 3, kTimeoutMs);
    const QList<PlannedResume> plans = planned->openPlans();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().pauseEntryIds.size(), 3);
    QCOMPARE(plans.first().incident, QStringLiteral("INC-P"));
    QVERIFY(plans.first().dueAtMs >= sentAt + 15 * 60 * 1000);
    QVERIFY(plans.first().dueAtMs <= QDateTime::currentMSecsSinceEpoch() + 15 * 60 * 1000);
    QVERIFY(planned->chip()->isVisible());
    QVERIFY2(planned->chip()->text().startsWith(QLatin1String("Resume at")),
             qPrintable(planned->chip()->text()));
    for (const BotKey &key : keys)
        QCOMPARE(status(key), QStringLiteral("PAUSED"));
    // Not due yet: nothing offered.
    planned->checkDue();
    QVERIFY(!planned->planDialog() || !planned->planDialog()->isVisible());
    QVERIFY(incidents(*shell)->closeIncident());

    // Someone touches one of them while the app is closed.
    shell.reset();
    const QJsonObject touched = m_sandbox.control(
        QStringLiteral("set-row"),
        {{QStringLiteral("accountId"), idOf(changedMeanwhile)},
         {QStringLiteral("platform"), QString(platformToWire(changedMeanwhile.platform))},
         {QStringLiteral("lastHeartbeatAt"), QStringLiteral("now")}});
    QVERIFY(touched[QLatin1String("ok")].toBool());

    // The next start, 16 minutes later: offered as soon as the bots are in.
    shell = startApp();
    planned = plannedResumes(*shell);
    page = botsPage(*shell);
    log = triageLog(*shell);
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 16 * 60 * 1000;
    planned->setClock([later] { return later; });
    auto *notifier = shell->window.findChild<Notifier *>(QStringLiteral("notifier"));
    QVERIFY(notifier);
    QList<Notifier::Notification> shown;
    notifier->setSink([&shown](const Notifier::Notification &n) { shown.append(n); });
    signIn(*shell);
    QTRY_VERIFY_WITH_TIMEOUT(planned->planDialog() && planned->planDialog()->isVisible(),
                             kTimeoutMs);
    PlannedResumeDialog *reminder = planned->planDialog();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, Notifier::Kind::PlannedResume);
    QCOMPARE(reminder->headlineLabel()->text(), QStringLiteral("Planned resume due"));
    QVERIFY(reminder->closeButton()->isDefault());
    QCOMPARE(reminder->resumeButton()->text(), QStringLiteral("&Resume 2 Bots…"));
    QVERIFY(reminder->resumeButton()->isEnabled());
    QCOMPARE(reminder->list()->topLevelItemCount(), 3);
    QVERIFY2(reminder->summaryLabel()->text().contains(QLatin1String("1 bot is left alone")),
             qPrintable(reminder->summaryLabel()->text()));
    QVERIFY2(planned->chip()->text() == QStringLiteral("Resume due"),
             qPrintable(planned->chip()->text()));

    const qint64 beforeResume = log->lastId();
    const qint64 mutationsBefore = mutations();
    QSignalSpy settled(planned, &PlannedResumeController::planSettled);
    QTest::mouseClick(reminder->resumeButton(), Qt::LeftButton);
    acceptBotConfirmation(page);
    QTRY_COMPARE(settled.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, beforeResume, TriageOrigin::plannedResume()), 2,
                              kTimeoutMs);
    QCOMPARE(status(keys.at(0)), QStringLiteral("ACTIVE"));
    QCOMPARE(status(keys.at(2)), QStringLiteral("ACTIVE"));
    QCOMPARE(status(changedMeanwhile), QStringLiteral("PAUSED"));
    QCOMPARE(mutations() - mutationsBefore, 2);
    for (const TriageEntry &e : entriesAfter(log, beforeResume))
        QCOMPARE(e.incident, QStringLiteral("INC-P")); // the pause's incident, closed since
    QVERIFY(planned->openPlans().isEmpty());
    QVERIFY(!planned->chip()->isVisible());
    QCOMPARE(log->plannedResumes(true).last().state, PlannedResume::State::Resumed);
}

void TestIncidentGui::export_reportAsMarkdownAndCsv_inUtc()
{
    auto shell = startApp();
    // A profile name that would be a formula and markup if it were trusted.
    const QString profile = QStringLiteral("=Ops|<b>EU</b>");
    signIn(*shell, profile);
    TriageLog *log = triageLog(*shell);
    IncidentController *controller = incidents(*shell);
    BotTablePage *page = botsPage(*shell);
    const BotKey acme = keyOf(m_acmeId, Platform::Twitch);
    const qint64 start = log->lastId();
    QVERIFY(controller->startIncident(QStringLiteral("INC-E 7")));
    page->act(PendingAction::Pause, {acme});
    QTRY_COMPARE_WITH_TIMEOUT(okAnswers(log, start, TriageOrigin::single()), 1, kTimeoutMs);
    QVERIFY(controller->closeIncident());

    // From the palette, by name.
    QString caption;
    QString suggested;
    const QString chosen = m_dir->filePath(QStringLiteral("postmortem.md"));
    controller->setSaveFileChooser(
        [&](QWidget *, const QString &c, const QString &s, const QString &) {
            caption = c;
            suggested = s;
            return chosen;
        });
    press(&shell->window, Qt::Key_K, Qt::ControlModifier);
    type(&shell->window, QStringLiteral("export incident report inc-e"));
    QCOMPARE(shell->window.commandPalette()->items().value(0).text,
             QStringLiteral("Export incident report INC-E 7…"));
    press(&shell->window, Qt::Key_Return);
    QTRY_COMPARE(controller->lastExportPaths(),
                 QStringList({chosen, m_dir->filePath(QStringLiteral("postmortem.csv"))}));
    QVERIFY2(suggested.endsWith(QLatin1String("incident-INC-E_7.md")), qPrintable(suggested));

    QFile md(chosen);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    QVERIFY2(markdown.startsWith(QLatin1String("# Incident report: INC-E 7\n")),
             qPrintable(markdown));
    QVERIFY(
        markdown.contains(QLatin1String("by Ada Admin (server profile =Ops\\|\\<b\\>EU\\</b\\>)")));
    QVERIFY(markdown.contains(QLatin1String("**Closed**")));
    QVERIFY(markdown.contains(QLatin1String("**1 action**: 1 OK, 0 failed")));
    // The action's row: sent and answered in UTC, who, where, what, outcome.
    const QRegularExpression actionRow(
        QStringLiteral(
            "^\\| (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC \\| \\d{4}-\\d\\d-\\d\\d "
            "\\d\\d:\\d\\d:\\d\\d UTC \\| Ada Admin \\| =Ops\\\\\\|\\\\<b\\\\>EU\\\\</b\\\\> \\| "
            "acme\\\\_live \\| %1 \\| Twitch \\| Pause \\| OK \\| PAUSED \\|$")
            .arg(QRegularExpression::escape(m_acmeId)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = actionRow.match(markdown);
    QVERIFY2(match.hasMatch(), qPrintable(markdown));
    // UTC, not local time: the pending entry's time, formatted in UTC.
    TriageLog::Query q;
    q.incident = QStringLiteral("INC-E 7");
    qint64 sentMs = 0;
    for (const TriageEntry &e : log->entries(q)) {
        if (e.kind == TriageKind::bot() && e.refId == 0)
            sentMs = e.atMs;
    }
    QCOMPARE(match.captured(1),
             QDateTime::fromMSecsSinceEpoch(sentMs).toUTC().toString(
                 QStringLiteral("yyyy-MM-dd HH:mm:ss")));

    QFile csvFile(m_dir->filePath(QStringLiteral("postmortem.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, started, the pause, closed, ""
    QVERIFY(lines.at(0).startsWith(QLatin1String("Incident,Sent (UTC),Answered (UTC),Operator,")));
    const QString pauseLine = lines.at(2);
    QVERIFY2(pauseLine.startsWith(QStringLiteral("INC-E 7,%1,")
                                      .arg(QDateTime::fromMSecsSinceEpoch(sentMs).toUTC().toString(
                                          Qt::ISODateWithMs))),
             qPrintable(pauseLine));
    QVERIFY2(pauseLine.contains(
                 QStringLiteral(
                     ",Ada Admin,'=Ops|<b>EU</b>,acme_live,%1,Twitch,Pause,OK,PAUSED,user-admin")
                     .arg(m_acmeId)),
             qPrintable(pauseLine));
    QVERIFY(pauseLine.contains(
        QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z,\\d{"
                                          "4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))));
}

QTEST_MAIN(TestIncidentGui)
#include "TestIncidentGui.moc"
