// Bot table benchmark: our BotStore + BotTableModel against stock Qt
// (QString-per-field QAbstractTableModel + QSortFilterProxyModel), both with a
// QTableView attached and repainted, on the same synthetic rows in one run.
// Run offscreen:  QT_QPA_PLATFORM=offscreen ./bot_table_bench [--rows N] [--quick]
//                 [--stock-budget SECONDS]
// The stock side is quadratic at 500,000 rows (tens of seconds per filter):
// it takes fewer samples and stops when its time budget is spent; the table
// says so where it happens.

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "views/ScrollAnchor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace {

// --- deterministic synthetic data ------------------------------------------

struct Rng
{
    quint64 state;
    quint32 next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(state >> 33);
    }
    int bounded(int n) { return int(next() % quint32(n)); }
};

const char *const kSyllables[] = {"ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "ze", "xa",
                                  "qu", "bo", "di", "fe", "gu", "ja", "pe", "wi", "yo", "ch"};

QString syntheticName(Rng &rng, int account)
{
    QString name;
    const int parts = 2 + rng.bounded(3);
    for (int i = 0; i < parts; ++i)
        name += QLatin1String(kSyllables[rng.bounded(20)]);
    name[0] = name[0].toUpper();
    // Some accented names, as real ones have.
    switch (account % 23) {
    case 0:
        name += QStringLiteral("_Zoë");
        break;
    case 1:
        name.prepend(QStringLiteral("Chloé "));
        break;
    case 2:
        name += QStringLiteral("Łódź");
        break;
    default:
        break;
    }
    name += QLatin1Char('_') + QString::number(account);
    return name;
}

QString syntheticUuid(Rng &rng)
{
    const QUuid id(rng.next(), quint16(rng.next()), quint16((rng.next() & 0x0fff) | 0x4000),
                   uchar(0x80 | (rng.next() & 0x3f)), uchar(rng.next()), uchar(rng.next()),
                   uchar(rng.next()), uchar(rng.next()), uchar(rng.next()), uchar(rng.next()),
                   uchar(rng.next()));
    return id.toString(QUuid::WithoutBraces);
}

BotStatus randomStatus(Rng &rng)
{
    const int r = rng.bounded(10);
    return r < 7 ? BotStatus::Active : (r < 9 ? BotStatus::Paused : BotStatus::NoConnection);
}

constexpr TimestampMs kNow = 1'760'000'000'000;

// Accounts of one to five platforms, like production.
QList<BotStatusEntry> makeRows(int rows)
{
    QList<BotStatusEntry> out;
    out.reserve(rows);
    Rng rng {12345};
    int account = 0;
    while (out.size() < rows) {
        const QString id = syntheticUuid(rng);
        const QString name = syntheticName(rng, account);
        const int platforms = 1 + rng.bounded(5);
        for (int p = 0; p < platforms && out.size() < rows; ++p) {
            BotStatusEntry e;
            e.accountId = id;
            e.accountName = name;
            e.platform = Platform(p);
            e.status = randomStatus(rng);
            e.lastHeartbeatAt = kNow - rng.bounded(600'000);
            e.updatedAt = 1;
            out.append(e);
        }
        ++account;
    }
    return out;
}

// --- stock side -------------------------------------------------------------

struct StockRow
{
    QString name;
    QString id;
    QString platform;
    QString status;
    qint64 heartbeat;
};

class StockModel final : public QAbstractTableModel
{
public:
    std::vector<StockRow> rows;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : BotTable::ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const StockRow &r = rows[size_t(index.row())];
        if (role != Qt::DisplayRole && role != Qt::UserRole)
            return {};
        switch (index.column()) {
        case BotTable::AccountNameColumn:
            return r.name;
        case BotTable::AccountIdColumn:
            return r.id;
        case BotTable::PlatformColumn:
            return r.platform;
        case BotTable::StatusColumn:
        case BotTable::ActionColumn:
            return r.status;
        case BotTable::LastHeartbeatColumn:
            if (role == Qt::UserRole)
                return r.heartbeat;
            return QString(QString::number((kNow - r.heartbeat) / 1000) + QStringLiteral(" s ago"));
        default:
            return {};
        }
    }
    void append(const QList<BotStatusEntry> &page)
    {
        beginInsertRows({}, int(rows.size()), int(rows.size() + size_t(page.size())) - 1);
        for (const BotStatusEntry &e : page) {
            rows.push_back({e.accountName, e.accountId, BotTableModel::platformName(e.platform),
                            BotTableModel::statusName(e.status), e.lastHeartbeatAt});
        }
        endInsertRows();
    }
    void setStatus(int row, const QString &status)
    {
        rows[size_t(row)].status = status;
        Q_EMIT dataChanged(index(row, BotTable::StatusColumn), index(row, BotTable::ActionColumn));
    }
};

