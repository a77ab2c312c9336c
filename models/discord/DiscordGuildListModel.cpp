#include "DiscordGuildListModel.h"

#include "GuildAvatar.h"
#include "models/SearchFolding.h"
#include "models/text/DisplayText.h"

#include <QDateTime>
#include <QLocale>
#include <QPixmap>

#include <algorithm>

namespace {

constexpr int column(DiscordGuildColumn c)
{
    return int(c);
}

QByteArray searchKeyOf(const DiscordGuild &g)
{
    // One folded key, so the filter is a substring test and never parses display text.
    return foldForSearch(g.name + QLatin1Char('\n') + g.guildId + QLatin1Char('\n') + g.accountName
                         + QLatin1Char('\n') + g.accountId);
}

QString formatTime(TimestampMs ms)
{
    if (ms == kNoTimestamp)
        return {};
    // The date is enough in the list; the tooltip has the full time.
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

DiscordGuildListModel::DiscordGuildListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_placeholders(1024) // a few screens of rows
    , m_loadedIcons(qsizetype(16) * 1024) // KiB
{ }

DiscordGuildListModel::~DiscordGuildListModel() = default;

int DiscordGuildListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscordGuildListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(DiscordGuildColumn::ColumnCount);
}

QVariant DiscordGuildListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DiscordGuild &g = row.guild;
    const auto col = DiscordGuildColumn(index.column());

    switch (role) {
    case DiscordGuildIdRole:
        return g.guildId;
    case DiscordAccountIdRole:
        return g.accountId;
    case DiscordSearchKeyRole:
        return row.searchKey;
    case DiscordAvailableRole:
        return g.available;
    case DiscordPendingRole:
        return row.pending;
    case DiscordErrorRole:
        return row.error;
    case DiscordIconUrlRole:
        return g.iconUrl;
    case DiscordIconImageRole:
        if (row.iconState == IconState::Loaded) {
            if (const LoadedIcon *loaded = m_loadedIcons.object(g.iconUrl))
                return loaded->image;
        }
        return QImage();
    default:
        break;
    }

    switch (col) {
    case DiscordGuildColumn::Name:
        if (role == Qt::DisplayRole) // server text, shown visibly; no name: the ID
            return DisplayText::visible(g.name.isEmpty() ? g.guildId : g.name);
        if (role == Qt::EditRole)
            return g.name;
        if (role == Qt::DecorationRole)
            return decorationOf(row);
        if (role == DiscordSortRole)
            return g.name.toCaseFolded();
        if (role == Qt::ToolTipRole) {
            const QString name = DisplayText::isolated(g.name.isEmpty() ? g.guildId : g.name,
                                                       DisplayText::kToolTipChars / 2);
            return DisplayText::toolTip(
                g.available ? name
                            : tr("%1 (Discord reports this server as unavailable)").arg(name));
        }
        break;
    case DiscordGuildColumn::GuildId:
        if (role == Qt::DisplayRole)
            return DisplayText::visible(g.guildId);
        if (role == Qt::EditRole)
            return g.guildId;
        if (role == DiscordSortRole)
            return g.guildId.toULongLong(); // snowflakes order numerically, by creation time
        break;
    case DiscordGuildColumn::Account:
        if (role == Qt::DisplayRole)
            return DisplayText::visible(g.accountName.isEmpty() ? g.accountId : g.accountName);
        if (role == Qt::EditRole)
            return g.accountName;
        if (role == Qt::ToolTipRole)
            return DisplayText::toolTip(
                tr("Account %1 (%2)")
                    .arg(DisplayText::nameOrId(g.accountName, g.accountId,
                                               DisplayText::kToolTipChars / 2),
                         DisplayText::isolated(g.accountId)));
        if (role == DiscordSortRole)
            return g.accountName.toCaseFolded();
        break;
    case DiscordGuildColumn::ConnectedAt:
        if (role == Qt::DisplayRole)
            return formatTime(g.connectedAt);
        if (role == Qt::ToolTipRole && g.connectedAt != kNoTimestamp)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(g.connectedAt),
                                      QLocale::LongFormat);
        if (role == DiscordSortRole)
            return g.connectedAt;
        break;
    case DiscordGuildColumn::Features:
        if (role == Qt::DisplayRole || role == DiscordSortRole)
            return g.mappedFeatureCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%n feature(s) routed to a channel", nullptr, g.mappedFeatureCount);
        break;
    case DiscordGuildColumn::Status:
        if (role == Qt::DisplayRole) {
            if (!row.error.isEmpty())
                return tr("Error");
            if (row.pending)
                return tr("Disconnecting…");
            if (!g.available)
                return tr("Unavailable");
            return {};
        }
        if (role == Qt::ToolTipRole) {
            if (!row.error.isEmpty())
                return DisplayText::toolTip(row.error); // a server message
            if (row.pending)
                return tr("Waiting for the server to confirm the disconnect");
            if (!g.available)
                return tr("Discord reports this server as unavailable (an outage); the mapping "
                          "is kept and comes back with the server.");
            return {};
        }
        if (role == DiscordSortRole)
            return !row.error.isEmpty() ? 3 : row.pending ? 2 : !g.available ? 1 : 0;
        break;
    case DiscordGuildColumn::ColumnCount:
        break;
    }
    return {};
}

