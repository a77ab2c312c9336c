#pragma once

#include "ProfileTokens.h"
#include "api/ApiError.h"
#include "api/ConnectionState.h"
#include "api/ServerCapabilities.h"
#include "api/Viewer.h"
#include "models/session/Permissions.h"
#include "models/session/ServerProfile.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>

class CredentialStore;
class GraphQLClient;
class ApiJob;
class GraphQLWsClient;
class ProfileStore;
class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcSession)

// Who is signed in to which server. Owns the profile's HTTP and WebSocket
// clients while signed in (pages and sync controllers use them), keeps the
// token only in memory and in the injected credential store (one entry per
// profile and origin: ProfileTokens), and turns every authentication failure
// (UNAUTHENTICATED, WS close 4401/4403) into authenticationRequired() so the
// shell can ask again without losing the operator's pending work.
//
// What the server offers (ServerCapabilities) is read at sign-in, alongside
// the token check, and again after every reconnection: a server without
// subscriptions gets no WebSocket client at all (ws() is null, the pages
// poll), and neither does a WebSocket override on another origin that the
// operator has not confirmed may receive the token.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State : quint8 { SignedOut, SigningIn, SignedIn, AuthenticationRequired };
    Q_ENUM(State)

    // store and profiles must outlive the session. network may be null (a
    // private one is made).
    Session(CredentialStore &store, ProfileStore &profiles,
            QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    ServerProfile profile() const { return m_profile; }
    Viewer viewer() const { return m_viewer; }
    Permissions permissions() const;
    ProfileStore &profiles() const { return m_profiles; }
    CredentialStore &credentialStore() const { return m_store; }

    // Whether a successful sign-in becomes the profile of the next start (default true).
    void setRememberLastProfile(bool remember) { m_rememberLast = remember; }

    // Valid while signed in (and while re-authentication is pending, so
    // pending work can be shown); null when signed out. ws() is also null
    // while live updates are unavailable (liveUpdatesUnavailableReason()).
    GraphQLClient *http() const;
    GraphQLWsClient *ws() const;
    ConnectionState connectionState() const;

    // What the server offers, as read at sign-in (or assumed: see
    // ServerCapabilities::isAssumed()).
    ServerCapabilities capabilities() const { return m_capabilities; }
    // Why there is no WebSocket client while signed in; empty when there is.
    QString liveUpdatesUnavailableReason() const { return m_noLiveReason; }
    // Asks the server again what it offers (after a reconnection, F5).
    void refreshCapabilities();
    // How long sign-in waits for the capabilities after the token was
    // accepted before it goes on with the contract assumed (default 3 s).
    void setCapabilitiesGraceMs(int ms) { m_capabilitiesGraceMs = ms; }

    // Checks token on profile's server (viewer query) and, when it may enter
    // the app, becomes SignedIn. An empty token means the one in the
    // credential store. remember: save the token in the credential store.
    void signIn(const ServerProfile &profile, const QString &token, bool remember);
    // Looks for a stored token of profileName and signs in with it; emits
    // signInFailed() (with a reason) when there is none or it is refused.
    void signInWithStoredToken(const QString &profileName);
    // Ends the session and deletes the profile's token from the store.
    void signOut();
    // Ends the session, keeping the stored token (switching profiles, quit).
    void endSession();
    // Deletes a profile and its token.
    void deleteProfile(const QString &name);

    // Re-checks the token now (F5, or after waking up).
    void verify();
    // Any api failure goes through here: UNAUTHENTICATED asks for sign-in again.
    void handleApiError(const ApiError &error);
    // Skips the WebSocket backoff wait.
    void retryConnection();

    // Whether a token for profile (at its URL's origin) is in the store
    // (asynchronous answer).
    void checkStoredToken(const ServerProfile &profile,
                          std::function<void(bool available)> callback);
    ProfileTokens &tokens() { return m_tokens; }

    // Message to show for an error of sign-in, and details (certificate...).
    static QString describe(const ApiError &error);

Q_SIGNALS:
    void stateChanged(Session::State state);
    void signedIn();
    // Everything of the old profile must go (sign out or profile switch).
    void signedOut();
    void signInFailed(const QString &message, const QString &details);
    // The server no longer accepts the token; keep data, ask again.
    void authenticationRequired(const QString &reason);
    void connectionStateChanged(const ConnectionState &state);
    // The keychain could not save or delete a token (the session goes on).
    void credentialStoreFailed(const QString &message);
    // capabilities() changed (a reconnection found another server version).
    void capabilitiesChanged();

private:
    void setState(State state);
    void startClients();
    void stopClients();
    enum class TokenSource : quint8 { Store, TypedRemember, TypedForget };
    void checkToken(const ServerProfile &profile, const QString &token, TokenSource source);
    void cancelAttempt();
    void onViewerResult(const ApiError &error, const Viewer &viewer, const ServerProfile &profile,
                        const QString &token, TokenSource source,
                        const ServerCapabilities &capabilities);
    // Creates or drops the WebSocket client as the capabilities and the
    // profile allow; true when that changed ws().
    bool applyLiveUpdates();
    static ServerCapabilities capabilitiesFrom(const ApiError &error);

    // The credential store, behind three calls (answers come asynchronously;
    // an empty token means none is stored).
    void readToken(const ServerProfile &profile,
                   std::function<void(const QString &token, const QString &error)> done);
    void writeToken(const ServerProfile &profile, const QString &token);
    void deleteToken(const ServerProfile &profile);
    static bool isAuthenticationError(const ApiError &error);

    CredentialStore &m_store;
    ProfileStore &m_profiles;
    QNetworkAccessManager *m_network = nullptr;
    State m_state = State::SignedOut;
    bool m_rememberLast = true;
    State m_resumeState = State::SignedOut; // where a failed sign-in returns to
    ServerProfile m_profile;
    Viewer m_viewer;
    QString m_token; // memory only, for this session's clients
    QPointer<GraphQLClient> m_http;
    QPointer<GraphQLWsClient> m_ws;
    QPointer<GraphQLClient> m_attempt; // the sign-in attempt's throwaway client
    QPointer<ApiJob> m_probe; // a capabilities query of the session
    quint64 m_generation = 0; // drops answers that belong to an older attempt
    ProfileTokens m_tokens;
    ServerCapabilities m_capabilities;
    QString m_noLiveReason;
    int m_capabilitiesGraceMs = 3000;
};
