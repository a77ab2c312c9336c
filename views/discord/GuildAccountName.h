#pragma once

#include "models/discord/DiscordGuildListModel.h"

// The name an account goes by in the guild list, for strips that talk about
// an account by ID; the ID itself when the list knows no guild of it.
inline QString guildAccountName(const DiscordGuildListModel &guilds, const QString &accountId)
{
    for (const DiscordGuildListModel::Account &a : guilds.accounts()) {
        if (a.id == accountId)
            return a.name;
    }
    return accountId;
}
