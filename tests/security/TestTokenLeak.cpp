// Issue #9, security checks: "The token appears in no settings file, log,
// crash output, URL or error message (a test greps everything the app wrote
// after a session)."
//
// 1. The real executable (lumio-bot-control) as a subprocess, with HOME and
//    every XDG directory in a fresh temporary tree, offscreen, with all of the
//    app's logging categories on, against a sandbox: it signs in, loads the
//    Bots page, survives a failed refetch (HTTP 500 injected, WebSockets
//    dropped), has its token revoked mid-session (WS close 4403 ->
//    UNAUTHENTICATED -> sign-in asked again) and quits by itself. Run twice:
//    - demo mode (--sandbox, token in memory), and
//    - the real path: a saved profile whose token is in the OS keychain
//      (QtKeychain -> Secret Service -> GNOME Keyring in a private D-Bus
//      session, see tests/api/run-with-keyring.sh); the app gets the token
//      from nowhere else.
//    Then every file under the temporary tree (settings, triage database,
//    caches, the screenshot, the keyring's own files) and the captured stdout
//    and stderr are searched for every sandbox token, in UTF-8, UTF-16, hex
//    and base64 (standard and URL-safe, at all three alignments, so the token
//    is also found inside an encoded "Bearer <token>" or a longer blob).
// 2. In-process, on the real main window (AppShell), the actions part the
//    executable cannot be driven through: pause by keyboard, a resume that
//    fails (HTTP 500), revocation noticed by a refresh (HTTP UNAUTHENTICATED);
//    then the same search over everything written (settings, the triage
//    SQLite database with its WAL, caches), the whole log at debug level, and
//    every text the widgets show (messages, banners, tooltips, titles).
// 3. The token goes only to the configured origin: a saved profile with a
//    plain-http URL to a non-loopback address (its token in the keychain)
//    makes no connection at all, and guild icon requests (their own fetcher)
//    carry no Authorization header, cookie or token.

#include "AppShell.h"
#include "FakeHttpServer.h"
#include "SandboxInfo.h"
#include "api/CredentialKey.h"
#include "api/KeychainCredentialStore.h"
#include "models/bots/BotTableModel.h"
#include "views/SignInDialog.h"
#include "views/widgets/MessageBanner.h"
#include "views/bots/BotTablePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cstdio>
#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;
// How long the subprocess lives; the scripted session needs about 10 s on an
// idle machine, the rest is slack for a loaded one.
constexpr int kAppLifetimeMs = 35000;

// Where the in-process application writes (set in main() before QApplication)
// and where run-with-keyring.sh put the keyring (empty without it).
QString g_inProcessBase;
QString g_keyringData;
QString g_keyringRuntime;

QMutex g_logMutex;
QByteArray g_log;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log += qFormatLogMessage(type, context, message).toUtf8() + '\n';
}

void printFigures(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Needle
{
    QByteArray bytes;
    QString form;
};

// Every form in which token could have been written.
QList<Needle> needlesFor(const QString &role, const QString &token)
{
    QList<Needle> out;
    const QByteArray t = token.toUtf8();
    out.append({t, role + QStringLiteral(" utf-8")});
    QByteArray le;
    QByteArray be;
    for (const QChar c : token) {
        le += char(c.unicode() & 0xff);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xff);
    }
    out.append({le, role + QStringLiteral(" utf-16le")});
    out.append({be, role + QStringLiteral(" utf-16be")});
    out.append({t.toHex(), role + QStringLiteral(" hex")});
    out.append({t.toHex().toUpper(), role + QStringLiteral(" HEX")});
    // Base64 of a blob that contains the token at offset k (mod 3): the
    // characters that depend on the token's bytes only. The first group
    // (mixed with what precedes) and a partial last group are left out.
    for (int k = 0; k < 3; ++k) {
        const QByteArray padded = QByteArray(k, 'x') + t;
        const QByteArray encoded = padded.toBase64();
        const qsizetype from = k == 0 ? 0 : 4;
        const QByteArray core = encoded.mid(from, (padded.size() / 3) * 4 - from);
        out.append({core, role + QStringLiteral(" base64@%1").arg(k)});
        QByteArray urlSafe = core;
        urlSafe.replace('+', '-').replace('/', '_');
        if (urlSafe != core)
            out.append({urlSafe, role + QStringLiteral(" base64url@%1").arg(k)});
    }
    return out;
}

