#include "Session.h"

#include "ProfileStore.h"
#include "api/BotControlApi.h"
#include "api/CredentialKey.h"
#include "api/CredentialStore.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcSession, "lumio.app.session")

Session::Session(CredentialStore &store, ProfileStore &profiles, QNetworkAccessManager *network,
                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_tokens(store, profiles)
{ }

Session::~Session()
{
    stopClients();
    // QObject deletes children in the order they were made, so the network
    // manager made in the constructor would go first, and a client deleted
    // after it would abort its requests into a dead manager (a SIGSEGV when
    // the window closes with a request in flight). Everything else goes
    // before it; a child's destructor may delete a sibling, hence QPointer.
    QList<QPointer<QObject>> users;
    for (QObject *child : children()) {
        if (child != m_network)
            users.append(child);
    }
    for (const QPointer<QObject> &child : std::as_const(users))
        delete child.data();
}

GraphQLClient *Session::http() const
{
    return m_http;
}

GraphQLWsClient *Session::ws() const
{
    return m_ws;
}

Permissions Session::permissions() const
{
    if (m_state != State::SignedIn && m_state != State::AuthenticationRequired)
        return {};
    return Permissions(m_viewer.permissions, m_viewer.isSystemAdmin);
}

ConnectionState Session::connectionState() const
{
    return m_ws ? m_ws->state() : ConnectionState();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool Session::isAuthenticationError(const ApiError &error)
{
    return error.code == QLatin1String("UNAUTHENTICATED") || error.httpStatus == 401;
}

QString Session::describe(const ApiError &error)
{
    if (isAuthenticationError(error))
        return tr("The server did not accept this token: it may be mistyped, expired or revoked. "
                  "Create a new token and sign in again.");
    switch (error.kind) {
    case ApiError::Kind::Tls:
        return tr("The server's identity could not be verified, so the connection was refused. "
                  "The app never bypasses certificate checks; ask the server's administrator.");
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Could not reach the server. Check the URL and your network, then try again.");
    default:
        break;
    }
    return error.message.isEmpty() ? tr("Signing in failed.") : error.message;
}

void Session::signIn(const ServerProfile &profile, const QString &token, bool remember)
{
    if (const QString why = ServerProfile::checkHttpUrl(profile.graphqlUrl); !why.isEmpty()) {
        Q_EMIT signInFailed(why, {});
        return;
    }
    if (!profile.wsUrl().isEmpty()) {
        if (const QString why = ServerProfile::checkWsUrl(profile.wsUrl()); !why.isEmpty()) {
            Q_EMIT signInFailed(why, {});
            return;
        }
    }
    if (m_state != State::SigningIn)
        m_resumeState = m_state;
    if (token.isEmpty()) {
        // Use the stored one: the token saved for this profile at this URL's
        // origin, never one saved for another server.
        const quint64 generation = ++m_generation;
        setState(State::SigningIn);
        readToken(
            profile, [this, profile, generation](const QString &stored, const QString &error) {
                if (generation != m_generation)
                    return;
                if (stored.isEmpty()) {
                    setState(m_resumeState);
                    Q_EMIT signInFailed(
                        error.isEmpty()
                            ? tr("No token is saved for the profile “%1” on %2. Enter your access "
                                 "token for this server.")
                                  .arg(profile.name, CredentialKey::originOf(profile.graphqlUrl))
                            : error,
                        {});
                    return;
                }
                checkToken(profile, stored, TokenSource::Store);
            });
        return;
    }
    checkToken(profile, token, remember ? TokenSource::TypedRemember : TokenSource::TypedForget);
}

void Session::signInWithStoredToken(const QString &profileName)
{
    const ServerProfile profile = m_profiles.profile(profileName);
    if (profile.name.isEmpty()) {
        Q_EMIT signInFailed(tr("There is no profile named “%1”.").arg(profileName), {});
        return;
    }
    signIn(profile, {}, false);
}

void Session::cancelAttempt()
{
    if (m_attempt) {
        // Its jobs go with it; their answers would be dropped anyway.
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
}

ServerCapabilities Session::capabilitiesFrom(const ApiError &error)
{
    if (ServerCapabilities::isRefusal(error))
        return ServerCapabilities::assumed(
            tr("The server does not say what it offers (it refused introspection: %1); this app "
               "assumes it offers what this version expects.")
                .arg(error.message));
    return ServerCapabilities::assumed(
        tr("What the server offers could not be read (%1); this app assumes what this version "
           "expects.")
            .arg(error.message));
}

void Session::checkToken(const ServerProfile &profile, const QString &token, TokenSource source)
{
    cancelAttempt();
    const quint64 generation = ++m_generation;
    setState(State::SigningIn);

    // A throwaway client: nothing of the current session changes until the
    // new token has proven itself. It asks two things at once: who the token
    // belongs to, and what the server offers (one small introspection query).
    GraphQLClient::Config config;
    config.endpoint = profile.graphqlUrl;
    config.token = token;
    auto *client = new GraphQLClient(m_network, config, this);
    m_attempt = client;
    auto *api = new BotControlApi(client, client);
    ValueJob<Viewer> *viewerJob = api->viewer();
    ValueJob<ServerCapabilities> *probe = ServerCapabilities::fetch(client, client);

    struct Attempt
    {
        bool viewerDone = false;
        ApiError viewerError;
        Viewer viewer;
        std::optional<ServerCapabilities> capabilities;
        bool finished = false;
    };
    auto attempt = std::make_shared<Attempt>();
    const QPointer<GraphQLClient> guard(client);
    auto finish = [this, attempt, guard, profile, token, source, generation] {
        if (attempt->finished || generation != m_generation)
            return;
        attempt->finished = true;
        if (guard) {
            guard->deleteLater();
            if (m_attempt == guard)
                m_attempt = nullptr;
        }
        const bool late = !attempt->capabilities;
        onViewerResult(attempt->viewerError, attempt->viewer, profile, token, source,
                       attempt->capabilities.value_or(ServerCapabilities::assumed(
                           tr("The server did not say in time what it offers; this app assumes "
                              "what this version expects for now."))));
        // Asked again on the session's own client; the answer applies then.
        if (late && m_state == State::SignedIn)
            refreshCapabilities();
    };
    connect(viewerJob, &ApiJob::finished, this,
            [this, viewerJob, attempt, finish, client, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                attempt->viewerDone = true;
                attempt->viewerError = error;
                attempt->viewer = viewerJob->hasValue() ? viewerJob->value() : Viewer();
                if (error || attempt->capabilities) {
                    finish();
                    return;
                }
                // The token is good; what the server offers is a courtesy
                // that must never hold the operator up for long.
                QTimer::singleShot(m_capabilitiesGraceMs, client, finish);
            });
    connect(probe, &ApiJob::finished, this,
            [probe, attempt, finish, generation, this](const ApiError &error) {
                if (generation != m_generation)
                    return;
                attempt->capabilities =
                    probe->hasValue() ? probe->value() : capabilitiesFrom(error);
                if (!probe->hasValue())
                    qCInfo(lcSession)
                        << "server capabilities assumed:" << int(error.kind) << error.code;
                if (attempt->viewerDone)
                    finish();
            });
}

void Session::onViewerResult(const ApiError &error, const Viewer &viewer,
                             const ServerProfile &profile, const QString &token, TokenSource source,
                             const ServerCapabilities &capabilities)
{
    if (error || viewer.id.isEmpty()) {
        setState(m_resumeState);
        const QString details = error.kind == ApiError::Kind::Tls ? error.message : QString();
        qCInfo(lcSession) << "sign-in to" << profile.name << "failed:" << int(error.kind)
                          << error.code;
        Q_EMIT signInFailed(describe(error), details);
        return;
    }
    if (!viewer.hasPermission(Permissions::AdminAccess)) {
        setState(m_resumeState);
        Q_EMIT signInFailed(
            tr("%1 is not allowed to use this console: the admin:access permission is missing. "
               "Ask an administrator to grant it, or sign in with another account.")
                .arg(viewer.displayName),
            {});
        return;
    }

    // The same profile only while it points at the same server: one edited
    // to another URL is a switch (its clients, data and staged edits go).
    const bool sameProfile = m_http && m_profile.name == profile.name
        && m_profile.graphqlUrl == profile.graphqlUrl && m_profile.wsUrl() == profile.wsUrl()
        && m_profile.wsTokenOrigin == profile.wsTokenOrigin;
    if (!sameProfile && m_http) {
        // Switching profiles: everything of the old one goes first.
        stopClients();
        m_viewer = {};
        m_token.clear();
        setState(State::SignedOut);
        Q_EMIT signedOut();
    }

    m_profiles.upsert(profile);
    if (m_rememberLast)
        m_profiles.setLastUsed(profile.name);
    m_profile = profile;
    m_viewer = viewer;
    m_token = token;
    const bool capabilitiesChangedNow = capabilities != m_capabilities;
    m_capabilities = capabilities;
    // Deferred: never start a keychain job from inside another job's signal.
    if (source == TokenSource::TypedRemember) {
        QTimer::singleShot(0, this, [this, profile, token] { writeToken(profile, token); });
    } else if (source == TokenSource::TypedForget) {
        // "Remember" unticked: an older saved token of this profile must go too.
        QTimer::singleShot(0, this, [this, profile] { deleteToken(profile); });
    }
    if (sameProfile) {
        // Re-sign-in after a refused token: the same clients go on (pages
        // keep their jobs and subscriptions); the live connection restarts.
        applyLiveUpdates();
        if (m_ws)
            m_ws->start();
    } else {
        startClients();
    }
    if (capabilitiesChangedNow)
        Q_EMIT capabilitiesChanged();
    qCInfo(lcSession) << "signed in to" << profile.name << "as" << viewer.id;
    setState(State::SignedIn);
    Q_EMIT signedIn();
}

void Session::startClients()
{
    stopClients();
    GraphQLClient::Config config;
    config.endpoint = m_profile.graphqlUrl;
    // Asked before every attempt: a re-sign-in on the same profile is picked up.
    config.tokenProvider = [this] {
        return m_token;
    };
    m_http = new GraphQLClient(m_network, config, this);
    applyLiveUpdates();
    Q_EMIT connectionStateChanged(connectionState());
}

bool Session::applyLiveUpdates()
{
    QString why;
    if (!m_capabilities.hasSubscriptions()) {
        why = tr("This server offers no live updates (it has no subscriptions: an older Lumio "
                 "API).");
    } else if (!m_profile.wsMayReceiveToken()) {
        why = tr("Live updates are off: the WebSocket URL is on another server (%1) than the "
                 "GraphQL URL, and you have not confirmed that it may receive your token. "
                 "Confirm it in the sign-in dialog to turn them on.")
                  .arg(CredentialKey::originOf(m_profile.wsUrlOverride));
    }
    m_noLiveReason = why;
    const bool want = why.isEmpty() && m_http;
    if (want == bool(m_ws))
        return false;
    if (!want) {
        m_ws->disconnect(this);
        m_ws->stop();
        m_ws->deleteLater();
        m_ws = nullptr;
        Q_EMIT connectionStateChanged(connectionState());
        return true;
    }
    m_ws = new GraphQLWsClient(m_profile.wsUrl(), this);
    // Only ever the profile's own origin, or one the operator confirmed.
    m_ws->setTokenProvider([this] { return m_profile.wsMayReceiveToken() ? m_token : QString(); });
    connect(m_ws, &GraphQLWsClient::stateChanged, this, [this](const ConnectionState &state) {
        Q_EMIT connectionStateChanged(state);
        if (state.kind() == ConnectionState::Kind::Unauthorized)
            handleApiError(state.error());
    });
    // After every reconnection (not the first connection: sign-in asked
    // already) the server may be another version: ask again.
    connect(m_ws, &GraphQLWsClient::acknowledged, this, [this] {
        if (m_ws && m_ws->acknowledgedCount() > 1)
            refreshCapabilities();
    });
    m_ws->start();
    return true;
}

void Session::refreshCapabilities()
{
    if (!m_http || m_state != State::SignedIn || m_probe)
        return;
    ValueJob<ServerCapabilities> *job = ServerCapabilities::fetch(m_http, this);
    m_probe = job;
    const quint64 generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, job, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (isAuthenticationError(error)) {
            handleApiError(error);
            return;
        }
        ServerCapabilities capabilities;
        if (job->hasValue()) {
            capabilities = job->value();
        } else if (ServerCapabilities::isRefusal(error) || m_capabilities.isAssumed()) {
            capabilities = capabilitiesFrom(error);
        } else {
            // Unreachable now: what was read before still holds.
            qCInfo(lcSession) << "server capabilities not read again:" << int(error.kind);
            return;
        }
        if (capabilities == m_capabilities)
            return;
        qCInfo(lcSession) << "the server's capabilities changed";
        m_capabilities = capabilities;
        const bool clientsChanged = applyLiveUpdates();
        Q_EMIT capabilitiesChanged();
        // The pages pick up the new clients as after a sign-in.
        if (clientsChanged)
            Q_EMIT signedIn();
    });
}

void Session::stopClients()
{
    cancelAttempt();
    if (m_probe)
        m_probe->cancel();
    // deleteLater: this may run inside one of the clients' own signals.
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->stop();
        m_ws->deleteLater();
        m_ws = nullptr;
    }
    if (m_http) {
        m_http->deleteLater();
        m_http = nullptr;
    }
}

