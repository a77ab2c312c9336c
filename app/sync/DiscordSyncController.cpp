#include "DiscordSyncController.h"

#include "api/DiscordGuildApi.h"
#include "api/DiscordGuildFeed.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "api/GuildIconFetcher.h"
#include "api/TransportSecurity.h"
#include "models/triage/TriageLog.h"

#include <QSet>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcDiscordSync, "lumio.sync.discord")

namespace {

ApiError notSignedIn()
{
    ApiError error;
    error.kind = ApiError::Kind::Policy;
    error.message = DiscordSyncController::tr("Not signed in.");
    return error;
}

// Runs done in context's thread unless context is gone.
template<typename Fn, typename... Args>
void deliver(const QPointer<QObject> &context, const Fn &done, Args &&...args)
{
    if (context && done)
        done(std::forward<Args>(args)...);
}

} // namespace

DiscordSyncController::DiscordSyncController(QObject *parent)
    : QObject(parent)
{
    // Queued: the model asks while a view paints, and must not be changed
    // from inside its own data().
    connect(
        &m_guilds, &DiscordGuildListModel::iconWanted, &m_icons,
        [this](const QString &url) { m_icons.request(url); }, Qt::QueuedConnection);
    connect(&m_icons, &GuildIconLoader::loaded, this,
            [this](const QString &url, const QImage &image) { m_guilds.setIcon(url, image); });
    connect(&m_icons, &GuildIconLoader::failed, this,
            [this](const QString &url) { m_guilds.setIconFailed(url); });
    connect(&m_icons, &GuildIconLoader::dropped, this,
            [this](const QString &url) { m_guilds.resetIcon(url); });
}

void DiscordSyncController::setIconCacheDirectory(const QString &directory)
{
    m_icons.fetcher()->setDiskCacheDirectory(directory);
}

void DiscordSyncController::setIconHosts(const QStringList &hosts)
{
    m_icons.fetcher()->setAllowedHosts(hosts);
    m_icons.forgetFailures(); // refused under the old list: ask again
}

DiscordSyncController::~DiscordSyncController()
{
    cancelDetailJobs();
    delete m_feed; // unsubscribes while the models it feeds still exist
    m_feed = nullptr;
}

bool DiscordSyncController::isAvailable() const
{
    return m_api != nullptr && m_http;
}

QString DiscordSyncController::guildListUnavailableReason() const
{
    if (m_capabilities.supports(QStringLiteral("AdminDiscordGuilds")))
        return {};
    return tr("This server does not offer the list of Discord servers: it has no "
              "adminDiscordGuilds query (an older Lumio API). Discord mappings cannot be shown "
              "or changed here until the server is updated.");
}

void DiscordSyncController::setCapabilities(const ServerCapabilities &capabilities)
{
    m_capabilities = capabilities;
}

void DiscordSyncController::setPollInterval(int intervalMs)
{
    m_pollIntervalMs = qMax(1, intervalMs);
    if (m_feed)
        m_feed->setPollInterval(m_pollIntervalMs);
}

void DiscordSyncController::setPollingPaused(bool paused)
{
    m_pollingPaused = paused;
    if (m_feed)
        m_feed->setPollingPaused(paused);
}

QList<DiscordFeatureInfo> DiscordSyncController::knownFeatures()
{
    // The platform's predefined feature keys (shared/seeds), for a server
    // that cannot list its catalog; a guild's other keys still show.
    return {{QStringLiteral("live_notification"), tr("Stream live alerts")},
            {QStringLiteral("event_feed"), tr("Follows, subs, donations")},
            {QStringLiteral("chat_mirror"), tr("Platform chat → Discord")},
            {QStringLiteral("announcement"), tr("Announcements")},
            {QStringLiteral("moderation_log"), tr("Ban/timeout logs")},
            {QStringLiteral("clip_feed"), tr("New clips")}};
}

