#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"

#include <QCoreApplication>
#include <QList>

// Ctrl+Z on the Bots page: the last pause or resume the operator sent, and
// what undoing it sends (the opposite toggle to the same bots). An undo is
// itself undoable, one more Ctrl+Z. Reconnects have no opposite and leave
// the record as it was.
class BotUndo final
{
    Q_DECLARE_TR_FUNCTIONS(BotUndo)
    Q_DISABLE_COPY_MOVE(BotUndo)

public:
    struct Step
    {
        PendingAction action = PendingAction::None;
        QList<BotKey> keys;
    };

    BotUndo() = default;

    // Remembers a pause or resume that was just sent.
    void record(PendingAction action, const QList<BotKey> &keys);
    bool canUndo() const { return m_last.action != PendingAction::None && !m_last.keys.isEmpty(); }
    // The step that undoes the last one (nothing when there is none), which
    // becomes the last one.
    Step takeUndo();
    void clear() { m_last = {}; }

    // What Ctrl+Z would do, for the note beside the count line; empty when
    // there is nothing to undo.
    QString noteText() const;

private:
    Step m_last;
};
