#pragma once

#include "models/session/ServerProfile.h"

#include <QList>
#include <QObject>

class QSettings;

// Server profiles in QSettings (name, GraphQL URL, WebSocket override, whether
// it is critical) and which one was used last. Never a token: those live in the credential store.
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

Q_SIGNALS:
    void profilesChanged();

private:
    void load();
    void save();

    QSettings &m_settings;
    QList<ServerProfile> m_profiles;
};
