#include "FeatureMappingModel.h"

#include "FeatureMappingTexts.h"

#include "models/text/DisplayText.h"

#include <QFont>

#include <algorithm>

namespace {

constexpr int column(DiscordFeatureColumn c)
{
    return int(c);
}

} // namespace

FeatureMappingModel::FeatureMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

FeatureMappingModel::~FeatureMappingModel() = default;

int FeatureMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeatureMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(DiscordFeatureColumn::ColumnCount);
}

QString FeatureMappingModel::columnText(const Row &row, DiscordFeatureColumn col) const
{
    const Value v = row.staged ? *row.staged : valueOf(row.base);
    switch (col) {
    case DiscordFeatureColumn::Feature:
        return DisplayText::visible(row.key);
    case DiscordFeatureColumn::Enabled:
        return {};
    case DiscordFeatureColumn::Channel:
        return v.channelId.isEmpty() ? QStringLiteral("—") : channelLabel(v.channelId);
    case DiscordFeatureColumn::MentionRole:
        return v.roleId.isEmpty() ? QStringLiteral("—") : roleLabel(v.roleId);
    case DiscordFeatureColumn::LastChanged:
        if (row.staged)
            return tr("Unsaved change");
        return FeatureMappingTexts::lastChanged(row.base ? row.base->updatedAt : kNoTimestamp);
    case DiscordFeatureColumn::ColumnCount:
        break;
    }
    return {};
}

QVariant FeatureMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const Row &row = m_rows.at(r);
    const auto col = DiscordFeatureColumn(index.column());
    const Value v = value(r);

    switch (role) {
    case DiscordGuildIdRole:
        return m_guildId;
    case DiscordFeatureKeyRole:
        return row.key;
    case DiscordChannelIdRole:
        return v.channelId;
    case DiscordRoleIdRole:
        return v.roleId;
    case DiscordChangedRole:
        return row.staged.has_value();
    case DiscordProblemRole:
        return problem(r);
    case DiscordWarningRole:
        return warning(r);
    case DiscordConflictRole:
        return row.conflict;
    case DiscordKnownFeatureRole:
        return row.known;
    case Qt::DisplayRole:
        return columnText(row, col);
    case Qt::EditRole:
        switch (col) {
        case DiscordFeatureColumn::Enabled:
            return v.enabled;
        case DiscordFeatureColumn::Channel:
            return v.channelId;
        case DiscordFeatureColumn::MentionRole:
            return v.roleId;
        default:
            return columnText(row, col);
        }
    case Qt::CheckStateRole:
        if (col == DiscordFeatureColumn::Enabled)
            return v.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (row.staged && col == DiscordFeatureColumn::Feature) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (!row.known && col == DiscordFeatureColumn::Feature) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (col == DiscordFeatureColumn::Feature) {
            lines.append(row.description.isEmpty() ? row.key : row.description);
            if (!row.known)
                lines.append(tr("Not in the feature catalog: kept as the server has it, and "
                                "still editable."));
        }
        if (col == DiscordFeatureColumn::LastChanged && row.base
            && row.base->updatedAt != kNoTimestamp)
            lines.append(FeatureMappingTexts::lastChangedInFull(row.base->updatedAt));
        if (row.staged)
            lines.append(
                tr("Changed, not saved yet. On the server: %1").arg(describe(valueOf(row.base))));
        if (row.conflict)
            lines.append(tr("Someone else changed this feature meanwhile: theirs %1, yours %2.")
                             .arg(describe(valueOf(row.theirs)), describe(v)));
        if (const QString p = problem(r); !p.isEmpty())
            lines.append(p);
        if (const QString w = warning(r); !w.isEmpty())
            lines.append(w);
        // Descriptions and names come from the server: plain text for Qt.
        return lines.isEmpty() ? QVariant()
                               : QVariant(DisplayText::toolTip(lines.join(QLatin1Char('\n'))));
    }
    case DiscordSortRole:
        switch (col) {
        case DiscordFeatureColumn::Feature:
            return row.key;
        case DiscordFeatureColumn::Enabled:
            return v.enabled;
        case DiscordFeatureColumn::Channel:
        case DiscordFeatureColumn::MentionRole:
            return columnText(row, col).toCaseFolded();
        case DiscordFeatureColumn::LastChanged:
            return row.base ? row.base->updatedAt : kNoTimestamp;
        case DiscordFeatureColumn::ColumnCount:
            break;
        }
        return {};
    case Qt::UserRole:
        // The description, for a delegate that draws it next to the key.
        if (col == DiscordFeatureColumn::Feature)
            return row.known ? DisplayText::visible(row.description) : tr("not in the catalog");
        return {};
    default:
        break;
    }
    return {};
}

