#pragma once

#include "BotOperation.h"

#include "api/BotTypes.h"
#include "models/bots/BotKey.h"
#include "models/commands/BotCommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <functional>

struct ApiError;
class BotStatusFeed;
class BotStore;
class GraphQLWsClient;
class TriageLog;

// Settles the operations whose HTTP answer was lost (ApiError::answerLost: a
// timeout, a reset, a server restart). A toggle stays pending in the store
// until the server's row is seen after the loss, in a snapshot started after
// it or in the row's next event: "confirmed" when it shows the requested
// state, else "not applied", each logged as a further entry referring to the
// "unknown" one. A reconnect has no state to check and stays unknown.
//
// Owned by BotSyncController, which counts the outcomes into its batches and
// tells the page (settled()); its messages are the controller's, so they
// keep its translation context.
class LostAnswerSettler final
{
    Q_DECLARE_TR_FUNCTIONS(BotSyncController)

public:
    // outcome is Confirmed or NotApplied; serverUpdatedAt is the row's.
    using Settled =
        std::function<void(const BotOperationFailure &outcome, TimestampMs serverUpdatedAt)>;

    LostAnswerSettler(BotStore *store, Settled settled);

    void setTriageLog(TriageLog *log);
    // Toggles whose outcome is not known yet.
    int count() const { return int(m_unsettled.size()); }

    // op's answer was lost: logged as unknown; a toggle waits to be settled
    // (its row stays pending), a reconnect's pending mark goes. Returns the
    // Unknown failure to report.
    BotOperationFailure lose(const BotOperation &op, const ApiError &error);
    // The row may already show what op asked for: an event of the change
    // arrived before the answer was given up (it settled the pending mark).
    void settleIfShown(const BotOperation &op);

    void snapshotStarted();
    void snapshotPage(const QList<BotStatusEntry> &rows);
    // A complete snapshot: settles what it showed (or no longer has).
    void snapshotCompleted();
    void events(const QList<BotStatusEntry> &events);
    // Asks feed for a snapshot when lost answers wait and the link is live.
    // The caller calls it only when no request is queued or in flight.
    void requestSnapshotIfWanted(BotStatusFeed *feed, const GraphQLWsClient *ws);
    // Signed out: what was never settled stays unknown in the log.
    void abandon();

private:
    struct Unsettled
    {
        BotOperation op;
        qint64 unknownLogId = 0; // the triage log's "unknown" entry
        quint64 lostAtSnapshot = 0; // m_snapshotSerial when the answer was lost
        TimestampMs updatedAtWhenLost = kNoTimestamp; // the row's, then
    };

    // Settles key's lost answer from the server's row (a snapshot's or an
    // event's); applied when it shows the requested state.
    void settle(const BotKey &key, const BotStatusEntry &serverRow);
    // The row is gone from the server and the store: not applied.
    void settleGone(const BotKey &key);
    QString accountNameOf(const BotKey &key) const;

    QPointer<BotStore> m_store;
    QPointer<TriageLog> m_log;
    Settled m_settled;
    QHash<BotKey, Unsettled> m_unsettled; // one per key: its row stays pending
    QHash<BotKey, BotStatusEntry> m_seenInSnapshot; // unsettled rows in the snapshot in progress
    quint64 m_snapshotSerial = 0; // snapshots started
    bool m_reconcileWanted = false;
};
