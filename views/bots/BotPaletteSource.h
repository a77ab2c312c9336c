#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"
#include "views/palette/PaletteItem.h"

#include <QCoreApplication>

#include <functional>

class BotStore;

// The command palette's bot commands: "Pause Twitch bot of acme_live", "Show
// acme_live"... for the accounts whose name or ID holds the query's words.
// One pass over the accounts (not the rows) keeps the best few; the words
// of the commands themselves (verbs, platform names) do not have to match
// the account.
class BotPaletteSource final
{
    Q_DECLARE_TR_FUNCTIONS(BotPaletteSource)

public:
    // What an item does when chosen; the items keep copies of these.
    struct Targets
    {
        // Whether the server offers action at all (empty: every action).
        std::function<bool(PendingAction action)> offered = {};
        std::function<void(PendingAction action, const BotKey &key)> act;
        std::function<void(const QString &accountId)> showAccount;
    };

    BotPaletteSource() = delete;

    // Appends the items for query to out; actions only when canEdit, and
    // only those the bot's status takes now (the page checks again on Enter).
    static void collect(const BotStore &store, const PaletteQuery &query, bool canEdit,
                        const Targets &targets, QList<PaletteItem> &out);
};