bool FeatureMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || m_readOnly)
        return false;
    switch (DiscordFeatureColumn(index.column())) {
    case DiscordFeatureColumn::Enabled:
        if (role == Qt::CheckStateRole)
            return setEnabled(index.row(), value.toInt() == Qt::Checked);
        if (role == Qt::EditRole)
            return setEnabled(index.row(), value.toBool());
        return false;
    case DiscordFeatureColumn::Channel:
        return role == Qt::EditRole && setChannel(index.row(), value.toString());
    case DiscordFeatureColumn::MentionRole:
        return role == Qt::EditRole && setMentionRole(index.row(), value.toString());
    default:
        return false;
    }
}

Qt::ItemFlags FeatureMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly)
        return f;
    switch (DiscordFeatureColumn(index.column())) {
    case DiscordFeatureColumn::Enabled:
        return f | Qt::ItemIsUserCheckable;
    case DiscordFeatureColumn::Channel:
    case DiscordFeatureColumn::MentionRole:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant FeatureMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= column(DiscordFeatureColumn::ColumnCount))
        return QAbstractTableModel::headerData(section, orientation, role);
    return FeatureMappingTexts::columnTitle(DiscordFeatureColumn(section));
}

// --- loading ----------------------------------------------------------------

FeatureMappingModel::Value
FeatureMappingModel::valueOf(const std::optional<DiscordGuildFeature> &feature)
{
    if (!feature)
        return {};
    return {feature->enabled, feature->channelId, feature->mentionRoleId};
}

void FeatureMappingModel::setFeatureCatalog(const QList<DiscordFeatureInfo> &catalog)
{
    if (catalog == m_catalog)
        return;
    m_catalog = catalog;
    if (!hasGuild())
        return;
    // Keep every row's state; only the set of rows and their descriptions change.
    QList<Row> old = m_rows;
    beginResetModel();
    m_rows.clear();
    for (const DiscordFeatureInfo &info : std::as_const(m_catalog))
        m_rows.append({info.key, info.description, true, {}, {}, {}, false});
    for (Row &o : old) {
        const int r = rowOfFeature(o.key);
        if (r >= 0) {
            o.description = m_rows.at(r).description;
            o.known = true;
            m_rows[r] = o;
        } else if (o.base || o.staged) {
            o.known = false;
            m_rows.append(o);
        }
    }
    endResetModel();
    Q_EMIT stateChanged();
}

void FeatureMappingModel::rebuildRows(const QList<DiscordGuildFeature> &features)
{
    m_rows.clear();
    for (const DiscordFeatureInfo &info : std::as_const(m_catalog))
        m_rows.append({info.key, info.description, true, {}, {}, {}, false});
    QList<DiscordGuildFeature> unknown;
    for (const DiscordGuildFeature &f : features) {
        const int r = rowOfFeature(f.feature);
        if (r >= 0)
            m_rows[r].base = f;
        else
            unknown.append(f);
    }
    // Keys the catalog does not know yet (a newer bot, a retired feature):
    // after the catalog, alphabetically, so they are easy to find.
    std::sort(unknown.begin(), unknown.end(),
              [](const DiscordGuildFeature &a, const DiscordGuildFeature &b) {
                  return a.feature < b.feature;
              });
    for (const DiscordGuildFeature &f : std::as_const(unknown))
        m_rows.append({f.feature, {}, false, f, {}, {}, false});
}

void FeatureMappingModel::loadGuild(const QString &guildId, const QList<DiscordChannel> &channels,
                                    const QList<DiscordRole> &roles,
                                    const QList<DiscordGuildFeature> &features)
{
    beginResetModel();
    m_guildId = guildId;
    m_rules.setChannels(channels);
    m_rules.setRoles(roles);
    rebuildRows(features);
    endResetModel();
    Q_EMIT stateChanged();
}

