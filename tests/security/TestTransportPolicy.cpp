// Issue 14, "a token stays with its origin" (the transport half) and guild
// icons:
//
// - Plain http/ws only to the literal loopback addresses and the bare name
//   localhost: "localhost." (a trailing dot: a fully qualified name the
//   resolver sends to DNS) is refused by every place that checks a URL: the
//   HTTP client's rule (TransportSecurity), the WebSocket client, and the
//   profile check of the sign-in dialog (ServerProfile). Before issue 14,
//   TransportSecurity accepted "localhost." on purpose.
// - Guild icon URLs: https to Discord's CDN hosts only (configurable), plain
//   http never except to loopback, and loopback only while the profile's own
//   GraphQL URL is loopback. Before issue 14 any https host and any loopback
//   URL were fetched, whatever the profile.
//   tst_security_transport proves the end-to-end refusals with real sockets
//   (localhost. included); this file proves the rule itself, fast.

#include "FakeHttpServer.h"

#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "api/GuildIconFetcher.h"
#include "api/TransportSecurity.h"
#include "app/sync/DiscordSyncController.h"
#include "app/sync/GuildIconLoader.h"
#include "models/session/ServerProfile.h"
#include "models/settings/AppSettings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Counts what would go on the wire: a refused URL must never get here.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int created = 0;
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        urls.append(request.url());
        // Nothing leaves the machine: the request goes to a closed local
        // port, so an allowed CDN URL is counted without touching the CDN.
        QNetworkRequest local(request);
        local.setUrl(QUrl(QStringLiteral("http://127.0.0.1:9/refused")));
        return QNetworkAccessManager::createRequest(op, local, data);
    }
};

} // namespace

class TestTransportPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopback_onlyLiteralAddressesAndTheBareName_data();
    void loopback_onlyLiteralAddressesAndTheBareName();
    void iconPolicy_cdnHttpsOnly_data();
    void iconPolicy_cdnHttpsOnly();
    void iconPolicy_refusedUrlNeverReachesTheNetwork();
    void iconPolicy_redirectToLoopbackRefused();
    void iconPolicy_loopbackFollowsTheProfile();
    void iconPolicy_hostsComeFromTheSettings();
};

void TestTransportPolicy::loopback_onlyLiteralAddressesAndTheBareName_data()
{
    QTest::addColumn<QString>("host"); // as written in the URL
    QTest::addColumn<bool>("plainAllowed");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost. (trailing dot)") << QStringLiteral("localhost.") << false;
    QTest::newRow("LocalHost. (trailing dot)") << QStringLiteral("LocalHost.") << false;
    QTest::newRow("localhost.localdomain") << QStringLiteral("localhost.localdomain") << false;
    QTest::newRow("localhost.evil.example") << QStringLiteral("localhost.evil.example") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("api.lumio.example") << QStringLiteral("api.lumio.example") << false;
}

