// How long decoding the biggest snapshot takes: 100 pages of 5000 rows
// (500,000 rows), split into JSON parsing (QJsonDocument::fromJson) and our
// decoding. Prints both; in optimised builds fails if decoding alone takes
// a second or more.

#include <api/Decoders.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

constexpr int kPages = 100;
constexpr int kRowsPerPage = 5000;

QByteArray makePage(int pageIndex)
{
    static const char *const platforms[] = {"TWITCH", "YOUTUBE", "KICK", "TROVO", "DISCORD"};
    static const char *const statuses[] = {"ACTIVE", "PAUSED", "NO_CONNECTION"};
    QJsonArray nodes;
    for (int i = 0; i < kRowsPerPage; ++i) {
        const int n = pageIndex * kRowsPerPage + i;
        nodes.append(QJsonObject {
            {QStringLiteral("accountId"),
             QStringLiteral("7d0f6a2e-4c1b-4e8a-9f3d-%1").arg(n, 12, 16, QLatin1Char('0'))},
            {QStringLiteral("accountName"), QStringLiteral("streamer_%1").arg(n)},
            {QStringLiteral("platform"), QLatin1String(platforms[n % 5])},
            {QStringLiteral("status"), QLatin1String(statuses[n % 3])},
            {QStringLiteral("lastHeartbeatAt"),
             n % 3 == 2 ? QJsonValue() : QJsonValue(QStringLiteral("2026-11-21T09:59:30.250Z"))},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-11-21T10:00:00.123456Z")},
        });
    }
    const QJsonObject pageObject {
        {QStringLiteral("totalCount"), kPages * kRowsPerPage},
        {QStringLiteral("pageInfo"),
         QJsonObject {{QStringLiteral("hasNextPage"), pageIndex + 1 < kPages},
                      {QStringLiteral("endCursor"), QString::number(pageIndex)}}},
        {QStringLiteral("nodes"), nodes},
    };
    return QJsonDocument(
               QJsonObject {{QStringLiteral("data"),
                             QJsonObject {{QStringLiteral("adminBotStatuses"), pageObject}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestDecodersPerformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halfAMillionRows()
    {
        // Ten distinct pages reused ten times: the same work as 100 pages
        // without spending the test's time on generating them.
        QList<QByteArray> bodies;
        for (int p = 0; p < 10; ++p)
            bodies.append(makePage(p));

        qint64 parseNs = 0;
        qint64 decodeNs = 0;
        qsizetype rows = 0;
        qsizetype bytes = 0;
        QElapsedTimer timer;
        for (int p = 0; p < kPages; ++p) {
            const QByteArray &body = bodies.at(p % bodies.size());
            bytes += body.size();
            timer.start();
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            parseNs += timer.nsecsElapsed();

            timer.start();
            BotStatusPage page;
            DecodeReport report;
            const bool ok = Decoders::decode(doc.object()
                                                 .value(QLatin1String("data"))
                                                 .toObject()
                                                 .value(QLatin1String("adminBotStatuses")),
                                             page, report);
            decodeNs += timer.nsecsElapsed();
            QVERIFY(ok);
            QVERIFY(report.isClean());
            rows += page.nodes.size();
        }
        QCOMPARE(rows, qsizetype(kPages) * kRowsPerPage);
        const double parseMs = parseNs / 1e6;
        const double decodeMs = decodeNs / 1e6;
        qInfo("%lld rows, %.1f MB JSON: QJsonDocument::fromJson %.0f ms, Decoders %.0f ms, "
              "total %.0f ms",
              qlonglong(rows), bytes / 1e6, parseMs, decodeMs, parseMs + decodeMs);
        // A ratio against the JSON parse it follows in the same run, not a
        // wall-clock budget: a busy machine slows both alike, while a decoder
        // that starts allocating or copying per field shows at once (today
        // about 0.8x). Unoptimised builds only report.
        qInfo("DECODE-FIGURES decode/parse ratio %.2f", decodeMs / parseMs);
#ifdef QT_NO_DEBUG
        QVERIFY2(decodeMs < 1.5 * parseMs,
                 qPrintable(QStringLiteral("decode %1 ms vs parse %2 ms").arg(decodeMs).arg(parseMs)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDecodersPerformance)
#include "TestDecodersPerformance.moc"