void FeatureMappingModel::clear()
{
    beginResetModel();
    m_guildId.clear();
    m_rules.clear();
    m_rows.clear();
    endResetModel();
    Q_EMIT stateChanged();
}

void FeatureMappingModel::setChannels(const QList<DiscordChannel> &channels)
{
    m_rules.setChannels(channels);
    emitAllChanged();
}

void FeatureMappingModel::setRoles(const QList<DiscordRole> &roles)
{
    m_rules.setRoles(roles);
    emitAllChanged();
}

void FeatureMappingModel::applyServerFeatures(const QList<DiscordGuildFeature> &features)
{
    if (!hasGuild())
        return;
    QHash<QString, DiscordGuildFeature> incoming;
    for (const DiscordGuildFeature &f : features) {
        if (f.guildId.isEmpty() || f.guildId == m_guildId)
            incoming.insert(f.feature, f);
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        std::optional<DiscordGuildFeature> server;
        if (auto it = incoming.find(row.key); it != incoming.end()) {
            server = *it;
            incoming.erase(it);
        }
        const std::optional<DiscordGuildFeature> &latest = row.conflict ? row.theirs : row.base;
        if (server == latest)
            continue;
        if (!row.staged) {
            row.base = server;
        } else if (*row.staged == valueOf(server)) {
            // They made the same change (or this is our own save echoing back).
            row.base = server;
            row.staged.reset();
            row.conflict = false;
            row.theirs.reset();
        } else {
            row.conflict = true;
            row.theirs = server;
        }
        emitRowChanged(r);
    }
    if (!incoming.isEmpty()) {
        QList<DiscordGuildFeature> added = incoming.values();
        std::sort(added.begin(), added.end(),
                  [](const DiscordGuildFeature &a, const DiscordGuildFeature &b) {
                      return a.feature < b.feature;
                  });
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const DiscordGuildFeature &f : std::as_const(added))
            m_rows.append({f.feature, {}, false, f, {}, {}, false});
        endInsertRows();
    }
    Q_EMIT stateChanged();
}

void FeatureMappingModel::markSaved(const DiscordGuildFeature &stored)
{
    if (stored.guildId != m_guildId)
        return;
    int r = rowOfFeature(stored.feature);
    if (r < 0) {
        r = int(m_rows.size());
        beginInsertRows({}, r, r);
        m_rows.append({stored.feature, {}, false, stored, {}, {}, false});
        endInsertRows();
    } else {
        Row &row = m_rows[r];
        row.base = stored;
        row.conflict = false;
        row.theirs.reset();
        if (row.staged && *row.staged == valueOf(stored))
            row.staged.reset();
        emitRowChanged(r);
    }
    Q_EMIT stateChanged();
}

// --- editing ----------------------------------------------------------------

void FeatureMappingModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emitAllChanged();
    Q_EMIT stateChanged();
}

int FeatureMappingModel::rowOfFeature(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).key == key)
            return r;
    }
    return -1;
}

QString FeatureMappingModel::featureKey(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

bool FeatureMappingModel::isKnownFeature(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).known;
}

FeatureMappingModel::Value FeatureMappingModel::value(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return r.staged ? *r.staged : valueOf(r.base);
}

FeatureMappingModel::Value FeatureMappingModel::serverValue(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return valueOf(m_rows.at(row).base);
}

bool FeatureMappingModel::isChanged(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).staged.has_value();
}

int FeatureMappingModel::changedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.staged.has_value(); }));
}

