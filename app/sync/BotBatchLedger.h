#pragma once

#include "models/commands/BotCommands.h"

#include <QHash>
#include <QList>

#include <deque>

// What became of each batch of operator actions: its counts and failures
// (BotBatchState), and for the last few batches the successes an undo needs.
class BotBatchLedger final
{
public:
    void open(const BotBatchState &batch);
    void clear();

    bool contains(quint64 batchId) const { return m_batches.contains(batchId); }
    BotBatchState batch(quint64 batchId) const { return m_batches.value(batchId); }
    QList<BotOperationSuccess> succeeded(quint64 batchId) const
    {
        return m_succeeded.value(batchId);
    }
    // The keys of a batch's failures per action, but for toggles still being
    // checked (their rows are pending): what a retry sends again.
    QHash<int, QList<BotKey>> retryable(quint64 batchId) const;

    // success may be empty (a reconnect has no new state to undo).
    void recordDone(quint64 batchId, const BotOperationSuccess &success);
    void recordFailed(const BotOperationFailure &failure);
    void recordUnknown(const BotOperationFailure &failure);
    // A lost answer settled: outcome is Confirmed or NotApplied, and
    // replaces the Unknown failure of its key.
    void recordSettled(const BotOperationFailure &outcome, TimestampMs serverUpdatedAt);

private:
    void recordSuccess(quint64 batchId, const BotOperationSuccess &success);

    QHash<quint64, BotBatchState> m_batches;
    QHash<quint64, QList<BotOperationSuccess>> m_succeeded; // per batch, the last few batches
    std::deque<quint64> m_succeededOrder; // batches in m_succeeded, oldest first
};
