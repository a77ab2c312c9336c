#include "TriageLogModel.h"

#include "models/text/DisplayText.h"
#include "models/text/ExportFormat.h"
#include "models/bots/BotTableTexts.h"

#include <QDateTime>

TriageLogModel::TriageLogModel(TriageLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    Q_ASSERT(log);
    connect(log, &TriageLog::appended, this, &TriageLogModel::onAppended);
    reload();
}

TriageLogModel::~TriageLogModel() = default;

void TriageLogModel::setFilter(qint64 fromMs, qint64 toMs, const QString &text)
{
    m_filter.fromMs = fromMs;
    m_filter.toMs = toMs;
    m_filter.text = text;
    reload();
}

void TriageLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_newestId = m_log ? m_log->lastId() : 0;
    if (m_log) {
        TriageLog::Query q = m_filter;
        q.limit = kPageSize;
        m_rows = m_log->entries(q);
        m_atEnd = m_rows.size() < kPageSize;
    }
    endResetModel();
}

qint64 TriageLogModel::matchingCount() const
{
    return m_log ? m_log->count(m_filter) : 0;
}

QList<TriageEntry> TriageLogModel::allMatching() const
{
    return m_log ? m_log->entries(m_filter) : QList<TriageEntry>();
}

QList<TriageEntry> TriageLogModel::entriesAt(const QList<int> &rows) const
{
    QList<TriageEntry> result;
    result.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size())
            result.append(m_rows.at(row));
    }
    return result;
}

bool TriageLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_log;
}

void TriageLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    TriageLog::Query q = m_filter;
    q.limit = kPageSize;
    q.beforeId = m_rows.isEmpty() ? m_newestId + 1 : m_rows.last().id;
    const QList<TriageEntry> more = m_log->entries(q);
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void TriageLogModel::onAppended(qint64 firstId, qint64 lastId)
{
    Q_UNUSED(firstId)
    if (!m_log || lastId <= m_newestId)
        return;
    TriageLog::Query q = m_filter;
    q.afterId = m_newestId;
    q.limit = -1;
    const QList<TriageEntry> fresh = m_log->entries(q); // newest first
    m_newestId = lastId;
    // Results answer pending entries already on screen.
    for (const TriageEntry &e : std::as_const(fresh)) {
        if (e.refId <= 0)
            continue;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == e.refId) {
                m_rows[row].answered = true;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                break;
            }
        }
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();
}

int TriageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TriageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TriageLogModel::isAwaiting(const TriageEntry &entry) const
{
    return m_log && m_log->isAwaitingAnswer(entry.id);
}

QString TriageLogModel::actionText(const TriageEntry &entry)
{
    QString action;
    if (entry.action == TriageAction::pause())
        action = tr("Pause");
    else if (entry.action == TriageAction::resume())
        action = tr("Resume");
    else if (entry.action == TriageAction::reconnect())
        action = tr("Reconnect");
    else if (entry.action == TriageAction::mappingSaved())
        action = tr("Feature mapping saved");
    else if (entry.action == TriageAction::guildDisconnected())
        action = tr("Discord server disconnected");
    else if (entry.action == TriageAction::incidentStarted())
        return tr("Incident %1 started").arg(entry.incident);
    else if (entry.action == TriageAction::incidentClosed())
        return tr("Incident %1 closed").arg(entry.incident);
    else
        action = entry.action;
    if (entry.origin == TriageOrigin::bulk())
        return tr("%1 (bulk)", "triage log action of a request for several rows").arg(action);
    if (entry.origin == TriageOrigin::undo())
        return tr("%1 (undo)", "triage log action sent by Undo").arg(action);
    if (entry.origin == TriageOrigin::retry())
        return tr("%1 (retry)", "triage log action sent again after a failure").arg(action);
    if (entry.origin == TriageOrigin::incidentRevert())
        return tr("%1 (incident revert)", "triage log action sent by Revert incident").arg(action);
    if (entry.origin == TriageOrigin::pauseFor())
        return tr("%1 (pause for a while)", "triage log: a pause with a planned resume")
            .arg(action);
    if (entry.origin == TriageOrigin::plannedResume())
        return tr("%1 (planned resume)", "triage log: the resume a timed pause planned")
            .arg(action);
    return action;
}

QString TriageLogModel::platformText(const QString &wire)
{
    // The table's own words for a platform (a newer server's title-cased);
    // an empty or malformed value as logged.
    const Platform platform = platformFromWire(wire);
    return platform == Platform::Unknown ? wire : BotTableTexts::platformName(platform);
}

QString TriageLogModel::timeText(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TriageLogModel::utcTimeText(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toUTC()
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QLatin1String(" UTC");
}

QString TriageLogModel::resultText(const TriageEntry &entry) const
{
    return resultTextOf(entry, isAwaiting(entry));
}

QString TriageLogModel::resultTextOf(const TriageEntry &entry, bool awaiting)
{
    switch (entry.result) {
    case TriageEntry::Result::Ok:
        return tr("OK", "triage log result");
    case TriageEntry::Result::Failed:
        return tr("Failed", "triage log result");
    case TriageEntry::Result::Confirmed:
        return tr("Applied (confirmed)",
                  "triage log result: the answer was lost, but the server shows the change");
    case TriageEntry::Result::NotApplied:
        return tr("Not applied",
                  "triage log result: the answer was lost, and the server shows no change");
    case TriageEntry::Result::Unknown:
        if (!entry.answered && awaiting)
            return tr("Unknown, checking",
                      "triage log result: the answer was lost; the app is checking the server");
        return tr("Unknown (answer lost)", "triage log result: the answer never came back");
    case TriageEntry::Result::Pending:
        break;
    }
    if (entry.answered)
        return tr("Sent", "triage log: a request whose answer is the entry above it");
    if (awaiting)
        return tr("Sent, waiting", "triage log: a request in flight");
    return tr("Sent, no answer", "triage log: the answer never came (the app was closed?)");
}

QString TriageLogModel::headerText(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile", "server profile");
    case AccountColumn:
        return tr("Account");
    case TargetColumn:
        return tr("Platform or server", "bot platform or Discord server");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case IncidentColumn:
        return tr("Incident");
    case OperatorColumn:
        return tr("Operator", "who took the action");
    case MessageColumn:
        return tr("Server message");
    default:
        break;
    }
    return {};
}

