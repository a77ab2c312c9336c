#include "DiscordTypes.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
using WireTable = std::array<std::pair<Enum, QLatin1String>, N>;

constexpr WireTable<DiscordChannelType, 7> kChannelTypes {{
    {DiscordChannelType::Text, QLatin1String("TEXT")},
    {DiscordChannelType::Announcement, QLatin1String("ANNOUNCEMENT")},
    {DiscordChannelType::Voice, QLatin1String("VOICE")},
    {DiscordChannelType::Category, QLatin1String("CATEGORY")},
    {DiscordChannelType::Forum, QLatin1String("FORUM")},
    {DiscordChannelType::Stage, QLatin1String("STAGE")},
    {DiscordChannelType::Other, QLatin1String("OTHER")},
}};

constexpr WireTable<DiscordGuildEventKind, 4> kEventKinds {{
    {DiscordGuildEventKind::Connected, QLatin1String("CONNECTED")},
    {DiscordGuildEventKind::Updated, QLatin1String("UPDATED")},
    {DiscordGuildEventKind::Disconnected, QLatin1String("DISCONNECTED")},
    {DiscordGuildEventKind::FeaturesChanged, QLatin1String("FEATURES_CHANGED")},
}};

template<typename Enum, std::size_t N>
Enum fromWire(const WireTable<Enum, N> &table, QStringView wire, Enum unknown) noexcept
{
    for (const auto &[value, name] : table) {
        if (wire == name)
            return value;
    }
    return unknown;
}

template<typename Enum, std::size_t N>
QLatin1String toWire(const WireTable<Enum, N> &table, Enum value) noexcept
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name;
    }
    return {};
}

} // namespace

DiscordChannelType discordChannelTypeFromWire(QStringView wire) noexcept
{
    return fromWire(kChannelTypes, wire, DiscordChannelType::Unknown);
}

QLatin1String discordChannelTypeToWire(DiscordChannelType type) noexcept
{
    return toWire(kChannelTypes, type);
}

DiscordGuildEventKind discordGuildEventKindFromWire(QStringView wire) noexcept
{
    return fromWire(kEventKinds, wire, DiscordGuildEventKind::Unknown);
}

QLatin1String discordGuildEventKindToWire(DiscordGuildEventKind kind) noexcept
{
    return toWire(kEventKinds, kind);
}
