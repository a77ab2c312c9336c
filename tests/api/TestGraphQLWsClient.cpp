// GraphQLWsClient against an in-process fault server (FakeWsServer): every
// close code, missing ack, missing pong, malformed and oversized frames, ids,
// resubscription and backoff. Timings are scaled down so the suite is fast.
#include "FakeWsServer.h"

#include "api/GraphQLWsClient.h"
#include "api/GraphQLWsSubscription.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Proto = GraphQLWsProtocol;
using MT = Proto::MessageType;
using Kind = ConnectionState::Kind;

namespace {
const QString kToken = QStringLiteral("test-token-123");
const QString kQuery = QStringLiteral("subscription { botStatusChanged { accountId } }");

std::unique_ptr<GraphQLWsClient> makeClient(const QUrl &url)
{
    auto client = std::make_unique<GraphQLWsClient>(url);
    client->setTokenProvider([] { return kToken; });
    GraphQLWsClient::Timing t;
    t.ackTimeoutMs = 3000;
    t.pingIntervalMs = 60000; // effectively off unless a test wants it
    t.pongTimeoutMs = 3000;
    client->setTiming(t);
    Backoff b(10, 50);
    client->setBackoff(b);
    return client;
}

// Speaks just enough raw WebSocket to complete the upgrade, then writes the
// first bytes of a text frame announcing 4096 bytes of payload and stops:
// either holding the connection open (slow loris) or closing it (truncated).
class RawTruncatingServer final : public QObject
{
public:
    explicit RawTruncatingServer(bool closeAfterPartialFrame)
        : m_close(closeAfterPartialFrame)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { onReadyRead(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        QUrl u(QStringLiteral("ws://127.0.0.1/graphql"));
        u.setPort(m_server.serverPort());
        return u;
    }
    int connections = 0;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!socket->property("upgraded").toBool()) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray key;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(18).trimmed();
            }
            const QByteArray accept =
                QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                         QCryptographicHash::Sha1)
                    .toBase64();
            socket->write(QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                     "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                                     + accept
                                     + "\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"));
            socket->setProperty("upgraded", true);
            buffer.clear();
            return;
        }
        // Any client frame (connection_init): answer with a frame cut short.
        if (socket->property("sent").toBool())
            return;
        socket->setProperty("sent", true);
        socket->write(QByteArray(QByteArray("\x81\x7e\x10\x00", 4) + "{\"type\":\"conn"));
        socket->flush();
        if (m_close)
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_close;
};

QList<ConnectionState> statesFrom(const QSignalSpy &spy)
{
    QList<ConnectionState> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<ConnectionState>());
    return out;
}
} // namespace

class TestGraphQLWsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handshake_sendsSubprotocolAndToken();
    void ack_makesLiveAndSendsSubscriptionsWithUniqueIds();
    void next_reachesTheRightSubscription();
    void serverError_failsSubscriptionAndIsNotResent();
    void serverComplete_completesSubscription();
    void unsubscribe_sendsComplete();
    void closeCode_data();
    void closeCode();
    void unauthorized_noFurtherAttemptsUntilRetryNow();
    void abort_reconnects();
    void missingAck_timesOutAndReconnects();
    void missingPong_terminatesDeadSocket();
    void serverPing_isAnsweredWithPong();
    void settled_followsFirstPongAfterAck();
    void malformedFrame_closesAndReconnects_data();
    void malformedFrame_closesAndReconnects();
    void oversizedFrame_closesAndReconnects();
    void truncatedFrame_connectionLostAndReconnects();
    void slowLorisFrame_ackTimeoutAndReconnects();
    void resubscribe_afterReconnectWithNewIds();
    void backoff_growsAndCapsWhileServerDown();
    void retryNow_skipsTheWait();
    void insecureUrl_staysOffline();
    void stop_goesOfflineAndStopsRetrying();
};

void TestGraphQLWsClient::initTestCase()
{
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<ApiError>();
}

void TestGraphQLWsClient::handshake_sendsSubprotocolAndToken()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.last().requestedSubprotocols, QByteArray("graphql-transport-ws"));
    QCOMPARE(server.last().subprotocol, QStringLiteral("graphql-transport-ws"));
    QVERIFY(server.last().userAgent.startsWith("LumioBotControl/"));
    const auto inits = server.received(0, MT::ConnectionInit);
    QCOMPARE(inits.size(), 1);
    QCOMPARE(inits.first().payload.value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Bearer ") + kToken);
    QCOMPARE(client->acknowledgedCount(), 1);
}

