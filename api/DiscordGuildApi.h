#pragma once

#include "DiscordTypes.h"
#include "ValueJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class GraphQLClient;

// The Discord guild part of the API as typed calls. Same conventions as
// BotControlApi: jobs are children of the service and self-deleting; guild,
// channel and role IDs are checked to be snowflakes and account IDs UUIDs
// before anything is sent.
class DiscordGuildApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordGuildApi)

public:
    explicit DiscordGuildApi(GraphQLClient *client, QObject *parent = nullptr);

    // Every guild-to-account mapping matching search (all pages).
    ValueJob<QList<DiscordGuild>> *guilds(const QString &search = {});
    ValueJob<QList<DiscordChannel>> *channels(const QString &guildId);
    ValueJob<QList<DiscordRole>> *roles(const QString &guildId);
    ValueJob<QList<DiscordGuildFeature>> *features(const QString &guildId);
    // The feature keys the platform knows (live_notification, ...).
    ValueJob<QList<DiscordFeatureInfo>> *featureCatalog();
    // Makes one feature mapping exactly input. Idempotent, so retried on
    // transient failures. The value is the mapping as stored.
    ValueJob<DiscordGuildFeature> *setFeature(const DiscordGuildFeatureInput &input);
    // Removes the guild's mapping. (Not named disconnect(): that would hide
    // QObject::disconnect.) Not retried automatically.
    ValueJob<bool> *disconnectGuild(const QString &guildId);
    // The Discord OAuth URL that adds the bot to a server for accountId.
    ValueJob<DiscordAuthorization> *authorize(const QString &accountId);

private:
    template<typename T>
    ValueJob<QList<T>> *guildList(const QString &guildId, const QString &operation,
                                  QLatin1String field);
    void requestGuildPage(ValueJob<QList<DiscordGuild>> *job, const QString &search,
                          const QString &after, QList<DiscordGuild> collected);

    QPointer<GraphQLClient> m_client;
};
