#pragma once

#include <functional>

struct ApiError;
struct GraphQLRequest;

// When and how long to wait before trying a failed request again.
//
// Exponential backoff with full jitter: the wait before retry n is uniform in
// [0, min(maxDelayMs, baseDelayMs * 2^(n-1))], which spreads a crowd of
// clients apart after an outage better than fixed or "equal" jitter. A
// server's retry-after is a floor, never shortened by the jitter.
struct RetryPolicy
{
    int maxAttempts = 4; // including the first; 1 disables retries
    int baseDelayMs = 250;
    int maxDelayMs = 8000;
    // A server asking to wait longer than this gets no automatic retry: the
    // error (with its retryAfterMs) goes to the caller, who can tell the user.
    int maxRetryAfterMs = 60000;

    // Returns an integer uniform in [0, bound]. Empty: QRandomGenerator.
    // Tests inject a fixed function to make the delays deterministic.
    std::function<int(int bound)> random;
    // Multiplies each real wait (not the reported delay). Tests use a small
    // factor to stay fast while asserting on the delays a user would see.
    double timeScale = 1.0;

    // The wait in ms after `failedAttempts` failures (1 for the first
    // retry), never below retryAfterMs when the server gave one (>= 0).
    int delayMs(int failedAttempts, int retryAfterMs = -1) const;

    // Whether a request whose attempt number `attempts` (1 for the first)
    // failed with error is sent again. Only requests that may be repeated
    // (queries, idempotent mutations) are; of those, transient failures
    // (error.retryable: transport errors, timeouts, 502/503/504, 429,
    // RATE_LIMITED), and server errors (HTTP 500, INTERNAL_SERVER_ERROR)
    // when the request states the value it wants (retryOnServerError). A
    // rejoin is neither, and is sent once. Never beyond maxAttempts, nor
    // when the server asks to wait longer than maxRetryAfterMs.
    bool shouldRetry(const ApiError &error, const GraphQLRequest &request, int attempts) const;
    // An HTTP 500, or a GraphQL INTERNAL_SERVER_ERROR without data.
    static bool isServerError(const ApiError &error);
};
