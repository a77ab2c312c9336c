// GUI tests of the application shell on the real MainWindow, offscreen,
// against a sandbox started by CTest (lumio_add_test ... SANDBOX).

#include "AppShell.h"
#include "SandboxInfo.h"
#include "api/ApiJob.h"
#include "api/GraphQLClient.h"
#include "api/InMemoryCredentialStore.h"
#include "app/CommandLine.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "models/settings/AppSettings.h"
#include "models/text/DisplayText.h"
#include "views/SettingsDialog.h"
#include "views/ShellPage.h"
#include "views/ShortcutHelpDialog.h"
#include "views/SignInDialog.h"
#include "views/StatusBarWidgets.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMutex>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

// Everything the log says during a test, to prove no token is ever in it.
QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += qFormatLogMessage(type, context, message) + QLatin1Char('\n');
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A page as the lead will add one: counts what the shell tells it.
class ProbePage final : public ShellPage
{
public:
    QString pageId() const override { return QStringLiteral("bots"); }
    QString title() const override { return QStringLiteral("Probe bots"); }
    ActionContext actionContext() const override { return ActionContext::Bots; }
    void registerActions(ActionRegistry &registry) override
    {
        pause = registry.add({.id = QStringLiteral("probe.pause"),
                              .text = [] { return QStringLiteral("&Pause"); },
                              .shortcuts = {QKeySequence(Qt::Key_P)},
                              .context = ActionContext::Bots,
                              .menu = ActionMenu::Bots,
                              .requiredPermission = Permissions::BotControlEdit,
                              .requiresSession = true});
    }
    void clearSessionData() override { ++cleared; }
    void saveState(QSettings &settings) const override
    {
        settings.setValue(QStringLiteral("probe"), QStringLiteral("saved"));
    }
    void restoreState(QSettings &settings) override
    {
        restored = settings.value(QStringLiteral("probe")).toString();
    }

    QAction *pause = nullptr;
    int cleared = 0;
    QString restored;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstStart_noProfile_showsSignIn();
    void signIn_admin_showsUserProfileAndLiveState();
    void signIn_noAccess_isRefusedWithReason();
    void signIn_insecureRemoteUrl_isRefusedBeforeAnyRequest();
    void signIn_readOnly_showsMarkAndHidesEditActions();
    void replacingPage_replacesItsActions();
    void restart_signsInWithStoredToken();
    void profileSwitch_clearsPagesOfTheOtherProfile();
    void signOut_deletesStoredToken();
    void pages_switchFromKeyboard();
    void shortcutHelp_isGeneratedFromRegistry();
    void settings_roundTrip();
    void languageSwitch_germanAppearsLive();
    void state_restoredAfterRestart();
    void connectionDrop_keepsDataMarkedStaleUntilLive();
    void revocation_bringsSignInBackWithProfileFilled();
    void tokens_neverInSettingsOrLog();
    void closing_withRequestsInFlight_isClean();

private:
    void signIn(AppShell &shell, const QString &profile, const QString &role);