struct Scan
{
    int files = 0;
    qint64 bytes = 0;
    QStringList hits;
    QStringList paths;

    void bytesOf(const QByteArray &data, const QString &where, const QList<Needle> &needles)
    {
        bytes += data.size();
        for (const Needle &n : needles) {
            if (data.contains(n.bytes))
                hits.append(where + QStringLiteral(": ") + n.form);
        }
    }

    // Every regular file under dir, hidden ones included; symlinks, sockets
    // and FIFOs are not followed or opened.
    void tree(const QString &dir, const QList<Needle> &needles)
    {
        if (dir.isEmpty() || !QFileInfo::exists(dir))
            return;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (!info.isFile() || info.isSymLink())
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits.append(path + QStringLiteral(": unreadable, not scanned"));
                continue;
            }
            ++files;
            paths.append(path);
            bytesOf(file.readAll(), path, needles);
        }
    }

    bool hasFileNamed(const QString &name) const
    {
        for (const QString &p : paths) {
            if (QFileInfo(p).fileName() == name)
                return true;
        }
        return false;
    }
};

} // namespace

class TestTokenLeak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void scanner_findsEveryForm();
    void executable_demoMode_sessionLeavesNoToken();
    void executable_keychainProfile_sessionLeavesNoToken();
    void executable_insecureSavedProfile_tokenNeverSent();
    void inProcess_actionsErrorsAndRevocation_leaveNoToken();
    void inProcess_guildIconRequests_carryNoCredentials();

private:
    QList<Needle> allNeedles() const;
    void unrevokeAll();
    // Runs the executable with args in a fresh tree under base, scripting the
    // session through the sandbox; fills stdout/stderr and the exit code.
    void runSession(const QString &base, const QString &runtimeDir, const QStringList &args,
                    const QString &revokeRole, const QString &signedInProfile, QByteArray *out,
                    QByteArray *err);
    void scanAndReport(const QString &name, const QStringList &dirs,
                       const QList<QPair<QString, QByteArray>> &extra, Scan *result);

    QProcessEnvironment appEnvironment(const QString &base, const QString &runtimeDir) const;
    bool writeKeychainToken(const QString &profile, const QString &token);

    SandboxInfo m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTokenLeak::initTestCase()
{
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    for (const char *role : {"admin", "operator", "readonly", "noaccess"})
        QVERIFY2(m_sandbox.token(QLatin1String(role)).size() >= 12, role);
    QVERIFY2(QFileInfo(QStringLiteral(LUMIO_APP_EXECUTABLE)).isExecutable(), LUMIO_APP_EXECUTABLE);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTokenLeak::cleanup()
{
    unrevokeAll();
    m_sandbox.control(QStringLiteral("reset-faults"));
}

void TestTokenLeak::unrevokeAll()
{
    for (const char *role : {"admin", "operator", "readonly", "noaccess"})
        m_sandbox.control(QStringLiteral("revoke"),
                          {{QStringLiteral("token"), m_sandbox.token(QLatin1String(role))},
                           {QStringLiteral("revoked"), false}});
}

QList<Needle> TestTokenLeak::allNeedles() const
{
    QList<Needle> needles;
    for (const char *role : {"admin", "operator", "readonly", "noaccess"})
        needles += needlesFor(QLatin1String(role), m_sandbox.token(QLatin1String(role)));
    return needles;
}

void TestTokenLeak::scanAndReport(const QString &name, const QStringList &dirs,
                                  const QList<QPair<QString, QByteArray>> &extra, Scan *result)
{
    const QList<Needle> needles = allNeedles();
    Scan scan;
    for (const QString &dir : dirs)
        scan.tree(dir, needles);
    for (const auto &[where, data] : extra) {
        ++scan.files;
        scan.bytesOf(data, where, needles);
    }
    printFigures(QStringLiteral("SECURITY-FIGURES test=token_leak run=%1 files_scanned=%2 "
                                "bytes_scanned=%3 needles=%4 hits=%5")
                     .arg(name)
                     .arg(scan.files)
                     .arg(scan.bytes)
                     .arg(needles.size())
                     .arg(scan.hits.size()));
    QStringList names;
    for (const QString &path : std::as_const(scan.paths)) {
        QString shown = path;
        for (const QString &dir : dirs) {
            if (!dir.isEmpty() && path.startsWith(dir + u'/'))
                shown = QFileInfo(dir).fileName() + u'/' + path.mid(dir.size() + 1);
        }
        names.append(shown);
    }
    for (const auto &[where, data] : extra)
        names.append(where);
    printFigures(QStringLiteral("SECURITY-FIGURES test=token_leak run=%1 scanned: %2")
                     .arg(name, names.join(QLatin1String(", "))));
    for (const QString &hit : std::as_const(scan.hits))
        printFigures(
            QStringLiteral("SECURITY-FIGURES test=token_leak run=%1 HIT %2").arg(name, hit));
    *result = scan;
}

void TestTokenLeak::scanner_findsEveryForm()
{
    // The search must be able to fail: a token hidden in each way is found.
    const QString token = m_sandbox.token(QStringLiteral("operator"));
    const QList<Needle> needles = needlesFor(QStringLiteral("operator"), token);
    const QByteArray t = token.toUtf8();
    const QList<QByteArray> planted {
        QByteArray("x=") + t + ';',
        QByteArray(QByteArray("Authorization: Bearer ") + t).toBase64(),
        QByteArray(QByteArray("{\"authorization\":\"Bearer ") + t + "\"}")
            .toBase64(QByteArray::Base64UrlEncoding),
        QByteArray(QByteArray("ab") + t).toBase64(),
        QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2),
        QByteArray(QByteArray("@ByteArray(") + t.toHex() + ')'),
    };
    for (const QByteArray &blob : planted) {
        Scan scan;
        scan.bytesOf(QByteArray(QByteArray("prefix ") + blob + " suffix"),
                     QStringLiteral("planted"), needles);
        QVERIFY2(!scan.hits.isEmpty(), blob.constData());
    }
    Scan clean;
    clean.bytesOf("sandbox-operator-tokeN sandbox-admin Bearer xyz", QStringLiteral("clean"),
                  needles);
    QVERIFY2(clean.hits.isEmpty(), qPrintable(clean.hits.join(u'\n')));
}

