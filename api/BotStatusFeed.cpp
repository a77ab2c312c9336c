#include "BotStatusFeed.h"

#include "BotControlApi.h"
#include "Decoders.h"

#include <QJsonObject>
#include <QTimer>

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
    : ResyncFeed(client, QStringLiteral("BotStatusChanged"), parent)
    , m_fetcher(std::move(fetcher))
{ }

BotStatusFeed::~BotStatusFeed() = default;

bool BotStatusFeed::keepEvent(const QJsonObject &data, Batch batch, QString *why)
{
    BotStatusEntry entry;
    if (!Decoders::decode(data.value(QLatin1String("botStatusChanged")), entry, why))
        return false;
    eventsOf(batch).append(std::move(entry));
    return true;
}

void BotStatusFeed::discardEvents(Batch batch)
{
    eventsOf(batch).clear();
}

void BotStatusFeed::deliverEvents(Batch batch)
{
    QList<BotStatusEntry> &list = eventsOf(batch);
    if (list.isEmpty())
        return;
    const QList<BotStatusEntry> taken = std::exchange(list, {});
    Q_EMIT events(taken);
}

std::function<void()> BotStatusFeed::fetchSnapshot(const Snapshot &snapshot)
{
    SnapshotHandlers handlers;
    handlers.page = [this, snapshot](const QList<BotStatusEntry> &rows) {
        if (snapshot.isCurrent())
            Q_EMIT snapshotPage(rows);
    };
    handlers.finished = [snapshot](const ApiError &error) {
        snapshot.finish(error);
    };
    return m_fetcher(this, handlers);
}
