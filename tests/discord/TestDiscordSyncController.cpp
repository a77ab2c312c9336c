// DiscordSyncController's resync through DiscordGuildFeed, against in-process
// fake servers (HTTP answers computed when asked and sent later, so a change
// can happen between the server reading the guild list and the app getting
// it): a change made while the list is on its way survives the list, after
// an explicit reload and after a reconnection; the open guild's mappings are
// fetched again after the list; a failing list is reported once while it is
// retried; a refused subscription still leaves a list that is reloaded after
// every reconnection.
#include "../api/DiscordGuildWire.h"
#include "../api/FakeHttpServer.h"
#include "../api/FakeWsServer.h"

#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "api/Rfc3339.h"
#include "api/ServerCapabilities.h"
#include "api/ServerContract.h"
#include "app/sync/DiscordSyncController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using Proto = GraphQLWsProtocol;
using MT = Proto::MessageType;

using namespace DiscordGuildWire;

namespace {

constexpr int kTimeoutMs = 10000;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The server: its guilds, and knobs for the guild list's answer.
struct Rig
{
    FakeHttpServer http;
    FakeWsServer ws;
    QNetworkAccessManager network;
    std::unique_ptr<GraphQLClient> client;
    std::unique_ptr<GraphQLWsClient> wsClient;
    DiscordSyncController sync;
    QObject context;

    QList<DiscordGuild> guilds {guild(1, QStringLiteral("one")), guild(2, QStringLiteral("two"))};
    int listDelayMs = 0;
    int listFailures = 0; // the next n guild lists fail
    bool refuseSubscriptions = false;
    QStringList operations; // every HTTP request's operation, in order
    QStringList notices;
    int loaded = 0; // guildsLoaded()

    ~Rig() { sync.setClients(nullptr, nullptr); }

    bool startHttp()
    {
        if (!http.listen())
            return false;
        http.setHandler([this](const FakeHttpServer::Request &request, int) {
            return answer(QJsonDocument::fromJson(request.body).object());
        });
        GraphQLClientConfig config;
        config.endpoint = http.url();
        config.token = QStringLiteral("t");
        config.retry.maxAttempts = 1; // the feed retries, not the client
        client = std::make_unique<GraphQLClient>(&network, config);
        sync.setNoticeHandler(&context, [this](const QString &m) { notices << m; });
        QObject::connect(&sync, &DiscordSyncController::guildsLoaded, &context,
                         [this] { ++loaded; });
        return true;
    }

    // An older server: no live updates (no WebSocket client at all), and
    // what `capabilities` lacks.
    bool setUpWithoutLiveUpdates(const ServerCapabilities &capabilities, int pollIntervalMs)
    {
        if (!startHttp())
            return false;
        sync.setCapabilities(capabilities);
        sync.setPollInterval(pollIntervalMs);
        sync.setClients(client.get(), nullptr);
        return QTest::qWaitFor([this] { return loaded >= 1; }, kTimeoutMs);
    }

    bool setUp()
    {
        if (!ws.listen() || !startHttp())
            return false;
        ws.onMessage = [this](int connection, const Proto::Message &m) {
            if (m.type == MT::Subscribe && refuseSubscriptions) {
                ws.sendText(
                    connection,
                    QStringLiteral(
                        R"({"type":"error","id":"%1","payload":[{"message":"no","extensions":{"code":"FORBIDDEN"}}]})")
                        .arg(m.id)
                        .toUtf8());
            }
        };
        wsClient = std::make_unique<GraphQLWsClient>(ws.url());
        wsClient->setTokenProvider([] { return QStringLiteral("t"); });
        wsClient->setBackoff(Backoff(10, 50));
        // Join a live, settled connection: the feed's first snapshot is the
        // only guild list asked for.
        QSignalSpy settled(wsClient.get(), &GraphQLWsClient::subscriptionsSettled);
        wsClient->start();
        if (!settled.wait(kTimeoutMs))
            return false;
        sync.setClients(client.get(), wsClient.get());
        return QTest::qWaitFor([this] { return loaded == 1; }, kTimeoutMs);
    }

