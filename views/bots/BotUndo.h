#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"
#include "models/commands/BotCommands.h"

#include <QCoreApplication>
#include <QList>

class BotStore;

// Ctrl+Z on the Bots page: the last pause or resume the operator sent, and
// what undoing it may send.
//
// Honest by construction: an undo covers exactly the bots where the action
// took effect (the batch's successes, including lost answers confirmed
// later), never those that failed or were skipped, and it says so with the
// count ("Undo: resume 101 bots"). Nothing succeeded, no note: Ctrl+Z then
// undoes the action before it, if that one is still on record. Before
// anything is sent, each bot's row is compared with what the action left
// (status and updatedAt, also against news held back by a freeze): a bot
// changed since, by anyone or by itself (a heartbeat), is left alone and
// listed. An undo is itself an action, undoable with one more Ctrl+Z.
// Reconnects have no opposite and leave the record as it was.
class BotUndo final
{
    Q_DECLARE_TR_FUNCTIONS(BotUndo)
    Q_DISABLE_COPY_MOVE(BotUndo)

public:
    // What an undo would send now, and what it leaves alone.
    struct Plan
    {
        PendingAction action = PendingAction::None; // the opposite of the recorded one
        QList<BotKey> keys; // as the action left them: undone
        QList<BotKey> changed; // changed since (status or updatedAt): left alone
        QList<BotKey> busy; // another request in flight: left alone
        QList<BotKey> gone; // no longer listed: left alone

        qsizetype leftAlone() const { return changed.size() + busy.size() + gone.size(); }
    };

    BotUndo() = default;

    // Remembers the pause or resume just sent as batch batchId; the record
    // before it is kept in case this one takes effect nowhere.
    void record(PendingAction action, quint64 batchId);
    // The commands' news of a batch (others are ignored).
    void update(const BotBatchState &batch);
    void clear();

    PendingAction action() const { return m_last.action; }
    quint64 batchId() const { return m_last.batchId; }
    // The recorded action is still running (answers outstanding).
    bool isWaiting() const;
    // Something took effect and nothing is outstanding.
    bool canUndo() const;
    // Bots where the recorded action took effect so far.
    int succeededCount() const { return m_last.done; }

    // What Ctrl+Z would do, for the note beside the count line; empty when
    // there is nothing to undo (yet).
    QString noteText() const;

    // Which of succeeded (the recorded action's successes) an undo sends the
    // opposite to, judged from the store now.
    static Plan plan(PendingAction recorded, const QList<BotOperationSuccess> &succeeded,
                     const BotStore *store);
    // "3 bots changed since; left alone: a on Twitch, b on Kick, c on
    // YouTube", one line per reason; empty when nothing is left alone.
    static QString leftAloneText(const Plan &plan, const BotStore *store);

private:
    struct Record
    {
        PendingAction action = PendingAction::None;
        quint64 batchId = 0;
        int done = 0;
        bool finished = false;
    };

    Record m_last;
    Record m_previous;
};
