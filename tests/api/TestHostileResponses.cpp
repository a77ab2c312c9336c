// Hostile server answers, end to end through the typed services on a real
// socket: bodies that are huge (beyond the client's default cap), nested
// 100,000 deep, truncated, of the wrong type in every field of a bot row and
// a guild, with duplicate keys or invalid UTF-8; and WebSocket messages that
// are huge or deeply nested. Each yields a clear ApiError (or, for one bad
// row in a page, a skipped and reported row), never a crash, and the same
// client answers the next request normally.
//
// TestDecoders covers the decoders on parsed JSON and TestGraphQLClientHttp
// the transport with a small configured cap; this suite is about what the
// services make of such answers with the defaults the app ships.

#include "FakeHttpServer.h"
#include "FakeWsServer.h"

#include <api/Backoff.h>
#include <api/BotControlApi.h>
#include <api/BotStatusFetchJob.h>
#include <api/ConnectionState.h>
#include <api/DiscordGuildApi.h>
#include <api/GraphQLClient.h>
#include <api/GraphQLWsClient.h>
#include <api/GraphQLWsSubscription.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString kAccount = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
const QString kGuild = QStringLiteral("175928847299117063");

QJsonObject botRow(int i = 0)
{
    return QJsonObject {
        {QStringLiteral("accountId"),
         QStringLiteral("123e4567-e89b-12d3-a456-%1").arg(i, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("accountName"), QStringLiteral("Account %1").arg(i)},
        {QStringLiteral("platform"), QStringLiteral("TWITCH")},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("lastHeartbeatAt"), QStringLiteral("2026-11-21T09:59:30.250Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-11-21T10:00:00Z")},
    };
}

QJsonObject guildRow(int i = 0)
{
    return QJsonObject {
        {QStringLiteral("guildId"), QString::number(175928847299117063ULL + quint64(i))},
        {QStringLiteral("name"), QStringLiteral("Guild %1").arg(i)},
        {QStringLiteral("iconUrl"), QJsonValue()},
        {QStringLiteral("accountId"), kAccount},
        {QStringLiteral("accountName"), QStringLiteral("lumio")},
        {QStringLiteral("connectedAt"), QStringLiteral("2026-01-02T03:04:05Z")},
        {QStringLiteral("available"), true},
        {QStringLiteral("mappedFeatureCount"), 3},
    };
}

QJsonObject pageOf(const QJsonArray &nodes)
{
    return QJsonObject {
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("pageInfo"),
         QJsonObject {{QStringLiteral("hasNextPage"), false},
                      {QStringLiteral("endCursor"), QJsonValue()}}},
        {QStringLiteral("totalCount"), int(nodes.size())},
    };
}

