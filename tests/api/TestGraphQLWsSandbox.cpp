// GraphQLWsClient against the real sandbox (graphql-js + graphql-ws): events
// caused by a second client, token refusal and revocation, server restart.
#include "SandboxInfo.h"

#include "api/GraphQLWsClient.h"
#include "api/GraphQLWsSubscription.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kind = ConnectionState::Kind;

class TestGraphQLWsSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void subscription_deliversMutationByAnotherClient();
    void subscription_forbiddenWithoutAdminAccess();
    void badToken_isUnauthorizedWithoutRetries();
    void revokedToken_closesLiveSocketAsUnauthorized();
    void serverRestart_reconnectsAndResubscribes();

private:
    std::unique_ptr<GraphQLWsClient> makeClient(const QString &role);
    QString acmeLiveAccountId();
    bool toggleAcme(bool enabled);
    int wsConnectionsTotal();

    SandboxInfo m_sandbox;
};

void TestGraphQLWsSandbox::initTestCase()
{
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<ApiError>();
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

std::unique_ptr<GraphQLWsClient> TestGraphQLWsSandbox::makeClient(const QString &role)
{
    auto client = std::make_unique<GraphQLWsClient>(m_sandbox.wsUrl());
    const QString token = role.startsWith(u'!') ? role.mid(1) : m_sandbox.token(role);
    client->setTokenProvider([token] { return token; });
    client->setBackoff(Backoff(100, 1000));
    return client;
}

QString TestGraphQLWsSandbox::acmeLiveAccountId()
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("query($f: BotStatusFilter) { adminBotStatuses(filter: $f, first: 10) "
                       "{ nodes { accountId accountName platform } } }"),
        QJsonObject {{QStringLiteral("f"),
                      QJsonObject {{QStringLiteral("search"), QStringLiteral("acme_live")},
                                   {QStringLiteral("platform"), QStringLiteral("TWITCH")}}}});
    const QJsonArray nodes = reply.value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("adminBotStatuses"))
                                 .toObject()
                                 .value(QStringLiteral("nodes"))
                                 .toArray();
    for (const QJsonValue &n : nodes) {
        if (n.toObject().value(QStringLiteral("accountName")).toString()
            == QLatin1String("acme_live"))
            return n.toObject().value(QStringLiteral("accountId")).toString();
    }
    return {};
}

bool TestGraphQLWsSandbox::toggleAcme(bool enabled)
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        GraphQLWsClient::operationText(QStringLiteral("AdminToggleBotForAccount")),
        QJsonObject {{QStringLiteral("accountId"), acmeLiveAccountId()},
                     {QStringLiteral("platform"), QStringLiteral("TWITCH")},
                     {QStringLiteral("enabled"), enabled}});
    return reply.value(QStringLiteral("data"))
               .toObject()
               .contains(QStringLiteral("adminToggleBotForAccount"))
        && !reply.contains(QStringLiteral("errors"));
}

int TestGraphQLWsSandbox::wsConnectionsTotal()
{
    const QJsonObject state =
        m_sandbox.control(QStringLiteral("state"), QJsonObject {{QStringLiteral("rows"), false}});
    return state.value(QStringLiteral("counters"))
        .toObject()
        .value(QStringLiteral("wsConnectionsTotal"))
        .toInt(-1);
}

void TestGraphQLWsSandbox::subscription_deliversMutationByAnotherClient()
{
    const QString acme = acmeLiveAccountId();
    QVERIFY(!acme.isEmpty());
    auto client = makeClient(QStringLiteral("readonly"));
    GraphQLWsSubscription *sub =
        client->subscribe(GraphQLWsClient::operationText(QStringLiteral("BotStatusChanged")),
                          QJsonObject {{QStringLiteral("platform"), QStringLiteral("TWITCH")}},
                          QStringLiteral("BotStatusChanged"));
    QSignalSpy next(sub, &GraphQLWsSubscription::next);
    QSignalSpy settled(client.get(), &GraphQLWsClient::subscriptionsSettled);
    client->start();
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10000);
    QCOMPARE(client->state().kind(), Kind::Live);

    const auto statusOfLastAcmeEvent = [&]() -> QString {
        for (qsizetype i = next.size() - 1; i >= 0; --i) {
            const QJsonObject row = next.at(i)
                                        .at(0)
                                        .toJsonObject()
                                        .value(QStringLiteral("botStatusChanged"))
                                        .toObject();
            if (row.value(QStringLiteral("accountId")).toString() == acme)
                return row.value(QStringLiteral("status")).toString();
        }
        return {};
    };
    QVERIFY(toggleAcme(false)); // the second client: admin over HTTP
    QTRY_COMPARE_WITH_TIMEOUT(statusOfLastAcmeEvent(), QStringLiteral("PAUSED"), 10000);
    QVERIFY(toggleAcme(true));
    QTRY_COMPARE_WITH_TIMEOUT(statusOfLastAcmeEvent(), QStringLiteral("ACTIVE"), 10000);
}