void DiscordSyncController::setClients(GraphQLClient *http, GraphQLWsClient *ws)
{
    if (http == m_http && ws == m_ws)
        return;
    // New clients for the same server without a sign-out in between (a
    // re-sign-in that rebuilt them): the operator's open guild and staged
    // edits stay, and the refetch below merges the server's state under them
    // (conflicts shown, never overwritten). Any other change starts clean;
    // a profile switch always signs out (null clients) first.
    const bool sameServer = http && !m_endpoint.isEmpty()
        && TransportSecurity::isSameOrigin(http->config().endpoint, m_endpoint)
        && m_features.hasGuild() && m_features.guildId() == m_openGuildId;
    cancelDetailJobs();
    for (const QMetaObject::Connection &c : std::as_const(m_wsConnections))
        disconnect(c);
    m_wsConnections.clear();
    // The old clients' feed and api go, and every answer still on its way
    // with them (a reload asked of them never answers, as before).
    delete m_feed;
    m_feed = nullptr;
    delete m_api;
    m_api = nullptr;
    m_listWaiters.clear();
    m_listFailing = false;
    m_http = http;
    m_ws = ws;
    m_endpoint = http ? http->config().endpoint : QUrl();
    // The sandbox and local servers serve their icons on their own loopback
    // origin; a profile on any other host never makes the app fetch from
    // this computer (issue 14).
    const bool loopback =
        !m_endpoint.isEmpty() && TransportSecurity::isLoopbackHost(m_endpoint.host());
    if (loopback != m_icons.fetcher()->isLoopbackAllowed()) {
        m_icons.fetcher()->setLoopbackAllowed(loopback);
        m_icons.forgetFailures(); // decided under the other rule
    }
    ++m_generation;
    if (!sameServer) {
        m_openGuildId.clear();
        m_catalogLoaded = false;
        m_guildEvents.clear();
        m_guilds.clear();
        m_features.clear();
        // Icons are public: the cache stays, what is on its way for the old rows goes.
        m_icons.cancelPending();
    }
    if (!http) {
        m_capabilities = {}; // signed out: the next server says what it offers
        return;
    }
    m_api = new DiscordGuildApi(http, this);
    if (!guildListUnavailableReason().isEmpty()) {
        // An older server: nothing to list, nothing to poll; the page says why.
        m_guilds.clear();
        m_features.clear();
        m_openGuildId.clear();
        return;
    }
    if (!m_capabilities.supports(QStringLiteral("DiscordFeatureCatalog"))) {
        m_features.setFeatureCatalog(knownFeatures());
        m_catalogLoaded = true;
    }
    startFeed(ws);
    // Show the list without waiting for the socket; once it is live, the
    // feed's snapshot supersedes this answer.
    if (m_feed->snapshotCount() == 0)
        fetchGuilds(this, {});
    if (sameServer) {
        refetchOpenFeatures();
        refetchOpenChannelsAndRoles();
    }
}

void DiscordSyncController::startFeed(GraphQLWsClient *ws)
{
    m_feed = new DiscordGuildFeed(ws, DiscordGuildFeed::fetcherFor(m_api), this);
    m_feed->setPollInterval(m_pollIntervalMs);
    m_feed->setPollingPaused(m_pollingPaused);
    connect(m_feed, &DiscordGuildFeed::snapshotStarted, this, [this] { ++m_listGeneration; });
    connect(m_feed, &DiscordGuildFeed::snapshotLoaded, this,
            &DiscordSyncController::applyGuildList);
    connect(m_feed, &DiscordGuildFeed::snapshotFinished, this,
            &DiscordSyncController::onSnapshotFinished);
    connect(m_feed, &DiscordGuildFeed::events, this, &DiscordSyncController::onEvents);
    connect(m_feed, &DiscordGuildFeed::synced, this, &DiscordSyncController::onSynced);
    connect(m_feed, &DiscordGuildFeed::eventSkipped, this, [](const QString &why) {
        qCWarning(lcDiscordSync) << "ignoring a discordGuildChanged event:" << why;
    });
    connect(m_feed, &DiscordGuildFeed::subscriptionFailed, this,
            &DiscordSyncController::onSubscriptionFailed);
    // Without live updates (the server refused them) the feed polls; still
    // fetch again after every reconnection, as the feed would have.
    if (ws) {
        m_wsConnections.append(connect(ws, &GraphQLWsClient::subscriptionsSettled, this, [this] {
            if (m_feed && !m_feed->isRunning()) {
                fetchGuilds(this, {});
                refetchOpenFeatures();
            }
        }));
    }
    m_feed->start();
}

