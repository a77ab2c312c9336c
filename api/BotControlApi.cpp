#include "BotControlApi.h"

#include "GraphQLClient.h"
#include "ServiceSupport.h"

using namespace ServiceSupport;

BotControlApi::BotControlApi(GraphQLClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ValueJob<Viewer> *BotControlApi::viewer()
{
    auto *job = new ValueJob<Viewer>(this);
    run(job, m_client, GraphQLRequest::fromOperation(QStringLiteral("Viewer")),
        QLatin1String("viewer"), decodeObject<Viewer>);
    return job;
}

BotStatusFetchJob *BotControlApi::fetchAllStatuses(const BotStatusFilter &filter, int pageSize)
{
    auto *job = new BotStatusFetchJob(m_client, filter, pageSize, this);
    job->start();
    return job;
}

ValueJob<BotStatusEntry> *BotControlApi::toggle(const QString &accountId, Platform platform,
                                                bool enabled)
{
    auto *job = new ValueJob<BotStatusEntry>(this);
    ApiError invalid = checkAccountId(accountId);
    if (!invalid)
        invalid = checkPlatform(platform);
    if (invalid) {
        job->finishLater(invalid);
        return job;
    }
    GraphQLRequest request = GraphQLRequest::fromOperation(
        QStringLiteral("AdminToggleBotForAccount"),
        {{QStringLiteral("accountId"), accountId},
         {QStringLiteral("platform"), QString(platformToWire(platform))},
         {QStringLiteral("enabled"), enabled}});
    // Sets bot_enabled to an explicit value: repeating it is harmless, also
    // after a server error (the work may have been done before it failed).
    request.idempotent = true;
    request.retryOnServerError = true;
    run(job, m_client, request, QLatin1String("adminToggleBotForAccount"),
        decodeObject<BotStatusEntry>);
    return job;
}

ValueJob<bool> *BotControlApi::rejoin(const QString &accountId, Platform platform)
{
    auto *job = new ValueJob<bool>(this);
    ApiError invalid = checkAccountId(accountId);
    if (!invalid)
        invalid = checkPlatform(platform);
    if (invalid) {
        job->finishLater(invalid);
        return job;
    }
    run(job, m_client,
        GraphQLRequest::fromOperation(
            QStringLiteral("AdminRejoinBot"),
            {{QStringLiteral("accountId"), accountId},
             {QStringLiteral("platform"), QString(platformToWire(platform))}}),
        QLatin1String("adminRejoinBot"), decodeBool);
    return job;
}
