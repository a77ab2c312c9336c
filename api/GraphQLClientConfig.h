#pragma once

#include "RetryPolicy.h"

#include <QString>
#include <QUrl>

#include <functional>

// How a GraphQLClient talks to its server. Copied into every request when it
// starts, so changing the client's config never affects requests in flight.
struct GraphQLClientConfig
{
    QUrl endpoint; // e.g. https://api.lumio.example/graphql
    // The bearer token. tokenProvider, when set, wins and is asked before
    // every attempt (so a refreshed token is picked up by retries).
    QString token;
    std::function<QString()> tokenProvider;
    QString userAgent; // empty: GraphQLClient::defaultUserAgent()
    int timeoutMs = 30000; // whole-attempt limit, also the idle-transfer limit
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024;
    RetryPolicy retry;
};
