#include "TriageLogSchema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

TriageLogSchema::TriageLogSchema(const QSqlDatabase &db)
    : m_db(db)
{ }

bool TriageLogSchema::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool TriageLogSchema::ensure()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        m_error = version.lastError().text();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > kVersion) {
        m_error = tr("The triage log was written by a newer version of the app.");
        return false;
    }
    if (current == kVersion)
        return true;
    // One transaction for every step: a database is at one version or the
    // next, never half-way. A new database takes the same steps as an old one.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    bool ok = true;
    if (ok && current < 1)
        ok = migrateTo1();
    if (ok && current < 2)
        ok = migrateTo2();
    if (ok && current < 3)
        ok = migrateTo3();
    if (ok)
        ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(kVersion));
    if (ok)
        ok = exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
    }
    return ok;
}

bool TriageLogSchema::migrateTo1()
{
    const QString statements[] = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " at_ms INTEGER NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL,"
                       " account_id TEXT,"
                       " account_name TEXT,"
                       " platform TEXT,"
                       " guild_id TEXT,"
                       " action TEXT NOT NULL,"
                       " origin TEXT NOT NULL DEFAULT 'single',"
                       " result TEXT NOT NULL CHECK (result IN ('ok', 'failed', 'pending')),"
                       " server_message TEXT,"
                       " detail TEXT,"
                       " batch_id INTEGER,"
                       " ref_id INTEGER REFERENCES entries(id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_at ON entries(at_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_ref ON entries(ref_id)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS entries_never_edited BEFORE UPDATE ON entries"
                       " BEGIN SELECT RAISE(ABORT, 'triage log entries are never edited'); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS entries_never_deleted BEFORE DELETE ON entries"
                       " BEGIN SELECT RAISE(ABORT, 'triage log entries are never deleted'); END"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql))
            return false;
    }
    return true;
}

bool TriageLogSchema::migrateTo3()
{
    // Adding columns rewrites no row (old entries read NULL there) and fires
    // no UPDATE trigger: every entry stays as it was written.
    const QString statements[] = {
        QStringLiteral("ALTER TABLE entries ADD COLUMN incident TEXT"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN operator TEXT"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN operator_id TEXT"),
        QStringLiteral("ALTER TABLE entries ADD COLUMN server_updated_ms INTEGER"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_incident ON entries(incident)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_kind ON entries(kind)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS planned_resumes ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " created_ms INTEGER NOT NULL,"
                       " due_ms INTEGER NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " incident TEXT,"
                       " operator TEXT,"
                       " state TEXT NOT NULL DEFAULT 'open'"
                       "  CHECK (state IN ('open', 'resumed', 'dismissed')),"
                       " settled_ms INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS planned_resume_bots ("
                       " plan_id INTEGER NOT NULL REFERENCES planned_resumes(id),"
                       " entry_id INTEGER NOT NULL REFERENCES entries(id),"
                       " PRIMARY KEY (plan_id, entry_id))"),
        // A plan is settled once: open -> resumed or dismissed, never back.
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS planned_resumes_settle_once"
                       " BEFORE UPDATE ON planned_resumes"
                       " WHEN OLD.state <> 'open' OR NEW.id <> OLD.id"
                       "  OR NEW.due_ms <> OLD.due_ms OR NEW.created_ms <> OLD.created_ms"
                       " BEGIN SELECT RAISE(ABORT, 'planned resumes are settled once'); END"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql))
            return false;
    }
    return true;
}

bool TriageLogSchema::migrateTo2()
{
    // The result column's CHECK learns the outcomes of lost answers. Every
    // entry is kept as it was: the table is rebuilt, not edited.
    return rebuildEntries([](QString sql) {
        static const QRegularExpression check(
            QStringLiteral(R"(CHECK\s*\(\s*result\s+IN\s*\([^)]*\)\s*\))"));
        return sql.replace(check,
                           QStringLiteral("CHECK (result IN ('ok', 'failed', 'pending', "
                                          "'unknown', 'confirmed', 'not_applied'))"));
    });
}

bool TriageLogSchema::rebuildEntries(const std::function<QString(QString)> &edit)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'entries'"))
        || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const QString tableSql = q.value(0).toString();
    q.finish();
    QStringList dependents; // indexes and triggers, made again afterwards
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'entries' AND "
                               "type IN ('index', 'trigger') AND sql IS NOT NULL"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        dependents.append(q.value(0).toString());
    q.finish();

    // SQLite keeps the statement as written ("entries"), or quoted after a rename.
    static const QRegularExpression name(
        QStringLiteral(R"(^CREATE TABLE\s+("entries"|entries)\s*\()"));
    QString rebuilt = edit(tableSql);
    rebuilt.replace(name, QStringLiteral("CREATE TABLE entries_rebuild ("));
    if (!rebuilt.startsWith(QLatin1String("CREATE TABLE entries_rebuild ("))) {
        m_error = QStringLiteral("unexpected schema of the triage log: ") + tableSql;
        return false;
    }
    // Dropping the table drops its triggers first, so the never-deleted
    // trigger does not fire; the rows live on in the rebuilt table (same
    // columns, same order, same ids).
    const QString steps[] = {
        rebuilt,
        QStringLiteral("INSERT INTO entries_rebuild SELECT * FROM entries"),
        QStringLiteral("DROP TABLE entries"),
        QStringLiteral("ALTER TABLE entries_rebuild RENAME TO entries"),
    };
    for (const QString &sql : steps) {
        if (!exec(sql))
            return false;
    }
    for (const QString &sql : std::as_const(dependents)) {
        if (!exec(sql))
            return false;
    }
    return true;
}
