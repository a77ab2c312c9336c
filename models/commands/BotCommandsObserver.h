#pragma once

#include "BotCommands.h"

// Told by a BotCommands implementation what happened to the page's requests
// and to the load, so the page can show it where the operator is looking.
class BotCommandsObserver
{
public:
    virtual ~BotCommandsObserver() = default;

    virtual void loadStateChanged(const BotLoadState &state) = 0;
    // After every completed operation of a batch, and once when it is created.
    virtual void batchChanged(const BotBatchState &batch) = 0;
    // One failed operation, with the server's message; the row is already
    // back to the server's state.
    virtual void operationFailed(const BotOperationFailure &failure) = 0;
};