void TestGraphQLWsClient::ack_makesLiveAndSendsSubscriptionsWithUniqueIds()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    QSignalSpy acks(client.get(), &GraphQLWsClient::acknowledged);
    // Two registered before the connection exists, one after it is live.
    client->subscribe(kQuery);
    client->subscribe(kQuery, QJsonObject {{QStringLiteral("platform"), QStringLiteral("KICK")}},
                      QStringLiteral("BotStatusChanged"));
    client->start();
    QTRY_COMPARE(acks.size(), 1);
    GraphQLWsSubscription *third = client->subscribe(kQuery);
    QCOMPARE(third->state(), GraphQLWsSubscription::State::Active);
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 3);
    const QStringList ids = server.allSubscribeIds();
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);
    const auto subs = server.received(0, MT::Subscribe);
    QCOMPARE(subs.at(1).payload.value(QStringLiteral("operationName")).toString(),
             QStringLiteral("BotStatusChanged"));
    // Nothing but init came before the ack.
    QCOMPARE(server.last().received.first().type, MT::ConnectionInit);
}

void TestGraphQLWsClient::next_reachesTheRightSubscription()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsSubscription *a = client->subscribe(kQuery);
    GraphQLWsSubscription *b = client->subscribe(kQuery);
    QSignalSpy nextA(a, &GraphQLWsSubscription::next);
    QSignalSpy nextB(b, &GraphQLWsSubscription::next);
    QSignalSpy errB(b, &GraphQLWsSubscription::executionError);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 2);
    server.sendNext(0, b->wireId(), QJsonObject {{QStringLiteral("n"), 1}});
    server.sendNext(0, QStringLiteral("999"),
                    QJsonObject {{QStringLiteral("n"), 2}}); // unknown id: ignored
    server.sendText(
        0,
        QStringLiteral(
            R"({"type":"next","id":"%1","payload":{"data":{"n":3},"errors":[{"message":"partial","extensions":{"code":"X"}}]}})")
            .arg(b->wireId())
            .toUtf8());
    QTRY_COMPARE(nextB.size(), 2);
    QCOMPARE(nextB.at(0).at(0).toJsonObject().value(QStringLiteral("n")).toInt(), 1);
    QCOMPARE(errB.size(), 1);
    QCOMPARE(errB.at(0).at(0).value<ApiError>().code, QStringLiteral("X"));
    QCOMPARE(nextA.size(), 0);
    QCOMPARE(client->state().kind(), Kind::Live);
}

void TestGraphQLWsClient::serverError_failsSubscriptionAndIsNotResent()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsSubscription *sub = client->subscribe(kQuery);
    QSignalSpy errors(sub, &GraphQLWsSubscription::error);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 1);
    server.sendText(
        0,
        QStringLiteral(
            R"({"type":"error","id":"%1","payload":[{"message":"Forbidden","extensions":{"code":"FORBIDDEN"}}]})")
            .arg(sub->wireId())
            .toUtf8());
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<ApiError>().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(sub->state(), GraphQLWsSubscription::State::Failed);
    server.closeConnection(0, 1001);
    QTRY_COMPARE(server.connectionCount(), 2);
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    QTest::qWait(50);
    QCOMPARE(server.received(1, MT::Subscribe).size(), 0);
}

void TestGraphQLWsClient::serverComplete_completesSubscription()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsSubscription *sub = client->subscribe(kQuery);
    QSignalSpy completed(sub, &GraphQLWsSubscription::completed);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 1);
    server.sendText(0,
                    QStringLiteral(R"({"type":"complete","id":"%1"})").arg(sub->wireId()).toUtf8());
    QTRY_COMPARE(completed.size(), 1);
    QCOMPARE(sub->state(), GraphQLWsSubscription::State::Completed);
    QVERIFY(sub->wireId().isEmpty());
}

void TestGraphQLWsClient::unsubscribe_sendsComplete()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsSubscription *a = client->subscribe(kQuery);
    GraphQLWsSubscription *b = client->subscribe(kQuery);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 2);
    const QString idA = a->wireId();
    const QString idB = b->wireId();
    a->unsubscribe();
    a->unsubscribe(); // idempotent
    delete b; // deleting unsubscribes too
    QTRY_COMPARE(server.received(0, MT::Complete).size(), 2);
    QCOMPARE(server.received(0, MT::Complete).at(0).id, idA);
    QCOMPARE(server.received(0, MT::Complete).at(1).id, idB);
    QCOMPARE(a->state(), GraphQLWsSubscription::State::Cancelled);
}

