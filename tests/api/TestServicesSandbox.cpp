// BotControlApi and DiscordGuildApi against the real sandbox (graphql-js):
// every operation, permissions, validation, idempotence, paging 15,000 rows.

#include <SandboxInfo.h>
#include <api/BotControlApi.h>
#include <api/DiscordGuildApi.h>
#include <api/GraphQLClient.h>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTest>

#include <memory>

namespace {

template<typename T>
struct Result
{
    bool finished = false;
    ApiError error;
    bool hasValue = false;
    T value {};
    int skipped = 0;
};

// Test-only synchronous wait on a job; product code connects and returns.
template<typename T>
Result<T> await(ValueJob<T> *job, int waitMs = 30000)
{
    Result<T> r;
    QObject context;
    QObject::connect(job, &ApiJob::finished, &context, [&r, job](const ApiError &error) {
        r.finished = true;
        r.error = error;
        r.hasValue = job->hasValue();
        if (r.hasValue)
            r.value = job->value();
        r.skipped = job->decodeReport().skipped;
    });
    (void)QTest::qWaitFor([&r] { return r.finished; }, waitMs);
    return r;
}

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

const QString kAcmeSearch = QStringLiteral("acme_live");

} // namespace

class TestServicesSandbox final : public QObject
{
    Q_OBJECT

private:
    SandboxInfo m_sandbox;
    CountingNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<QObject>> m_owned;

    GraphQLClient *client(const QString &role)
    {
        GraphQLClient::Config c;
        c.endpoint = m_sandbox.httpUrl();
        c.token = m_sandbox.token(role);
        c.timeoutMs = 20000;
        c.retry.timeScale = 0.01;
        auto owned = std::make_unique<GraphQLClient>(&m_nam, c);
        GraphQLClient *raw = owned.get();
        m_owned.push_back(std::move(owned));
        return raw;
    }
    BotControlApi *bots(const QString &role)
    {
        auto owned = std::make_unique<BotControlApi>(client(role));
        BotControlApi *raw = owned.get();
        m_owned.push_back(std::move(owned));
        return raw;
    }
    DiscordGuildApi *discord(const QString &role)
    {
        auto owned = std::make_unique<DiscordGuildApi>(client(role));
        DiscordGuildApi *raw = owned.get();
        m_owned.push_back(std::move(owned));
        return raw;
    }

    // Every row, through the service, with its signals recorded.
    struct Fetch
    {
        QList<BotStatusEntry> rows;
        QList<QPair<int, int>> progress;
        ApiError error;
        bool finished = false;
    };
    Fetch fetchAll(BotControlApi *api, const BotStatusFilter &filter, int pageSize)
    {
        Fetch f;
        QObject context;
        BotStatusFetchJob *job = api->fetchAllStatuses(filter, pageSize);
        connect(job, &BotStatusFetchJob::pageReceived, &context,
                [&f](const QList<BotStatusEntry> &rows) { f.rows += rows; });
        connect(job, &BotStatusFetchJob::progress, &context, [&f](int soFar, int total) {
            f.progress.append({soFar, total});
        });
        connect(job, &ApiJob::finished, &context, [&f](const ApiError &e) {
            f.finished = true;
            f.error = e;
        });
        (void)QTest::qWaitFor([&f] { return f.finished; }, 60000);
        return f;
    }

    BotStatusEntry findRow(BotStatus status, Platform platform = Platform::Twitch)
    {
        BotStatusFilter filter;
        filter.platform = platform;
        filter.status = status;
        const Fetch f = fetchAll(bots(QStringLiteral("admin")), filter, 50);
        return f.rows.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = SandboxInfo::fromEnvironment();
        if (!m_sandbox.isValid())
            QSKIP(qPrintable(m_sandbox.error()));
    }

    void cleanup()
    {
        m_sandbox.control(QStringLiteral("reset-faults"));
        m_owned.clear();
    }

