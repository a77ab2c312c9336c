// Loading against the sandbox over loopback: the app's path (BotControlApi::
// fetchAllStatuses -> BotStore::mergeSnapshot per page -> BotTableModel with a
// QTableView attached and repainted) against a plain HTTP client that posts
// the same AdminBotStatuses pages and only reads the bytes. Both sides run
// alternately a few times in one process against one sandbox; medians are
// reported.
//
//   QT_QPA_PLATFORM=offscreen ./sandbox_load_bench [--accounts 100000] [--runs 3]
//                                                   [--page-size 5000]
//                                                   [--sandbox-info PATH]
//
// Without --sandbox-info the program starts the sandbox itself through
// tests/sandbox/fixture.mjs (100,000 accounts = 500,000 rows) and stops it at
// the end.

#include "api/BotControlApi.h"
#include "api/BotStatusFetchJob.h"
#include "api/DecodeReport.h"
#include "api/Decoders.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLRequest.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#ifndef LUMIO_BENCH_SOURCE_DIR
#error "LUMIO_BENCH_SOURCE_DIR must be defined by the build"
#endif
#ifndef LUMIO_BENCH_NODE
#define LUMIO_BENCH_NODE "node"
#endif

namespace {

struct Sandbox
{
    QUrl url;
    QString adminToken;
};

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

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().trimmed());
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

bool readInfo(const QString &path, Sandbox *sandbox)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    sandbox->url = QUrl(info.value(QLatin1String("url")).toString());
    sandbox->adminToken =
        info.value(QLatin1String("tokens")).toObject().value(QLatin1String("admin")).toString();
    return sandbox->url.isValid() && !sandbox->adminToken.isEmpty();
}

bool runFixture(const QStringList &args)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral(LUMIO_BENCH_NODE),
               QStringList {QStringLiteral(LUMIO_BENCH_SOURCE_DIR "/tests/sandbox/fixture.mjs")}
                   + args);
    if (!node.waitForFinished(120'000)) {
        std::fprintf(stderr, "fixture.mjs did not finish\n");
        return false;
    }
    std::printf("%s", node.readAllStandardOutput().constData());
    return node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0;
}

// --- plain HTTP: the same query, page by page, only the bytes ---------------

struct PlainResult
{
    double wallMs = 0;
    qint64 bytes = 0;
    int pages = 0;
    QList<QByteArray> bodies; // kept when asked, for the breakdown
};

QByteArray extractString(const QByteArray &body, const QByteArray &key)
{
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype begin = body.indexOf('"', at + key.size()) + 1;
    const qsizetype end = body.indexOf('"', begin);
    return begin > 0 && end > begin ? body.mid(begin, end - begin) : QByteArray();
}

PlainResult runPlain(const Sandbox &sandbox, int pageSize, bool keepBodies = false)
{
    PlainResult result;
    QNetworkAccessManager network;
    QEventLoop loop;
    QElapsedTimer clock;
    std::function<void(const QByteArray &)> request = [&](const QByteArray &after) {
        QJsonObject variables {{QStringLiteral("first"), pageSize}};
        if (!after.isEmpty())
            variables.insert(QStringLiteral("after"), QString::fromLatin1(after));
        QNetworkRequest req(sandbox.url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + sandbox.adminToken.toLatin1());
        QNetworkReply *reply = network.post(
            req,
            GraphQLRequest::fromOperation(QStringLiteral("AdminBotStatuses"), variables).toJson());
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            const QByteArray bytes = reply->readAll();
            result.bytes += bytes.size();
            if (keepBodies)
                result.bodies.append(bytes);
            ++result.pages;
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "plain HTTP: %s\n", qPrintable(reply->errorString()));
                loop.quit();
                return;
            }
            // Just enough reading to page on: the cursor, no JSON parse.
            const bool more = bytes.contains("\"hasNextPage\":true");
            if (more)
                request(extractString(bytes, "\"endCursor\":"));
            else
                loop.quit();
        });
    };
    clock.start();
    request({});
    loop.exec();
    result.wallMs = double(clock.nsecsElapsed()) / 1e6;
    return result;
}

// --- ours: the app's path ---------------------------------------------------

struct OursResult
{
    double wallMs = 0;
    double firstRowsMs = -1;
    double guiCpuMs = 0;
    double maxPageHandlerMs = 0;
    qint64 rows = 0;
    double rssPeakOverSteady = -1;
    double heapPeakOverSteady = -1;
    double storeModelBytesPerRow = 0;
    qint64 rssSteadyMb = 0;
    qint64 rssPeakMb = 0;
    bool ok = false;
};

