#include "IncidentReport.h"

#include "ReportCells.h"

#include "models/bots/BotTableTexts.h"
#include "models/triage/TriageLogModel.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <map>

namespace {

QString targetText(const TriageEntry &e)
{
    if (!e.platform.isEmpty()) {
        const Platform platform = platformFromWire(e.platform);
        // A platform this version does not know keeps the server's word.
        return platform == Platform::Unknown ? e.platform : BotTableTexts::platformName(platform);
    }
    if (e.guildId.isEmpty())
        return e.detail;
    if (e.detail.isEmpty())
        return e.guildId;
    return IncidentReport::tr("%1 (%2)", "Discord server name (server ID)")
        .arg(e.detail, e.guildId);
}

} // namespace

IncidentReport IncidentReport::fromLog(const TriageLog &log, const QString &incident,
                                       qint64 exportedAtMs)
{
    IncidentReport report;
    report.m_incident = incident;
    report.m_exportedAtMs = exportedAtMs;
    report.m_periods = log.incidentPeriods(incident);

    TriageLog::Query query;
    query.incident = incident;
    QList<TriageEntry> entries = log.entries(query); // newest first
    std::reverse(entries.begin(), entries.end());

    // Each answer to the action it (transitively) answers.
    QHash<qint64, qint64> rootOf; // entry id -> pending entry id
    std::map<qint64, TriageEntry> sent; // pending entries and markers, by id
    std::map<qint64, TriageEntry> lastAnswer; // by root id
    for (const TriageEntry &e : std::as_const(entries)) {
        if (e.refId > 0) {
            const qint64 root = rootOf.value(e.refId, e.refId);
            rootOf.insert(e.id, root);
            if (sent.count(root) != 0)
                lastAnswer[root] = e; // ascending ids: the newest wins
            else
                sent.emplace(e.id, e); // an answer whose action is elsewhere: shown alone
            continue;
        }
        rootOf.insert(e.id, e.id);
        sent.emplace(e.id, e);
    }

    for (const auto &[id, e] : sent) {
        Row row;
        row.entryId = id;
        row.sentAtMs = e.atMs;
        row.operatorName = e.operatorName;
        row.operatorId = e.operatorId;
        row.profile = e.profile;
        row.accountName = e.accountName;
        row.accountId = e.accountId;
        row.target = targetText(e);
        row.action = TriageLogModel::actionText(e);
        row.message = e.serverMessage;
        if (e.kind != TriageKind::incident()) {
            const auto answer = lastAnswer.find(id);
            const TriageEntry &last = answer != lastAnswer.end() ? answer->second : e;
            if (answer != lastAnswer.end()) {
                row.answeredAtMs = last.atMs;
                row.message = last.serverMessage;
                if (!last.accountName.isEmpty())
                    row.accountName = last.accountName;
            }
            row.outcome =
                TriageLogModel::resultTextOf(last, last.id == e.id && log.isAwaitingAnswer(e.id));
            switch (last.result) {
            case TriageEntry::Result::Ok:
            case TriageEntry::Result::Confirmed:
                ++report.m_ok;
                break;
            case TriageEntry::Result::Failed:
            case TriageEntry::Result::NotApplied:
                ++report.m_failed;
                break;
            case TriageEntry::Result::Pending:
            case TriageEntry::Result::Unknown:
                ++report.m_noAnswer;
                break;
            default:
                ++report.m_other;
                break;
            }
        }
        if (!row.operatorName.isEmpty() && !report.m_operators.contains(row.operatorName))
            report.m_operators.append(row.operatorName);
        if (!row.profile.isEmpty() && !report.m_profiles.contains(row.profile))
            report.m_profiles.append(row.profile);
        report.m_rows.append(row);
    }
    return report;
}

QString IncidentReport::utcText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(
               QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QLatin1String(" UTC");
}

