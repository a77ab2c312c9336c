#include "TriageLog.h"

#include "api/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcTriage, "lumio.triage")

namespace {

std::atomic<quint64> g_connectionCounter {0};

const QString kColumns = QStringLiteral(
    "e.id, e.at_ms, e.profile, e.kind, e.account_id, e.account_name, e.platform, e.guild_id, "
    "e.action, e.origin, e.result, e.server_message, e.detail, e.batch_id, e.ref_id, "
    "e.incident, e.operator, e.operator_id, e.server_updated_ms, "
    "EXISTS(SELECT 1 FROM entries r WHERE r.ref_id = e.id) AS answered");

// SQLite's limit on bound values is 999 in older builds: ids go in chunks.
constexpr int kIdChunk = 500;

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

TriageEntry readEntry(const QSqlQuery &q)
{
    TriageEntry e;
    e.id = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.profile = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.accountId = q.value(4).toString();
    e.accountName = q.value(5).toString();
    e.platform = q.value(6).toString();
    e.guildId = q.value(7).toString();
    e.action = q.value(8).toString();
    e.origin = q.value(9).toString();
    e.result = TriageEntry::resultFromWire(q.value(10).toString());
    e.serverMessage = q.value(11).toString();
    e.detail = q.value(12).toString();
    e.batchId = q.value(13).toLongLong();
    e.refId = q.value(14).toLongLong();
    e.incident = q.value(15).toString();
    e.operatorName = q.value(16).toString();
    e.operatorId = q.value(17).toString();
    e.serverUpdatedAtMs = q.value(18).toLongLong();
    e.answered = q.value(19).toBool();
    return e;
}

// LIKE with our own escape character, so % and _ typed by the operator are
// literal.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct Where
{
    QString sql;
    QList<QVariant> values;
};

Where whereClause(const TriageLog::Query &query)
{
    Where w;
    QStringList parts;
    if (query.fromMs != std::numeric_limits<qint64>::min()) {
        parts.append(QStringLiteral("e.at_ms >= ?"));
        w.values.append(query.fromMs);
    }
    if (query.toMs != std::numeric_limits<qint64>::max()) {
        parts.append(QStringLiteral("e.at_ms <= ?"));
        w.values.append(query.toMs);
    }
    if (query.beforeId > 0) {
        parts.append(QStringLiteral("e.id < ?"));
        w.values.append(query.beforeId);
    }
    if (query.afterId > 0) {
        parts.append(QStringLiteral("e.id > ?"));
        w.values.append(query.afterId);
    }
    if (!query.incident.isEmpty()) {
        parts.append(QStringLiteral("e.incident = ?"));
        w.values.append(query.incident);
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        static const char *const columns[] = {
            "profile", "account_id",     "account_name", "platform", "guild_id", "action",
            "origin",  "server_message", "detail",       "incident", "operator"};
        QStringList likes;
        const QString pattern = likePattern(text);
        for (const char *column : columns) {
            likes.append(QStringLiteral("e.") + QLatin1String(column)
                         + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            w.values.append(pattern);
        }
        parts.append(QLatin1Char('(') + likes.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    return w;
}

} // namespace

QString TriageEntry::resultToWire(Result result)
{
    switch (result) {
    case Result::Ok:
        return QStringLiteral("ok");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Unknown:
        return QStringLiteral("unknown");
    case Result::Confirmed:
        return QStringLiteral("confirmed");
    case Result::NotApplied:
        return QStringLiteral("not_applied");
    case Result::Pending:
        break;
    }
    return QStringLiteral("pending");
}

TriageEntry::Result TriageEntry::resultFromWire(const QString &wire)
{
    if (wire == QLatin1String("ok"))
        return Result::Ok;
    if (wire == QLatin1String("failed"))
        return Result::Failed;
    if (wire == QLatin1String("unknown"))
        return Result::Unknown;
    if (wire == QLatin1String("confirmed"))
        return Result::Confirmed;
    if (wire == QLatin1String("not_applied"))
        return Result::NotApplied;
    return Result::Pending;
}

TriageLog::TriageLog(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("lumio-triage-%1").arg(++g_connectionCounter))
{ }

TriageLog::~TriageLog()
{
    close();
}

QString TriageLog::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // The app's own data folder: owner only (0700), like the log in it.
    PrivateFiles::ensureDirectory(dir);
    return QDir(dir).filePath(QStringLiteral("triage.sqlite"));
}

bool TriageLog::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    // Owner only (0600), whatever the umask: created here before SQLite
    // opens it, tightened if an older version made it. SQLite gives the -wal
    // and -shm files the database's own mode; existing ones are tightened
    // too. The folder is the caller's (defaultPath() makes the app's 0700).
    const bool onDisk = !path.isEmpty() && path != QLatin1String(":memory:")
        && !path.startsWith(QLatin1String("file:"));
    if (onDisk) {
        PrivateFiles::ensureFile(path);
        PrivateFiles::tighten(path + QLatin1String("-wal"));
        PrivateFiles::tighten(path + QLatin1String("-shm"));
        PrivateFiles::tighten(path + QLatin1String("-journal"));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Several app instances (or a test and its helper) may share the file.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        qCWarning(lcTriage) << "cannot open" << path << m_error;
        close();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !exec(QStringLiteral("PRAGMA synchronous=FULL")) || !createSchema()) {
        qCWarning(lcTriage) << "cannot prepare" << path << m_error;
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    if (onDisk) { // made by this open, with the database's mode: checked all the same
        PrivateFiles::tighten(path + QLatin1String("-wal"));
        PrivateFiles::tighten(path + QLatin1String("-shm"));
    }
    readOpenIncident();
    return true;
}

void TriageLog::close()
{
    m_awaiting.clear();
    m_incident.clear();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TriageLog::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool TriageLog::createSchema()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        m_error = version.lastError().text();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > kSchemaVersion) {
        m_error = tr("The triage log was written by a newer version of the app.");
        return false;
    }
    if (current == kSchemaVersion)
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
        ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (ok)
        ok = exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        m_error = error;
    }
    return ok;
}

