#include "BotSyncController.h"

#include "api/BotControlApi.h"
#include "api/BotStatusFeed.h"
#include "api/BotStatusFetchJob.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "models/bots/BotStore.h"
#include "models/triage/TriageLog.h"

#include <QTimer>

Q_LOGGING_CATEGORY(lcBotSync, "lumio.sync.bots")

namespace {

constexpr int kSnapshotPageSize = 5000;

} // namespace

BotSyncController::BotSyncController(BotStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
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
}

TriageLog *BotSyncController::triageLog() const
{
    return m_log;
}

// --- lifecycle ---------------------------------------------------------------

void BotSyncController::start(GraphQLClient *http, GraphQLWsClient *ws)
{
    Q_ASSERT(http && ws);
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

    connect(m_feed, &BotStatusFeed::snapshotStarted, this, [this] {
        if (m_store)
            m_store->beginSnapshot();
        m_serverTotal = -1;
        m_snapshotMoved = false;
        BotLoadState s = m_load;
        s.phase = BotLoadState::Phase::Loading;
        s.rowsLoaded = 0;
        s.errorMessage.clear();
        m_reservedForLoad = false;
        setLoad(s);
    });
    connect(m_feed, &BotStatusFeed::snapshotPage, this, [this](const QList<BotStatusEntry> &rows) {
        if (m_store)
            m_store->mergeSnapshot(rows);
    });
    connect(m_feed, &BotStatusFeed::snapshotFinished, this, [this](const ApiError &error) {
        // Only a complete snapshot says which bots the server no longer has.
        if (m_store)
            m_lastSnapshotRemoved = m_store->endSnapshot(!error);
        if (error.kind == ApiError::Kind::Cancelled)
            return; // superseded by a newer connection; another snapshot follows
        BotLoadState s = m_load;
        if (error) {
            qCWarning(lcBotSync) << "snapshot failed:" << error.message;
            s.phase = BotLoadState::Phase::Error;
            s.errorMessage = error.message;
            Q_EMIT apiError(error);
        } else {
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
    });
    connect(m_feed, &BotStatusFeed::events, this, [this](const QList<BotStatusEntry> &events) {
        if (m_store)
            m_store->applyEvents(events);
    });
    connect(m_feed, &BotStatusFeed::synced, this, &BotSyncController::reconcileWithServerCount);
    connect(m_feed, &BotStatusFeed::subscriptionFailed, this, [this](const ApiError &error) {
        BotLoadState s = m_load;
        s.phase = BotLoadState::Phase::Error;
        s.live = false;
        s.errorMessage = error.message;
        setLoad(s);
        Q_EMIT apiError(error);
    });
    connect(ws, &GraphQLWsClient::stateChanged, this, &BotSyncController::onConnectionState);

    BotLoadState s;
    s.phase = BotLoadState::Phase::Connecting;
    s.live = ws->state().isLive();
    setLoad(s);
    m_feed->start();
    onConnectionState(ws->state());
}

void BotSyncController::stop()
{
    teardown();
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
    // silently; their rows go back to the server's state.
    std::vector<Operation> unfinished(m_running.begin(), m_running.end());
    unfinished.insert(unfinished.end(), m_queue.begin(), m_queue.end());
    m_running.clear();
    m_queue.clear();
    m_inFlight = 0;
    for (const Operation &op : unfinished) {
        ApiError ended;
        ended.kind = ApiError::Kind::Cancelled;
        ended.message = tr("Not completed: the session ended before the server answered.");
        logResult(op, ended, {});
        if (m_store)
            m_store->failPending(op.key);
        BotOperationFailure failure;
        failure.batchId = op.batchId;
        failure.key = op.key;
        failure.action = op.action;
        failure.message = ended.message;
        tell(&Handlers::operationFailed, failure);
    }
    m_batches.clear();
    m_httpClient = nullptr;
}

void BotSyncController::setMaxConcurrency(int requests)
{
    m_maxConcurrency = qMax(1, requests);
    pump();
}

void BotSyncController::refresh()
{
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
    if (!state.isLive() && state.error()) {
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

void BotSyncController::reconcileWithServerCount()
{
    // A server that inserts or removes rows while we page (offset cursors
    // shift under us) can make a snapshot skip or repeat rows. Repeats merge
    // by key; skips show as a count that disagrees with the server's
    // totalCount, or, when inserts and removals balance, only as the
    // movement itself: a bot delivered twice, or a totalCount that changed
    // between pages. Any of these fetches the snapshot once more (a server
    // that never holds still may never agree: never a second one in a row).
    // Held news would skew the count: not while frozen.
    const bool wasReconcile = std::exchange(m_reconciling, false);
    const bool moved = std::exchange(m_snapshotMoved, false);
    if (wasReconcile || !m_store || !m_feed || m_store->isHeld())
        return;
    const qsizetype have = m_store->liveRowCount();
    const qsizetype server = m_serverTotal;
    const qsizetype repeats = m_store->snapshotRepeats();
    if (server < 0 || (have == server && repeats == 0 && !moved))
        return;
    qCInfo(lcBotSync).nospace() << "the snapshot ended with " << have << " bots, the server counts "
                                << server << " (" << m_lastSnapshotRemoved << " removed, "
                                << repeats << " delivered twice, total "
                                << (moved ? "moved" : "steady")
                                << " while paging): fetching it once more";
    if (m_feed->resync()) {
        m_reconciling = true;
        ++m_reconcileCount;
    }
}

void BotSyncController::onLoadProgress(int rowsSoFar, int total)
{
    if (!m_reservedForLoad && m_store && total > m_store->rowCount()) {
        // Avoids vector regrowth (and its transient double memory) on a big load.
        m_store->reserve(total);
        m_reservedForLoad = true;
    }
    if (m_serverTotal >= 0 && total != m_serverTotal)
        m_snapshotMoved = true; // rows came or went between two pages
    m_serverTotal = total; // the last page's count is the freshest
    BotLoadState s = m_load;
    s.rowsLoaded = rowsSoFar;
    s.totalRows = total;
    setLoad(s);
}

void BotSyncController::setLoad(const BotLoadState &state)
{
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
    const auto it = m_batches.constFind(batchId);
    if (it == m_batches.cend() || it->failures.isEmpty())
        return 0;
    QHash<int, QList<BotKey>> byAction; // a batch has one action, but be general
    for (const BotOperationFailure &f : it->failures)
        byAction[int(f.action)].append(f.key);
    quint64 last = 0;
    for (auto a = byAction.cbegin(); a != byAction.cend(); ++a)
        last = submit(PendingAction(a.key()), a.value(), TriageOrigin::retry());
    return last;
}

BotBatchState BotSyncController::batch(quint64 batchId) const
{
    return m_batches.value(batchId);
}

quint64 BotSyncController::submit(PendingAction action, const QList<BotKey> &keys,
                                  const QString &origin)
{
    if (!m_store || !m_api || keys.isEmpty())
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
                const qsizetype row = m_store->rowForKey(key);
                if (row >= 0)
                    e.accountName = m_store->accountName(row);
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
    m_batches.insert(batch.id, batch);
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
        logResult(op, result, result ? QString() : QString(botStatusToWire(job->value().status)));
        if (!result && m_store)
            m_store->completePending(job->value());
        finishOperation(op, result);
    });
}

void BotSyncController::finishOperation(const Operation &op, const ApiError &error)
{
    --m_inFlight;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->batchId == op.batchId && it->key == op.key) {
            m_running.erase(it);
            break;
        }
    }
    auto it = m_batches.find(op.batchId);
    if (error) {
        if (m_store)
            m_store->failPending(op.key); // back to the server's state
        BotOperationFailure failure;
        failure.batchId = op.batchId;
        failure.key = op.key;
        failure.action = op.action;
        failure.message = error.message.isEmpty() ? tr("The request failed.") : error.message;
        failure.code = error.code;
        if (m_store) {
            const qsizetype row = m_store->rowForKey(op.key);
            if (row >= 0)
                failure.accountName = m_store->accountName(row);
        }
        qCInfo(lcBotSync) << "operation failed:" << int(op.action) << failure.accountName
                          << error.code << error.message;
        if (it != m_batches.end()) {
            ++it->failed;
            it->failures.append(failure);
        }
        Q_EMIT apiError(error);
        Q_EMIT operationFailed(op.batchId);
        tell(&Handlers::operationFailed, failure);
    } else if (it != m_batches.end()) {
        ++it->done;
    }
    notifyBatch(op.batchId);
    pump();
}

void BotSyncController::logResult(const Operation &op, const ApiError &error,
                                  const QString &serverMessage)
{
    if (!m_log)
        return;
    QString accountName;
    if (m_store) {
        const qsizetype row = m_store->rowForKey(op.key);
        if (row >= 0)
            accountName = m_store->accountName(row);
    }
    m_log->appendResult(op.logId, error, serverMessage, accountName);
}

void BotSyncController::notifyBatch(quint64 batchId)
{
    const auto it = m_batches.constFind(batchId);
    if (it == m_batches.cend())
        return;
    // A copy: a receiver of batchChanged() may change m_batches.
    const BotBatchState state = *it; // NOLINT(performance-unnecessary-copy-initialization)
    Q_EMIT batchChanged(batchId);
    tell(&Handlers::batchChanged, state);
}
