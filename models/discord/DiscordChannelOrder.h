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

// The channels a feature might post to, each after its category's heading:
// TEXT and ANNOUNCEMENT ones, and those of a type a newer server named
// (pickable only where the server says the bot can post: isPickable());
// categories without such channels are left out. A channel whose category is
// missing counts as uncategorised.
QList<Entry> postableChannels(const QList<DiscordChannel> &channels);

// Whether a feature may route to a channel of this type, by the rules this
// version knows (TEXT and ANNOUNCEMENT).
bool isPostableType(DiscordChannelType type);

// Whether the picker offers the channel: a postable type (a missing
// permission is a warning, as Discord can grant it later), or a type this
// version does not know when the server says the bot can post there (the
// server decides what its types take).
bool isPickable(const DiscordChannel &channel);

} // namespace DiscordChannelOrder