bool TriageLog::migrateTo1()
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

bool TriageLog::migrateTo3()
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

bool TriageLog::migrateTo2()
{
    // The result column's CHECK learns the outcomes of lost answers. Every
    // entry is kept as it was: the table is rebuilt, not edited.
    return rebuildEntries([](QString sql) {
        static const QRegularExpression check(
            QStringLiteral(R"(CHECK\s*\(\s*result\s+IN\s*\([^)]*\)\s*\))"));
        return sql.replace(check, QStringLiteral("CHECK (result IN ('ok', 'failed', 'pending', "
                                                 "'unknown', 'confirmed', 'not_applied'))"));
    });
}

bool TriageLog::rebuildEntries(const std::function<QString(QString)> &edit)
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
    static const QRegularExpression name(QStringLiteral(R"(^CREATE TABLE\s+("entries"|entries)\s*\()"));
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


void TriageLog::readOpenIncident()
{
    m_incident.clear();
    if (!isOpen())
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT action, incident FROM entries WHERE kind = ?"
                             " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(TriageKind::incident());
    if (q.exec() && q.next() && q.value(0).toString() == TriageAction::incidentStarted())
        m_incident = q.value(1).toString();
}

void TriageLog::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcTriage) << "write failed:" << message;
    Q_EMIT writeFailed(message);
}

qint64 TriageLog::append(const TriageEntry &entry)
{
    const QList<qint64> ids = appendAll({entry});
    return ids.isEmpty() ? 0 : ids.first();
}

qint64 TriageLog::appendResult(qint64 pendingId, const ApiError &error, const QString &okMessage,
                               const QString &accountName, qint64 serverUpdatedAtMs)
{
    if (pendingId <= 0)
        return 0;
    TriageEntry e = entry(pendingId);
    if (e.id == 0)
        return 0;
    e.id = 0;
    e.atMs = 0;
    e.refId = pendingId;
    e.answered = false;
    // Incident and operator stay the pending entry's: the answer belongs to
    // the action, whatever is open now.
    e.serverUpdatedAtMs = error ? 0 : serverUpdatedAtMs;
    if (error) {
        e.result = TriageEntry::Result::Failed;
        const QString message = error.message.isEmpty() ? tr("The request failed.") : error.message;
        e.serverMessage =
            error.code.isEmpty() ? message : error.code + QLatin1String(": ") + message;
    } else {
        e.result = TriageEntry::Result::Ok;
        e.serverMessage = okMessage;
    }
    if (!accountName.isEmpty())
        e.accountName = accountName;
    return append(e);
}

