#pragma once

#include "ApiJob.h"
#include "BotStatusFilter.h"
#include "BotTypes.h"

#include <QList>
#include <QPointer>
#include <QString>

class GraphQLClient;
class GraphQLReply;

// Fetches every page of adminBotStatuses, one request at a time, delivering
// each page as it arrives. Created by BotControlApi::fetchAllStatuses().
// Ends with ApiJob::finished(error); cancel() stops between or during pages.
class BotStatusFetchJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotStatusFetchJob)

public:
    BotStatusFetchJob(GraphQLClient *client, const BotStatusFilter &filter, int pageSize,
                      QObject *parent);

    int rowsReceived() const noexcept { return m_rowsReceived; }
    int totalCount() const noexcept { return m_totalCount; }
    int pagesReceived() const noexcept { return m_pages; }

    void start();

Q_SIGNALS:
    // The decoded rows of one page, in server order. Malformed rows are left
    // out and counted in decodeReport().
    void pageReceived(const QList<BotStatusEntry> &rows);
    // After each page: rows delivered so far of the server's totalCount.
    void progress(int rowsSoFar, int totalCount);

private:
    void requestPage(const QString &after);
    void onPage(GraphQLReply *reply);

    QPointer<GraphQLClient> m_client;
    BotStatusFilter m_filter;
    int m_pageSize;
    QString m_cursor;
    int m_rowsReceived = 0;
    int m_totalCount = 0;
    int m_pages = 0;
};
