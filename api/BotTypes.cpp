#include "BotTypes.h"

#include "WireEnumRegistry.h"

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
constexpr std::array<StatusName, kKnownBotStatusCount> kStatuses {{
    {BotStatus::Active, QLatin1String("ACTIVE")},
    {BotStatus::Paused, QLatin1String("PAUSED")},
    {BotStatus::NoConnection, QLatin1String("NO_CONNECTION")},
}};

WireEnumRegistry &platformRegistry()
{
    static WireEnumRegistry registry(quint8(Platform::Unknown) + 1);
    return registry;
}

WireEnumRegistry &statusRegistry()
{
    static WireEnumRegistry registry(quint8(BotStatus::Unknown) + 1);
    return registry;
}
} // namespace

Platform platformFromWire(QStringView wire)
{
    for (const auto &p : kPlatforms) {
        if (wire == p.wire)
            return p.platform;
    }
    const int extra = platformRegistry().intern(wire);
    return extra < 0 ? Platform::Unknown : Platform(extra);
}

QLatin1String platformToWire(Platform platform) noexcept
{
    if (isKnownPlatform(platform))
        return kPlatforms[size_t(platform)].wire;
    return platformRegistry().name(int(platform));
}

QList<Platform> extraPlatforms()
{
    QList<Platform> out;
    for (const quint8 v : platformRegistry().values())
        out.append(Platform(v));
    return out;
}

BotStatus botStatusFromWire(QStringView wire)
{
    for (const auto &s : kStatuses) {
        if (wire == s.wire)
            return s.status;
    }
    const int extra = statusRegistry().intern(wire);
    return extra < 0 ? BotStatus::Unknown : BotStatus(extra);
}

QLatin1String botStatusToWire(BotStatus status) noexcept
{
    if (isKnownBotStatus(status))
        return kStatuses[size_t(status)].wire;
    return statusRegistry().name(int(status));
}

QList<BotStatus> extraBotStatuses()
{
    QList<BotStatus> out;
    for (const quint8 v : statusRegistry().values())
        out.append(BotStatus(v));
    return out;
}
