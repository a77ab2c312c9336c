#include "ResyncFeed.h"

#include "GraphQLWsClient.h"
#include "GraphQLWsSubscription.h"

#include <QDateTime>

#include <algorithm>

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
    , m_hasClient(client != nullptr)
    , m_operationName(operationName)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &ResyncFeed::flushLive);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a server's retry-after is a floor
    connect(&m_retryTimer, &QTimer::timeout, this, &ResyncFeed::startSnapshot);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ResyncFeed::poll);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        if (!m_started || clientIsLive())
            return;
        m_linkDown = true;
        updatePollReason();
        poll();
    });

    if (!client)
        return;
    connect(client, &GraphQLWsClient::stateChanged, this, &ResyncFeed::onClientState);
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

bool ResyncFeed::clientIsLive() const
{
    return m_client && m_client->state().isLive();
}

void ResyncFeed::start()
{
    if (m_started)
        return;
    m_started = true;
    m_buffering = true;
    if (m_client) {
        subscribe();
        // Normally the next subscriptionsSettled() starts the snapshot. If we
        // join a connection that is already live, there will be none; the
        // HTTP round trip is then what orders the snapshot after the subscribe.
        if (m_client->state().isLive()) {
            m_everLive = true; // a later loss waits the grace period
            startSnapshot();
        } else
            onClientState(m_client->state());
    }
    updatePollReason();
    if (isPolling())
        poll();
}

void ResyncFeed::stop()
{
    m_started = false;
    cancelSnapshot(true);
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_graceTimer.stop();
    m_pollDue = false;
    m_linkDown = false;
    m_subscriptionError = {};
    delete m_subscription.data();
    discardEvents(Batch::Buffered);
    flushLive();
    m_buffering = true;
    updatePollReason();
}

bool ResyncFeed::resync()
{
    if (!m_started)
        return false;
    if (isPolling()) {
        // Asked for (a reload): at once, even while paused.
        startSnapshot();
        return true;
    }
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
        m_subscriptionError = error;
        if (!m_subscriptionError.isError())
            m_subscriptionError.kind = ApiError::Kind::GraphQL;
        updatePollReason(); // receivers of subscriptionFailed see isPolling()
        Q_EMIT subscriptionFailed(error);
        poll();
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

void ResyncFeed::onClientState(const ConnectionState &state)
{
    if (state.isLive()) {
        m_wasLive = true;
        m_everLive = true;
        m_graceTimer.stop();
        if (m_linkDown) {
            // Polling ends; the resync after subscriptionsSettled takes over.
            m_linkDown = false;
            m_pollDue = false;
            updatePollReason();
        }
        return;
    }
    if (m_wasLive) {
        m_wasLive = false;
        onConnectionLost();
    }
    if (!m_started || m_pollIntervalMs <= 0 || m_linkDown)
        return;
    if (!m_everLive && state.error().isError()) {
        // Never live, and it failed already (e.g. a server without a
        // WebSocket endpoint): no reason to wait before loading over HTTP.
        m_graceTimer.stop();
        m_linkDown = true;
        updatePollReason();
        poll();
    } else if (!m_graceTimer.isActive()) {
        m_graceTimer.start(m_pollGraceMs);
    }
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
    if (!m_started || (!m_subscription && !isPolling()))
        return;
    flushLive();
    cancelSnapshot(true);
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_pollDue = false;
    m_buffering = true;
    // Anything buffered so far happened before this snapshot is read, so the
    // snapshot contains it.
    discardEvents(Batch::Buffered);
    const quint64 generation = ++m_generation;
    m_snapshotInFlight = true;
    ++m_snapshotCount;
    m_fetchClock.start();
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
    if (!error.isError()) {
        // Before anyone hears of it, so they read the new time.
        m_lastFetchMs = m_fetchClock.elapsed();
        m_lastSyncedAtMs = QDateTime::currentMSecsSinceEpoch();
    }
    Q_EMIT snapshotFinished(error);
    if (error.isError()) {
        const int delay = m_retryBackoff.delayMs(++m_snapshotFailures);
        const int wait = error.retryAfterMs > delay ? error.retryAfterMs : delay;
        if (isPolling())
            schedulePoll(std::max(wait, effectivePollInterval()));
        else
            m_retryTimer.start(wait);
        return;
    }
    m_snapshotFailures = 0;
    m_buffering = false;
    deliverEvents(Batch::Buffered);
    Q_EMIT synced();
    if (isPolling())
        schedulePoll(effectivePollInterval());
}

void ResyncFeed::flushLive()
{
    m_flushTimer.stop();
    deliverEvents(Batch::Live);
}

// --- polling -----------------------------------------------------------------

void ResyncFeed::setPollInterval(int intervalMs)
{
    const int ms = std::max(0, intervalMs);
    if (ms == m_pollIntervalMs)
        return;
    m_pollIntervalMs = ms;
    if (m_started && m_hasClient && ms > 0 && !m_linkDown && !clientIsLive()
        && !m_graceTimer.isActive())
        m_graceTimer.start(m_pollGraceMs);
    updatePollReason();
    if (!isPolling())
        return;
    if (m_pollTimer.isActive())
        m_pollTimer.start(effectivePollInterval()); // the new interval from now
    else if (!m_snapshotInFlight && m_lastSyncedAtMs == 0)
        poll();
}

int ResyncFeed::effectivePollInterval() const noexcept
{
    const qint64 floor = 3 * m_lastFetchMs;
    return int(std::min<qint64>(std::max<qint64>(m_pollIntervalMs, floor), qint64(24) * 3600 * 1000));
}

void ResyncFeed::setPollingPaused(bool paused)
{
    if (m_pollingPaused == paused)
        return;
    m_pollingPaused = paused;
    if (!paused && m_pollDue) {
        m_pollDue = false;
        poll();
    }
}

ResyncFeed::PollReason ResyncFeed::pollReason() const noexcept
{
    return m_pollReason;
}

void ResyncFeed::schedulePoll(int delayMs)
{
    m_pollTimer.start(std::max(0, delayMs));
}

void ResyncFeed::poll()
{
    if (!m_started || !isPolling())
        return;
    if (m_pollingPaused) {
        m_pollDue = true; // when the window shows again
        return;
    }
    if (m_snapshotInFlight)
        return; // its end schedules the next one
    startSnapshot();
}

void ResyncFeed::updatePollReason()
{
    PollReason reason = PollReason::None;
    if (m_started && m_pollIntervalMs > 0) {
        if (!m_client)
            reason = PollReason::NoLiveUpdates;
        else if (m_subscriptionError.isError())
            reason = PollReason::SubscriptionRefused;
        else if (m_linkDown)
            reason = PollReason::LinkDown;
    }
    if (reason == m_pollReason)
        return;
    m_pollReason = reason;
    if (reason == PollReason::None) {
        m_pollTimer.stop();
        m_pollDue = false;
    }
    Q_EMIT pollingChanged();
}
