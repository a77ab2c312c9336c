#pragma once

#include <QString>
#include <QUrl>

// Where a token is kept: one keychain entry per server profile AND origin
// (scheme, host and port of the profile's GraphQL URL), so a token saved for
// one server is never read for another. Changing a profile's URL to another
// origin therefore finds no token and asks for one: the old token never
// reaches the new server.
//
// Entries of versions before this (keyed by the profile name alone) are read
// only for the origin the profile had when this version first loaded it (see
// ProfileStore and ServerProfile::legacyTokenOrigin), then moved to the new
// key.
namespace CredentialKey {

// "https://api.lumio.example:443": scheme and host lower case, the port
// always written out. Empty for a URL without scheme or host.
QString originOf(const QUrl &url);

// The origin a WebSocket URL is reached on, in HTTP terms (wss -> https,
// ws -> http), so a derived WebSocket URL has its GraphQL URL's origin.
QString httpOriginOf(const QUrl &url);

// The credential store's id for profileName's token at graphqlUrl's origin:
// "<origin>|<profile name>".
QString forProfile(const QString &profileName, const QUrl &graphqlUrl);
// The same for an origin as originOf() writes it.
QString forOrigin(const QString &profileName, const QString &origin);

// The id of the same profile's token before tokens were keyed by origin.
inline QString legacy(const QString &profileName)
{
    return profileName;
}

} // namespace CredentialKey
