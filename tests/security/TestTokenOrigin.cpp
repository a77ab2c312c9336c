// A token stays with its origin (issue 14): saved secrets are keyed by
// profile AND origin, so changing a saved profile's URL (in the sign-in
// dialog, or with --profile NAME --server URL) never sends the old token to
// the new server: a fake server on a second origin sees no Authorization
// header. A name-only token of an older version is used only while the
// profile still points where it pointed then. A WebSocket override on
// another origin gets no token in connection_init unless the operator
// confirmed that origin when saving the profile. Against the sandbox (the
// first origin) and in-process fake servers (the others).

#include "FakeHttpServer.h"
#include "FakeWsServer.h"
#include "SandboxInfo.h"

#include "AppShell.h"
#include "api/CredentialKey.h"
#include "app/CommandLine.h"
#include "app/sync/BotSyncController.h"
#include "views/SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using MT = GraphQLWsProtocol::MessageType;

namespace {

constexpr int kTimeoutMs = 30000;

// Every Authorization header a fake server received.
QList<QByteArray> authorizations(const FakeHttpServer &server)
{
    QList<QByteArray> out;
    for (const FakeHttpServer::Request &r : server.requests())
        out.append(r.header("Authorization"));
    return out;
}

void printFigures(const QString &line)
{
    qInfo().noquote() << QStringLiteral("SECURITY-FIGURES ") + line;
}

} // namespace

class TestTokenOrigin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keys_areProfileAndOrigin();
    void oldSettings_nameOnlyTokenBelongsToTheUrlOfThen();
    void nameOnlyToken_usedAndMovedForItsOrigin_neverForAnother();
    void urlChangedInTheSignInDialog_newServerSeesNoOldToken();
    void urlChangedOnTheCommandLine_newServerSeesNoOldToken();
    void wsOverrideOnAnotherOrigin_noTokenUnlessConfirmed();

private:
    bool signInThroughDialog(AppShell &shell, const QString &profile, const QUrl &url,
                             const QString &token, const QUrl &wsOverride = {},
                             bool confirmWs = false);

    SandboxInfo m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    FakeHttpServer m_other; // the second origin
};

void TestTokenOrigin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QVERIFY(m_other.listen());
    // Whatever it is asked, the other server refuses: it must never be asked
    // with the first server's token anyway.
    m_other.setHandler([](const FakeHttpServer::Request &, int) {
        return FakeHttpServer::Response::graphqlError("UNAUTHENTICATED", 401);
    });
}

void TestTokenOrigin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestTokenOrigin::cleanup()
{
    m_dir.reset();
}

bool TestTokenOrigin::signInThroughDialog(AppShell &shell, const QString &profile, const QUrl &url,
                                          const QString &token, const QUrl &wsOverride,
                                          bool confirmWs)
{
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, kTimeoutMs))
        return false;
    const int index = dialog->profileBox()->findText(profile);
    dialog->profileBox()->setCurrentIndex(index >= 0 ? index : dialog->profileBox()->count() - 1);
    if (index < 0)
        dialog->nameEdit()->setText(profile);
    dialog->urlEdit()->setText(url.toString());
    dialog->wsUrlEdit()->setText(wsOverride.toString());
    // The confirmation is offered exactly when the override is on another origin.
    const bool otherOrigin =
        ServerProfile {.name = profile, .graphqlUrl = url, .wsUrlOverride = wsOverride}
            .wsOnOtherOrigin();
    if (dialog->wsTokenBox()->isVisible() != otherOrigin)
        return false;
    dialog->wsTokenBox()->setChecked(confirmWs);
    if (const QString dir = qEnvironmentVariable("LUMIO_SCREENSHOT_DIR");
        !dir.isEmpty() && otherOrigin) {
        QDir().mkpath(dir);
        dialog->grab().save(dir + QStringLiteral("/sign-in-ws-confirmation.png"));
    }
    dialog->tokenEdit()->setText(token);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    return true;
}

