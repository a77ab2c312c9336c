// Guild icons without a sandbox: GuildIconFetcher (api) and GuildIconLoader
// (app/sync) against in-process servers that do what a real CDN will not do
// on demand (oversize, lie about sizes, redirect, hang, 404), and the
// controller end to end against a fake API that serves its own icons on the
// API's origin, to prove the token never goes with an icon.

#include "../api/FakeHttpServer.h"

#include "api/GraphQLClient.h"
#include "api/GuildIconFetcher.h"
#include "app/sync/DiscordSyncController.h"
#include "app/sync/GuildIconLoader.h"
#include "models/discord/DiscordGuildListModel.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

namespace {

// Counts what would go on the wire: a refused URL must not get here.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

QByteArray png(int width, int height, QColor colour = QColor(0x58, 0x65, 0xf2))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setCompression(9);
    writer.write(image);
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xffffffffu;
    for (const char byte : data) {
        c ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out;
    const auto be32 = [&out](quint32 v) {
        out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    };
    be32(quint32(data.size()));
    out.append(type).append(data);
    be32(crc32(type + data));
    return out;
}

// A valid, solid grey PNG of any size, encoded by hand: a huge one is a few
// KiB on the wire (what a decompression bomb looks like).
QByteArray solidPng(int width, int height)
{
    QByteArray ihdr;
    const auto be32 = [&ihdr](quint32 v) {
        ihdr.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    };
    be32(quint32(width));
    be32(quint32(height));
    ihdr.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(
        char(0)); // 8-bit grey
    QByteArray row(width + 1, char(0x80));
    row[0] = 0; // filter: none
    QByteArray raw;
    raw.reserve(qsizetype(row.size()) * height);
    for (int y = 0; y < height; ++y)
        raw.append(row);
    const QByteArray zlibStream = qCompress(raw, 9).mid(4); // qCompress prefixes the length
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", zlibStream) + pngChunk("IEND", {});
}

FakeHttpServer::Response pngResponse(const QByteArray &bytes)
{
    FakeHttpServer::Response r;
    r.headers = {{"Content-Type", "image/png"}};
    r.body = bytes;
    return r;
}

FakeHttpServer::Response status(int code, const QByteArray &location = {})
{
    FakeHttpServer::Response r;
    r.status = code;
    if (!location.isEmpty())
        r.headers = {{"Location", location}};
    r.body = "x";
    return r;
}

int requestsFor(const FakeHttpServer &server, const QByteArray &path)
{
    int n = 0;
    for (const FakeHttpServer::Request &r : server.requests())
        n += r.path == path ? 1 : 0;
    return n;
}

const QString kToken = QStringLiteral("sandbox-secret-token-7f3a9c");

} // namespace

class TestGuildIconLoading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fetcher_insecureOrOddUrl_refusedWithoutRequest_data();
    void fetcher_insecureOrOddUrl_refusedWithoutRequest();
    void fetcher_sendsNoAuthorizationCookieOrToken();
    void fetcher_oversizeBody_isAborted_data();
    void fetcher_oversizeBody_isAborted();
    void fetcher_redirect_sameOriginFollowed_crossOriginHttpRefused();
    void fetcher_concurrency_isBounded();
    void fetcher_tlsErrors_areNeverIgnored();

    void loader_oversizeImage_isRejectedBeforeDecoding();
    void loader_largeImage_isScaledDown();
    void loader_notAnAllowedImage_isRejected();
    void loader_404_isRememberedNotRequestedAgain();
    void loader_cachedImage_servedWithoutRequest();

    void controller_iconOnApiOrigin_neverCarriesToken();
};

void TestGuildIconLoading::fetcher_insecureOrOddUrl_refusedWithoutRequest_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http to a remote host") << QStringLiteral("http://cdn.example.com/icons/1.png");
    QTest::newRow("http to a private address") << QStringLiteral("http://10.0.0.7/icons/1.png");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@cdn.example.com/1.png");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("wss") << QStringLiteral("wss://cdn.example.com/1.png");
    QTest::newRow("data") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
    QTest::newRow("not a url") << QStringLiteral("::::");
    // Issue 14: https, but not Discord's CDN; loopback without a loopback profile.
    QTest::newRow("https to another host") << QStringLiteral("https://cdn.example.com/1.png");
    QTest::newRow("loopback, not allowed") << QStringLiteral("http://127.0.0.1:9/1.png");
}

