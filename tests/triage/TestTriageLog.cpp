// Unit tests of the triage log and its model: no network, no widgets.

#include "models/triage/TriageLog.h"
#include "models/triage/TriageLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

TriageEntry botEntry(const QString &name, const QString &platform, const QString &action,
                     TriageEntry::Result result, qint64 atMs = 0)
{
    TriageEntry e;
    e.atMs = atMs;
    e.kind = QStringLiteral("bot");
    e.accountId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    e.accountName = name;
    e.platform = platform;
    e.action = action;
    e.result = result;
    return e;
}

} // namespace

class TestTriageLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void open_usesWalAndFullSync();
    void append_assignsIncreasingIdsAndFillsProfileAndTime();
    void appendAll_oneTransactionAllOrNothing();
    void entries_areNeverEditedOrDeleted();
    void query_byTimeRange();
    void query_byText_caseInsensitiveAndWildcardsLiteral();
    void reopen_afterClose_keepsEverything();
    void pendingWithoutAnswer_isShownAsNoAnswerAfterReopen();
    void pendingWithAnswer_isShownAsSent();
    void csv_rfc4180Quoting();
    void markdown_escapesPipesAndLineBreaks();
    void model_pagesNewestFirst();
    void model_newEntriesAppearOnTop_filterApplies();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestTriageLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("triage.sqlite"));
}

void TestTriageLog::cleanup()
{
    m_dir.reset();
}

void TestTriageLog::open_usesWalAndFullSync()
{
    TriageLog log;
    QVERIFY2(log.open(m_path), qPrintable(log.errorString()));
    QCOMPARE(log.journalMode(), QStringLiteral("wal"));
    QCOMPARE(log.synchronousMode(), 2); // FULL
    QCOMPARE(log.integrityCheck(), QStringLiteral("ok"));
}

void TestTriageLog::append_assignsIncreasingIdsAndFillsProfileAndTime()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("Production"));
    QSignalSpy appended(&log, &TriageLog::appended);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 a = log.append(botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                                         TriageAction::pause(), TriageEntry::Result::Pending));
    const qint64 b = log.append(botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                                         TriageAction::pause(), TriageEntry::Result::Ok));
    QVERIFY(a > 0);
    QCOMPARE(b, a + 1);
    QCOMPARE(appended.count(), 2);
    const TriageEntry e = log.entry(a);
    QCOMPARE(e.id, a);
    QCOMPARE(e.profile, QStringLiteral("Production"));
    QCOMPARE(e.accountName, QStringLiteral("acme_live"));
    QCOMPARE(e.platform, QStringLiteral("TWITCH"));
    QCOMPARE(e.action, TriageAction::pause());
    QCOMPARE(e.origin, TriageOrigin::single());
    QCOMPARE(e.result, TriageEntry::Result::Pending);
    QVERIFY(e.atMs >= before && e.atMs <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(log.entry(b).result, TriageEntry::Result::Ok);
    QCOMPARE(log.lastId(), b);
}

void TestTriageLog::appendAll_oneTransactionAllOrNothing()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    QList<TriageEntry> batch;
    for (int i = 0; i < 3; ++i)
        batch.append(botEntry(QStringLiteral("bulk%1").arg(i), QStringLiteral("KICK"),
                              TriageAction::resume(), TriageEntry::Result::Pending));
    const QList<qint64> ids = log.appendAll(batch);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(2), ids.at(0) + 2);

    // An entry without the required kind fails the whole batch: nothing of it lands.
    QSignalSpy failed(&log, &TriageLog::writeFailed);
    batch[1].kind = QString(); // NULL: NOT NULL constraint
    batch[1].action = QString();
    QVERIFY(log.appendAll(batch).isEmpty());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(log.count({}), 3);
}

void TestTriageLog::entries_areNeverEditedOrDeleted()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    const qint64 id = log.append(botEntry(QStringLiteral("a"), QStringLiteral("TWITCH"),
                                          TriageAction::pause(), TriageEntry::Result::Failed));
    QVERIFY(id > 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET result = 'ok'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("never edited")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(log.entry(id).result, TriageEntry::Result::Failed);
}