OursResult runOurs(const Sandbox &sandbox, int pageSize)
{
    OursResult result;
    malloc_trim(0);
    const qint64 rssBefore = procStatusKb("VmRSS:");
    const size_t heapBefore = heapInUse();
    resetPeakRss();
    size_t heapPeak = heapBefore;

    QNetworkAccessManager network;
    GraphQLClient::Config config;
    config.endpoint = sandbox.url;
    config.token = sandbox.adminToken;
    GraphQLClient client(&network, config);
    BotControlApi api(&client);
    auto store = std::make_unique<BotStore>();
    auto model = std::make_unique<BotTableModel>(store.get());
    auto view = std::make_unique<QTableView>();
    view->setModel(model.get());
    view->resize(1100, 700);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(24);
    view->show();
    QCoreApplication::processEvents();

    QEventLoop loop;
    QElapsedTimer clock;
    bool reserved = false;
    const qint64 cpu0 = threadCpuNs();
    clock.start();
    BotStatusFetchJob *job = api.fetchAllStatuses({}, pageSize);
    QObject::connect(job, &BotStatusFetchJob::pageReceived, &loop,
                     [&](const QList<BotStatusEntry> &rows) {
                         const qint64 t0 = threadCpuNs();
                         heapPeak = std::max(heapPeak, heapInUse());
                         store->mergeSnapshot(rows);
                         if (result.firstRowsMs < 0 && model->rowCount() > 0) {
                             // What the operator sees: the first page painted.
                             view->viewport()->repaint();
                             result.firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
                         }
                         result.maxPageHandlerMs =
                             std::max(result.maxPageHandlerMs, double(threadCpuNs() - t0) / 1e6);
                     });
    // As BotSyncController does: reserve once the first page announces the total.
    QObject::connect(job, &BotStatusFetchJob::progress, &loop, [&](int, int total) {
        if (!reserved && total > store->rowCount()) {
            store->reserve(total);
            reserved = true;
        }
    });
    QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiError &error) {
        if (error)
            std::fprintf(stderr, "fetchAllStatuses: %s\n", qPrintable(error.message));
        result.ok = !error;
        store->flush();
        store->squeeze();
        view->viewport()->repaint();
        loop.quit();
    });
    loop.exec();
    result.wallMs = double(clock.nsecsElapsed()) / 1e6;
    result.guiCpuMs = double(threadCpuNs() - cpu0) / 1e6;
    result.rows = store->rowCount();

    malloc_trim(0);
    const qint64 rssPeak = procStatusKb("VmHWM:");
    const qint64 rssSteady = procStatusKb("VmRSS:");
    const size_t heapSteady = heapInUse();
    result.rssPeakMb = rssPeak / 1024;
    result.rssSteadyMb = rssSteady / 1024;
    if (rssSteady > rssBefore)
        result.rssPeakOverSteady = double(rssPeak - rssBefore) / double(rssSteady - rssBefore);
    if (heapSteady > heapBefore)
        result.heapPeakOverSteady = double(heapPeak - heapBefore) / double(heapSteady - heapBefore);
    if (result.rows > 0)
        result.storeModelBytesPerRow =
            double(store->memoryUsage() + model->memoryUsage()) / double(result.rows);
    return result;
}

