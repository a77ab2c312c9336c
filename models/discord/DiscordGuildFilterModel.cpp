#include "DiscordGuildFilterModel.h"

#include "DiscordModelRoles.h"
#include "models/SearchFolding.h"

DiscordGuildFilterModel::DiscordGuildFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DiscordSortRole);
    setDynamicSortFilter(true);
}

DiscordGuildFilterModel::~DiscordGuildFilterModel() = default;

void DiscordGuildFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    m_foldedSearch = foldForSearch(trimmed);
    invalidateRowsFilter();
}

void DiscordGuildFilterModel::setAccountFilter(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    invalidateRowsFilter();
}

bool DiscordGuildFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_accountId.isEmpty() && index.data(DiscordAccountIdRole).toString() != m_accountId)
        return false;
    if (m_foldedSearch.isEmpty())
        return true;
    return index.data(DiscordSearchKeyRole).toByteArray().contains(m_foldedSearch);
}

bool DiscordGuildFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(DiscordSortRole);
    const QVariant r = right.data(DiscordSortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties (same name, same count...) fall back to the guild ID so the order
    // is stable and the same on every refresh.
    return left.data(DiscordGuildIdRole).toString().toULongLong()
        < right.data(DiscordGuildIdRole).toString().toULongLong();
}
