#pragma once

#include "ApiError.h"
#include "Backoff.h"
#include "ConnectionState.h"
#include "GraphQLWsSubscription.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class GraphQLWsClient;
class QJsonObject;

// One live subscription without a missed update, for any domain. The typed
// front ends (BotStatusFeed, DiscordGuildFeed) say how an event is decoded
// and kept, and how a snapshot is fetched; this class decides when.
//
// A subscription alone loses every change made while the socket was down, so
// after each (re)connection the feed resynchronises:
//   1. the subscription is (re)sent and its events are buffered, not delivered;
//   2. once the server has read the subscription (the client's
//      subscriptionsSettled(), a ping round trip), a full snapshot is fetched
//      over HTTP and delivered (snapshotStarted, the front end's typed
//      snapshot signals, snapshotFinished);
//   3. the buffered events are then delivered in one batch, and later events
//      are delivered live, coalesced per event-loop turn.
// Every change is therefore in the snapshot, in an event, or both. The
// receiver applies both so that replaying an event the snapshot already
// contains changes nothing (bots: newer-wins by updatedAt; Discord guilds:
// events carry the whole row).
//
// A failed snapshot is retried with backoff while events keep buffering;
// events buffered before a snapshot starts are discarded because that
// snapshot already contains their effect. A snapshot superseded by a newer
// one (connection lost, resync() asked for) ends with ApiError::Cancelled.
//
// Abstract like QAbstractItemModel: a front end implements the three event
// hooks and fetchSnapshot(), and adds its typed signals. The event hooks run
// once per event on the hot path: keep them free of allocations beyond the
// decoded event itself.
class ResyncFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResyncFeed)

public:
    ~ResyncFeed() override;

    // Delay between failed snapshot attempts (default 1 s .. 30 s, full jitter).
    void setSnapshotRetryBackoff(const Backoff &backoff) { m_retryBackoff = backoff; }

    // Polling, for servers without live updates (issue 13): when there is no
    // WebSocket client, the server refused the subscription, or the link has
    // not been live for a grace period, the feed fetches a complete snapshot
    // every intervalMs instead (a poll is a snapshot like any other: the
    // receiver merges it newer-wins, and a complete one is the whole truth),
    // but never sooner than three times the last complete fetch took after
    // it, so a 500,000-row fleet does not hammer the server. 0 (the
    // default) turns polling off. The link coming back (live) ends polling
    // with the usual resync.
    void setPollInterval(int intervalMs);
    int pollInterval() const noexcept { return m_pollIntervalMs; }
    // The interval in effect: the setting, or three times the last complete
    // fetch when that is longer.
    int effectivePollInterval() const noexcept;
    // While paused (the window is hidden or minimised), no poll starts; one
    // that is due runs as soon as polling resumes.
    void setPollingPaused(bool paused);
    bool isPollingPaused() const noexcept { return m_pollingPaused; }
    // How long a link that is not live may take before polling starts
    // (default 3 s; a link that fails before it was ever live polls at once).
    void setPollGrace(int ms) { m_pollGraceMs = ms; }

    enum class PollReason : quint8 {
        None, // live updates flow (or polling is off)
        NoLiveUpdates, // no WebSocket client: the server has no subscriptions
        SubscriptionRefused, // the server answered the subscription with an error
        LinkDown, // the WebSocket is not live
    };
    // Why the feed polls now, None when it does not.
    PollReason pollReason() const noexcept;
    bool isPolling() const noexcept { return pollReason() != PollReason::None; }
    // The subscription's error, while PollReason::SubscriptionRefused.
    const ApiError &subscriptionError() const noexcept { return m_subscriptionError; }
    // Wall-clock time (ms since the epoch) the last snapshot or poll was
    // delivered complete; 0 before the first.
    qint64 lastSyncedAtMs() const noexcept { return m_lastSyncedAtMs; }
    // How long the last complete fetch took, in ms.
    qint64 lastFetchDurationMs() const noexcept { return m_lastFetchMs; }

    // Subscribes and, if the client is already live, resynchronises at once.
    // The client itself is started by its owner.
    void start();
    // Unsubscribes and cancels any snapshot in flight.
    void stop();
    // Fetches a complete snapshot again now, buffering events meanwhile, if
    // the feed is running and the link is live; returns false otherwise (the
    // next connection resynchronises anyway).
    bool resync();

    // Subscribed (live mode). A polling feed without a subscription is
    // started but not running.
    bool isRunning() const noexcept { return m_subscription != nullptr; }
    bool isStarted() const noexcept { return m_started; }
    // True from a connection loss until the snapshot after the next connection
    // has been delivered along with the buffered events.
    bool isResyncing() const noexcept { return m_buffering; }
    // Snapshots started so far (each retry and restart counts).
    int snapshotCount() const noexcept { return m_snapshotCount; }
    QString operationName() const { return m_operationName; }

