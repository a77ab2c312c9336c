#pragma once

#include <QString>
#include <QStringList>

// What the signed-in viewer may do, as the UI asks it. Built from the
// viewer's permission strings; system admins hold every permission.
class Permissions final
{
public:
    static inline const QString AdminAccess = QStringLiteral("admin:access");
    static inline const QString BotControlRead = QStringLiteral("bot-control:read");
    static inline const QString BotControlEdit = QStringLiteral("bot-control:edit");
    static inline const QString DiscordGuildsRead = QStringLiteral("discord-guilds:read");
    static inline const QString DiscordGuildsDelete = QStringLiteral("discord-guilds:delete");
    static inline const QString BotConnectionsRead = QStringLiteral("bot-connections:read");
    static inline const QString BotConnectionsCreate = QStringLiteral("bot-connections:create");

    Permissions() = default;
    Permissions(QStringList granted, bool systemAdmin)
        : m_granted(std::move(granted))
        , m_systemAdmin(systemAdmin)
    { }

    bool has(const QString &permission) const
    {
        return m_systemAdmin || m_granted.contains(permission);
    }
    bool canEnterApp() const { return has(AdminAccess); }
    // Read-only: may look at bots but not pause, resume or reconnect them.
    bool isReadOnly() const { return !has(BotControlEdit); }
    bool isSystemAdmin() const { return m_systemAdmin; }
    QStringList granted() const { return m_granted; }

    friend bool operator==(const Permissions &, const Permissions &) = default;

private:
    QStringList m_granted;
    bool m_systemAdmin = false;
};
