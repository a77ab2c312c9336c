// A successful GraphQL answer may come with any 2xx status, not only 200 (a
// newer server or a gateway in front of it answers 201, 202 or 203; the
// sandbox's --skew mode answers every third success with 203): the data is
// taken, nothing is retried, nothing is reported as an error.

#include "FakeHttpServer.h"

#include <api/BotControlApi.h>
#include <api/GraphQLClient.h>

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace {

const QByteArray kRow = R"({"accountId":"00FB8673-8B42-4C1D-9E2A-000000000001",)"
                        R"("accountName":"Upper","platform":"RUMBLE","status":"PAUSED",)"
                        R"("lastHeartbeatAt":null,"updatedAt":"2026-01-01T00:00:00.000Z"})";

} // namespace

class TestHttpSuccessStatuses final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<GraphQLClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        GraphQLClient::Config c;
        c.endpoint = m_server->url();
        c.token = QStringLiteral("t");
        c.timeoutMs = 5000;
        c.retry.timeScale = 0.001;
        m_client = std::make_unique<GraphQLClient>(&m_nam, c);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void anySuccessStatus_isASuccess_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {200, 201, 202, 203})
            QTest::addRow("%d", status) << status;
    }

    void anySuccessStatus_isASuccess()
    {
        QFETCH(int, status);
        m_server->setHandler([status](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r =
                FakeHttpServer::Response::graphqlData("{\"adminToggleBotForAccount\":" + kRow + "}");
            r.status = status;
            return r;
        });
        BotControlApi api(m_client.get());
        auto *job = api.toggle(QStringLiteral("00FB8673-8B42-4C1D-9E2A-000000000001"),
                               platformFromWire(u"RUMBLE"), false);
        // The job deletes itself after finished(): take its value there.
        ApiError error;
        bool finished = false;
        bool hasValue = false;
        BotStatusEntry value;
        connect(job, &ApiJob::finished, this, [&, job](const ApiError &e) {
            error = e;
            hasValue = job->hasValue();
            if (hasValue)
                value = job->value();
            finished = true;
        });
        QTRY_VERIFY(finished);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(hasValue);
        QCOMPARE(value.status, BotStatus::Paused);
        QCOMPARE(platformToWire(value.platform), QLatin1String("RUMBLE"));
        QCOMPARE(value.accountId, QStringLiteral("00FB8673-8B42-4C1D-9E2A-000000000001"));
        QCOMPARE(m_server->requests().size(), 1); // not retried
        // The ID and the platform went out exactly as the server gave them.
        const QByteArray body = m_server->requests().first().body;
        QVERIFY2(body.contains("\"00FB8673-8B42-4C1D-9E2A-000000000001\""), body.constData());
        QVERIFY2(body.contains("\"RUMBLE\""), body.constData());
    }

    void successStatusWithoutABody_isNotTakenForData()
    {
        m_server->setHandler([](const FakeHttpServer::Request &, int) {
            FakeHttpServer::Response r;
            r.status = 204;
            return r;
        });
        BotControlApi api(m_client.get());
        auto *job = api.toggle(QStringLiteral("00fb8673-8b42-4c1d-9e2a-000000000001"),
                               Platform::Twitch, false);
        ApiError error;
        bool finished = false;
        bool hasValue = true;
        connect(job, &ApiJob::finished, this, [&, job](const ApiError &e) {
            error = e;
            hasValue = job->hasValue(); // the job deletes itself afterwards
            finished = true;
        });
        QTRY_VERIFY(finished);
        QCOMPARE(error.kind, ApiError::Kind::Decode);
        QVERIFY(!hasValue);
    }
};

QTEST_GUILESS_MAIN(TestHttpSuccessStatuses)
#include "TestHttpSuccessStatuses.moc"
