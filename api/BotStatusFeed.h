#pragma once

#include "ApiError.h"
#include "BotTypes.h"
#include "ResyncFeed.h"

#include <QList>

#include <functional>

class BotControlApi;
class GraphQLWsClient;

// Live bot statuses without a missed update: ResyncFeed (subscribe, buffer,
// snapshot, replay; see its header) on the BotStatusChanged subscription,
// with the snapshot read page by page over HTTP.
//
// Signals in order after each (re)connection: snapshotStarted,
// snapshotPage..., snapshotFinished, then the buffered events() and synced();
// later events() arrive live, coalesced per event-loop turn. The receiver
// applies both with the newer-wins rule (BotStatusMirror, BotStore), which
// also drops an event older than the snapshot's row and out-of-order events.
class BotStatusFeed final : public ResyncFeed
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

Q_SIGNALS:
    void snapshotPage(const QList<BotStatusEntry> &rows);
    // Changes in arrival order; apply newer-wins by updatedAt.
    void events(const QList<BotStatusEntry> &events);

private:
    bool keepEvent(const QJsonObject &data, Batch batch, QString *why) override;
    void discardEvents(Batch batch) override;
    void deliverEvents(Batch batch) override;
    std::function<void()> fetchSnapshot(const Snapshot &snapshot) override;

    QList<BotStatusEntry> &eventsOf(Batch batch)
    {
        return batch == Batch::Buffered ? m_buffered : m_live;
    }

    SnapshotFetcher m_fetcher;
    QList<BotStatusEntry> m_buffered; // held while resyncing
    QList<BotStatusEntry> m_live; // waiting for this turn's flush
};