void TestGraphQLWsClient::closeCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("beforeAck");
    QTest::addColumn<bool>("reconnects");
    QTest::addColumn<bool>("penalised"); // backoff attempt not reset by the ack
    QTest::addColumn<QString>("expectedCode"); // in the Reconnecting state's error
    // graphql-transport-ws close codes
    QTest::newRow("4400 bad request") << 4400 << false << true << true << QString();
    QTest::newRow("4401 unauthorized") << 4401 << false << false << false << QString();
    QTest::newRow("4401 before ack") << 4401 << true << false << false << QString();
    QTest::newRow("4403 forbidden") << 4403 << true << false << false << QString();
    QTest::newRow("4406 subprotocol") << 4406 << true << true << true << QString();
    QTest::newRow("4408 init timeout") << 4408 << true << true << false << QString();
    QTest::newRow("4409 subscriber exists") << 4409 << false << true << true << QString();
    QTest::newRow("4429 too many inits") << 4429 << false << true << true << QString();
    QTest::newRow("4500 internal error") << 4500 << false << true << true << QString();
    // WebSocket close codes
    QTest::newRow("1000 normal") << 1000 << false << true << false << QString();
    QTest::newRow("1001 going away") << 1001 << false << true << false << QString();
    QTest::newRow("1011 server error") << 1011 << false << true << true << QString();
    QTest::newRow("3008 timeout") << 3008 << false << true << false << QString();
    // Qt 6.4 rejects 1012/1013 as invalid and reports 1002; we must not read
    // that as async-graphql's "token refused".
    QTest::newRow("1012 restart before ack")
        << 1012 << true << true << true << QStringLiteral("1002");
    QTest::newRow("1013 try later") << 1013 << false << true << true << QStringLiteral("1002");
    // async-graphql: 1002 before the ack means the token was refused
    QTest::newRow("1002 before ack") << 1002 << true << false << false << QString();
    QTest::newRow("1002 after ack") << 1002 << false << true << true << QString();
    QTest::newRow("4999 unknown") << 4999 << false << true << true << QString();
}

void TestGraphQLWsClient::closeCode()
{
    QFETCH(int, code);
    QFETCH(bool, beforeAck);
    QFETCH(bool, reconnects);
    QFETCH(bool, penalised);
    QFETCH(QString, expectedCode);

    FakeWsServer server;
    QVERIFY(server.listen());
    server.autoAck = false;
    server.onMessage = [&server, code, beforeAck](int index, const Proto::Message &m) {
        if (m.type != MT::ConnectionInit)
            return;
        if (index == 0 && beforeAck)
            server.closeConnection(index, code, QStringLiteral("test close"));
        else
            server.sendText(index, QByteArray(R"({"type":"connection_ack"})"));
    };
    auto client = makeClient(server.url());
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    if (!beforeAck) {
        QTRY_COMPARE(client->state().kind(), Kind::Live);
        server.closeConnection(0, code, QStringLiteral("test close"));
    }
    if (reconnects) {
        QTRY_COMPARE(server.connectionCount(), 2);
        QTRY_COMPARE(client->state().kind(), Kind::Live);
        const QList<ConnectionState> seen = statesFrom(states);
        auto it = std::find_if(seen.begin(), seen.end(), [](const ConnectionState &s) {
            return s.kind() == Kind::Reconnecting;
        });
        QVERIFY(it != seen.end());
        QCOMPARE(it->error().code, expectedCode.isEmpty() ? QString::number(code) : expectedCode);
        // Attempt 1 failed; the next is 2 unless a healthy (acked) connection
        // reset the count.
        QCOMPARE(it->attempt(), (beforeAck || penalised) ? 2 : 1);
    } else {
        QTRY_COMPARE(client->state().kind(), Kind::Unauthorized);
        QCOMPARE(client->state().error().retryable, false);
        QTest::qWait(200); // twenty backoff periods
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(client->state().kind(), Kind::Unauthorized);
    }
}