void TestGuildIconLoading::fetcher_insecureOrOddUrl_refusedWithoutRequest()
{
    QFETCH(QString, url);
    CountingNetwork network;
    GuildIconFetcher fetcher(&network);
    QSignalSpy failed(&fetcher, &GuildIconFetcher::failed);
    QSignalSpy fetched(&fetcher, &GuildIconFetcher::fetched);
    fetcher.fetch(QUrl(url));
    QCOMPARE(failed.count(), 0); // never synchronously
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Policy);
    QCOMPARE(fetched.count(), 0);
    QCOMPARE(network.created, 0);
}

void TestGuildIconLoading::fetcher_sendsNoAuthorizationCookieOrToken()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray icon = png(64, 64);
    server.setHandler([&](const FakeHttpServer::Request &, int) { return pngResponse(icon); });
    GuildIconFetcher fetcher; // its own network manager
    fetcher.setLoopbackAllowed(true); // an in-process server stands in for the CDN
    QSignalSpy fetched(&fetcher, &GuildIconFetcher::fetched);
    fetcher.fetch(server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/icons/1.png")));
    QTRY_COMPARE(fetched.count(), 1);
    QCOMPARE(fetched.first().at(1).toByteArray(), icon);
    QCOMPARE(server.requests().size(), 1);
    const FakeHttpServer::Request &r = server.requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QVERIFY(r.header("authorization").isEmpty());
    QVERIFY(r.header("cookie").isEmpty());
    QVERIFY(r.header("proxy-authorization").isEmpty());
}

void TestGuildIconLoading::fetcher_oversizeBody_isAborted_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length says so") << true;
    QTest::newRow("no length, found while reading") << false;
}

void TestGuildIconLoading::fetcher_oversizeBody_isAborted()
{
    QFETCH(bool, announced);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeHttpServer::Request &, int) {
        FakeHttpServer::Response r = pngResponse(QByteArray(600 * 1024, 'x'));
        r.contentLength = announced;
        return r;
    });
    GuildIconFetcher fetcher;
    fetcher.setLoopbackAllowed(true); // an in-process server stands in for the CDN
    QCOMPARE(fetcher.limits().maxBytes, 512 * 1024);
    QSignalSpy failed(&fetcher, &GuildIconFetcher::failed);
    QSignalSpy fetched(&fetcher, &GuildIconFetcher::fetched);
    fetcher.fetch(server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/big.png")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Policy);
    QCOMPARE(fetched.count(), 0);
    QCOMPARE(fetcher.runningCount(), 0);
}

void TestGuildIconLoading::fetcher_redirect_sameOriginFollowed_crossOriginHttpRefused()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray icon = png(32, 32);
    const QByteArray otherOrigin =
        server.url(QStringLiteral("localhost"), QStringLiteral("/target.png")).toEncoded();
    server.setHandler([&](const FakeHttpServer::Request &r, int) {
        if (r.path == "/same")
            return status(302, "/target.png");
        if (r.path == "/cross")
            return status(302, otherOrigin); // plain http to another origin
        if (r.path == "/target.png")
            return pngResponse(icon);
        return status(404);
    });
    GuildIconFetcher fetcher;
    fetcher.setLoopbackAllowed(true); // an in-process server stands in for the CDN
    QSignalSpy fetched(&fetcher, &GuildIconFetcher::fetched);
    QSignalSpy failed(&fetcher, &GuildIconFetcher::failed);
    const QUrl same = server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/same"));
    const QUrl cross = server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/cross"));
    fetcher.fetch(same);
    fetcher.fetch(cross);
    QTRY_COMPARE(fetched.count() + failed.count(), 2);
    QCOMPARE(fetched.count(), 1);
    QCOMPARE(fetched.first().at(0).toUrl(), same); // reported under the URL asked for
    QCOMPARE(fetched.first().at(1).toByteArray(), icon);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toUrl(), cross);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Policy);
    QCOMPARE(requestsFor(server, "/target.png"), 1); // only from the same-origin redirect
}