void TestTokenLeak::runSession(const QString &base, const QString &runtimeDir,
                               const QStringList &args, const QString &revokeRole,
                               const QString &signedInProfile, QByteArray *out, QByteArray *err)
{
    for (const char *sub : {"home", "config", "data", "cache"})
        QVERIFY(QDir().mkpath(base + u'/' + QLatin1String(sub)));
    const QProcessEnvironment env = appEnvironment(base, runtimeDir);

    // Set before the app starts: the first snapshot load must succeed, so
    // the fault is armed only later.
    m_sandbox.control(QStringLiteral("reset-faults"));
    const int wsBefore =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}})
            .value(QLatin1String("counters"))
            .toObject()
            .value(QLatin1String("wsConnectionsTotal"))
            .toInt();

    QProcess app;
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(base + QStringLiteral("/home"));
    connect(&app, &QProcess::readyReadStandardOutput, this,
            [&app, out] { *out += app.readAllStandardOutput(); });
    connect(&app, &QProcess::readyReadStandardError, this,
            [&app, err] { *err += app.readAllStandardError(); });
    app.start(QStringLiteral(LUMIO_APP_EXECUTABLE),
              args
                  + QStringList {QStringLiteral("--page"), QStringLiteral("bots"),
                                 QStringLiteral("--quit-after-ms"), QString::number(kAppLifetimeMs),
                                 QStringLiteral("--screenshot"),
                                 base + QStringLiteral("/home/screenshot.png")});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    auto counter = [this](const char *name) {
        return m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}})
            .value(QLatin1String("counters"))
            .toObject()
            .value(QLatin1String(name))
            .toInt();
    };

    // 1. Signed in (with the token from where this run keeps it), live, loaded.
    const QByteArray signedIn = "signed in to \"" + signedInProfile.toUtf8() + '"';
    QTRY_VERIFY2_WITH_TIMEOUT(err->contains(signedIn), err->right(2000).constData(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(counter("wsConnectionsTotal") > wsBefore, kTimeoutMs);
    QTest::qWait(2000); // the first snapshot (200 accounts) is loaded well within this

    // 2. An error: the refetch after a dropped WebSocket fails with HTTP 500.
    const int faultsBefore = counter("faultsInjected");
    m_sandbox.control(
        QStringLiteral("faults"),
        {{QStringLiteral("failures"),
          QJsonObject {{QStringLiteral("adminBotStatuses"),
                        QJsonObject {{QStringLiteral("rate"), 1},
                                     {QStringLiteral("kind"), QStringLiteral("HTTP_500")}}}}}});
    m_sandbox.control(QStringLiteral("drop-websockets"));
    QTRY_VERIFY_WITH_TIMEOUT(counter("faultsInjected") > faultsBefore, kTimeoutMs);
    m_sandbox.control(QStringLiteral("reset-faults"));
    QTRY_VERIFY_WITH_TIMEOUT(counter("wsConnections") >= 1, kTimeoutMs); // reconnected

    // 3. The token is revoked mid-session: UNAUTHENTICATED, sign-in asked again.
    QString error;
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), m_sandbox.token(revokeRole)}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(err->contains("the server refused the session's token"),
                              err->right(2000).constData(), kTimeoutMs);
    unrevokeAll();

    // 4. It quits by itself, cleanly.
    QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, kAppLifetimeMs + kTimeoutMs);
    *out += app.readAllStandardOutput();
    *err += app.readAllStandardError();
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(err->contains("screenshot saved"), err->right(2000).constData());
}

