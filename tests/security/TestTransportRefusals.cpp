// Issue #9, security checks: what the transport refuses, with the token never
// sent. Complements tests/api/TestGraphQLClientHttp (which covers one 307
// redirect, the build-time self-signed certificate over HTTP and plain http to
// names that cannot be reached) with what those do not prove:
//
// - Plain http:// and ws:// to a non-loopback address that IS served (this
//   machine's own non-loopback address, 0.0.0.0, [::], all answered by a
//   server listening on every interface): refused before any connection, and
//   the message says why. Credentials in the URL are refused as well.
// - Invalid certificates, generated at test time with openssl: self-signed,
//   signed by an unknown CA, and signed by a trusted CA but for another host;
//   over HTTPS and WSS, the server decrypts nothing. A trusted certificate for
//   the right host does connect (the control that makes the others mean
//   something).
// - Redirects with every redirect status to another port, another host name,
//   another scheme, and after a same-origin hop: refused, the second origin
//   gets no connection at all. The WebSocket upgrade does not follow a
//   redirect either.
// - The token is sent in exactly one place: the Authorization header of
//   requests to the configured origin (HTTP), or connection_init (WS): never
//   in the URL, the body, another header, the WebSocket upgrade request or an
//   error message.

#include "FakeHttpServer.h"

#include <api/Backoff.h>
#include <api/GraphQLClient.h>
#include <api/GraphQLWsClient.h>

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kToken = QStringLiteral("transport-T0ken-4d1e");

GraphQLRequest query()
{
    GraphQLRequest r;
    r.operationName = QStringLiteral("Echo");
    r.document = QStringLiteral("query Echo { echo }");
    r.type = GraphQLRequest::detectType(r.document);
    return r;
}

struct Outcome
{
    bool finished = false;
    bool hasData = false;
    ApiError error;
    int attempts = 0;
};

Outcome run(GraphQLClient &client, const GraphQLRequest &request, int waitMs = 15000)
{
    Outcome out;
    GraphQLReply *reply = client.execute(request);
    QObject context;
    QObject::connect(reply, &GraphQLReply::finished, &context, [&out, reply] {
        out.finished = true;
        out.hasData = reply->hasData();
        out.error = reply->error();
        out.attempts = reply->attempts();
    });
    (void)QTest::qWaitFor([&out] { return out.finished; }, waitMs);
    return out;
}

GraphQLClient::Config config(const QUrl &endpoint)
{
    GraphQLClient::Config c;
    c.endpoint = endpoint;
    c.token = kToken;
    c.timeoutMs = 4000;
    c.retry.maxAttempts = 1;
    return c;
}

std::unique_ptr<GraphQLWsClient> wsClient(const QUrl &url)
{
    auto client = std::make_unique<GraphQLWsClient>(url);
    client->setTokenProvider([] { return kToken; });
    client->setBackoff(Backoff(20000, 30000)); // one attempt within a test
    GraphQLWsClient::Timing timing;
    timing.ackTimeoutMs = 4000;
    client->setTiming(timing);
    return client;
}

// This machine's first non-loopback IPv4 address (empty if it has none).
QString nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString();
    }
    return {};
}

