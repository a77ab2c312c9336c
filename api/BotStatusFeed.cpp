#include "BotStatusFeed.h"

#include "BotControlApi.h"
#include "Decoders.h"
#include "GraphQLWsClient.h"
#include "GraphQLWsSubscription.h"

BotStatusFeed::SnapshotFetcher BotStatusFeed::fetcherFor(BotControlApi *api, int pageSize)
{
    return [api = QPointer<BotControlApi>(api),
            pageSize](QObject *context, const SnapshotHandlers &handlers) -> std::function<void()> {
        if (!api) {
            ApiError e;
            e.kind = ApiError::Kind::Cancelled;
            e.message = QStringLiteral("the Bot Control service is gone");
            QTimer::singleShot(0, context, [handlers, e] { handlers.finished(e); });
            return [] {
            };
        }
        BotStatusFetchJob *job = api->fetchAllStatuses({}, pageSize);
        QObject::connect(job, &BotStatusFetchJob::pageReceived, context, handlers.page);
        QObject::connect(job, &ApiJob::finished, context, handlers.finished);
        return [job = QPointer<BotStatusFetchJob>(job)] {
            if (job)
                job->cancel();
        };
    };
}

BotStatusFeed::BotStatusFeed(GraphQLWsClient *client, SnapshotFetcher fetcher, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_fetcher(std::move(fetcher))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &BotStatusFeed::flushPending);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a server's retry-after is a floor
    connect(&m_retryTimer, &QTimer::timeout, this, &BotStatusFeed::startSnapshot);

    connect(client, &GraphQLWsClient::stateChanged, this, [this](const ConnectionState &state) {
        if (state.isLive()) {
            m_wasLive = true;
        } else if (m_wasLive) {
            m_wasLive = false;
            onConnectionLost();
        }
    });
    connect(client, &GraphQLWsClient::subscriptionsSettled, this, [this] {
        if (m_subscription)
            startSnapshot();
    });
}

BotStatusFeed::~BotStatusFeed()
{
    cancelSnapshot(false);
    delete m_subscription.data();
}

void BotStatusFeed::start()
{
    if (m_subscription || !m_client)
        return;
    m_buffering = true;
    subscribe();
    // Normally the next subscriptionsSettled() starts the snapshot. If we join
    // a connection that is already live, there will be none; the HTTP round
    // trip is then what orders the snapshot after the subscribe.
    if (m_client->state().isLive())
        startSnapshot();
}

void BotStatusFeed::stop()
{
    cancelSnapshot(true);
    m_retryTimer.stop();
    delete m_subscription.data();
    m_buffer.clear();
    flushPending();
    m_buffering = true;
}

void BotStatusFeed::subscribe()
{
    m_subscription =
        m_client->subscribe(GraphQLWsClient::operationText(QStringLiteral("BotStatusChanged")), {},
                            QStringLiteral("BotStatusChanged"));
    connect(m_subscription, &GraphQLWsSubscription::next, this, &BotStatusFeed::onNext);
    connect(m_subscription, &GraphQLWsSubscription::error, this, [this](const ApiError &error) {
        cancelSnapshot(true);
        m_retryTimer.stop();
        m_subscription->deleteLater();
        m_subscription = nullptr;
        Q_EMIT subscriptionFailed(error);
    });
    connect(m_subscription, &GraphQLWsSubscription::completed, this, [this] {
        // The server ended the stream; we still want it. Events between its
        // end and the new subscription are caught by the resync.
        m_subscription->deleteLater();
        m_subscription = nullptr;
        flushPending();
        m_buffering = true;
        subscribe();
        if (m_client && m_client->state().isLive())
            startSnapshot();
    });
}

void BotStatusFeed::onNext(const QJsonObject &data)
{
    BotStatusEntry entry;
    QString why;
    if (!Decoders::decode(data.value(QLatin1String("botStatusChanged")), entry, &why)) {
        Q_EMIT eventSkipped(why);
        return;
    }
    if (m_buffering) {
        m_buffer.append(std::move(entry));
        return;
    }
    m_pending.append(std::move(entry));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BotStatusFeed::onConnectionLost()
{
    // What arrived before the loss is valid; deliver it, then hold everything
    // until the next snapshot.
    flushPending();
    m_buffering = true;
    m_buffer.clear();
    m_retryTimer.stop();
    cancelSnapshot(true);
}

void BotStatusFeed::startSnapshot()
{
    if (!m_subscription)
        return;
    flushPending();
    cancelSnapshot(true);
    m_retryTimer.stop();
    m_buffering = true;
    // Anything buffered so far happened before this snapshot is read, so the
    // snapshot contains it.
    m_buffer.clear();
    const quint64 generation = ++m_generation;
    m_snapshotInFlight = true;
    ++m_snapshotCount;
    Q_EMIT snapshotStarted();
    SnapshotHandlers handlers;
    handlers.page = [this, generation](const QList<BotStatusEntry> &rows) {
        onSnapshotPage(generation, rows);
    };
    handlers.finished = [this, generation](const ApiError &error) {
        onSnapshotFinished(generation, error);
    };
    m_cancelSnapshot = m_fetcher(this, handlers);
}

void BotStatusFeed::cancelSnapshot(bool announce)
{
    if (!m_snapshotInFlight)
        return;
    m_snapshotInFlight = false;
    ++m_generation; // late handlers of the old fetch are ignored
    if (auto cancel = std::exchange(m_cancelSnapshot, {}))
        cancel();
    if (announce) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.message = tr("Refreshing bot statuses was restarted after the connection was lost.");
        e.retryable = true;
        Q_EMIT snapshotFinished(e);
    }
}

void BotStatusFeed::onSnapshotPage(quint64 generation, const QList<BotStatusEntry> &rows)
{
    if (generation != m_generation || !m_snapshotInFlight)
        return;
    Q_EMIT snapshotPage(rows);
}

void BotStatusFeed::onSnapshotFinished(quint64 generation, const ApiError &error)
{
    if (generation != m_generation || !m_snapshotInFlight)
        return;
    m_snapshotInFlight = false;
    m_cancelSnapshot = {};
    Q_EMIT snapshotFinished(error);
    if (error.isError()) {
        const int delay = m_retryBackoff.delayMs(++m_snapshotFailures);
        m_retryTimer.start(error.retryAfterMs > delay ? error.retryAfterMs : delay);
        return;
    }
    m_snapshotFailures = 0;
    m_buffering = false;
    const QList<BotStatusEntry> replay = std::exchange(m_buffer, {});
    if (!replay.isEmpty())
        Q_EMIT events(replay);
    Q_EMIT synced();
}

void BotStatusFeed::flushPending()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<BotStatusEntry> batch = std::exchange(m_pending, {});
    Q_EMIT events(batch);
}
