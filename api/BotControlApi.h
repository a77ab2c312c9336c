#pragma once

#include "BotStatusFetchJob.h"
#include "BotStatusFilter.h"
#include "BotTypes.h"
#include "ValueJob.h"
#include "Viewer.h"

#include <QObject>
#include <QPointer>

class GraphQLClient;

// The Bot Control part of the API as typed calls. Every method returns at
// once with a job (a child of this service, self-deleting after finished);
// IDs are validated first and an invalid one fails the job with a Policy
// error (code BAD_USER_INPUT) without contacting the server.
class BotControlApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotControlApi)

public:
    explicit BotControlApi(GraphQLClient *client, QObject *parent = nullptr);

    // The signed-in user and their permissions.
    ValueJob<Viewer> *viewer();

    // Every row matching filter, pageSize (<= 5000) rows per request, with
    // pageReceived/progress signals; cancellable. The job is already started.
    BotStatusFetchJob *fetchAllStatuses(const BotStatusFilter &filter = {}, int pageSize = 5000);

    // Pauses (enabled = false) or resumes a bot. Idempotent (it sets a state),
    // so it is retried on transient failures and on HTTP 500 /
    // INTERNAL_SERVER_ERROR (RetryPolicy::shouldRetry). The value is the row
    // after the change. NO_CONNECTION when the row has no connection to
    // toggle. error.answerLost: the server may have done it.
    ValueJob<BotStatusEntry> *toggle(const QString &accountId, Platform platform, bool enabled);

    // Asks the worker to rejoin the channel now. Sent once, never retried
    // automatically (not even after a 500): a duplicate rejoin is harmless
    // but the caller decides.
    ValueJob<bool> *rejoin(const QString &accountId, Platform platform);

private:
    QPointer<GraphQLClient> m_client;
};