    FakeHttpServer::Response answer(const QJsonObject &body)
    {
        const QString op = body.value(QLatin1String("operationName")).toString();
        operations << op;
        if (op == QLatin1String("AdminDiscordGuilds")) {
            if (listFailures > 0) {
                --listFailures;
                return FakeHttpServer::Response::graphqlError("INTERNAL_SERVER_ERROR");
            }
            QJsonArray nodes;
            for (const DiscordGuild &g : std::as_const(guilds))
                nodes.append(guildJson(g));
            const QJsonObject page {{QStringLiteral("totalCount"), int(nodes.size())},
                                    {QStringLiteral("pageInfo"),
                                     QJsonObject {{QStringLiteral("hasNextPage"), false},
                                                  {QStringLiteral("endCursor"), QJsonValue()}}},
                                    {QStringLiteral("nodes"), nodes}};
            auto r = FakeHttpServer::Response::graphqlData(
                json({{QStringLiteral("adminDiscordGuilds"), page}}));
            r.delayMs = listDelayMs; // read now, answered later
            return r;
        }
        if (op == QLatin1String("DiscordFeatureCatalog")) {
            const QJsonArray catalog {
                QJsonObject {{QStringLiteral("key"), QStringLiteral("live_notification")},
                             {QStringLiteral("description"), QStringLiteral("Live")}}};
            return FakeHttpServer::Response::graphqlData(
                json({{QStringLiteral("discordFeatureCatalog"), catalog}}));
        }
        // The open guild's details: none, which the editor takes as they are.
        static const QHash<QString, QString> emptyLists {
            {QStringLiteral("DiscordGuildChannels"), QStringLiteral("discordGuildChannels")},
            {QStringLiteral("DiscordGuildRoles"), QStringLiteral("discordGuildRoles")},
            {QStringLiteral("DiscordGuildFeatures"), QStringLiteral("discordGuildFeatures")}};
        if (emptyLists.contains(op))
            return FakeHttpServer::Response::graphqlData(
                json({{emptyLists.value(op), QJsonArray()}}));
        return FakeHttpServer::Response::graphqlError("BAD_REQUEST");
    }

    int count(const QString &op) const { return int(operations.count(op)); }

    QString subId(int connection) const { return ws.lastSubscribeId(connection); }

    // The server renames guild n and says so on the live link.
    void rename(int index, const QString &name, int connection)
    {
        guilds[index].name = name;
        ws.sendNext(connection, subId(connection),
                    eventData(QStringLiteral("UPDATED"), guilds[index]));
    }

    QString nameOf(int index)
    {
        const DiscordGuildListModel *model = sync.guildModel();
        const int row = model->rowOf(guilds[index].guildId);
        return row < 0 ? QString() : model->guildAt(row).name;
    }
};

// What an older server says it has: the contract's enums and operations,
// less `lacking` root fields and, when `subscriptions` is false, without a
// Subscription type.
ServerCapabilities olderServer(const QStringList &lacking, bool subscriptions)
{
    QJsonObject data;
    for (const ServerContract::Enum &e : ServerContract::current().enums) {
        QJsonArray values;
        for (const QString &v : e.values)
            values.append(QJsonObject {{QStringLiteral("name"), v}});
        data.insert(e.alias,
                    QJsonObject {{QStringLiteral("kind"), QStringLiteral("ENUM")},
                                 {QStringLiteral("enumValues"), values}});
    }
    QStringList fields[3];
    for (const ServerContract::Operation &op : ServerContract::current().operations) {
        if (op.type != GraphQLRequest::OperationType::Unknown && !lacking.contains(op.field))
            fields[int(op.type)].append(op.field);
    }
    const auto rootType = [](const QStringList &names) {
        QJsonArray list;
        for (const QString &n : names)
            list.append(QJsonObject {{QStringLiteral("name"), n}});
        return QJsonObject {{QStringLiteral("fields"), list}};
    };
    using Op = GraphQLRequest::OperationType;
    data.insert(QStringLiteral("__schema"),
                QJsonObject {{QStringLiteral("queryType"), rootType(fields[int(Op::Query)])},
                             {QStringLiteral("mutationType"), rootType(fields[int(Op::Mutation)])},
                             {QStringLiteral("subscriptionType"),
                              subscriptions ? QJsonValue(rootType(fields[int(Op::Subscription)]))
                                            : QJsonValue()}});
    ServerCapabilities c;
    QString why;
    if (!ServerCapabilities::decode(data, c, &why))
        qWarning().noquote() << "decode failed:" << why;
    return c;
}

} // namespace

