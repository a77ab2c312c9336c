#pragma once

#include "api/DiscordTypes.h"
#include "api/Rfc3339.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Guilds as the server sends them, for tests that play the server in process
// (the feed and the Discord controller).
namespace DiscordGuildWire {

inline QString snowflake(int n)
{
    return QStringLiteral("1000000000000%1").arg(n, 5, 10, QLatin1Char('0'));
}

inline DiscordGuild guild(int n, const QString &name)
{
    DiscordGuild g;
    g.guildId = snowflake(n);
    g.name = name;
    g.accountId = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    g.accountName = QStringLiteral("account%1").arg(n);
    g.connectedAt = 1700000000000LL + n * 1000;
    return g;
}

inline QJsonObject guildJson(const DiscordGuild &g)
{
    return {{QStringLiteral("guildId"), g.guildId},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("iconUrl"), QJsonValue()},
            {QStringLiteral("accountId"), g.accountId},
            {QStringLiteral("accountName"), g.accountName},
            {QStringLiteral("connectedAt"), Rfc3339::format(g.connectedAt)},
            {QStringLiteral("available"), g.available},
            {QStringLiteral("mappedFeatureCount"), g.mappedFeatureCount}};
}

// A discordGuildChanged event's data: the guild as it is now, or null for
// DISCONNECTED.
inline QJsonObject eventData(const QString &kind, const DiscordGuild &g)
{
    QJsonObject e {{QStringLiteral("kind"), kind}, {QStringLiteral("guildId"), g.guildId}};
    e.insert(QStringLiteral("guild"),
             kind == QLatin1String("DISCONNECTED") ? QJsonValue() : QJsonValue(guildJson(g)));
    return {{QStringLiteral("discordGuildChanged"), e}};
}

} // namespace DiscordGuildWire
