// GraphQLClient against an in-process fault server: everything a real server
// will not do on demand (fail, stall, trickle, truncate, oversize, redirect).

#include "FakeHttpServer.h"

#include <api/BotControlApi.h>
#include <api/GraphQLClient.h>
#include <api/GraphQLResponse.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

#include <memory>

namespace {

const QString kToken = QStringLiteral("s3cret-T0ken-never-logged");

// A manager that counts what reaches it, to prove a request never left.
class CountingNetworkAccessManager final : public QNetworkAccessManager
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

GraphQLRequest query()
{
    GraphQLRequest r;
    r.operationName = QStringLiteral("Echo");
    r.document = QStringLiteral("query Echo { echo }");
    r.type = GraphQLRequest::detectType(r.document);
    return r;
}

GraphQLRequest mutation(bool idempotent)
{
    GraphQLRequest r;
    r.operationName = QStringLiteral("Poke");
    r.document = QStringLiteral("mutation Poke { poke }");
    r.type = GraphQLRequest::detectType(r.document);
    r.idempotent = idempotent;
    return r;
}

struct Outcome
{
    bool finished = false;
    QJsonObject data;
    bool hasData = false;
    QList<GraphQLErrorItem> errors;
    ApiError error;
    int attempts = 0;
    QList<int> retryDelays;
    qint64 elapsedMs = 0;
};

// Test-only synchronous wait; product code never blocks like this.
Outcome run(GraphQLClient &client, const GraphQLRequest &request, int waitMs = 10000)
{
    Outcome out;
    QElapsedTimer clock;
    clock.start();
    GraphQLReply *reply = client.execute(request);
    QObject context;
    QObject::connect(
        reply, &GraphQLReply::retrying, &context,
        [&out](int, int delayMs, const ApiError &) { out.retryDelays.append(delayMs); });
    QObject::connect(reply, &GraphQLReply::finished, &context, [&out, reply] {
        out.finished = true;
        out.data = reply->data();
        out.hasData = reply->hasData();
        out.errors = reply->errors();
        out.error = reply->error();
        out.attempts = reply->attempts();
    });
    (void)QTest::qWaitFor([&out] { return out.finished; }, waitMs);
    out.elapsedMs = clock.elapsed();
    return out;
}

} // namespace