QProcessEnvironment TestTokenLeak::appEnvironment(const QString &base,
                                                  const QString &runtimeDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), base + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), base + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), base + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), base + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("TMPDIR"), base + QStringLiteral("/home"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Everything the app can say, debug included.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lumio.*=true"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    return env;
}

bool TestTokenLeak::writeKeychainToken(const QString &profile, const QString &token)
{
    KeychainCredentialStore store;
    bool done = false;
    CredentialStore::Result result;
    store.writeToken(profile, token, this, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, kTimeoutMs))
        return false;
    if (result.error)
        qWarning().noquote() << "keychain:" << result.error.message;
    return !result.error;
}

void TestTokenLeak::executable_insecureSavedProfile_tokenNeverSent()
{
    // A saved profile whose URL is plain http to a host that is not this
    // computer (say, a settings file edited by hand), with its token in the
    // keychain: the app must refuse before connecting, so the token is never
    // even read for it. The "remote" host is this machine's own non-loopback
    // address (or 0.0.0.0), served by a listener on every interface that
    // counts connections.
    if (qEnvironmentVariableIsEmpty("LUMIO_KEYCHAIN_TEST") || g_keyringRuntime.isEmpty())
        QSKIP("needs a private GNOME Keyring: run through ctest (run-with-keyring.sh)");
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::Any));
    int connections = 0;
    QByteArray received;
    connect(&listener, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = listener.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
        }
    });
    QString host = QStringLiteral("0.0.0.0");
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
            host = a.toString();
            break;
        }
    }
    const QUrl url(QStringLiteral("http://%1:%2/graphql").arg(host).arg(listener.serverPort()));
    const QString profile = QStringLiteral("Insecure");
    // Where a saved token is: under the profile and its URL's origin.
    QVERIFY(writeKeychainToken(CredentialKey::forProfile(profile, url),
                               m_sandbox.token(QStringLiteral("readonly"))));

    const QString base = m_dir->filePath(QStringLiteral("insecure"));
    for (const char *sub : {"home", "config/Lumio", "data", "cache"})
        QVERIFY(QDir().mkpath(base + u'/' + QLatin1String(sub)));
    {
        QSettings qs(base + QStringLiteral("/config/Lumio/Lumio Bot Control.conf"),
                     QSettings::IniFormat);
        ProfileStore profiles(qs);
        profiles.upsert({.name = profile, .graphqlUrl = url});
        qs.sync();
    }
    QProcess app;
    app.setProcessEnvironment(appEnvironment(base, g_keyringRuntime));
    app.setWorkingDirectory(base + QStringLiteral("/home"));
    app.start(QStringLiteral(LUMIO_APP_EXECUTABLE),
              {QStringLiteral("--profile"), profile, QStringLiteral("--quit-after-ms"),
               QStringLiteral("6000")});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, kTimeoutMs * 2);
    const QByteArray out = app.readAllStandardOutput();
    const QByteArray err = app.readAllStandardError();
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QTest::qWait(100);
    printFigures(QStringLiteral("SECURITY-FIGURES test=insecure_saved_profile host=%1 "
                                "connections=%2 bytes_received=%3")
                     .arg(host)
                     .arg(connections)
                     .arg(received.size()));
    QCOMPARE(connections, 0);
    QVERIFY(!err.contains("signed in to"));
    Scan scan;
    scanAndReport(QStringLiteral("executable-insecure-profile"), {base},
                  {{QStringLiteral("stdout"), out}, {QStringLiteral("stderr"), err}}, &scan);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u'\n')));
}

