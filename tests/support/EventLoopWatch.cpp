#include "EventLoopWatch.h"

#include <algorithm>

#include <time.h>

EventLoopWatch::EventLoopWatch(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::clamp(intervalMs, 1, 5));
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatch::tick);
}

qint64 EventLoopWatch::threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void EventLoopWatch::start()
{
    m_maxWallNs = 0;
    m_maxCpuNs = 0;
    m_ticks = 0;
    m_cpuBlocks = 0;
    resume();
}

void EventLoopWatch::stop()
{
    suspend();
}

void EventLoopWatch::suspend()
{
    m_timer.stop();
    m_lastWallNs = -1;
    m_lastCpuNs = -1;
}

void EventLoopWatch::resume()
{
    m_wall.start();
    m_lastWallNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void EventLoopWatch::tick()
{
    const qint64 wall = m_wall.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    if (m_lastWallNs >= 0) {
        m_maxWallNs = std::max(m_maxWallNs, wall - m_lastWallNs);
        const qint64 cpuGap = cpu - m_lastCpuNs;
        m_maxCpuNs = std::max(m_maxCpuNs, cpuGap);
        if (cpuGap > 50 * 1000000LL)
            ++m_cpuBlocks;
    }
    m_lastWallNs = wall;
    m_lastCpuNs = cpu;
    ++m_ticks;
}

QString EventLoopWatch::summary() const
{
    return QStringLiteral("maxGapCpuMs=%1 maxGapWallMs=%2 ticks=%3 cpuBlocksOver50Ms=%4")
        .arg(maxGapCpuMs(), 0, 'f', 1)
        .arg(maxGapWallMs(), 0, 'f', 1)
        .arg(m_ticks)
        .arg(m_cpuBlocks);
}