class TestDiscordSyncController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refresh_changeWhileTheListIsOnItsWay_survivesTheList();
    void reconnect_changeWhileTheListIsOnItsWay_survivesTheList();
    void reconnect_openGuildMappingsAreFetchedAfterTheList();
    void failingList_isReportedOnceAndRetried();
    void failingRefresh_answersWithTheError();
    void refusedSubscription_listStillLoadsAndReloadsAfterReconnect();
    void olderServer_noLiveUpdatesNoCatalog_pollsAndOffersTheKnownKeys();
};

void TestDiscordSyncController::refresh_changeWhileTheListIsOnItsWay_survivesTheList()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QCOMPARE(rig.count(QStringLiteral("AdminDiscordGuilds")), 1);
    rig.listDelayMs = 500;
    bool done = false;
    QString nameWhenDone;
    rig.sync.refresh(&rig.context, [&](const ApiError &error) {
        QVERIFY(!error);
        done = true;
        nameWhenDone = rig.nameOf(0);
    });
    // The server has read the list; then guild 1 is renamed.
    QTRY_COMPARE(rig.count(QStringLiteral("AdminDiscordGuilds")), 2);
    rig.rename(0, QStringLiteral("renamed"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    QCOMPARE(rig.loaded, 2);
    QCOMPARE(rig.nameOf(0), QStringLiteral("renamed")); // not overwritten by the older list
    QCOMPARE(nameWhenDone, QStringLiteral("renamed")); // done runs once in step
    QVERIFY(rig.notices.isEmpty());
}

void TestDiscordSyncController::reconnect_changeWhileTheListIsOnItsWay_survivesTheList()
{
    Rig rig;
    QVERIFY(rig.setUp());
    rig.listDelayMs = 500;
    rig.ws.abortConnection(0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("AdminDiscordGuilds")), 2, kTimeoutMs);
    QCOMPARE(rig.ws.connectionCount(), 2);
    rig.rename(1, QStringLiteral("renamed"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rig.loaded, 2, kTimeoutMs);
    QCOMPARE(rig.nameOf(1), QStringLiteral("renamed"));
    QCOMPARE(rig.nameOf(0), QStringLiteral("one"));
    // Live again: a change now shows at once.
    rig.rename(0, QStringLiteral("live"), 1);
    QTRY_COMPARE(rig.nameOf(0), QStringLiteral("live"));
    QCOMPARE(rig.count(QStringLiteral("AdminDiscordGuilds")), 2);
}

void TestDiscordSyncController::reconnect_openGuildMappingsAreFetchedAfterTheList()
{
    Rig rig;
    QVERIFY(rig.setUp());
    bool opened = false;
    rig.sync.openGuild(rig.guilds[0].guildId, &rig.context, [&](const ApiError &error) {
        QVERIFY2(!error, qPrintable(error.message));
        opened = true;
    });
    QTRY_VERIFY(opened);
    QVERIFY(rig.sync.featureModel()->hasGuild());
    rig.operations.clear();
    rig.ws.abortConnection(0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.loaded, 2, kTimeoutMs);
    QTRY_COMPARE(rig.count(QStringLiteral("DiscordGuildFeatures")), 1);
    QVERIFY2(rig.operations.indexOf(QStringLiteral("AdminDiscordGuilds"))
                 < rig.operations.indexOf(QStringLiteral("DiscordGuildFeatures")),
             qPrintable(rig.operations.join(QLatin1Char(' '))));
    QCOMPARE(rig.sync.openGuildId(), rig.guilds[0].guildId);
}

void TestDiscordSyncController::failingList_isReportedOnceAndRetried()
{
    Rig rig;
    QVERIFY(rig.setUp());
    rig.listFailures = 2;
    rig.ws.abortConnection(0);
    // Two failed attempts, retried with backoff (up to 1 s, then 2 s), then the list.
    QTRY_COMPARE_WITH_TIMEOUT(rig.loaded, 2, 3 * kTimeoutMs);
    QCOMPARE(rig.count(QStringLiteral("AdminDiscordGuilds")), 4);
    QCOMPARE(rig.notices.size(), 1);
    QVERIFY2(rig.notices.first().startsWith(QLatin1String("Could not load the Discord servers")),
             qPrintable(rig.notices.first()));
}

void TestDiscordSyncController::failingRefresh_answersWithTheError()
{
    Rig rig;
    QVERIFY(rig.setUp());
    rig.listFailures = 1;
    std::optional<ApiError> answer;
    rig.sync.refresh(&rig.context, [&](const ApiError &error) { answer = error; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kTimeoutMs);
    QVERIFY(answer->isError());
    QVERIFY(rig.notices.isEmpty()); // the caller reports it
    QTRY_COMPARE_WITH_TIMEOUT(rig.loaded, 2, kTimeoutMs); // and the feed tries again
}

void TestDiscordSyncController::refusedSubscription_listStillLoadsAndReloadsAfterReconnect()
{
    Rig rig;
    rig.refuseSubscriptions = true;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.notices.size(), 1);
    QVERIFY2(
        rig.notices.first().startsWith(QLatin1String("Live updates of Discord servers stopped")),
        qPrintable(rig.notices.first()));
    QCOMPARE(rig.sync.guildModel()->rowCount(), 2);
    const int lists = rig.count(QStringLiteral("AdminDiscordGuilds"));
    rig.guilds.append(guild(3, QStringLiteral("three")));
    rig.ws.abortConnection(0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("AdminDiscordGuilds")), lists + 1,
                              kTimeoutMs);
    QTRY_COMPARE(rig.sync.guildModel()->rowCount(), 3);
    QCOMPARE(rig.notices.size(), 1);
}