qint64 TriageLog::appendOutcome(qint64 refId, TriageEntry::Result result, const QString &message,
                                const QString &accountName, qint64 serverUpdatedAtMs)
{
    if (refId <= 0 || result == TriageEntry::Result::Pending)
        return 0;
    TriageEntry e = entry(refId);
    if (e.id == 0)
        return 0;
    e.id = 0;
    e.atMs = 0;
    e.refId = refId;
    e.answered = false;
    e.result = result;
    e.serverMessage = message;
    e.serverUpdatedAtMs = result == TriageEntry::Result::Confirmed ? serverUpdatedAtMs : 0;
    if (!accountName.isEmpty())
        e.accountName = accountName;
    return append(e);
}

QList<qint64> TriageLog::appendAll(const QList<TriageEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    if (!isOpen()) {
        fail(tr("The triage log is not open."));
        return {};
    }
    if (!m_db.transaction()) {
        fail(m_db.lastError().text());
        return {};
    }
    QList<qint64> ids;
    ids.reserve(entries.size());
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO entries (at_ms, profile, kind, account_id, account_name, platform,"
            " guild_id, action, origin, result, server_message, detail, batch_id, ref_id,"
            " incident, operator, operator_id, server_updated_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const TriageEntry &e : entries) {
            q.addBindValue(e.atMs != 0 ? e.atMs : now);
            // Never NULL: "no profile" is an empty name.
            QString profile = e.profile.isEmpty() ? m_profile : e.profile;
            if (profile.isNull())
                profile = QLatin1String("");
            q.addBindValue(profile);
            q.addBindValue(e.kind);
            q.addBindValue(textOrNull(e.accountId));
            q.addBindValue(textOrNull(e.accountName));
            q.addBindValue(textOrNull(e.platform));
            q.addBindValue(textOrNull(e.guildId));
            q.addBindValue(e.action);
            const QString origin = e.origin.isEmpty() ? TriageOrigin::single() : e.origin;
            q.addBindValue(origin);
            q.addBindValue(TriageEntry::resultToWire(e.result));
            q.addBindValue(textOrNull(e.serverMessage));
            q.addBindValue(textOrNull(e.detail));
            q.addBindValue(idOrNull(e.batchId));
            q.addBindValue(idOrNull(e.refId));
            // New actions take the log's tags; answers keep their action's.
            const bool answer = e.refId > 0;
            QString incident = e.incident;
            if (incident.isEmpty() && !answer)
                incident = m_originIncidents.value(origin, m_incident);
            q.addBindValue(textOrNull(incident.isEmpty() ? QString() : incident));
            const bool ownOperator = e.operatorName.isEmpty() && e.operatorId.isEmpty();
            q.addBindValue(textOrNull(ownOperator && !answer ? m_operatorName : e.operatorName));
            q.addBindValue(textOrNull(ownOperator && !answer ? m_operatorId : e.operatorId));
            q.addBindValue(e.serverUpdatedAtMs != 0 ? QVariant(e.serverUpdatedAtMs)
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
            if (!q.exec()) {
                const QString error = q.lastError().text();
                q.finish();
                m_db.rollback();
                fail(error);
                return {};
            }
            ids.append(q.lastInsertId().toLongLong());
        }
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        fail(error);
        return {};
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TriageEntry &e = entries.at(i);
        if (e.refId > 0)
            m_awaiting.remove(e.refId);
        // An unknown outcome waits to be settled as a pending entry waits
        // for its answer.
        if (e.result == TriageEntry::Result::Pending || e.result == TriageEntry::Result::Unknown)
            m_awaiting.insert(ids.at(i));
    }
    Q_EMIT appended(ids.first(), ids.last());
    return ids;
}

QList<TriageEntry> TriageLog::entries(const Query &query) const
{
    QList<TriageEntry> result;
    if (!isOpen())
        return result;
    const Where where = whereClause(query);
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM entries e")
        + where.sql + QStringLiteral(" ORDER BY e.id DESC");
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcTriage) << "query failed:" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(readEntry(q));
    return result;
}

qint64 TriageLog::count(const Query &query) const
{
    if (!isOpen())
        return 0;
    const Where where = whereClause(query);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM entries e") + where.sql);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

TriageEntry TriageLog::entry(qint64 id) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM entries e WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return readEntry(q);
}

qint64 TriageLog::lastId() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM entries")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString TriageLog::integrityCheck() const
{
    if (!isOpen())
        return tr("The triage log is not open.");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

QString TriageLog::journalMode() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString();
}

int TriageLog::synchronousMode() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// --- operator and incidents ------------------------------------------------------

