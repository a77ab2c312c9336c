#include "TriageLogModel.h"

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
    else
        action = entry.action;
    if (entry.origin == TriageOrigin::bulk())
        return tr("%1 (bulk)", "triage log action of a request for several rows").arg(action);
    if (entry.origin == TriageOrigin::undo())
        return tr("%1 (undo)", "triage log action sent by Undo").arg(action);
    if (entry.origin == TriageOrigin::retry())
        return tr("%1 (retry)", "triage log action sent again after a failure").arg(action);
    return action;
}

QString TriageLogModel::resultText(const TriageEntry &entry) const
{
    switch (entry.result) {
    case TriageEntry::Result::Ok:
        return tr("OK", "triage log result");
    case TriageEntry::Result::Failed:
        return tr("Failed", "triage log result");
    case TriageEntry::Result::Pending:
        break;
    }
    if (entry.answered)
        return tr("Sent", "triage log: a request whose answer is the entry above it");
    if (isAwaiting(entry))
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
        return QDateTime::fromMSecsSinceEpoch(entry.atMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ProfileColumn:
        return entry.profile;
    case AccountColumn:
        return entry.accountName.isEmpty() ? entry.accountId : entry.accountName;
    case TargetColumn:
        // The app's one name for a platform (a newer server's included);
        // exports keep the server's own value.
        if (!entry.platform.isEmpty())
            return BotTableTexts::platformName(platformFromWire(entry.platform));
        return entry.detail.isEmpty() ? entry.guildId : entry.detail;
    case ActionColumn:
        return actionText(entry);
    case ResultColumn:
        return resultText(entry);
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
        return cellText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn && !e.guildId.isEmpty())
            return tr("Discord server %1").arg(e.guildId);
        if (index.column() == AccountColumn)
            return e.accountId;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.atMs).toUTC().toString(Qt::ISODateWithMs);
        return {};
    case EntryIdRole:
        return e.id;
    case AtMsRole:
        return e.atMs;
    case ResultRole:
        return int(e.result);
    case NoAnswerRole:
        return e.result == TriageEntry::Result::Pending && !e.answered && !isAwaiting(e);
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
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString TriageLogModel::markdownCell(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
    cell.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    cell.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    cell.replace(QLatin1Char('\r'), QLatin1String("<br>"));
    return cell.trimmed();
}

QStringList TriageLogModel::exportHeader() const
{
    return {tr("Time (UTC)"),         headerText(ProfileColumn), headerText(AccountColumn),
            tr("Account ID"),         headerText(TargetColumn),  headerText(ActionColumn),
            headerText(ResultColumn), headerText(MessageColumn), tr("Batch")};
}

QStringList TriageLogModel::exportRow(const TriageEntry &e) const
{
    QString target = e.platform;
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
            e.batchId > 0 ? QString::number(e.batchId) : QString()};
}

QString TriageLogModel::toCsv(const QList<TriageEntry> &entries) const
{
    QString out;
    auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(exportHeader());
    for (const TriageEntry &e : entries)
        line(exportRow(e));
    return out;
}

QString TriageLogModel::toMarkdown(const QList<TriageEntry> &entries) const
{
    QString out;
    auto line = [&out](const QStringList &cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &c : cells)
            escaped.append(markdownCell(c));
        out += QLatin1String("| ") + escaped.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    };
    const QStringList header = exportHeader();
    line(header);
    out += QLatin1String("|")
        + QStringList(header.size(), QStringLiteral(" --- ")).join(QLatin1Char('|'))
        + QLatin1String("|\n");
    for (const TriageEntry &e : entries)
        line(exportRow(e));
    return out;
}