class TestGraphQLClientHttp final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CountingNetworkAccessManager> m_nam;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<GraphQLClient> m_client;
    QStringList m_log;

    GraphQLClient::Config config(const QUrl &endpoint) const
    {
        GraphQLClient::Config c;
        c.endpoint = endpoint;
        c.token = kToken;
        c.timeoutMs = 5000;
        // Deterministic and fast: jitter always picks the ceiling, and real
        // waits are 1/1000 of the delays a user would see.
        c.retry.random = [](int bound) {
            return bound;
        };
        c.retry.timeScale = 0.001;
        return c;
    }

    void makeClient(const GraphQLClient::Config &c)
    {
        m_client = std::make_unique<GraphQLClient>(m_nam.get(), c);
    }

    static QStringList *s_log;
    static void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        if (s_log)
            s_log->append(message);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Log everything this area can say, to check that no token leaks.
        QLoggingCategory::setFilterRules(QStringLiteral("lumio.api.*=true"));
        s_log = &m_log;
        qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        s_log = nullptr;
        for (const QString &line : std::as_const(m_log))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
        QVERIFY(!m_log.isEmpty()); // the check above must have had something to check
    }

    void init()
    {
        m_nam = std::make_unique<CountingNetworkAccessManager>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        makeClient(config(m_server->url()));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_nam.reset();
    }

    void success_sendsSpecHeadersAndBody()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlData(R"({"echo":"hi"})");
        });
        GraphQLRequest r = query();
        r.variables.insert(QStringLiteral("n"), 3);
        const Outcome out = run(*m_client, r);
        QVERIFY(out.finished);
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.data.value(QLatin1String("echo")).toString(), QStringLiteral("hi"));
        QCOMPARE(out.attempts, 1);

        QCOMPARE(m_server->requests().size(), 1);
        const FakeHttpServer::Request &req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/graphql"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(req.header("accept"),
                 QByteArray("application/graphql-response+json, application/json;q=0.9"));
        QCOMPARE(req.header("authorization"), "Bearer " + kToken.toLatin1());
        QVERIFY(
            req.header("user-agent").startsWith("LumioBotControl/" LUMIO_VERSION_STRING " (Qt "));
        QVERIFY2(req.header("accept-encoding").contains("gzip"),
                 req.header("accept-encoding").constData());
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QLatin1String("query")).toString(), r.document);
        QCOMPARE(body.value(QLatin1String("operationName")).toString(), QStringLiteral("Echo"));
        QCOMPARE(
            body.value(QLatin1String("variables")).toObject().value(QLatin1String("n")).toInt(), 3);
    }

    void gzipBody_isDecompressedTransparently()
    {
        static const char gz[] =
            "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\x56\x4a\x49\x2c\x49\x54\xb2\xaa\x56"
            "\x4a\x4d\xce\xc8\x57\xb2\x52\x4a\xce\xcf\x2d\x28\x4a\x2d\x2e\xce\x4c\xca\x49\x55"
            "\x18\xe5\x8c\x72\x06\x8c\xa3\x54\x5b\x0b\x00\x0f\xb6\x2b\x49\x9e\x02\x00\x00";
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            auto r = FakeHttpServer::Response::json(QByteArray(gz, sizeof gz - 1));
            r.headers.append({QByteArray("Content-Encoding"), QByteArray("gzip")});
            return r;
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QVERIFY(out.data.value(QLatin1String("echo"))
                    .toString()
                    .startsWith(QLatin1String("compressible compressible")));
    }

    void retryableStatus_isRetriedUntilSuccess_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void retryableStatus_isRetriedUntilSuccess()
    {
        QFETCH(int, status);
        m_server->setHandler([status](const FakeHttpServer::Request &, int index) {
            if (index < 2)
                return FakeHttpServer::Response::json("<html>busy</html>", status);
            return FakeHttpServer::Response::graphqlData(R"({"echo":"finally"})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
        // Full jitter pinned to its ceiling: base 250 ms, doubling.
        QCOMPARE(out.retryDelays, (QList<int> {250, 500}));
        // Every attempt carries the token again.
        for (const auto &req : m_server->requests())
            QCOMPARE(req.header("authorization"), "Bearer " + kToken.toLatin1());
    }

    void retryableStatus_givesUpAfterMaxAttempts()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json("", 503);
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(out.error.httpStatus, 503);
        QVERIFY(out.error.retryable);
        QCOMPARE(out.attempts, 4);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(out.retryDelays, (QList<int> {250, 500, 1000}));
    }

    void tokenProvider_isAskedForEveryAttempt()
    {
        auto c = config(m_server->url());
        int asked = 0;
        c.tokenProvider = [&asked] {
            return QStringLiteral("refreshed-%1").arg(++asked);
        };
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            if (index == 0)
                return FakeHttpServer::Response::json("", 503);
            return FakeHttpServer::Response::graphqlData(R"({"echo":1})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(m_server->requests().at(0).header("authorization"),
                 QByteArray("Bearer refreshed-1"));
        QCOMPARE(m_server->requests().at(1).header("authorization"),
                 QByteArray("Bearer refreshed-2"));
    }

    void noToken_sendsNoAuthorizationHeader()
    {
        auto c = config(m_server->url());
        c.token.clear();
        makeClient(c);
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QVERIFY(!m_server->requests().first().headers.contains("authorization"));
    }

    void status500_isNotRetried()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json("oops", 500);
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::HttpStatus);
        QCOMPARE(out.error.httpStatus, 500);
        QVERIFY(!out.error.retryable);
        QCOMPARE(out.attempts, 1);
    }

    // Issue 15: a mutation that states the value it wants is repeated after
    // a server error too (the server may have done the work before it
    // failed); an idempotent one that does not say so, and a query, are not.
    void status500_isRetried_whenTheMutationStatesItsValue_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("HTTP 500, no GraphQL") << QByteArray("oops") << 500;
        QTest::newRow("HTTP 500, GraphQL error")
            << QByteArray(R"({"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]})")
            << 500;
        QTest::newRow("200, INTERNAL_SERVER_ERROR without data")
            << QByteArray(R"({"data":null,"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]})")
            << 200;
    }

    void status500_isRetried_whenTheMutationStatesItsValue()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        m_server->setHandler([body, status](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json(body, status);
        });
        GraphQLRequest toggle = mutation(true);
        toggle.retryOnServerError = true;
        const Outcome stated = run(*m_client, toggle);
        QVERIFY(stated.error);
        QVERIFY(!stated.error.answerLost); // the server answered, every time
        QCOMPARE(stated.attempts, 4);
        QCOMPARE(m_server->requests().size(), 4);

        const Outcome idempotentOnly = run(*m_client, mutation(true));
        QCOMPARE(idempotentOnly.attempts, 1);
        const Outcome notIdempotent = run(*m_client, [] {
            GraphQLRequest r = mutation(false);
            r.retryOnServerError = true; // not enough on its own
            return r;
        }());
        QCOMPARE(notIdempotent.attempts, 1);
        QCOMPARE(run(*m_client, query()).attempts, 1);
        QCOMPARE(m_server->requests().size(), 7);
    }

    void status500_thenSuccess_toggleSucceedsOnTheRepeat()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            if (index == 0)
                return FakeHttpServer::Response::json("oops", 500);
            return FakeHttpServer::Response::graphqlData(
                R"({"adminToggleBotForAccount":{"accountId":"00000000-0000-4000-8000-000000000001",)"
                R"("accountName":"a","platform":"TWITCH","status":"PAUSED",)"
                R"("lastHeartbeatAt":null,"updatedAt":"2026-01-02T03:04:05.000Z"}})");
        });
        BotControlApi api(m_client.get());
        ValueJob<BotStatusEntry> *job =
            api.toggle(QStringLiteral("00000000-0000-4000-8000-000000000001"), Platform::Twitch,
                       false);
        bool finished = false;
        ApiError error;
        connect(job, &ApiJob::finished, this, [&](const ApiError &e) {
            finished = true;
            error = e;
        });
        QTRY_VERIFY(finished);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void botControlApi_toggleRetriedOn500_rejoinSentOnce()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json("oops", 500);
        });
        BotControlApi api(m_client.get());
        const QString id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        int finished = 0;
        connect(api.toggle(id, Platform::Twitch, false), &ApiJob::finished, this,
                [&finished](const ApiError &) { ++finished; });
        QTRY_COMPARE(finished, 1);
        QCOMPARE(m_server->requests().size(), 4);
        connect(api.rejoin(id, Platform::Twitch), &ApiJob::finished, this,
                [&finished](const ApiError &) { ++finished; });
        QTRY_COMPARE(finished, 2);
        QCOMPARE(m_server->requests().size(), 5);
    }

    // The answer may have been lost after the server did the work: the
    // error says so, so that no caller reports it as a plain failure.
    void answerLost_timeoutResetAndGateway_butNotRefusedOrAnswered()
    {
        auto c = config(m_server->url());
        c.timeoutMs = 300;
        c.retry.maxAttempts = 1;
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.hang = true;
            return r;
        });
        QVERIFY(run(*m_client, mutation(true)).error.answerLost); // timeout

        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            auto r = FakeHttpServer::Response::graphqlData(R"({"poke":true})");
            r.truncateAfter = 3; // the connection dies mid-answer
            return r;
        });
        const Outcome cut = run(*m_client, mutation(true));
        QCOMPARE(cut.error.kind, ApiError::Kind::Network);
        QVERIFY(cut.error.answerLost);

        for (const int status : {502, 504}) {
            m_server->setHandler([status](const FakeHttpServer::Request &, int) {
                return FakeHttpServer::Response::json("Bad gateway", status);
            });
            QVERIFY2(run(*m_client, mutation(true)).error.answerLost, QByteArray::number(status).constData());
        }
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json("Service unavailable", 503);
        });
        QVERIFY(!run(*m_client, mutation(true)).error.answerLost);
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlError("NO_CONNECTION");
        });
        QVERIFY(!run(*m_client, mutation(true)).error.answerLost);

        QUrl dead = m_server->url();
        m_server.reset(); // nothing listens: refused before anything was sent
        makeClient(config(dead));
        const Outcome refused = run(*m_client, mutation(true));
        QCOMPARE(refused.error.kind, ApiError::Kind::Network);
        QVERIFY(!refused.error.answerLost);
        m_server = std::make_unique<FakeHttpServer>();
    }

    void answerLost_isKeptWhenALaterAttemptIsRefused()
    {
        // A restart: the first attempt's answer is lost, the repeats find
        // nobody listening. The server may have done the first.
        QUrl url = m_server->url();
        m_server->setHandler([this](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r = FakeHttpServer::Response::graphqlData(R"({"poke":true})");
            r.truncateAfter = 1;
            QTimer::singleShot(0, this, [this] { m_server.reset(); });
            return r;
        });
        auto c = config(url);
        c.retry.timeScale = 0.01;
        makeClient(c);
        const Outcome out = run(*m_client, mutation(true));
        QCOMPARE(out.attempts, 4);
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
        QVERIFY(out.error.answerLost);
        m_server = std::make_unique<FakeHttpServer>();
    }

    void graphqlErrorWithErrorStatus_isGraphQLError()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlError("BAD_USER_INPUT", 400);
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::GraphQL);
        QCOMPARE(out.error.code, QStringLiteral("BAD_USER_INPUT"));
        QCOMPARE(out.error.httpStatus, 400);
        QCOMPARE(out.attempts, 1);
        QCOMPARE(out.errors.size(), 1);
    }

    void rateLimited_honoursRetryAfterSeconds()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            if (index == 0)
                return FakeHttpServer::Response::graphqlError("RATE_LIMITED", 200,
                                                              R"("retryAfterSeconds":2)");
            return FakeHttpServer::Response::graphqlData(R"({"echo":"ok"})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.attempts, 2);
        QCOMPARE(out.retryDelays, (QList<int> {2000})); // not the 250 ms backoff
    }

    void rateLimited_honoursRetryAfterHeader()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            if (index == 0) {
                auto r = FakeHttpServer::Response::json("slow down", 429);
                r.headers.append({QByteArray("Retry-After"), QByteArray("3")});
                return r;
            }
            return FakeHttpServer::Response::graphqlData(R"({"echo":"ok"})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.retryDelays, (QList<int> {3000}));
    }

    void rateLimited_waitsForRealWithoutTimeScale()
    {
        auto c = config(m_server->url());
        c.retry.timeScale = 1.0;
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            if (index == 0)
                return FakeHttpServer::Response::graphqlError("RATE_LIMITED", 200,
                                                              R"("retryAfterSeconds":1)");
            return FakeHttpServer::Response::graphqlData(R"({"echo":"ok"})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QVERIFY2(out.elapsedMs >= 1000, QByteArray::number(out.elapsedMs).constData());
    }

    void rateLimited_tooLongIsReportedNotWaited()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlError("RATE_LIMITED", 200,
                                                          R"("retryAfterSeconds":3600)");
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.code, QStringLiteral("RATE_LIMITED"));
        QCOMPARE(out.error.retryAfterMs, 3600 * 1000);
        QCOMPARE(out.attempts, 1);
    }

    void nonIdempotentMutation_isNeverRetried()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json("", 503);
        });
        const Outcome out = run(*m_client, mutation(false));
        QCOMPARE(out.error.httpStatus, 503);
        QCOMPARE(out.attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void idempotentMutation_isRetried()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            if (index == 0)
                return FakeHttpServer::Response::json("", 503);
            return FakeHttpServer::Response::graphqlData(R"({"poke":true})");
        });
        const Outcome out = run(*m_client, mutation(true));
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.attempts, 2);
    }

    void partialDataWithErrors_deliversBoth()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json(
                R"({"data":{"a":1,"b":null},"errors":[{"message":"no b for you","path":["b"],)"
                R"("extensions":{"code":"FORBIDDEN"}}]})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY(out.hasData);
        QCOMPARE(out.data.value(QLatin1String("a")).toInt(), 1);
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors.first().path, QJsonArray {QStringLiteral("b")});
        QCOMPARE(out.error.kind, ApiError::Kind::GraphQL);
        QCOMPARE(out.error.code, QStringLiteral("FORBIDDEN"));
        QCOMPARE(out.attempts, 1);
    }

    void timeout_whenServerNeverAnswers()
    {
        auto c = config(m_server->url());
        c.timeoutMs = 300;
        c.retry.maxAttempts = 1;
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.hang = true;
            return r;
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Timeout);
        QVERIFY(out.error.retryable);
        QVERIFY2(out.elapsedMs < 3000, QByteArray::number(out.elapsedMs).constData());
    }

    void timeout_isRetriedForQueries()
    {
        auto c = config(m_server->url());
        c.timeoutMs = 200;
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int index) {
            FakeHttpServer::Response r = FakeHttpServer::Response::graphqlData(R"({"echo":1})");
            r.hang = index == 0;
            return r;
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.attempts, 2);
    }

    void slowLoris_isCutByTheDeadline()
    {
        auto c = config(m_server->url());
        c.timeoutMs = 600;
        c.retry.maxAttempts = 1;
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            auto r = FakeHttpServer::Response::graphqlData("{\"echo\":\"" + QByteArray(200, 'x')
                                                           + "\"}");
            r.trickleIntervalMs = 50; // never idle long enough for a transfer timeout
            return r;
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(out.elapsedMs < 3000, QByteArray::number(out.elapsedMs).constData());
    }

    void truncatedBody_withContentLength_isNetworkError()
    {
        auto c = config(m_server->url());
        c.retry.maxAttempts = 1;
        makeClient(c);
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            auto r = FakeHttpServer::Response::graphqlData(R"({"echo":"a long answer"})");
            r.truncateAfter = 12;
            return r;
        });
        const Outcome out = run(*m_client, query());
        QVERIFY(out.finished);
        QVERIFY(!out.hasData);
        QVERIFY2(out.error.kind == ApiError::Kind::Network
                     || out.error.kind == ApiError::Kind::Decode,
                 qPrintable(out.error.message));
    }

    void truncatedBody_withoutLength_isDecodeError()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            auto r = FakeHttpServer::Response::graphqlData(R"({"echo":"a long answer"})");
            r.contentLength = false;
            r.body.chop(5);
            return r;
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Decode);
        QVERIFY(!out.hasData);
        QCOMPARE(out.attempts, 1);
    }

    void notJson_isDecodeError()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::json("<html>login page</html>");
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Decode);
        QCOMPARE(out.error.httpStatus, 200);
    }

    void oversizedBody_isRefused_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("no length") << false;
    }

    void oversizedBody_isRefused()
    {
        QFETCH(bool, announced);
        auto c = config(m_server->url());
        c.maxResponseBytes = 4096;
        makeClient(c);
        m_server->setHandler([announced](const FakeHttpServer::Request &, int) {
            auto r = FakeHttpServer::Response::graphqlData("{\"echo\":\""
                                                           + QByteArray(1024 * 1024, 'x') + "\"}");
            r.contentLength = announced;
            return r;
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Policy);
        QVERIFY2(out.error.message.contains(QLatin1String("too large")),
                 qPrintable(out.error.message));
        QCOMPARE(out.attempts, 1);
    }

    void redirectToAnotherOrigin_tokenDoesNotFollow_data()
    {
        QTest::addColumn<QString>("targetHost");
        QTest::addColumn<bool>("samePortOtherServer");
        // Both loopback; a different host name or port is a different origin.
        QTest::newRow("other port") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("localhost vs 127.0.0.1") << QStringLiteral("localhost") << false;
    }

    void redirectToAnotherOrigin_tokenDoesNotFollow()
    {
        QFETCH(QString, targetHost);
        QFETCH(bool, samePortOtherServer);
        FakeHttpServer other;
        QVERIFY(other.listen(QHostAddress::Any)); // reachable as 127.0.0.1 and localhost
        const QUrl target = samePortOtherServer ? other.url(targetHost) : m_server->url(targetHost);
        m_server->setHandler([target](const FakeHttpServer::Request &, int index) {
            if (index > 0) // only reached if the client followed the redirect to itself
                return FakeHttpServer::Response::graphqlData(R"({"echo":"followed"})");
            FakeHttpServer::Response r;
            r.status = 307;
            r.headers.append({QByteArray("Location"), target.toEncoded()});
            return r;
        });
        other.setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlData(R"({"echo":"stolen"})");
        });
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Policy);
        QVERIFY(!out.hasData);
        QCOMPARE(out.attempts, 1);
        for (const auto &req : other.requests())
            QVERIFY(req.header("authorization").isEmpty());
        for (qsizetype i = 1; i < m_server->requests().size(); ++i)
            QVERIFY(m_server->requests().at(i).header("authorization").isEmpty());
    }

    void redirectWithinOrigin_isFollowed()
    {
        m_server->setHandler([this](const FakeHttpServer::Request &req, int) {
            if (req.path == "/graphql") {
                FakeHttpServer::Response r;
                r.status = 307; // keeps the method and body
                r.headers.append(
                    {QByteArray("Location"),
                     m_server->url(QStringLiteral("127.0.0.1"), QStringLiteral("/v2/graphql"))
                         .toEncoded()});
                return r;
            }
            return FakeHttpServer::Response::graphqlData(R"({"echo":"moved"})");
        });
        const Outcome out = run(*m_client, query());
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    }

    void tokenIsOnlySentToTheConfiguredOrigin()
    {
        FakeHttpServer other;
        QVERIFY(other.listen());
        GraphQLRequest r = query();
        r.endpoint = other.url();
        const Outcome out = run(*m_client, r);
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().first().header("authorization").isEmpty());
    }

    void tlsErrors_areNeverIgnored()
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
        url.setPath(QStringLiteral("/graphql"));
        makeClient(config(url));
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Tls);
        QVERIFY(!out.error.retryable);
        QCOMPARE(out.attempts, 1);
        // The message names the certificate so a person can check it.
        QVERIFY2(out.error.message.contains(QLatin1String("SHA-256"))
                     && out.error.message.contains(QLatin1String("localhost")),
                 qPrintable(out.error.message));
        QTest::qWait(50);
        QCOMPARE(plaintextSeen, 0);
