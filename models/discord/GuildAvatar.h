#pragma once

#include <QIcon>
#include <QString>

// A placeholder for a guild's icon: the initials of its name in a circle of
// a colour derived from the guild ID, the way Discord shows guilds without
// an icon. The real icons live on Discord's CDN; models and views never
// fetch them (no network below the api layer: app/sync loads them and hands
// them to DiscordGuildListModel), so this shows until one is loaded, and for
// good when there is none or it cannot be loaded.
namespace GuildAvatar {

// Up to two initials ("Night Owl Gaming" -> "NO"): more are unreadable at row size.
QString initials(const QString &name);
// size is the edge in device-independent pixels; the icon carries 1x and 2x.
QIcon icon(const QString &guildId, const QString &name, int size = 20);

} // namespace GuildAvatar