QVariant DiscordGuildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0
        || section >= column(DiscordGuildColumn::ColumnCount))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (DiscordGuildColumn(section)) {
    case DiscordGuildColumn::Name:
        return tr("Server");
    case DiscordGuildColumn::GuildId:
        return tr("Server ID");
    case DiscordGuildColumn::Account:
        return tr("Account");
    case DiscordGuildColumn::ConnectedAt:
        return tr("Connected");
    case DiscordGuildColumn::Features:
        return role == Qt::ToolTipRole ? tr("Number of mapped features")
                                       : tr("Features", "column: mapped feature count");
    case DiscordGuildColumn::Status:
        return tr("Status");
    case DiscordGuildColumn::ColumnCount:
        break;
    }
    return {};
}

QIcon DiscordGuildListModel::placeholderOf(const DiscordGuild &guild) const
{
    const QString key = guild.guildId + QLatin1Char('\n') + guild.name;
    if (const QIcon *icon = m_placeholders.object(key))
        return *icon;
    QIcon icon = GuildAvatar::icon(guild.guildId, guild.name);
    m_placeholders.insert(key, new QIcon(icon));
    return icon;
}

QIcon DiscordGuildListModel::decorationOf(const Row &row) const
{
    if (row.iconState == IconState::Loaded) {
        if (const LoadedIcon *loaded = m_loadedIcons.object(row.guild.iconUrl))
            return loaded->icon;
        row.iconState = IconState::None; // evicted: ask again below
    }
    if (row.iconState == IconState::None && !row.guild.iconUrl.isEmpty()) {
        // Asked for the decoration: the row is being painted. Listeners
        // must not call back into the model from here (queue the request).
        row.iconState = IconState::Wanted;
        Q_EMIT const_cast<DiscordGuildListModel *>(this)->iconWanted(row.guild.iconUrl);
    }
    return placeholderOf(row.guild);
}

void DiscordGuildListModel::setIcon(const QString &url, const QImage &image)
{
    if (url.isEmpty() || image.isNull())
        return;
    auto *loaded = new LoadedIcon {image, QIcon(QPixmap::fromImage(image))};
    // Image and pixmap: twice the image's bytes.
    m_loadedIcons.insert(url, loaded, int(std::max<qsizetype>(1, image.sizeInBytes() / 512)));
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        if (row.guild.iconUrl != url)
            continue;
        row.iconState = IconState::Loaded;
        const QModelIndex cell = index(r, column(DiscordGuildColumn::Name));
        Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole, DiscordIconImageRole});
    }
}

void DiscordGuildListModel::setIconFailed(const QString &url)
{
    for (Row &row : m_rows) {
        if (row.guild.iconUrl == url && row.iconState != IconState::Loaded)
            row.iconState = IconState::Failed;
    }
}

void DiscordGuildListModel::resetIcon(const QString &url)
{
    for (Row &row : m_rows) {
        if (row.guild.iconUrl == url && row.iconState == IconState::Wanted)
            row.iconState = IconState::None;
    }
}

void DiscordGuildListModel::forgetIconFailures()
{
    for (Row &row : m_rows) {
        if (row.iconState == IconState::Failed)
            row.iconState = IconState::None;
    }
}

DiscordGuildListModel::IconState DiscordGuildListModel::iconState(const QString &guildId) const
{
    const int r = rowOf(guildId);
    return r >= 0 ? m_rows.at(r).iconState : IconState::None;
}

DiscordGuildListModel::Row DiscordGuildListModel::makeRow(const DiscordGuild &guild)
{
    Row row;
    row.guild = guild;
    row.searchKey = searchKeyOf(guild);
    return row;
}

void DiscordGuildListModel::setGuilds(const QList<DiscordGuild> &guilds)
{
    QHash<QString, int> incoming;
    incoming.reserve(guilds.size());
    for (int i = 0; i < guilds.size(); ++i)
        incoming.insert(guilds.at(i).guildId, i);

    // Remove from the end so earlier row numbers stay valid.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (!incoming.contains(m_rows.at(r).guild.guildId))
            removeRowAt(r);
    }
    QList<const DiscordGuild *> added;
    for (const DiscordGuild &g : guilds) {
        const int r = rowOf(g.guildId);
        if (r >= 0) {
            updateRow(r, g);
            // A fresh snapshot is the server's word: a stale error goes.
            m_rows[r].error.clear();
        } else {
            added.append(&g);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const DiscordGuild *g : std::as_const(added)) {
            m_rowById.insert(g->guildId, int(m_rows.size()));
            m_rows.append(makeRow(*g));
        }
        endInsertRows();
    }
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged(true);
    }
}

