#pragma once

#include "models/discord/DiscordGuildListModel.h"
#include "models/text/DisplayText.h"

// The name an account goes by in the guild list, for strips that talk about
// an account by ID; the ID itself when the list knows no guild of it or the
// account has no name. Ready to insert into a sentence: shown visibly and
// isolated (DisplayText::nameOrId).
inline QString guildAccountName(const DiscordGuildListModel &guilds, const QString &accountId)
{
    for (const DiscordGuildListModel::Account &a : guilds.accounts()) {
        if (a.id == accountId)
            return DisplayText::nameOrId(a.name, accountId);
    }
    return DisplayText::isolated(accountId);
}
