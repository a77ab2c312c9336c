#include "BotStatusFetchJob.h"

#include "Decoders.h"
#include "GraphQLClient.h"
#include "ServiceSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

BotStatusFetchJob::BotStatusFetchJob(GraphQLClient *client, const BotStatusFilter &filter,
                                     int pageSize, QObject *parent)
    : ApiJob(parent)
    , m_client(client)
    , m_filter(filter)
    , m_pageSize(std::clamp(pageSize, 1, 5000)) // the schema's maximum
{ }

void BotStatusFetchJob::start()
{
    requestPage({});
}

void BotStatusFetchJob::requestPage(const QString &after)
{
    if (!m_client) {
        finishLater(ServiceSupport::noClientError());
        return;
    }
    QJsonObject variables {{QStringLiteral("first"), m_pageSize}};
    const QJsonObject filter = m_filter.toJson();
    if (!filter.isEmpty())
        variables.insert(QStringLiteral("filter"), filter);
    if (!after.isEmpty())
        variables.insert(QStringLiteral("after"), after);

    GraphQLReply *reply = m_client->execute(
        GraphQLRequest::fromOperation(QStringLiteral("AdminBotStatuses"), variables));
    track(reply);
    connect(reply, &GraphQLReply::finished, this, [this, reply] { onPage(reply); });
}

void BotStatusFetchJob::onPage(GraphQLReply *reply)
{
    const QLatin1String field("adminBotStatuses");
    if (!reply->hasData()) {
        finish(reply->error());
        return;
    }
    const QJsonValue pageJson = reply->data().value(field);

    // Ask for the next page before decoding this one, so the server works
    // on it while we decode: the whole fetch then takes about as long as the
    // network alone. Decoding only pageInfo first is cheap.
    PageInfo pageInfo;
    QString why;
    if (!Decoders::decode(pageJson.toObject().value(QLatin1String("pageInfo")), pageInfo, &why)) {
        finish(reply->error()
                   ? reply->error()
                   : ServiceSupport::decodeError(field, QLatin1String("pageInfo: ") + why));
        return;
    }
    if (pageInfo.hasNextPage) {
        // A server that hands back the cursor it was given would make us
        // loop forever: stop instead.
        if (pageInfo.endCursor == m_cursor) {
            finish(ServiceSupport::decodeError(field,
                                               QStringLiteral("the page cursor did not advance")));
            return;
        }
        m_cursor = pageInfo.endCursor;
        requestPage(m_cursor);
    }

    BotStatusPage page;
    if (!Decoders::decode(pageJson, page, report(), &why)) {
        finish(reply->error() ? reply->error() : ServiceSupport::decodeError(field, why));
        return; // finish() also cancels the next page, if requested
    }
    ++m_pages;
    m_rowsReceived += int(page.nodes.size());
    m_totalCount = page.totalCount;
    Q_EMIT pageReceived(page.nodes);
    if (isCancelled())
        return;
    Q_EMIT progress(m_rowsReceived, m_totalCount);
    if (isCancelled())
        return;
    if (!pageInfo.hasNextPage)
        finish(reply->error());
}