void Session::signOut()
{
    const ServerProfile profile = m_profile;
    endSession();
    if (!profile.name.isEmpty())
        QTimer::singleShot(0, this, [this, profile] { deleteToken(profile); });
}

void Session::endSession()
{
    ++m_generation;
    const bool had = m_state != State::SignedOut || m_http;
    stopClients();
    m_viewer = {};
    m_token.clear();
    m_profile = {};
    m_capabilities = {};
    m_noLiveReason.clear();
    setState(State::SignedOut);
    if (had) {
        Q_EMIT connectionStateChanged(ConnectionState());
        Q_EMIT signedOut();
    }
}

void Session::deleteProfile(const QString &name)
{
    if (m_profile.name == name)
        endSession();
    // Every token the profile saved, for every origin it pointed at; the
    // bookkeeping of which goes with the profile right after.
    m_tokens.removeAll(name, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT credentialStoreFailed(error);
    });
    m_profiles.remove(name);
}

void Session::verify()
{
    if (!m_http || m_state != State::SignedIn)
        return;
    auto *api = new BotControlApi(m_http, m_http);
    ValueJob<Viewer> *job = api->viewer();
    refreshCapabilities();
    connect(job, &ApiJob::finished, this, [this, job, api](const ApiError &error) {
        api->deleteLater();
        if (error) {
            handleApiError(error);
            return;
        }
        if (job->hasValue() && job->value() != m_viewer) {
            // Permissions changed on the server: apply them at once.
            m_viewer = job->value();
            if (!m_viewer.hasPermission(Permissions::AdminAccess)) {
                ApiError withdrawn;
                withdrawn.kind = ApiError::Kind::GraphQL;
                withdrawn.code = QStringLiteral("FORBIDDEN");
                withdrawn.message = tr("admin:access was withdrawn.");
                handleApiError(withdrawn);
                return;
            }
            Q_EMIT signedIn();
        }
    });
}