void TestGraphQLWsSandbox::subscription_forbiddenWithoutAdminAccess()
{
    auto client = makeClient(QStringLiteral("noaccess"));
    GraphQLWsSubscription *sub =
        client->subscribe(GraphQLWsClient::operationText(QStringLiteral("BotStatusChanged")));
    QSignalSpy errors(sub, &GraphQLWsSubscription::error);
    client->start();
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(errors.at(0).at(0).value<ApiError>().code, QStringLiteral("FORBIDDEN"));
    QCOMPARE(sub->state(), GraphQLWsSubscription::State::Failed);
    QCOMPARE(client->state().kind(), Kind::Live); // the connection itself is fine
}

void TestGraphQLWsSandbox::badToken_isUnauthorizedWithoutRetries()
{
    auto client = makeClient(QStringLiteral("!not-a-real-token"));
    client->start();
    QTRY_COMPARE_WITH_TIMEOUT(client->state().kind(), Kind::Unauthorized, 10000);
    QCOMPARE(client->state().error().retryable, false);
    const int total = wsConnectionsTotal();
    QTest::qWait(1500); // beyond the 1 s backoff cap: any retry would show
    QCOMPARE(wsConnectionsTotal(), total);
    QCOMPARE(client->state().kind(), Kind::Unauthorized);
}

void TestGraphQLWsSandbox::revokedToken_closesLiveSocketAsUnauthorized()
{
    auto client = makeClient(QStringLiteral("operator"));
    client->start();
    QTRY_COMPARE_WITH_TIMEOUT(client->state().kind(), Kind::Live, 10000);
    const QString token = m_sandbox.token(QStringLiteral("operator"));
    m_sandbox.control(QStringLiteral("revoke"), QJsonObject {{QStringLiteral("token"), token}});
    QTRY_COMPARE_WITH_TIMEOUT(client->state().kind(), Kind::Unauthorized, 10000);
    // Signing in again (here: the token is restored) and retrying goes live.
    m_sandbox.control(
        QStringLiteral("revoke"),
        QJsonObject {{QStringLiteral("token"), token}, {QStringLiteral("revoked"), false}});
    client->retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(client->state().kind(), Kind::Live, 10000);
}

void TestGraphQLWsSandbox::serverRestart_reconnectsAndResubscribes()
{
    const QString acme = acmeLiveAccountId();
    auto client = makeClient(QStringLiteral("admin"));
    GraphQLWsSubscription *sub =
        client->subscribe(GraphQLWsClient::operationText(QStringLiteral("BotStatusChanged")));
    QSignalSpy next(sub, &GraphQLWsSubscription::next);
    QSignalSpy settled(client.get(), &GraphQLWsClient::subscriptionsSettled);
    QSignalSpy states(client.get(), &GraphQLWsClient::stateChanged);
    client->start();
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10000);
    m_sandbox.control(QStringLiteral("restart"), QJsonObject {{QStringLiteral("downMs"), 1500}});
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 20000);
    bool sawReconnecting = false;
    for (const QList<QVariant> &args : std::as_const(states))
        sawReconnecting =
            sawReconnecting || args.at(0).value<ConnectionState>().kind() == Kind::Reconnecting;
    QVERIFY(sawReconnecting);
    next.clear();
    QVERIFY(toggleAcme(false));
    QTRY_VERIFY_WITH_TIMEOUT(!next.isEmpty(), 10000);
    QVERIFY(toggleAcme(true));
    QCOMPARE(client->acknowledgedCount(), 2);
}

QTEST_GUILESS_MAIN(TestGraphQLWsSandbox)
#include "TestGraphQLWsSandbox.moc"