QString TriageLogModel::cellText(const TriageEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(entry.atMs);
    case ProfileColumn:
        return entry.profile;
    case AccountColumn:
        return entry.accountName.isEmpty() ? entry.accountId : entry.accountName;
    case TargetColumn:
        // The app's one name for a platform (a newer server's included);
        // exports keep the server's own value.
        if (!entry.platform.isEmpty())
            return platformText(entry.platform);
        return entry.detail.isEmpty() ? entry.guildId : entry.detail;
    case ActionColumn:
        return actionText(entry);
    case ResultColumn:
        return resultText(entry);
    case IncidentColumn:
        return entry.incident;
    case OperatorColumn:
        return entry.operatorName;
    case MessageColumn:
        return entry.serverMessage;
    default:
        break;
    }
    return {};
}

QVariant TriageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TriageEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Names and server messages as they came, shown safely (DisplayText).
        return DisplayText::visible(cellText(e, index.column()));
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn && !e.guildId.isEmpty())
            return DisplayText::toolTip(
                tr("Discord server %1").arg(DisplayText::isolated(e.guildId)));
        if (index.column() == AccountColumn)
            return DisplayText::toolTip(e.accountId);
        if (index.column() == OperatorColumn && !e.operatorId.isEmpty())
            return DisplayText::toolTip(e.operatorId);
        if (index.column() == MessageColumn)
            return DisplayText::toolTip(e.serverMessage); // the cell elides it
        if (index.column() == TimeColumn)
            return utcTimeText(e.atMs);
        if (index.column() == ResultColumn)
            return resultToolTip(e);
        return {};
    case EntryIdRole:
        return e.id;
    case AtMsRole:
        return e.atMs;
    case ResultRole:
        return int(e.result);
    case NoAnswerRole:
        return (e.result == TriageEntry::Result::Pending || e.result == TriageEntry::Result::Unknown)
            && !e.answered && !isAwaiting(e);
    default:
        break;
    }
    return {};
}

QVariant TriageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headerText(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

// --- export ------------------------------------------------------------------

QString TriageLogModel::csvField(const QString &text)
{
    return ExportFormat::csvField(text);
}

QString TriageLogModel::markdownCell(const QString &text)
{
    return ExportFormat::markdownCell(text);
}

QStringList TriageLogModel::exportHeader() const
{
    return {tr("Time (UTC)"),           headerText(ProfileColumn), headerText(AccountColumn),
            tr("Account ID"),           headerText(TargetColumn),  headerText(ActionColumn),
            headerText(ResultColumn),   headerText(MessageColumn), tr("Batch"),
            headerText(IncidentColumn), headerText(OperatorColumn)};
}

QString TriageLogModel::resultToolTip(const TriageEntry &entry) const
{
    switch (entry.result) {
    case TriageEntry::Result::Unknown:
        return tr("The request was sent but its answer was lost (a timeout, a dropped connection "
                  "or a server restart), so the server may or may not have done it. The app "
                  "settles it in a later entry from the server's state.");
    case TriageEntry::Result::Confirmed:
        return tr("The answer was lost, but the server showed the requested state afterwards.");
    case TriageEntry::Result::NotApplied:
        return tr("The answer was lost, and the server showed another state afterwards: the "
                  "action did not take effect.");
    case TriageEntry::Result::Pending:
    case TriageEntry::Result::Ok:
    case TriageEntry::Result::Failed:
        break;
    }
    return {};
}

QStringList TriageLogModel::exportRow(const TriageEntry &e) const
{
    QString target = e.platform.isEmpty() ? QString() : platformText(e.platform);
    if (target.isEmpty()) {
        target = e.detail.isEmpty()
            ? e.guildId
            : tr("%1 (%2)", "guild name (guild id)").arg(e.detail, e.guildId);
    }
    return {QDateTime::fromMSecsSinceEpoch(e.atMs).toUTC().toString(Qt::ISODate),
            e.profile,
            e.accountName,
            e.accountId,
            target,
            actionText(e),
            resultText(e),
            e.serverMessage,
            e.batchId > 0 ? QString::number(e.batchId) : QString(),
            e.incident,
            e.operatorName};
}

QList<QStringList> TriageLogModel::exportRows(const QList<TriageEntry> &entries) const
{
    QList<QStringList> rows;
    rows.reserve(entries.size() + 1);
    rows.append(exportHeader());
    for (const TriageEntry &e : entries)
        rows.append(exportRow(e));
    return rows;
}

QString TriageLogModel::toCsv(const QList<TriageEntry> &entries) const
{
    return ExportFormat::csv(exportRows(entries));
}

QString TriageLogModel::toMarkdown(const QList<TriageEntry> &entries) const
{
    return ExportFormat::markdownTable(exportRows(entries));
}