void TestTokenLeak::executable_demoMode_sessionLeavesNoToken()
{
    const QString base = m_dir->filePath(QStringLiteral("demo"));
    const QString runtime = base + QStringLiteral("/run");
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QByteArray out;
    QByteArray err;
    runSession(base, runtime,
               {QStringLiteral("--sandbox"), qEnvironmentVariable("LUMIO_SANDBOX_INFO"),
                QStringLiteral("--sandbox-role"), QStringLiteral("operator")},
               QStringLiteral("operator"), QStringLiteral("Sandbox"), &out, &err);
    if (QTest::currentTestFailed()) {
        qWarning().noquote() << "app stderr:" << QString::fromUtf8(err.right(4000));
        return;
    }
    Scan scan;
    scanAndReport(QStringLiteral("executable-demo"), {base},
                  {{QStringLiteral("stdout"), out}, {QStringLiteral("stderr"), err}}, &scan);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u'\n')));
    // Not vacuous: the settings file with the profile, and a real log.
    QVERIFY2(scan.hasFileNamed(QStringLiteral("Lumio Bot Control.conf")),
             qPrintable(scan.paths.join(u'\n')));
    QVERIFY(scan.hasFileNamed(QStringLiteral("screenshot.png")));
    QVERIFY(err.contains("lumio."));
}

void TestTokenLeak::executable_keychainProfile_sessionLeavesNoToken()
{
    if (qEnvironmentVariableIsEmpty("LUMIO_KEYCHAIN_TEST") || g_keyringRuntime.isEmpty())
        QSKIP("needs a private GNOME Keyring: run through ctest (run-with-keyring.sh)");
    const QString profile = QStringLiteral("LeakKeychain");
    const QString token = m_sandbox.token(QStringLiteral("admin"));

    // The token goes where a signed-in user's would: the OS keychain, under
    // the app's own service and key.
    QVERIFY(writeKeychainToken(CredentialKey::forProfile(profile, m_sandbox.httpUrl()), token));

    const QString base = m_dir->filePath(QStringLiteral("keychain"));
    QByteArray out;
    QByteArray err;
    // A saved profile for this server; its token only in the keychain.
    runSession(base, g_keyringRuntime,
               {QStringLiteral("--profile"), profile, QStringLiteral("--server"),
                m_sandbox.httpUrl().toString()},
               QStringLiteral("admin"), profile, &out, &err);
    if (QTest::currentTestFailed()) {
        qWarning().noquote() << "app stderr:" << QString::fromUtf8(err.right(4000));
        return;
    }

    // The token is still in the keychain (the app read it from there and
    // kept it), and nowhere else.
    {
        KeychainCredentialStore store;
        bool done = false;
        CredentialStore::Result result;
        store.readToken(CredentialKey::forProfile(profile, m_sandbox.httpUrl()), this,
                        [&](const CredentialStore::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
        QVERIFY2(result.found && result.token == token, qPrintable(result.error.message));
    }
    Scan scan;
    scanAndReport(QStringLiteral("executable-keychain"), {base, g_keyringData, g_keyringRuntime},
                  {{QStringLiteral("stdout"), out}, {QStringLiteral("stderr"), err}}, &scan);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u'\n')));
    QVERIFY2(scan.hasFileNamed(QStringLiteral("Lumio Bot Control.conf")),
             qPrintable(scan.paths.join(u'\n')));
    // The keyring's own file was scanned too (encrypted: no token in it).
    bool keyringFile = false;
    for (const QString &p : std::as_const(scan.paths))
        keyringFile = keyringFile || p.endsWith(QLatin1String(".keyring"));
    QVERIFY2(keyringFile, qPrintable(scan.paths.join(u'\n')));
}