void TestGuildIconLoading::fetcher_concurrency_isBounded()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeHttpServer::Request &, int) {
        FakeHttpServer::Response r;
        r.hang = true;
        return r;
    });
    GuildIconFetcher fetcher;
    fetcher.setLoopbackAllowed(true); // an in-process server stands in for the CDN
    QCOMPARE(fetcher.limits().maxConcurrent, 4);
    for (int i = 0; i < 10; ++i)
        fetcher.fetch(
            server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/icons/%1.png").arg(i)));
    fetcher.fetch(server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/icons/3.png"))); // again
    QCOMPARE(fetcher.runningCount(), 4);
    QCOMPARE(fetcher.queuedCount(), 6);
    QTRY_COMPARE(server.requests().size(), 4);
    QTest::qWait(300);
    QCOMPARE(server.requests().size(), 4);
    fetcher.cancelAll();
    QCOMPARE(fetcher.runningCount() + fetcher.queuedCount(), 0);
}

void TestGuildIconLoading::fetcher_tlsErrors_areNeverIgnored()
{
#if QT_CONFIG(ssl)
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QFile cert(QStringLiteral(LUMIO_TEST_TLS_DIR "/selfsigned.crt"));
    QFile key(QStringLiteral(LUMIO_TEST_TLS_DIR "/selfsigned.key"));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(cert.readAll()));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    qint64 plaintextSeen = 0; // what the server decrypted: must stay 0
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *socket) {
        connect(socket, &QSslSocket::readyRead, this,
                [&plaintextSeen, socket] { plaintextSeen += socket->readAll().size(); });
    });
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(server.serverPort());
    url.setPath(QStringLiteral("/icons/1.png"));
    GuildIconFetcher fetcher;
    fetcher.setLoopbackAllowed(true); // an in-process server stands in for the CDN
    QSignalSpy failed(&fetcher, &GuildIconFetcher::failed);
    fetcher.fetch(url);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Tls);
    QTest::qWait(50);
    QCOMPARE(plaintextSeen, 0);
#else
    QSKIP("Qt built without TLS");
#endif
}

void TestGuildIconLoading::loader_oversizeImage_isRejectedBeforeDecoding()
{
    // 8000x8000 of one colour is a few dozen KiB of PNG: small on the wire,
    // 256 MB once decoded.
    QVERIFY(!GuildIconLoader::decode(solidPng(100, 60), {}).isNull()); // the encoder works
    const QByteArray bomb = solidPng(8000, 8000);
    QVERIFY(bomb.size() < 512 * 1024);
    QString why;
    QVERIFY(GuildIconLoader::decode(bomb, {}, &why).isNull());
    QVERIFY2(why.contains(QLatin1String("8000x8000")), qPrintable(why));
    QVERIFY(GuildIconLoader::decode(png(1025, 10), {}).isNull());

    // Through the loader: failed, remembered, nothing cached.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeHttpServer::Request &, int) { return pngResponse(bomb); });
    GuildIconLoader loader;
    loader.fetcher()->setLoopbackAllowed(true);
    QSignalSpy failed(&loader, &GuildIconLoader::failed);
    QSignalSpy loaded(&loader, &GuildIconLoader::loaded);
    const QString url =
        server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/bomb.png")).toString();
    loader.request(url);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loader.hasFailed(url));
    QVERIFY(loader.cached(url).isNull());
}

void TestGuildIconLoading::loader_largeImage_isScaledDown()
{
    const QImage image = GuildIconLoader::decode(png(1024, 512), {});
    QCOMPARE(image.size(), QSize(128, 64));
    QCOMPARE(GuildIconLoader::decode(png(64, 64), {}).size(), QSize(64, 64));
}

void TestGuildIconLoading::loader_notAnAllowedImage_isRejected()
{
    QVERIFY(GuildIconLoader::decode(QByteArray("<html>not found</html>"), {}).isNull());
    QVERIFY(GuildIconLoader::decode(QByteArray(), {}).isNull());
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                           "<rect width=\"10\" height=\"10\"/></svg>";
    QVERIFY(GuildIconLoader::decode(svg, {}).isNull());
    // A truncated PNG says its size but cannot be decoded.
    const QByteArray whole = png(64, 64, Qt::red);
    QVERIFY(GuildIconLoader::decode(whole.left(40), {}).isNull());
}

void TestGuildIconLoading::loader_404_isRememberedNotRequestedAgain()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeHttpServer::Request &, int) { return status(404); });
    GuildIconLoader loader;
    loader.fetcher()->setLoopbackAllowed(true);
    QSignalSpy failed(&loader, &GuildIconLoader::failed);
    const QString url =
        server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/gone.png")).toString();
    loader.request(url);
    QTRY_COMPARE(failed.count(), 1);
    for (int i = 0; i < 5; ++i)
        loader.request(url);
    QTRY_COMPARE(failed.count(), 6); // answered from memory...
    QCOMPARE(server.requests().size(), 1); // ...not from the server
    loader.forgetFailures(); // an explicit reload asks again
    loader.request(url);
    QTRY_COMPARE(failed.count(), 7);
    QCOMPARE(server.requests().size(), 2);
}

