#pragma once

#include "api/ApiError.h"
#include "api/ConnectionState.h"
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
// the server's message. Every accepted operation ends as done or failed.
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
    void start(GraphQLClient *http, GraphQLWsClient *ws);
    // Cancels loads and queued requests (their rows are restored) and clears
    // the store: sign-out or profile switch.
    void stop();
    bool isStarted() const { return m_api != nullptr; }

    void setMaxConcurrency(int requests);
    int maxConcurrency() const { return m_maxConcurrency; }
    int inFlightCount() const { return m_inFlight; }
    int queuedCount() const { return int(m_queue.size()); }
    // Reconciling refetches so far: a snapshot whose row count disagreed with
    // the server's totalCount, or that saw the server move while it paged,
    // was fetched once more (see reconcileWithServerCount()).
    int reconcileCount() const { return m_reconcileCount; }

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
    void setHandlers(QObject *context, Handlers handlers) override;

Q_SIGNALS:
    void loadStateChanged();
    void batchChanged(quint64 batchId);
    void operationFailed(quint64 batchId);
    // Every server failure, so the session can turn UNAUTHENTICATED into a
    // new sign-in (connect to Session::handleApiError).
    void apiError(const ApiError &error);

private:
    struct Operation
    {
        quint64 batchId = 0;
        BotKey key;
        PendingAction action = PendingAction::None;
        qint64 logId = 0; // the triage log's pending entry
    };

    quint64 submit(PendingAction action, const QList<BotKey> &keys, const QString &origin);
    void pump();
    void execute(const Operation &op);
    void finishOperation(const Operation &op, const ApiError &error);
    void setLoad(const BotLoadState &state);
    void onConnectionState(const ConnectionState &state);
    void onLoadProgress(int rowsSoFar, int total);
    // After a snapshot and its buffered events: one more snapshot when the
    // rows held disagree with the server's totalCount.
    void reconcileWithServerCount();
    void notifyBatch(quint64 batchId);
    // Runs one of the handlers, unless their context is gone.
    template<typename Value>
    void tell(std::function<void(const Value &)> Handlers::*handler, const Value &value) const;
    // Writes op's answer to the triage log (before anyone is told).
    void logResult(const Operation &op, const ApiError &error, const QString &serverMessage);
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
    bool m_reconciling = false; // the snapshot in flight is a reconciling one
    int m_reconcileCount = 0;
    qsizetype m_lastSnapshotRemoved = 0;
    qsizetype m_serverTotal = -1; // totalCount of the snapshot's last page
    bool m_snapshotMoved = false; // totalCount changed between its pages

    std::deque<Operation> m_queue;
    std::vector<Operation> m_running; // sent, not yet answered
    int m_inFlight = 0;
    int m_maxConcurrency = 4;
    quint64 m_nextBatchId = 1;
    quint64 m_generation = 0; // answers of an older session are ignored
    QHash<quint64, BotBatchState> m_batches;
};
