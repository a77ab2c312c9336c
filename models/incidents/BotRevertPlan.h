#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"
#include "models/triage/TriageEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class BotStore;

// What putting bots back would do (issue 15): "Revert incident" and the
// resume a "Pause for..." planned. Judged from the triage log (what the
// actions did, with the state each produced) and the store (what the bots
// are now).
//
// The rule, per bot: the incident's successful toggles of it, taken
// together, either changed nothing (paused, then resumed) or left it paused
// or resumed. The opposite is sent only when the bot is still exactly as the
// last of them left it: its status is the one that action set and its
// updatedAt is the one in the server's answer. Anything else (changed since
// by someone else or by the bot itself, an action that failed or never got
// an answer, a bot that no longer exists, another server profile) is
// skipped, and each skip says why.
//
// Reconnects change nothing to revert and Discord changes are not bots:
// both are counted and left alone.
class BotRevertPlan final
{
    Q_DECLARE_TR_FUNCTIONS(BotRevertPlan)

public:
    enum class Skip : quint8 {
        None, // reverted: action says how
        ChangedSince, // its status is no longer what the action set
        UpdatedSince, // same status, but changed since (a newer updatedAt)
        ActionFailed, // the incident's action failed: nothing to put back
        NoAnswer, // the action's outcome is not known
        NoStateRecorded, // the log has no updatedAt for the answer (older version)
        NotFound, // the bot is no longer on the server
        InFlight, // another request for it is in flight
        AlreadyReverted, // the last thing done to it was this revert
        NoNetChange, // paused and resumed again (or the other way round)
        OtherProfile, // on another server profile than the one signed in
        NotReversible, // only reconnected
    };

    struct Item
    {
        BotKey key; // invalid when the ID cannot be keyed
        QString accountId; // as logged
        QString accountName; // as now, else as logged
        Platform platform = Platform::Unknown;
        QString platformWire; // as logged (a newer platform stays readable)
        QString profile;
        PendingAction done = PendingAction::None; // the last thing the incident did to it
        PendingAction revert = PendingAction::None; // what the revert sends; None: skipped
        Skip skip = Skip::None;
        BotStatus nowStatus = BotStatus::Unknown;
        TimestampMs nowUpdatedAt = kNoTimestamp;
        TimestampMs producedUpdatedAt = 0;
        QString failure; // the server's message for ActionFailed
        qint64 entryId = 0; // the pending entry of that last action
        qint64 atMs = 0; // when it was sent
    };

    BotRevertPlan() = default;

    // entries: everything the log holds for the actions to put back (any
    // order): the pending entries and their answers. Actions whose origin is
    // revertOrigin are the revert's own (an earlier run). profile: the
    // signed-in profile; store: the bots now.
    static BotRevertPlan build(const QList<TriageEntry> &entries, const BotStore &store,
                               const QString &profile, const QString &revertOrigin);

    const QList<Item> &items() const { return m_items; }
    // The bots the revert sends action to, in the order of the incident.
    QList<BotKey> keys(PendingAction action) const;
    int count(PendingAction action) const;
    int skippedCount() const;
    int discordChanges() const { return m_discordChanges; }
    bool isEmpty() const { return m_items.isEmpty() && m_discordChanges == 0; }

    // Why an item is skipped, in a sentence (empty for reverted ones).
    static QString skipText(const Item &item);
    // What an item's revert does or why it does not ("Resume", "Skipped: ...").
    static QString outcomeText(const Item &item);
    // "Resume 3 bots and pause 1; 2 skipped." for the dialog's headline.
    QString summary() const;

private:
    QList<Item> m_items;
    int m_discordChanges = 0;
};