void TestTokenOrigin::keys_areProfileAndOrigin()
{
    const QUrl a(QStringLiteral("https://API.lumio.example/graphql"));
    QCOMPARE(CredentialKey::originOf(a), QStringLiteral("https://api.lumio.example:443"));
    QCOMPARE(CredentialKey::forProfile(QStringLiteral("Prod"), a),
             QStringLiteral("https://api.lumio.example:443|Prod"));
    // Path and query do not matter; scheme, host and port do.
    QCOMPARE(CredentialKey::originOf(QUrl(QStringLiteral("https://api.lumio.example:443/v2?x=1"))),
             CredentialKey::originOf(a));
    QVERIFY(CredentialKey::originOf(QUrl(QStringLiteral("https://api.lumio.example:8443/graphql")))
            != CredentialKey::originOf(a));
    QVERIFY(CredentialKey::originOf(QUrl(QStringLiteral("http://api.lumio.example/graphql")))
            != CredentialKey::originOf(a));
    QVERIFY(CredentialKey::originOf(QUrl(QStringLiteral("https://lumio.example/graphql")))
            != CredentialKey::originOf(a));
    // A WebSocket URL is on the GraphQL URL's origin when it is the same in HTTP terms.
    QCOMPARE(CredentialKey::httpOriginOf(QUrl(QStringLiteral("wss://api.lumio.example/graphql"))),
             CredentialKey::originOf(a));
    QCOMPARE(CredentialKey::originOf(QUrl(QStringLiteral("http://[::1]:4000/graphql"))),
             QStringLiteral("http://[::1]:4000"));

    ServerProfile p {.name = QStringLiteral("Prod"), .graphqlUrl = a};
    QVERIFY(!p.wsOnOtherOrigin());
    p.wsUrlOverride = QUrl(QStringLiteral("wss://api.lumio.example/live"));
    QVERIFY(!p.wsOnOtherOrigin());
    QVERIFY(p.wsMayReceiveToken());
    p.wsUrlOverride = QUrl(QStringLiteral("wss://push.other.example/graphql"));
    QVERIFY(p.wsOnOtherOrigin());
    QVERIFY(!p.wsMayReceiveToken());
    p.wsTokenOrigin = QStringLiteral("wss://push.other.example:443");
    QVERIFY(p.wsMayReceiveToken());
    // A confirmation is for one origin only.
    p.wsUrlOverride = QUrl(QStringLiteral("wss://push.evil.example/graphql"));
    QVERIFY(!p.wsMayReceiveToken());
}

void TestTokenOrigin::oldSettings_nameOnlyTokenBelongsToTheUrlOfThen()
{
    const QUrl before(QStringLiteral("https://old.lumio.example/graphql"));
    {
        // What an older version wrote: profiles without any token bookkeeping.
        QSettings qs(m_settingsPath, QSettings::IniFormat);
        qs.beginWriteArray(QStringLiteral("profiles"), 1);
        qs.setArrayIndex(0);
        qs.setValue(QStringLiteral("name"), QStringLiteral("Prod"));
        qs.setValue(QStringLiteral("graphqlUrl"), before.toString());
        qs.endArray();
    }
    {
        QSettings qs(m_settingsPath, QSettings::IniFormat);
        ProfileStore profiles(qs);
        QCOMPARE(profiles.legacyTokenOrigin(QStringLiteral("Prod")),
                 QStringLiteral("https://old.lumio.example:443"));
        // The profile moves: the old token still belongs to the old origin.
        ServerProfile moved = profiles.profile(QStringLiteral("Prod"));
        moved.graphqlUrl = QUrl(QStringLiteral("https://new.lumio.example/graphql"));
        profiles.upsert(moved);
    }
    QSettings qs(m_settingsPath, QSettings::IniFormat);
    QCOMPARE(qs.value(QStringLiteral("session/profilesVersion")).toInt(), ProfileStore::kVersion);
    ProfileStore profiles(qs);
    QCOMPARE(profiles.legacyTokenOrigin(QStringLiteral("Prod")),
             QStringLiteral("https://old.lumio.example:443"));
    // A profile made by this version has no name-only token.
    profiles.upsert({.name = QStringLiteral("New"), .graphqlUrl = before});
    QVERIFY(profiles.legacyTokenOrigin(QStringLiteral("New")).isEmpty());
}

