// Issue #9, "Load": the sandbox pushes 5,000 events per second for 60 s to
// the real app (main window, offscreen) holding 500,000 rows. Every event
// published must be received and applied, the rows must equal the server's
// row by row at the end, memory must stay flat after the first 10 s, and the
// event loop must stay responsive. LUMIO_LOAD_SECONDS and
// LUMIO_LOAD_EVENTS_PER_SECOND change the run for longer experiments.
#include "../faults/FaultsSupport.h"
#include "EventLoopWatch.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace faults;

namespace {

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class TestLiveLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fiveThousandEventsPerSecond_allAppliedMemoryFlatUiResponsive();

private:
    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
};

void TestLiveLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestLiveLoad::fiveThousandEventsPerSecond_allAppliedMemoryFlatUiResponsive()
{
    const int seconds = envInt("LUMIO_LOAD_SECONDS", 60);
    const int rate = envInt("LUMIO_LOAD_EVENTS_PER_SECOND", 5000);
    // Stated bound: after the first 10 s the resident set may not grow by
    // more than this (allocator noise and the event batches in flight).
    constexpr qint64 kGrowthBoundKb = 24 * 1024;
    constexpr double kBlockBoundCpuMs = 50;

    AppShell shell(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
    QElapsedTimer loadTimer;
    loadTimer.start();
    QVERIFY(signIn(shell, m_sandbox, QStringLiteral("admin")));
    QVERIFY2(waitLoaded(shell, 180000), "the 500,000 rows did not load");
    const qint64 loadMs = loadTimer.elapsed();
    BotTablePage *page = botsPage(shell);
    QVERIFY(page);
    BotStore *store = page->model()->store();
    const ServerState before = serverState(m_sandbox, false);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    const qint64 rows = store->rowCount();
    QVERIFY2(rows >= 500000, qPrintable(QString::number(rows)));
    QCOMPARE(page->model()->rowCount(), int(rows));

    BotSyncController *sync = botSync(shell);
    QVERIFY(sync && sync->feed());
    qint64 received = 0;
    connect(sync->feed(), &BotStatusFeed::events, this,
            [&received](const QList<BotStatusEntry> &events) { received += events.size(); });
    const BotStore::Stats statsBefore = store->stats();
    const int publishedBefore = counter(before, "eventsPublished");

    EventLoopWatch watch;
    watch.start();
    QString error;
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), rate}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> rss; // one sample per second
    while (clock.elapsed() < seconds * 1000) {
        QTest::qWait(1000);
        rss.push_back(rssKb());
    }
    watch.suspend();
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    watch.resume();
    // Drain: what the server published before it stopped arrives.
    ServerState after;
    for (int attempt = 0; attempt < 30; ++attempt) {
        QTest::qWait(500);
        watch.suspend();
        after = serverState(m_sandbox, false);
        watch.resume();
        if (received >= counter(after, "eventsPublished") - publishedBefore)
            break;
    }
    QTest::qWait(200); // one more frame flush
    store->flush();
    watch.stop();

    const qint64 published = counter(after, "eventsPublished") - publishedBefore;
    const BotStore::Stats statsAfter = store->stats();
    const qint64 applied = qint64(statsAfter.applied - statsBefore.applied);
    const qint64 dropped = qint64(statsAfter.droppedOutOfOrder - statsBefore.droppedOutOfOrder)
        + qint64(statsAfter.droppedInvalid - statsBefore.droppedInvalid);

    const ServerState server = serverState(m_sandbox);
    QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
    const Comparison cmp = compareRows(server, appRows(page));

    // Memory: the first 10 s settle (allocator arenas, the view's caches).
    const size_t settle = std::min<size_t>(10, rss.size() - 1);
    const qint64 rssAt10 = rss[settle - 1];
    const qint64 rssMax = *std::max_element(rss.begin() + qsizetype(settle), rss.end());
    const qint64 rssEnd = rss.back();
    const qint64 growthKb = rssMax - rssAt10;

    printFigures(QStringLiteral("live_load"),
                 {{QStringLiteral("rows"), num(rows)},
                  {QStringLiteral("seconds"), num(seconds)},
                  {QStringLiteral("offered_per_s"), num(rate)},
                  {QStringLiteral("published"), num(published)},
                  {QStringLiteral("received"), num(received)},
                  {QStringLiteral("applied"), num(applied)},
                  {QStringLiteral("dropped"), num(dropped)},
                  {QStringLiteral("applied_per_s"), num(double(applied) / seconds)},
                  {QStringLiteral("rows_compared"), num(cmp.compared)},
                  {QStringLiteral("row_problems"), num(cmp.problems())},
                  {QStringLiteral("load_ms"), num(loadMs)},
                  {QStringLiteral("rss_mb_at_10s"), num(double(rssAt10) / 1024)},
                  {QStringLiteral("rss_mb_max_after_10s"), num(double(rssMax) / 1024)},
                  {QStringLiteral("rss_mb_end"), num(double(rssEnd) / 1024)},
                  {QStringLiteral("growth_mb_after_10s"), num(double(growthKb) / 1024)},
                  {QStringLiteral("max_block_cpu_ms"), num(watch.maxGapCpuMs())},
                  {QStringLiteral("max_block_wall_ms"), num(watch.maxGapWallMs())},
                  {QStringLiteral("sandbox_rss_mb"),
                   num(after.counters.value(QLatin1String("rssMb")).toDouble())}});

    QVERIFY2(published >= qint64(rate) * seconds * 8 / 10,
             qPrintable(QStringLiteral("the sandbox published only %1").arg(published)));
    QCOMPARE(received, published);
    QCOMPARE(applied, received);
    QCOMPARE(dropped, 0);
    QVERIFY2(cmp.problems() == 0, qPrintable(cmp.describe()));
    QVERIFY2(growthKb <= kGrowthBoundKb,
             qPrintable(QStringLiteral("RSS grew %1 KiB after the first 10 s").arg(growthKb)));
    QVERIFY2(watch.maxGapCpuMs() <= kBlockBoundCpuMs, qPrintable(watch.summary()));
}

QTEST_MAIN(TestLiveLoad)
#include "TestLiveLoad.moc"