QString IncidentReport::isoUtc(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QString IncidentReport::fileBaseName(const QString &incident)
{
    QString safe;
    for (const QChar c : incident) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        safe.append(plain ? c : QChar(u'_'));
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    return QStringLiteral("incident-") + (safe.isEmpty() ? QStringLiteral("report") : safe);
}

QStringList IncidentReport::header() const
{
    return {tr("Sent (UTC)"), tr("Answered (UTC)"), tr("Operator"),           tr("Server profile"),
            tr("Account"),    tr("Account ID"),     tr("Platform or server"), tr("Action"),
            tr("Outcome"),    tr("Server message")};
}

QStringList IncidentReport::cells(const Row &row, bool iso) const
{
    return {iso ? isoUtc(row.sentAtMs) : utcText(row.sentAtMs),
            iso ? isoUtc(row.answeredAtMs) : utcText(row.answeredAtMs),
            row.operatorName,
            row.profile,
            row.accountName,
            row.accountId,
            row.target,
            row.action,
            row.outcome,
            row.message};
}

QString IncidentReport::toMarkdown() const
{
    const auto md = ReportCells::markdown;
    QString out;
    out +=
        QLatin1String("# ") + tr("Incident report: %1").arg(md(m_incident)) + QLatin1String("\n\n");
    if (m_periods.isEmpty())
        out += QLatin1String("- ") + tr("No start of this incident is in the triage log.")
            + QLatin1Char('\n');
    for (const TriageLog::IncidentPeriod &p : m_periods) {
        out += QLatin1String("- ")
            + tr("**Started** %1 by %2 (server profile %3)")
                  .arg(utcText(p.startedAtMs),
                       md(p.startedBy.isEmpty() ? tr("unknown") : p.startedBy), md(p.profile))
            + QLatin1Char('\n');
        out += QLatin1String("- ")
            + (p.closedAtMs > 0 ? tr("**Closed** %1 by %2")
                                      .arg(utcText(p.closedAtMs),
                                           md(p.closedBy.isEmpty() ? tr("unknown") : p.closedBy))
                                : tr("**Still open** when this report was made"))
            + QLatin1Char('\n');
    }
    const int actions = actionCount();
    out += QLatin1String("- ")
        + (actions == 1 ? tr("**1 action**:") : tr("**%n actions**:", nullptr, actions))
        + QLatin1Char(' ')
        + tr("%1 OK, %2 failed, %3 without an answer, %4 other")
              .arg(m_ok)
              .arg(m_failed)
              .arg(m_noAnswer)
              .arg(m_other)
        + QLatin1Char('\n');
    QStringList operators;
    for (const QString &o : m_operators)
        operators.append(md(o));
    QStringList profiles;
    for (const QString &p : m_profiles)
        profiles.append(md(p));
    out += QLatin1String("- ") + tr("**Operators**: %1").arg(operators.join(QLatin1String(", ")))
        + QLatin1Char('\n');
    out += QLatin1String("- ")
        + tr("**Server profiles**: %1").arg(profiles.join(QLatin1String(", "))) + QLatin1Char('\n');
    out += QLatin1String("- ") + tr("**Exported** %1").arg(utcText(m_exportedAtMs))
        + QLatin1String("\n\n");
    out += QLatin1String("## ") + tr("Timeline (times in UTC)") + QLatin1String("\n\n");

    auto line = [&out, md](const QStringList &cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &c : cells)
            escaped.append(md(c));
        out += QLatin1String("| ") + escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    };
    const QStringList head = header();
    line(head);
    out += QLatin1Char('|')
        + QStringList(head.size(), QStringLiteral(" --- ")).join(QLatin1Char('|'))
        + QLatin1String("|\n");
    for (const Row &row : m_rows)
        line(cells(row, false));
    return out;
}

QString IncidentReport::toCsv() const
{
    QString out;
    auto line = [&out](const QStringList &fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(ReportCells::csv(f));
        out += escaped.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(QStringList {tr("Incident")} + header() + QStringList {tr("Operator ID")});
    for (const Row &row : m_rows)
        line(QStringList {m_incident} + cells(row, true) + QStringList {row.operatorId});
    return out;
}
