#include "BotSyncController.h"

#include "api/BotControlApi.h"
#include "api/BotStatusFeed.h"
#include "api/BotStatusFetchJob.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "models/bots/BotStore.h"
#include "models/triage/TriageLog.h"

#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcBotSync, "lumio.sync.bots")

namespace {

constexpr int kSnapshotPageSize = 5000;

} // namespace

BotSyncController::BotSyncController(BotStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_lostAnswers(store, [this](const BotOperationFailure &outcome, TimestampMs updatedAt) {
        reportSettled(outcome, updatedAt);
    })
{
    Q_ASSERT(store);
}

BotSyncController::~BotSyncController()
{
    // The page may be half destroyed by now; tell nobody.
    m_handlerContext = nullptr;
    m_handlers = {};
    teardown();
}

void BotSyncController::setHandlers(QObject *context, Handlers handlers)
{
    m_handlerContext = context;
    m_handlers = context ? std::move(handlers) : Handlers {};
}

template<typename Value>
void BotSyncController::tell(std::function<void(const Value &)> Handlers::*handler,
                             const Value &value) const
{
    if (!m_handlerContext)
        return;
    // A copy: the handler may replace the handlers while it runs.
    const std::function<void(const Value &)> run = m_handlers.*handler;
    if (run)
        run(value);
}

BotStore *BotSyncController::store() const
{
    return m_store;
}

void BotSyncController::setTriageLog(TriageLog *log)
{
    m_log = log;
    m_lostAnswers.setTriageLog(log);
}

TriageLog *BotSyncController::triageLog() const
{
    return m_log;
}

// --- lifecycle ---------------------------------------------------------------

void BotSyncController::start(GraphQLClient *http, GraphQLWsClient *ws)
{
    Q_ASSERT(http);
    if (isStarted()) {
        if (m_ws == ws && m_httpClient == http)
            return; // the same session signed in again: keep going
        // New clients for the same profile (re-authentication): keep the rows,
        // the next snapshot merges over them without a flicker.
        teardown();
    }
    ++m_generation;
    m_httpClient = http;
    m_ws = ws;
    m_api = new BotControlApi(http, this);

    // Our own fetcher rather than BotStatusFeed::fetcherFor(): the same job,
    // but we also want its progress (rows so far of totalCount) for the page.
    BotStatusFeed::SnapshotFetcher fetcher =
        [this, api = QPointer<BotControlApi>(m_api)](
            QObject *context,
            const BotStatusFeed::SnapshotHandlers &handlers) -> std::function<void()> {
        if (!api) {
            ApiError gone;
            gone.kind = ApiError::Kind::Cancelled;
            QTimer::singleShot(0, context, [handlers, gone] { handlers.finished(gone); });
            return [] {
            };
        }
        BotStatusFetchJob *job = api->fetchAllStatuses({}, kSnapshotPageSize);
        connect(job, &BotStatusFetchJob::pageReceived, context, handlers.page);
        connect(job, &BotStatusFetchJob::progress, this, &BotSyncController::onLoadProgress);
        connect(job, &ApiJob::finished, context, handlers.finished);
        return [job = QPointer<BotStatusFetchJob>(job)] {
            if (job)
                job->cancel();
        };
    };
    m_feed = new BotStatusFeed(ws, std::move(fetcher), this);
    m_feed->setPollInterval(m_pollIntervalMs);
    m_feed->setPollingPaused(m_pollingPaused);
    connect(m_feed, &ResyncFeed::pollingChanged, this, [this] { setLoad(m_load); });

    connect(m_feed, &BotStatusFeed::snapshotStarted, this, [this] {
        m_lostAnswers.snapshotStarted();
        m_reservedForLoad = false;
        // Every snapshot, a quiet poll too, brackets the store's merge: what
        // a complete one does not deliver is gone from the server.
        if (m_store)
            m_store->beginSnapshot();
        m_countCheck.snapshotStarted();
        // A poll over rows already on screen is quiet: no progress bar, no
        // "Loading", the table simply stays current.
        m_quietLoad = m_feed->isPolling() && m_load.everLoaded;
        if (m_quietLoad)
            return;
        BotLoadState s = m_load;
        s.phase = BotLoadState::Phase::Loading;
        s.rowsLoaded = 0;
        s.errorMessage.clear();
        setLoad(s);
    });
    connect(m_feed, &BotStatusFeed::snapshotPage, this, [this](const QList<BotStatusEntry> &rows) {
        if (m_store)
            m_store->mergeSnapshot(rows);
        m_lostAnswers.snapshotPage(rows);
    });
    connect(m_feed, &BotStatusFeed::snapshotFinished, this, [this](const ApiError &error) {
        // Only a complete snapshot says which bots the server no longer has.
        if (m_store)
            m_countCheck.snapshotEnded(m_store->endSnapshot(!error));
        if (error.kind == ApiError::Kind::Cancelled)
            return; // superseded by a newer connection; another snapshot follows
        BotLoadState s = m_load;
        if (error) {
            qCWarning(lcBotSync) << "snapshot failed:" << error.message;
            s.phase = BotLoadState::Phase::Error;
            s.errorMessage = error.message;
            m_loadFailed = true;
            Q_EMIT apiError(error);
        } else {
            if (std::exchange(m_loadFailed, false))
                QTimer::singleShot(0, this, &BotSyncController::serverBack);
            if (m_store) {
                m_store->flush();
                m_store->squeeze();
            }
            s.phase = BotLoadState::Phase::Ready;
            s.everLoaded = true;
            s.errorMessage.clear();
            if (s.totalRows < s.rowsLoaded)
                s.totalRows = s.rowsLoaded;
        }
        setLoad(s);
        if (error)
            return;
        m_lostAnswers.snapshotCompleted();
        if (m_inFlight == 0 && m_queue.empty())
            reconcileIfWanted();
    });
    connect(m_feed, &BotStatusFeed::events, this, [this](const QList<BotStatusEntry> &events) {
        if (m_store)
            m_store->applyEvents(events);
        m_lostAnswers.events(events);
    });
    connect(m_feed, &BotStatusFeed::synced, this, [this] { m_countCheck.check(m_store, m_feed); });
    connect(m_feed, &BotStatusFeed::subscriptionFailed, this, [this](const ApiError &error) {
        BotLoadState s = m_load;
        s.phase = BotLoadState::Phase::Error;
        s.live = false;
        s.errorMessage = error.message;
        setLoad(s);
        Q_EMIT apiError(error);
    });
    if (ws)
        connect(ws, &GraphQLWsClient::stateChanged, this, &BotSyncController::onConnectionState);

    BotLoadState s;
    s.phase = BotLoadState::Phase::Connecting;
    s.live = ws && ws->state().isLive();
    setLoad(s);
    m_feed->start();
    if (ws)
        onConnectionState(ws->state());
}

void BotSyncController::setPollInterval(int intervalMs)
{
    m_pollIntervalMs = qMax(1, intervalMs);
    if (m_feed) {
        m_feed->setPollInterval(m_pollIntervalMs);
        setLoad(m_load);
    }
}

void BotSyncController::setPollingPaused(bool paused)
{
    m_pollingPaused = paused;
    if (m_feed)
        m_feed->setPollingPaused(paused);
}

void BotSyncController::setNoLiveUpdatesReason(const QString &reason)
{
    m_noLiveReason = reason;
    setLoad(m_load);
}

void BotSyncController::setCapabilities(const ServerCapabilities &capabilities)
{
    m_capabilities = capabilities;
    setLoad(m_load);
}

qsizetype BotSyncController::rowCountOnPlatform(QStringView wire) const
{
    return m_store ? m_store->rowCountOnWire(wire) : 0;
}

QString BotSyncController::pollingReason() const
{
    if (!m_feed)
        return {};
    switch (m_feed->pollReason()) {
    case ResyncFeed::PollReason::None:
        break;
    case ResyncFeed::PollReason::NoLiveUpdates:
        return m_noLiveReason.isEmpty() ? tr("This server offers no live updates.")
                                        : m_noLiveReason;
    case ResyncFeed::PollReason::SubscriptionRefused:
        return tr("The server refused live updates: %1").arg(m_feed->subscriptionError().message);
    case ResyncFeed::PollReason::LinkDown: {
        const QString why = m_ws ? m_ws->state().error().message : QString();
        return why.isEmpty() ? tr("The live connection is not available.")
                             : tr("The live connection is not available: %1").arg(why);
    }
    }
    return {};
}

void BotSyncController::stop()
{
    teardown();
    m_lostAnswers.abandon();
    m_batches.clear();
    if (m_store)
        m_store->clear();
    setLoad({});
}

void BotSyncController::teardown()
{
    ++m_generation;
    if (m_ws)
        m_ws->disconnect(this);
    m_ws = nullptr;
    // Deleting the api deletes its jobs: no answer arrives after this.
    delete m_feed;
    m_feed = nullptr;
    delete m_api;
    m_api = nullptr;
    // Requests that were queued or in flight are reported, never dropped
    // silently. Those in flight may have reached the server: their answer
    // is lost (a toggle is settled by the next session's snapshot, if the
    // same profile signs in again); queued ones were never sent.
    const std::vector<Operation> running = std::exchange(m_running, {});
    const std::deque<Operation> queued = std::exchange(m_queue, {});
    m_inFlight = int(running.size()); // finishUnknown() counts them down
    for (const Operation &op : running) {
        ApiError ended;
        ended.kind = ApiError::Kind::Cancelled;
        ended.answerLost = true;
        ended.message = tr("Not completed: the session ended before the server answered.");
        m_running.push_back(op);
        finishUnknown(op, ended);
    }
    m_inFlight = 0;
    for (const Operation &op : queued) {
        ApiError ended;
        ended.kind = ApiError::Kind::Cancelled;
        ended.message = tr("Not sent: the session ended before its turn.");
        logResult(op, ended, {});
        if (m_store)
            m_store->failPending(op.key);
        BotOperationFailure failure;
        failure.batchId = op.batchId;
        failure.key = op.key;
        failure.action = op.action;
        failure.message = ended.message;
        m_batches.recordFailed(failure);
        tell(&Handlers::operationFailed, failure);
    }
    m_httpClient = nullptr;
}

void BotSyncController::setMaxConcurrency(int requests)
{
    m_maxConcurrency = qMax(1, requests);
    pump();
}

void BotSyncController::refresh()
{
    if (m_feed && m_feed->isPolling()) {
        m_feed->resync(); // a poll now
        return;
    }
    if (!m_feed || !m_ws)
        return;
    if (!m_ws->state().isLive()) {
        // Nothing to reload over a dead link; skip the backoff wait instead.
        // The snapshot follows the next acknowledgement.
        m_ws->retryNow();
        return;
    }
    // Re-subscribing makes the feed fetch a complete snapshot again, with
    // events buffered meanwhile (the no-missed-update rule still holds).
    m_feed->stop();
    m_feed->start();
}

void BotSyncController::onConnectionState(const ConnectionState &state)
{
    BotLoadState s = m_load;
    s.live = state.isLive();
    if (!state.isLive() && state.error() && m_feed && m_feed->isPolling()) {
        // Loaded over HTTP regardless: the polls say whether that works.
    } else if (!state.isLive() && state.error()) {
        // The banner shows why, whether or not data is already on screen.
        if (!s.everLoaded || s.phase != BotLoadState::Phase::Ready) {
            s.phase = BotLoadState::Phase::Error;
        }
        s.errorMessage = state.error().message;
    } else if (state.isLive() && s.phase == BotLoadState::Phase::Error) {
        // The feed resynchronises on its own now; it will report Loading.
        s.phase = s.everLoaded ? BotLoadState::Phase::Ready : BotLoadState::Phase::Connecting;
        s.errorMessage.clear();
    }
    setLoad(s);
}

void BotSyncController::onLoadProgress(int rowsSoFar, int total)
{
    if (!m_reservedForLoad && m_store && total > m_store->rowCount()) {
        // Avoids vector regrowth (and its transient double memory) on a big load.
        m_store->reserve(total);
        m_reservedForLoad = true;
    }
    m_countCheck.pageTotal(total);
    if (m_quietLoad)
        return;
    BotLoadState s = m_load;
    s.rowsLoaded = rowsSoFar;
    s.totalRows = total;
    setLoad(s);
}

void BotSyncController::setLoad(BotLoadState state)
{
    // What the feed and the server's offer say, whoever changed the rest.
    state.polling = m_feed && m_feed->isPolling();
    state.pollIntervalMs = state.polling ? m_feed->effectivePollInterval() : 0;
    state.pollingReason = state.polling ? pollingReason() : QString();
    state.updatedAtMs = m_feed ? m_feed->lastSyncedAtMs() : 0;
    state.reconnectUnavailable = m_capabilities.supports(QStringLiteral("AdminRejoinBot"))
        ? QString()
        : tr("this server has no adminRejoinBot (an older Lumio API), so it cannot ask a bot to "
             "rejoin");
    if (state == m_load)
        return;
    m_load = state;
    Q_EMIT loadStateChanged();
    tell(&Handlers::loadStateChanged, m_load);
}

// --- mutations ---------------------------------------------------------------

quint64 BotSyncController::pause(const QList<BotKey> &keys, const QString &origin)
{
    return submit(PendingAction::Pause, keys, origin);
}

quint64 BotSyncController::resume(const QList<BotKey> &keys, const QString &origin)
{
    return submit(PendingAction::Resume, keys, origin);
}

quint64 BotSyncController::reconnect(const QList<BotKey> &keys, const QString &origin)
{
    return submit(PendingAction::Reconnect, keys, origin);
}

quint64 BotSyncController::retryFailed(quint64 batchId)
{
    const QHash<int, QList<BotKey>> byAction = m_batches.retryable(batchId);
    quint64 last = 0;
    for (auto a = byAction.cbegin(); a != byAction.cend(); ++a)
        last = submit(PendingAction(a.key()), a.value(), TriageOrigin::retry());
    return last;
}

BotBatchState BotSyncController::batch(quint64 batchId) const
{
    return m_batches.batch(batchId);
}

QList<BotOperationSuccess> BotSyncController::succeeded(quint64 batchId) const
{
    return m_batches.succeeded(batchId);
}

QString BotSyncController::accountNameOf(const BotKey &key) const
{
    return m_store ? m_store->accountNameOf(key) : QString();
}

quint64 BotSyncController::submit(PendingAction action, const QList<BotKey> &keys,
                                  const QString &origin)
{
    if (!m_store || !m_api || keys.isEmpty())
        return 0;
    // The page hides what the server does not offer; never send it anyway.
    if (!actionUnavailableReason(action).isEmpty())
        return 0;
    BotBatchState batch;
    batch.id = m_nextBatchId++;
    batch.action = action;
    const size_t firstQueued = m_queue.size();
    QList<TriageEntry> entries;
    for (const BotKey &key : keys) {
        // beginPending refuses rows in the wrong state or already pending:
        // that is what makes a double click harmless.
        if (m_store->beginPending(key, action)) {
            m_queue.push_back({batch.id, key, action});
            ++batch.total;
            if (m_log) {
                TriageEntry e;
                e.kind = QStringLiteral("bot");
                e.accountId = key.accountId;
                e.accountName = accountNameOf(key);
                e.platform = QString(platformToWire(key.platform));
                e.action = action == PendingAction::Pause ? TriageAction::pause()
                    : action == PendingAction::Resume     ? TriageAction::resume()
                                                          : TriageAction::reconnect();
                e.origin = origin;
                e.result = TriageEntry::Result::Pending;
                e.batchId = qint64(batch.id);
                entries.append(e);
            }
        } else {
            ++batch.skipped;
        }
    }
    if (m_log && !entries.isEmpty()) {
        // Committed before anything is sent: an answer that never comes
        // still leaves "sent, no answer" in the log.
        const QList<qint64> ids = m_log->appendAll(entries);
        for (qsizetype i = 0; i < ids.size() && firstQueued + size_t(i) < m_queue.size(); ++i)
            m_queue[firstQueued + size_t(i)].logId = ids.at(i);
    }
    if (batch.total == 0) {
        // Nothing to send; still reported so a bulk request is never a silent no-op.
        if (keys.size() > 1)
            tell(&Handlers::batchChanged, batch);
        return 0;
    }
    m_batches.open(batch);
    notifyBatch(batch.id);
    pump();
    return batch.id;
}

void BotSyncController::pump()
{
    while (m_inFlight < m_maxConcurrency && !m_queue.empty()) {
        const Operation op = m_queue.front();
        m_queue.pop_front();
        execute(op);
    }
    if (m_inFlight == 0 && m_queue.empty())
        reconcileIfWanted();
}

void BotSyncController::execute(const Operation &op)
{
    ++m_inFlight;
    m_running.push_back(op);
    const quint64 generation = m_generation;
    const QString &id = op.key.accountId; // sent exactly as the server gave it
    if (op.action == PendingAction::Reconnect) {
        ValueJob<bool> *job = m_api->rejoin(id, op.key.platform);
        connect(job, &ApiJob::finished, this, [this, op, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            if (error.answerLost) {
                finishUnknown(op, error);
                return;
            }
            logResult(op, error, error ? QString() : tr("Rejoin requested"));
            if (!error && m_store) {
                // A rejoin changes no status; the event that follows brings
                // the new heartbeat. Only the pending mark goes.
                m_store->failPending(op.key);
            }
            finishOperation(op, error);
        });
        return;
    }
    const bool enabled = op.action == PendingAction::Resume;
    ValueJob<BotStatusEntry> *job = m_api->toggle(id, op.key.platform, enabled);
    connect(job, &ApiJob::finished, this, [this, job, op, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        ApiError result = error;
        if (!result && !job->hasValue()) {
            result.kind = ApiError::Kind::Decode;
            result.message = tr("The server did not return the bot's new state.");
        }
        if (result.answerLost) {
            finishUnknown(op, result);
            return;
        }
        // With the row's updatedAt: what "no later change" is measured against
        // (incident revert, planned resume).
        logResult(op, result, result ? QString() : QString(botStatusToWire(job->value().status)),
                  result ? 0 : job->value().updatedAt);
        BotOperationSuccess success;
        if (!result) {
            const BotStatusEntry &answer = job->value();
            if (m_store)
                m_store->completePending(answer);
            success = {op.key, answer.status, answer.updatedAt, false};
        }
        finishOperation(op, result, success);
    });
}

void BotSyncController::leaveRunning(const Operation &op)
{
    --m_inFlight;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->batchId == op.batchId && it->key == op.key) {
            m_running.erase(it);
            break;
        }
    }
}