void Session::handleApiError(const ApiError &error)
{
    const bool auth = isAuthenticationError(error)
        || (error.code == QLatin1String("FORBIDDEN")
            && !m_viewer.hasPermission(Permissions::AdminAccess));
    if (!auth || m_state != State::SignedIn)
        return;
    qCInfo(lcSession) << "the server refused the session's token:" << error.code;
    if (m_ws)
        m_ws->stop();
    setState(State::AuthenticationRequired);
    Q_EMIT authenticationRequired(
        tr("Your sign-in for “%1” is no longer accepted (the token expired or was revoked). "
           "Sign in again; what you were doing stays on screen.")
            .arg(m_profile.name));
}

void Session::retryConnection()
{
    if (m_ws && m_state == State::SignedIn)
        m_ws->retryNow();
}

void Session::checkStoredToken(const ServerProfile &profile,
                               std::function<void(bool available)> callback)
{
    readToken(profile, [callback = std::move(callback)](const QString &token, const QString &) {
        callback(!token.isEmpty());
    });
}

// --- credential store ------------------------------------------------------

void Session::readToken(const ServerProfile &profile,
                        std::function<void(const QString &token, const QString &error)> done)
{
    m_tokens.read(profile, this, std::move(done));
}

void Session::writeToken(const ServerProfile &profile, const QString &token)
{
    m_tokens.write(profile, token, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            qCWarning(lcSession) << "the token could not be saved:" << error;
            Q_EMIT credentialStoreFailed(error);
        }
    });
}

void Session::deleteToken(const ServerProfile &profile)
{
    m_tokens.remove(profile, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            qCWarning(lcSession) << "the token could not be deleted:" << error;
            Q_EMIT credentialStoreFailed(error);
        }
    });
}
