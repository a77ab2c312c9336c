#include "DiscordChannelOrder.h"

#include <QHash>

#include <algorithm>

namespace DiscordChannelOrder {

bool isPostableType(DiscordChannelType type)
{
    return type == DiscordChannelType::Text || type == DiscordChannelType::Announcement;
}

bool isPickable(const DiscordChannel &channel)
{
    return isPostableType(channel.type)
        || (isExtraDiscordChannelType(channel.type) && channel.botCanPost);
}

namespace {

bool discordOrder(const DiscordChannel &a, const DiscordChannel &b)
{
    if (a.position != b.position)
        return a.position < b.position;
    // Same position: Discord falls back to the ID (creation order).
    if (a.id.size() != b.id.size())
        return a.id.size() < b.id.size();
    return a.id < b.id;
}

} // namespace

QList<Entry> postableChannels(const QList<DiscordChannel> &channels)
{
    QList<DiscordChannel> categories;
    QHash<QString, QList<DiscordChannel>> children;
    QList<DiscordChannel> uncategorised;
    QHash<QString, bool> categoryIds;
    for (const DiscordChannel &c : channels) {
        if (c.type == DiscordChannelType::Category) {
            categories.append(c);
            categoryIds.insert(c.id, true);
        }
    }
    for (const DiscordChannel &c : channels) {
        if (!isPostableType(c.type) && !isExtraDiscordChannelType(c.type))
            continue;
        if (!c.parentId.isEmpty() && categoryIds.contains(c.parentId))
            children[c.parentId].append(c);
        else
            uncategorised.append(c);
    }
    std::sort(categories.begin(), categories.end(), discordOrder);
    std::sort(uncategorised.begin(), uncategorised.end(), discordOrder);

    QList<Entry> result;
    for (const DiscordChannel &c : std::as_const(uncategorised))
        result.append({c, false});
    for (const DiscordChannel &category : std::as_const(categories)) {
        auto it = children.find(category.id);
        if (it == children.end() || it->isEmpty())
            continue;
        std::sort(it->begin(), it->end(), discordOrder);
        result.append({category, true});
        for (const DiscordChannel &c : std::as_const(*it))
            result.append({c, false});
    }
    return result;
}

} // namespace DiscordChannelOrder
