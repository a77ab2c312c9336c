#include "BotTypes.h"

#include <array>

namespace {
struct PlatformName
{
    Platform platform;
    QLatin1String wire;
};
constexpr std::array<PlatformName, kKnownPlatformCount> kPlatforms {{
    {Platform::Twitch, QLatin1String("TWITCH")},
    {Platform::YouTube, QLatin1String("YOUTUBE")},
    {Platform::Kick, QLatin1String("KICK")},
    {Platform::Trovo, QLatin1String("TROVO")},
    {Platform::Discord, QLatin1String("DISCORD")},
}};

struct StatusName
{
    BotStatus status;
    QLatin1String wire;
};
constexpr std::array<StatusName, 3> kStatuses {{
    {BotStatus::Active, QLatin1String("ACTIVE")},
    {BotStatus::Paused, QLatin1String("PAUSED")},
    {BotStatus::NoConnection, QLatin1String("NO_CONNECTION")},
}};
} // namespace

Platform platformFromWire(QStringView wire) noexcept
{
    for (const auto &p : kPlatforms) {
        if (wire == p.wire)
            return p.platform;
    }
    return Platform::Unknown;
}

QLatin1String platformToWire(Platform platform) noexcept
{
    for (const auto &p : kPlatforms) {
        if (p.platform == platform)
            return p.wire;
    }
    return {};
}

BotStatus botStatusFromWire(QStringView wire) noexcept
{
    for (const auto &s : kStatuses) {
        if (wire == s.wire)
            return s.status;
    }
    return BotStatus::Unknown;
}

QLatin1String botStatusToWire(BotStatus status) noexcept
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return s.wire;
    }
    return {};
}
