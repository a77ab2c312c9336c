#pragma once

#include "ApiError.h"
#include "DiscordTypes.h"
#include "ResyncFeed.h"

#include <QList>

#include <functional>

class DiscordGuildApi;
class GraphQLWsClient;

// Live Discord guild mappings without a missed update: ResyncFeed
// (subscribe, buffer, snapshot, replay; see its header) on the
// DiscordGuildChanged subscription, with the guild list as the snapshot.
//
// Signals in order after each (re)connection: snapshotStarted,
// snapshotLoaded(every guild), snapshotFinished, then the buffered events()
// and synced(); later events() arrive live, coalesced per event-loop turn.
// An event carries the whole guild (or its removal), so replaying one the
// list already contains leaves the same row.
class DiscordGuildFeed final : public ResyncFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordGuildFeed)

public:
    struct SnapshotHandlers
    {
        // Guilds as they arrive (the list may come in several calls).
        std::function<void(const QList<DiscordGuild> &)> page;
        std::function<void(const ApiError &)> finished; // exactly once unless cancelled
    };
    // Starts fetching every guild; handlers run in context's thread and never
    // after context is destroyed. Returns a function that cancels the fetch
    // (after which no handler runs).
    using SnapshotFetcher =
        std::function<std::function<void()>(QObject *context, const SnapshotHandlers &handlers)>;

    // The production fetcher: DiscordGuildApi::guilds().
    static SnapshotFetcher fetcherFor(DiscordGuildApi *api);

    DiscordGuildFeed(GraphQLWsClient *client, SnapshotFetcher fetcher, QObject *parent = nullptr);
    ~DiscordGuildFeed() override;

Q_SIGNALS:
    // The complete guild list of a successful snapshot: a guild not in it is
    // gone. Emitted just before snapshotFinished() without an error.
    void snapshotLoaded(const QList<DiscordGuild> &guilds);
    // Changes in arrival order.
    void events(const QList<DiscordGuildEvent> &events);

private:
    bool keepEvent(const QJsonObject &data, Batch batch, QString *why) override;
    void discardEvents(Batch batch) override;
    void deliverEvents(Batch batch) override;
    std::function<void()> fetchSnapshot(const Snapshot &snapshot) override;

    QList<DiscordGuildEvent> &eventsOf(Batch batch)
    {
        return batch == Batch::Buffered ? m_buffered : m_live;
    }

    SnapshotFetcher m_fetcher;
    QList<DiscordGuild> m_snapshot; // the snapshot in flight, so far
    QList<DiscordGuildEvent> m_buffered; // held while resyncing
    QList<DiscordGuildEvent> m_live; // waiting for this turn's flush
};
