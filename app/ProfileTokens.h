#pragma once

#include "models/session/ServerProfile.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class CredentialStore;
class ProfileStore;

// A profile's token in the credential store, under the key of the profile
// AND the origin of its GraphQL URL (api/CredentialKey): changing a profile's
// URL to another origin finds no token there, so the app asks for one and
// the old token never reaches the new server.
//
// Tokens saved by versions that keyed them by profile name alone are read
// only while the profile still points at the origin it had when this version
// first read the settings (ProfileStore::legacyTokenOrigin), and are then
// moved to their new key; for any other origin they are never read.
//
// Every answer arrives later from the event loop and only while context
// exists, as with CredentialStore.
class ProfileTokens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTokens)

public:
    // token is empty when none is saved; error is the keychain's failure.
    using ReadDone = std::function<void(const QString &token, const QString &error)>;
    using Done = std::function<void(const QString &error)>;
    // profileName: whose token it is.
    using OriginReadDone =
        std::function<void(const QString &token, const QString &profileName, const QString &error)>;

    ProfileTokens(CredentialStore &store, ProfileStore &profiles, QObject *parent = nullptr);

    void read(const ServerProfile &profile, QObject *context, ReadDone done);
    void write(const ServerProfile &profile, const QString &token, QObject *context, Done done);
    // The token of the profile's current origin (and its name-only
    // predecessor when that belongs to the same origin).
    void remove(const ServerProfile &profile, QObject *context, Done done);
    // Every token the profile ever saved, whatever origin (deleting a profile).
    void removeAll(const QString &profileName, QObject *context, Done done);
    // The token some saved profile keeps for url's origin (--check-server):
    // the first profile on that origin with one.
    void readForOrigin(const QUrl &url, QObject *context, const OriginReadDone &done);

private:
    void readLegacy(const ServerProfile &profile, const QString &origin,
                    const QPointer<QObject> &context, const ReadDone &done);
    void readCandidate(const QList<ServerProfile> &candidates, qsizetype index,
                       const QPointer<QObject> &context, const OriginReadDone &done);

    CredentialStore &m_store;
    ProfileStore &m_profiles;
};