void TriageLog::setOperator(const QString &name, const QString &id)
{
    m_operatorName = name;
    m_operatorId = id;
}

QString TriageLog::normalizedIncidentName(const QString &name)
{
    QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxIncidentName)
        return {};
    for (const QChar c : trimmed) {
        // No control characters, no line breaks, no bidi or zero-width
        // formatting: the name goes into the title bar, file names and reports.
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return {};
        default:
            break;
        }
    }
    return trimmed;
}

bool TriageLog::startIncident(const QString &name)
{
    const QString incident = normalizedIncidentName(name);
    if (incident.isEmpty() || !isOpen())
        return false;
    if (incident == m_incident)
        return true;
    auto marker = [](const QString &action, const QString &which) {
        TriageEntry e;
        e.kind = TriageKind::incident();
        e.action = action;
        e.incident = which;
        e.result = TriageEntry::Result::Ok;
        return e;
    };
    QList<TriageEntry> markers;
    if (!m_incident.isEmpty())
        markers.append(marker(TriageAction::incidentClosed(), m_incident));
    markers.append(marker(TriageAction::incidentStarted(), incident));
    if (appendAll(markers).isEmpty())
        return false;
    m_incident = incident;
    return true;
}

bool TriageLog::closeIncident()
{
    if (m_incident.isEmpty() || !isOpen())
        return false;
    TriageEntry e;
    e.kind = TriageKind::incident();
    e.action = TriageAction::incidentClosed();
    e.incident = m_incident;
    e.result = TriageEntry::Result::Ok;
    if (append(e) == 0)
        return false;
    m_incident.clear();
    return true;
}

void TriageLog::setIncidentForOrigin(const QString &origin, const QString &incident)
{
    if (incident.isEmpty())
        m_originIncidents.remove(origin);
    else
        m_originIncidents.insert(origin, incident);
}

QStringList TriageLog::incidentNames() const
{
    QStringList names;
    if (!isOpen())
        return names;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT incident FROM entries WHERE kind = ? AND action = ?"
                             " GROUP BY incident ORDER BY MAX(id) DESC"));
    q.addBindValue(TriageKind::incident());
    q.addBindValue(TriageAction::incidentStarted());
    if (!q.exec())
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QList<TriageLog::IncidentPeriod> TriageLog::incidentPeriods(const QString &name) const
{
    QList<IncidentPeriod> periods;
    if (!isOpen() || name.isEmpty())
        return periods;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT action, at_ms, profile, operator FROM entries"
                             " WHERE kind = ? AND incident = ? ORDER BY id"));
    q.addBindValue(TriageKind::incident());
    q.addBindValue(name);
    if (!q.exec())
        return periods;
    while (q.next()) {
        const QString action = q.value(0).toString();
        if (action == TriageAction::incidentStarted()) {
            IncidentPeriod p;
            p.name = name;
            p.startedAtMs = q.value(1).toLongLong();
            p.profile = q.value(2).toString();
            p.startedBy = q.value(3).toString();
            periods.append(p);
        } else if (action == TriageAction::incidentClosed() && !periods.isEmpty()
                   && periods.last().closedAtMs == 0) {
            periods.last().closedAtMs = q.value(1).toLongLong();
            periods.last().closedBy = q.value(3).toString();
        }
    }
    return periods;
}

// --- planned resumes -------------------------------------------------------------

QString PlannedResume::stateToWire(State state)
{
    switch (state) {
    case State::Resumed:
        return QStringLiteral("resumed");
    case State::Dismissed:
        return QStringLiteral("dismissed");
    case State::Open:
        break;
    }
    return QStringLiteral("open");
}

PlannedResume::State PlannedResume::stateFromWire(const QString &wire)
{
    if (wire == QLatin1String("resumed"))
        return State::Resumed;
    if (wire == QLatin1String("dismissed"))
        return State::Dismissed;
    return State::Open;
}

