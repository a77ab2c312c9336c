#pragma once

#include <QByteArray>
#include <QSortFilterProxyModel>

// Search, account filter and sorting of DiscordGuildListModel. Guild lists
// are small (thousands at most), so QSortFilterProxyModel is fast enough here
// (unlike the bot table); filtering matches the model's folded search key and
// sorting its raw SortRole, never display text.
class DiscordGuildFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordGuildFilterModel)

public:
    explicit DiscordGuildFilterModel(QObject *parent = nullptr);
    ~DiscordGuildFilterModel() override;

    // Substring of guild name, guild ID, account name or account ID; case and
    // accents are ignored. Debouncing is the view's job.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Only this account's guilds (the jump from the Bots page); empty: all.
    void setAccountFilter(const QString &accountId);
    QString accountFilter() const { return m_accountId; }

private:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

    QString m_searchText;
    QByteArray m_foldedSearch;
    QString m_accountId;
};
