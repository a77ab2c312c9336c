// `lumio-bot-control --check-server URL` (issue 13), the real executable
// against a sandbox fixture, with no display at all (QT_QPA_PLATFORM=xcb and
// no DISPLAY: a window would abort). Built three times, one per sandbox mode
// (LUMIO_CHECK_MODE): the default sandbox matches (exit 0), --skew is newer
// (exit 1, the values this version lacks listed), --legacy is older (exit 1,
// the missing enum and operations listed). In the default build, under a
// private GNOME Keyring (run-with-keyring.sh), also: the token a saved
// profile keeps for the URL's origin is used, one saved for another origin
// is not, and a server that refuses introspection cannot be checked (exit 2).

#include "SandboxInfo.h"

#include "api/CredentialKey.h"
#include "api/KeychainCredentialStore.h"
#include "app/ProfileStore.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifndef LUMIO_CHECK_MODE
#error "LUMIO_CHECK_MODE must be default, skew or legacy"
#endif

namespace {

constexpr int kTimeoutMs = 30000;

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

bool isMode(const char *mode)
{
    return qstrcmp(LUMIO_CHECK_MODE, mode) == 0;
}

} // namespace

class TestCheckServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noDisplay_theWindowPathWouldFailHere();
    void check_printsEveryEnumAndTheOperations();
    void check_urlThatIsNotAllowed_exitTwoWithoutConnecting();
#if defined(LUMIO_CHECK_DEFAULT)
    void check_tokenNeededAndNoneSaved_exitTwo();
    void check_tokenSavedForTheOrigin_isUsed();
    void check_tokenSavedForAnotherOrigin_isNotUsed();
    void check_introspectionRefused_exitTwo();
#endif

private:
    Run run(const QStringList &args, const QString &configHome = {});
    QProcessEnvironment environment(const QString &configHome) const;
    bool saveProfileWithToken(const QString &configHome, const QString &profile, const QUrl &url,
                              const QString &token);
    bool hasKeyring() const
    {
        return !qEnvironmentVariableIsEmpty("LUMIO_KEYCHAIN_TEST");
    }

    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
};

void TestCheckServer::initTestCase()
{
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestCheckServer::environment(const QString &configHome) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display: a QApplication would abort ("could not connect to display").
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               configHome.isEmpty() ? m_dir.filePath(QStringLiteral("empty-config")) : configHome);
    return env;
}

Run TestCheckServer::run(const QStringList &args, const QString &configHome)
{
    QProcess process;
    process.setProcessEnvironment(environment(configHome));
    process.start(QStringLiteral(LUMIO_APP_EXECUTABLE), args);
    Run r;
    if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("did not finish: ") + process.errorString();
        return r;
    }
    r.exitCode = process.exitCode();
    r.status = process.exitStatus();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

bool TestCheckServer::saveProfileWithToken(const QString &configHome, const QString &profile,
                                           const QUrl &url, const QString &token)
{
    QDir().mkpath(configHome + QStringLiteral("/Lumio"));
    {
        QSettings qs(configHome + QStringLiteral("/Lumio/Lumio Bot Control.conf"),
                     QSettings::IniFormat);
        ProfileStore profiles(qs);
        profiles.upsert({.name = profile, .graphqlUrl = url});
        profiles.setTokenSaved(profile, CredentialKey::originOf(url), true);
        qs.sync();
    }
    // Where the app keeps it: the OS keychain, under the profile and origin.
    KeychainCredentialStore store;
    bool done = false;
    CredentialStore::Result result;
    store.writeToken(CredentialKey::forProfile(profile, url), token, this,
                     [&](const CredentialStore::Result &r) {
                         result = r;
                         done = true;
                     });
    if (!QTest::qWaitFor([&done] { return done; }, kTimeoutMs))
        return false;
    if (result.error)
        qWarning().noquote() << "keychain:" << result.error.message;
    return !result.error;
}

