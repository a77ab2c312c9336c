#include "LostAnswerSettler.h"

#include "api/ApiError.h"
#include "api/BotStatusFeed.h"
#include "api/GraphQLWsClient.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/triage/TriageLog.h"

#include <QLoggingCategory>

#include <utility>

// The controller's category: settling is part of the story it logs.
Q_DECLARE_LOGGING_CATEGORY(lcBotSync)

namespace {

bool isToggle(PendingAction action)
{
    return action == PendingAction::Pause || action == PendingAction::Resume;
}

BotStatus wantedStatus(PendingAction action)
{
    return action == PendingAction::Pause ? BotStatus::Paused : BotStatus::Active;
}

} // namespace

LostAnswerSettler::LostAnswerSettler(BotStore *store, Settled settled)
    : m_store(store)
    , m_settled(std::move(settled))
{
}

void LostAnswerSettler::setTriageLog(TriageLog *log)
{
    m_log = log;
}

QString LostAnswerSettler::accountNameOf(const BotKey &key) const
{
    return m_store ? m_store->accountNameOf(key) : QString();
}

BotOperationFailure LostAnswerSettler::lose(const BotOperation &op, const ApiError &error)
{
    const bool toggle = isToggle(op.action);
    const QString accountName = accountNameOf(op.key);
    const QString why = error.message.isEmpty()
        ? tr("The answer was lost.")
        : (error.code.isEmpty() ? error.message : error.code + QLatin1String(": ") + error.message);
    const qint64 unknownId = m_log
        ? m_log->appendOutcome(op.logId, TriageEntry::Result::Unknown, why, accountName)
        : 0;

    BotOperationFailure failure;
    failure.batchId = op.batchId;
    failure.key = op.key;
    failure.accountName = accountName;
    failure.action = op.action;
    failure.code = error.code;
    failure.outcome = BotOperationFailure::Outcome::Unknown;
    failure.settling = toggle;
    failure.message = toggle
        ? tr("No answer came back (%1). Checking the bot's state on the server…").arg(why)
        : tr("No answer came back (%1); the server may or may not have done it.").arg(why);
    qCInfo(lcBotSync) << "answer lost:" << int(op.action) << accountName << why;

    if (toggle) {
        Unsettled u;
        u.op = op;
        u.unknownLogId = unknownId;
        u.lostAtSnapshot = m_snapshotSerial;
        if (m_store) {
            const qsizetype row = m_store->rowForKey(op.key);
            if (row >= 0)
                u.updatedAtWhenLost = m_store->row(row).updatedAt;
        }
        m_unsettled.insert(op.key, u);
        m_reconcileWanted = true;
    } else if (m_store) {
        m_store->failPending(op.key); // nothing to show but the server's last state
    }
    return failure;
}

void LostAnswerSettler::settleIfShown(const BotOperation &op)
{
    if (!isToggle(op.action) || !m_store)
        return;
    const qsizetype row = m_store->rowForKey(op.key);
    if (row >= 0 && m_store->row(row).pending == PendingAction::None
        && m_store->row(row).serverStatus == wantedStatus(op.action)) {
        BotStatusEntry seen = m_store->entryAt(row);
        seen.status = m_store->row(row).serverStatus;
        settle(op.key, seen);
    }
}

void LostAnswerSettler::settle(const BotKey &key, const BotStatusEntry &serverRow)
{
    const auto found = m_unsettled.find(key);
    if (found == m_unsettled.end())
        return;
    const Unsettled u = *found;
    m_unsettled.erase(found);
    m_seenInSnapshot.remove(key);
    const bool applied = serverRow.status == wantedStatus(u.op.action);
    const QString accountName =
        serverRow.accountName.isEmpty() ? accountNameOf(key) : serverRow.accountName;
    if (m_log) {
        m_log->appendOutcome(u.unknownLogId,
                             applied ? TriageEntry::Result::Confirmed
                                     : TriageEntry::Result::NotApplied,
                             QString(botStatusToWire(serverRow.status)), accountName,
                             applied ? serverRow.updatedAt : 0);
    }
    // The server's row ends the pending mark, as an answer would (a row
    // that is gone is not made again).
    if (m_store && m_store->rowForKey(key) >= 0)
        m_store->completePending(serverRow);

    BotOperationFailure outcome;
    outcome.batchId = u.op.batchId;
    outcome.key = key;
    outcome.accountName = accountName;
    outcome.action = u.op.action;
    outcome.serverStatus = serverRow.status;
    outcome.outcome = applied ? BotOperationFailure::Outcome::Confirmed
                              : BotOperationFailure::Outcome::NotApplied;
    outcome.message = applied
        ? tr("The answer was lost, but the server shows the bot %1: applied (confirmed).")
              .arg(BotTableModel::statusName(serverRow.status))
        : tr("The answer was lost, and the server shows the bot %1: not applied.")
              .arg(BotTableModel::statusName(serverRow.status));
    qCInfo(lcBotSync) << "settled:" << int(u.op.action) << accountName
                      << (applied ? "confirmed" : "not applied");
    m_settled(outcome, serverRow.updatedAt);
}

