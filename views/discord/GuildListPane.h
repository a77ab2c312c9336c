#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class AppSettings;
class DiscordCommands;
class DiscordGuildFilterModel;
class DiscordGuildListModel;
class MessageBanner;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

// The left half of the Discord guilds page: the search (debounced by the
// same AppSettings setting as the Bots search), the guild list with its
// filter proxy, the count line and "Add Server…", plus the account-filter
// strip of the jump from the Bots page (laid out by the page above both
// panes). It knows which guild the editor has open only to keep the
// selection on it; choosing another one is a request the page decides on.
class GuildListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildListPane)

public:
    // commands must outlive the pane; settings may be null (the default
    // debounce) and, when set, is followed live.
    GuildListPane(DiscordCommands *commands, AppSettings *settings, QWidget *parent = nullptr);
    ~GuildListPane() override;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    DiscordGuildFilterModel *proxy() const { return m_proxy; }
    QPushButton *addServerButton() const { return m_addServer; }
    QLabel *countLabel() const { return m_count; }
    MessageBanner *accountBar() const { return m_accountBar; }
    int searchDebounceMs() const { return m_searchTimer.interval(); }

    void setCanAdd(bool canAdd);
    // The guild the editor shows; the selection follows it (syncSelection).
    void setOpenGuildId(const QString &guildId) { m_openGuildId = guildId; }
    // Puts the current row on the open guild, or clears it when the guild
    // is filtered out or gone, without that counting as the operator's choice.
    void syncSelection();
    // Clears the search and, if it hides guildId, the account filter.
    void reveal(const QString &guildId);

    // The account filter (the jump from a Discord row of the Bots page).
    QString accountFilter() const;
    void showAccount(const QString &accountId);
    void showAllAccounts();
    // The first guild the list shows, empty when none.
    QString firstShownGuildId() const;
    void focusSearch();
    // Sign-out: no filter, no search.
    void clear();

Q_SIGNALS:
    // The operator moved the current row to another guild than the open one.
    void guildRequested(const QString &guildId);
    void addServerRequested();
    void backToBotsRequested(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applySettings();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void updateCount();
    void updateAccountBar();

    DiscordCommands *m_commands;
    DiscordGuildListModel *m_guilds;
    AppSettings *m_settings;
    DiscordGuildFilterModel *m_proxy = nullptr;

    MessageBanner *m_accountBar = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_backToBots = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_addServer = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;

    QTimer m_searchTimer;
    QString m_openGuildId;
    bool m_syncingSelection = false;
};
