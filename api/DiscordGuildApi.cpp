#include "DiscordGuildApi.h"

#include "GraphQLClient.h"
#include "ServiceSupport.h"

using namespace ServiceSupport;

namespace {

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Guild lists are small (hundreds); fetch them in pages of the schema's max.
constexpr int kGuildPageSize = 5000;

} // namespace

DiscordGuildApi::DiscordGuildApi(GraphQLClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ValueJob<QList<DiscordGuild>> *DiscordGuildApi::guilds(const QString &search)
{
    auto *job = new ValueJob<QList<DiscordGuild>>(this);
    requestGuildPage(job, search, {}, {});
    return job;
}

void DiscordGuildApi::requestGuildPage(ValueJob<QList<DiscordGuild>> *job, const QString &search,
                                       const QString &after, QList<DiscordGuild> collected)
{
    QJsonObject variables {{QStringLiteral("first"), kGuildPageSize}};
    if (!search.isEmpty())
        variables.insert(QStringLiteral("search"), search);
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);
    if (!m_client) {
        job->finishLater(noClientError());
        return;
    }
    GraphQLReply *reply = m_client->execute(
        GraphQLRequest::fromOperation(QStringLiteral("AdminDiscordGuilds"), variables));
    job->track(reply);
    connect(reply, &GraphQLReply::finished, job,
            [this, job, reply, search, after, collected = std::move(collected)]() mutable {
                const QLatin1String field("adminDiscordGuilds");
                if (!reply->hasData()) {
                    job->finish(reply->error());
                    return;
                }
                DiscordGuildPage page;
                QString why;
                if (!Decoders::decode(reply->data().value(field), page, job->report(), &why)) {
                    job->finish(reply->error() ? reply->error() : decodeError(field, why));
                    return;
                }
                collected.append(page.nodes);
                if (page.pageInfo.hasNextPage && page.pageInfo.endCursor != after) {
                    requestGuildPage(job, search, page.pageInfo.endCursor, std::move(collected));
                    return;
                }
                job->setValue(std::move(collected));
                job->finish(reply->error());
            });
}

template<typename T>
ValueJob<QList<T>> *DiscordGuildApi::guildList(const QString &guildId, const QString &operation,
                                               QLatin1String field)
{
    auto *job = new ValueJob<QList<T>>(this);
    if (const ApiError invalid = checkSnowflake(guildId, "server")) {
        job->finishLater(invalid);
        return job;
    }
    run(job, m_client,
        GraphQLRequest::fromOperation(operation, {{QStringLiteral("guildId"), guildId}}), field,
        decodeListOf<T>);
    return job;
}

ValueJob<QList<DiscordChannel>> *DiscordGuildApi::channels(const QString &guildId)
{
    return guildList<DiscordChannel>(guildId, QStringLiteral("DiscordGuildChannels"),
                                     QLatin1String("discordGuildChannels"));
}

ValueJob<QList<DiscordRole>> *DiscordGuildApi::roles(const QString &guildId)
{
    return guildList<DiscordRole>(guildId, QStringLiteral("DiscordGuildRoles"),
                                  QLatin1String("discordGuildRoles"));
}

ValueJob<QList<DiscordGuildFeature>> *DiscordGuildApi::features(const QString &guildId)
{
    return guildList<DiscordGuildFeature>(guildId, QStringLiteral("DiscordGuildFeatures"),
                                          QLatin1String("discordGuildFeatures"));
}

ValueJob<QList<DiscordFeatureInfo>> *DiscordGuildApi::featureCatalog()
{
    auto *job = new ValueJob<QList<DiscordFeatureInfo>>(this);
    run(job, m_client, GraphQLRequest::fromOperation(QStringLiteral("DiscordFeatureCatalog")),
        QLatin1String("discordFeatureCatalog"), decodeListOf<DiscordFeatureInfo>);
    return job;
}

ValueJob<DiscordGuildFeature> *DiscordGuildApi::setFeature(const DiscordGuildFeatureInput &input)
{
    auto *job = new ValueJob<DiscordGuildFeature>(this);
    ApiError invalid = checkSnowflake(input.guildId, "server");
    if (!invalid && !input.channelId.isEmpty())
        invalid = checkSnowflake(input.channelId, "channel");
    if (!invalid && !input.mentionRoleId.isEmpty())
        invalid = checkSnowflake(input.mentionRoleId, "role");
    if (!invalid && input.feature.trimmed().isEmpty())
        invalid = invalidInput(tr("Choose a feature to configure."));
    if (invalid) {
        job->finishLater(invalid);
        return job;
    }
    const QJsonObject variables {
        {QStringLiteral("input"),
         QJsonObject {
             {QStringLiteral("guildId"), input.guildId},
             {QStringLiteral("feature"), input.feature},
             {QStringLiteral("enabled"), input.enabled},
             {QStringLiteral("channelId"), nullIfEmpty(input.channelId)},
             {QStringLiteral("mentionRoleId"), nullIfEmpty(input.mentionRoleId)},
         }}};
    GraphQLRequest request =
        GraphQLRequest::fromOperation(QStringLiteral("SetDiscordGuildFeature"), variables);
    request.idempotent = true; // the mapping becomes exactly the input
    run(job, m_client, request, QLatin1String("setDiscordGuildFeature"),
        decodeObject<DiscordGuildFeature>);
    return job;
}

ValueJob<bool> *DiscordGuildApi::disconnectGuild(const QString &guildId)
{
    auto *job = new ValueJob<bool>(this);
    if (const ApiError invalid = checkSnowflake(guildId, "server")) {
        job->finishLater(invalid);
        return job;
    }
    run(job, m_client,
        GraphQLRequest::fromOperation(QStringLiteral("DisconnectDiscordGuild"),
                                      {{QStringLiteral("guildId"), guildId}}),
        QLatin1String("disconnectDiscordGuild"), decodeBool);
    return job;
}

ValueJob<DiscordAuthorization> *DiscordGuildApi::authorize(const QString &accountId)
{
    auto *job = new ValueJob<DiscordAuthorization>(this);
    if (const ApiError invalid = checkAccountId(accountId)) {
        job->finishLater(invalid);
        return job;
    }
    run(job, m_client,
        GraphQLRequest::fromOperation(QStringLiteral("AuthorizeDiscordGuild"),
                                      {{QStringLiteral("accountId"), accountId}}),
        QLatin1String("authorizeDiscordGuild"), decodeObject<DiscordAuthorization>);
    return job;
}