    SandboxInfo m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    // Log everything of ours, including debug output, to look for tokens.
    QLoggingCategory::setFilterRules(QStringLiteral("lumio.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestMainWindow::cleanup()
{
    // Un-revoke whatever a test revoked, so tests stay independent.
    for (const QString &role : {QStringLiteral("admin"), QStringLiteral("operator")})
        m_sandbox.control(
            QStringLiteral("revoke"),
            {{QStringLiteral("token"), m_sandbox.token(role)}, {QStringLiteral("revoked"), false}});
    m_dir.reset();
}

void TestMainWindow::signIn(AppShell &shell, const QString &profile, const QString &role)
{
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->findText(profile) >= 0
                                              ? dialog->profileBox()->findText(profile)
                                              : dialog->profileBox()->count() - 1);
    if (!shell.profiles.contains(profile)) {
        dialog->nameEdit()->setText(profile);
        dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    }
    dialog->tokenEdit()->setText(m_sandbox.token(role));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
}

void TestMainWindow::firstStart_noProfile_showsSignIn()
{
    AppShell shell(m_settingsPath);
    Startup::startSession(shell.window, shell.session, CommandLineOptions(), nullptr);
    QTRY_VERIFY(shell.window.signInDialog() && shell.window.signInDialog()->isVisible());
    SignInDialog *dialog = shell.window.signInDialog();
    // Only "New profile…" to choose from, nothing filled in.
    QCOMPARE(dialog->profileBox()->count(), 1);
    QVERIFY(dialog->nameEdit()->text().isEmpty());
    QVERIFY(!shell.session.isSignedIn());
    QCOMPARE(shell.window.connectionStatus()->text(), QStringLiteral("Signed out"));
    QVERIFY(!shell.window.actions().action(QStringLiteral("file.signOut"))->isEnabled());
}

void TestMainWindow::signIn_admin_showsUserProfileAndLiveState()
{
    AppShell shell(m_settingsPath);
    QSignalSpy signedIn(&shell.session, &Session::signedIn);
    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("admin"));
    QTRY_COMPARE(signedIn.count(), 1);
    QVERIFY(shell.session.isSignedIn());
    QTRY_VERIFY(!shell.window.signInDialog()->isVisible());
    QCOMPARE(shell.window.userLabel()->text(), DisplayText::isolated(QStringLiteral("Ada Admin")));
    QCOMPARE(shell.window.profileLabel()->text(), DisplayText::isolated(QStringLiteral("Sandbox")));
    QVERIFY(!shell.window.readOnlyMark()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              10000);
    QVERIFY(shell.window.windowTitle().contains(QStringLiteral("Sandbox")));
    // The profile is saved; the token went to the credential store.
    QVERIFY(shell.profiles.contains(QStringLiteral("Sandbox")));
    bool stored = false;
    bool answered = false;
    shell.session.checkStoredToken(shell.profiles.profile(QStringLiteral("Sandbox")),
                                   [&](bool available) {
                                       stored = available;
                                       answered = true;
                                   });
    QTRY_VERIFY(answered);
    QVERIFY(stored);
}

void TestMainWindow::signIn_noAccess_isRefusedWithReason()
{
    AppShell shell(m_settingsPath);
    QSignalSpy failed(&shell.session, &Session::signInFailed);
    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("noaccess"));
    QTRY_COMPARE(failed.count(), 1);
    SignInDialog *dialog = shell.window.signInDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("admin:access")),
             qPrintable(dialog->messageText()));
    QVERIFY(dialog->messageText().contains(QStringLiteral("Nora Noaccess")));
    QVERIFY(!shell.session.isSignedIn());
    QVERIFY(!shell.profiles.contains(QStringLiteral("Sandbox")));
    QVERIFY(dialog->signInButton()->isEnabled());
}

void TestMainWindow::signIn_insecureRemoteUrl_isRefusedBeforeAnyRequest()
{
    AppShell shell(m_settingsPath);
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QSignalSpy requested(dialog, &SignInDialog::signInRequested);
    dialog->nameEdit()->setText(QStringLiteral("Remote"));
    dialog->urlEdit()->setText(QStringLiteral("http://bots.lumio.example/graphql"));
    dialog->tokenEdit()->setText(QStringLiteral("whatever"));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(dialog->messageText().contains(QStringLiteral("https://")),
             qPrintable(dialog->messageText()));
    // The session refuses it as well, whoever calls it.
    QSignalSpy failed(&shell.session, &Session::signInFailed);
    shell.session.signIn({.name = QStringLiteral("Remote"),
                          .graphqlUrl = QUrl(QStringLiteral("http://bots.lumio.example/graphql"))},
                         QStringLiteral("whatever"), false);
    QCOMPARE(failed.count(), 1);
    QVERIFY(shell.session.state() == Session::State::SignedOut);
}

void TestMainWindow::signIn_readOnly_showsMarkAndHidesEditActions()
{
    AppShell shell(m_settingsPath);
    auto *probe = new ProbePage;
    shell.window.addPage(probe);
    shell.window.setCurrentPage(QStringLiteral("bots"));
    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("readonly"));
    QTRY_VERIFY(shell.session.isSignedIn());
    QVERIFY(shell.window.readOnlyMark()->isVisible());
    QVERIFY(!probe->pause->isVisible());
    QVERIFY(probe->permissions().isReadOnly());

    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("operator"));
    QTRY_COMPARE(shell.session.viewer().displayName, QStringLiteral("Otto Operator"));
    QVERIFY(!shell.window.readOnlyMark()->isVisible());
    QVERIFY(probe->pause->isVisible());
    QVERIFY(probe->pause->isEnabled());
}