// Where the GUI thread's time goes per page, on the recorded bodies: JSON
// parse (GraphQLReply), decode to entries (BotStatusFetchJob), merge into
// the store and model (no view).
void printBreakdown(const QList<QByteArray> &bodies)
{
    qint64 parseNs = 0;
    qint64 decodeNs = 0;
    qint64 mergeNs = 0;
    BotStore store;
    BotTableModel model(&store);
    for (const QByteArray &body : bodies) {
        qint64 t0 = threadCpuNs();
        const QJsonObject data =
            QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject();
        qint64 t1 = threadCpuNs();
        parseNs += t1 - t0;
        BotStatusPage page;
        DecodeReport report;
        Decoders::decode(data.value(QLatin1String("adminBotStatuses")), page, report);
        qint64 t2 = threadCpuNs();
        decodeNs += t2 - t1;
        store.mergeSnapshot(page.nodes);
        store.flush();
        mergeNs += threadCpuNs() - t2;
    }
    const double pages = double(std::max<qsizetype>(1, bodies.size()));
    std::printf("GUI thread CPU per page of the app's path (%d pages): JSON parse %.1f ms, "
                "decode %.1f ms, merge into store+model %.1f ms; whole load: %.0f / %.0f / %.0f "
                "ms\n",
                int(bodies.size()), double(parseNs) / 1e6 / pages, double(decodeNs) / 1e6 / pages,
                double(mergeNs) / 1e6 / pages, double(parseNs) / 1e6, double(decodeNs) / 1e6,
                double(mergeNs) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int accounts = 100'000;
    int runs = 3;
    int pageSize = 5000;
    QString infoPath;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--accounts") && i + 1 < args.size())
            accounts = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--page-size") && i + 1 < args.size())
            pageSize = args[++i].toInt();
        else if (args[i] == QLatin1String("--sandbox-info") && i + 1 < args.size())
            infoPath = args[++i];
    }

    QTemporaryDir dir;
    const bool ownSandbox = infoPath.isEmpty();
    if (ownSandbox) {
        infoPath = dir.filePath(QStringLiteral("sandbox.json"));
        std::printf("starting sandbox with %d accounts...\n", accounts);
        std::fflush(stdout);
        if (!runFixture({QStringLiteral("start"), infoPath, QStringLiteral("--"),
                         QStringLiteral("--accounts"), QString::number(accounts),
                         QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--quiet")}))
            return 1;
    }
    Sandbox sandbox;
    if (!readInfo(infoPath, &sandbox)) {
        std::fprintf(stderr, "cannot read sandbox info %s\n", qPrintable(infoPath));
        if (ownSandbox)
            runFixture({QStringLiteral("stop"), infoPath});
        return 1;
    }

    // One warm-up of each side: the sandbox's JIT and caches, our page cache.
    printBreakdown(runPlain(sandbox, pageSize, true).bodies);
    malloc_trim(0);
    runOurs(sandbox, pageSize);

    std::vector<double> plainMs;
    std::vector<double> oursMs;
    std::vector<double> firstMs;
    std::vector<double> cpuMs;
    std::vector<double> handlerMs;
    std::vector<double> rssRatio;
    std::vector<double> heapRatio;
    qint64 rows = 0;
    qint64 bytes = 0;
    double bytesPerRow = 0;
    qint64 peakMb = 0;
    qint64 steadyMb = 0;
    for (int run = 0; run < runs; ++run) {
        // Alternate which side goes first, so drift in machine load is shared.
        const auto plain = [&] {
            const PlainResult p = runPlain(sandbox, pageSize);
            plainMs.push_back(p.wallMs);
            bytes = p.bytes;
            std::printf("run %d plain: %.0f ms, %d pages, %.1f MB\n", run + 1, p.wallMs, p.pages,
                        double(p.bytes) / 1e6);
        };
        const auto ours = [&] {
            const OursResult o = runOurs(sandbox, pageSize);
            if (!o.ok)
                std::printf("run %d ours: FAILED\n", run + 1);
            oursMs.push_back(o.wallMs);
            firstMs.push_back(o.firstRowsMs);
            cpuMs.push_back(o.guiCpuMs);
            handlerMs.push_back(o.maxPageHandlerMs);
            rssRatio.push_back(o.rssPeakOverSteady);
            heapRatio.push_back(o.heapPeakOverSteady);
            rows = o.rows;
            bytesPerRow = o.storeModelBytesPerRow;
            peakMb = o.rssPeakMb;
            steadyMb = o.rssSteadyMb;
            std::printf("run %d ours:  %.0f ms (first rows %.0f ms, GUI thread CPU %.0f ms), "
                        "%lld rows, RSS peak/steady %.2f (VmHWM %lld MB, VmRSS %lld MB)\n",
                        run + 1, o.wallMs, o.firstRowsMs, o.guiCpuMs, o.rows, o.rssPeakOverSteady,
                        o.rssPeakMb, o.rssSteadyMb);
        };
        if (run % 2 == 0) {
            plain();
            ours();
        } else {
            ours();
            plain();
        }
        std::fflush(stdout);
    }

    const double plain = median(plainMs);
    const double ours = median(oursMs);
    const double ratio = ours / plain;
    const double first = median(firstMs);
    const double peak = median(rssRatio);
    std::printf("\n== sandbox load: %lld rows in pages of %d, %.1f MB, median of %d runs "
                "(load average %s) ==\n",
                rows, pageSize, double(bytes) / 1e6, runs, qPrintable(loadAverage()));
    std::printf("%-52s | %10s | %8s | %s\n", "measure", "value", "target", "");
    std::printf("%s\n", QByteArray(86, '-').constData());
    const auto line = [](const char *what, double value, const char *target, bool ok) {
        std::printf("%-52s | %10.2f | %8s | %s\n", what, value, target, ok ? "ok" : "MISSED");
    };
    line("plain HTTP client, all pages, wall ms", plain, "-", true);
    line("ours (api -> store -> model + view), wall ms", ours, "-", true);
    line("ratio ours / plain", ratio, "<= 1.5", ratio <= 1.5);
    line("first rows visible (page 1 in model, repainted), ms", first, "<= 300", first <= 300);
    line("peak / steady memory during load (VmHWM/VmRSS)", peak, "<= 2", peak <= 2);
    line("peak / steady heap (mallinfo2, sampled per page)", median(heapRatio), "-", true);
    line("ours: GUI thread CPU ms for the whole load", median(cpuMs), "-", true);
    line("ours: longest page handler (merge + paint), CPU ms", median(handlerMs), "-", true);
    line("store + model bytes per row (capacity)", bytesPerRow, "<= 120", bytesPerRow <= 120);
    std::printf("(process RSS last run: peak %lld MB, steady %lld MB)\n", peakMb, steadyMb);
    std::fflush(stdout);

    if (ownSandbox)
        runFixture({QStringLiteral("stop"), infoPath});
    return 0;
}
