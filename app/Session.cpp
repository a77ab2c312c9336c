#include "Session.h"

#include "ProfileStore.h"
#include "api/BotControlApi.h"
#include "api/CredentialStore.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "lumio.app.session")

Session::Session(CredentialStore &store, ProfileStore &profiles, QNetworkAccessManager *network,
                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_network(network ? network : new QNetworkAccessManager(this))
{ }

Session::~Session()
{
    stopClients();
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
        // Use the stored one.
        const quint64 generation = ++m_generation;
        setState(State::SigningIn);
        readToken(
            profile.name, [this, profile, generation](const QString &stored, const QString &error) {
                if (generation != m_generation)
                    return;
                if (stored.isEmpty()) {
                    setState(m_resumeState);
                    Q_EMIT signInFailed(error.isEmpty()
                                            ? tr("No token is saved for the profile “%1”. Enter "
                                                 "your access token.")
                                                  .arg(profile.name)
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

void Session::checkToken(const ServerProfile &profile, const QString &token, TokenSource source)
{
    if (m_pending)
        m_pending->cancel();
    const quint64 generation = ++m_generation;
    setState(State::SigningIn);

    // A throwaway client: nothing of the current session changes until the
    // new token has proven itself.
    GraphQLClient::Config config;
    config.endpoint = profile.graphqlUrl;
    config.token = token;
    auto *client = new GraphQLClient(m_network, config, this);
    auto *api = new BotControlApi(client, client);
    ValueJob<Viewer> *job = api->viewer();
    m_pending = job;
    // The throwaway client goes with its job, whether it finished or was cancelled.
    connect(job, &QObject::destroyed, client, &QObject::deleteLater);
    connect(job, &ApiJob::finished, this,
            [this, job, client, profile, token, source, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                onViewerResult(error, job->hasValue() ? job->value() : Viewer(), profile, token,
                               source);
            });
}

void Session::onViewerResult(const ApiError &error, const Viewer &viewer,
                             const ServerProfile &profile, const QString &token, TokenSource source)
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
        && m_profile.graphqlUrl == profile.graphqlUrl && m_profile.wsUrl() == profile.wsUrl();
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
    // Deferred: never start a keychain job from inside another job's signal.
    if (source == TokenSource::TypedRemember) {
        QTimer::singleShot(0, this,
                           [this, name = profile.name, token] { writeToken(name, token); });
    } else if (source == TokenSource::TypedForget) {
        // "Remember" unticked: an older saved token of this profile must go too.
        QTimer::singleShot(0, this, [this, name = profile.name] { deleteToken(name); });
    }
    if (sameProfile) {
        // Re-sign-in after a refused token: the same clients go on (pages
        // keep their jobs and subscriptions); the live connection restarts.
        if (m_ws)
            m_ws->start();
    } else {
        startClients();
    }
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
    m_ws = new GraphQLWsClient(m_profile.wsUrl(), this);
    m_ws->setTokenProvider([this] { return m_token; });
    connect(m_ws, &GraphQLWsClient::stateChanged, this, [this](const ConnectionState &state) {
        Q_EMIT connectionStateChanged(state);
        if (state.kind() == ConnectionState::Kind::Unauthorized)
            handleApiError(state.error());
    });
    m_ws->start();
    Q_EMIT connectionStateChanged(m_ws->state());
}

void Session::stopClients()
{
    if (m_pending)
        m_pending->cancel();
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
    const QString name = m_profile.name;
    endSession();
    if (!name.isEmpty())
        QTimer::singleShot(0, this, [this, name] { deleteToken(name); });
}

void Session::endSession()
{
    ++m_generation;
    const bool had = m_state != State::SignedOut || m_http;
    stopClients();
    m_viewer = {};
    m_token.clear();
    m_profile = {};
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
    m_profiles.remove(name);
    QTimer::singleShot(0, this, [this, name] { deleteToken(name); });
}

void Session::verify()
{
    if (!m_http || m_state != State::SignedIn)
        return;
    auto *api = new BotControlApi(m_http, m_http);
    ValueJob<Viewer> *job = api->viewer();
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

void Session::checkStoredToken(const QString &profileName,
                               std::function<void(bool available)> callback)
{
    readToken(profileName, [callback = std::move(callback)](const QString &token, const QString &) {
        callback(!token.isEmpty());
    });
}

// --- credential store ------------------------------------------------------

void Session::readToken(const QString &profileName,
                        std::function<void(const QString &token, const QString &error)> done)
{
    m_store.readToken(profileName, this,
                      [done = std::move(done)](const CredentialStore::Result &result) {
                          done(result.token, result.error ? result.error.message : QString());
                      });
}

void Session::writeToken(const QString &profileName, const QString &token)
{
    m_store.writeToken(profileName, token, this, [this](const CredentialStore::Result &result) {
        if (result.error) {
            qCWarning(lcSession) << "the token could not be saved:" << result.error.message;
            Q_EMIT credentialStoreFailed(result.error.message);
        }
    });
}

void Session::deleteToken(const QString &profileName)
{
    m_store.deleteToken(profileName, this, [this](const CredentialStore::Result &result) {
        if (result.error) {
            qCWarning(lcSession) << "the token could not be deleted:" << result.error.message;
            Q_EMIT credentialStoreFailed(result.error.message);
        }
    });
}