void TestMainWindow::replacingPage_replacesItsActions()
{
    AppShell shell(m_settingsPath);
    // The real Bots page declared bots.pause; a page replacing it takes its
    // actions (and their predicates, which read the old page) away.
    QVERIFY(shell.window.actions().action(QStringLiteral("bots.pause")));
    auto *first = new ProbePage;
    shell.window.addPage(first);
    QVERIFY(!shell.window.actions().action(QStringLiteral("bots.pause")));
    QPointer<QAction> firstPause = first->pause;
    auto *second = new ProbePage;
    shell.window.addPage(second);
    QVERIFY(firstPause.isNull());
    QCOMPARE(shell.window.actions().action(QStringLiteral("probe.pause")), second->pause);
    QCOMPARE(shell.window.actions().ids().count(QStringLiteral("probe.pause")), 1);
}

void TestMainWindow::restart_signsInWithStoredToken()
{
    // The credential store outlives the window, like the OS keychain.
    QSettings qs(m_settingsPath, QSettings::IniFormat);
    InMemoryCredentialStore store;
    {
        AppSettings settings(&qs);
        ProfileStore profiles(qs);
        Session session(store, profiles);
        MainWindow window(session, settings);
        window.show();
        window.showSignIn();
        SignInDialog *dialog = window.signInDialog();
        dialog->nameEdit()->setText(QStringLiteral("Staging"));
        dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
        dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY(session.isSignedIn());
        window.close();
    }
    AppSettings settings(&qs);
    ProfileStore profiles(qs);
    Session session(store, profiles);
    MainWindow window(session, settings);
    window.show();
    Startup::startSession(window, session, CommandLineOptions(), nullptr);
    QTRY_VERIFY(session.isSignedIn());
    QCOMPARE(session.profile().name, QStringLiteral("Staging"));
    QVERIFY(!window.signInDialog() || !window.signInDialog()->isVisible());
}

void TestMainWindow::profileSwitch_clearsPagesOfTheOtherProfile()
{
    AppShell shell(m_settingsPath);
    auto *probe = new ProbePage;
    shell.window.addPage(probe);
    signIn(shell, QStringLiteral("Production"), QStringLiteral("admin"));
    QTRY_VERIFY(shell.session.isSignedIn());
    QCOMPARE(probe->cleared, 0);

    QSignalSpy signedOut(&shell.session, &Session::signedOut);
    signIn(shell, QStringLiteral("Staging"), QStringLiteral("operator"));
    QTRY_COMPARE(shell.session.profile().name, QStringLiteral("Staging"));
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(probe->cleared, 1);
    QCOMPARE(shell.window.profileLabel()->text(), DisplayText::isolated(QStringLiteral("Staging")));
    QCOMPARE(shell.window.userLabel()->text(), DisplayText::isolated(QStringLiteral("Otto Operator")));
    QVERIFY(!shell.window.windowTitle().contains(QStringLiteral("Production")));
    // Both profiles are kept for next time.
    QCOMPARE(shell.profiles.profiles().size(), 2);
}

void TestMainWindow::signOut_deletesStoredToken()
{
    AppShell shell(m_settingsPath);
    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("admin"));
    QTRY_VERIFY(shell.session.isSignedIn());
    shell.window.actions().action(QStringLiteral("file.signOut"))->trigger();
    QVERIFY(!shell.session.isSignedIn());
    QCOMPARE(shell.window.connectionStatus()->text(), QStringLiteral("Signed out"));
    QVERIFY(!shell.window.userLabel()->isVisible());
    QVERIFY(!shell.window.profileLabel()->isVisible());
    bool answered = false;
    bool stored = true;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            answered = false;
            shell.session.checkStoredToken(shell.profiles.profile(QStringLiteral("Sandbox")),
                                           [&](bool available) {
                                               stored = available;
                                               answered = true;
                                           });
            QTest::qWait(50);
            return answered && !stored;
        }(),
        5000);
    // The profile itself stays.
    QVERIFY(shell.profiles.contains(QStringLiteral("Sandbox")));
}