qint64 TriageLog::addPlannedResume(const PlannedResume &plan)
{
    if (!isOpen()) {
        fail(tr("The triage log is not open."));
        return 0;
    }
    if (plan.pauseEntryIds.isEmpty())
        return 0;
    if (!m_db.transaction()) {
        fail(m_db.lastError().text());
        return 0;
    }
    qint64 id = 0;
    QString error;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO planned_resumes (created_ms, due_ms, profile,"
                                 " incident, operator, state) VALUES (?, ?, ?, ?, ?, 'open')"));
        q.addBindValue(plan.createdAtMs != 0 ? plan.createdAtMs
                                             : QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(plan.dueAtMs);
        QString profile = plan.profile.isEmpty() ? m_profile : plan.profile;
        if (profile.isNull())
            profile = QLatin1String("");
        q.addBindValue(profile);
        q.addBindValue(textOrNull(plan.incident.isEmpty() ? QString() : plan.incident));
        q.addBindValue(
            textOrNull(plan.operatorName.isEmpty() ? m_operatorName : plan.operatorName));
        if (q.exec()) {
            id = q.lastInsertId().toLongLong();
            QSqlQuery bots(m_db);
            bots.prepare(QStringLiteral(
                "INSERT INTO planned_resume_bots (plan_id, entry_id) VALUES (?, ?)"));
            for (const qint64 entryId : plan.pauseEntryIds) {
                bots.addBindValue(id);
                bots.addBindValue(entryId);
                if (!bots.exec()) {
                    error = bots.lastError().text();
                    break;
                }
            }
        } else {
            error = q.lastError().text();
        }
    }
    if (!error.isEmpty() || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        fail(error);
        return 0;
    }
    return id;
}

QList<PlannedResume> TriageLog::plannedResumes(bool all) const
{
    QList<PlannedResume> plans;
    if (!isOpen())
        return plans;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, created_ms, due_ms, profile, incident, operator,"
                                 " state, settled_ms FROM planned_resumes");
    if (!all)
        sql += QStringLiteral(" WHERE state = 'open'");
    sql += QStringLiteral(" ORDER BY due_ms, id");
    if (!q.exec(sql)) {
        qCWarning(lcTriage) << "planned resumes query failed:" << q.lastError().text();
        return plans;
    }
    while (q.next()) {
        PlannedResume p;
        p.id = q.value(0).toLongLong();
        p.createdAtMs = q.value(1).toLongLong();
        p.dueAtMs = q.value(2).toLongLong();
        p.profile = q.value(3).toString();
        p.incident = q.value(4).toString();
        p.operatorName = q.value(5).toString();
        p.state = PlannedResume::stateFromWire(q.value(6).toString());
        p.settledAtMs = q.value(7).toLongLong();
        plans.append(p);
    }
    q.finish();
    QSqlQuery bots(m_db);
    bots.prepare(QStringLiteral(
        "SELECT entry_id FROM planned_resume_bots WHERE plan_id = ? ORDER BY entry_id"));
    for (PlannedResume &p : plans) {
        bots.addBindValue(p.id);
        if (!bots.exec())
            continue;
        while (bots.next())
            p.pauseEntryIds.append(bots.value(0).toLongLong());
    }
    return plans;
}

PlannedResume TriageLog::plannedResume(qint64 id) const
{
    const QList<PlannedResume> all = plannedResumes(true);
    for (const PlannedResume &p : all) {
        if (p.id == id)
            return p;
    }
    return {};
}

bool TriageLog::settlePlannedResume(qint64 id, PlannedResume::State state)
{
    if (!isOpen() || state == PlannedResume::State::Open)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE planned_resumes SET state = ?, settled_ms = ?"
                             " WHERE id = ? AND state = 'open'"));
    q.addBindValue(PlannedResume::stateToWire(state));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

QList<TriageEntry> TriageLog::entriesWithAnswers(const QList<qint64> &ids) const
{
    QList<TriageEntry> result;
    if (!isOpen() || ids.isEmpty())
        return result;
    QSet<qint64> seen;
    for (qsizetype from = 0; from < ids.size(); from += kIdChunk) {
        const QList<qint64> chunk = ids.mid(from, kIdChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("WITH RECURSIVE story(id) AS ("
                           " SELECT id FROM entries WHERE id IN (%1)"
                           " UNION SELECT r.id FROM entries r JOIN story s ON r.ref_id = s.id)"
                           " SELECT ")
                .arg(marks.join(QLatin1Char(',')))
            + kColumns + QStringLiteral(" FROM entries e WHERE e.id IN (SELECT id FROM story)"));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            qCWarning(lcTriage) << "query failed:" << q.lastError().text();
            continue;
        }
        while (q.next()) {
            TriageEntry e = readEntry(q);
            if (!seen.contains(e.id)) {
                seen.insert(e.id);
                result.append(std::move(e));
            }
        }
    }
    std::sort(result.begin(), result.end(),
              [](const TriageEntry &a, const TriageEntry &b) { return a.id < b.id; });
    return result;
}
