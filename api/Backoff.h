#pragma once

#include <QtGlobal>

#include <functional>

// Reconnect delays: exponential growth with "full jitter" (AWS architecture
// blog, "Exponential Backoff And Jitter"): the delay of attempt k is uniform in
// [0, min(cap, base * 2^(k-1))]. Full jitter spreads a crowd of clients that
// lost the same server at the same instant, so a restarted server is not hit
// by all of them in the same second.
//
// The random source is injectable so tests can pin the jitter (returning 1.0
// gives the ceiling, i.e. the un-jittered curve).
class Backoff final
{
public:
    // Returns a number in [0, 1].
    using RandomSource = std::function<double()>;

    Backoff() = default;
    Backoff(int baseMs, int capMs);

    int baseMs() const noexcept { return m_baseMs; }
    int capMs() const noexcept { return m_capMs; }

    // Overrides the default (QRandomGenerator::global()) jitter source.
    void setRandomSource(RandomSource source) { m_random = std::move(source); }

    // The upper bound of the delay after `attempt` consecutive failures
    // (attempt <= 1 gives baseMs).
    int ceilingMs(int attempt) const noexcept;
    // A jittered delay for attempt, in [0, ceilingMs(attempt)].
    int delayMs(int attempt) const;

private:
    int m_baseMs = 1000;
    int m_capMs = 30000;
    RandomSource m_random;
};