void TestGraphQLWsClient::unauthorized_noFurtherAttemptsUntilRetryNow()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    server.autoAck = false;
    server.onMessage = [&server](int index, const Proto::Message &m) {
        if (m.type != MT::ConnectionInit)
            return;
        if (index == 0)
            server.closeConnection(index, 4403, QStringLiteral("Forbidden"));
        else
            server.sendText(index, QByteArray(R"({"type":"connection_ack"})"));
    };
    auto client = makeClient(server.url());
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Unauthorized);
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 1);
    client->start(); // e.g. after signing in again
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    QCOMPARE(server.connectionCount(), 2);
}

void TestGraphQLWsClient::abort_reconnects()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    server.abortConnection(0); // TCP reset, no close frame (1006)
    QTRY_COMPARE(server.connectionCount(), 2);
    QTRY_COMPARE(client->state().kind(), Kind::Live);
}

void TestGraphQLWsClient::missingAck_timesOutAndReconnects()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    server.autoAck = false;
    auto client = makeClient(server.url());
    GraphQLWsClient::Timing t = client->timing();
    t.ackTimeoutMs = 150;
    client->setTiming(t);
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    QTRY_VERIFY(server.connectionCount() >= 2);
    QTRY_VERIFY(server.connection(0).closed);
    const QList<ConnectionState> seen = statesFrom(states);
    auto it = std::find_if(seen.begin(), seen.end(),
                           [](const ConnectionState &s) { return s.kind() == Kind::Reconnecting; });
    QVERIFY(it != seen.end());
    QCOMPARE(it->error().code, QStringLiteral("4504"));
    QCOMPARE(it->error().kind, ApiError::Kind::Timeout);
    // The server never saw a subscribe before an ack.
    QCOMPARE(server.received(0, MT::Subscribe).size(), 0);
}

void TestGraphQLWsClient::missingPong_terminatesDeadSocket()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    server.autoPong = false;
    auto client = makeClient(server.url());
    GraphQLWsClient::Timing t = client->timing();
    t.pingIntervalMs = 100;
    t.pongTimeoutMs = 150;
    client->setTiming(t);
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    QTRY_VERIFY(server.connectionCount() >= 2);
    QVERIFY(server.received(0, MT::Ping).size() >= 1);
    const QList<ConnectionState> seen = statesFrom(states);
    auto it = std::find_if(seen.begin(), seen.end(),
                           [](const ConnectionState &s) { return s.kind() == Kind::Reconnecting; });
    QVERIFY(it != seen.end());
    QCOMPARE(it->error().code, QStringLiteral("4499"));
    QCOMPARE(it->error().kind, ApiError::Kind::Timeout);
}

void TestGraphQLWsClient::serverPing_isAnsweredWithPong()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    server.sendText(0, QByteArray(R"({"type":"ping","payload":{"seq":7}})"));
    QTRY_COMPARE(server.received(0, MT::Pong).size(), 1);
    QCOMPARE(server.received(0, MT::Pong).first().payload.value(QStringLiteral("seq")).toInt(), 7);
    // Pings are also valid before the ack.
    server.autoAck = false;
    server.closeConnection(0, 1000);
    QTRY_COMPARE(server.connectionCount(), 2);
    QTRY_COMPARE(server.received(1, MT::ConnectionInit).size(), 1);
    server.sendText(1, QByteArray(R"({"type":"ping"})"));
    QTRY_COMPARE(server.received(1, MT::Pong).size(), 1);
    QCOMPARE(client->state().kind(), Kind::Connecting);
}

void TestGraphQLWsClient::settled_followsFirstPongAfterAck()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    server.autoPong = false;
    auto client = makeClient(server.url());
    client->subscribe(kQuery);
    QSignalSpy settled(client.get(), &GraphQLWsClient::subscriptionsSettled);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Ping).size(), 1);
    // The barrier ping follows the subscribe on the wire.
    const auto &all = server.last().received;
    QCOMPARE(all.at(1).type, MT::Subscribe);
    QCOMPARE(all.at(2).type, MT::Ping);
    QCOMPARE(settled.size(), 0);
    server.sendText(0, QByteArray(R"({"type":"pong"})"));
    QTRY_COMPARE(settled.size(), 1);
}

