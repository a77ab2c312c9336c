#pragma once

#include "BotBatchLedger.h"
#include "BotOperation.h"
#include "LostAnswerSettler.h"
#include "SnapshotCountCheck.h"

#include "api/ApiError.h"
#include "api/BotTypes.h"
#include "api/ConnectionState.h"
#include "api/ServerCapabilities.h"
#include "models/bots/BotKey.h"
#include "models/commands/BotCommands.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <deque>
#include <vector>

class BotControlApi;
class BotStatusFeed;
class BotStore;
class GraphQLClient;
class GraphQLWsClient;
class TriageLog;

Q_DECLARE_LOGGING_CATEGORY(lcBotSync)

// Feeds the BotStore from the server and carries the operator's actions back.
//
// Lifecycle: start() with the session's HTTP and WebSocket clients (already
// configured and started by the session); the controller makes its own
// BotControlApi and BotStatusFeed on them, so every (re)connection brings a
// full snapshot (pages merged as they arrive, the first one visible at once)
// followed by the buffered live events (newer wins, in the store). stop()
// forgets everything of the session.
//
// Mutations: rows are marked pending in the store before anything is sent
// (a second request for a pending row is refused, so a double click never
// sends the opposite toggle); toggles send the explicit target state; at most
// maxConcurrency() requests are in flight and the rest wait in order. Success
// applies the server's answer; failure restores the server state and reports
// the server's message. Every accepted operation ends as done, failed or
// unknown.
//
// Reconciled outcomes: an answer that was lost (ApiError::answerLost: a
// timeout, a reset, a server restart) is not a failure. The toggle is
// "unknown": logged so, its row kept pending, and settled from the server's
// state the next time the app sees the row, in a snapshot started after the
// loss or in the row's next event: "confirmed" (the server shows the
// requested state) or "not applied", logged as a further entry referring to
// the unknown one. When the link is live and the queue is idle the
// controller asks for that snapshot itself. A reconnect has no state to
// check and stays unknown.
//
// Qt Core only: no widgets, so the app and GUI tests share it.
class BotSyncController final : public QObject, public BotCommands
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotSyncController)

public:
    explicit BotSyncController(BotStore *store, QObject *parent = nullptr);
    ~BotSyncController() override;

    // Begins syncing with a signed-in session's clients (they must outlive
    // the next stop(), or be destroyed after it). Called again with the same
    // clients it does nothing; with new ones (re-authentication) it switches
    // to them and keeps the rows, which the next snapshot refreshes.
    // ws may be null: the server has no live updates (or they may not be
    // used), and the rows are polled over HTTP instead.
    void start(GraphQLClient *http, GraphQLWsClient *ws);

    // Polling (issue 13): without live updates (no ws, a refused
    // subscription, a link that stays down) the rows are reloaded every
    // intervalMs (default 5 s), never sooner than three times the last full
    // load took; paused while the window is hidden. reason says why there
    // are no live updates when ws is null (shown in tool tips).
    void setPollInterval(int intervalMs);
    void setPollingPaused(bool paused);
    void setNoLiveUpdatesReason(const QString &reason);
    // What the server offers: an action whose mutation it lacks is refused
    // here and reported as unavailable (BotCommands::actionUnavailableReason).
    void setCapabilities(const ServerCapabilities &capabilities);
    // Rows in the store whose platform is, on the wire, `wire` ("RUMBLE"):
    // the bots on a platform the server has and this version does not know.
    // -1 when the store cannot keep rows on that platform (it drops what it
    // cannot key), so no count is known.
    qsizetype rowCountOnPlatform(QStringView wire) const;
    // Cancels loads and queued requests (their rows are restored) and clears
    // the store: sign-out or profile switch.
    void stop();
    bool isStarted() const { return m_api != nullptr; }

    void setMaxConcurrency(int requests);
    int maxConcurrency() const { return m_maxConcurrency; }
    int inFlightCount() const { return m_inFlight; }
    int queuedCount() const { return int(m_queue.size()); }
    // Toggles whose answer was lost and whose outcome is not known yet.
    int unsettledCount() const { return m_lostAnswers.count(); }
    // Reconciling refetches so far: a snapshot whose row count disagreed with
    // the server's totalCount, or that saw the server move while it paged,
    // was fetched once more (see SnapshotCountCheck).
    int reconcileCount() const { return m_countCheck.refetchCount(); }

    // Every accepted operation is written to log (when set): a "pending"
    // entry (with the batch's origin) before its request is sent, and its
    // result before the page is told (handlers, batchChanged) that it is
    // done. The log must outlive the controller or be detached with nullptr.
    void setTriageLog(TriageLog *log);
    TriageLog *triageLog() const;

    BotStore *store() const;
    BotControlApi *api() const { return m_api; }
    BotStatusFeed *feed() const { return m_feed; }

    // BotCommands
    quint64 pause(const QList<BotKey> &keys, const QString &origin) override;
    quint64 resume(const QList<BotKey> &keys, const QString &origin) override;
    quint64 reconnect(const QList<BotKey> &keys, const QString &origin) override;
    quint64 retryFailed(quint64 batchId) override;
    void refresh() override;
    BotLoadState loadState() const override { return m_load; }
    BotBatchState batch(quint64 batchId) const override;
    QList<BotOperationSuccess> succeeded(quint64 batchId) const override;
    void setHandlers(QObject *context, Handlers handlers) override;