void TestMainWindow::pages_switchFromKeyboard()
{
    AppShell shell(m_settingsPath);
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
    QCOMPARE(shell.window.pageIds(),
             (QStringList {QStringLiteral("bots"), QStringLiteral("discord"),
                           QStringLiteral("triage")}));
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QTest::keyClick(&shell.window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(shell.window.currentPageId(), QStringLiteral("triage"));
    QTest::keyClick(&shell.window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(shell.window.currentPageId(), QStringLiteral("bots"));
    QTest::keyClick(&shell.window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(shell.window.currentPageId(), QStringLiteral("triage"));
    QTest::keyClick(&shell.window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(shell.window.currentPageId(), QStringLiteral("discord"));
    QVERIFY(shell.window.actions().action(QStringLiteral("view.page.discord"))->isChecked());
}

void TestMainWindow::shortcutHelp_isGeneratedFromRegistry()
{
    AppShell shell(m_settingsPath);
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
    QTest::keyClick(&shell.window, Qt::Key_F1);
    QTRY_VERIFY(shell.window.shortcutHelpDialog()
                && shell.window.shortcutHelpDialog()->isVisible());
    QStringList ids;
    QTreeWidget *tree = shell.window.shortcutHelpDialog()->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            ids.append(tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole).toString());
    }
    // Every visible action with a shortcut, and only those.
    QStringList expected;
    for (const QString &id : shell.window.actions().idsFor(ActionContext::Bots)) {
        const QAction *a = shell.window.actions().action(id);
        if (a->isVisible() && !a->shortcuts().isEmpty())
            expected.append(id);
    }
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
    QVERIFY(ids.contains(QStringLiteral("help.shortcuts")));
    QVERIFY(ids.contains(QStringLiteral("view.page.triage")));
}

void TestMainWindow::settings_roundTrip()
{
    {
        AppShell shell(m_settingsPath);
        shell.window.showSettings();
        QTRY_VERIFY(shell.window.settingsDialog()->isVisible());
        shell.settings.setSearchDebounceMs(450);
        shell.settings.setStaleHeartbeatSeconds(240);
        shell.settings.setConfirmSingleToggle(true);
        shell.settings.setTheme(AppSettings::Theme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 100, true);
        shell.settings.setTheme(AppSettings::Theme::FollowSystem);
    }
    AppShell shell(m_settingsPath);
    QCOMPARE(shell.settings.searchDebounceMs(), 450);
    QCOMPARE(shell.settings.staleHeartbeatSeconds(), 240);
    QVERIFY(shell.settings.confirmSingleToggle());
}

void TestMainWindow::languageSwitch_germanAppearsLive()
{
    AppShell shell(m_settingsPath);
    QMenu *file = shell.window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(file);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    shell.settings.setLanguage(QStringLiteral("de"));
    QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
    QTRY_COMPARE(shell.window.actions().action(QStringLiteral("file.quit"))->text(),
                 QStringLiteral("&Beenden"));
    QCOMPARE(shell.window.connectionStatus()->text(), QStringLiteral("Abgemeldet"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

    shell.settings.setLanguage(QStringLiteral("ar"));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(file->title() != QStringLiteral("&Datei")
                && file->title() != QStringLiteral("&File"));

    shell.settings.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestMainWindow::state_restoredAfterRestart()
{
    {
        AppShell shell(m_settingsPath);
        auto *probe = new ProbePage;
        shell.window.addPage(probe);
        shell.window.resize(900, 640);
        shell.window.setCurrentPage(QStringLiteral("triage"));
        QTest::qWait(50);
        shell.window.saveWindowState();
    }
    AppShell shell(m_settingsPath);
    QCOMPARE(shell.window.currentPageId(), QStringLiteral("triage"));
    QCOMPARE(shell.window.size(), QSize(900, 640));
    auto *probe = new ProbePage;
    shell.window.addPage(probe);
    QCOMPARE(probe->restored, QStringLiteral("saved"));
}

void TestMainWindow::connectionDrop_keepsDataMarkedStaleUntilLive()
{
    AppShell shell(m_settingsPath);
    auto *probe = new ProbePage;
    shell.window.addPage(probe);
    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("admin"));
    QTRY_VERIFY(shell.session.isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              10000);
    QVERIFY(!shell.window.isDataStale());

    QSignalSpy stale(&shell.window, &MainWindow::staleChanged);
    QString error;
    m_sandbox.control(QStringLiteral("drop-websockets"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(stale.count() >= 1, 10000);
    QCOMPARE(stale.first().first().toBool(), true);
    QVERIFY(probe->isStale());
    QVERIFY(shell.window.staleMark()->isVisible());
    QCOMPARE(probe->cleared, 0); // nothing cleared, the app goes on
    QVERIFY(shell.session.isSignedIn());

    // The client reconnects by itself; the mark goes when live again.
    QTRY_VERIFY_WITH_TIMEOUT(!shell.window.isDataStale(), 20000);
    QCOMPARE(shell.window.connectionStatus()->text(), QStringLiteral("Live"));
    QVERIFY(!probe->isStale());
}

void TestMainWindow::revocation_bringsSignInBackWithProfileFilled()
{
    AppShell shell(m_settingsPath);
    auto *probe = new ProbePage;
    shell.window.addPage(probe);
    signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("admin"));
    QTRY_VERIFY(shell.session.isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              10000);
    shell.window.setCurrentPage(QStringLiteral("bots"));

    QSignalSpy required(&shell.session, &Session::authenticationRequired);
    QString error;
    const QJsonObject answer = m_sandbox.control(
        QStringLiteral("revoke"),
        {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("admin"))}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The live socket is closed with 4403 at once; a request would get
    // UNAUTHENTICATED as well (F5 checks).
    shell.window.actions().action(QStringLiteral("view.refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(required.count() >= 1, 10000);

    SignInDialog *dialog = shell.window.signInDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Sandbox"));
    QCOMPARE(dialog->urlEdit()->text(), m_sandbox.httpUrl().toString());
    QVERIFY(dialog->tokenEdit()->text().isEmpty());
    // Nothing was cleared: the operator's work stays, marked stale.
    QCOMPARE(probe->cleared, 0);
    QVERIFY(shell.window.isDataStale());
    QVERIFY(shell.window.staleMark()->isVisible());
    QCOMPARE(shell.window.currentPageId(), QStringLiteral("bots"));
    QCOMPARE(shell.session.state(), Session::State::AuthenticationRequired);

    // A new token for the same profile: back in, still nothing cleared.
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("admin"))},
                       {QStringLiteral("revoked"), false}});
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY(shell.session.isSignedIn());
    QCOMPARE(probe->cleared, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!shell.window.isDataStale(), 10000);
}

void TestMainWindow::closing_withRequestsInFlight_isClean()
{
    // The session's clients must go before its network manager: a client
    // deleted after it aborted its requests into a dead manager (SIGSEGV).
    for (int round = 0; round < 3; ++round) {
        AppShell shell(m_settingsPath);
        signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("operator"));
        QTRY_VERIFY(shell.session.isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                                  10000);
        const int before = shell.session.http()->findChildren<ApiJob *>().size();
        shell.window.actions().action(QStringLiteral("view.refresh"))->trigger();
        QVERIFY2(shell.session.http()->findChildren<ApiJob *>().size() > before,
                 "a refresh has requests in flight when the window goes");
        // The sweep would run the event loop and let the requests finish.
        shell.sweepAtTeardown = false;
    }
}

void TestMainWindow::tokens_neverInSettingsOrLog()
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    {
        AppShell shell(m_settingsPath);
        signIn(shell, QStringLiteral("Sandbox"), QStringLiteral("operator"));
        QTRY_VERIFY(shell.session.isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                                  10000);
        shell.window.actions().action(QStringLiteral("view.refresh"))->trigger();
        m_sandbox.control(QStringLiteral("revoke"),
                          {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("operator"))}});
        QTRY_VERIFY_WITH_TIMEOUT(shell.session.state() == Session::State::AuthenticationRequired,
                                 10000);
        shell.window.saveWindowState();
        shell.qsettings.sync();
    }
    const QString token = m_sandbox.token(QStringLiteral("operator"));
    QVERIFY(token.size() >= 8);
    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settingsText = file.readAll();
    QVERIFY(settingsText.contains("Sandbox")); // the profile is there...
    QVERIFY2(!settingsText.contains(token.toUtf8()), "token written to the settings file");
    QMutexLocker lock(&g_logMutex);
    QVERIFY(g_log.contains(QStringLiteral("lumio."))); // ...and the log did record things
    QVERIFY2(!g_log.contains(token), "token written to the log");
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