QByteArray dataBody(const QString &field, const QJsonValue &value)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("data"), QJsonObject {{field, value}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray goodPageBody()
{
    return dataBody(QStringLiteral("adminBotStatuses"), pageOf({botRow(1), botRow(2)}));
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

struct Result
{
    bool finished = false;
    ApiError error;
    DecodeReport report;
    int rows = 0;
};

// Test-only synchronous wait; product code never blocks like this.
template<typename Job, typename OnFinished>
Result wait(Job *job, OnFinished onFinished, int waitMs = 60000)
{
    Result out;
    QObject context;
    QObject::connect(job, &ApiJob::finished, &context,
                     [&out, job, onFinished](const ApiError &error) {
                         out.finished = true;
                         out.error = error;
                         out.report = job->decodeReport();
                         onFinished(job, out);
                     });
    (void)QTest::qWaitFor([&out] { return out.finished; }, waitMs);
    return out;
}

} // namespace

class TestHostileResponses final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<GraphQLClient> m_client;
    std::unique_ptr<BotControlApi> m_bots;
    std::unique_ptr<DiscordGuildApi> m_guilds;

    Result fetchStatuses()
    {
        int rows = 0;
        BotStatusFetchJob *job = m_bots->fetchAllStatuses();
        QObject context;
        QObject::connect(job, &BotStatusFetchJob::pageReceived, &context,
                         [&rows](const QList<BotStatusEntry> &page) { rows += int(page.size()); });
        Result r = wait(job, [](BotStatusFetchJob *, Result &) {});
        r.rows = rows;
        return r;
    }

    Result fetchGuilds()
    {
        return wait(m_guilds->guilds(), [](ValueJob<QList<DiscordGuild>> *job, Result &r) {
            r.rows = job->hasValue() ? int(job->value().size()) : -1;
        });
    }

    Result toggle()
    {
        return wait(m_bots->toggle(kAccount, Platform::Twitch, false),
                    [](ValueJob<BotStatusEntry> *job, Result &r) { r.rows = job->hasValue(); });
    }

    // After any hostile answer the same client, services and connection
    // pool must serve the next request normally.
    void verifyStillUsable()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json(goodPageBody());
        });
        const Result next = fetchStatuses();
        QVERIFY(next.finished);
        QVERIFY2(!next.error, qPrintable(next.error.message));
        QCOMPARE(next.rows, 2);
    }

    void serveOnce(const QByteArray &body) const
    {
        m_server->setHandler([body](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json(body);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<ConnectionState>();
        QLoggingCategory::setFilterRules(QStringLiteral("lumio.*=false"));
    }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        GraphQLClient::Config c;
        c.endpoint = m_server->url();
        c.token = QStringLiteral("hostile-test-token");
        c.timeoutMs = 30000;
        c.retry.maxAttempts = 1; // one hostile answer per request
        m_client = std::make_unique<GraphQLClient>(m_nam.get(), c);
        m_bots = std::make_unique<BotControlApi>(m_client.get());
        m_guilds = std::make_unique<DiscordGuildApi>(m_client.get());
    }

    void cleanup()
    {
        m_guilds.reset();
        m_bots.reset();
        m_client.reset();
        m_server.reset();
        m_nam.reset();
    }

    void hugeBody_isCappedWithTheDefaultLimit_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("no length") << false;
    }

    void hugeBody_isCappedWithTheDefaultLimit()
    {
        QFETCH(bool, announced);
        const GraphQLClient::Config defaults;
        QVERIFY(defaults.maxResponseBytes > 0);
        // Valid JSON, one string a little larger than the default cap (64 MiB).
        const qint64 size = defaults.maxResponseBytes + 6 * 1024 * 1024;
        QVERIFY(size > 50 * 1024 * 1024);
        m_server->setHandler([announced, size](const FakeHttpServer::Request &, int) {
            QByteArray body;
            body.reserve(size + 64);
            body += R"({"data":{"adminBotStatuses":")";
            body += QByteArray(size, 'x');
            body += R"("}})";
            auto r = FakeHttpServer::Response::json(body);
            r.contentLength = announced;
            return r;
        });
        const Result r = fetchStatuses();
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Policy);
        QVERIFY2(r.error.message.contains(QLatin1String("too large")),
                 qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QString::number(defaults.maxResponseBytes >> 20)),
                 qPrintable(r.error.message)); // says what the limit is
        QCOMPARE(r.rows, 0);
        verifyStillUsable();
    }

    void deepNesting_isADecodeError_data()
    {
        QTest::addColumn<QByteArray>("body");
        const int depth = 100000;
        QTest::newRow("arrays in data") << QByteArray(R"({"data":{"adminBotStatuses":)"
                                                      + QByteArray(depth, '[')
                                                      + QByteArray(depth, ']') + "}}");
        QByteArray objects;
        for (int i = 0; i < depth; ++i)
            objects += R"({"a":)";
        objects += "1" + QByteArray(depth, '}');
        QTest::newRow("objects as the body") << objects;
        QTest::newRow("unclosed") << QByteArray(R"({"data":)" + QByteArray(depth, '['));
    }

    void deepNesting_isADecodeError()
    {
        QFETCH(QByteArray, body);
        serveOnce(body);
        const Result r = fetchStatuses();
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY2(r.error.message.contains(QLatin1String("JSON"))
                     || r.error.message.contains(QLatin1String("GraphQL")),
                 qPrintable(r.error.message));
        QCOMPARE(r.rows, 0);
        verifyStillUsable();
    }

    void truncatedJson_isADecodeError()
    {
        const QByteArray full = goodPageBody();
        // Every cut of a real answer, without a Content-Length: the client
        // cannot tell it was cut, only that it is not a whole JSON document.
        for (const qsizetype cut : {qsizetype(1), full.size() / 3, full.size() / 2, full.size() - 1}) {
            m_server->setHandler([&full, cut](const FakeHttpServer::Request &, int) {
                auto r = FakeHttpServer::Response::json(full.left(cut));
                r.contentLength = false;
                return r;
            });
            const Result r = fetchStatuses();
            QVERIFY(r.finished);
            QCOMPARE(r.error.kind, ApiError::Kind::Decode);
            QVERIFY2(r.error.message.contains(QLatin1String("not valid JSON")),
                     qPrintable(r.error.message));
            QCOMPARE(r.rows, 0);
        }
        verifyStillUsable();
    }

    void wrongTypes_everyBotField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const QList<QPair<QString, QJsonValue>> wrong {
            {QStringLiteral("number"), 12},
            {QStringLiteral("fraction"), 1.5},
            {QStringLiteral("object"), QJsonObject {{QStringLiteral("x"), 1}}},
            {QStringLiteral("array"), QJsonArray {QStringLiteral("a")}},
            {QStringLiteral("bool"), true},
        };
        for (const char *key : {"accountId", "accountName", "platform", "status", "updatedAt",
                                "lastHeartbeatAt"}) {
            for (const auto &[name, value] : wrong)
                QTest::addRow("%s %s", key, qPrintable(name)) << QString::fromLatin1(key) << value;
        }
        for (const char *key : {"accountId", "accountName", "platform", "status", "updatedAt"}) {
            QTest::addRow("%s null", key) << QString::fromLatin1(key) << QJsonValue();
            QTest::addRow("%s missing", key)
                << QString::fromLatin1(key) << QJsonValue(QJsonValue::Undefined);
        }
    }

    void wrongTypes_everyBotField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QJsonObject bad = with(botRow(9), field, value);

        // A single answer (the toggle mutation): a Decode error naming the field.
        serveOnce(dataBody(QStringLiteral("adminToggleBotForAccount"), bad));
        const Result single = toggle();
        QVERIFY(single.finished);
        QCOMPARE(single.error.kind, ApiError::Kind::Decode);
        QCOMPARE(single.rows, 0); // no value
        QVERIFY2(single.error.message.contains(QLatin1String("adminToggleBotForAccount"))
                     && single.error.message.contains(field),
                 qPrintable(single.error.message));

        // In a page: the other rows arrive, the bad one is skipped and reported.
        serveOnce(dataBody(QStringLiteral("adminBotStatuses"), pageOf({botRow(1), bad, botRow(2)})));
        const Result page = fetchStatuses();
        QVERIFY(page.finished);
        QVERIFY2(!page.error, qPrintable(page.error.message));
        QCOMPARE(page.rows, 2);
        QCOMPARE(page.report.skipped, 1);
        QVERIFY2(page.report.messages.value(0).contains(field),
                 qPrintable(page.report.messages.value(0)));
        verifyStillUsable();
    }

    void wrongTypes_everyGuildField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue object = QJsonObject {{QStringLiteral("x"), 1}};
        const QJsonValue array = QJsonArray {1};
        for (const char *key : {"guildId", "name", "iconUrl", "accountId", "accountName",
                                "connectedAt"}) {
            QTest::addRow("%s number", key) << QString::fromLatin1(key) << QJsonValue(12);
            QTest::addRow("%s object", key) << QString::fromLatin1(key) << object;
            QTest::addRow("%s array", key) << QString::fromLatin1(key) << array;
            QTest::addRow("%s bool", key) << QString::fromLatin1(key) << QJsonValue(false);
        }
        for (const char *key : {"guildId", "name", "accountId"}) {
            QTest::addRow("%s null", key) << QString::fromLatin1(key) << QJsonValue();
            QTest::addRow("%s missing", key)
                << QString::fromLatin1(key) << QJsonValue(QJsonValue::Undefined);
        }
        const QString available = QStringLiteral("available");
        QTest::newRow("available string") << available << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("available number") << available << QJsonValue(1);
        QTest::newRow("available object") << available << object;
        QTest::newRow("available array") << available << array;
        const QString count = QStringLiteral("mappedFeatureCount");
        QTest::newRow("count string") << count << QJsonValue(QStringLiteral("3"));
        QTest::newRow("count fraction") << count << QJsonValue(2.5);
        QTest::newRow("count negative") << count << QJsonValue(-1);
        QTest::newRow("count huge") << count << QJsonValue(1e15);
        QTest::newRow("count bool") << count << QJsonValue(true);
        QTest::newRow("count object") << count << object;
    }

    void wrongTypes_everyGuildField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QJsonObject bad = with(guildRow(5), field, value);
        serveOnce(dataBody(QStringLiteral("adminDiscordGuilds"),
                           pageOf({guildRow(1), bad, guildRow(2)})));
        const Result r = fetchGuilds();
        QVERIFY(r.finished);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.report.skipped, 1);
        QVERIFY2(r.report.messages.value(0).contains(field),
                 qPrintable(r.report.messages.value(0)));
        verifyStillUsable();
    }

    void wrongTypes_wholeAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("array") << QByteArray("[1,2,3]") << "GraphQL";
        QTest::newRow("string") << QByteArray(R"("data")") << "JSON|GraphQL";
        QTest::newRow("data array") << QByteArray(R"({"data":[]})") << "data";
        QTest::newRow("data string") << QByteArray(R"({"data":"x"})") << "data";
        QTest::newRow("field string") << QByteArray(R"({"data":{"adminDiscordGuilds":"x"}})")
                                      << "adminDiscordGuilds";
        QTest::newRow("nodes object")
            << QByteArray(R"({"data":{"adminDiscordGuilds":{"nodes":{},"totalCount":1,)"
                          R"("pageInfo":{"hasNextPage":false,"endCursor":null}}}})")
            << "adminDiscordGuilds";
        QTest::newRow("empty object") << QByteArray("{}") << "not a GraphQL response";
        QTest::newRow("data null, no errors") << QByteArray(R"({"data":null})") << "neither";
    }

    void wrongTypes_wholeAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        serveOnce(body);
        const Result r = fetchGuilds();
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY2(r.error.message.contains(QRegularExpression(says)), qPrintable(r.error.message));
        QCOMPARE(r.rows, -1); // no value at all
        verifyStillUsable();
    }

    void duplicateKeys_areDecodedOrRefusedCleanly_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Whichever duplicate the parser keeps, the answer is unusable.
        QTest::newRow("field twice, both wrong")
            << QByteArray(R"({"data":{"adminBotStatuses":"a","adminBotStatuses":7}})");
        QTest::newRow("data twice, both wrong") << QByteArray(R"({"data":[],"data":"x"})");
        QTest::newRow("totalCount twice, both wrong")
            << QByteArray(R"({"data":{"adminBotStatuses":{"nodes":[],"totalCount":"1",)"
                          R"("totalCount":-4,"pageInfo":{"hasNextPage":false}}}})");
    }

    void duplicateKeys_areDecodedOrRefusedCleanly()
    {
        QFETCH(QByteArray, body);
        serveOnce(body);
        const Result r = fetchStatuses();
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(r.rows, 0);
        verifyStillUsable();
    }

    void duplicateKeys_inARow_neverMixTypes()
    {
        // One copy of each key is valid, the other is not: the row is either
        // decoded from valid values only, or skipped with the field named.
        const QByteArray row = R"({"accountId":"123e4567-e89b-12d3-a456-426614174000",)"
                               R"("accountId":7,"accountName":"a","accountName":{},)"
                               R"("platform":"KICK","platform":1,"status":"PAUSED",)"
                               R"("updatedAt":"2026-11-21T10:00:00Z","updatedAt":false})";
        const QByteArray body = R"({"data":{"adminBotStatuses":{"nodes":[)" + row
            + R"(],"totalCount":1,"pageInfo":{"hasNextPage":false,"endCursor":null}}}})";
        serveOnce(body);
        const Result r = fetchStatuses();
        QVERIFY(r.finished);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.rows + r.report.skipped, 1);
        if (r.report.skipped == 1)
            QVERIFY(!r.report.messages.value(0).isEmpty());
        verifyStillUsable();
    }

    void invalidUtf8_isADecodeError_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = goodPageBody();
        QByteArray inName = good;
        inName.replace("Account 1", "Acc\xff\xfe\xc0\x80nt");
        QTest::newRow("in a name") << inName;
        QTest::newRow("overlong encoding") << QByteArray(good).replace("Account 2", "\xc0\xaf");
        QTest::newRow("lone surrogate") << QByteArray(good).replace("Account 2", "\xed\xa0\x80");
        QTest::newRow("in a key") << QByteArray(good).replace("totalCount", "total\xffount");
    }

    void invalidUtf8_isADecodeError()
    {
        QFETCH(QByteArray, body);
        serveOnce(body);
        const Result r = fetchStatuses();
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Decode);
        QVERIFY2(r.error.message.contains(QLatin1String("not valid JSON")),
                 qPrintable(r.error.message));
        QCOMPARE(r.rows, 0);
        verifyStillUsable();
    }

    void webSocket_hugeOrNestedMessage_reconnectsAndRecovers_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QByteArray nested = QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("100k-deep payload")
            << QByteArray(R"({"type":"next","id":"ID","payload":{"data":)" + nested + "}}");
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects += R"({"a":)";
        objects += "1" + QByteArray(100000, '}');
        QTest::newRow("100k-deep message") << objects;
        // Over the client's default limit (16 MiB).
        QTest::newRow("20 MiB message")
            << QByteArray(R"({"type":"next","id":"ID","payload":{"data":{"x":")"
                          + QByteArray(20 * 1024 * 1024, 'x') + R"("}}})");
    }

    void webSocket_hugeOrNestedMessage_reconnectsAndRecovers()
    {
        QFETCH(QByteArray, frame);
        FakeWsServer server;
        QVERIFY(server.listen());
        GraphQLWsClient client(server.url());
        client.setTokenProvider([] { return QStringLiteral("hostile-test-token"); });
        client.setBackoff(Backoff(10, 50));
        GraphQLWsSubscription *sub =
            client.subscribe(QStringLiteral("subscription { botStatusChanged { accountId } }"));
        QSignalSpy next(sub, &GraphQLWsSubscription::next);
        QSignalSpy states(&client, &GraphQLWsClient::stateChanged);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.received(0, GraphQLWsProtocol::MessageType::Subscribe).size(),
                                  1, 10000);
        frame.replace("\"ID\"", QByteArray("\"" + sub->wireId().toUtf8() + "\""));
        server.sendText(0, frame);

        // The client drops the connection with an error that says why...
        QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 2, 20000);
        ApiError why;
        for (const QList<QVariant> &args : std::as_const(states)) {
            const auto state = args.at(0).value<ConnectionState>();
            if (state.error().isError())
                why = state.error();
        }
        QVERIFY(why.isError());
        QVERIFY(!why.message.isEmpty());
        QCOMPARE(next.size(), 0);
        QVERIFY(!sub->isFinished()); // the subscription survives the connection

        // ...and recovers: resubscribes and delivers the next small event.
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind(), ConnectionState::Kind::Live, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(server.received(1, GraphQLWsProtocol::MessageType::Subscribe).size(),
                                  1, 10000);
        server.sendNext(1, sub->wireId(), QJsonObject {{QStringLiteral("ok"), true}});
        QTRY_COMPARE_WITH_TIMEOUT(next.size(), 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestHostileResponses)
#include "TestHostileResponses.moc"