void TestTriageLog::query_byTimeRange()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    const qint64 t0 = 1'700'000'000'000;
    for (int i = 0; i < 10; ++i) {
        log.append(botEntry(QStringLiteral("a%1").arg(i), QStringLiteral("TWITCH"),
                            TriageAction::pause(), TriageEntry::Result::Ok, t0 + i * 60'000));
    }
    TriageLog::Query q;
    q.fromMs = t0 + 2 * 60'000;
    q.toMs = t0 + 5 * 60'000;
    const QList<TriageEntry> hits = log.entries(q);
    QCOMPARE(hits.size(), 4); // inclusive on both ends
    QCOMPARE(hits.first().accountName, QStringLiteral("a5")); // newest first
    QCOMPARE(hits.last().accountName, QStringLiteral("a2"));
    QCOMPARE(log.count(q), 4);
}

void TestTriageLog::query_byText_caseInsensitiveAndWildcardsLiteral()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.append(botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                        TriageAction::pause(), TriageEntry::Result::Ok));
    log.append(botEntry(QStringLiteral("acmeXlive"), QStringLiteral("KICK"), TriageAction::resume(),
                        TriageEntry::Result::Ok));
    TriageEntry failed = botEntry(QStringLiteral("zoe"), QStringLiteral("YOUTUBE"),
                                  TriageAction::pause(), TriageEntry::Result::Failed);
    failed.serverMessage = QStringLiteral("INTERNAL_SERVER_ERROR: 100% broken");
    log.append(failed);

    TriageLog::Query q;
    q.text = QStringLiteral("ACME");
    QCOMPARE(log.entries(q).size(), 2);
    q.text = QStringLiteral("acme_"); // _ is literal, not "any character"
    QCOMPARE(log.entries(q).size(), 1);
    q.text = QStringLiteral("100%");
    QCOMPARE(log.entries(q).size(), 1);
    q.text = QStringLiteral("kick");
    QCOMPARE(log.entries(q).value(0).accountName, QStringLiteral("acmeXlive"));
    q.text = QStringLiteral("nothing like this");
    QVERIFY(log.entries(q).isEmpty());
}

void TestTriageLog::reopen_afterClose_keepsEverything()
{
    qint64 id = 0;
    {
        TriageLog log;
        QVERIFY(log.open(m_path));
        id = log.append(botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                                 TriageAction::reconnect(), TriageEntry::Result::Ok));
        log.close();
        QVERIFY(!log.isOpen());
        QVERIFY(log.append(botEntry(QStringLiteral("x"), QStringLiteral("KICK"),
                                    TriageAction::pause(), TriageEntry::Result::Ok))
                == 0);
    }
    TriageLog again;
    QVERIFY(again.open(m_path));
    QCOMPARE(again.count({}), 1);
    QCOMPARE(again.entry(id).action, TriageAction::reconnect());
    QCOMPARE(again.integrityCheck(), QStringLiteral("ok"));
    // Two instances on one file (two windows, or the app and a test).
    TriageLog second;
    QVERIFY(second.open(m_path));
    QVERIFY(second.append(botEntry(QStringLiteral("y"), QStringLiteral("KICK"),
                                   TriageAction::pause(), TriageEntry::Result::Ok))
            > id);
    QCOMPARE(again.count({}), 2);
}

void TestTriageLog::pendingWithoutAnswer_isShownAsNoAnswerAfterReopen()
{
    qint64 pending = 0;
    {
        TriageLog log;
        QVERIFY(log.open(m_path));
        pending = log.append(botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                                      TriageAction::pause(), TriageEntry::Result::Pending));
        TriageLogModel model(&log);
        QCOMPARE(model.rowCount(), 1);
        // While this session still waits for it.
        QCOMPARE(model.index(0, TriageLogModel::ResultColumn).data().toString(),
                 QStringLiteral("Sent, waiting"));
        QCOMPARE(model.index(0, 0).data(TriageLogModel::NoAnswerRole).toBool(), false);
    } // the app "dies" before the answer
    TriageLog log;
    QVERIFY(log.open(m_path));
    TriageLogModel model(&log);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(TriageLogModel::EntryIdRole).toLongLong(), pending);
    QCOMPARE(model.index(0, TriageLogModel::ResultColumn).data().toString(),
             QStringLiteral("Sent, no answer"));
    QCOMPARE(model.index(0, 0).data(TriageLogModel::NoAnswerRole).toBool(), true);
}

