#pragma once

#include "views/ShellPage.h"

#include "AddServerFlow.h"
#include "FeatureEditorPane.h"

#include <QPointer>

class AddServerDialog;
class AppSettings;
class DiscordCommands;
class DiscordGuildFilterModel;
class DiscordPickerPopup;
class DisconnectGuildDialog;
class GuildListPane;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

// The Discord guilds page: every guild-to-account mapping on the left
// (GuildListPane: search, sort, live), the selected guild's feature mappings
// on the right (FeatureEditorPane: stages edits, validates them, cannot save
// a broken mapping, disconnects with a typed confirmation), and "Add server"
// (AddServerFlow: OAuth in the system browser, waiting for the CONNECTED
// event). The page coordinates: which guild is open (asking before edits are
// lost), the jump from and back to the Bots page, permissions, actions, the
// read-only and stale notes and the status line. No network: everything goes
// through DiscordCommands.
class DiscordGuildsPage final : public ShellPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordGuildsPage)

public:
    // Seams for tests: opening the browser, and asking before edits are lost.
    using UrlOpener = AddServerFlow::UrlOpener;
    // Returns true to discard the unsaved edits.
    using DiscardPrompt = FeatureEditorPane::DiscardPrompt;

    // commands must outlive the page. settings (the guild search debounce,
    // followed live) may be null: the default applies.
    explicit DiscordGuildsPage(DiscordCommands *commands, AppSettings *settings = nullptr,
                               QWidget *parent = nullptr);
    ~DiscordGuildsPage() override;

    QString pageId() const override { return QStringLiteral("discord"); }
    QString title() const override;
    ActionContext actionContext() const override { return ActionContext::Discord; }
    void registerActions(ActionRegistry &registry) override;
    QWidget *initialFocusWidget() override;
    void setStale(bool stale) override;
    void setPermissions(const Permissions &permissions) override;
    void refresh() override;
    void clearSessionData() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    void setUrlOpener(UrlOpener opener);
    void setDiscardPrompt(DiscardPrompt prompt);

    // --- state ------------------------------------------------------------
    QString currentGuildId() const;
    // Opens a guild in the editor, asking first when edits would be lost.
    // False when the guild is unknown or the operator kept editing.
    bool selectGuild(const QString &guildId);
    bool hasUnsavedChanges() const;
    bool canEdit() const;
    bool canDisconnect() const;
    bool isWaitingForDiscord() const;
    // Asks (through the seam) whether unsaved edits may be dropped; true when
    // there are none. The page also asks by itself before its window closes.
    bool confirmDiscardChanges();

    // --- the parts, and their widgets for tests and automation ---------------
    GuildListPane *guildList() const { return m_list; }
    FeatureEditorPane *featureEditor() const { return m_editor; }
    AddServerFlow *addServerFlow() const { return m_addServer; }
    QLineEdit *searchEdit() const;
    QTableView *guildView() const;
    QTableView *featureView() const;
    DiscordGuildFilterModel *guildProxy() const;
    QPushButton *saveButton() const;
    QPushButton *revertButton() const;
    QPushButton *disconnectButton() const;
    QPushButton *addServerButton() const;
    QPushButton *takeTheirsButton() const;
    QPushButton *keepMineButton() const;
    QLabel *saveReasonLabel() const;
    QLabel *statusLabel() const { return m_status; }
    // The texts of the read-only note and the waiting strip (visible with them).
    QLabel *readOnlyNote() const;
    QLabel *waitingLabel() const;
    QLabel *conflictLabel() const;
    QLabel *problemsLabel() const;
    // Shown instead of the panes when the server has no guild list (an
    // older server); says why.
    MessageBanner *unavailableNote() const { return m_unavailableNote; }
    // Null until first opened.
    DisconnectGuildDialog *disconnectDialog() const;
    AddServerDialog *addServerDialog() const;
    DiscordPickerPopup *pickerPopup() const;
    // Opens the channel or role picker of a feature row (what Enter or a
    // double-click on the cell does). False when read-only.
    bool editChannel(int featureRow);
    bool editMentionRole(int featureRow);

public Q_SLOTS:
    // The jump from a Discord row of the Bots page: only this account's guilds.
    void showAccount(const QString &accountId);
    void showAllAccounts();
    void focusSearch();
    void addServer();
    // Starts "Add server" for an account without the dialog.
    void startAuthorization(const QString &accountId);
    void cancelAuthorization();
    void disconnectCurrentGuild();
    void save();
    void revert();

Q_SIGNALS:
    // "Back to Bots": show accountId's bots on the Bots page.
    void backToBotsRequested(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void wireParts();
    void requestGuild(const QString &guildId);
    void openGuild(const QString &guildId);
    void updatePermissionsUi();
    void setStatus(const QString &message, bool error = false);
    void applyStatusColour();
    void refreshActions();
    void updateAvailability();

    DiscordCommands *m_commands;
    GuildListPane *m_list = nullptr;
    FeatureEditorPane *m_editor = nullptr;
    AddServerFlow *m_addServer = nullptr;

    MessageBanner *m_readOnlyNote = nullptr;
    MessageBanner *m_staleNote = nullptr;
    MessageBanner *m_unavailableNote = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    bool m_statusIsError = false;

    QPointer<ActionRegistry> m_registry;
    QPointer<QWidget> m_filteredWindow;
};
