#pragma once

#include "GuildIconLoader.h"
#include "api/ServerCapabilities.h"
#include "models/commands/DiscordCommands.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <utility>

class ApiJob;
class DiscordGuildApi;
class DiscordGuildFeed;
class GraphQLClient;
class GraphQLWsClient;
class TriageLog;

Q_DECLARE_LOGGING_CATEGORY(lcDiscordSync)

// Keeps the Discord models in step with the server and carries the page's
// commands to it. Qt Core only: it owns the two models and, on the session's
// clients, a DiscordGuildApi and a DiscordGuildFeed. The feed resynchronises
// after every (re)connection the same way the bots do (BotStatusFeed):
// discordGuildChanged events are buffered while the guild list is fetched,
// then replayed over it, so no change is lost or applied out of order; the
// open guild's mappings are fetched again once the list is in step. Guild
// icons the list paints are loaded by a GuildIconLoader (its own network
// path, never the API's token) and handed to the guild model. An event of a
// kind this version does not know (a newer server's) fetches its guild again
// instead of being ignored.
class DiscordSyncController final : public QObject, public DiscordCommands
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordSyncController)

public:
    explicit DiscordSyncController(QObject *parent = nullptr);
    ~DiscordSyncController() override;

    // The signed-in session's clients (both may be null: signed out, which
    // clears every model). The ws client is started by its owner; without
    // one (a server without live updates) the guild list is polled.
    void setClients(GraphQLClient *http, GraphQLWsClient *ws);

    // What the server offers (set before setClients()): without
    // adminDiscordGuilds there is no list to show (guildListUnavailableReason
    // says why); without discordFeatureCatalog the editor offers the guild's
    // own features and the keys this version knows.
    void setCapabilities(const ServerCapabilities &capabilities);
    // Polling without live updates, as the bot table does (default 5 s).
    void setPollInterval(int intervalMs);
    void setPollingPaused(bool paused);
    // The feature keys this version knows, for a server without a catalog.
    static QList<DiscordFeatureInfo> knownFeatures();

    // Saved mappings and disconnected guilds are written to log (when set):
    // a "pending" entry before the request, its result before the page's
    // callback runs. The log must outlive the controller or be detached.
    void setTriageLog(TriageLog *log);

    // Loads the icons the guild list paints. Tests tune its limits or swap
    // its network manager through iconLoader()->fetcher().
    GuildIconLoader *iconLoader() { return &m_icons; }
    // A disk cache for icons (HTTP caching rules), e.g. under CacheLocation.
    void setIconCacheDirectory(const QString &directory);
    // The https hosts icons may come from (AppSettings::guildIconHosts()).
    // Loopback icons are allowed only while the clients' own GraphQL URL is
    // loopback (setClients()): a production profile never fetches from this
    // computer.
    void setIconHosts(const QStringList &hosts);

    DiscordGuildListModel *guildModel() override { return &m_guilds; }
    FeatureMappingModel *featureModel() override { return &m_features; }
    bool isAvailable() const override;
    QString guildListUnavailableReason() const override;
    void refresh(QObject *context, Done done) override;
    void openGuild(const QString &guildId, QObject *context, Done done) override;
    QString openGuildId() const override { return m_openGuildId; }
    void saveStagedChanges(QObject *context, Done done) override;
    void disconnectGuild(const QString &guildId, QObject *context, Done done) override;
    void authorizeGuild(const QString &accountId, QObject *context, AuthorizeDone done) override;
    void setNoticeHandler(QObject *context, NoticeHandler handler) override;

Q_SIGNALS:
    // A guild list snapshot was merged into the model.
    void guildsLoaded();
    // A guild was fetched again after an event of a kind this version does
    // not know (tests and logs).
    void guildRefetched(const QString &guildId);

private:
    void startFeed(GraphQLWsClient *ws);
    void onEvents(const QList<DiscordGuildEvent> &events);
    void onSnapshotFinished(const ApiError &error);
    void onSynced();
    void onSubscriptionFailed(const ApiError &error);
    void answerListWaiters(const ApiError &error);
    // Reloads the guild list: through the feed while live updates flow,
    // else over HTTP alone. Returns true when the feed does it.
    bool fetchGuilds(QObject *context, Done done);
    void applyGuildList(const QList<DiscordGuild> &guilds);
    void closeOpenGuild();
    void refetchOpenFeatures();
    void refetchOpenChannelsAndRoles();
    // An event of a kind this version does not know (a newer server's, e.g.
    // RENAMED) says the guild changed, not how: fetch that guild again.
    void refetchGuild(const QString &guildId);
    void cancelDetailJobs();
    void notice(const QString &message);
    qint64 logPending(const QString &guildId, const QString &action, const QString &detail,
                      qint64 batchId);

    DiscordGuildListModel m_guilds;
    FeatureMappingModel m_features;
    GuildIconLoader m_icons;
    QPointer<GraphQLClient> m_http;
    QPointer<GraphQLWsClient> m_ws;
    QUrl m_endpoint; // the signed-in server's, empty when signed out
    DiscordGuildApi *m_api = nullptr; // owned, made by setClients()
    DiscordGuildFeed *m_feed = nullptr; // owned, made by setClients() when there is a ws client
    QList<QMetaObject::Connection> m_wsConnections;
    // refresh() callers waiting for the feed's next snapshot to end.
    QList<std::pair<QPointer<QObject>, Done>> m_listWaiters;
    // A plain list fetch older than the feed's last snapshot is dropped.
    quint64 m_listGeneration = 0;
    bool m_listFailing = false; // one notice per run of failed list snapshots
    // Events seen per guild: a single guild's refetch that an event overtook
    // is older than what the event brought, and is dropped.
    QHash<QString, quint64> m_guildEvents;
    QList<QPointer<ApiJob>> m_detailJobs;
    QString m_openGuildId;
    quint64 m_generation = 0; // answers for an older open guild are dropped
    bool m_catalogLoaded = false;
    ServerCapabilities m_capabilities;
    int m_pollIntervalMs = 5000;
    bool m_pollingPaused = false;
    QPointer<QObject> m_noticeContext;
    NoticeHandler m_noticeHandler;
    QPointer<TriageLog> m_log;
    qint64 m_nextBatchId = 1;
};