void TestGraphQLWsClient::malformedFrame_closesAndReconnects_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<bool>("beforeAck");
    QTest::newRow("not json") << QByteArray("}{") << false << false;
    QTest::newRow("truncated json")
        << QByteArray(R"({"type":"next","id":"1","payload":{"da)") << false << false;
    QTest::newRow("array") << QByteArray("[1,2,3]") << false << false;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"data","id":"1","payload":{}})") << false
                                  << false;
    QTest::newRow("next without id")
        << QByteArray(R"({"type":"next","payload":{}})") << false << false;
    QTest::newRow("error payload not list")
        << QByteArray(R"({"type":"error","id":"1","payload":"x"})") << false << false;
    QTest::newRow("server subscribe")
        << QByteArray(R"({"type":"subscribe","id":"1","payload":{"query":"q"}})") << false << false;
    QTest::newRow("binary frame") << QByteArray("\x00\x01\x02", 3) << true << false;
    QTest::newRow("next before ack")
        << QByteArray(R"({"type":"next","id":"1","payload":{"data":{}}})") << false << true;
    QTest::newRow("deep nesting") << QByteArray(100000, '{') << false << false;
}

void TestGraphQLWsClient::malformedFrame_closesAndReconnects()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, binary);
    QFETCH(bool, beforeAck);
    FakeWsServer server;
    QVERIFY(server.listen());
    server.autoAck = !beforeAck;
    auto client = makeClient(server.url());
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    if (beforeAck)
        QTRY_COMPARE(server.received(0, MT::ConnectionInit).size(), 1);
    else
        QTRY_COMPARE(client->state().kind(), Kind::Live);
    if (binary)
        server.sendBinary(0, frame);
    else
        server.sendText(0, frame);
    server.autoAck = true;
    QTRY_VERIFY(server.connection(0).closed);
    QCOMPARE(server.connection(0).peerCloseCode, 1002);
    QTRY_COMPARE(server.connectionCount(), 2);
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    const QList<ConnectionState> seen = statesFrom(states);
    auto it = std::find_if(seen.begin(), seen.end(),
                           [](const ConnectionState &s) { return s.kind() == Kind::Reconnecting; });
    QVERIFY(it != seen.end());
    QCOMPARE(it->error().code, QStringLiteral("4004"));
}

void TestGraphQLWsClient::oversizedFrame_closesAndReconnects()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    client->setMaxIncomingMessageSize(4096);
    GraphQLWsSubscription *sub = client->subscribe(kQuery);
    QSignalSpy next(sub, &GraphQLWsSubscription::next);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 1);
    server.sendNext(0, sub->wireId(),
                    QJsonObject {{QStringLiteral("blob"), QString(64 * 1024, u'x')}});
    QTRY_VERIFY(server.connectionCount() >= 2);
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    QCOMPARE(next.size(), 0);
    // Small messages still flow on the new connection.
    QTRY_COMPARE(server.received(1, MT::Subscribe).size(), 1);
    server.sendNext(1, sub->wireId(), QJsonObject {{QStringLiteral("ok"), true}});
    QTRY_COMPARE(next.size(), 1);
}

void TestGraphQLWsClient::truncatedFrame_connectionLostAndReconnects()
{
    RawTruncatingServer server(/*closeAfterPartialFrame=*/true);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    QTRY_VERIFY(server.connections >= 2);
    const QList<ConnectionState> seen = statesFrom(states);
    QVERIFY(std::any_of(seen.begin(), seen.end(),
                        [](const ConnectionState &s) { return s.kind() == Kind::Reconnecting; }));
    QVERIFY(std::none_of(seen.begin(), seen.end(),
                         [](const ConnectionState &s) { return s.kind() == Kind::Live; }));
}

void TestGraphQLWsClient::slowLorisFrame_ackTimeoutAndReconnects()
{
    RawTruncatingServer server(/*closeAfterPartialFrame=*/false);
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsClient::Timing t = client->timing();
    t.ackTimeoutMs = 200;
    client->setTiming(t);
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    QTRY_VERIFY(server.connections >= 2);
    const QList<ConnectionState> seen = statesFrom(states);
    auto it = std::find_if(seen.begin(), seen.end(),
                           [](const ConnectionState &s) { return s.kind() == Kind::Reconnecting; });
    QVERIFY(it != seen.end());
    QCOMPARE(it->error().code, QStringLiteral("4504"));
}

