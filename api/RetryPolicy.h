#pragma once

#include <functional>

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
};
