// What the server offers, read at sign-in and after every reconnection, on
// the real main window against a sandbox (issue 13, "the operator is told
// when the server is newer"): a server that matches shows nothing; one that
// refuses introspection is assumed to match (said in a tool tip, never
// blocking); a server redeployed as a newer version (the sandbox switched to
// its skew world, which cuts every WebSocket) is read again after the
// reconnection and the status bar names the newer platform with the number
// of its bots.

#include "SandboxInfo.h"

#include "AppShell.h"
#include "api/BotTypes.h"
#include "api/GraphQLWsClient.h"
#include "app/sync/BotSyncController.h"
#include "views/SignInDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

int counter(const QJsonObject &state, const char *name)
{
    return state.value(QLatin1String("counters")).toObject().value(QLatin1String(name)).toInt();
}

} // namespace

class TestServerDifferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void matchingServer_oneQueryAtSignIn_noMark_live();
    void introspectionRefused_signsInAndAssumesTheContract();
    void reconnectToANewerServer_namesTheNewPlatformWithItsBots();

private:
    bool signIn(AppShell &shell);
    QJsonObject state(bool rows = false) const
    {
        return m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), rows}});
    }
    void screenshot(AppShell &shell, const QString &name);

    SandboxInfo m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
};

void TestServerDifferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestServerDifferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestServerDifferences::cleanup()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_dir.reset();
}

bool TestServerDifferences::signIn(AppShell &shell)
{
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, kTimeoutMs))
        return false;
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    return QTest::qWaitFor([&shell] { return shell.session.isSignedIn(); }, kTimeoutMs);
}

void TestServerDifferences::screenshot(AppShell &shell, const QString &name)
{
    const QString dir = qEnvironmentVariable("LUMIO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    shell.window.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

void TestServerDifferences::matchingServer_oneQueryAtSignIn_noMark_live()
{
    const int before = counter(state(), "introspectionRequests");
    AppShell shell(m_settingsPath);
    QVERIFY(signIn(shell));
    QVERIFY(!shell.session.capabilities().isAssumed());
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              kTimeoutMs);
    QCOMPARE(counter(state(), "introspectionRequests") - before, 1); // one small query
    QVERIFY(!shell.window.serverMark()->isVisible());
    QVERIFY(shell.window.serverMarkText().isEmpty());
    QVERIFY(shell.window.serverDifferencesText().contains(
        QLatin1String("The server matches this app.")));
    QVERIFY(shell.session.ws());
    QVERIFY(shell.session.liveUpdatesUnavailableReason().isEmpty());
}

void TestServerDifferences::introspectionRefused_signsInAndAssumesTheContract()
{
    QString error;
    m_sandbox.control(QStringLiteral("faults"),
                      {{QStringLiteral("introspection"), QStringLiteral("disabled")}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    AppShell shell(m_settingsPath);
    QVERIFY(signIn(shell)); // never blocked
    const ServerCapabilities capabilities = shell.session.capabilities();
    QVERIFY(capabilities.isAssumed());
    QVERIFY2(capabilities.assumedBecause().contains(QLatin1String("refused introspection")),
             qPrintable(capabilities.assumedBecause()));
    // Everything works as with the contract: live updates, every action.
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              kTimeoutMs);
    QVERIFY(shell.window.actions().action(QStringLiteral("bots.reconnect"))->isVisible());
    QVERIFY(!shell.window.serverMark()->isVisible());
    // Said where the operator can find it: the connection's tool tip.
    const QString tip = shell.window.connectionStatus()
                            ->findChild<QLabel *>(QStringLiteral("connectionStateLabel"))
                            ->toolTip();
    QVERIFY2(tip.contains(QLatin1String("refused introspection")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("introspection has been disabled")), qPrintable(tip));
}

void TestServerDifferences::reconnectToANewerServer_namesTheNewPlatformWithItsBots()
{
    AppShell shell(m_settingsPath);
    QVERIFY(signIn(shell));
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              kTimeoutMs);
    QVERIFY(!shell.window.serverMark()->isVisible());
    const int before = counter(state(), "introspectionRequests");
    const int acks = shell.session.ws()->acknowledgedCount();

    // The server is redeployed as a newer version: every socket is cut.
    QString error;
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("skew"), true}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.ws()->acknowledgedCount() > acks, kTimeoutMs);
    // Asked again after the reconnection, and the answer says "newer".
    QTRY_VERIFY_WITH_TIMEOUT(counter(state(), "introspectionRequests") > before, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shell.window.serverMark()->isVisible(), kTimeoutMs);
    QVERIFY(shell.session.capabilities()
                .enumValues(QStringLiteral("Platform"))
                ->contains(QStringLiteral("RUMBLE")));

    // The count is the table's rows on that platform, once the resync is in.
    auto *sync = shell.window.findChild<BotSyncController *>();
    QVERIFY(sync);
    QTRY_COMPARE_WITH_TIMEOUT(sync->loadState().phase, BotLoadState::Phase::Ready, kTimeoutMs);
    int serverRumble = 0;
    for (const QJsonValue &row : state(true).value(QLatin1String("rows")).toArray())
        serverRumble += row.toArray().at(1).toString() == QLatin1String("RUMBLE") ? 1 : 0;
    QVERIFY(serverRumble > 0);
    // This base's store drops rows on platforms it does not know (issue 13's
    // data path, built in parallel, keeps them with their wire value: then
    // platformToWire() gives "RUMBLE" back and the count must be exact, the
    // server's own). Until then the app knows no count and gives none: never
    // a wrong "0".
    const bool storeKeepsThem = platformToWire(platformFromWire(u"RUMBLE")) == u"RUMBLE";
    const QString expected = storeKeepsThem
        ? QStringLiteral("Server is newer than this app: platform RUMBLE "
                         "(%1 %2) and 3 more")
              .arg(QLocale().toString(serverRumble),
                   serverRumble == 1 ? QStringLiteral("bot") : QStringLiteral("bots"))
        : QStringLiteral("Server is newer than this app: platform RUMBLE and 3 more");
    screenshot(shell, QStringLiteral("server-newer"));
    qInfo().noquote() << QStringLiteral("SKEW-FIGURES server_rumble_rows=%1 app_rumble_rows=%2")
                             .arg(serverRumble)
                             .arg(sync->rowCountOnPlatform(u"RUMBLE"));
    QCOMPARE(sync->rowCountOnPlatform(u"RUMBLE"), qsizetype(storeKeepsThem ? serverRumble : -1));
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.serverMark()->text(), expected, kTimeoutMs);
    const QString details = shell.window.serverDifferencesText();
    for (const char *line :
         {"enum Platform: this app lacks RUMBLE", "enum BotStatus: this app lacks SUSPENDED",
          "enum DiscordChannelType: this app lacks MEDIA",
          "enum DiscordGuildEventKind: this app lacks RENAMED"})
        QVERIFY2(details.contains(QLatin1String(line)), qPrintable(details));
    QCOMPARE(details.contains(QLatin1String("RUMBLE: ")), storeKeepsThem);

    // Redeployed back: read again after that reconnection, and the mark goes.
    const int acks2 = shell.session.ws()->acknowledgedCount();
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("skew"), false}}, &error);
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.ws()->acknowledgedCount() > acks2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!shell.window.serverMark()->isVisible(), kTimeoutMs);
}

QTEST_MAIN(TestServerDifferences)
#include "TestServerDifferences.moc"
