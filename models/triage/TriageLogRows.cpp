#include "TriageLogRows.h"

#include <QSqlQuery>
#include <QStringList>

#include <limits>

namespace {

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

} // namespace

QString TriageLogRows::entryColumns()
{
    return QStringLiteral(
        "e.id, e.at_ms, e.profile, e.kind, e.account_id, e.account_name, e.platform, e.guild_id, "
        "e.action, e.origin, e.result, e.server_message, e.detail, e.batch_id, e.ref_id, "
        "e.incident, e.operator, e.operator_id, e.server_updated_ms, "
        "EXISTS(SELECT 1 FROM entries r WHERE r.ref_id = e.id) AS answered");
}

TriageEntry TriageLogRows::readEntry(const QSqlQuery &q)
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

PlannedResume TriageLogRows::readPlannedResume(const QSqlQuery &q)
{
    PlannedResume p;
    p.id = q.value(0).toLongLong();
    p.createdAtMs = q.value(1).toLongLong();
    p.dueAtMs = q.value(2).toLongLong();
    p.profile = q.value(3).toString();
    p.incident = q.value(4).toString();
    p.operatorName = q.value(5).toString();
    p.state = PlannedResume::stateFromWire(q.value(6).toString());
    p.settledAtMs = q.value(7).toLongLong();
    return p;
}

QVariant TriageLogRows::textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant TriageLogRows::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

TriageLogRows::Where TriageLogRows::whereClause(const TriageLog::Query &query)
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