Q_SIGNALS:
    void loadStateChanged();
    void batchChanged(quint64 batchId);
    // An operation did not happen (Failed, or NotApplied after a lost answer).
    void operationFailed(quint64 batchId);
    // An operation's answer was lost (Unknown).
    void operationUnknown(quint64 batchId);
    // A lost answer was settled (Confirmed or NotApplied).
    void operationSettled(quint64 batchId);
    // Every server failure, so the session can turn UNAUTHENTICATED into a
    // new sign-in (connect to Session::handleApiError).
    void apiError(const ApiError &error);
    // A complete load succeeded after loads had failed (the server is back,
    // perhaps another version of it).
    void serverBack();

private:
    using Operation = BotOperation;

    quint64 submit(PendingAction action, const QList<BotKey> &keys, const QString &origin);
    void pump();
    void execute(const Operation &op);
    void finishOperation(const Operation &op, const ApiError &error,
                         const BotOperationSuccess &success = {});
    // The answer to op was lost: logged as unknown; a toggle waits to be
    // settled (its row stays pending), a reconnect stays unknown.
    void finishUnknown(const Operation &op, const ApiError &error);
    void leaveRunning(const Operation &op);
    // A lost answer was settled (LostAnswerSettler): counted and told.
    void reportSettled(const BotOperationFailure &outcome, TimestampMs serverUpdatedAt);
    // Asks for a snapshot when lost answers wait, the link is live and no
    // request is queued or in flight.
    void reconcileIfWanted();
    QString accountNameOf(const BotKey &key) const;
    void setLoad(BotLoadState state);
    QString pollingReason() const;
    void onConnectionState(const ConnectionState &state);
    void onLoadProgress(int rowsSoFar, int total);
    void notifyBatch(quint64 batchId);
    // Runs one of the handlers, unless their context is gone.
    template<typename Value>
    void tell(std::function<void(const Value &)> Handlers::*handler, const Value &value) const;
    // Writes op's answer to the triage log (before anyone is told).
    void logResult(const Operation &op, const ApiError &error, const QString &serverMessage,
                   TimestampMs serverUpdatedAt = 0);
    void teardown();

    QPointer<BotStore> m_store;
    QPointer<GraphQLWsClient> m_ws;
    QPointer<GraphQLClient> m_httpClient;
    BotControlApi *m_api = nullptr; // owned, made by start()
    BotStatusFeed *m_feed = nullptr; // owned, made by start()
    QPointer<QObject> m_handlerContext;
    Handlers m_handlers;
    QPointer<TriageLog> m_log;
    BotLoadState m_load;
    bool m_reservedForLoad = false;
    bool m_quietLoad = false; // a poll over rows already shown: no progress, no Loading
    bool m_loadFailed = false;
    int m_pollIntervalMs = 5000;
    bool m_pollingPaused = false;
    QString m_noLiveReason;
    ServerCapabilities m_capabilities;
    SnapshotCountCheck m_countCheck;

    std::deque<Operation> m_queue;
    std::vector<Operation> m_running; // sent, not yet answered
    int m_inFlight = 0;
    int m_maxConcurrency = 4;
    quint64 m_nextBatchId = 1;
    quint64 m_generation = 0; // answers of an older session are ignored
    BotBatchLedger m_batches;
    LostAnswerSettler m_lostAnswers;
};
