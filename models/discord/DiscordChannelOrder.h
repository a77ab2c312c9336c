#pragma once

#include "api/DiscordTypes.h"

#include <QList>

// The channels a feature can post to, in the order Discord's client shows
// them: channels outside any category first, then each category (by
// position) with its channels (by position); ties by ID, as Discord does.
namespace DiscordChannelOrder {

struct Entry
{
    DiscordChannel channel;
    bool isCategory = false; // a heading, not a choice
};

// Only TEXT and ANNOUNCEMENT channels, each after its category's heading;
// categories without such channels are left out. A channel whose category is
// missing counts as uncategorised.
QList<Entry> postableChannels(const QList<DiscordChannel> &channels);

// Whether a feature may route to a channel of this type.
bool isPostableType(DiscordChannelType type);

} // namespace DiscordChannelOrder
