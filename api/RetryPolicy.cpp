#include "RetryPolicy.h"

#include "ApiError.h"
#include "GraphQLRequest.h"

#include <QRandomGenerator>

#include <algorithm>

int RetryPolicy::delayMs(int failedAttempts, int retryAfterMs) const
{
    // Cap the exponent before shifting: 2^30 * 250 would overflow an int.
    const int exponent = std::clamp(failedAttempts - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    const int bound = int(std::max<qint64>(ceiling, 0));
    const int jittered = random ? std::clamp(random(bound), 0, bound)
                                : int(QRandomGenerator::global()->bounded(bound + 1));
    return std::max(jittered, retryAfterMs);
}

bool RetryPolicy::isServerError(const ApiError &error)
{
    return error.httpStatus == 500 || error.code == QLatin1String("INTERNAL_SERVER_ERROR");
}

bool RetryPolicy::shouldRetry(const ApiError &error, const GraphQLRequest &request,
                              int attempts) const
{
    if (!error || !request.mayRetry() || attempts >= maxAttempts
        || error.retryAfterMs > maxRetryAfterMs)
        return false;
    if (error.retryable)
        return true;
    return request.idempotent && request.retryOnServerError && isServerError(error);
}