void TestTransportPolicy::loopback_onlyLiteralAddressesAndTheBareName()
{
    QFETCH(QString, host);
    QFETCH(bool, plainAllowed);
    const QUrl http(QStringLiteral("http://%1:4000/graphql").arg(host), QUrl::StrictMode);
    const QUrl ws(QStringLiteral("ws://%1:4000/graphql").arg(host), QUrl::StrictMode);
    const QUrl https(QStringLiteral("https://%1:4000/graphql").arg(host), QUrl::StrictMode);
    const QUrl wss(QStringLiteral("wss://%1:4000/graphql").arg(host), QUrl::StrictMode);
    QVERIFY2(http.isValid() && ws.isValid(), qPrintable(http.errorString()));

    // The HTTP client's rule.
    const ApiError httpError = TransportSecurity::checkUrl(http);
    QCOMPARE(!httpError, plainAllowed);
    if (httpError)
        QCOMPARE(httpError.kind, ApiError::Kind::Policy);
    QCOMPARE(!TransportSecurity::checkUrl(ws), plainAllowed);
    // The WebSocket client's, word for word.
    QCOMPARE(GraphQLWsClient::isAllowedUrl(ws), plainAllowed);
    // The sign-in dialog's profile check.
    QCOMPARE(ServerProfile::checkHttpUrl(http).isEmpty(), plainAllowed);
    QCOMPARE(ServerProfile::checkWsUrl(ws).isEmpty(), plainAllowed);
    // Encryption is always allowed, whatever the host.
    QVERIFY(!TransportSecurity::checkUrl(https));
    QVERIFY(GraphQLWsClient::isAllowedUrl(wss));
    QVERIFY(ServerProfile::checkHttpUrl(https).isEmpty());

    // And the HTTP client refuses before sending anything.
    if (plainAllowed)
        return;
    CountingNetwork network;
    GraphQLClientConfig config;
    config.endpoint = http;
    config.token = QStringLiteral("policy-T0ken");
    GraphQLClient client(&network, config);
    GraphQLRequest request;
    request.operationName = QStringLiteral("Viewer");
    request.document = QStringLiteral("query Viewer { viewer { id } }");
    request.type = GraphQLRequest::detectType(request.document);
    GraphQLReply *reply = client.execute(request);
    // The reply deletes itself after finished(): read it inside the handler.
    bool done = false;
    ApiError::Kind kind = ApiError::Kind::None;
    connect(reply, &GraphQLReply::finished, this, [&done, &kind, reply] {
        kind = reply->error().kind;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(kind, ApiError::Kind::Policy);
    QCOMPARE(network.created, 0);
}

void TestTransportPolicy::iconPolicy_cdnHttpsOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopbackProfile");
    QTest::addColumn<bool>("allowed");
    const auto both = [](const char *name, const QString &url, bool allowed) {
        QTest::addRow("%s, production profile", name) << url << false << allowed;
        QTest::addRow("%s, loopback profile", name) << url << true << allowed;
    };
    both("cdn.discordapp.com",
         QStringLiteral("https://cdn.discordapp.com/icons/123456789012345678/a_1.png"), true);
    both("media.discordapp.net",
         QStringLiteral("https://media.discordapp.net/icons/123456789012345678/a.webp"), true);
    both("CDN in upper case", QStringLiteral("https://CDN.DiscordApp.com/icons/1/a.png"), true);
    both("http to the CDN", QStringLiteral("http://cdn.discordapp.com/icons/1/a.png"), false);
    both("another https host", QStringLiteral("https://evil.example/a.png"), false);
    both("CDN look-alike", QStringLiteral("https://cdn.discordapp.com.evil.example/a.png"), false);
    both("CDN with a trailing dot", QStringLiteral("https://cdn.discordapp.com./a.png"), false);
    both("CDN on another port", QStringLiteral("https://cdn.discordapp.com:8443/a.png"), false);
    both("user info", QStringLiteral("https://u:p@cdn.discordapp.com/a.png"), false);
    both("UNC-like", QStringLiteral("file://attacker.example/share/a.png"), false);
    both("data", QStringLiteral("data:image/png;base64,iVBORw0KGgo="), false);
    both("http to a LAN address", QStringLiteral("http://192.168.1.1/admin.png"), false);
    both("localhost. (trailing dot)", QStringLiteral("http://localhost./a.png"), false);
    // Loopback: only while the profile itself is loopback (the sandbox).
    QTest::newRow("http 127.0.0.1, production profile")
        << QStringLiteral("http://127.0.0.1:8080/icons/1.png") << false << false;
    QTest::newRow("http 127.0.0.1, loopback profile")
        << QStringLiteral("http://127.0.0.1:8080/icons/1.png") << true << true;
    QTest::newRow("http localhost, production profile")
        << QStringLiteral("http://localhost:6379/") << false << false;
    QTest::newRow("https [::1], production profile")
        << QStringLiteral("https://[::1]/a.png") << false << false;
    QTest::newRow("https [::1], loopback profile")
        << QStringLiteral("https://[::1]/a.png") << true << true;
}

void TestTransportPolicy::iconPolicy_cdnHttpsOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, loopbackProfile);
    QFETCH(bool, allowed);
    GuildIconFetcher fetcher;
    QCOMPARE(fetcher.allowedHosts(), GuildIconFetcher::defaultAllowedHosts());
    QVERIFY(!fetcher.isLoopbackAllowed()); // off unless a loopback profile turns it on
    fetcher.setLoopbackAllowed(loopbackProfile);
    const ApiError error = fetcher.checkUrl(QUrl(url));
    QVERIFY2(!error == allowed, qPrintable(error.message));
    if (error)
        QCOMPARE(error.kind, ApiError::Kind::Policy);
}

void TestTransportPolicy::iconPolicy_refusedUrlNeverReachesTheNetwork()
{
    CountingNetwork network;
    GuildIconFetcher fetcher(&network);
    QSignalSpy failed(&fetcher, &GuildIconFetcher::failed);
    const QList<QUrl> refused {
        QUrl(QStringLiteral("https://evil.example/a.png")),
        QUrl(QStringLiteral("http://127.0.0.1:9/a.png")),
        QUrl(QStringLiteral("http://localhost./a.png")),
        QUrl(QStringLiteral("http://cdn.discordapp.com/a.png")),
    };
    for (const QUrl &u : refused)
        fetcher.fetch(u);
    QTRY_COMPARE(failed.count(), refused.size());
    QCOMPARE(network.created, 0);
    for (const QList<QVariant> &f : std::as_const(failed))
        QCOMPARE(f.at(1).value<ApiError>().kind, ApiError::Kind::Policy);
    // The control: the CDN URL does go out (to a closed local port here).
    fetcher.fetch(QUrl(QStringLiteral("https://cdn.discordapp.com/icons/1/a.png")));
    QTRY_COMPARE(failed.count(), refused.size() + 1);
    QCOMPARE(network.created, 1);
    QCOMPARE(network.urls.first().host(), QStringLiteral("cdn.discordapp.com"));
}

