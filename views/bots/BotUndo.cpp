#include "BotUndo.h"

#include "models/bots/BotActionRules.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/text/DisplayText.h"

#include <QLocale>
#include <QStringList>

namespace {

constexpr qsizetype kNamesListed = 5;

PendingAction opposite(PendingAction action)
{
    return action == PendingAction::Pause ? PendingAction::Resume : PendingAction::Pause;
}

bool isToggle(PendingAction action)
{
    return action == PendingAction::Pause || action == PendingAction::Resume;
}

} // namespace

void BotUndo::record(PendingAction action, quint64 batchId)
{
    if (!isToggle(action) || batchId == 0)
        return;
    // The one before stays on record while this one may still take effect
    // nowhere (all failed): then Ctrl+Z undoes that one.
    if (m_last.done > 0)
        m_previous = m_last;
    m_last = {action, batchId, 0, false};
}

void BotUndo::update(const BotBatchState &batch)
{
    if (batch.id == 0 || batch.id != m_last.batchId)
        return;
    m_last.done = batch.done;
    m_last.finished = batch.isFinished();
    if (batch.isSettled() && batch.done == 0) {
        // Nothing happened: nothing to undo, and the note goes.
        m_last = m_previous;
        m_previous = {};
    }
}

void BotUndo::clear()
{
    m_last = {};
    m_previous = {};
}

bool BotUndo::isWaiting() const
{
    return m_last.batchId != 0 && !m_last.finished;
}

bool BotUndo::canUndo() const
{
    return m_last.batchId != 0 && m_last.finished && m_last.done > 0;
}

QString BotUndo::noteText() const
{
    if (!canUndo())
        return {};
    const int n = m_last.done;
    return m_last.action == PendingAction::Pause ? tr("Undo: resume %n bots (Ctrl+Z)", nullptr, n)
                                                 : tr("Undo: pause %n bots (Ctrl+Z)", nullptr, n);
}

BotUndo::Plan BotUndo::plan(PendingAction recorded, const QList<BotOperationSuccess> &succeeded,
                            const BotStore *store)
{
    Plan plan;
    if (!isToggle(recorded))
        return plan;
    plan.action = opposite(recorded);
    for (const BotOperationSuccess &s : succeeded) {
        const qsizetype row = store ? store->rowForKey(s.key) : -1;
        if (row < 0) {
            plan.gone.append(s.key);
            continue;
        }
        const BotStore::Row &r = store->row(row);
        if (r.pending != PendingAction::None) {
            plan.busy.append(s.key);
            continue;
        }
        // Anything since, by another operator, a script or the bot itself
        // (a heartbeat moves updatedAt too), and the row is left alone.
        const std::optional<BotStatusEntry> held = store->heldEntry(s.key);
        const bool changed = r.serverStatus != s.status || r.updatedAt != s.updatedAt
            || (held && held->updatedAt > r.updatedAt) || !actionFits(plan.action, r.serverStatus);
        if (changed)
            plan.changed.append(s.key);
        else
            plan.keys.append(s.key);
    }
    return plan;
}

QString BotUndo::leftAloneText(const Plan &plan, const BotStore *store)
{
    const auto names = [store](const QList<BotKey> &keys) {
        QStringList out;
        for (const BotKey &key : keys) {
            if (out.size() == kNamesListed)
                break;
            // Server text: visible, isolated (the ID for an account without a name).
            const QString who = DisplayText::nameOrId(
                store ? store->accountNameOf(key) : QString(), key.accountId);
            out.append(tr("%1 on %2", "a bot: account on platform")
                           .arg(who, BotTableModel::platformName(key.platform)));
        }
        QString text = out.join(QLatin1String(", "));
        if (keys.size() > kNamesListed) {
            text += QLatin1Char(' ')
                + tr("and %n more", nullptr, int(keys.size() - kNamesListed));
        }
        return text;
    };
    QStringList lines;
    if (!plan.changed.isEmpty()) {
        lines.append(tr("%n bots changed since; left alone", nullptr, int(plan.changed.size()))
                     + QLatin1String(": ") + names(plan.changed));
    }
    if (!plan.busy.isEmpty()) {
        lines.append(tr("%n bots have another request in flight; left alone", nullptr,
                        int(plan.busy.size()))
                     + QLatin1String(": ") + names(plan.busy));
    }
    if (!plan.gone.isEmpty()) {
        lines.append(tr("%n bots are no longer listed; left alone", nullptr, int(plan.gone.size()))
                     + QLatin1String(": ") + names(plan.gone));
    }
    return lines.join(QLatin1Char('\n'));
}