// Typed setters and filterAcceptsRow, the way a stock proxy is written.
class StockProxy final : public QSortFilterProxyModel
{
public:
    QString search;
    QString platform;
    QString status;
    void setSearch(const QString &text)
    {
        search = text;
        invalidateFilter();
    }
    void setPlatform(const QString &text)
    {
        platform = text;
        invalidateFilter();
    }
    void setStatus(const QString &text)
    {
        status = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const StockRow &r = static_cast<StockModel *>(sourceModel())->rows[size_t(sourceRow)];
        if (!platform.isEmpty() && r.platform != platform)
            return false;
        if (!status.isEmpty() && r.status != status)
            return false;
        return search.isEmpty() || r.name.contains(search, Qt::CaseInsensitive)
            || r.id.contains(search, Qt::CaseInsensitive);
    }
};

// --- measuring ----------------------------------------------------------------

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

qint64 procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted(field);
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// Other engineers' builds share the two cores: CPU time of this thread is the
// cost of an operation, wall time is that plus waiting for a core.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

class Stopwatch
{
public:
    void start() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double ms() const { return double(threadCpuNs() - m_cpu) / 1e6; }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

double msSince(const Stopwatch &timer)
{
    return timer.ms();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void settle(QTableView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->repaint();
}

struct Line
{
    QString operation;
    QString ours;
    QString stock;
    QString ratio;
};

QString fmt(double v, int decimals = 1)
{
    return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', decimals);
}

class Report
{
public:
    void add(const QString &op, double ours, double stock, const QString &note = {})
    {
        QString ratio = QStringLiteral("-");
        if (ours > 0 && stock > 0)
            ratio =
                QString::number(stock / ours, 'f', stock / ours >= 100 ? 0 : 1) + QLatin1Char('x');
        QString stockText = stock < 0 ? QStringLiteral("skipped") : fmt(stock);
        if (!note.isEmpty())
            stockText += QLatin1String(" (") + note + QLatin1Char(')');
        m_lines.push_back({op, fmt(ours), stockText, ratio});
    }
    // For rates, where more is better: the ratio is ours / stock.
    void addRate(const QString &op, double ours, double stock)
    {
        QString ratio = QStringLiteral("-");
        if (ours > 0 && stock > 0)
            ratio = QString::number(ours / stock, 'f', 1) + QLatin1Char('x');
        m_lines.push_back(
            {op, fmt(ours, 0), stock < 0 ? QStringLiteral("skipped") : fmt(stock, 0), ratio});
    }
    void addText(const QString &op, const QString &ours, const QString &stock,
                 const QString &ratio = QStringLiteral("-"))
    {
        m_lines.push_back({op, ours, stock, ratio});
    }
    void print(int rows) const
    {
        std::printf("\n== %d rows (load average now %s; times are CPU ms of the GUI thread "
                    "unless marked wall) ==\n",
                    rows, qPrintable(loadAverage()));
        std::printf("%-58s | %14s | %30s | %8s\n", "operation", "ours", "stock QSFPM", "ratio");
        std::printf("%s\n", QByteArray(118, '-').constData());
        for (const Line &l : m_lines) {
            std::printf("%-58s | %14s | %30s | %8s\n", qPrintable(l.operation), qPrintable(l.ours),
                        qPrintable(l.stock), qPrintable(l.ratio));
        }
        std::fflush(stdout);
    }

private:
    std::vector<Line> m_lines;
};

std::unique_ptr<QTableView> makeView(QAbstractItemModel *model)
{
    auto view = std::make_unique<QTableView>();
    view->setModel(model);
    view->resize(1100, 700);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(24);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// A real event loop: processEvents(flags, maxtime) ignores WaitForMoreEvents
// and would spin, burning the CPU we want to measure.
void runEventLoopFor(int durationMs)
{
    QEventLoop loop;
    QTimer::singleShot(durationMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Live status changes at an offered rate while the event loop runs. The
// frame timer flushes (for ours: BotStore::flush, i.e. the model update and
// the view's reaction). Reports applied events per second, the longest
// handler in CPU time, and the longest gap between 1 ms watchdog ticks (wall
// time: includes painting, and waiting for a core when others build).
struct LiveResult
{
    double perSecond = -1;
    double maxBlockCpuMs = -1;
    double maxBlockWallMs = -1;
    double perCpuSecond = -1; // events applied per second of handler CPU time
    // The longest gap between watchdog ticks counted in this thread's CPU
    // time: what the event loop itself spent (our handlers, the view's
    // deferred layout and painting), without the time the process waited
    // for a core while others ran.
    double maxGapCpuMs = -1;
    qint64 backlog = 0; // events due but not yet fed when the run ended
    double offeredPerSecond = -1;
};

LiveResult runLive(const std::function<void(int)> &feed, const std::function<void()> &flush,
                   int offeredPerSecond, int durationMs)
{
    LiveResult result;
    QElapsedTimer clock;
    clock.start();
    qint64 fed = 0;
    qint64 maxCpu = 0;
    qint64 totalCpu = 0;
    const auto timed = [&maxCpu, &totalCpu](const std::function<void()> &work) {
        const qint64 t0 = threadCpuNs();
        work();
        const qint64 spent = threadCpuNs() - t0;
        maxCpu = std::max(maxCpu, spent);
        totalCpu += spent;
    };
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(4);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] {
        const qint64 due = clock.elapsed() * offeredPerSecond / 1000;
        // Catch up after a stall (another process had the core), as a
        // WebSocket delivers what arrived meanwhile, but in slices of 16 ms
        // worth: one huge batch would block too. (Slices of 10 ms worth
        // throttled the offer itself whenever the process was not scheduled
        // for a while, on a loaded machine.)
        const int n = int(std::min<qint64>(due - fed, offeredPerSecond / 62));
        if (n > 0) {
            timed([&] { feed(n); });
            fed += n;
        }
    });
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, &frame, [&] { timed(flush); });
    qint64 lastTick = clock.nsecsElapsed();
    qint64 maxGap = 0;
    qint64 lastTickCpu = threadCpuNs();
    qint64 maxGapCpu = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
        const qint64 t = clock.nsecsElapsed();
        maxGap = std::max(maxGap, t - lastTick);
        lastTick = t;
        const qint64 cpu = threadCpuNs();
        maxGapCpu = std::max(maxGapCpu, cpu - lastTickCpu);
        lastTickCpu = cpu;
    });
    feeder.start();
    frame.start();
    watchdog.start();
    runEventLoopFor(durationMs);
    feeder.stop();
    frame.stop();
    watchdog.stop();
    result.backlog = clock.elapsed() * offeredPerSecond / 1000 - fed;
    result.maxGapCpuMs = double(maxGapCpu) / 1e6;
    result.offeredPerSecond = offeredPerSecond;
    timed(flush);
    result.perSecond = double(fed) * 1000.0 / double(clock.elapsed());
    result.maxBlockCpuMs = double(maxCpu) / 1e6;
    result.maxBlockWallMs = double(maxGap) / 1e6;
    result.perCpuSecond = double(fed) * 1e9 / double(std::max<qint64>(1, totalCpu));
    return result;
}