void TestTransportPolicy::iconPolicy_redirectToLoopbackRefused()
{
    // An allowed host (the in-process server, standing in for the CDN)
    // redirects to another local service: refused, whatever the status.
    FakeHttpServer target;
    QVERIFY(target.listen());
    FakeHttpServer cdn;
    QVERIFY(cdn.listen());
    const QByteArray location =
        target.url(QStringLiteral("localhost"), QStringLiteral("/internal")).toEncoded();
    cdn.setHandler([&](const FakeHttpServer::Request &, int) {
        FakeHttpServer::Response r;
        r.status = 302;
        r.headers = {{"Location", location}};
        return r;
    });
    GuildIconFetcher fetcher;
    fetcher.setLoopbackAllowed(true); // the CDN stand-in is on loopback
    QSignalSpy failed(&fetcher, &GuildIconFetcher::failed);
    fetcher.fetch(cdn.url(QStringLiteral("127.0.0.1"), QStringLiteral("/icon.png")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Policy);
    QCOMPARE(target.requests().size(), 0);
}

void TestTransportPolicy::iconPolicy_loopbackFollowsTheProfile()
{
    QNetworkAccessManager network;
    DiscordSyncController sync;
    GuildIconFetcher *fetcher = sync.iconLoader()->fetcher();
    QVERIFY(!fetcher->isLoopbackAllowed());

    // A production profile: the API is not on this computer.
    GraphQLClientConfig production;
    production.endpoint = QUrl(QStringLiteral("https://api.lumio.example/graphql"));
    production.token = QStringLiteral("t");
    GraphQLClient prod(&network, production);
    sync.setClients(&prod, nullptr);
    QVERIFY(!fetcher->isLoopbackAllowed());
    QVERIFY(fetcher->checkUrl(QUrl(QStringLiteral("http://127.0.0.1:4000/icons/1.png"))));

    // The sandbox: its icons are on its own loopback origin.
    GraphQLClientConfig sandbox;
    sandbox.endpoint = QUrl(QStringLiteral("http://127.0.0.1:4000/graphql"));
    sandbox.token = QStringLiteral("t");
    GraphQLClient local(&network, sandbox);
    sync.setClients(nullptr, nullptr);
    sync.setClients(&local, nullptr);
    QVERIFY(fetcher->isLoopbackAllowed());
    QVERIFY(!fetcher->checkUrl(QUrl(QStringLiteral("http://127.0.0.1:4000/icons/1.png"))));

    // Back to production (a profile switch signs out first): off again.
    sync.setClients(nullptr, nullptr);
    QVERIFY(!fetcher->isLoopbackAllowed());
    sync.setClients(&prod, nullptr);
    QVERIFY(!fetcher->isLoopbackAllowed());
    sync.setClients(nullptr, nullptr);
}

void TestTransportPolicy::iconPolicy_hostsComeFromTheSettings()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&file);
    QCOMPARE(settings.guildIconHosts(), AppSettings::defaultGuildIconHosts());
    QCOMPARE(AppSettings::defaultGuildIconHosts(), GuildIconFetcher::defaultAllowedHosts());
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setGuildIconHosts({QStringLiteral("Icons.Lumio.Example"), QStringLiteral("bad host"),
                                QStringLiteral("trailing.dot."), QStringLiteral("")});
    QCOMPARE(settings.guildIconHosts(), QStringList {QStringLiteral("icons.lumio.example")});
    QCOMPARE(changed.count(), 1);
    // Garbage in the file falls back to the CDN, never to "anything".
    file.setValue(QStringLiteral("discord/iconHosts"), QStringList {QStringLiteral("a b")});
    QCOMPARE(settings.guildIconHosts(), AppSettings::defaultGuildIconHosts());
    settings.setGuildIconHosts({});
    QCOMPARE(settings.guildIconHosts(), AppSettings::defaultGuildIconHosts());

    DiscordSyncController sync;
    sync.setIconHosts({QStringLiteral("icons.lumio.example")});
    GuildIconFetcher *fetcher = sync.iconLoader()->fetcher();
    QVERIFY(!fetcher->checkUrl(QUrl(QStringLiteral("https://icons.lumio.example/1.png"))));
    QVERIFY(fetcher->checkUrl(QUrl(QStringLiteral("https://cdn.discordapp.com/1.png"))));
}

QTEST_MAIN(TestTransportPolicy)
#include "TestTransportPolicy.moc"
