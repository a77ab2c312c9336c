#pragma once

#include "BotTypes.h"
#include "Page.h"

#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

// Value types of the Discord part of the API (schema: DiscordGuild & co.).
//
// Snowflakes (guild, channel and role IDs) are kept as QString, not quint64:
// they are identifiers, never arithmetic, the wire and the UI both use the
// decimal text, and a QString round-trips exactly whatever Discord does with
// its bit layout. IdValidation::isValidSnowflake checks them (17-20 digits,
// fits in 64 bits) before they are sent. An empty string stands for null.

// Like Platform and BotStatus (api/BotTypes.h): a value a newer server sends
// that this version does not know is interned above Unknown, so it keeps its
// wire text (shown, and sent back unchanged); Unknown means no usable value.
enum class DiscordChannelType : quint8 {
    Text,
    Announcement,
    Voice,
    Category,
    Forum,
    Stage,
    Other,
    Unknown,
    // Values above Unknown: channel types a newer server named.
};

enum class DiscordGuildEventKind : quint8 {
    Connected,
    Updated,
    Disconnected,
    FeaturesChanged,
    Unknown,
    // Values above Unknown: event kinds a newer server named.
};

constexpr bool isKnownDiscordChannelType(DiscordChannelType type) noexcept
{
    return quint8(type) < quint8(DiscordChannelType::Unknown);
}
constexpr bool isExtraDiscordChannelType(DiscordChannelType type) noexcept
{
    return quint8(type) > quint8(DiscordChannelType::Unknown);
}
constexpr bool isKnownDiscordGuildEventKind(DiscordGuildEventKind kind) noexcept
{
    return quint8(kind) < quint8(DiscordGuildEventKind::Unknown);
}

struct DiscordGuild
{
    QString guildId;
    QString name;
    QString iconUrl; // empty when the guild has no icon
    QString accountId; // exactly as the server sent it
    QString accountName;
    TimestampMs connectedAt = kNoTimestamp;
    bool available = true; // false during a Discord outage; the mapping is kept
    int mappedFeatureCount = 0;

    friend bool operator==(const DiscordGuild &, const DiscordGuild &) = default;
};

using DiscordGuildPage = Page<DiscordGuild>;

struct DiscordChannel
{
    QString id;
    QString name;
    DiscordChannelType type = DiscordChannelType::Unknown;
    QString parentId; // the category it sits under; empty if none
    int position = 0;
    bool botCanPost = false;

    friend bool operator==(const DiscordChannel &, const DiscordChannel &) = default;
};

struct DiscordRole
{
    QString id;
    QString name;
    quint32 color = 0; // 0xRRGGBB; 0 means no colour
    int position = 0;
    bool mentionable = false;

    friend bool operator==(const DiscordRole &, const DiscordRole &) = default;
};

struct DiscordFeatureInfo
{
    QString key; // e.g. live_notification
    QString description;

    friend bool operator==(const DiscordFeatureInfo &, const DiscordFeatureInfo &) = default;
};

struct DiscordGuildFeature
{
    QString guildId;
    QString feature;
    bool enabled = false;
    QString channelId; // empty if none
    QString mentionRoleId; // empty if none
    TimestampMs updatedAt = kNoTimestamp;

    friend bool operator==(const DiscordGuildFeature &, const DiscordGuildFeature &) = default;
};

// What setDiscordGuildFeature sends; the mapping becomes exactly this.
struct DiscordGuildFeatureInput
{
    QString guildId;
    QString feature;
    bool enabled = false;
    QString channelId; // empty sends null
    QString mentionRoleId; // empty sends null
};

struct DiscordAuthorization
{
    QUrl url; // the Discord OAuth URL that adds the bot
    TimestampMs expiresAt = kNoTimestamp;

    friend bool operator==(const DiscordAuthorization &, const DiscordAuthorization &) = default;
};

struct DiscordGuildEvent
{
    DiscordGuildEventKind kind = DiscordGuildEventKind::Unknown;
    QString guildId;
    std::optional<DiscordGuild> guild; // nullopt for Disconnected

    friend bool operator==(const DiscordGuildEvent &, const DiscordGuildEvent &) = default;
};

// Known values, interned ones, or Unknown for text that is not an enum name.
DiscordChannelType discordChannelTypeFromWire(QStringView wire);
QLatin1String discordChannelTypeToWire(DiscordChannelType type) noexcept; // empty for Unknown
DiscordGuildEventKind discordGuildEventKindFromWire(QStringView wire);
QLatin1String discordGuildEventKindToWire(DiscordGuildEventKind kind) noexcept;

Q_DECLARE_METATYPE(DiscordGuild)
Q_DECLARE_METATYPE(DiscordChannel)
Q_DECLARE_METATYPE(DiscordRole)
Q_DECLARE_METATYPE(DiscordFeatureInfo)
Q_DECLARE_METATYPE(DiscordGuildFeature)
Q_DECLARE_METATYPE(DiscordAuthorization)
Q_DECLARE_METATYPE(DiscordGuildEvent)