void TestTokenLeak::inProcess_actionsErrorsAndRevocation_leaveNoToken()
{
    QVERIFY(!g_inProcessBase.isEmpty());
    const QString token = m_sandbox.token(QStringLiteral("operator"));
    // acme_live's Twitch bot, active.
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("{ adminBotStatuses(filter: {search: \"acme_live\", platform: TWITCH}) "
                       "{ nodes { accountId accountName } } }"));
    QString acmeId;
    for (const QJsonValue &n :
         reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
             .toArray()) {
        if (n[QLatin1String("accountName")].toString() == QLatin1String("acme_live"))
            acmeId = n[QLatin1String("accountId")].toString();
    }
    QVERIFY(!acmeId.isEmpty());
    m_sandbox.control(QStringLiteral("set-row"),
                      {{QStringLiteral("accountId"), acmeId},
                       {QStringLiteral("platform"), QStringLiteral("TWITCH")},
                       {QStringLiteral("status"), QStringLiteral("ACTIVE")}});

    QLoggingCategory::setFilterRules(QStringLiteral("lumio.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QByteArray widgetTexts;
    {
        AppShell shell(g_inProcessBase + QStringLiteral("/config/settings.ini"));
        shell.window.showSignIn();
        SignInDialog *dialog = shell.window.signInDialog();
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
        dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
        dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
        dialog->tokenEdit()->setText(token);
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);

        // Loaded; pause by keyboard.
        auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
        QVERIFY(bots);
        shell.window.setCurrentPage(QStringLiteral("bots"));
        const BotKey key {acmeId, Platform::Twitch};
        const auto statusOf = [&] {
            return BotStatus(bots->model()
                                 ->indexForKey(key, BotTable::StatusColumn)
                                 .data(BotTable::StatusRole)
                                 .toInt());
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            bots->model()->rowForKey(key) >= 0 && statusOf() == BotStatus::Active, kTimeoutMs);
        shell.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&shell.window));
        bots->showBot(key);
        bots->tableView()->setFocus();
        QTest::keyClick(bots->tableView(), Qt::Key_P);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), BotStatus::Paused, kTimeoutMs);

        // An action that fails: resume while the API answers 500.
        m_sandbox.control(
            QStringLiteral("faults"),
            {{QStringLiteral("failures"),
              QJsonObject {{QStringLiteral("adminToggleBotForAccount"),
                            QJsonObject {{QStringLiteral("rate"), 1},
                                         {QStringLiteral("kind"), QStringLiteral("HTTP_500")}}}}}});
        bots->showBot(key);
        bots->tableView()->setFocus();
        QTest::keyClick(bots->tableView(), Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(bots->operationBanner()->isVisible(), kTimeoutMs);
        QVERIFY(!bots->operationBanner()->text().isEmpty());
        m_sandbox.control(QStringLiteral("reset-faults"));

        // Revoked mid-session; the refresh gets UNAUTHENTICATED over HTTP.
        m_sandbox.control(QStringLiteral("revoke"), {{QStringLiteral("token"), token}});
        shell.window.actions().action(QStringLiteral("view.refresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shell.session.state() == Session::State::AuthenticationRequired,
                                 kTimeoutMs);
        QTRY_VERIFY(shell.window.signInDialog()->isVisible());

        // Every text on screen (and off it): labels, buttons, banners,
        // tooltips, titles, actions. Password fields are left out: they hold
        // what the user types.
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *w : widgets) {
            QStringList texts {w->windowTitle(), w->toolTip(),        w->statusTip(),
                               w->whatsThis(),   w->accessibleName(), w->accessibleDescription()};
            if (auto *label = qobject_cast<QLabel *>(w))
                texts << label->text();
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
            if (auto *edit = qobject_cast<QLineEdit *>(w);
                edit && edit->echoMode() == QLineEdit::Normal)
                texts << edit->text() << edit->placeholderText();
            if (auto *text = qobject_cast<QTextEdit *>(w))
                texts << text->toPlainText();
            if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
                texts << plain->toPlainText();
            for (QAction *a : w->actions())
                texts << a->text() << a->toolTip() << a->statusTip();
            widgetTexts += texts.join(u'\n').toUtf8() + '\n';
        }
        shell.window.saveWindowState();
        shell.qsettings.sync();
    } // the window, the session and the triage database close here
    qInstallMessageHandler(previous);
    unrevokeAll();

    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    Scan scan;
    scanAndReport(QStringLiteral("in-process-actions"), {g_inProcessBase},
                  {{QStringLiteral("log"), log}, {QStringLiteral("widget texts"), widgetTexts}},
                  &scan);
    QVERIFY2(scan.hits.isEmpty(), qPrintable(scan.hits.join(u'\n')));
    // Not vacuous: the settings, the triage database and a debug-level log
    // that saw the actions and the refusal were all there to search.
    QVERIFY2(scan.hasFileNamed(QStringLiteral("settings.ini")), qPrintable(scan.paths.join(u'\n')));
    QVERIFY2(scan.hasFileNamed(QStringLiteral("triage.sqlite")),
             qPrintable(scan.paths.join(u'\n')));
    QVERIFY(log.contains("lumio.api.http"));
    QVERIFY(log.contains("the server refused the session's token"));
    QVERIFY(widgetTexts.contains("acme_live")); // the banner named the bot
}

