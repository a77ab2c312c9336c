#pragma once

#include "ApiError.h"
#include "GraphQLErrorItem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

// What one HTTP answer means, per the GraphQL over HTTP spec: the body is
// read whatever the status. 2xx with data and errors is delivered as both
// (partial data); 4xx/5xx carrying a GraphQL body is a GraphQL error; any
// other 4xx/5xx is an HTTP error; a 2xx that is not a GraphQL response is a
// decode error. Pure (no network), so it is unit-tested and fuzzed directly.
struct GraphQLResponse
{
    QJsonObject data;
    bool hasData = false; // false for "data": null or no data at all
    QList<GraphQLErrorItem> errors;
    ApiError error; // None only for a 2xx with data and no errors

    // retryAfterHeader: the raw Retry-After header (delta-seconds or an
    // HTTP-date), used when the errors carry no retryAfterSeconds.
    static GraphQLResponse fromHttp(int httpStatus, const QByteArray &body,
                                    QByteArrayView retryAfterHeader = {});

    // Retry-After in ms (>= 0), or -1 when absent or unparsable.
    static int parseRetryAfter(QByteArrayView header);
};