    void viewer_eachRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("systemAdmin");
        QTest::addColumn<bool>("canRead");
        QTest::addColumn<bool>("canEdit");
        QTest::addColumn<bool>("canEnter");
        QTest::newRow("admin") << "admin" << true << true << true << true;
        QTest::newRow("operator") << "operator" << false << true << true << true;
        QTest::newRow("readonly") << "readonly" << false << true << false << true;
        QTest::newRow("noaccess") << "noaccess" << false << true << false << false;
    }

    void viewer_eachRole()
    {
        QFETCH(QString, role);
        QFETCH(bool, systemAdmin);
        QFETCH(bool, canRead);
        QFETCH(bool, canEdit);
        QFETCH(bool, canEnter);
        const auto r = await(bots(role)->viewer());
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY(r.hasValue);
        QVERIFY(!r.value.displayName.isEmpty());
        QCOMPARE(r.value.isSystemAdmin, systemAdmin);
        QCOMPARE(r.value.hasPermission(QStringLiteral("bot-control:read")), canRead);
        QCOMPARE(r.value.hasPermission(QStringLiteral("bot-control:edit")), canEdit);
        QCOMPARE(r.value.hasPermission(QStringLiteral("admin:access")), canEnter);
    }

    void unknownAndRevokedTokens_areUnauthenticated()
    {
        GraphQLClient::Config c;
        c.endpoint = m_sandbox.httpUrl();
        c.token = QStringLiteral("not-a-real-token");
        GraphQLClient bogus(&m_nam, c);
        BotControlApi api(&bogus);
        auto r = await(api.viewer());
        QCOMPARE(r.error.kind, ApiError::Kind::GraphQL);
        QCOMPARE(r.error.code, QStringLiteral("UNAUTHENTICATED"));
        QVERIFY(!r.error.message.contains(c.token));

        const QString token = m_sandbox.token(QStringLiteral("readonly"));
        m_sandbox.control(QStringLiteral("revoke"), {{QStringLiteral("token"), token}});
        r = await(bots(QStringLiteral("readonly"))->viewer());
        QCOMPARE(r.error.code, QStringLiteral("UNAUTHENTICATED"));
        m_sandbox.control(QStringLiteral("revoke"),
                          {{QStringLiteral("token"), token}, {QStringLiteral("revoked"), false}});
        r = await(bots(QStringLiteral("readonly"))->viewer());
        QVERIFY2(!r.error, qPrintable(r.error.message));
    }

    void noaccess_isForbiddenBeyondViewer()
    {
        const Fetch f = fetchAll(bots(QStringLiteral("noaccess")), {}, 100);
        QCOMPARE(f.error.code, QStringLiteral("FORBIDDEN"));
        QVERIFY(f.rows.isEmpty());
    }

    void fetchAll_pagesThroughEveryRowWithProgress()
    {
        const Fetch f = fetchAll(bots(QStringLiteral("readonly")), {}, 1000);
        QVERIFY2(!f.error, qPrintable(f.error.message));
        QCOMPARE(f.rows.size(), 15000); // --accounts 3000 x 5 platforms
        QCOMPARE(f.progress.size(), 15);
        for (qsizetype i = 0; i < f.progress.size(); ++i) {
            QCOMPARE(f.progress.at(i).first, int(qMin<qsizetype>((i + 1) * 1000, 15000)));
            QCOMPARE(f.progress.at(i).second, 15000);
        }
        QSet<QString> keys;
        for (const BotStatusEntry &row : f.rows) {
            QVERIFY(row.platform != Platform::Unknown);
            QVERIFY(row.status != BotStatus::Unknown);
            QVERIFY(row.updatedAt != kNoTimestamp);
            keys.insert(row.accountId + QString(platformToWire(row.platform)));
        }
        QCOMPARE(keys.size(), 15000); // no row twice, none lost between pages
    }

    void fetchAll_defaultPageSizeAndFilter()
    {
        BotStatusFilter filter;
        filter.platform = Platform::Kick;
        const Fetch f = fetchAll(bots(QStringLiteral("admin")), filter, 5000);
        QVERIFY2(!f.error, qPrintable(f.error.message));
        QCOMPARE(f.rows.size(), 3000);
        QCOMPARE(f.progress.size(), 1);
        for (const BotStatusEntry &row : f.rows)
            QCOMPARE(row.platform, Platform::Kick);

        filter = {};
        filter.search = kAcmeSearch;
        const Fetch acme = fetchAll(bots(QStringLiteral("admin")), filter, 5000);
        QVERIFY(!acme.rows.isEmpty());
        QVERIFY(acme.rows.first().accountName.contains(kAcmeSearch));
    }

    void fetchAll_cancelStopsEverything()
    {
        BotControlApi *api = bots(QStringLiteral("readonly"));
        BotStatusFetchJob *job = api->fetchAllStatuses({}, 500);
        QPointer<BotStatusFetchJob> guard(job);
        int pages = 0;
        bool finished = false;
        connect(job, &BotStatusFetchJob::pageReceived, this, [&pages, job](const auto &) {
            if (++pages == 2)
                job->cancel(); // from inside its own signal
        });
        connect(job, &ApiJob::finished, this, [&finished](const ApiError &) { finished = true; });
        QTRY_VERIFY(guard.isNull());
        QTest::qWait(300);
        QCOMPARE(pages, 2);
        QVERIFY(!finished);
    }

    void newerServer_unknownPlatformRowsAreKept()
    {
        m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("newerEnumValues"), true}});
        const Fetch f = fetchAll(bots(QStringLiteral("admin")), {}, 5000);
        QVERIFY2(!f.error, qPrintable(f.error.message));
        QCOMPARE(f.rows.size(), 15000);
        // Kept under their own name, sent back as they came.
        const auto unknown = std::count_if(f.rows.cbegin(), f.rows.cend(), [](const auto &r) {
            return isExtraPlatform(r.platform) && platformToWire(r.platform) == u"RUMBLE";
        });
        QVERIFY2(unknown > 500, QByteArray::number(qlonglong(unknown)).constData());
    }

    void toggle_isIdempotentAndReturnsTheRow()
    {
        const BotStatusEntry row = findRow(BotStatus::Active);
        QVERIFY(!row.accountId.isEmpty());
        BotControlApi *api = bots(QStringLiteral("operator"));

        auto paused = await(api->toggle(row.accountId, row.platform, false));
        QVERIFY2(!paused.error, qPrintable(paused.error.message));
        QCOMPARE(paused.value.status, BotStatus::Paused);
        QCOMPARE(paused.value.accountId, row.accountId);
        QVERIFY(paused.value.updatedAt > row.updatedAt);

        auto again = await(api->toggle(row.accountId.toUpper(), row.platform, false));
        QVERIFY2(!again.error, qPrintable(again.error.message));
        QCOMPARE(again.value.status, BotStatus::Paused);
        QCOMPARE(again.value.updatedAt, paused.value.updatedAt); // nothing changed

        auto resumed = await(api->toggle(row.accountId, row.platform, true));
        QCOMPARE(resumed.value.status, BotStatus::Active);
    }

    void toggle_isRetriedThroughTransientFaults()
    {
        const BotStatusEntry row = findRow(BotStatus::Active);
        m_sandbox.control(
            QStringLiteral("faults"),
            {{QStringLiteral("failures"),
              QJsonObject {{QStringLiteral("adminToggleBotForAccount"),
                            QJsonObject {{QStringLiteral("rate"), 0.5},
                                         {QStringLiteral("kind"), QStringLiteral("HTTP_503")}}}}}});
        auto c = client(QStringLiteral("operator"))->config();
        c.retry.maxAttempts = 30; // 0.5^30: never all failing
        auto *retrying = new GraphQLClient(&m_nam, c);
        m_owned.emplace_back(retrying);
        BotControlApi api(retrying);
        for (int i = 0; i < 6; ++i) {
            const auto r = await(api.toggle(row.accountId, row.platform, i % 2 == 1));
            QVERIFY2(!r.error, qPrintable(r.error.message));
            QCOMPARE(r.value.status, i % 2 == 1 ? BotStatus::Active : BotStatus::Paused);
        }
        const QJsonObject state =
            m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}});
        QVERIFY(state.value(QLatin1String("counters"))
                    .toObject()
                    .value(QLatin1String("faultsInjected"))
                    .toInt()
                > 0);
    }

    void rejoin_isNotRetried()
    {
        const BotStatusEntry row = findRow(BotStatus::Active);
        m_sandbox.control(
            QStringLiteral("faults"),
            {{QStringLiteral("failures"),
              QJsonObject {{QStringLiteral("adminRejoinBot"),
                            QJsonObject {{QStringLiteral("rate"), 1},
                                         {QStringLiteral("kind"), QStringLiteral("HTTP_503")}}}}}});
        const int before = m_nam.created;
        const auto r = await(bots(QStringLiteral("operator"))->rejoin(row.accountId, row.platform));
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(m_nam.created - before, 1);
        m_sandbox.control(QStringLiteral("reset-faults"));
        const auto ok =
            await(bots(QStringLiteral("operator"))->rejoin(row.accountId, row.platform));
        QVERIFY2(!ok.error, qPrintable(ok.error.message));
        QVERIFY(ok.value);
    }

    void toggle_readonlyIsForbidden()
    {
        const BotStatusEntry row = findRow(BotStatus::Active);
        const auto r =
            await(bots(QStringLiteral("readonly"))->toggle(row.accountId, row.platform, false));
        QCOMPARE(r.error.kind, ApiError::Kind::GraphQL);
        QCOMPARE(r.error.code, QStringLiteral("FORBIDDEN"));
        QVERIFY(!r.hasValue);
    }

    void toggle_withoutConnectionIsNoConnection()
    {
        const BotStatusEntry row = findRow(BotStatus::NoConnection);
        QVERIFY(!row.accountId.isEmpty());
        const auto r =
            await(bots(QStringLiteral("operator"))->toggle(row.accountId, row.platform, true));
        QCOMPARE(r.error.code, QStringLiteral("NO_CONNECTION"));
        const auto rejoin =
            await(bots(QStringLiteral("operator"))->rejoin(row.accountId, row.platform));
        QCOMPARE(rejoin.error.code, QStringLiteral("NO_CONNECTION"));
    }

    void unknownAccount_isNotFound()
    {
        const auto r = await(bots(QStringLiteral("operator"))
                                 ->toggle(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                          Platform::Twitch, true));
        QCOMPARE(r.error.code, QStringLiteral("NOT_FOUND"));
    }

    void invalidIds_neverLeaveTheClient()
    {
        const int before = m_nam.created;
        BotControlApi *api = bots(QStringLiteral("operator"));
        DiscordGuildApi *guilds = discord(QStringLiteral("admin"));
        const auto a = await(api->toggle(QStringLiteral("acme_live"), Platform::Twitch, false));
        const auto b = await(api->rejoin(QStringLiteral("123"), Platform::Twitch));
        const auto c = await(api->toggle(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                         Platform::Unknown, false));
        const auto d = await(guilds->channels(QStringLiteral("12345")));
        const auto e = await(guilds->disconnectGuild(QStringLiteral("0175928847299117063")));
        const auto f = await(guilds->authorize(QStringLiteral("not-a-uuid")));
        DiscordGuildFeatureInput input;
        input.guildId = QStringLiteral("175928847299117063");
        input.feature = QStringLiteral("clip_feed");
        input.channelId = QStringLiteral("#general");
        const auto g = await(guilds->setFeature(input));
        for (const ApiError &error :
             {a.error, b.error, c.error, d.error, e.error, f.error, g.error}) {
            QCOMPARE(error.kind, ApiError::Kind::Policy);
            QCOMPARE(error.code, QStringLiteral("BAD_USER_INPUT"));
            QVERIFY(!error.message.isEmpty());
        }
        QCOMPARE(m_nam.created, before);
    }

    void serverSideBadUserInput()
    {
        // What client-side validation cannot know: the page size limit.
        GraphQLReply *reply =
            client(QStringLiteral("admin"))
                ->execute(GraphQLRequest::fromOperation(QStringLiteral("AdminBotStatuses"),
                                                        {{QStringLiteral("first"), 6000}}));
        ApiError error;
        bool done = false;
        connect(reply, &GraphQLReply::finished, this, [&] {
            error = reply->error();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(error.kind, ApiError::Kind::GraphQL);
        QCOMPARE(error.code, QStringLiteral("BAD_USER_INPUT"));
        QVERIFY(!error.retryable);
    }

    void rateLimited_isReportedWithRetryAfter()
    {
        m_sandbox.control(
            QStringLiteral("faults"),
            {{QStringLiteral("failures"),
              QJsonObject {{QStringLiteral("viewer"),
                            QJsonObject {{QStringLiteral("rate"), 1},
                                         {QStringLiteral("kind"), QStringLiteral("RATE_LIMITED")},
                                         {QStringLiteral("retryAfterSeconds"), 2}}}}}});
        const int before = m_nam.created;
        const auto r = await(bots(QStringLiteral("admin"))->viewer());
        QCOMPARE(r.error.code, QStringLiteral("RATE_LIMITED"));
        QCOMPARE(r.error.retryAfterMs, 2000);
        QCOMPARE(m_nam.created - before, 4); // retried up to maxAttempts
    }

    void discord_readOperations()
    {
        DiscordGuildApi *api = discord(QStringLiteral("readonly"));
        const auto guilds = await(api->guilds());
        QVERIFY2(!guilds.error, qPrintable(guilds.error.message));
        QVERIFY(guilds.value.size() > 500); // ~30% of 3000 accounts
        QCOMPARE(guilds.skipped, 0);
        const DiscordGuild &guild = guilds.value.first();

        const auto searched = await(api->guilds(guild.guildId));
        QCOMPARE(searched.value.size(), 1);
        QCOMPARE(searched.value.first(), guild);

        const auto channels = await(api->channels(guild.guildId));
        QVERIFY2(!channels.error, qPrintable(channels.error.message));
        QVERIFY(!channels.value.isEmpty());
        QVERIFY(std::any_of(channels.value.cbegin(), channels.value.cend(),
                            [](const auto &c) { return c.type == DiscordChannelType::Category; }));

        const auto roles = await(api->roles(guild.guildId));
        QVERIFY(!roles.value.isEmpty());
        QVERIFY(std::any_of(roles.value.cbegin(), roles.value.cend(),
                            [&guild](const auto &r) { return r.id == guild.guildId; }));

        const auto features = await(api->features(guild.guildId));
        QVERIFY2(!features.error, qPrintable(features.error.message));

        const auto catalog = await(api->featureCatalog());
        QCOMPARE(catalog.value.size(), 6);

        const auto missing = await(api->channels(QStringLiteral("99999999999999999")));
        QCOMPARE(missing.error.code, QStringLiteral("NOT_FOUND"));
    }

    void discord_setFeatureIsIdempotent()
    {
        DiscordGuildApi *api = discord(QStringLiteral("operator"));
        const auto guilds = await(api->guilds());
        const DiscordGuild guild = guilds.value.first();
        const auto channels = await(api->channels(guild.guildId));
        const auto text =
            std::find_if(channels.value.cbegin(), channels.value.cend(),
                         [](const auto &c) { return c.type == DiscordChannelType::Text; });
        QVERIFY(text != channels.value.cend());

        DiscordGuildFeatureInput input;
        input.guildId = guild.guildId;
        input.feature = QStringLiteral("clip_feed");
        input.enabled = true;
        input.channelId = text->id;
        const auto first = await(api->setFeature(input));
        QVERIFY2(!first.error, qPrintable(first.error.message));
        QCOMPARE(first.value.channelId, text->id);
        QVERIFY(first.value.enabled);
        const auto second = await(api->setFeature(input));
        QCOMPARE(second.value, first.value); // same updatedAt: nothing changed

        const auto features = await(api->features(guild.guildId));
        QVERIFY(features.value.contains(first.value));

        input.enabled = true;
        input.channelId.clear(); // enabled needs a channel
        const auto invalid = await(api->setFeature(input));
        QCOMPARE(invalid.error.code, QStringLiteral("BAD_USER_INPUT"));

        const auto readonly = await(discord(QStringLiteral("readonly"))->setFeature(input));
        QCOMPARE(readonly.error.code, QStringLiteral("FORBIDDEN"));
    }

    void discord_authorizeAndDisconnect()
    {
        const auto guilds = await(discord(QStringLiteral("admin"))->guilds());
        const DiscordGuild guild = guilds.value.last();

        const auto url = await(discord(QStringLiteral("operator"))->authorize(guild.accountId));
        QVERIFY2(!url.error, qPrintable(url.error.message));
        QCOMPARE(url.value.url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.value.url.host(), QStringLiteral("discord.com"));
        QVERIFY(url.value.expiresAt > QDateTime::currentMSecsSinceEpoch());

        // The operator lacks discord-guilds:delete.
        const auto forbidden =
            await(discord(QStringLiteral("operator"))->disconnectGuild(guild.guildId));
        QCOMPARE(forbidden.error.code, QStringLiteral("FORBIDDEN"));

        const auto removed =
            await(discord(QStringLiteral("admin"))->disconnectGuild(guild.guildId));
        QVERIFY2(!removed.error, qPrintable(removed.error.message));
        QVERIFY(removed.value);
        const auto after = await(discord(QStringLiteral("admin"))->guilds(guild.guildId));
        QVERIFY(after.value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServicesSandbox)
#include "TestServicesSandbox.moc"
