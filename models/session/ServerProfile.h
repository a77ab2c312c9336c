#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A server the console can sign in to: a name ("Production", "Staging"), the
// GraphQL URL and an optional WebSocket URL override. The token is not part
// of a profile: it lives only in the credential store, keyed by the name and
// the GraphQL URL's origin (api/CredentialKey), so it never follows the
// profile to another server.
struct ServerProfile
{
    QString name = {};
    QUrl graphqlUrl = {};
    QUrl wsUrlOverride = {}; // empty: derived from graphqlUrl
    // Production: a coloured band on the window and in the status bar, and
    // every bulk action needs the number of bots typed to confirm.
    bool critical = false;
    // The origin of a WebSocket override on another origin than the GraphQL
    // URL that the operator confirmed may receive the token (in
    // connection_init); empty: none confirmed. Only a confirmation of the
    // override's current origin counts.
    QString wsTokenOrigin = {};

    bool isValid() const { return !name.trimmed().isEmpty() && graphqlUrl.isValid(); }

    // The subscription URL: the override, or the GraphQL URL with https ->
    // wss, http -> ws and the same host, port and path.
    QUrl wsUrl() const;
    static QUrl deriveWsUrl(const QUrl &graphqlUrl);

    // Empty when url may be used; otherwise a translated explanation of why
    // not (insecure http to another machine, not a URL, wrong scheme). The api
    // refuses the same URLs; checking here lets the dialog explain first.
    static QString checkHttpUrl(const QUrl &url);
    static QString checkWsUrl(const QUrl &url);

    // Whether the WebSocket URL is on another origin than the GraphQL URL
    // (its token must then be confirmed for it).
    bool wsOnOtherOrigin() const;
    // Whether the live connection may carry the token: same origin, or the
    // override's origin confirmed.
    bool wsMayReceiveToken() const;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

Q_DECLARE_METATYPE(ServerProfile)
