#include "BotBatchLedger.h"

namespace {

// Batches whose successes are kept for an undo (the page undoes the last one).
constexpr size_t kSucceededBatchesKept = 8;

} // namespace

void BotBatchLedger::open(const BotBatchState &batch)
{
    m_batches.insert(batch.id, batch);
}

void BotBatchLedger::clear()
{
    m_batches.clear();
    m_succeeded.clear();
    m_succeededOrder.clear();
}

QHash<int, QList<BotKey>> BotBatchLedger::retryable(quint64 batchId) const
{
    QHash<int, QList<BotKey>> byAction; // a batch has one action, but be general
    const auto it = m_batches.constFind(batchId);
    if (it == m_batches.cend())
        return byAction;
    for (const BotOperationFailure &f : it->failures) {
        // A toggle still being checked is not sent again: its row is pending.
        if (!f.settling)
            byAction[int(f.action)].append(f.key);
    }
    return byAction;
}

void BotBatchLedger::recordDone(quint64 batchId, const BotOperationSuccess &success)
{
    if (auto it = m_batches.find(batchId); it != m_batches.end())
        ++it->done;
    if (success.key.isValid())
        recordSuccess(batchId, success);
}

void BotBatchLedger::recordFailed(const BotOperationFailure &failure)
{
    if (auto it = m_batches.find(failure.batchId); it != m_batches.end()) {
        ++it->failed;
        it->failures.append(failure);
    }
}

void BotBatchLedger::recordUnknown(const BotOperationFailure &failure)
{
    if (auto it = m_batches.find(failure.batchId); it != m_batches.end()) {
        ++it->unknown;
        if (failure.settling)
            ++it->settling;
        it->failures.append(failure);
    }
}

void BotBatchLedger::recordSettled(const BotOperationFailure &outcome,
                                   TimestampMs serverUpdatedAt)
{
    const bool applied = outcome.outcome == BotOperationFailure::Outcome::Confirmed;
    if (auto it = m_batches.find(outcome.batchId); it != m_batches.end()) {
        it->unknown = qMax(0, it->unknown - 1);
        it->settling = qMax(0, it->settling - 1);
        it->failures.removeIf([&key = outcome.key](const BotOperationFailure &f) {
            return f.key == key && f.outcome == BotOperationFailure::Outcome::Unknown;
        });
        if (applied) {
            ++it->done;
            ++it->confirmed;
        } else {
            ++it->failed;
            ++it->notApplied;
            it->failures.append(outcome);
        }
    }
    if (applied)
        recordSuccess(outcome.batchId, {outcome.key, outcome.serverStatus, serverUpdatedAt, true});
}

void BotBatchLedger::recordSuccess(quint64 batchId, const BotOperationSuccess &success)
{
    auto it = m_succeeded.find(batchId);
    if (it == m_succeeded.end()) {
        while (m_succeededOrder.size() >= kSucceededBatchesKept) {
            m_succeeded.remove(m_succeededOrder.front());
            m_succeededOrder.pop_front();
        }
        m_succeededOrder.push_back(batchId);
        it = m_succeeded.insert(batchId, {});
    }
    it->append(success);
}