bool runOpenssl(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(LUMIO_OPENSSL), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.join(u' '), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

// A TLS server that counts what it decrypts (nothing, unless a client
// completed the handshake and then sent something).
class TlsServer
{
public:
    bool listen(const QString &certPath, const QString &keyPath)
    {
        QFile cert(certPath);
        QFile key(keyPath);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(cert.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_server.setSslConfiguration(tls);
        // Not &m_server as context: QSslServer disconnects the socket from
        // itself once the handshake is done.
        QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_context,
                         [this](QSslSocket *socket) {
                             ++handshakes;
                             QObject::connect(socket, &QSslSocket::readyRead, &m_context,
                                              [this, socket] { plaintext += socket->readAll(); });
                         });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

    int handshakes = 0;
    QByteArray plaintext; // what the server decrypted

private:
    QObject m_context;
    QSslServer m_server;
};

} // namespace

class TestTransportRefusals final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;
    QSslConfiguration m_originalDefault;
    int m_refusals = 0;
    int m_foreignConnections = 0; // connections that reached something they must not
    int m_plaintextBytes = 0; // bytes decrypted by servers with an invalid certificate

    QString certPath(const QString &name) const
    {
        if (name == QLatin1String("selfsigned"))
            return QStringLiteral(LUMIO_TEST_TLS_DIR "/selfsigned.crt");
        return m_certs.filePath(name + QStringLiteral(".crt"));
    }
    QString keyPath(const QString &name) const
    {
        if (name == QLatin1String("selfsigned"))
            return QStringLiteral(LUMIO_TEST_TLS_DIR "/selfsigned.key");
        return m_certs.filePath(name + QStringLiteral(".key"));
    }
    QSslConfiguration trustingTestCa() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        QFile ca(m_certs.filePath(QStringLiteral("ca.crt")));
        if (ca.open(QIODevice::ReadOnly))
            c.addCaCertificates(QSslCertificate::fromData(ca.readAll()));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        m_originalDefault = QSslConfiguration::defaultConfiguration();
        QVERIFY(m_certs.isValid());
        const QString dir = m_certs.path();
        QString error;
        // A private CA, a leaf for localhost and a leaf for another host.
        QVERIFY2(
            runOpenssl(
                dir,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Lumio Security Test CA"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                 QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt")},
                &error),
            qPrintable(error));
        const QList<QPair<QString, QString>> leaves {
            {QStringLiteral("leaf-localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1")},
            {QStringLiteral("leaf-otherhost"), QStringLiteral("DNS:other.lumio.example")},
        };
        for (const auto &[name, san] : leaves) {
            QFile ext(m_certs.filePath(name + QStringLiteral(".ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName="
                      + san.toLatin1() + '\n');
            ext.close();
            QVERIFY2(runOpenssl(dir,
                                {QStringLiteral("req"), QStringLiteral("-newkey"),
                                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                                 QStringLiteral("-subj"),
                                 QStringLiteral("/CN=") + san.section(u',', 0, 0).mid(4),
                                 QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                 QStringLiteral("-out"), name + QStringLiteral(".csr")},
                                &error),
                     qPrintable(error));
            QVERIFY2(
                runOpenssl(dir,
                           {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                            QStringLiteral("ca.crt"), QStringLiteral("-CAkey"),
                            QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                            QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
                            QStringLiteral("-out"), name + QStringLiteral(".crt")},
                           &error),
                qPrintable(error));
        }
    }

    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_originalDefault); }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral(
                                 "SECURITY-FIGURES test=transport refusals=%1 "
                                 "foreign_connections=%2 plaintext_bytes_at_untrusted=%3")
                                 .arg(m_refusals)
                                 .arg(m_foreignConnections)
                                 .arg(m_plaintextBytes);
    }

    // --- plain text to a non-loopback host --------------------------------

    void plainText_nonLoopback_refusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("host"); // as written in the URL
        QTest::addColumn<QString>("userInfo");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("why"); // in the message (HTTP)
        const QString lan = nonLoopbackAddress();
        if (!lan.isEmpty())
            QTest::newRow("this machine's LAN address")
                << lan << QString() << true << QStringLiteral("https://");
        // Both reach a server listening on every interface on Linux.
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << QString() << true
                                 << QStringLiteral("https://");
        QTest::newRow("[::]") << QStringLiteral("[::]") << QString() << true
                              << QStringLiteral("https://");
        QTest::newRow("loopback look-alike name") << QStringLiteral("127.0.0.1.nip.io") << QString()
                                                  << true << QStringLiteral("https://");
        // A trailing dot makes the name fully qualified: the resolver asks
        // DNS, which may answer with any address (issue 14).
        QTest::newRow("localhost. (trailing dot)")
            << QStringLiteral("localhost.") << QString() << true << QStringLiteral("https://");
        QTest::newRow("LOCALHOST. (trailing dot, upper case)")
            << QStringLiteral("LOCALHOST.") << QString() << true << QStringLiteral("https://");
        QTest::newRow("loopback with user:password")
            << QStringLiteral("127.0.0.1") << QStringLiteral("user:pw") << true
            << QStringLiteral("user name or password");
        QTest::newRow("loopback with token as user")
            << QStringLiteral("127.0.0.1") << kToken << true
            << QStringLiteral("user name or password");
        // The control: loopback is allowed and does connect.
        QTest::newRow("control: 127.0.0.1")
            << QStringLiteral("127.0.0.1") << QString() << false << QString();
        QTest::newRow("control: bare localhost")
            << QStringLiteral("localhost") << QString() << false << QString();
    }

    void plainText_nonLoopback_refusedBeforeConnecting()
    {
        QFETCH(QString, host);
        QFETCH(QString, userInfo);
        QFETCH(bool, refused);
        QFETCH(QString, why);
        FakeHttpServer server;
        QVERIFY(server.listen(QHostAddress::Any)); // IPv4 and IPv6, every interface
        const QString authority = (userInfo.isEmpty() ? QString() : userInfo + u'@') + host + u':'
            + QString::number(server.port());
        const QUrl httpUrl(QStringLiteral("http://") + authority + QStringLiteral("/graphql"),
                           QUrl::StrictMode);
        const QUrl wsUrl(QStringLiteral("ws://") + authority + QStringLiteral("/graphql"),
                         QUrl::StrictMode);
        QVERIFY2(httpUrl.isValid() && wsUrl.isValid(), qPrintable(httpUrl.errorString()));

        // HTTP
        QNetworkAccessManager nam;
        GraphQLClient client(&nam, config(httpUrl));
        const Outcome out = run(client, query());
        QVERIFY(out.finished);
        if (refused) {
            QCOMPARE(out.error.kind, ApiError::Kind::Policy);
            QCOMPARE(out.attempts, 0);
            QVERIFY2(out.error.message.contains(why), qPrintable(out.error.message));
            QVERIFY(!out.error.message.contains(kToken));
            QVERIFY(userInfo.isEmpty() || !out.error.message.contains(QLatin1String(":pw")));
            ++m_refusals;
        } else {
            QVERIFY2(!out.error, qPrintable(out.error.message));
        }

        // WebSocket
        auto ws = wsClient(wsUrl);
        ws->start();
        if (refused) {
            QCOMPARE(ws->state().kind(), ConnectionState::Kind::Offline);
            QCOMPARE(ws->state().error().kind, ApiError::Kind::Policy);
            const QString wsWhy = userInfo.isEmpty() ? QStringLiteral("wss://") : why;
            QVERIFY2(ws->state().error().message.contains(wsWhy),
                     qPrintable(ws->state().error().message));
            QVERIFY(!ws->state().error().message.contains(kToken));
            ++m_refusals;
        }
        QTest::qWait(300);
        ws->stop();
        m_foreignConnections += refused ? server.connectionCount() : 0;
        // Nothing reached the server that listens on every interface.
        if (refused)
            QCOMPARE(server.connectionCount(), 0);
        else
            QVERIFY(server.connectionCount() >= 2); // HTTP and WebSocket both got through
    }

    // --- invalid certificates ---------------------------------------------

    void invalidCertificate_refusedNothingDecrypted_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("trustTestCa");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason"); // named in the message
        QTest::newRow("self-signed")
            << QStringLiteral("selfsigned") << false << false << QStringLiteral("self-signed");
        QTest::newRow("unknown CA") << QStringLiteral("leaf-localhost") << false << false
                                    << QStringLiteral("issuer certificate");
        QTest::newRow("trusted CA, other host") << QStringLiteral("leaf-otherhost") << true << false
                                                << QStringLiteral("host name did not match");
        QTest::newRow("control: trusted CA, this host")
            << QStringLiteral("leaf-localhost") << true << true << QString();
    }

    void invalidCertificate_refusedNothingDecrypted()
    {
        QFETCH(QString, cert);
        QFETCH(bool, trustTestCa);
        QFETCH(bool, valid);
        QFETCH(QString, reason);

        // HTTPS. The client has no way to add a CA but the process default.
        if (trustTestCa)
            QSslConfiguration::setDefaultConfiguration(trustingTestCa());
        {
            TlsServer server;
            QVERIFY(server.listen(certPath(cert), keyPath(cert)));
            QNetworkAccessManager nam;
            auto c =
                config(QUrl(QStringLiteral("https://localhost:%1/graphql").arg(server.port())));
            c.timeoutMs = 1500;
            GraphQLClient client(&nam, c);
            const Outcome out = run(client, query());
            QVERIFY(out.finished);
            QTest::qWait(50);
            if (valid) {
                // The certificate is accepted: whatever happens next (this
                // server never answers), it is not a TLS refusal.
                QVERIFY2(out.error.kind != ApiError::Kind::Tls, qPrintable(out.error.message));
                QVERIFY(server.handshakes >= 1);
                // ...and the request, token included, went over the verified channel.
                QTRY_VERIFY(server.plaintext.contains("POST /graphql"));
                QVERIFY(server.plaintext.contains(
                    QByteArray(QByteArray("Authorization: Bearer ") + kToken.toLatin1())));
            } else {
                QCOMPARE(out.error.kind, ApiError::Kind::Tls);
                QVERIFY(!out.error.retryable);
                QCOMPARE(out.attempts, 1);
                QVERIFY2(out.error.message.contains(QLatin1String("could not be verified"))
                             && out.error.message.contains(reason, Qt::CaseInsensitive),
                         qPrintable(out.error.message));
                QVERIFY(!out.error.message.contains(kToken));
                QVERIFY(server.handshakes >= 1); // it did reach the server...
                m_plaintextBytes += int(server.plaintext.size());
                QCOMPARE(server.plaintext.size(), 0); // ...which decrypted nothing
                ++m_refusals;
            }
        }

        // WSS.
        QSslConfiguration::setDefaultConfiguration(m_originalDefault);
        {
            TlsServer server;
            QVERIFY(server.listen(certPath(cert), keyPath(cert)));
            auto ws =
                wsClient(QUrl(QStringLiteral("wss://localhost:%1/graphql").arg(server.port())));
            if (trustTestCa)
                ws->setSslConfiguration(trustingTestCa());
            ws->start();
            if (valid) {
                QTRY_VERIFY(server.plaintext.contains("GET /graphql"));
                QVERIFY(!server.plaintext.contains(kToken.toLatin1())); // not in the upgrade
            } else {
                QTRY_COMPARE_WITH_TIMEOUT(ws->state().error().kind, ApiError::Kind::Tls, 10000);
                QVERIFY(ws->state().kind() != ConnectionState::Kind::Live);
                QVERIFY2(ws->state().error().message.contains(reason, Qt::CaseInsensitive),
                         qPrintable(ws->state().error().message));
                QVERIFY(server.handshakes >= 1);
                QTest::qWait(50);
                m_plaintextBytes += int(server.plaintext.size());
                QCOMPARE(server.plaintext.size(), 0);
                ++m_refusals;
            }
            ws->stop();
        }
    }

    // --- redirects ----------------------------------------------------------

    void redirectToAnotherOrigin_refusedSecondOriginUntouched_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("target"); // other-port, other-host, other-scheme, chain
        for (const int status : {301, 302, 303, 307, 308}) {
            for (const char *target : {"other-port", "other-host", "other-scheme", "chain"})
                QTest::addRow("%d %s", status, target) << status << QString::fromLatin1(target);
        }
    }

    void redirectToAnotherOrigin_refusedSecondOriginUntouched()
    {
        QFETCH(int, status);
        QFETCH(QString, target);
        FakeHttpServer origin;
        FakeHttpServer other;
        QVERIFY(origin.listen(QHostAddress::Any)); // also answers as "localhost"
        QVERIFY(other.listen(QHostAddress::Any));
        QUrl location;
        if (target == QLatin1String("other-port"))
            location = other.url();
        else if (target == QLatin1String("other-host")) // same server and port, other name
            location = origin.url(QStringLiteral("localhost"));
        else if (target == QLatin1String("other-scheme"))
            location = QUrl(QStringLiteral("https://127.0.0.1:%1/graphql").arg(origin.port()));
        else // a same-origin hop first, then away
            location = origin.url(QStringLiteral("127.0.0.1"), QStringLiteral("/hop"));
        const QUrl away = other.url(QStringLiteral("localhost"));
        origin.setHandler([status, location, away](const FakeHttpServer::Request &req, int) {
            FakeHttpServer::Response r;
            r.status = status;
            r.headers.append({QByteArray("Location"),
                              req.path == "/hop" ? away.toEncoded() : location.toEncoded()});
            return r;
        });
        other.setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlData(R"({"echo":"stolen"})");
        });

        QNetworkAccessManager nam;
        GraphQLClient client(&nam, config(origin.url()));
        const Outcome out = run(client, query());
        QVERIFY(out.finished);
        QCOMPARE(out.error.kind, ApiError::Kind::Policy);
        QVERIFY(!out.hasData);
        QCOMPARE(out.attempts, 1);
        QVERIFY2(out.error.message.contains(QLatin1String("redirected")),
                 qPrintable(out.error.message));
        QVERIFY(!out.error.message.contains(kToken));
        QTest::qWait(50);
        // The second origin got nothing at all; the first only what was sent
        // to the configured origin (the original request, plus the same-origin
        // hop of the chain).
        m_foreignConnections += other.connectionCount();
        QCOMPARE(other.connectionCount(), 0);
        QCOMPARE(other.requests().size(), 0);
        const qsizetype expected = target == QLatin1String("chain") ? 2 : 1;
        QCOMPARE(origin.requests().size(), expected);
        if (target != QLatin1String("chain"))
            QCOMPARE(origin.connectionCount(), 1); // not even a connection for another origin
        for (const FakeHttpServer::Request &req : origin.requests())
            QCOMPARE(req.header("host"),
                     QByteArray("127.0.0.1:") + QByteArray::number(origin.port()));
        ++m_refusals;
    }

    void webSocketUpgrade_doesNotFollowRedirects_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 307, 308})
            QTest::addRow("%d", status) << status;
    }

    void webSocketUpgrade_doesNotFollowRedirects()
    {
        QFETCH(int, status);
        FakeHttpServer origin;
        FakeHttpServer other;
        QVERIFY(origin.listen());
        QVERIFY(other.listen());
        QUrl away = other.url();
        away.setScheme(QStringLiteral("ws"));
        origin.setHandler([status, away](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.status = status;
            r.headers.append({QByteArray("Location"), away.toEncoded()});
            return r;
        });
        QUrl url = origin.url();
        url.setScheme(QStringLiteral("ws"));
        auto ws = wsClient(url);
        ws->start();
        QTRY_COMPARE(origin.requests().size(), 1);
        QTest::qWait(500);
        QVERIFY(ws->state().kind() != ConnectionState::Kind::Live);
        ws->stop();
        m_foreignConnections += other.connectionCount();
        QCOMPARE(other.connectionCount(), 0);
        QVERIFY(origin.requests().first().header("authorization").isEmpty());
        ++m_refusals;
    }

    // --- where the token goes -------------------------------------------------

    void token_onlyInTheAuthorizationHeaderOfTheConfiguredOrigin_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        // Answers whose error text a hostile or broken server could fill with
        // what it received.
        QTest::newRow("200 data") << 200 << QByteArray(R"({"data":{"echo":1}})");
        QTest::newRow("401 echoing") << 401 << QByteArray("AUTH");
        QTest::newRow("500 echoing")
            << 500 << QByteArray(R"({"errors":[{"message":"AUTH","extensions":{"code":"X"}}]})");
        QTest::newRow("200 graphql error echoing")
            << 200
            << QByteArray(
                   R"({"data":null,"errors":[{"message":"AUTH","extensions":{"code":"FORBIDDEN"}}]})");
        QTest::newRow("200 not json echoing") << 200 << QByteArray("<html>AUTH</html>");
    }

    void token_onlyInTheAuthorizationHeaderOfTheConfiguredOrigin()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([status, body](const FakeHttpServer::Request &req, int) {
            QByteArray echoed = body;
            echoed.replace("AUTH", req.header("authorization"));
            return FakeHttpServer::Response::json(echoed, status);
        });
        QNetworkAccessManager nam;
        GraphQLClient client(&nam, config(server.url()));
        GraphQLRequest r = query();
        r.variables = QJsonObject {{QStringLiteral("x"), 1}};
        const Outcome out = run(client, r);
        QVERIFY(out.finished);
        QVERIFY(!out.error.message.contains(kToken));
        QCOMPARE(server.requests().size(), 1);
        const FakeHttpServer::Request &req = server.requests().first();
        const QByteArray token = kToken.toLatin1();
        QCOMPARE(req.header("authorization"), "Bearer " + token);
        QVERIFY(!req.path.contains(token));
        QVERIFY(!req.body.contains(token));
        int places = 0;
        for (auto it = req.headers.cbegin(); it != req.headers.cend(); ++it)
            places += it.value().contains(token) ? 1 : 0;
        QCOMPARE(places, 1);
        QVERIFY(req.header("cookie").isEmpty());
    }

    void token_notInTheWebSocketUpgradeRequest()
    {
        // A plain HTTP server as the WebSocket endpoint sees the raw upgrade
        // request: the token belongs in connection_init, which comes later.
        FakeHttpServer server;
        QVERIFY(server.listen());
        QUrl url = server.url();
        url.setScheme(QStringLiteral("ws"));
        url.setQuery(QStringLiteral("v=1"));
        auto ws = wsClient(url);
        ws->start();
        QTRY_COMPARE(server.requests().size(), 1);
        ws->stop();
        const FakeHttpServer::Request &req = server.requests().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path, QByteArray("/graphql?v=1"));
        QVERIFY(req.header("authorization").isEmpty());
        QVERIFY(req.header("cookie").isEmpty());
        for (auto it = req.headers.cbegin(); it != req.headers.cend(); ++it)
            QVERIFY2(!it.value().contains(kToken.toLatin1()), it.key().constData());
        QVERIFY(!req.path.contains(kToken.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestTransportRefusals)
#include "TestTransportRefusals.moc"