void TestGraphQLWsClient::resubscribe_afterReconnectWithNewIds()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsSubscription *a = client->subscribe(kQuery);
    GraphQLWsSubscription *b = client->subscribe(kQuery, QJsonObject {{QStringLiteral("k"), 1}});
    GraphQLWsSubscription *c = client->subscribe(kQuery);
    QSignalSpy nextB(b, &GraphQLWsSubscription::next);
    client->start();
    QTRY_COMPARE(server.received(0, MT::Subscribe).size(), 3);
    c->unsubscribe();
    for (int round = 1; round <= 3; ++round) {
        server.closeConnection(round - 1, 1001);
        QTRY_COMPARE(server.connectionCount(), round + 1);
        QTRY_COMPARE(server.received(round, MT::Subscribe).size(), 2);
        const auto subs = server.received(round, MT::Subscribe);
        QCOMPARE(subs.at(0).id, a->wireId());
        QCOMPARE(subs.at(1).id, b->wireId());
        QCOMPARE(subs.at(1)
                     .payload.value(QStringLiteral("variables"))
                     .toObject()
                     .value(QStringLiteral("k"))
                     .toInt(),
                 1);
    }
    const QStringList ids = server.allSubscribeIds();
    QCOMPARE(ids.size(), 3 + 2 * 3);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    server.sendNext(3, b->wireId(), QJsonObject {{QStringLiteral("live"), true}});
    QTRY_COMPARE(nextB.size(), 1);
    QCOMPARE(client->acknowledgedCount(), 4);
}

void TestGraphQLWsClient::backoff_growsAndCapsWhileServerDown()
{
    quint16 port = 0;
    {
        QTcpServer probe; // find a free port, then leave it closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QUrl url(QStringLiteral("ws://127.0.0.1/graphql"));
    url.setPort(port);
    auto client = makeClient(url);
    Backoff b(20, 80);
    b.setRandomSource([] { return 1.0; });
    client->setBackoff(b);
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    QList<int> delays;
    QList<int> attempts;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            delays.clear();
            attempts.clear();
            for (const ConnectionState &s : statesFrom(states)) {
                if (s.kind() == Kind::Reconnecting) {
                    delays.append(s.retryInMs());
                    attempts.append(s.attempt());
                }
            }
            return delays.size() >= 5;
        }(),
        5000);
    QCOMPARE(delays.mid(0, 5), (QList<int> {20, 40, 80, 80, 80}));
    QCOMPARE(attempts.mid(0, 5), (QList<int> {2, 3, 4, 5, 6}));
    const ConnectionState last = statesFrom(states).constLast();
    QVERIFY(last.kind() == Kind::Reconnecting || last.kind() == Kind::Connecting);
    const auto reconnecting = statesFrom(states);
    auto it = std::find_if(reconnecting.begin(), reconnecting.end(),
                           [](const ConnectionState &s) { return s.kind() == Kind::Reconnecting; });
    QCOMPARE(it->error().kind, ApiError::Kind::Network);
    QVERIFY(it->nextAttemptAtMs() > 0);
}

void TestGraphQLWsClient::retryNow_skipsTheWait()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    Backoff slow(60000, 60000);
    slow.setRandomSource([] { return 1.0; });
    client->setBackoff(slow);
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    server.closeConnection(0, 1001);
    QTRY_COMPARE(client->state().kind(), Kind::Reconnecting);
    QCOMPARE(client->state().retryInMs(), 60000);
    client->retryNow();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    QCOMPARE(server.connectionCount(), 2);
}

void TestGraphQLWsClient::insecureUrl_staysOffline()
{
    GraphQLWsClient client(QUrl(QStringLiteral("ws://api.lumio.example/graphql")));
    client.start();
    QCOMPARE(client.state().kind(), Kind::Offline);
    QCOMPARE(client.state().error().kind, ApiError::Kind::Policy);
}

void TestGraphQLWsClient::stop_goesOfflineAndStopsRetrying()
{
    FakeWsServer server;
    QVERIFY(server.listen());
    auto client = makeClient(server.url());
    GraphQLWsSubscription *sub = client->subscribe(kQuery);
    client->start();
    QTRY_COMPARE(client->state().kind(), Kind::Live);
    client->stop();
    QCOMPARE(client->state().kind(), Kind::Offline);
    QTRY_VERIFY(server.connection(0).closed);
    QCOMPARE(server.connection(0).peerCloseCode, 1000);
    QTest::qWait(100);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(sub->state(), GraphQLWsSubscription::State::Pending);
    client->start(); // subscriptions survive stop/start
    QTRY_COMPARE(server.connectionCount(), 2);
    QTRY_COMPARE(server.received(1, MT::Subscribe).size(), 1);
}

QTEST_GUILESS_MAIN(TestGraphQLWsClient)
#include "TestGraphQLWsClient.moc"
