#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"

// One bot's action of a batch: queued, in flight, or answered (its answer
// perhaps lost).
struct BotOperation
{
    quint64 batchId = 0;
    BotKey key;
    PendingAction action = PendingAction::None;
    qint64 logId = 0; // the triage log's pending entry
};