void TestTokenOrigin::nameOnlyToken_usedAndMovedForItsOrigin_neverForAnother()
{
    const QString token = m_sandbox.token(QStringLiteral("admin"));
    // An older version's settings and keychain: profile "Prod" at the
    // sandbox, its token under the bare name.
    {
        QSettings qs(m_settingsPath, QSettings::IniFormat);
        qs.beginWriteArray(QStringLiteral("profiles"), 2);
        qs.setArrayIndex(0);
        qs.setValue(QStringLiteral("name"), QStringLiteral("Prod"));
        qs.setValue(QStringLiteral("graphqlUrl"), m_sandbox.httpUrl().toString());
        qs.setArrayIndex(1);
        qs.setValue(QStringLiteral("name"), QStringLiteral("Moved"));
        qs.setValue(QStringLiteral("graphqlUrl"), m_sandbox.httpUrl().toString());
        qs.endArray();
    }
    AppShell shell(m_settingsPath);
    const auto put = [&shell](const QString &id, const QString &value) {
        bool done = false;
        shell.store.writeToken(id, value, &shell.window,
                               [&done](const CredentialStore::Result &) { done = true; });
        return QTest::qWaitFor([&done] { return done; }, kTimeoutMs);
    };
    QVERIFY(put(CredentialKey::legacy(QStringLiteral("Prod")), token));
    QVERIFY(put(CredentialKey::legacy(QStringLiteral("Moved")), token));

    // "Moved" now points at the other origin: its old token is not for it.
    ServerProfile moved = shell.profiles.profile(QStringLiteral("Moved"));
    moved.graphqlUrl = m_other.url();
    shell.profiles.upsert(moved);
    const int before = int(m_other.requests().size());
    QSignalSpy failed(&shell.session, &Session::signInFailed);
    shell.session.signInWithStoredToken(QStringLiteral("Moved"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("No token is saved")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(int(m_other.requests().size()), before); // not even asked
    QVERIFY(!shell.session.isSignedIn());

    // "Prod" still points where it did: its token is used, and moved to its
    // origin's key (the name-only entry goes).
    shell.session.signInWithStoredToken(QStringLiteral("Prod"));
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    QTRY_VERIFY(shell.profiles.legacyTokenOrigin(QStringLiteral("Prod")).isEmpty());
    bool done = false;
    CredentialStore::Result legacy;
    CredentialStore::Result keyed;
    shell.store.readToken(CredentialKey::legacy(QStringLiteral("Prod")), &shell.window,
                          [&](const CredentialStore::Result &r) { legacy = r; });
    shell.store.readToken(CredentialKey::forProfile(QStringLiteral("Prod"), m_sandbox.httpUrl()),
                          &shell.window, [&](const CredentialStore::Result &r) {
                              keyed = r;
                              done = true;
                          });
    QTRY_VERIFY(done);
    QVERIFY(!legacy.found);
    QVERIFY(keyed.found);
    QCOMPARE(keyed.token, token);
    QVERIFY(shell.profiles.tokenOrigins(QStringLiteral("Prod"))
                .contains(CredentialKey::originOf(m_sandbox.httpUrl())));
    printFigures(QStringLiteral("test=legacy_token_origin other_origin_requests=%1")
                     .arg(int(m_other.requests().size()) - before));
}

void TestTokenOrigin::urlChangedInTheSignInDialog_newServerSeesNoOldToken()
{
    const QString token = m_sandbox.token(QStringLiteral("admin"));
    AppShell shell(m_settingsPath);
    QVERIFY(signInThroughDialog(shell, QStringLiteral("Prod"), m_sandbox.httpUrl(), token));
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    QTRY_VERIFY(shell.profiles.tokenOrigins(QStringLiteral("Prod")).size() == 1); // remembered

    const int before = int(m_other.requests().size());
    // The operator edits the saved profile's URL to another server and
    // leaves the token empty (as for the saved one).
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->findText(QStringLiteral("Prod")));
    QTRY_VERIFY(dialog->storedTokenApplies()); // its own URL: the saved token applies
    dialog->urlEdit()->setText(m_other.url().toString());
    QVERIFY(!dialog->storedTokenApplies());
    QVERIFY2(dialog->tokenEdit()->placeholderText().contains(
                 CredentialKey::originOf(m_sandbox.httpUrl())),
             qPrintable(dialog->tokenEdit()->placeholderText()));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(dialog->messageText(), QStringLiteral("Enter your access token."));
    QTest::qWait(200);
    QCOMPARE(int(m_other.requests().size()), before);

    // Asked for the stored token of the profile at the new URL all the same
    // (as a script could): nothing is saved for that origin, nothing is sent.
    ServerProfile edited = shell.profiles.profile(QStringLiteral("Prod"));
    edited.graphqlUrl = m_other.url();
    QSignalSpy failed(&shell.session, &Session::signInFailed);
    shell.session.signIn(edited, {}, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QCOMPARE(int(m_other.requests().size()), before);

    // A new token for the new server goes there; the old one never does.
    dialog->tokenEdit()->setText(QStringLiteral("token-for-the-other-server"));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(int(m_other.requests().size()) > before, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kTimeoutMs); // the fake refuses it
    const QList<QByteArray> seen = authorizations(m_other).mid(before);
    for (const QByteArray &header : seen) {
        QCOMPARE(header, QByteArray("Bearer token-for-the-other-server"));
        QVERIFY(!header.contains(token.toUtf8()));
    }
    printFigures(QStringLiteral("test=url_changed_dialog other_origin_requests=%1 "
                                "old_token_sent=0")
                     .arg(seen.size()));
}

void TestTokenOrigin::urlChangedOnTheCommandLine_newServerSeesNoOldToken()
{
    const QString token = m_sandbox.token(QStringLiteral("admin"));
    AppShell shell(m_settingsPath);
    QVERIFY(signInThroughDialog(shell, QStringLiteral("Prod"), m_sandbox.httpUrl(), token,
                                m_sandbox.wsUrl()));
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    QTRY_VERIFY(shell.profiles.tokenOrigins(QStringLiteral("Prod")).size() == 1);
    shell.session.endSession(); // quit; the token stays saved

    // lumio-bot-control --profile Prod --server <other origin>: what main() runs.
    const int before = int(m_other.requests().size());
    CommandLineOptions options;
    options.profile = QStringLiteral("Prod");
    options.server = m_other.url();
    QSignalSpy failed(&shell.session, &Session::signInFailed);
    Startup::startSession(shell.window, shell.session, options, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(CredentialKey::originOf(m_other.url())), qPrintable(message));
    // The app asks for a token for the new server, and sent none to it.
    SignInDialog *dialog = shell.window.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->urlEdit()->text(), m_other.url().toString());
    QVERIFY(!dialog->storedTokenApplies());
    QCOMPARE(int(m_other.requests().size()), before);
    // The profile moved; its old WebSocket override did not come along.
    const ServerProfile saved = shell.profiles.profile(QStringLiteral("Prod"));
    QCOMPARE(saved.graphqlUrl, m_other.url());
    QVERIFY(saved.wsUrlOverride.isEmpty());
    printFigures(QStringLiteral("test=url_changed_command_line other_origin_requests=0"));
}

void TestTokenOrigin::wsOverrideOnAnotherOrigin_noTokenUnlessConfirmed()
{
    FakeWsServer push; // the WebSocket override's origin
    QVERIFY(push.listen());
    const QString token = m_sandbox.token(QStringLiteral("admin"));
    AppShell shell(m_settingsPath);

    // Not confirmed: signed in over HTTP, no WebSocket at all, pages poll.
    QVERIFY(signInThroughDialog(shell, QStringLiteral("Split"), m_sandbox.httpUrl(), token,
                                push.url(), false));
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    QCOMPARE(shell.session.ws(), nullptr);
    QVERIFY(shell.profiles.profile(QStringLiteral("Split")).wsTokenOrigin.isEmpty());
    QVERIFY2(shell.session.liveUpdatesUnavailableReason().contains(QLatin1String("confirmed")),
             qPrintable(shell.session.liveUpdatesUnavailableReason()));
    auto *sync = shell.window.findChild<BotSyncController *>();
    QTRY_VERIFY_WITH_TIMEOUT(sync->loadState().polling && sync->loadState().everLoaded, kTimeoutMs);
    QTRY_VERIFY(shell.window.connectionStatus()->text().startsWith(QLatin1String("Polling")));
    QTest::qWait(300);
    QCOMPARE(push.connectionCount(), 0);

    // Confirmed in the sign-in dialog: the token goes there in connection_init.
    QVERIFY(signInThroughDialog(shell, QStringLiteral("Split"), m_sandbox.httpUrl(), token,
                                push.url(), true));
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.ws() != nullptr, kTimeoutMs);
    QCOMPARE(shell.profiles.profile(QStringLiteral("Split")).wsTokenOrigin,
             CredentialKey::originOf(push.url()));
    QTRY_VERIFY_WITH_TIMEOUT(!push.received(0, MT::ConnectionInit).isEmpty(), kTimeoutMs);
    const QJsonObject init = push.received(0, MT::ConnectionInit).first().payload;
    QCOMPARE(init.value(QLatin1String("authorization")).toString(),
             QStringLiteral("Bearer ") + token);
    QTRY_COMPARE_WITH_TIMEOUT(shell.window.connectionStatus()->text(), QStringLiteral("Live"),
                              kTimeoutMs);
    printFigures(QStringLiteral("test=ws_override_other_origin unconfirmed_connections=0 "
                                "confirmed_token_in_connection_init=1"));
}

QTEST_MAIN(TestTokenOrigin)
#include "TestTokenOrigin.moc"