void DiscordSyncController::onEvents(const QList<DiscordGuildEvent> &events)
{
    bool openFeaturesChanged = false;
    bool openDetailsChanged = false;
    QStringList unknownKinds;
    for (const DiscordGuildEvent &event : events) {
        ++m_guildEvents[event.guildId];
        const bool isOpen = !m_openGuildId.isEmpty() && event.guildId == m_openGuildId;
        if (!isKnownDiscordGuildEventKind(event.kind)) {
            qCInfo(lcDiscordSync).noquote()
                << "event" << discordGuildEventKindToWire(event.kind) << "for guild"
                << event.guildId << "is of a kind this version does not know: fetching it again";
            if (!unknownKinds.contains(event.guildId))
                unknownKinds.append(event.guildId);
            // Whatever it changed may touch what the editor shows.
            openFeaturesChanged |= isOpen;
            openDetailsChanged |= isOpen;
            continue;
        }
        // The editor must not keep editing a guild that is gone.
        if (isOpen && event.kind == DiscordGuildEventKind::Disconnected)
            closeOpenGuild();
        m_guilds.applyEvent(event);
        if (!isOpen)
            continue;
        openFeaturesChanged |= event.kind == DiscordGuildEventKind::FeaturesChanged;
        openDetailsChanged |= event.kind == DiscordGuildEventKind::Updated;
    }
    // One refetch per batch, however many of its events named the open guild.
    if (openFeaturesChanged)
        refetchOpenFeatures();
    if (openDetailsChanged)
        refetchOpenChannelsAndRoles();
    for (const QString &guildId : std::as_const(unknownKinds))
        refetchGuild(guildId);
}

void DiscordSyncController::refetchGuild(const QString &guildId)
{
    if (!m_api)
        return;
    // There is no single-guild query: the list, searched by the ID, and
    // only the guild with exactly that ID taken from it.
    auto *job = m_api->guilds(guildId);
    const quint64 eventsBefore = m_guildEvents.value(guildId);
    connect(job, &ApiJob::finished, this, [this, job, guildId, eventsBefore](const ApiError &error) {
        if (error) {
            qCWarning(lcDiscordSync) << "could not fetch guild" << guildId
                                     << "again:" << error.message;
            return;
        }
        if (m_guildEvents.value(guildId) != eventsBefore)
            return; // a later event brought the whole guild already
        const QList<DiscordGuild> found = job->value();
        const auto it = std::find_if(found.cbegin(), found.cend(),
                                     [&guildId](const DiscordGuild &g) { return g.guildId == guildId; });
        if (it == found.cend()) {
            // Not found by its own ID: gone, or a search that does not match
            // IDs. The whole list settles it (and removes it if gone).
            fetchGuilds(this, {});
        } else {
            m_guilds.applyEvent({DiscordGuildEventKind::Updated, guildId, *it});
        }
        Q_EMIT guildRefetched(guildId);
    });
}

void DiscordSyncController::onSnapshotFinished(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return; // superseded: whoever waits is answered by the next snapshot
    if (!error) {
        m_listFailing = false;
        return; // whoever waits is answered once the buffered events are in too (onSynced)
    }
    const bool asked = !m_listWaiters.isEmpty();
    answerListWaiters(error);
    // The feed retries by itself: say so once, not after every attempt, and
    // not when a caller reports the error itself.
    if (!asked && !m_listFailing)
        notice(tr("Could not load the Discord servers: %1").arg(error.message));
    m_listFailing = true;
}

