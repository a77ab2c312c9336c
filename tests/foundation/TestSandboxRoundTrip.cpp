#include "SandboxInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

// Speaks graphql-transport-ws by hand so this test depends on nothing but Qt:
// if the sandbox or the schema drift, it fails here first.
class TestSandboxRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void viewer_adminIsSystemAdmin();
    void adminBotStatuses_returnsFirstPageAndTotal();
    void readonlyToken_cannotToggle();
    void subscription_deliversMutationFromHttpClient();

private:
    QString acmeTwitchAccountId();
    void sendJson(QWebSocket &socket, const QJsonObject &message);
    QJsonObject nextMessage(QWebSocket &socket, QList<QJsonObject> &inbox, int timeoutMs = 10000);

    SandboxInfo m_sandbox;
};

void TestSandboxRoundTrip::initTestCase()
{
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestSandboxRoundTrip::viewer_adminIsSystemAdmin()
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("{ viewer { id displayName isSystemAdmin permissions } }"));
    QVERIFY2(!reply.contains(QLatin1String("errors")), QJsonDocument(reply).toJson().constData());
    const QJsonObject viewer = reply[QLatin1String("data")][QLatin1String("viewer")].toObject();
    QVERIFY(!viewer[QLatin1String("displayName")].toString().isEmpty());
    QCOMPARE(viewer[QLatin1String("isSystemAdmin")].toBool(), true);
}

void TestSandboxRoundTrip::adminBotStatuses_returnsFirstPageAndTotal()
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("readonly"),
        QStringLiteral(
            "{ adminBotStatuses(first: 10) { totalCount pageInfo { hasNextPage endCursor }"
            " nodes { accountId accountName platform status lastHeartbeatAt updatedAt } } }"));
    QVERIFY2(!reply.contains(QLatin1String("errors")), QJsonDocument(reply).toJson().constData());
    const QJsonObject page =
        reply[QLatin1String("data")][QLatin1String("adminBotStatuses")].toObject();
    // 300 accounts, one row per account and platform.
    QCOMPARE(page[QLatin1String("totalCount")].toInt(), 300 * 5);
    QCOMPARE(page[QLatin1String("nodes")].toArray().size(), 10);
    QVERIFY(page[QLatin1String("pageInfo")][QLatin1String("hasNextPage")].toBool());
}

void TestSandboxRoundTrip::readonlyToken_cannotToggle()
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("readonly"),
        QStringLiteral(
            "mutation($id: ID!) { adminToggleBotForAccount(accountId: $id, platform: TWITCH,"
            " enabled: false) { status } }"),
        QJsonObject {{QStringLiteral("id"), acmeTwitchAccountId()}});
    const QJsonArray errors = reply[QLatin1String("errors")].toArray();
    QVERIFY2(!errors.isEmpty(), QJsonDocument(reply).toJson().constData());
    QCOMPARE(errors.first()[QLatin1String("extensions")][QLatin1String("code")].toString(),
             QStringLiteral("FORBIDDEN"));
}

