// Pure tests of the graphql-transport-ws message codec, the backoff curve and
// the URL policy; no sockets.
#include "api/Backoff.h"
#include "api/GraphQLWsClient.h"
#include "api/GraphQLWsProtocol.h"

#include <QJsonDocument>
#include <QTest>

using Proto = GraphQLWsProtocol;
using MT = Proto::MessageType;

class TestGraphQLWsProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseServerMessage_acceptsValid_data();
    void parseServerMessage_acceptsValid();
    void parseServerMessage_rejectsInvalid_data();
    void parseServerMessage_rejectsInvalid();
    void serialize_roundTrip();
    void subscribe_hasQueryVariablesAndOperationName();
    void backoff_growsAndCaps();
    void backoff_fullJitterStaysWithinCeiling();
    void backoff_hugeAttemptDoesNotOverflow();
    void urlPolicy_data();
    void urlPolicy();
    void operationText_isCompiledIn();
};

void TestGraphQLWsProtocol::parseServerMessage_acceptsValid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("id");
    QTest::newRow("ack") << QByteArray(R"({"type":"connection_ack"})") << int(MT::ConnectionAck)
                         << QString();
    QTest::newRow("ack payload") << QByteArray(R"({"type":"connection_ack","payload":{"a":1}})")
                                 << int(MT::ConnectionAck) << QString();
    QTest::newRow("ack null payload") << QByteArray(R"({"type":"connection_ack","payload":null})")
                                      << int(MT::ConnectionAck) << QString();
    QTest::newRow("ping") << QByteArray(R"({"type":"ping"})") << int(MT::Ping) << QString();
    QTest::newRow("pong") << QByteArray(R"({"type":"pong","payload":{}})") << int(MT::Pong)
                          << QString();
    QTest::newRow("next") << QByteArray(R"({"id":"7","type":"next","payload":{"data":{"x":1}}})")
                          << int(MT::Next) << QStringLiteral("7");
    QTest::newRow("error") << QByteArray(
        R"({"id":"a","type":"error","payload":[{"message":"no"}]})")
                           << int(MT::Error) << QStringLiteral("a");
    QTest::newRow("complete") << QByteArray(R"({"id":"x y","type":"complete"})")
                              << int(MT::Complete) << QStringLiteral("x y");
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"type":"complete","id":"1","extra":[1,2]})") << int(MT::Complete)
        << QStringLiteral("1");
}

void TestGraphQLWsProtocol::parseServerMessage_acceptsValid()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, type);
    QFETCH(QString, id);
    const Proto::ParseResult r = Proto::parseServerMessage(frame);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(int(r.message->type), type);
    QCOMPARE(r.message->id, id);
}

void TestGraphQLWsProtocol::parseServerMessage_rejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("truncated") << QByteArray(R"({"type":"next","id":"1","payload":{"data":)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray(R"("connection_ack")");
    QTest::newRow("no type") << QByteArray(R"({"id":"1"})");
    QTest::newRow("type not string") << QByteArray(R"({"type":1})");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"data","id":"1"})");
    QTest::newRow("ack payload array") << QByteArray(R"({"type":"connection_ack","payload":[]})");
    QTest::newRow("ping payload string") << QByteArray(R"({"type":"ping","payload":"x"})");
    QTest::newRow("next no id") << QByteArray(R"({"type":"next","payload":{}})");
    QTest::newRow("next empty id") << QByteArray(R"({"type":"next","id":"","payload":{}})");
    QTest::newRow("next numeric id") << QByteArray(R"({"type":"next","id":1,"payload":{}})");
    QTest::newRow("next no payload") << QByteArray(R"({"type":"next","id":"1"})");
    QTest::newRow("next payload array") << QByteArray(R"({"type":"next","id":"1","payload":[]})");
    QTest::newRow("error payload object")
        << QByteArray(R"({"type":"error","id":"1","payload":{"message":"x"}})");
    QTest::newRow("error empty list") << QByteArray(R"({"type":"error","id":"1","payload":[]})");
    QTest::newRow("error item without message")
        << QByteArray(R"({"type":"error","id":"1","payload":[{"msg":"x"}]})");
    QTest::newRow("complete no id") << QByteArray(R"({"type":"complete"})");
    QTest::newRow("server sends init") << QByteArray(R"({"type":"connection_init"})");
    QTest::newRow("server sends subscribe")
        << QByteArray(R"({"type":"subscribe","id":"1","payload":{"query":"subscription{a}"}})");
    QTest::newRow("invalid utf8") << QByteArray("{\"type\":\"\xff\xfe\"}");
    QTest::newRow("deep nesting") << QByteArray(5000, '[');
}

void TestGraphQLWsProtocol::parseServerMessage_rejectsInvalid()
{
    QFETCH(QByteArray, frame);
    const Proto::ParseResult r = Proto::parseServerMessage(frame);
    QVERIFY(!r.isValid());
    QVERIFY(!r.error.isEmpty());
}

