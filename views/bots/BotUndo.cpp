#include "BotUndo.h"

void BotUndo::record(PendingAction action, const QList<BotKey> &keys)
{
    if (action == PendingAction::Pause || action == PendingAction::Resume)
        m_last = {action, keys};
}

BotUndo::Step BotUndo::takeUndo()
{
    if (!canUndo())
        return {};
    const PendingAction opposite =
        m_last.action == PendingAction::Pause ? PendingAction::Resume : PendingAction::Pause;
    m_last = {opposite, m_last.keys};
    return m_last;
}

QString BotUndo::noteText() const
{
    if (!canUndo())
        return {};
    const int n = int(m_last.keys.size());
    return m_last.action == PendingAction::Pause ? tr("Undo: resume %n bots (Ctrl+Z)", nullptr, n)
                                                 : tr("Undo: pause %n bots (Ctrl+Z)", nullptr, n);
}
