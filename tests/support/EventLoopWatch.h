#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// A watchdog on this thread's event loop: a 1-5 ms timer whose ticks should
// follow each other closely while the loop is free. The longest gap between
// two ticks is how long the loop was blocked, measured twice:
//   - wall time: what a user would feel, but it also counts the time this
//     process waited for a core while other processes ran (a loaded 2-core
//     CI machine shows tens of ms of such waits with nothing wrong);
//   - this thread's CPU time (clock_gettime(CLOCK_THREAD_CPUTIME_ID)): what
//     the event loop itself spent between two ticks (our handlers, layout,
//     painting), the fair figure to assert on.
// The timer also counts how often it fired, so a test can see the loop ran.
//
// Test-side work that runs inside the loop (fetching the server's state to
// compare, building expected values) is not the app's: bracket it with
// suspend() / resume() so it is not counted.
class EventLoopWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopWatch)

public:
    explicit EventLoopWatch(int intervalMs = 2, QObject *parent = nullptr);

    void start();
    void stop();
    // Stops counting until resume(); the gap across the suspension is not counted.
    void suspend();
    void resume();
    bool isRunning() const { return m_timer.isActive(); }

    // Longest gaps between consecutive ticks since start() (ms).
    double maxGapWallMs() const { return double(m_maxWallNs) / 1e6; }
    double maxGapCpuMs() const { return double(m_maxCpuNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }
    // Gaps of more than 50 ms of CPU time seen (each one a block a user feels).
    int cpuBlocksOver50Ms() const { return m_cpuBlocks; }
    // "maxGapCpuMs=.. maxGapWallMs=.. ticks=.." for logs.
    QString summary() const;

    static qint64 threadCpuNs();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWallNs = -1;
    qint64 m_lastCpuNs = -1;
    qint64 m_maxWallNs = 0;
    qint64 m_maxCpuNs = 0;
    qint64 m_ticks = 0;
    int m_cpuBlocks = 0;
};