#else
        QSKIP("Qt built without TLS");
#endif
    }

    void plainHttpToRemoteHost_isRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QUrl>("endpoint");
        QTest::newRow("http remote") << QUrl(QStringLiteral("http://api.lumio.example/graphql"));
        QTest::newRow("http private ip") << QUrl(QStringLiteral("http://192.168.1.10/graphql"));
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/graphql"));
        QTest::newRow("userinfo") << QUrl(QStringLiteral("https://me:pw@api.lumio.example/"));
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///graphql"));
    }

    void plainHttpToRemoteHost_isRefusedBeforeConnecting()
    {
        QFETCH(QUrl, endpoint);
        makeClient(config(endpoint));
        const Outcome out = run(*m_client, query());
        QVERIFY(out.finished);
        QCOMPARE(out.error.kind, ApiError::Kind::Policy);
        QCOMPARE(out.attempts, 0);
        QCOMPARE(m_nam->created, 0);
        QVERIFY(!out.error.message.contains(QLatin1String("pw")));
    }

    void unknownOperation_isRefused()
    {
        const Outcome out =
            run(*m_client, GraphQLRequest::fromOperation(QStringLiteral("NoSuchOperation")));
        QCOMPARE(out.error.kind, ApiError::Kind::Policy);
        QCOMPARE(m_nam->created, 0);
    }

    void compiledOperations_loadFromResources()
    {
        const GraphQLRequest viewer = GraphQLRequest::fromOperation(QStringLiteral("Viewer"));
        QVERIFY(viewer.isValid());
        QCOMPARE(viewer.type, GraphQLRequest::OperationType::Query);
        const GraphQLRequest toggle =
            GraphQLRequest::fromOperation(QStringLiteral("AdminToggleBotForAccount"));
        QCOMPARE(toggle.type, GraphQLRequest::OperationType::Mutation);
        QVERIFY(!toggle.mayRetry());
        QCOMPARE(GraphQLRequest::detectType(u"# c\n  { a }"), GraphQLRequest::OperationType::Query);
        QCOMPARE(GraphQLRequest::detectType(u"queryX { a }"),
                 GraphQLRequest::OperationType::Unknown);
    }

    void cancel_emitsNothingAndDeletesTheReply()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.hang = true;
            return r;
        });
        GraphQLReply *reply = m_client->execute(query());
        QPointer<GraphQLReply> guard(reply);
        bool finished = false;
        connect(reply, &GraphQLReply::finished, this, [&finished] { finished = true; });
        QTRY_COMPARE(m_server->requests().size(), 1);
        reply->cancel();
        QTRY_VERIFY(guard.isNull());
        QTest::qWait(50);
        QVERIFY(!finished);
    }

    void deadReceiver_getsNothing()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            return FakeHttpServer::Response::graphqlData(R"({"echo":1})");
        });
        GraphQLReply *reply = m_client->execute(query());
        QPointer<GraphQLReply> guard(reply);
        bool called = false;
        {
            QObject receiver;
            connect(reply, &GraphQLReply::finished, &receiver, [&called] { called = true; });
        }
        QTRY_VERIFY(guard.isNull()); // finished and deleted itself
        QVERIFY(!called);
    }

    void clientDestroyed_midRequest_isSafe()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.hang = true;
            return r;
        });
        QPointer<GraphQLReply> reply = m_client->execute(query());
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_client.reset();
        QVERIFY(reply.isNull());
        QTest::qWait(20);
    }

    void serviceJob_endsWhenItsClientIsDestroyed()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.hang = true;
            return r;
        });
        BotControlApi api(m_client.get());
        ValueJob<Viewer> *job = api.viewer();
        ApiError error;
        bool finished = false;
        connect(job, &ApiJob::finished, this, [&](const ApiError &e) {
            error = e;
            finished = true;
        });
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_client.reset(); // e.g. signing out with a request in flight
        QTRY_VERIFY(finished);
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    }

    void connectionRefused_isRetryableNetworkError()
    {
        QUrl dead = m_server->url();
        m_server.reset(); // nothing listens there any more
        auto c = config(dead);
        makeClient(c);
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
        QVERIFY(out.error.retryable);
        QCOMPARE(out.attempts, 4);
        m_server = std::make_unique<FakeHttpServer>();
    }

    void errorMessages_neverContainTheToken()
    {
        m_server->setHandler([](const FakeHttpServer::Request &req, int) {
            // A hostile server echoing the Authorization header back.
            return FakeHttpServer::Response::json("not json " + req.header("authorization"), 401);
        });
        const Outcome out = run(*m_client, query());
        QVERIFY(out.error);
        QVERIFY(!out.error.message.contains(kToken));
    }

    void malformedToken_isRefused()
    {
        auto c = config(m_server->url());
        c.token = QStringLiteral("abc\r\nX-Evil: 1");
        makeClient(c);
        const Outcome out = run(*m_client, query());
        QCOMPARE(out.error.kind, ApiError::Kind::Policy);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void retryPolicy_fullJitterBounds()
    {
        RetryPolicy p;
        p.random = [](int bound) {
            return bound;
        };
        QCOMPARE(p.delayMs(1), 250);
        QCOMPARE(p.delayMs(2), 500);
        QCOMPARE(p.delayMs(6), 8000);
        QCOMPARE(p.delayMs(60), 8000); // no overflow
        QCOMPARE(p.delayMs(1, 5000), 5000); // the server's wait is a floor
        p.random = [](int) {
            return 0;
        };
        QCOMPARE(p.delayMs(3), 0);
        RetryPolicy real; // QRandomGenerator, within [0, ceiling]
        for (int i = 0; i < 100; ++i) {
            const int d = real.delayMs(3);
            QVERIFY(d >= 0 && d <= 1000);
        }
    }

    void response_interpretation_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("hasData");
        QTest::addColumn<bool>("retryable");
        using K = ApiError::Kind;
        QTest::newRow("ok") << 200 << QByteArray(R"({"data":{}})") << int(K::None) << true << false;
        QTest::newRow("data not object")
            << 200 << QByteArray(R"({"data":[1]})") << int(K::Decode) << false << false;
        QTest::newRow("neither") << 200 << QByteArray(R"({"data":null})") << int(K::Decode) << false
                                 << false;
        QTest::newRow("errors not list")
            << 200 << QByteArray(R"({"errors":"x"})") << int(K::GraphQL) << false << false;
        QTest::newRow("503 graphql") << 503 << QByteArray(R"({"errors":[{"message":"m"}]})")
                                     << int(K::GraphQL) << false << true;
        QTest::newRow("json array") << 200 << QByteArray("[]") << int(K::Decode) << false << false;
        QTest::newRow("empty 502") << 502 << QByteArray() << int(K::HttpStatus) << false << true;
        QTest::newRow("data under 500")
            << 500 << QByteArray(R"({"data":{}})") << int(K::HttpStatus) << true << false;
    }

    void response_interpretation()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, hasData);
        QFETCH(bool, retryable);
        const GraphQLResponse r = GraphQLResponse::fromHttp(status, body);
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.hasData, hasData);
        QCOMPARE(r.error.retryable, retryable);
        QVERIFY(r.error.kind == ApiError::Kind::None || !r.error.message.isEmpty());
    }

    void retryAfterHeader_parsing()
    {
        QCOMPARE(GraphQLResponse::parseRetryAfter("7"), 7000);
        QCOMPARE(GraphQLResponse::parseRetryAfter(" 0 "), 0);
        QCOMPARE(GraphQLResponse::parseRetryAfter("-3"), -1);
        QCOMPARE(GraphQLResponse::parseRetryAfter("soon"), -1);
        QCOMPARE(GraphQLResponse::parseRetryAfter(""), -1);
        QCOMPARE(GraphQLResponse::parseRetryAfter("99999999999"), 24 * 3600 * 1000);
        // Found by fuzz_decoders: seconds * 1000 overflowed qint64.
        QCOMPARE(GraphQLResponse::parseRetryAfter("9844674407370955"), 24 * 3600 * 1000);
        const QByteArray future =
            QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const int ms = GraphQLResponse::parseRetryAfter(future);
        QVERIFY2(ms > 25000 && ms <= 31000, QByteArray::number(ms).constData());
    }
};

QStringList *TestGraphQLClientHttp::s_log = nullptr;

QTEST_GUILESS_MAIN(TestGraphQLClientHttp)
#include "TestGraphQLClientHttp.moc"