void BotSyncController::finishUnknown(const Operation &op, const ApiError &error)
{
    leaveRunning(op);
    const BotOperationFailure failure = m_lostAnswers.lose(op, error);
    m_batches.recordUnknown(failure);
    if (error.kind != ApiError::Kind::Cancelled)
        Q_EMIT apiError(error);
    Q_EMIT operationUnknown(op.batchId);
    tell(&Handlers::operationFailed, failure);
    notifyBatch(op.batchId);
    m_lostAnswers.settleIfShown(op);
    pump();
}

void BotSyncController::reportSettled(const BotOperationFailure &outcome,
                                      TimestampMs serverUpdatedAt)
{
    m_batches.recordSettled(outcome, serverUpdatedAt);
    Q_EMIT operationSettled(outcome.batchId);
    if (outcome.outcome == BotOperationFailure::Outcome::Confirmed) {
        tell(&Handlers::operationConfirmed, outcome);
    } else {
        Q_EMIT operationFailed(outcome.batchId);
        tell(&Handlers::operationFailed, outcome);
    }
    notifyBatch(outcome.batchId);
}

void BotSyncController::reconcileIfWanted()
{
    m_lostAnswers.requestSnapshotIfWanted(m_feed, m_ws);
}

void BotSyncController::finishOperation(const Operation &op, const ApiError &error,
                                        const BotOperationSuccess &success)
{
    leaveRunning(op);
    if (error) {
        if (m_store)
            m_store->failPending(op.key); // back to the server's state
        BotOperationFailure failure;
        failure.batchId = op.batchId;
        failure.key = op.key;
        failure.action = op.action;
        failure.message = error.message.isEmpty() ? tr("The request failed.") : error.message;
        failure.code = error.code;
        failure.accountName = accountNameOf(op.key);
        qCInfo(lcBotSync) << "operation failed:" << int(op.action) << failure.accountName
                          << error.code << error.message;
        m_batches.recordFailed(failure);
        Q_EMIT apiError(error);
        Q_EMIT operationFailed(op.batchId);
        tell(&Handlers::operationFailed, failure);
    } else {
        m_batches.recordDone(op.batchId, success);
    }
    notifyBatch(op.batchId);
    pump();
}

void BotSyncController::logResult(const Operation &op, const ApiError &error,
                                  const QString &serverMessage, TimestampMs serverUpdatedAt)
{
    if (!m_log)
        return;
    m_log->appendResult(op.logId, error, serverMessage, accountNameOf(op.key),
                        serverUpdatedAt == kNoTimestamp ? 0 : serverUpdatedAt);
}

void BotSyncController::notifyBatch(quint64 batchId)
{
    if (!m_batches.contains(batchId))
        return;
    // A copy: a receiver of batchChanged() may change the batch.
    const BotBatchState state = m_batches.batch(batchId);
    Q_EMIT batchChanged(batchId);
    tell(&Handlers::batchChanged, state);
}
