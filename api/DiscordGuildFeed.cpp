#include "DiscordGuildFeed.h"

#include "Decoders.h"
#include "DiscordGuildApi.h"

#include <QJsonObject>
#include <QTimer>

DiscordGuildFeed::SnapshotFetcher DiscordGuildFeed::fetcherFor(DiscordGuildApi *api)
{
    return [api = QPointer<DiscordGuildApi>(api)](
               QObject *context, const SnapshotHandlers &handlers) -> std::function<void()> {
        if (!api) {
            ApiError e;
            e.kind = ApiError::Kind::Cancelled;
            e.message = QStringLiteral("the Discord guild service is gone");
            QTimer::singleShot(0, context, [handlers, e] { handlers.finished(e); });
            return [] {
            };
        }
        auto *job = api->guilds();
        QObject::connect(job, &ApiJob::finished, context, [job, handlers](const ApiError &error) {
            if (!error && job->hasValue())
                handlers.page(job->value());
            handlers.finished(error);
        });
        return [job = QPointer<ApiJob>(job)] {
            if (job)
                job->cancel();
        };
    };
}

DiscordGuildFeed::DiscordGuildFeed(GraphQLWsClient *client, SnapshotFetcher fetcher,
                                   QObject *parent)
    : ResyncFeed(client, QStringLiteral("DiscordGuildChanged"), parent)
    , m_fetcher(std::move(fetcher))
{ }

DiscordGuildFeed::~DiscordGuildFeed() = default;

bool DiscordGuildFeed::keepEvent(const QJsonObject &data, Batch batch, QString *why)
{
    DiscordGuildEvent event;
    if (!Decoders::decode(data.value(QLatin1String("discordGuildChanged")), event, why))
        return false;
    eventsOf(batch).append(std::move(event));
    return true;
}

void DiscordGuildFeed::discardEvents(Batch batch)
{
    eventsOf(batch).clear();
}

void DiscordGuildFeed::deliverEvents(Batch batch)
{
    QList<DiscordGuildEvent> &list = eventsOf(batch);
    if (list.isEmpty())
        return;
    const QList<DiscordGuildEvent> taken = std::exchange(list, {});
    Q_EMIT events(taken);
}

std::function<void()> DiscordGuildFeed::fetchSnapshot(const Snapshot &snapshot)
{
    m_snapshot.clear();
    SnapshotHandlers handlers;
    handlers.page = [this, snapshot](const QList<DiscordGuild> &guilds) {
        if (snapshot.isCurrent())
            m_snapshot.append(guilds);
    };
    handlers.finished = [this, snapshot](const ApiError &error) {
        if (!snapshot.isCurrent())
            return;
        const QList<DiscordGuild> guilds = std::exchange(m_snapshot, {});
        if (!error)
            Q_EMIT snapshotLoaded(guilds);
        snapshot.finish(error);
    };
    return m_fetcher(this, handlers);
}