void DiscordSyncController::onSynced()
{
    answerListWaiters({});
    // The list is in step again: so must the open guild's mappings be.
    refetchOpenFeatures();
}

void DiscordSyncController::onSubscriptionFailed(const ApiError &error)
{
    notice(tr("Live updates of Discord servers stopped: %1").arg(error.message));
    // The feed's snapshot went with its subscription; it polls from now on,
    // and its next list answers whoever waited (and again after every
    // reconnection).
}

void DiscordSyncController::answerListWaiters(const ApiError &error)
{
    const QList<std::pair<QPointer<QObject>, Done>> waiters = std::exchange(m_listWaiters, {});
    for (const auto &[context, done] : waiters)
        deliver(context, done, error);
}

bool DiscordSyncController::fetchGuilds(QObject *context, Done done)
{
    if (!m_api) {
        deliver(QPointer<QObject>(context), done, notSignedIn());
        return false;
    }
    // While live updates flow, a plain fetch would race them (an event
    // applied before an older answer lands is lost): the feed buffers them.
    if (m_feed && m_feed->resync()) {
        if (done)
            m_listWaiters.append({QPointer<QObject>(context), std::move(done)});
        return true;
    }
    // No live updates now (no socket, it is down, or they were refused).
    auto *job = m_api->guilds();
    const quint64 listGeneration = m_listGeneration;
    connect(
        job, &ApiJob::finished, this,
        [this, job, listGeneration, ctx = QPointer<QObject>(context), done](const ApiError &error) {
            // A feed snapshot started since is newer than this answer.
            if (job->hasValue() && listGeneration == m_listGeneration)
                applyGuildList(job->value());
            if (error && !done)
                notice(tr("Could not load the Discord servers: %1").arg(error.message));
            deliver(ctx, done, error);
        });
    return false;
}

void DiscordSyncController::applyGuildList(const QList<DiscordGuild> &guilds)
{
    // Guilds gone while the live link was down never got their DISCONNECTED
    // event: remove them as it would have (guildRemoved), so an editor open
    // on one closes instead of staging edits for a guild that is gone.
    QSet<QString> incoming;
    for (const DiscordGuild &g : guilds)
        incoming.insert(g.guildId);
    if (!m_openGuildId.isEmpty() && !incoming.contains(m_openGuildId))
        closeOpenGuild();
    for (int r = m_guilds.rowCount() - 1; r >= 0; --r) {
        const QString id = m_guilds.guildAt(r).guildId;
        if (!incoming.contains(id))
            m_guilds.remove(id);
    }
    m_guilds.setGuilds(guilds);
    Q_EMIT guildsLoaded();
}

void DiscordSyncController::closeOpenGuild()
{
    cancelDetailJobs();
    ++m_generation;
    m_openGuildId.clear();
    m_features.clear();
}

void DiscordSyncController::refresh(QObject *context, Done done)
{
    // An explicit reload tries broken icons again.
    m_icons.forgetFailures();
    m_guilds.forgetIconFailures();
    // Through the feed, the open guild's mappings follow the list (synced).
    if (!fetchGuilds(context, std::move(done)))
        refetchOpenFeatures();
    refetchOpenChannelsAndRoles();
}

void DiscordSyncController::cancelDetailJobs()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_detailJobs)) {
        if (job)
            job->cancel();
    }
    m_detailJobs.clear();
}