Q_SIGNALS:
    void snapshotStarted();
    // error.kind == Cancelled when a newer snapshot superseded this one;
    // another snapshotStarted() follows.
    void snapshotFinished(const ApiError &error);
    // Snapshot and buffered events delivered: the receiver is in step again.
    void synced();
    // An event that could not be decoded (it is skipped; the next snapshot
    // repairs what it would have changed).
    void eventSkipped(const QString &reason);
    // The server refused the subscription (e.g. a missing permission); the
    // feed stops, or polls when polling is on.
    void subscriptionFailed(const ApiError &error);
    // pollReason() changed.
    void pollingChanged();

protected:
    // Where a front end keeps a decoded event until the feed delivers it.
    enum class Batch : quint8 {
        Buffered, // held while resyncing, replayed after the snapshot
        Live, // delivered at the end of this event-loop turn
    };

    // The snapshot in flight, as handed to fetchSnapshot(). Copyable; its
    // answers are ignored once a newer snapshot started or the feed stopped.
    class Snapshot
    {
    public:
        // Whether rows of this snapshot should still be delivered.
        bool isCurrent() const;
        // Ends the snapshot: on success the buffered events are replayed,
        // on failure a retry is scheduled. Ignored unless isCurrent().
        void finish(const ApiError &error) const;

    private:
        friend class ResyncFeed;
        Snapshot(ResyncFeed *feed, quint64 generation)
            : m_feed(feed)
            , m_generation(generation)
        { }
        QPointer<ResyncFeed> m_feed;
        quint64 m_generation = 0;
    };

    // operationName: a subscription compiled into the api library
    // (api/operations/<operationName>.graphql), sent without variables.
    // client may be null: a server without live updates (poll only).
    ResyncFeed(GraphQLWsClient *client, const QString &operationName, QObject *parent);

    // Decodes one event's data and appends it to batch; false (with why) when
    // it cannot be decoded.
    virtual bool keepEvent(const QJsonObject &data, Batch batch, QString *why) = 0;
    // Forgets batch's events.
    virtual void discardEvents(Batch batch) = 0;
    // Delivers batch's events, if any, in arrival order as one typed signal,
    // and empties it.
    virtual void deliverEvents(Batch batch) = 0;
    // Starts fetching a complete snapshot; the front end delivers its rows
    // while snapshot.isCurrent() and calls snapshot.finish() exactly once
    // unless cancelled. Returns a function that cancels the fetch. That
    // function may run from ~ResyncFeed, when the front end is already
    // destroyed, so it must not touch the front end's members.
    virtual std::function<void()> fetchSnapshot(const Snapshot &snapshot) = 0;

private:
    void subscribe();
    void onNext(const QJsonObject &data);
    void onConnectionLost();
    void startSnapshot();
    void cancelSnapshot(bool announce);
    bool isCurrent(quint64 generation) const;
    void onSnapshotFinished(quint64 generation, const ApiError &error);
    void flushLive();
    void onClientState(const ConnectionState &state);
    void schedulePoll(int delayMs);
    void poll();
    void updatePollReason();
    bool clientIsLive() const;

    QPointer<GraphQLWsClient> m_client;
    bool m_hasClient = false; // made with a client (it may be gone since)
    QString m_operationName;
    QPointer<GraphQLWsSubscription> m_subscription;
    Backoff m_retryBackoff {1000, 30000};

    std::function<void()> m_cancelSnapshot;
    quint64 m_generation = 0; // identifies the snapshot in flight
    bool m_snapshotInFlight = false;
    bool m_buffering = true;
    bool m_wasLive = false;
    int m_snapshotFailures = 0;
    int m_snapshotCount = 0;

    QTimer m_flushTimer;
    QTimer m_retryTimer;

    bool m_started = false;
    int m_pollIntervalMs = 0; // 0: polling off
    int m_pollGraceMs = 3000;
    bool m_pollingPaused = false;
    bool m_pollDue = false; // a poll came due while paused
    bool m_linkDown = false; // not live for longer than the grace period
    bool m_everLive = false;
    ApiError m_subscriptionError; // set while refused
    PollReason m_pollReason = PollReason::None;
    qint64 m_lastSyncedAtMs = 0;
    qint64 m_lastFetchMs = 0;
    QElapsedTimer m_fetchClock;
    QTimer m_pollTimer;
    QTimer m_graceTimer;
};
