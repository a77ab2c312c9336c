#pragma once

#include "api/DiscordTypes.h"

#include <QList>
#include <QString>

// Small, readable fixtures for the Discord model tests. IDs are valid
// snowflakes (18 digits) built from a short number so tests stay legible.
namespace DiscordTestData {

inline QString snowflake(int n)
{
    return QStringLiteral("1000000000000%1").arg(n, 5, 10, QLatin1Char('0'));
}

inline QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline DiscordGuild guild(int n, const QString &name, int account = 1,
                          const QString &accountName = {})
{
    DiscordGuild g;
    g.guildId = snowflake(n);
    g.name = name;
    g.accountId = uuid(account);
    g.accountName = accountName.isEmpty() ? QStringLiteral("account%1").arg(account) : accountName;
    g.connectedAt = 1700000000000LL + n * 1000;
    g.mappedFeatureCount = n % 4;
    return g;
}

inline QList<DiscordFeatureInfo> catalog()
{
    return {{QStringLiteral("live_notification"), QStringLiteral("Stream live alerts")},
            {QStringLiteral("event_feed"), QStringLiteral("Follows, subs, donations")},
            {QStringLiteral("chat_mirror"), QStringLiteral("Platform chat → Discord")},
            {QStringLiteral("announcement"), QStringLiteral("Announcements")},
            {QStringLiteral("moderation_log"), QStringLiteral("Ban/timeout logs")},
            {QStringLiteral("clip_feed"), QStringLiteral("New clips")}};
}

inline DiscordChannel channel(int n, const QString &name, DiscordChannelType type, int position,
                              const QString &parentId = {}, bool botCanPost = true)
{
    return {snowflake(n), name, type, parentId, position, botCanPost};
}

// Guild 1's channels: two categories (in reverse ID order), text, announcement,
// voice, one channel the bot cannot post to, one uncategorised.
inline QList<DiscordChannel> channels()
{
    using T = DiscordChannelType;
    return {channel(200, QStringLiteral("COMMUNITY"), T::Category, 1),
            channel(201, QStringLiteral("INFO"), T::Category, 0),
            channel(210, QStringLiteral("general"), T::Text, 1, snowflake(200)),
            channel(211, QStringLiteral("clips"), T::Text, 0, snowflake(200)),
            channel(212, QStringLiteral("voice-chat"), T::Voice, 2, snowflake(200)),
            channel(213, QStringLiteral("news"), T::Announcement, 0, snowflake(201)),
            channel(214, QStringLiteral("mod-only"), T::Text, 1, snowflake(201), false),
            channel(215, QStringLiteral("welcome"), T::Text, 0)};
}

inline QList<DiscordRole> roles()
{
    return {{snowflake(1), QStringLiteral("@everyone"), 0, 0, true},
            {snowflake(300), QStringLiteral("Moderators"), 0x3498db, 3, true},
            {snowflake(301), QStringLiteral("Live Ping"), 0xe91e63, 2, false}};
}

inline DiscordGuildFeature feature(const QString &key, bool enabled, int channelN, int roleN = 0,
                                   qint64 updatedAt = 1700000000000LL)
{
    return {snowflake(1),
            key,
            enabled,
            channelN ? snowflake(channelN) : QString(),
            roleN ? snowflake(roleN) : QString(),
            updatedAt};
}

inline QList<DiscordGuildFeature> features()
{
    return {feature(QStringLiteral("live_notification"), true, 210, 300),
            feature(QStringLiteral("event_feed"), false, 211),
            feature(QStringLiteral("stream_schedule"), true, 213)};
}

} // namespace DiscordTestData