void DiscordGuildListModel::applyEvent(const DiscordGuildEvent &event)
{
    switch (event.kind) {
    case DiscordGuildEventKind::Connected:
        if (event.guild) {
            upsert(*event.guild);
            Q_EMIT guildConnected(*event.guild);
        }
        break;
    case DiscordGuildEventKind::Updated:
        if (event.guild) {
            upsert(*event.guild);
            Q_EMIT guildUpdated(*event.guild);
        }
        break;
    case DiscordGuildEventKind::FeaturesChanged:
        if (event.guild)
            upsert(*event.guild);
        Q_EMIT featuresChanged(event.guildId);
        break;
    case DiscordGuildEventKind::Disconnected:
        remove(event.guildId);
        break;
    case DiscordGuildEventKind::Unknown:
        break;
    }
    // A kind this version does not know (a newer server's, e.g. RENAMED)
    // says the guild changed, not how: the controller fetches the guild
    // again (DiscordSyncController::refetchGuild), nothing is guessed here.
}

void DiscordGuildListModel::upsert(const DiscordGuild &guild)
{
    const int r = rowOf(guild.guildId);
    if (r >= 0) {
        updateRow(r, guild);
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rowById.insert(guild.guildId, at);
    m_rows.append(makeRow(guild));
    endInsertRows();
}

bool DiscordGuildListModel::remove(const QString &guildId)
{
    const int r = rowOf(guildId);
    if (r < 0)
        return false;
    removeRowAt(r);
    Q_EMIT guildRemoved(guildId);
    return true;
}

void DiscordGuildListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged(false);
    }
}

DiscordGuild DiscordGuildListModel::guild(const QString &guildId) const
{
    const int r = rowOf(guildId);
    return r >= 0 ? m_rows.at(r).guild : DiscordGuild();
}

QList<DiscordGuildListModel::Account> DiscordGuildListModel::accounts() const
{
    QHash<QString, int> byId;
    QList<Account> result;
    for (const Row &row : m_rows) {
        const auto it = byId.constFind(row.guild.accountId);
        if (it != byId.constEnd()) {
            ++result[*it].guildCount;
            continue;
        }
        byId.insert(row.guild.accountId, int(result.size()));
        result.append({row.guild.accountId, row.guild.accountName, 1});
    }
    std::sort(result.begin(), result.end(), [](const Account &a, const Account &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return result;
}

void DiscordGuildListModel::setPending(const QString &guildId, bool pending)
{
    const int r = rowOf(guildId);
    if (r < 0 || m_rows.at(r).pending == pending)
        return;
    m_rows[r].pending = pending;
    if (pending)
        m_rows[r].error.clear();
    emitRowChanged(r);
}

bool DiscordGuildListModel::isPending(const QString &guildId) const
{
    const int r = rowOf(guildId);
    return r >= 0 && m_rows.at(r).pending;
}

void DiscordGuildListModel::setRowError(const QString &guildId, const QString &message)
{
    const int r = rowOf(guildId);
    if (r < 0 || m_rows.at(r).error == message)
        return;
    m_rows[r].error = message;
    emitRowChanged(r);
}

QString DiscordGuildListModel::rowError(const QString &guildId) const
{
    const int r = rowOf(guildId);
    return r >= 0 ? m_rows.at(r).error : QString();
}

void DiscordGuildListModel::updateRow(int r, const DiscordGuild &guild)
{
    Row &row = m_rows[r];
    if (row.guild == guild)
        return;
    const bool iconChanged = row.guild.iconUrl != guild.iconUrl;
    row.guild = guild;
    row.searchKey = searchKeyOf(guild);
    if (iconChanged) {
        // A new icon (or none): the placeholder until it is loaded.
        row.iconState = IconState::None;
    }
    emitRowChanged(r);
}

void DiscordGuildListModel::removeRowAt(int r)
{
    beginRemoveRows({}, r, r);
    m_rowById.remove(m_rows.at(r).guild.guildId);
    m_rows.removeAt(r);
    // Rows after r moved up by one.
    for (int i = r; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).guild.guildId] = i;
    endRemoveRows();
}

void DiscordGuildListModel::emitRowChanged(int r)
{
    Q_EMIT dataChanged(index(r, 0), index(r, column(DiscordGuildColumn::ColumnCount) - 1));
}
