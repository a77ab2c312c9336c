// Paging against a server that moves under it (sandbox --skew, issue 13):
// offset cursors while accounts are inserted and removed between page
// fetches, so a plain concatenation of pages repeats some rows and skips
// others, and removed accounts vanish without an event. After the load the
// real main window's rows equal the server's, key for key, with exactly one
// reconciling refetch.

#include "../faults/FaultsSupport.h"

#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace faults;

class TestSkewPaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void churnBetweenPages_endsKeyForKey_withOneReconcilingRefetch();

private:
    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
};

void TestSkewPaging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestSkewPaging::churnBetweenPages_endsKeyForKey_withOneReconcilingRefetch()
{
    const ServerState before = serverState(m_sandbox);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    // More than two pages of 5,000 rows: every page after the first moves.
    QVERIFY2(before.rows.size() > 10000, "the fixture needs three pages");
    QString error;
    const QJsonObject armed = m_sandbox.control(
        QStringLiteral("paging-churn"),
        {{QStringLiteral("insertPerPage"), 2}, {QStringLiteral("removePerPage"), 2},
         {QStringLiteral("pages"), 2}},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(armed[QLatin1String("pagingChurn")][QLatin1String("remainingPages")].toInt(), 2);

    AppShell shell(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(signIn(shell, m_sandbox, QStringLiteral("operator")));
    BotTablePage *bots = botsPage(shell);
    BotSyncController *sync = botSync(shell);
    QVERIFY(bots && sync);
    QVERIFY(waitLoaded(shell));
    // The load saw the server move (a row delivered twice, or counts that
    // disagree) and fetched once more; the refetch is the last word.
    QTRY_COMPARE_WITH_TIMEOUT(sync->reconcileCount(), 1, kLoadTimeoutMs);
    QVERIFY(waitLoaded(shell));

    const QJsonObject info = m_sandbox.control(QStringLiteral("skew-info"));
    const QJsonObject churn = info.value(QLatin1String("churn")).toObject();
    const int inserted = churn.value(QLatin1String("inserted")).toInt();
    const int removed = churn.value(QLatin1String("removed")).toInt();
    QCOMPARE(info[QLatin1String("pagingChurn")][QLatin1String("remainingPages")].toInt(), 0);
    QCOMPARE(inserted, 4); // accounts
    QCOMPARE(removed, 4);

    const ServerState server = serverState(m_sandbox);
    const QHash<QString, AppRow> app = appRows(bots);
    const Comparison c = compareRows(server, app);
    // Key for key: none missing, none extra, no duplicates, states equal.
    QCOMPARE(qsizetype(bots->model()->rowCount()), qsizetype(app.size()));
    QCOMPARE(bots->model()->counts().total, qsizetype(server.rows.size()));
    const QString total = QLocale().toString(qint64(server.rows.size()));
    QVERIFY2(bots->countLabel()->text().contains(QStringLiteral("of %1 bots").arg(total)),
             qPrintable(bots->countLabel()->text()));
    const BotStore::Stats stats = sync->store()->stats();
    printFigures(QStringLiteral("skew_paging"),
                 {{QStringLiteral("serverRowsBefore"), num(qint64(before.rows.size()))},
                  {QStringLiteral("serverRows"), num(qint64(server.rows.size()))},
                  {QStringLiteral("appRows"), num(qint64(bots->model()->counts().total))},
                  {QStringLiteral("accountsInserted"), num(qint64(inserted))},
                  {QStringLiteral("accountsRemoved"), num(qint64(removed))},
                  {QStringLiteral("rowsRemovedBySnapshot"), num(qint64(stats.removed))},
                  {QStringLiteral("reconcilingRefetches"), num(qint64(sync->reconcileCount()))},
                  {QStringLiteral("snapshots"), num(qint64(sync->feed()->snapshotCount()))},
                  {QStringLiteral("missing"), num(qint64(c.missing))},
                  {QStringLiteral("extra"), num(qint64(c.extra))},
                  {QStringLiteral("rowsDiffering"), num(qint64(c.mismatched + c.stale))}});
    QVERIFY2(c.problems() == 0, qPrintable(c.describe()));
    QCOMPARE(c.compared, int(server.rows.size()));

    // Nothing more: one reconciling refetch, not a loop.
    QTest::qWait(1000);
    QCOMPARE(sync->reconcileCount(), 1);
}

QTEST_MAIN(TestSkewPaging)
#include "TestSkewPaging.moc"
