#include "TriageLog.h"

#include "TriageLogRows.h"
#include "TriageLogSchema.h"

#include "api/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
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

// SQLite's limit on bound values is 999 in older builds: ids go in chunks.
constexpr int kIdChunk = 500;

} // namespace

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
    bool ready = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (ready) {
        TriageLogSchema schema(m_db);
        ready = schema.ensure();
        if (!ready)
            m_error = schema.errorString();
    }
    if (!ready) {
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
            q.addBindValue(TriageLogRows::textOrNull(e.accountId));
            q.addBindValue(TriageLogRows::textOrNull(e.accountName));
            q.addBindValue(TriageLogRows::textOrNull(e.platform));
            q.addBindValue(TriageLogRows::textOrNull(e.guildId));
            q.addBindValue(e.action);
            const QString origin = e.origin.isEmpty() ? TriageOrigin::single() : e.origin;
            q.addBindValue(origin);
            q.addBindValue(TriageEntry::resultToWire(e.result));
            q.addBindValue(TriageLogRows::textOrNull(e.serverMessage));
            q.addBindValue(TriageLogRows::textOrNull(e.detail));
            q.addBindValue(TriageLogRows::idOrNull(e.batchId));
            q.addBindValue(TriageLogRows::idOrNull(e.refId));
            // New actions take the log's tags; answers keep their action's.
            const bool answer = e.refId > 0;
            QString incident = e.incident;
            if (incident.isEmpty() && !answer)
                incident = m_originIncidents.value(origin, m_incident);
            q.addBindValue(TriageLogRows::textOrNull(incident.isEmpty() ? QString() : incident));
            const bool ownOperator = e.operatorName.isEmpty() && e.operatorId.isEmpty();
            q.addBindValue(TriageLogRows::textOrNull(ownOperator && !answer ? m_operatorName
                                                                            : e.operatorName));
            q.addBindValue(
                TriageLogRows::textOrNull(ownOperator && !answer ? m_operatorId : e.operatorId));
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
    const TriageLogRows::Where where = TriageLogRows::whereClause(query);
    QString sql = QStringLiteral("SELECT ") + TriageLogRows::entryColumns()
        + QStringLiteral(" FROM entries e") + where.sql + QStringLiteral(" ORDER BY e.id DESC");
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
        result.append(TriageLogRows::readEntry(q));
    return result;
}

qint64 TriageLog::count(const Query &query) const
{
    if (!isOpen())
        return 0;
    const TriageLogRows::Where where = TriageLogRows::whereClause(query);
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
    q.prepare(QStringLiteral("SELECT ") + TriageLogRows::entryColumns()
              + QStringLiteral(" FROM entries e WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return TriageLogRows::readEntry(q);
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
        q.addBindValue(
            TriageLogRows::textOrNull(plan.incident.isEmpty() ? QString() : plan.incident));
        q.addBindValue(TriageLogRows::textOrNull(plan.operatorName.isEmpty() ? m_operatorName
                                                                             : plan.operatorName));
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
    while (q.next())
        plans.append(TriageLogRows::readPlannedResume(q));
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
            + TriageLogRows::entryColumns()
            + QStringLiteral(" FROM entries e WHERE e.id IN (SELECT id FROM story)"));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            qCWarning(lcTriage) << "query failed:" << q.lastError().text();
            continue;
        }
        while (q.next()) {
            TriageEntry e = TriageLogRows::readEntry(q);
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