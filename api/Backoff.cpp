#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

Backoff::Backoff(int baseMs, int capMs)
    : m_baseMs(std::max(baseMs, 1))
    , m_capMs(std::max(capMs, m_baseMs))
{ }

int Backoff::ceilingMs(int attempt) const noexcept
{
    // Double in 64 bits and stop at the cap, so a client that has been offline
    // for days (attempt in the thousands) cannot overflow.
    qint64 ceiling = m_baseMs;
    for (int i = 1; i < attempt && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return int(std::min<qint64>(ceiling, m_capMs));
}

int Backoff::delayMs(int attempt) const
{
    const int ceiling = ceilingMs(attempt);
    double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    if (!(r >= 0.0)) // also catches NaN from a misbehaving injected source
        r = 0.0;
    r = std::min(r, 1.0);
    return int(std::lround(r * ceiling));
}