void DiscordSyncController::openGuild(const QString &guildId, QObject *context, Done done)
{
    cancelDetailJobs();
    ++m_generation;
    m_openGuildId = guildId;
    m_features.clear();
    if (guildId.isEmpty()) {
        deliver(QPointer<QObject>(context), done, ApiError());
        return;
    }
    if (!m_api) {
        deliver(QPointer<QObject>(context), done, notSignedIn());
        return;
    }

    // Four independent queries (three without a catalog to fetch); the
    // editor fills once all have answered.
    struct Pending
    {
        int remaining = 0;
        ApiError error;
        QList<DiscordChannel> channels;
        QList<DiscordRole> roles;
        QList<DiscordGuildFeature> features;
    };
    auto state = std::make_shared<Pending>();
    const quint64 generation = m_generation;
    const QPointer<QObject> ctx(context);
    auto finishOne = [this, state, generation, guildId, ctx, done](const ApiError &error) {
        if (error && !state->error)
            state->error = error;
        if (--state->remaining > 0 || generation != m_generation)
            return;
        m_detailJobs.clear();
        if (!state->error)
            m_features.loadGuild(guildId, state->channels, state->roles, state->features);
        deliver(ctx, done, state->error);
    };

    if (!m_catalogLoaded) {
        ++state->remaining;
        auto *job = m_api->featureCatalog();
        m_detailJobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, finishOne](const ApiError &error) {
            if (job->hasValue()) {
                m_features.setFeatureCatalog(job->value());
                m_catalogLoaded = true;
            }
            finishOne(error);
        });
    }
    state->remaining += 3;
    auto *channels = m_api->channels(guildId);
    auto *roles = m_api->roles(guildId);
    auto *features = m_api->features(guildId);
    m_detailJobs << channels << roles << features;
    connect(channels, &ApiJob::finished, this, [channels, state, finishOne](const ApiError &e) {
        if (channels->hasValue())
            state->channels = channels->value();
        finishOne(e);
    });
    connect(roles, &ApiJob::finished, this, [roles, state, finishOne](const ApiError &e) {
        if (roles->hasValue())
            state->roles = roles->value();
        finishOne(e);
    });
    connect(features, &ApiJob::finished, this, [features, state, finishOne](const ApiError &e) {
        if (features->hasValue())
            state->features = features->value();
        finishOne(e);
    });
}

void DiscordSyncController::refetchOpenFeatures()
{
    if (!m_api || m_openGuildId.isEmpty() || !m_features.hasGuild())
        return;
    auto *job = m_api->features(m_openGuildId);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (job->hasValue())
            m_features.applyServerFeatures(job->value());
        else if (error)
            notice(tr("Could not reload the feature mappings: %1").arg(error.message));
    });
}

void DiscordSyncController::refetchOpenChannelsAndRoles()
{
    if (!m_api || m_openGuildId.isEmpty() || !m_features.hasGuild())
        return;
    const quint64 generation = m_generation;
    auto *channels = m_api->channels(m_openGuildId);
    connect(channels, &ApiJob::finished, this, [this, channels, generation](const ApiError &) {
        if (generation == m_generation && channels->hasValue())
            m_features.setChannels(channels->value());
    });
    auto *roles = m_api->roles(m_openGuildId);
    connect(roles, &ApiJob::finished, this, [this, roles, generation](const ApiError &) {
        if (generation == m_generation && roles->hasValue())
            m_features.setRoles(roles->value());
    });
}

