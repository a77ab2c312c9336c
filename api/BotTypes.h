#pragma once

#include <QLatin1String>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <limits>

// Value types of the Bot Control API. They mirror api/schema/botcontrol.graphql
// but are decoupled from JSON.
//
// A newer server may send enum values this version does not know (a new
// platform, a new status). Those are never dropped nor merged into one
// "unknown": each is interned at run time as a one-byte value above the known
// ones (api/WireEnumRegistry), so a row keeps its own platform and status,
// platformToWire() gives the raw value back and a mutation sends it
// unchanged. Unknown itself means "no value": empty or malformed text, or a
// registry that is full.

enum class Platform : quint8 {
    Twitch,
    YouTube,
    Kick,
    Trovo,
    Discord,
    Unknown,
    // Values above Unknown: platforms a newer server named (see above).
};
inline constexpr int kKnownPlatformCount = 5;

enum class BotStatus : quint8 {
    Active,
    Paused,
    NoConnection,
    Unknown,
    // Values above Unknown: statuses a newer server named (see above).
};
inline constexpr int kKnownBotStatusCount = 3;

// One of the platforms this version was built for.
constexpr bool isKnownPlatform(Platform platform) noexcept
{
    return quint8(platform) < quint8(Platform::Unknown);
}
// A platform a newer server named at run time.
constexpr bool isExtraPlatform(Platform platform) noexcept
{
    return quint8(platform) > quint8(Platform::Unknown);
}
constexpr bool isKnownBotStatus(BotStatus status) noexcept
{
    return quint8(status) < quint8(BotStatus::Unknown);
}
constexpr bool isExtraBotStatus(BotStatus status) noexcept
{
    return quint8(status) > quint8(BotStatus::Unknown);
}

// Milliseconds since the Unix epoch, UTC. kNoTimestamp stands for GraphQL null.
using TimestampMs = qint64;
inline constexpr TimestampMs kNoTimestamp = std::numeric_limits<qint64>::min();

struct BotStatusEntry
{
    QString accountId; // exactly as the server sent it: IDs are opaque, case included
    QString accountName;
    Platform platform = Platform::Unknown;
    BotStatus status = BotStatus::Unknown;
    TimestampMs lastHeartbeatAt = kNoTimestamp;
    TimestampMs updatedAt = kNoTimestamp;

    friend bool operator==(const BotStatusEntry &, const BotStatusEntry &) = default;
};

// Known values, values interned earlier, or a new wire name interned now;
// Unknown only for text that is not an enum name or a full registry.
Platform platformFromWire(QStringView wire);
// The wire text of any platform but Unknown (empty), interned ones included.
QLatin1String platformToWire(Platform platform) noexcept;
// The platforms interned so far, in the order they were first seen.
QList<Platform> extraPlatforms();

BotStatus botStatusFromWire(QStringView wire);
QLatin1String botStatusToWire(BotStatus status) noexcept; // empty for Unknown
QList<BotStatus> extraBotStatuses();

Q_DECLARE_METATYPE(BotStatusEntry)
