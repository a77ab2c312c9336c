#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"
#include "models/triage/TriageEntry.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

// What the Bots page can ask of whoever talks to the server. Views never touch
// the network: the page calls this interface and renders what the model and
// the handlers say. It is deliberately not a QObject, so the views layer does
// not depend on the sync layer that implements it (BotSyncController in
// app/sync). Like DiscordCommands, every callback takes a context object and
// is never run after that object is destroyed.
//
// The value types below are this interface's vocabulary; they live in the
// same header because they have no meaning without it.

// Where the snapshot load and the live connection are, for the page's banner.
struct BotLoadState
{
    enum class Phase : quint8 {
        Idle, // not started (signed out)
        Connecting, // waiting for the live connection before the first snapshot
        Loading, // snapshot pages arriving
        Ready, // snapshot complete; live events flowing
        Error, // the last attempt failed; errorMessage says why (retrying in the background)
    };
    Phase phase = Phase::Idle;
    int rowsLoaded = 0; // rows of the snapshot in flight so far
    int totalRows = 0; // the server's totalCount; 0 until the first page
    bool live = false; // live updates are flowing
    bool everLoaded = false; // a complete snapshot was applied at least once this session
    QString errorMessage; // the server's or the transport's message
    // No live updates (an older server, a refused subscription, a link that
    // is down): the rows are reloaded every pollIntervalMs instead.
    bool polling = false;
    int pollIntervalMs = 0; // the interval in effect (at least 3x the last full load)
    QString pollingReason; // why there are no live updates, for a tool tip
    qint64 updatedAtMs = 0; // wall clock of the last complete load or poll; 0: none yet
    // Why Reconnect is not offered (the server lacks adminRejoinBot); empty
    // when it is.
    QString reconnectUnavailable;

    friend bool operator==(const BotLoadState &, const BotLoadState &) = default;
};

// One operator action on one bot that did not simply succeed: it failed, its
// answer was lost, or a lost answer was settled from the server's state.
struct BotOperationFailure
{
    enum class Outcome : quint8 {
        Failed, // the server refused, or was never reached: nothing happened
        Unknown, // the answer was lost: the server may or may not have done it
        NotApplied, // was Unknown; the server's state shows it did not happen
        Confirmed, // was Unknown; the server's state shows it happened
    };

    quint64 batchId = 0;
    BotKey key;
    QString accountName;
    PendingAction action = PendingAction::None;
    QString message; // the server's message, or why the outcome is what it is
    QString code; // extensions.code, e.g. NO_CONNECTION; may be empty
    Outcome outcome = Outcome::Failed;
    // Unknown: whether the app checks the server's state (toggles; a
    // reconnect has no state to check and stays unknown).
    bool settling = false;
    BotStatus serverStatus = BotStatus::Unknown; // NotApplied, Confirmed: what the server shows
};

// One operation that took effect, and the row as it left it (the server's
// answer, or the state that confirmed a lost answer): what an undo compares
// with before it sends the opposite.
struct BotOperationSuccess
{
    BotKey key;
    BotStatus status = BotStatus::Unknown;
    TimestampMs updatedAt = kNoTimestamp;
    bool confirmedLater = false; // the answer was lost; the server's state confirmed it
};

// Progress of one request from the page (one row or many rows).
struct BotBatchState
{
    quint64 id = 0;
    PendingAction action = PendingAction::None;
    int total = 0; // operations accepted (sent or queued)
    int done = 0; // succeeded, including those confirmed after a lost answer
    int failed = 0; // did not happen, including those not applied after a lost answer
    // Answers lost and not settled: toggles until the app has seen the
    // server's state (settling), reconnects for good.
    int unknown = 0;
    int settling = 0; // of unknown: toggles being checked against the server
    int confirmed = 0; // of done: settled as applied after a lost answer
    int notApplied = 0; // of failed: settled as not applied after a lost answer
    // Rows left out: already in the requested state, without a connection,
    // or with another request in flight. Reported, never silently dropped.
    int skipped = 0;
    // Failed, not applied and unknown operations (what Retry Failed sends
    // again, except those still settling).
    QList<BotOperationFailure> failures;

    // Nothing of it is queued or in flight.
    bool isFinished() const noexcept { return done + failed + unknown >= total; }
    // ... and every toggle's outcome is known.
    bool isSettled() const noexcept { return isFinished() && settling == 0; }
};

class BotCommands
{
public:
    // What the page is told, in the GUI thread. Any of them may be left empty.
    struct Handlers
    {
        std::function<void(const BotLoadState &state)> loadStateChanged = {};
        // After every completed operation of a batch, and once when it is
        // created: that first call runs inside pause()/resume()/..., before
        // the batch's id is returned.
        std::function<void(const BotBatchState &batch)> batchChanged = {};
        // One operation that did not happen (Failed, NotApplied), with the
        // server's message, its row back to the server's state; or whose
        // answer was lost (Unknown: a toggle's row stays pending while the
        // app checks, settling).
        std::function<void(const BotOperationFailure &failure)> operationFailed = {};
        // A lost answer settled as applied (outcome Confirmed).
        std::function<void(const BotOperationFailure &outcome)> operationConfirmed = {};
    };

    virtual ~BotCommands() = default;

    // Each call is one batch; returns its id (0 when nothing was accepted,
    // e.g. a second click on a row whose request is still in flight). Rows
    // are marked pending at once; requests run with bounded concurrency.
    // origin says why the operator sent it, for the triage log: one of
    // TriageOrigin's words (single, bulk, undo).
    virtual quint64 pause(const QList<BotKey> &keys, const QString &origin) = 0;
    virtual quint64 resume(const QList<BotKey> &keys, const QString &origin) = 0;
    virtual quint64 reconnect(const QList<BotKey> &keys, const QString &origin) = 0;
    // Sends the failed operations of a batch again, as a new batch (logged
    // with TriageOrigin::retry()).
    virtual quint64 retryFailed(quint64 batchId) = 0;

    // Reloads every row from the server (and retries the live connection
    // when it is down).
    virtual void refresh() = 0;

    virtual BotLoadState loadState() const = 0;
    virtual BotBatchState batch(quint64 batchId) const = 0;
    // The operations of a batch that took effect so far, in completion order
    // (kept for the last few batches; empty for older ones).
    virtual QList<BotOperationSuccess> succeeded(quint64 batchId) const = 0;

    // Why the server does not offer action (empty when it does): such an
    // action is hidden, with this reason in its tool tip and the help.
    virtual QString actionUnavailableReason(PendingAction action) const
    {
        return action == PendingAction::Reconnect ? loadState().reconnectUnavailable : QString();
    }

    // One set of handlers (the page's), replacing any earlier one; none are
    // run once context is destroyed. A null context detaches.
    virtual void setHandlers(QObject *context, Handlers handlers) = 0;
};