void TestTokenLeak::inProcess_guildIconRequests_carryNoCredentials()
{
    // Guild icons are fetched by their own path (api/GuildIconFetcher), which
    // knows no token: an icon URL, even one on this computer like the API,
    // gets no Authorization header, cookie or token anywhere in the request.
    FakeHttpServer icons;
    QVERIFY(icons.listen());
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    icons.setHandler([png](const FakeHttpServer::Request &, int) {
        FakeHttpServer::Response r;
        r.headers.append({QByteArray("Content-Type"), QByteArray("image/png")});
        r.body = png;
        return r;
    });
    // The first guilds of the list (the visible ones) get their icon there.
    const QJsonObject reply =
        m_sandbox.graphql(QStringLiteral("admin"),
                          QStringLiteral("{ adminDiscordGuilds(first: 3) { nodes { guildId } } }"));
    const QJsonArray nodes =
        reply[QLatin1String("data")][QLatin1String("adminDiscordGuilds")][QLatin1String("nodes")]
            .toArray();
    QVERIFY(!nodes.isEmpty());
    for (const QJsonValue &n : nodes) {
        const QString id = n[QLatin1String("guildId")].toString();
        QString error;
        m_sandbox.control(QStringLiteral("update-guild"),
                          {{QStringLiteral("guildId"), id},
                           {QStringLiteral("iconUrl"),
                            icons
                                .url(QStringLiteral("127.0.0.1"),
                                     QStringLiteral("/icons/") + id + QStringLiteral(".png"))
                                .toString()}},
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    const QString token = m_sandbox.token(QStringLiteral("admin"));
    AppShell shell(g_inProcessBase + QStringLiteral("/config/icons.ini"));
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(token);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    shell.window.setCurrentPage(QStringLiteral("discord"));
    QTRY_VERIFY_WITH_TIMEOUT(!icons.requests().isEmpty(), kTimeoutMs);
    QTest::qWait(500);

    const QList<Needle> needles = allNeedles();
    int withCredentials = 0;
    for (const FakeHttpServer::Request &req : icons.requests()) {
        QCOMPARE(req.method, QByteArray("GET"));
        QVERIFY(req.path.startsWith("/icons/"));
        QByteArray everything = req.path + '\n' + req.body;
        for (auto it = req.headers.cbegin(); it != req.headers.cend(); ++it)
            everything += it.key() + ": " + it.value() + '\n';
        Scan scan;
        scan.bytesOf(everything, QStringLiteral("icon request"), needles);
        const bool credentials = !req.header("authorization").isEmpty()
            || !req.header("cookie").isEmpty() || !req.header("proxy-authorization").isEmpty()
            || !scan.hits.isEmpty();
        withCredentials += credentials ? 1 : 0;
    }
    printFigures(QStringLiteral("SECURITY-FIGURES test=icon_requests requests=%1 "
                                "with_credentials_or_token=%2")
                     .arg(icons.requests().size())
                     .arg(withCredentials));
    QCOMPARE(withCredentials, 0);
}

int main(int argc, char *argv[])
{
    // Everything the in-process application writes goes under one fresh
    // tree, set before QApplication so nothing lands elsewhere first. The
    // keyring of run-with-keyring.sh (XDG_RUNTIME_DIR, XDG_DATA_HOME) is
    // remembered for the keychain run and scanned too.
    QTemporaryDir base;
    if (!base.isValid())
        return 1;
    if (!qEnvironmentVariableIsEmpty("LUMIO_KEYCHAIN_TEST")) {
        g_keyringData = qEnvironmentVariable("XDG_DATA_HOME");
        g_keyringRuntime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    }
    g_inProcessBase = base.path() + QStringLiteral("/inproc");
    for (const char *sub : {"home", "config", "data", "cache"})
        QDir().mkpath(g_inProcessBase + u'/' + QLatin1String(sub));
    qputenv("HOME", QFile::encodeName(g_inProcessBase + QStringLiteral("/home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(g_inProcessBase + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(g_inProcessBase + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(g_inProcessBase + QStringLiteral("/cache")));
    QApplication app(argc, argv);
    TestTokenLeak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestTokenLeak.moc"
