#pragma once

#include "ApiError.h"
#include "Backoff.h"
#include "BotTypes.h"
#include "GraphQLWsSubscription.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class BotControlApi;
class GraphQLWsClient;

// Live bot statuses without a missed update.
//
// A subscription alone loses every change made while the socket was down, so
// after each (re)connection the feed resynchronises:
//   1. the subscription is (re)sent and its events are buffered, not delivered;
//   2. once the server has read the subscription (the client's
//      subscriptionsSettled(), a ping round trip), a full snapshot is fetched
//      over HTTP and delivered as snapshotStarted / snapshotPage... /
//      snapshotFinished;
//   3. the buffered events are then delivered in one events() batch, and
//      later events are delivered live, coalesced per event-loop turn.
// Every change is therefore in the snapshot, in an event, or both. The
// receiver applies both with the newer-wins rule (BotStatusMirror), which
// also drops an event older than the snapshot's row and out-of-order events.
//
// A failed snapshot is retried with backoff while events keep buffering;
// events buffered before a snapshot starts are discarded because that
// snapshot already contains their effect.
class BotStatusFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotStatusFeed)

public:
    struct SnapshotHandlers
    {
        std::function<void(const QList<BotStatusEntry> &)> page;
        std::function<void(const ApiError &)> finished; // exactly once unless cancelled
    };
    // Starts fetching every row; handlers run in context's thread and never
    // after context is destroyed. Returns a function that cancels the fetch
    // (after which no handler runs).
    using SnapshotFetcher =
        std::function<std::function<void()>(QObject *context, const SnapshotHandlers &handlers)>;

    // The production fetcher: BotControlApi::fetchAllStatuses().
    static SnapshotFetcher fetcherFor(BotControlApi *api, int pageSize = 5000);

    BotStatusFeed(GraphQLWsClient *client, SnapshotFetcher fetcher, QObject *parent = nullptr);
    ~BotStatusFeed() override;

    // Delay between failed snapshot attempts (default 1 s .. 30 s, full jitter).
    void setSnapshotRetryBackoff(const Backoff &backoff) { m_retryBackoff = backoff; }

    // Subscribes and, if the client is already live, resynchronises at once.
    // The client itself is started by its owner.
    void start();
    // Unsubscribes and cancels any snapshot in flight.
    void stop();

    bool isRunning() const noexcept { return m_subscription != nullptr; }
    // True from a connection loss until the snapshot after the next connection
    // has been delivered along with the buffered events.
    bool isResyncing() const noexcept { return m_buffering; }
    int snapshotCount() const noexcept { return m_snapshotCount; }

Q_SIGNALS:
    void snapshotStarted();
    void snapshotPage(const QList<BotStatusEntry> &rows);
    // error.kind == Cancelled when a newer connection superseded this snapshot;
    // another snapshotStarted() follows.
    void snapshotFinished(const ApiError &error);
    // Changes in arrival order; apply newer-wins by updatedAt.
    void events(const QList<BotStatusEntry> &events);
    // Snapshot and buffered events delivered: the receiver is in step again.
    void synced();
    // An event that could not be decoded (it is skipped; the next snapshot
    // repairs the row).
    void eventSkipped(const QString &reason);
    // The server refused the subscription (e.g. missing bot-control:read).
    void subscriptionFailed(const ApiError &error);

private:
    void subscribe();
    void onNext(const QJsonObject &data);
    void onConnectionLost();
    void startSnapshot();
    void cancelSnapshot(bool announce);
    void onSnapshotPage(quint64 generation, const QList<BotStatusEntry> &rows);
    void onSnapshotFinished(quint64 generation, const ApiError &error);
    void flushPending();

    QPointer<GraphQLWsClient> m_client;
    SnapshotFetcher m_fetcher;
    QPointer<GraphQLWsSubscription> m_subscription;
    Backoff m_retryBackoff {1000, 30000};

    std::function<void()> m_cancelSnapshot;
    quint64 m_generation = 0; // identifies the snapshot in flight
    bool m_snapshotInFlight = false;
    bool m_buffering = true;
    bool m_wasLive = false;
    int m_snapshotFailures = 0;
    int m_snapshotCount = 0;

    QList<BotStatusEntry> m_buffer; // held while resyncing
    QList<BotStatusEntry> m_pending; // live, waiting for this turn's flush
    QTimer m_flushTimer;
    QTimer m_retryTimer;
};