void TestTriageLog::pendingWithAnswer_isShownAsSent()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    TriageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TriageEntry sent = botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                                TriageAction::pause(), TriageEntry::Result::Pending);
    sent.batchId = 7;
    const qint64 pending = log.append(sent);
    QCOMPARE(model.index(0, TriageLogModel::ResultColumn).data().toString(),
             QStringLiteral("Sent, waiting"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    TriageEntry answer = sent;
    answer.result = TriageEntry::Result::Ok;
    answer.refId = pending;
    answer.serverMessage = QStringLiteral("PAUSED");
    QVERIFY(log.append(answer) > pending);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TriageLogModel::ResultColumn).data().toString(), QStringLiteral("OK"));
    QCOMPARE(model.index(0, TriageLogModel::MessageColumn).data().toString(),
             QStringLiteral("PAUSED"));
    QCOMPARE(model.index(1, TriageLogModel::ResultColumn).data().toString(),
             QStringLiteral("Sent"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(log.entry(pending).answered);
}

void TestTriageLog::csv_rfc4180Quoting()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("Prod, EU"));
    log.setOperator(QStringLiteral("Ana, B"), QStringLiteral("u-1")); // filled in on append
    TriageEntry e = botEntry(QStringLiteral("say \"hi\""), QStringLiteral("TWITCH"),
                             TriageAction::pause(), TriageEntry::Result::Failed, 1'700'000'000'000);
    e.serverMessage = QStringLiteral("line one\nline two");
    log.append(e);
    TriageLogModel model(&log);
    model.setFilter(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), {});
    const QString csv = model.toCsv(model.allMatching());
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3); // header, one record (with an embedded LF), trailing empty
    QCOMPARE(lines.at(0),
             QStringLiteral("Time (UTC),Profile,Account,Account ID,Platform or server,Action,"
                            "Result,Server message,Batch,Incident,Operator"));
    QCOMPARE(lines.at(1),
             QStringLiteral("2023-11-14T22:13:20Z,\"Prod, EU\",\"say \"\"hi\"\"\","
                            "00000000-0000-4000-8000-000000000001,Twitch,Pause,Failed,"
                            "\"line one\nline two\",,,\"Ana, B\""));
    QVERIFY(lines.at(2).isEmpty());

    QCOMPARE(TriageLogModel::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(TriageLogModel::csvField(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    QCOMPARE(TriageLogModel::csvField(QString()), QString());
}

void TestTriageLog::markdown_escapesPipesAndLineBreaks()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("Prod"));
    TriageEntry e = botEntry(QStringLiteral("a|b"), QStringLiteral("KICK"), TriageAction::resume(),
                             TriageEntry::Result::Ok, 1'700'000'000'000);
    e.origin = TriageOrigin::bulk();
    e.serverMessage = QStringLiteral("one\r\ntwo | three \\ four");
    e.batchId = 12;
    e.incident = QStringLiteral("INC|7");
    e.operatorName = QStringLiteral("Ana");
    log.append(e);
    TriageLogModel model(&log);
    model.setFilter(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), {});
    const QStringList lines = model.toMarkdown(model.allMatching()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
             QStringLiteral("| Time \\(UTC\\) | Profile | Account | Account ID | Platform or server "
                            "| Action | Result | Server message | Batch | Incident | Operator |"));
    QCOMPARE(lines.at(1),
             QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"));
    QCOMPARE(lines.at(2),
             QStringLiteral("| 2023-11-14T22:13:20Z | Prod | a\\|b | "
                            "00000000-0000-4000-8000-000000000001 | Kick | Resume \\(bulk\\) | OK | "
                            "one<br/>two \\| three \\\\ four | 12 | INC\\|7 | Ana |"));
    // Every row has exactly as many unescaped pipes as the header.
    auto cells = [](const QString &line) {
        int n = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (line.at(i) == QLatin1Char('|'))
                ++n;
        }
        return n;
    };
    QCOMPARE(cells(lines.at(2)), cells(lines.at(0)));
}

void TestTriageLog::model_pagesNewestFirst()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    QList<TriageEntry> many;
    for (int i = 0; i < 450; ++i) {
        many.append(botEntry(QStringLiteral("acct%1").arg(i), QStringLiteral("TROVO"),
                             TriageAction::pause(), TriageEntry::Result::Ok));
    }
    QCOMPARE(log.appendAll(many).size(), 450);
    // No QAbstractItemModelTester here: it fetches everything itself (and
    // Qt 6.4's calls fetchMore() inside modelReset); the other model tests
    // run it.
    TriageLogModel model(&log);
    model.setFilter(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), {});
    QCOMPARE(model.rowCount(), TriageLogModel::kPageSize);
    QCOMPARE(model.index(0, TriageLogModel::AccountColumn).data().toString(),
             QStringLiteral("acct449"));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * TriageLogModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(449, TriageLogModel::AccountColumn).data().toString(),
             QStringLiteral("acct0"));
    QCOMPARE(model.matchingCount(), 450);
    // Strictly descending ids: no entry twice, none skipped.
    for (int row = 1; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(TriageLogModel::EntryIdRole).toLongLong(),
                 model.index(row - 1, 0).data(TriageLogModel::EntryIdRole).toLongLong() - 1);
    }
}

void TestTriageLog::model_newEntriesAppearOnTop_filterApplies()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    TriageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                    QStringLiteral("acme"));
    log.append(botEntry(QStringLiteral("acme_live"), QStringLiteral("TWITCH"),
                        TriageAction::pause(), TriageEntry::Result::Ok));
    log.append(botEntry(QStringLiteral("other"), QStringLiteral("TWITCH"), TriageAction::pause(),
                        TriageEntry::Result::Ok));
    log.append(botEntry(QStringLiteral("acme_two"), QStringLiteral("TWITCH"), TriageAction::pause(),
                        TriageEntry::Result::Ok));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TriageLogModel::AccountColumn).data().toString(),
             QStringLiteral("acme_two"));
    QCOMPARE(model.index(1, TriageLogModel::AccountColumn).data().toString(),
             QStringLiteral("acme_live"));
}

QTEST_GUILESS_MAIN(TestTriageLog)
#include "TestTriageLog.moc"