void TestGuildIconLoading::loader_cachedImage_servedWithoutRequest()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray icon = png(48, 48, Qt::darkGreen);
    server.setHandler([&](const FakeHttpServer::Request &, int) { return pngResponse(icon); });
    GuildIconLoader loader;
    loader.fetcher()->setLoopbackAllowed(true);
    QSignalSpy loaded(&loader, &GuildIconLoader::loaded);
    const QString url =
        server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/a.png")).toString();
    loader.request(url);
    loader.request(url); // while running: one download
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(1).value<QImage>().size(), QSize(48, 48));
    loader.request(url);
    QCOMPARE(loaded.count(), 1); // never from inside request()
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!loader.cached(url).isNull());
}

void TestGuildIconLoading::controller_iconOnApiOrigin_neverCarriesToken()
{
    // One server plays the API (/graphql) and the CDN (/icons/...) on the
    // same origin: the case in which GraphQLClient does send its token.
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray icon = png(64, 64, Qt::magenta);
    const QByteArray iconUrl =
        server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/icons/123456789012345678.png"))
            .toEncoded();
    server.setHandler([&](const FakeHttpServer::Request &r, int) {
        if (r.path.startsWith("/icons/"))
            return pngResponse(icon);
        return FakeHttpServer::Response::graphqlData(
            "{\"adminDiscordGuilds\":{\"totalCount\":2,\"pageInfo\":{\"hasNextPage\":false,"
            "\"endCursor\":null},\"nodes\":["
            "{\"guildId\":\"123456789012345678\",\"name\":\"Icon Guild\",\"iconUrl\":\""
            + iconUrl
            + "\",\"accountId\":\"6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70\",\"accountName\":\"acme\","
              "\"connectedAt\":\"2025-01-01T00:00:00.000Z\",\"available\":true,"
              "\"mappedFeatureCount\":1},"
              "{\"guildId\":\"223456789012345678\",\"name\":\"No Icon\",\"iconUrl\":null,"
              "\"accountId\":\"6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70\",\"accountName\":\"acme\","
              "\"connectedAt\":\"2025-01-01T00:00:00.000Z\",\"available\":true,"
              "\"mappedFeatureCount\":0}]}}");
    });
    QNetworkAccessManager apiNetwork;
    GraphQLClientConfig config;
    config.endpoint = server.url();
    config.token = kToken;
    GraphQLClient client(&apiNetwork, config);
    DiscordSyncController sync;
    sync.setClients(&client, nullptr);
    DiscordGuildListModel &guilds = *sync.guildModel();
    QTRY_VERIFY(guilds.isLoaded());
    QCOMPARE(guilds.rowCount(), 2);
    const int row = guilds.rowOf(QStringLiteral("123456789012345678"));
    const QModelIndex name = guilds.index(row, int(DiscordGuildColumn::Name));
    // Not painted yet: not asked for.
    QCOMPARE(guilds.iconState(QStringLiteral("123456789012345678")),
             DiscordGuildListModel::IconState::None);
    QCOMPARE(requestsFor(server, "/icons/123456789012345678.png"), 0);
    // "Painting" it asks for it; the answer lands in the model.
    QVERIFY(name.data(DiscordIconImageRole).value<QImage>().isNull());
    const QIcon placeholder = name.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!placeholder.isNull());
    QTRY_COMPARE(guilds.iconState(QStringLiteral("123456789012345678")),
                 DiscordGuildListModel::IconState::Loaded);
    QCOMPARE(name.data(DiscordIconImageRole).value<QImage>().size(), QSize(64, 64));
    QCOMPARE(name.data(DiscordIconImageRole).value<QImage>().pixelColor(10, 10),
             QColor(Qt::magenta));
    // The guild without an icon never asks.
    const QModelIndex other = guilds.index(guilds.rowOf(QStringLiteral("223456789012345678")), 0);
    QVERIFY(!other.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(guilds.iconState(QStringLiteral("223456789012345678")),
             DiscordGuildListModel::IconState::None);

    // The API got the token; the icon request, on the same origin, did not.
    int apiRequests = 0;
    for (const FakeHttpServer::Request &r : server.requests()) {
        if (r.path == "/graphql") {
            ++apiRequests;
            QCOMPARE(r.header("authorization"), "Bearer " + kToken.toLatin1());
            continue;
        }
        QVERIFY(r.header("authorization").isEmpty());
        QVERIFY(r.header("cookie").isEmpty());
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
            QVERIFY2(!it.value().contains(kToken.toLatin1()), it.key().constData());
        QVERIFY(!r.path.contains(kToken.toLatin1()));
    }
    QVERIFY(apiRequests >= 1);
    QCOMPARE(requestsFor(server, "/icons/123456789012345678.png"), 1);
}

QTEST_MAIN(TestGuildIconLoading)
#include "TestGuildIconLoading.moc"
