#include "ResyncFeed.h"

#include "GraphQLWsClient.h"
#include "GraphQLWsSubscription.h"

bool ResyncFeed::Snapshot::isCurrent() const
{
    return m_feed && m_feed->isCurrent(m_generation);
}

void ResyncFeed::Snapshot::finish(const ApiError &error) const
{
    if (m_feed)
        m_feed->onSnapshotFinished(m_generation, error);
}

ResyncFeed::ResyncFeed(GraphQLWsClient *client, const QString &operationName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operationName(operationName)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &ResyncFeed::flushLive);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a server's retry-after is a floor
    connect(&m_retryTimer, &QTimer::timeout, this, &ResyncFeed::startSnapshot);

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

ResyncFeed::~ResyncFeed()
{
    // No hooks from here on: the front end is already gone.
    cancelSnapshot(false);
    delete m_subscription.data();
}

void ResyncFeed::start()
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

void ResyncFeed::stop()
{
    cancelSnapshot(true);
    m_retryTimer.stop();
    delete m_subscription.data();
    discardEvents(Batch::Buffered);
    flushLive();
    m_buffering = true;
}

bool ResyncFeed::resync()
{
    if (!m_subscription || !m_client || !m_client->state().isLive())
        return false;
    startSnapshot();
    return true;
}

void ResyncFeed::subscribe()
{
    m_subscription =
        m_client->subscribe(GraphQLWsClient::operationText(m_operationName), {}, m_operationName);
    connect(m_subscription, &GraphQLWsSubscription::next, this, &ResyncFeed::onNext);
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
        flushLive();
        m_buffering = true;
        subscribe();
        if (m_client && m_client->state().isLive())
            startSnapshot();
    });
}

void ResyncFeed::onNext(const QJsonObject &data)
{
    QString why;
    if (!keepEvent(data, m_buffering ? Batch::Buffered : Batch::Live, &why)) {
        Q_EMIT eventSkipped(why);
        return;
    }
    if (!m_buffering && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void ResyncFeed::onConnectionLost()
{
    // What arrived before the loss is valid; deliver it, then hold everything
    // until the next snapshot.
    flushLive();
    m_buffering = true;
    discardEvents(Batch::Buffered);
    m_retryTimer.stop();
    cancelSnapshot(true);
}

void ResyncFeed::startSnapshot()
{
    if (!m_subscription)
        return;
    flushLive();
    cancelSnapshot(true);
    m_retryTimer.stop();
    m_buffering = true;
    // Anything buffered so far happened before this snapshot is read, so the
    // snapshot contains it.
    discardEvents(Batch::Buffered);
    const quint64 generation = ++m_generation;
    m_snapshotInFlight = true;
    ++m_snapshotCount;
    Q_EMIT snapshotStarted();
    m_cancelSnapshot = fetchSnapshot(Snapshot(this, generation));
}

void ResyncFeed::cancelSnapshot(bool announce)
{
    if (!m_snapshotInFlight)
        return;
    m_snapshotInFlight = false;
    ++m_generation; // late answers of the old fetch are ignored
    if (auto cancel = std::exchange(m_cancelSnapshot, {}))
        cancel();
    if (announce) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.message = tr("Reloading was restarted: the connection was lost or a reload was asked "
                       "for.");
        e.retryable = true;
        Q_EMIT snapshotFinished(e);
    }
}

bool ResyncFeed::isCurrent(quint64 generation) const
{
    return generation == m_generation && m_snapshotInFlight;
}

void ResyncFeed::onSnapshotFinished(quint64 generation, const ApiError &error)
{
    if (!isCurrent(generation))
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
    deliverEvents(Batch::Buffered);
    Q_EMIT synced();
}

void ResyncFeed::flushLive()
{
    m_flushTimer.stop();
    deliverEvents(Batch::Live);
}