void LostAnswerSettler::settleGone(const BotKey &key)
{
    const auto found = m_unsettled.constFind(key);
    if (found == m_unsettled.cend())
        return;
    BotStatusEntry gone;
    gone.accountId = key.accountId;
    gone.accountName = accountNameOf(key);
    gone.platform = key.platform;
    gone.status = BotStatus::Unknown;
    settle(key, gone);
}

void LostAnswerSettler::snapshotStarted()
{
    ++m_snapshotSerial;
    m_seenInSnapshot.clear();
}

void LostAnswerSettler::snapshotPage(const QList<BotStatusEntry> &rows)
{
    if (m_unsettled.isEmpty())
        return;
    // Lost answers are settled from this snapshot if it started after
    // they were lost; read here, since a frozen store holds pages back.
    for (const BotStatusEntry &row : rows) {
        const BotKey key = BotKey::fromEntry(row);
        const auto it = m_unsettled.constFind(key);
        if (it != m_unsettled.cend() && it->lostAtSnapshot < m_snapshotSerial)
            m_seenInSnapshot.insert(key, row);
    }
}

void LostAnswerSettler::snapshotCompleted()
{
    if (m_unsettled.isEmpty())
        return;
    QList<BotKey> seen;
    QList<BotKey> gone;
    for (auto it = m_unsettled.cbegin(); it != m_unsettled.cend(); ++it) {
        if (it->lostAtSnapshot >= m_snapshotSerial)
            continue; // lost while this snapshot was read: it may predate the change
        if (m_seenInSnapshot.contains(it.key()))
            seen.append(it.key());
        else if (!m_store || m_store->rowForKey(it.key()) < 0)
            gone.append(it.key());
        // Otherwise not in this snapshot, but still known: the row's next
        // event or a later snapshot settles it.
    }
    for (const BotKey &key : std::as_const(seen))
        settle(key, m_seenInSnapshot.value(key));
    for (const BotKey &key : std::as_const(gone))
        settleGone(key);
    m_seenInSnapshot.clear();
    for (const Unsettled &u : std::as_const(m_unsettled)) {
        if (u.lostAtSnapshot >= m_snapshotSerial) {
            m_reconcileWanted = true;
            break;
        }
    }
}

void LostAnswerSettler::events(const QList<BotStatusEntry> &events)
{
    if (m_unsettled.isEmpty())
        return;
    // The row's next event after the loss settles it.
    for (const BotStatusEntry &event : events) {
        const BotKey key = BotKey::fromEntry(event);
        const auto it = m_unsettled.constFind(key);
        if (it != m_unsettled.cend() && event.updatedAt > it->updatedAtWhenLost)
            settle(key, event);
    }
}

void LostAnswerSettler::requestSnapshotIfWanted(BotStatusFeed *feed, const GraphQLWsClient *ws)
{
    if (!m_reconcileWanted)
        return;
    if (m_unsettled.isEmpty()) {
        m_reconcileWanted = false;
        return;
    }
    // Down: the reconnection brings a snapshot anyway. Resyncing: the
    // snapshot in progress may predate the loss; its end asks again.
    if (!feed || !ws || !ws->state().isLive() || feed->isResyncing())
        return;
    m_reconcileWanted = false;
    qCInfo(lcBotSync) << "checking" << m_unsettled.size() << "lost answer(s) with a snapshot";
    feed->stop();
    feed->start();
}

void LostAnswerSettler::abandon()
{
    if (m_log) {
        for (const Unsettled &u : std::as_const(m_unsettled))
            m_log->abandon(u.unknownLogId);
    }
    m_unsettled.clear();
    m_seenInSnapshot.clear();
    m_reconcileWanted = false;
}
