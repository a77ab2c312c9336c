#pragma once

#include "models/session/ServerProfile.h"

#include <QHash>
#include <QList>
#include <QObject>

class QSettings;

// Server profiles in QSettings (name, GraphQL URL, WebSocket override and
// the origin confirmed to receive the token over it, whether the profile is
// critical) and which one was used last. Never a token: those live in the credential store, one per profile
// and origin (api/CredentialKey). What is kept here about them is
// bookkeeping: which origins of a profile have one (so deleting the profile
// deletes them all), and, for settings written before tokens were keyed by
// origin, the origin the profile's old name-only token belongs to: the
// profile's URL when this version first read the file. That old token is
// used only while the profile still points there (then moved to its new key),
// never for another origin.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings &settings, QObject *parent = nullptr);

    QList<ServerProfile> profiles() const { return m_profiles; }
    bool contains(const QString &name) const;
    ServerProfile profile(const QString &name) const;
    // Finds a profile by its GraphQL URL; empty name when there is none.
    ServerProfile profileForUrl(const QUrl &url) const;

    // Adds or replaces (by name) and saves.
    void upsert(const ServerProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // Origins for which a token of profile name was saved.
    QStringList tokenOrigins(const QString &name) const;
    void setTokenSaved(const QString &name, const QString &origin, bool saved);
    // The origin of the profile's token from before tokens were keyed by
    // origin; empty when there is none (any more).
    QString legacyTokenOrigin(const QString &name) const;
    void forgetLegacyToken(const QString &name);

    // The settings layout this class writes (2: tokens keyed by origin).
    static constexpr int kVersion = 2;

Q_SIGNALS:
    void profilesChanged();

private:
    void load();
    void save();

    struct TokenBook
    {
        QStringList origins; // with a saved token
        QString legacyOrigin; // of the name-only token of an older version
    };

    QSettings &m_settings;
    QList<ServerProfile> m_profiles;
    QHash<QString, TokenBook> m_books; // by profile name
};