bool FeatureMappingModel::stage(int row, const Value &v)
{
    if (m_readOnly || row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    const Value server = valueOf(r.base);
    const std::optional<Value> before = r.staged;
    if (v == server && !r.conflict)
        r.staged.reset(); // back to what the server has: nothing to save
    else
        r.staged = v;
    if (r.staged != before) {
        emitRowChanged(row);
        Q_EMIT stateChanged();
    }
    return true;
}

bool FeatureMappingModel::setEnabled(int row, bool enabled)
{
    Value v = value(row);
    v.enabled = enabled;
    return stage(row, v);
}

bool FeatureMappingModel::setChannel(int row, const QString &channelId)
{
    Value v = value(row);
    v.channelId = channelId.trimmed();
    return stage(row, v);
}

bool FeatureMappingModel::setMentionRole(int row, const QString &roleId)
{
    Value v = value(row);
    v.roleId = roleId.trimmed();
    return stage(row, v);
}

QList<DiscordGuildFeatureInput> FeatureMappingModel::stagedChanges() const
{
    QList<DiscordGuildFeatureInput> result;
    for (const Row &r : m_rows) {
        if (!r.staged)
            continue;
        result.append({m_guildId, r.key, r.staged->enabled, r.staged->channelId, r.staged->roleId});
    }
    return result;
}

void FeatureMappingModel::revert()
{
    bool any = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        if (!row.staged && !row.conflict)
            continue;
        if (row.conflict) {
            // Dropping the edit means taking their version.
            row.base = row.theirs;
            row.theirs.reset();
            row.conflict = false;
        }
        row.staged.reset();
        emitRowChanged(r);
        any = true;
    }
    if (any)
        Q_EMIT stateChanged();
}

void FeatureMappingModel::revertRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (!r.staged && !r.conflict)
        return;
    if (r.conflict) {
        r.base = r.theirs;
        r.theirs.reset();
        r.conflict = false;
    }
    r.staged.reset();
    emitRowChanged(row);
    Q_EMIT stateChanged();
}

// --- validation ---------------------------------------------------------------

QString FeatureMappingModel::problem(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rules.problem(value(row));
}

QString FeatureMappingModel::warning(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rules.warning(value(row));
}

bool FeatureMappingModel::isValid() const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!problem(r).isEmpty())
            return false;
    }
    return true;
}

QStringList FeatureMappingModel::problems() const
{
    QStringList result;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (const QString p = problem(r); !p.isEmpty())
            result.append(tr("%1: %2").arg(DisplayText::isolated(m_rows.at(r).key), p));
    }
    return result;
}

QString FeatureMappingModel::saveBlockedReason() const
{
    if (!hasGuild())
        return tr("No server is selected.");
    if (m_readOnly)
        return tr("You may look at the mappings but not change them.");
    if (const int n = int(conflicts().size()); n > 0)
        return tr("Someone else changed %n feature(s) meanwhile: keep yours or take theirs "
                  "first.",
                  nullptr, n);
    // Every row, not only the changed ones: Save must never leave the guild
    // with a broken mapping, and a stale one is flagged rather than kept.
    const QStringList p = problems();
    if (!p.isEmpty()) {
        if (p.size() == 1)
            return p.first();
        return tr("%1 (and %n more problem(s))", nullptr, int(p.size()) - 1).arg(p.first());
    }
    if (!hasStagedChanges())
        return tr("Nothing to save.");
    return {};
}

// --- conflicts ----------------------------------------------------------------

bool FeatureMappingModel::isConflicted(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).conflict;
}

bool FeatureMappingModel::hasConflicts() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.conflict; });
}

QList<FeatureMappingModel::Conflict> FeatureMappingModel::conflicts() const
{
    QList<Conflict> result;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.conflict)
            result.append({row.key, value(r), valueOf(row.theirs)});
    }
    return result;
}

void FeatureMappingModel::resolveConflict(int row, bool keepMine)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).conflict)
        return;
    Row &r = m_rows[row];
    r.base = r.theirs;
    r.theirs.reset();
    r.conflict = false;
    if (!keepMine || (r.staged && *r.staged == valueOf(r.base)))
        r.staged.reset();
    emitRowChanged(row);
    Q_EMIT stateChanged();
}

void FeatureMappingModel::resolveAllConflicts(bool keepMine)
{
    for (int r = 0; r < m_rows.size(); ++r)
        resolveConflict(r, keepMine);
}

void FeatureMappingModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, column(DiscordFeatureColumn::ColumnCount) - 1));
}

void FeatureMappingModel::emitAllChanged()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(
        index(0, 0), index(int(m_rows.size()) - 1, column(DiscordFeatureColumn::ColumnCount) - 1));
}