#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <limits>

// Value types of the Bot Control API. They mirror api/schema/botcontrol.graphql
// but are decoupled from JSON: an unknown enum value from a newer server maps
// to an explicit Unknown instead of failing the whole page.

enum class Platform : quint8 { Twitch, YouTube, Kick, Trovo, Discord, Unknown };
inline constexpr int kKnownPlatformCount = 5;

enum class BotStatus : quint8 { Active, Paused, NoConnection, Unknown };

// Milliseconds since the Unix epoch, UTC. kNoTimestamp stands for GraphQL null.
using TimestampMs = qint64;
inline constexpr TimestampMs kNoTimestamp = std::numeric_limits<qint64>::min();

struct BotStatusEntry
{
    QString accountId; // canonical lowercase UUID
    QString accountName;
    Platform platform = Platform::Unknown;
    BotStatus status = BotStatus::Unknown;
    TimestampMs lastHeartbeatAt = kNoTimestamp;
    TimestampMs updatedAt = kNoTimestamp;

    friend bool operator==(const BotStatusEntry &, const BotStatusEntry &) = default;
};

Platform platformFromWire(QStringView wire) noexcept;
QLatin1String platformToWire(Platform platform) noexcept; // empty for Unknown
BotStatus botStatusFromWire(QStringView wire) noexcept;
QLatin1String botStatusToWire(BotStatus status) noexcept; // empty for Unknown

Q_DECLARE_METATYPE(BotStatusEntry)
