#include "DiscordTypes.h"

#include "WireEnumRegistry.h"

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
Enum fromWire(const WireTable<Enum, N> &table, WireEnumRegistry &extras, QStringView wire)
{
    for (const auto &[value, name] : table) {
        if (wire == name)
            return value;
    }
    const int extra = extras.intern(wire);
    return extra < 0 ? Enum::Unknown : Enum(extra);
}

template<typename Enum, std::size_t N>
QLatin1String toWire(const WireTable<Enum, N> &table, const WireEnumRegistry &extras,
                     Enum value) noexcept
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name;
    }
    return extras.name(int(value));
}

WireEnumRegistry &channelTypeRegistry()
{
    static WireEnumRegistry registry(quint8(DiscordChannelType::Unknown) + 1);
    return registry;
}

WireEnumRegistry &eventKindRegistry()
{
    static WireEnumRegistry registry(quint8(DiscordGuildEventKind::Unknown) + 1);
    return registry;
}

} // namespace

DiscordChannelType discordChannelTypeFromWire(QStringView wire)
{
    return fromWire(kChannelTypes, channelTypeRegistry(), wire);
}

QLatin1String discordChannelTypeToWire(DiscordChannelType type) noexcept
{
    return toWire(kChannelTypes, channelTypeRegistry(), type);
}

DiscordGuildEventKind discordGuildEventKindFromWire(QStringView wire)
{
    return fromWire(kEventKinds, eventKindRegistry(), wire);
}

QLatin1String discordGuildEventKindToWire(DiscordGuildEventKind kind) noexcept
{
    return toWire(kEventKinds, eventKindRegistry(), kind);
}