void TestSandboxRoundTrip::subscription_deliversMutationFromHttpClient()
{
    const QString accountId = acmeTwitchAccountId();
    QVERIFY(!accountId.isEmpty());

    QWebSocket socket;
    QList<QJsonObject> inbox;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&inbox](const QString &text) {
        inbox.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("graphql-transport-ws")});
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QNetworkRequest(m_sandbox.wsUrl()), options);
    QVERIFY(connected.wait(10000));
    QCOMPARE(socket.subprotocol(), QStringLiteral("graphql-transport-ws"));

    sendJson(socket,
             {{QStringLiteral("type"), QStringLiteral("connection_init")},
              {QStringLiteral("payload"),
               QJsonObject {{QStringLiteral("authorization"),
                             QString(QStringLiteral("Bearer ")
                                     + m_sandbox.token(QStringLiteral("readonly")))}}}});
    QCOMPARE(nextMessage(socket, inbox)[QLatin1String("type")].toString(),
             QStringLiteral("connection_ack"));

    sendJson(socket,
             {{QStringLiteral("id"), QStringLiteral("1")},
              {QStringLiteral("type"), QStringLiteral("subscribe")},
              {QStringLiteral("payload"),
               QJsonObject {{QStringLiteral("query"),
                             QStringLiteral("subscription { botStatusChanged(platform: TWITCH) {"
                                            " accountId platform status updatedAt } }")}}}});
    // graphql-ws registers the subscription asynchronously; give it a moment
    // so the mutation below cannot race ahead of it.
    QTest::qWait(300);

    const QString mutation =
        QStringLiteral("mutation($id: ID!, $on: Boolean!) { adminToggleBotForAccount(accountId: "
                       "$id, platform: TWITCH,"
                       " enabled: $on) { status updatedAt } }");
    const QJsonObject paused =
        m_sandbox.graphql(QStringLiteral("admin"), mutation,
                          {{QStringLiteral("id"), accountId}, {QStringLiteral("on"), false}});
    QVERIFY2(!paused.contains(QLatin1String("errors")), QJsonDocument(paused).toJson().constData());
    const QString pausedAt =
        paused[QLatin1String("data")][QLatin1String("adminToggleBotForAccount")]
              [QLatin1String("updatedAt")]
                  .toString();

    // Other rows may change too (heartbeats); wait for ours.
    QJsonObject ours;
    for (int i = 0; i < 200 && ours.isEmpty(); ++i) {
        const QJsonObject message = nextMessage(socket, inbox);
        QCOMPARE(message[QLatin1String("type")].toString(), QStringLiteral("next"));
        QCOMPARE(message[QLatin1String("id")].toString(), QStringLiteral("1"));
        const QJsonObject row = message[QLatin1String("payload")][QLatin1String("data")]
                                       [QLatin1String("botStatusChanged")]
                                           .toObject();
        if (row[QLatin1String("accountId")].toString() == accountId)
            ours = row;
    }
    QCOMPARE(ours[QLatin1String("status")].toString(), QStringLiteral("PAUSED"));
    QCOMPARE(ours[QLatin1String("updatedAt")].toString(), pausedAt);

    sendJson(socket,
             {{QStringLiteral("id"), QStringLiteral("1")},
              {QStringLiteral("type"), QStringLiteral("complete")}});
    const QJsonObject resumed =
        m_sandbox.graphql(QStringLiteral("admin"), mutation,
                          {{QStringLiteral("id"), accountId}, {QStringLiteral("on"), true}});
    QCOMPARE(resumed[QLatin1String("data")][QLatin1String("adminToggleBotForAccount")]
                    [QLatin1String("status")]
                        .toString(),
             QStringLiteral("ACTIVE"));
    socket.close();
}

QString TestSandboxRoundTrip::acmeTwitchAccountId()
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("readonly"),
        QStringLiteral("{ adminBotStatuses(filter: { platform: TWITCH, search: \"acme_live\" }) {"
                       " nodes { accountId accountName } } }"));
    const QJsonArray nodes =
        reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
            .toArray();
    for (const QJsonValue &node : nodes) {
        if (node[QLatin1String("accountName")].toString() == QLatin1String("acme_live"))
            return node[QLatin1String("accountId")].toString();
    }
    return {};
}

void TestSandboxRoundTrip::sendJson(QWebSocket &socket, const QJsonObject &message)
{
    socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QJsonObject TestSandboxRoundTrip::nextMessage(QWebSocket &socket, QList<QJsonObject> &inbox,
                                              int timeoutMs)
{
    Q_UNUSED(socket)
    if (!QTest::qWaitFor([&inbox] { return !inbox.isEmpty(); }, timeoutMs))
        return {};
    return inbox.takeFirst();
}

QTEST_GUILESS_MAIN(TestSandboxRoundTrip)
#include "TestSandboxRoundTrip.moc"
