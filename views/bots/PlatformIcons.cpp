#include "PlatformIcons.h"

#include <array>

namespace PlatformIcons {

QIcon icon(Platform platform)
{
    // QIcon is implicitly shared; one load per platform for the whole app.
    static const std::array<QIcon, kKnownPlatformCount> icons = [] {
        std::array<QIcon, kKnownPlatformCount> result;
        const char *names[kKnownPlatformCount] = {"twitch", "youtube", "kick", "trovo", "discord"};
        for (int i = 0; i < kKnownPlatformCount; ++i)
            result[size_t(i)] =
                QIcon(QStringLiteral(":/bots/platforms/%1.svg").arg(QLatin1String(names[i])));
        return result;
    }();
    static const QIcon other(QStringLiteral(":/bots/platforms/other.svg"));
    if (!isKnownPlatform(platform))
        return other;
    return icons[size_t(platform)];
}

} // namespace PlatformIcons