void TestCheckServer::noDisplay_theWindowPathWouldFailHere()
{
    // Proves the environment has no display: the normal start needs one.
    const Run gui = run({QStringLiteral("--version")});
    QVERIFY2(gui.status == QProcess::CrashExit || gui.exitCode != 0, qPrintable(gui.out));
    // --help of --check-server works there, and documents the exit codes.
    const Run help =
        run({QStringLiteral("--check-server"), QStringLiteral("x"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--check-server <url>")), qPrintable(help.out));
    QVERIFY(help.out.contains(QLatin1String("0 when they match, 1 when they differ, 2 when")));
}

void TestCheckServer::check_printsEveryEnumAndTheOperations()
{
    // The fixture lets anyone introspect (--introspection public), so no token is needed.
    if (isMode("default")) {
        QString error;
        m_sandbox.control(QStringLiteral("faults"),
                          {{QStringLiteral("introspection"), QStringLiteral("public")}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QString url = m_sandbox.httpUrl().toString();
    const Run r = run({QStringLiteral("--check-server"), url});
    const QStringList lines = r.lines();
    qInfo().noquote() << "--check-server on the" << LUMIO_CHECK_MODE << "sandbox, exit"
                      << r.exitCode << QString(u'\n' + r.out);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(lines.size() >= 9, qPrintable(r.out + r.err));
    QCOMPARE(lines.at(0), QStringLiteral("server: ") + url);
    QVERIFY(lines.at(2).startsWith(QLatin1String("token: none")));

    if (isMode("default")) {
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            lines.mid(3),
            (QStringList {
                QStringLiteral("enum Platform: matches (TWITCH, YOUTUBE, KICK, TROVO, DISCORD)"),
                QStringLiteral("enum BotStatus: matches (ACTIVE, PAUSED, NO_CONNECTION)"),
                QStringLiteral("enum DiscordChannelType: matches (TEXT, ANNOUNCEMENT, VOICE, "
                               "CATEGORY, FORUM, STAGE, OTHER)"),
                QStringLiteral("enum DiscordGuildEventKind: matches (CONNECTED, UPDATED, "
                               "DISCONNECTED, FEATURES_CHANGED)"),
                QStringLiteral("operations: all 14 the app uses are on the server"),
                QStringLiteral("result: The server matches this app.")}));
        m_sandbox.control(QStringLiteral("reset-faults"));
    } else if (isMode("skew")) {
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            lines.mid(3),
            (QStringList {QStringLiteral("enum Platform: this app lacks RUMBLE"),
                          QStringLiteral("enum BotStatus: this app lacks SUSPENDED"),
                          QStringLiteral("enum DiscordChannelType: this app lacks MEDIA"),
                          QStringLiteral("enum DiscordGuildEventKind: this app lacks RENAMED"),
                          QStringLiteral("operations: all 14 the app uses are on the server"),
                          QStringLiteral("result: The server is newer than this app: it has values "
                                         "this app lacks.")}));
    } else {
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            lines.mid(3),
            (QStringList {
                QStringLiteral("enum Platform: matches (TWITCH, YOUTUBE, KICK, TROVO, DISCORD)"),
                QStringLiteral("enum BotStatus: matches (ACTIVE, PAUSED, NO_CONNECTION)"),
                QStringLiteral("enum DiscordChannelType: matches (TEXT, ANNOUNCEMENT, VOICE, "
                               "CATEGORY, FORUM, STAGE, OTHER)"),
                QStringLiteral("enum DiscordGuildEventKind: not on the server (this app expects "
                               "CONNECTED, UPDATED, DISCONNECTED, FEATURES_CHANGED)"),
                QStringLiteral("operation Query.adminDiscordGuilds (AdminDiscordGuilds): missing "
                               "on the server"),
                QStringLiteral("operation Query.discordFeatureCatalog (DiscordFeatureCatalog): "
                               "missing on the server"),
                QStringLiteral(
                    "operation Mutation.adminRejoinBot (AdminRejoinBot): missing on the server"),
                QStringLiteral("operation Subscription.botStatusChanged (BotStatusChanged): "
                               "missing on the server"),
                QStringLiteral("operation Subscription.discordGuildChanged (DiscordGuildChanged): "
                               "missing on the server"),
                QStringLiteral("result: The server is older than this app: it lacks some of what "
                               "this app uses.")}));
    }
}

void TestCheckServer::check_urlThatIsNotAllowed_exitTwoWithoutConnecting()
{
    // Plain http to another machine would carry a token unencrypted: refused
    // before anything is sent, like a sign-in.
    const Run r =
        run({QStringLiteral("--check-server"),
             QStringLiteral("http://lumio.invalid:%1/graphql").arg(m_sandbox.httpUrl().port())});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("only allowed to this machine")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

#if defined(LUMIO_CHECK_DEFAULT)

void TestCheckServer::check_tokenNeededAndNoneSaved_exitTwo()
{
    m_sandbox.control(QStringLiteral("reset-faults")); // introspection needs a token
    const Run r = run({QStringLiteral("--check-server"), m_sandbox.httpUrl().toString()});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("wants a token")), qPrintable(r.err));
}

void TestCheckServer::check_tokenSavedForTheOrigin_isUsed()
{
    if (!hasKeyring())
        QSKIP("needs a private GNOME Keyring: run through ctest (run-with-keyring.sh)");
    m_sandbox.control(QStringLiteral("reset-faults"));
    const QString config = m_dir.filePath(QStringLiteral("config-same-origin"));
    QVERIFY(saveProfileWithToken(config, QStringLiteral("Staging"), m_sandbox.httpUrl(),
                                 m_sandbox.token(QStringLiteral("readonly"))));
    const QJsonObject before =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}});
    const Run r = run({QStringLiteral("--check-server"), m_sandbox.httpUrl().toString()}, config);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("token: the one saved by profile “Staging”")),
             qPrintable(r.out));
    const QJsonObject after =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}});
    const auto counter = [](const QJsonObject &state, const char *name) {
        return state.value(QLatin1String("counters")).toObject().value(QLatin1String(name)).toInt();
    };
    QCOMPARE(counter(after, "introspectionRequests") - counter(before, "introspectionRequests"), 1);
    QCOMPARE(counter(after, "anonymousIntrospections"), counter(before, "anonymousIntrospections"));
}