void TestGraphQLWsProtocol::serialize_roundTrip()
{
    Proto::Message m;
    m.type = MT::Error;
    m.id = QStringLiteral("42");
    m.errors = QJsonArray {QJsonObject {{QStringLiteral("message"), QStringLiteral("boom")}}};
    const Proto::ParseResult r = Proto::parseServerMessage(Proto::serialize(m));
    QVERIFY(r.isValid());
    QCOMPARE(r.message->id, m.id);
    QCOMPARE(r.message->errors, m.errors);

    const Proto::ParseResult pong =
        Proto::parseServerMessage(Proto::pong(QJsonObject {{QStringLiteral("t"), 1}}));
    QVERIFY(pong.isValid());
    QCOMPARE(pong.message->payload.value(QStringLiteral("t")).toInt(), 1);
}

void TestGraphQLWsProtocol::subscribe_hasQueryVariablesAndOperationName()
{
    const QByteArray frame = Proto::subscribe(
        QStringLiteral("3"), QStringLiteral("subscription S { a }"),
        QJsonObject {{QStringLiteral("p"), QStringLiteral("TWITCH")}}, QStringLiteral("S"));
    const Proto::ParseResult r = Proto::parseMessage(frame);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.message->type, MT::Subscribe);
    QCOMPARE(r.message->payload.value(QStringLiteral("operationName")).toString(),
             QStringLiteral("S"));
    QCOMPARE(r.message->payload.value(QStringLiteral("variables"))
                 .toObject()
                 .value(QStringLiteral("p"))
                 .toString(),
             QStringLiteral("TWITCH"));
    // A client message is not a valid server message.
    QVERIFY(!Proto::parseServerMessage(frame).isValid());
}

void TestGraphQLWsProtocol::backoff_growsAndCaps()
{
    Backoff b(100, 1000);
    b.setRandomSource([] { return 1.0; });
    const QList<int> expected {100, 200, 400, 800, 1000, 1000, 1000};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(b.ceilingMs(i + 1), expected.at(i));
        QCOMPARE(b.delayMs(i + 1), expected.at(i));
    }
    b.setRandomSource([] { return 0.0; });
    QCOMPARE(b.delayMs(5), 0);
}

void TestGraphQLWsProtocol::backoff_fullJitterStaysWithinCeiling()
{
    Backoff b(1000, 30000);
    bool sawSmall = false;
    bool sawLarge = false;
    for (int i = 0; i < 2000; ++i) {
        const int d = b.delayMs(6); // ceiling 30 000 (32 000 capped)
        QVERIFY(d >= 0 && d <= 30000);
        sawSmall = sawSmall || d < 10000;
        sawLarge = sawLarge || d > 20000;
    }
    QVERIFY(sawSmall && sawLarge); // the jitter spans the range
    b.setRandomSource([] { return std::numeric_limits<double>::quiet_NaN(); });
    QCOMPARE(b.delayMs(3), 0);
}

void TestGraphQLWsProtocol::backoff_hugeAttemptDoesNotOverflow()
{
    const Backoff b(1000, 30000);
    QCOMPARE(b.ceilingMs(1'000'000), 30000);
    QCOMPARE(b.ceilingMs(0), 1000);
}

void TestGraphQLWsProtocol::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("wss") << QStringLiteral("wss://api.lumio.example/graphql") << true;
    QTest::newRow("ws remote") << QStringLiteral("ws://api.lumio.example/graphql") << false;
    QTest::newRow("ws loopback v4") << QStringLiteral("ws://127.0.0.1:4000/graphql") << true;
    QTest::newRow("ws loopback v6") << QStringLiteral("ws://[::1]:4000/graphql") << true;
    QTest::newRow("ws localhost") << QStringLiteral("ws://localhost:4000/graphql") << true;
    QTest::newRow("ws lookalike") << QStringLiteral("ws://localhost.evil.example/graphql") << false;
    QTest::newRow("https") << QStringLiteral("https://api.lumio.example/graphql") << false;
    QTest::newRow("no host") << QStringLiteral("wss:///graphql") << false;
}

void TestGraphQLWsProtocol::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(GraphQLWsClient::isAllowedUrl(QUrl(url)), allowed);
}

void TestGraphQLWsProtocol::operationText_isCompiledIn()
{
    const QString text = GraphQLWsClient::operationText(QStringLiteral("BotStatusChanged"));
    QVERIFY(text.contains(QLatin1String("botStatusChanged")));
    QVERIFY(GraphQLWsClient::operationText(QStringLiteral("NoSuchOperation")).isEmpty());
}

QTEST_GUILESS_MAIN(TestGraphQLWsProtocol)
#include "TestGraphQLWsProtocol.moc"