void DiscordSyncController::saveStagedChanges(QObject *context, Done done)
{
    const QPointer<QObject> ctx(context);
    if (!m_api) {
        deliver(ctx, done, notSignedIn());
        return;
    }
    const QList<DiscordGuildFeatureInput> changes = m_features.stagedChanges();
    if (changes.isEmpty()) {
        deliver(ctx, done, ApiError());
        return;
    }
    const qint64 batchId = qint64(m_nextBatchId++);
    struct Pending
    {
        int remaining = 0;
        ApiError error;
    };
    auto state = std::make_shared<Pending>();
    state->remaining = int(changes.size());
    for (const DiscordGuildFeatureInput &input : changes) {
        const QString detail = input.enabled
            ? tr("%1 on, channel %2", "triage log: feature key, channel id")
                  .arg(input.feature,
                       input.channelId.isEmpty() ? tr("none", "no channel") : input.channelId)
            : tr("%1 off", "triage log: feature key").arg(input.feature);
        const qint64 logId =
            logPending(input.guildId, TriageAction::mappingSaved(), detail, batchId);
        auto *job = m_api->setFeature(input);
        connect(job, &ApiJob::finished, this,
                [this, job, state, ctx, done, logId, detail](const ApiError &error) {
                    if (m_log)
                        m_log->appendResult(logId, job->hasValue() ? ApiError() : error, detail);
                    if (job->hasValue())
                        m_features.markSaved(job->value());
                    else if (error && !state->error)
                        state->error = error;
                    if (--state->remaining == 0)
                        deliver(ctx, done, state->error);
                });
    }
}

void DiscordSyncController::disconnectGuild(const QString &guildId, QObject *context, Done done)
{
    const QPointer<QObject> ctx(context);
    if (!m_api) {
        deliver(ctx, done, notSignedIn());
        return;
    }
    m_guilds.setPending(guildId, true);
    const qint64 logId =
        logPending(guildId, TriageAction::guildDisconnected(), {}, qint64(m_nextBatchId++));
    auto *job = m_api->disconnectGuild(guildId);
    connect(
        job, &ApiJob::finished, this, [this, job, guildId, ctx, done, logId](const ApiError &e) {
            ApiError error = e;
            if (!error && !(job->hasValue() && job->value())) {
                error.kind = ApiError::Kind::GraphQL;
                error.message = tr("The server did not disconnect the server.");
            }
            if (m_log)
                m_log->appendResult(logId, error, error ? QString() : tr("Disconnected"));
            m_guilds.setPending(guildId, false);
            if (error) {
                m_guilds.setRowError(guildId, tr("Disconnecting failed: %1").arg(error.message));
            } else {
                if (guildId == m_openGuildId)
                    closeOpenGuild();
                m_guilds.remove(guildId);
            }
            deliver(ctx, done, error);
        });
}

void DiscordSyncController::authorizeGuild(const QString &accountId, QObject *context,
                                           AuthorizeDone done)
{
    const QPointer<QObject> ctx(context);
    if (!m_api) {
        deliver(ctx, done, DiscordAuthorization(), notSignedIn());
        return;
    }
    auto *job = m_api->authorize(accountId);
    connect(job, &ApiJob::finished, this, [job, ctx, done](const ApiError &error) {
        deliver(ctx, done, job->hasValue() ? job->value() : DiscordAuthorization(), error);
    });
}

void DiscordSyncController::setNoticeHandler(QObject *context, NoticeHandler handler)
{
    m_noticeContext = context;
    m_noticeHandler = std::move(handler);
}

void DiscordSyncController::setTriageLog(TriageLog *log)
{
    m_log = log;
}

qint64 DiscordSyncController::logPending(const QString &guildId, const QString &action,
                                         const QString &detail, qint64 batchId)
{
    if (!m_log)
        return 0;
    TriageEntry e;
    e.kind = QStringLiteral("discord");
    e.guildId = guildId;
    const int row = m_guilds.rowOf(guildId);
    if (row >= 0) {
        const DiscordGuild &guild = m_guilds.guildAt(row);
        e.accountId = guild.accountId;
        e.accountName = guild.accountName;
        // The guild's name makes the log readable without looking ids up.
        e.detail = guild.name;
    }
    e.action = action;
    e.origin = TriageOrigin::single();
    e.result = TriageEntry::Result::Pending;
    e.serverMessage = detail;
    e.batchId = batchId;
    return m_log->append(e);
}

void DiscordSyncController::notice(const QString &message)
{
    qCInfo(lcDiscordSync).noquote() << message;
    if (m_noticeContext && m_noticeHandler)
        m_noticeHandler(message);
}