void TestCheckServer::check_tokenSavedForAnotherOrigin_isNotUsed()
{
    if (!hasKeyring())
        QSKIP("needs a private GNOME Keyring: run through ctest (run-with-keyring.sh)");
    m_sandbox.control(QStringLiteral("reset-faults"));
    // The same server under another name is another origin: localhost is not 127.0.0.1.
    QUrl other = m_sandbox.httpUrl();
    other.setHost(QStringLiteral("localhost"));
    const QString config = m_dir.filePath(QStringLiteral("config-other-origin"));
    QVERIFY(saveProfileWithToken(config, QStringLiteral("Elsewhere"), other,
                                 m_sandbox.token(QStringLiteral("admin"))));
    const Run r = run({QStringLiteral("--check-server"), m_sandbox.httpUrl().toString()}, config);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("token: none")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("wants a token")), qPrintable(r.err));
    // And for its own origin, that profile's token is the one used.
    const Run own = run({QStringLiteral("--check-server"), other.toString()}, config);
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(QStringLiteral("token: the one saved by profile “Elsewhere”")));
}

void TestCheckServer::check_introspectionRefused_exitTwo()
{
    if (!hasKeyring())
        QSKIP("needs a private GNOME Keyring: run through ctest (run-with-keyring.sh)");
    QString error;
    m_sandbox.control(QStringLiteral("faults"),
                      {{QStringLiteral("introspection"), QStringLiteral("disabled")}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString config = m_dir.filePath(QStringLiteral("config-refused"));
    QVERIFY(saveProfileWithToken(config, QStringLiteral("Prod"), m_sandbox.httpUrl(),
                                 m_sandbox.token(QStringLiteral("admin"))));
    const Run r = run({QStringLiteral("--check-server"), m_sandbox.httpUrl().toString()}, config);
    m_sandbox.control(QStringLiteral("reset-faults"));
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("refused to say what it offers")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("introspection has been disabled")), qPrintable(r.err));
}

#endif

QTEST_GUILESS_MAIN(TestCheckServer)
#include "TestCheckServer.moc"
