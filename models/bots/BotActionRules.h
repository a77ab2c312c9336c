#pragma once

#include "BotRoles.h"

#include "api/BotTypes.h"

// Which operator action fits a bot in a given status. One rule for the store
// (which pending marks it accepts), the table (what a row's button offers)
// and the page (which of the marked rows an action covers), so the three can
// never disagree about what "pause" may touch.

// Pause fits an active bot, resume a paused one, reconnect any bot with a
// connection. A bot without a connection, or in a status this version does
// not know, takes no action.
constexpr bool actionFits(PendingAction action, BotStatus status) noexcept
{
    switch (action) {
    case PendingAction::Pause:
        return status == BotStatus::Active;
    case PendingAction::Resume:
        return status == BotStatus::Paused;
    case PendingAction::Reconnect:
        return status == BotStatus::Active || status == BotStatus::Paused;
    case PendingAction::None:
        break;
    }
    return false;
}

// The toggle a row's action button offers for status.
constexpr BotAction offeredToggle(BotStatus status) noexcept
{
    if (actionFits(PendingAction::Pause, status))
        return BotAction::Pause;
    if (actionFits(PendingAction::Resume, status))
        return BotAction::Resume;
    return BotAction::None;
}