void TestDiscordSyncController::olderServer_noLiveUpdatesNoCatalog_pollsAndOffersTheKnownKeys()
{
    const ServerCapabilities older = olderServer({QStringLiteral("discordFeatureCatalog")}, false);
    QVERIFY(!older.isAssumed());
    QVERIFY(!older.supports(QStringLiteral("DiscordFeatureCatalog")));
    QVERIFY(!older.hasSubscriptions());
    Rig rig;
    QVERIFY(rig.setUpWithoutLiveUpdates(older, 200));
    QVERIFY(rig.sync.guildListUnavailableReason().isEmpty()); // it has the list
    QCOMPARE(rig.sync.guildModel()->rowCount(), 2);
    // The known keys stand in for the catalog it cannot list; never asked.
    QStringList keys;
    for (const DiscordFeatureInfo &f : rig.sync.featureModel()->featureCatalog())
        keys << f.key;
    QCOMPARE(keys,
             (QStringList {QStringLiteral("live_notification"), QStringLiteral("event_feed"),
                           QStringLiteral("chat_mirror"), QStringLiteral("announcement"),
                           QStringLiteral("moderation_log"), QStringLiteral("clip_feed")}));
    bool opened = false;
    rig.sync.openGuild(rig.guilds.first().guildId, &rig.context, [&](const ApiError &error) {
        QVERIFY2(!error, qPrintable(error.message));
        opened = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(opened, kTimeoutMs);
    QCOMPARE(rig.count(QStringLiteral("DiscordFeatureCatalog")), 0);
    QCOMPARE(rig.sync.featureModel()->featureCatalog().size(), keys.size());

    // Without discordGuildChanged the list stays current by polling.
    rig.guilds.append(guild(3, QStringLiteral("three")));
    QTRY_COMPARE_WITH_TIMEOUT(rig.sync.guildModel()->rowCount(), 3, kTimeoutMs);
    rig.guilds[0].name = QStringLiteral("renamed");
    QTRY_COMPARE_WITH_TIMEOUT(rig.nameOf(0), QStringLiteral("renamed"), kTimeoutMs);
    rig.guilds.removeLast();
    QTRY_COMPARE_WITH_TIMEOUT(rig.sync.guildModel()->rowCount(), 2, kTimeoutMs); // complete poll

    // Not while the window is hidden.
    rig.sync.setPollingPaused(true);
    QTest::qWait(300); // a poll on its way when paused may still land
    const int lists = rig.count(QStringLiteral("AdminDiscordGuilds"));
    QTest::qWait(1000); // five intervals
    QCOMPARE(rig.count(QStringLiteral("AdminDiscordGuilds")), lists);
    rig.sync.setPollingPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(rig.count(QStringLiteral("AdminDiscordGuilds")) > lists, kTimeoutMs);
}

QTEST_GUILESS_MAIN(TestDiscordSyncController)
#include "TestDiscordSyncController.moc"
