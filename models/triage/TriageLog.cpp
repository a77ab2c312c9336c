#include "TriageLog.h"

#include "api/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

Q_LOGGING_CATEGORY(lcTriage, "lumio.triage")

namespace {

std::atomic<quint64> g_connectionCounter {0};

const QString kColumns = QStringLiteral(
    "e.id, e.at_ms, e.profile, e.kind, e.account_id, e.account_name, e.platform, e.guild_id, "
    "e.action, e.origin, e.result, e.server_message, e.detail, e.batch_id, e.ref_id, "
    "EXISTS(SELECT 1 FROM entries r WHERE r.ref_id = e.id) AS answered");

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
    e.answered = q.value(15).toBool();
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
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        static const char *const columns[] = {"profile",  "account_id",     "account_name",
                                              "platform", "guild_id",       "action",
                                              "origin",   "server_message", "detail"};
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
    return true;
}

void TriageLog::close()
{
    m_awaiting.clear();
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
    const QString statements[] = {
        QStringLiteral("BEGIN IMMEDIATE"),
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
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
        QStringLiteral("COMMIT"),
    };
    for (const QString &sql : statements) {
        if (!exec(sql)) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
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
                               const QString &accountName)
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
            " guild_id, action, origin, result, server_message, detail, batch_id, ref_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
            q.addBindValue(e.origin.isEmpty() ? TriageOrigin::single() : e.origin);
            q.addBindValue(TriageEntry::resultToWire(e.result));
            q.addBindValue(textOrNull(e.serverMessage));
            q.addBindValue(textOrNull(e.detail));
            q.addBindValue(idOrNull(e.batchId));
            q.addBindValue(idOrNull(e.refId));
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
        if (e.result == TriageEntry::Result::Pending)
            m_awaiting.insert(ids.at(i));
        else if (e.refId > 0)
            m_awaiting.remove(e.refId);
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