// CPU share of the whole process while 100 events/s arrive (one every
// 10 ms) and a 1 s tick refreshes relative times, as the page does.
double runIdle(const std::function<void(int)> &feed, const std::function<void()> &tick,
               int durationMs)
{
    const auto processCpuNs = [] {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    };
    QTimer feeder;
    feeder.setInterval(10);
    QObject::connect(&feeder, &QTimer::timeout, &feeder, [&] { feed(1); });
    QTimer second;
    second.setInterval(1000);
    QObject::connect(&second, &QTimer::timeout, &second, [&] { tick(); });
    QElapsedTimer clock;
    clock.start();
    const qint64 cpu0 = processCpuNs();
    feeder.start();
    second.start();
    runEventLoopFor(durationMs);
    return 100.0 * double(processCpuNs() - cpu0) / double(clock.nsecsElapsed());
}

// --- one size -------------------------------------------------------------------

void runSize(int rows, bool quick, double stockBudgetS)
{
    std::printf("\nGenerating %d synthetic rows...\n", rows);
    std::fflush(stdout);
    const QList<BotStatusEntry> all = makeRows(rows);
    constexpr int kPages = 100;
    std::vector<QList<BotStatusEntry>> pages(kPages);
    for (int i = 0; i < rows; ++i)
        pages[size_t(i) * kPages / size_t(rows)].append(all[i]);
    Report report;
    const int keystrokeSamples = quick ? 4 : 8;
    const QString letters = QStringLiteral("aeioustnrk");

    // ---- ours: memory of store + model alone (no view), peak during load ----
    malloc_trim(0);
    const size_t heapBefore = heapInUse();
    const qint64 rssBefore = procStatusKb("VmRSS:");
    resetPeakRss();
    size_t heapPeak = heapBefore;
    size_t heapSteady = 0;
    qint64 rssPeak = 0;
    qint64 rssSteady = 0;
    {
        BotStore memStore;
        BotTableModel memModel(&memStore);
        memStore.reserve(rows); // the first page announces the total
        for (const auto &page : pages) {
            memStore.mergeSnapshot(page);
            memStore.flush();
            heapPeak = std::max(heapPeak, heapInUse());
        }
        memStore.squeeze();
        heapSteady = heapInUse();
        rssPeak = procStatusKb("VmHWM:");
        rssSteady = procStatusKb("VmRSS:");
    }
    malloc_trim(0);

    // ---- ours: load with a view attached ----
    auto store = std::make_unique<BotStore>();
    store->setClock([] { return kNow; });
    auto model = std::make_unique<BotTableModel>(store.get());
    model->setNow(kNow);
    auto view = makeView(model.get());
    // As on the Bots page: the viewport stays on the bot being looked at.
    new ScrollAnchor(view.get());
    Stopwatch timer;
    timer.start();
    store->reserve(rows);
    double firstVisibleMs = -1;
    for (const auto &page : pages) {
        store->mergeSnapshot(page);
        store->flush();
        if (firstVisibleMs < 0) {
            settle(view.get());
            firstVisibleMs = msSince(timer);
        }
    }
    store->squeeze();
    settle(view.get());
    const double loadMs = msSince(timer);
    const double loadWallMs = timer.wallMs();

    // ---- ours: query operations ----
    std::vector<double> keystroke;
    std::vector<double> clearing;
    // LUMIO_BENCH_QUERY_LOOPS repeats the keystroke loop (for a profiler).
    const int queryLoops = std::max(1, qEnvironmentVariableIntValue("LUMIO_BENCH_QUERY_LOOPS"));
    for (int i = 0; i < keystrokeSamples * queryLoops; ++i) {
        timer.restart();
        model->setSearchText(letters.mid(i % letters.size(), 1));
        settle(view.get());
        keystroke.push_back(msSince(timer));
        timer.restart();
        model->setSearchText({});
        settle(view.get());
        clearing.push_back(msSince(timer));
    }
    std::vector<double> platform;
    for (int i = 0; i < keystrokeSamples; ++i) {
        timer.restart();
        model->setPlatformFilter(i % 2 ? std::nullopt : std::optional(Platform(i % 5)));
        settle(view.get());
        platform.push_back(msSince(timer));
    }
    model->setPlatformFilter(std::nullopt);
    std::vector<double> sortCold(BotTable::ColumnCount, -1);
    for (int c = 0; c < BotTable::ColumnCount; ++c) {
        timer.restart();
        model->sort(c, Qt::AscendingOrder);
        settle(view.get());
        sortCold[size_t(c)] = msSince(timer);
    }
    std::vector<double> sortWarm;
    for (int i = 0; i < keystrokeSamples; ++i) {
        timer.restart();
        model->sort(i % 2 ? BotTable::StatusColumn : BotTable::AccountNameColumn,
                    i % 4 < 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        settle(view.get());
        sortWarm.push_back(msSince(timer));
    }
    const size_t allCachesBytes = store->memoryUsage() + model->memoryUsage();

    // ---- ours: live updates, filtered by status and sorted by status ----
    model->setStatusFilter(BotTable::StatusFilter::Active);
    model->sort(BotTable::StatusColumn, Qt::AscendingOrder);
    // Mid-table with a current row on screen: every move above it makes the
    // anchor scroll, as it would for an operator reading there.
    view->scrollTo(model->index(model->rowCount() / 2, 0), QAbstractItemView::PositionAtTop);
    view->setCurrentIndex(model->index(model->rowCount() / 2 + 3, 0));
    settle(view.get());
    Rng liveRng {777};
    TimestampMs updatedAt = 10;
    QList<BotStatusEntry> batch;
    const auto feedOurs = [&](int n) {
        batch.resize(n);
        for (int i = 0; i < n; ++i) {
            BotStatusEntry &e = batch[i];
            e = all[liveRng.bounded(rows)];
            e.status = randomStatus(liveRng);
            e.lastHeartbeatAt = kNow;
            e.updatedAt = ++updatedAt;
        }
        store->applyEvents(batch);
    };
    store->setFlushInterval(1'000'000); // the frame timer of runLive flushes
    const auto flushOurs = [&] {
        store->flush();
    };
    // LUMIO_BENCH_LIVE_MS lengthens the live runs (for a profiler).
    const int liveMs = qEnvironmentVariableIsSet("LUMIO_BENCH_LIVE_MS")
        ? qEnvironmentVariableIntValue("LUMIO_BENCH_LIVE_MS")
        : (quick ? 1500 : 3000);
    const LiveResult oursLive = runLive(feedOurs, flushOurs, 100'000, liveMs);
    const LiveResult oursLive2 = runLive(feedOurs, flushOurs, 300'000, liveMs);
    store->setFlushInterval(16);
    // The page at rest: all bots, sorted by name, events trickling in.
    model->setStatusFilter(BotTable::StatusFilter::All);
    model->sort(BotTable::AccountNameColumn, Qt::AscendingOrder);
    settle(view.get());
    const double oursIdle = runIdle(
        feedOurs, [&] { model->setNow(kNow); }, quick ? 2000 : 4000);
    model->setStatusFilter(BotTable::StatusFilter::All);

    view.reset();
    model.reset();
    store.reset();

    // ---- stock ----
    if (stockBudgetS <= 0) {
        report.add(QStringLiteral("search keystroke -> repainted view, median ms"),
                   median(keystroke), -1);
        report.add(QStringLiteral("clear search -> repainted view, median ms"), median(clearing),
                   -1);
        report.add(QStringLiteral("platform filter change, median ms"), median(platform), -1);
        for (int c = 0; c < BotTable::ColumnCount; ++c)
            report.add(QStringLiteral("sort column %1 (first time), ms").arg(c),
                       sortCold[size_t(c)], -1);
        report.add(QStringLiteral("switch back to a sorted column, median ms"), median(sortWarm),
                   -1);
        report.addText(QStringLiteral("live 100k/s: applied/s, longest block cpu, wall ms"),
                       fmt(oursLive.perSecond, 0) + QLatin1String(", ")
                           + fmt(oursLive.maxBlockCpuMs) + QLatin1String(", ")
                           + fmt(oursLive.maxBlockWallMs),
                       QStringLiteral("-"));
        report.addText(QStringLiteral("live: longest event-loop gap on CPU, 100k/s, 300k/s ms"),
                       fmt(oursLive.maxGapCpuMs) + QLatin1String(", ") + fmt(oursLive2.maxGapCpuMs),
                       QStringLiteral("-"));
        report.addText(QStringLiteral("live 100k/s: events due but not fed at the end"),
                       QString::number(oursLive.backlog), QStringLiteral("-"));
        report.addText(QStringLiteral("live 300k/s: applied/s, longest block cpu, wall ms"),
                       fmt(oursLive2.perSecond, 0) + QLatin1String(", ")
                           + fmt(oursLive2.maxBlockCpuMs) + QLatin1String(", ")
                           + fmt(oursLive2.maxBlockWallMs),
                       QStringLiteral("-"));
        report.addText(QStringLiteral("live capacity, events per CPU-second"),
                       fmt(oursLive.perCpuSecond, 0), QStringLiteral("-"));
        report.add(QStringLiteral("idle CPU %"), oursIdle, -1);
        report.add(QStringLiteral("load ms"), loadMs, -1);
        report.print(rows);
        return;
    }
    QElapsedTimer budget; // wall time: what the operator would wait
    budget.start();
    const auto budgetLeft = [&] {
        return double(budget.elapsed()) / 1000.0 < stockBudgetS;
    };
    const auto stockSamples = [&](double firstMs) {
        return firstMs > 1000 ? 1 : keystrokeSamples;
    };

    malloc_trim(0);
    const size_t stockHeapBefore = heapInUse();
    auto stockModel = std::make_unique<StockModel>();
    auto proxy = std::make_unique<StockProxy>();
    proxy->setSortRole(Qt::UserRole);
    proxy->setSourceModel(stockModel.get());
    auto stockView = makeView(proxy.get());
    timer.restart();
    for (const auto &page : pages) {
        stockModel->append(page);
        QCoreApplication::processEvents();
    }
    settle(stockView.get());
    const double stockLoadMs = msSince(timer);
    const size_t stockBytes = heapInUse() - stockHeapBefore;

    std::vector<double> sKeystroke;
    std::vector<double> sClearing;
    QString note;
    for (int i = 0; i < keystrokeSamples && budgetLeft(); ++i) {
        timer.restart();
        proxy->setSearch(letters.mid(i % letters.size(), 1));
        settle(stockView.get());
        sKeystroke.push_back(msSince(timer));
        timer.restart();
        proxy->setSearch({});
        settle(stockView.get());
        sClearing.push_back(msSince(timer));
        if (int(sKeystroke.size()) >= stockSamples(sKeystroke.front()))
            break;
    }
    std::vector<double> sPlatform;
    for (int i = 0; i < keystrokeSamples && budgetLeft(); ++i) {
        timer.restart();
        proxy->setPlatform(i % 2 ? QString() : BotTableModel::platformName(Platform(i % 5)));
        settle(stockView.get());
        sPlatform.push_back(msSince(timer));
        if (int(sPlatform.size()) >= stockSamples(sPlatform.front()))
            break;
    }
    proxy->setPlatform({});
    std::vector<double> sSort(BotTable::ColumnCount, -1);
    for (int c = 0; c < BotTable::ColumnCount && budgetLeft(); ++c) {
        timer.restart();
        proxy->sort(c, Qt::AscendingOrder);
        settle(stockView.get());
        sSort[size_t(c)] = msSince(timer);
    }
    double sSortBack = -1;
    if (budgetLeft() && sSort[0] >= 0) {
        timer.restart();
        proxy->sort(BotTable::AccountNameColumn, Qt::AscendingOrder);
        settle(stockView.get());
        sSortBack = msSince(timer);
    }
    LiveResult stockLive;
    if (budgetLeft()) {
        proxy->setStatus(BotTableModel::statusName(BotStatus::Active));
        proxy->sort(BotTable::StatusColumn, Qt::AscendingOrder);
        settle(stockView.get());
        Rng stockRng {777};
        const QString names[] = {BotTableModel::statusName(BotStatus::Active),
                                 BotTableModel::statusName(BotStatus::Paused),
                                 BotTableModel::statusName(BotStatus::NoConnection)};
        // No coalescing in stock: every event is a setData.
        stockLive = runLive(
            [&](int n) {
                for (int i = 0; i < n; ++i)
                    stockModel->setStatus(stockRng.bounded(rows),
                                          names[int(randomStatus(stockRng))]);
            },
            [] {}, 100'000, quick ? 1500 : 3000);
    }
    double stockIdle = -1;
    if (budgetLeft()) {
        proxy->setStatus({});
        proxy->sort(BotTable::AccountNameColumn, Qt::AscendingOrder);
        settle(stockView.get());
        Rng idleRng {99};
        stockIdle = runIdle(
            [&](int n) {
                for (int i = 0; i < n; ++i)
                    stockModel->setStatus(idleRng.bounded(rows),
                                          BotTableModel::statusName(randomStatus(idleRng)));
            },
            [&] {
                Q_EMIT stockModel->dataChanged(
                    stockModel->index(0, BotTable::LastHeartbeatColumn),
                    stockModel->index(rows - 1, BotTable::LastHeartbeatColumn));
            },
            quick ? 2000 : 4000);
    }
    const double stockSpentS = double(budget.elapsed()) / 1000.0;
    stockView.reset();
    proxy.reset();
    stockModel.reset();

    // ---- report ----
    const bool capped = !budgetLeft();
    const auto samplesNote = [&](const std::vector<double> &v) {
        return v.empty() ? QString() : QStringLiteral("n=%1").arg(v.size());
    };
    report.add(QStringLiteral("search keystroke -> repainted view, median ms"), median(keystroke),
               median(sKeystroke), samplesNote(sKeystroke));
    report.add(QStringLiteral("clear search -> repainted view, median ms"), median(clearing),
               median(sClearing), samplesNote(sClearing));
    report.add(QStringLiteral("platform filter change -> repainted view, median ms"),
               median(platform), median(sPlatform), samplesNote(sPlatform));
    const char *columns[] = {"name",   "account id",     "platform",
                             "status", "last heartbeat", "action"};
    for (int c = 0; c < BotTable::ColumnCount; ++c) {
        report.add(QStringLiteral("sort by %1 (first time), ms").arg(QLatin1String(columns[c])),
                   sortCold[size_t(c)], sSort[size_t(c)]);
    }
    report.add(QStringLiteral("switch back to a sorted column, median ms"), median(sortWarm),
               sSortBack, QStringLiteral("re-sorts"));
    report.addText(
        QStringLiteral("live: status changes/s offered 100k (filtered+sorted by status)"),
        fmt(oursLive.perSecond, 0), fmt(stockLive.perSecond, 0),
        stockLive.perSecond > 0
            ? QString::number(oursLive.perSecond / stockLive.perSecond, 'f', 1) + QLatin1Char('x')
            : QStringLiteral("-"));
    report.addRate(QStringLiteral("live: capacity, events per CPU-second (feed+flush)"),
                   oursLive.perCpuSecond, stockLive.perCpuSecond);
    report.add(QStringLiteral("live: longest handler at 100k/s (cpu), ms"), oursLive.maxBlockCpuMs,
               stockLive.maxBlockCpuMs);
    report.addText(QStringLiteral("live: longest event-loop gap at 100k/s (wall), ms"),
                   fmt(oursLive.maxBlockWallMs), fmt(stockLive.maxBlockWallMs));
    report.addText(QStringLiteral("live: offered 300k/s: applied/s, longest cpu, wall ms"),
                   fmt(oursLive2.perSecond, 0) + QLatin1String(", ") + fmt(oursLive2.maxBlockCpuMs)
                       + QLatin1String(", ") + fmt(oursLive2.maxBlockWallMs),
                   QStringLiteral("-"));
    report.add(QStringLiteral("idle: CPU % of a core, 100 events/s + 1 s tick, by name"), oursIdle,
               stockIdle);
    report.add(QStringLiteral("load: 100 pages into model+view, ms"), loadMs, stockLoadMs);
    report.addText(QStringLiteral("load: first page visible, ms"), fmt(firstVisibleMs),
                   QStringLiteral("-"));
    report.addText(QStringLiteral("load: wall ms (shared cores)"), fmt(loadWallMs),
                   QStringLiteral("-"));
    report.addText(QStringLiteral("memory: store+model heap bytes/row after load (mallinfo2)"),
                   fmt(double(heapSteady - heapBefore) / rows),
                   fmt(double(stockBytes) / rows) + QStringLiteral(" (incl. proxy+view)"));
    report.addText(QStringLiteral("memory: store+model bytes/row, all 6 sort caches"),
                   fmt(double(allCachesBytes) / rows), QStringLiteral("-"));
    report.addText(QStringLiteral("memory: peak/steady during load, heap (sampled per page)"),
                   fmt(double(heapPeak - heapBefore) / double(heapSteady - heapBefore), 2),
                   QStringLiteral("-"));
    report.addText(
        QStringLiteral("memory: peak/steady during load, RSS (VmHWM)"),
        fmt(double(rssPeak - rssBefore) / double(std::max<qint64>(1, rssSteady - rssBefore)), 2),
        QStringLiteral("-"));
    report.print(rows);
    std::printf("stock side: %.0f s spent%s\n", stockSpentS,
                capped ? ", time budget reached: later stock operations skipped" : "");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    std::vector<int> sizes;
    double budget = quick ? 30 : 240;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--rows") && i + 1 < args.size())
            sizes.push_back(args[++i].toInt());
        else if (args[i] == QStringLiteral("--stock-budget") && i + 1 < args.size())
            budget = args[++i].toDouble();
    }
    if (sizes.empty())
        sizes = quick ? std::vector<int> {100'000} : std::vector<int> {100'000, 500'000};
    std::printf("bot_table_bench: ours = BotStore + BotTableModel; stock = QString-per-field "
                "QAbstractTableModel + QSortFilterProxyModel; both with a QTableView repainted.\n"
                "Stock search is case-insensitive only (no accent folding). Stock budget %.0f s "
                "per size; a stock operation over 1 s is sampled once.\n",
                budget);
    for (int rows : sizes)
        runSize(rows, quick, budget);
    return 0;
}
