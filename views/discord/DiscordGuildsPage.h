#pragma once

#include "views/ShellPage.h"

#include "api/DiscordTypes.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class AddServerDialog;
class DiscordCommands;
class DiscordGuildFilterModel;
class DiscordGuildListModel;
class DiscordPickerPopup;
class DisconnectGuildDialog;
class FeatureMappingModel;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

// The Discord guilds page: every guild-to-account mapping on the left
// (search, sort, live), the selected guild's feature mappings on the right as
// an editor that stages edits, validates them and cannot save a broken
// mapping. Disconnect (typed confirmation), Add server (OAuth in the system
// browser, waiting for the CONNECTED event) and the jump from and back to the
// Bots page live here too. No network: everything goes through
// DiscordCommands.
class DiscordGuildsPage final : public ShellPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordGuildsPage)

public:
    // Seams for tests: opening the browser, and asking before edits are lost.
    using UrlOpener = std::function<bool(const QUrl &url)>;
    // Returns true to discard the unsaved edits.
    using DiscardPrompt = std::function<bool(const QString &question)>;

    // commands must outlive the page.
    explicit DiscordGuildsPage(DiscordCommands *commands, QWidget *parent = nullptr);
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

    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    void setDiscardPrompt(DiscardPrompt prompt) { m_discardPrompt = std::move(prompt); }
    void setSearchDebounceMs(int ms);

    // --- state ------------------------------------------------------------
    QString currentGuildId() const { return m_guildId; }
    // Opens a guild in the editor, asking first when edits would be lost.
    // False when the guild is unknown or the operator kept editing.
    bool selectGuild(const QString &guildId);
    bool hasUnsavedChanges() const;
    bool canEdit() const { return m_canEdit; }
    bool canDisconnect() const { return m_canDelete; }
    bool isWaitingForDiscord() const { return m_auth.active; }
    // Asks (through the seam) whether unsaved edits may be dropped; true when
    // there are none. The page also asks by itself before its window closes.
    bool confirmDiscardChanges();

    // --- widgets, for tests and automation ----------------------------------
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *guildView() const { return m_guildView; }
    QTableView *featureView() const { return m_featureView; }
    DiscordGuildFilterModel *guildProxy() const { return m_proxy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QPushButton *addServerButton() const { return m_addServer; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QLabel *saveReasonLabel() const { return m_saveReason; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *readOnlyNote() const { return m_readOnlyNote; }
    QLabel *waitingLabel() const { return m_waitingText; }
    QLabel *conflictLabel() const { return m_conflictText; }
    QLabel *problemsLabel() const { return m_problems; }
    // Null until first opened. (Out of line: QPointer needs the full types.)
    DisconnectGuildDialog *disconnectDialog() const;
    AddServerDialog *addServerDialog() const;
    DiscordPickerPopup *pickerPopup() const { return m_picker; }
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
    enum class EditorState : quint8 { NoGuild, Loading, Ready, Failed, Gone };

    struct Authorization
    {
        bool active = false;
        bool expired = false;
        QString accountId;
        QUrl url;
        TimestampMs expiresAt = kNoTimestamp;
    };

    void buildUi();
    void retranslateUi();
    void onCurrentGuildChanged(const QModelIndex &current, const QModelIndex &previous);
    void requestGuild(const QString &guildId);
    void openGuild(const QString &guildId);
    void syncSelectionToOpenGuild();
    void onGuildRemoved(const QString &guildId);
    void onGuildConnected(const DiscordGuild &guild);
    void onFeatureActivated(const QModelIndex &index);
    bool openPicker(int featureRow, bool channel);
    void doDisconnect(const QString &guildId);
    void updateGuildHeader();
    void updateEditor();
    void updateEditState();
    void updateCount();
    void updateAccountBar();
    void updateWaiting();
    void updatePermissionsUi();
    void setStatus(const QString &message, bool error = false);
    void refreshActions();
    QString accountName(const QString &accountId) const;

    DiscordCommands *m_commands;
    DiscordGuildListModel *m_guilds;
    FeatureMappingModel *m_features;
    DiscordGuildFilterModel *m_proxy = nullptr;

    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_staleNote = nullptr;
    QFrame *m_accountBar = nullptr;
    QLabel *m_accountText = nullptr;
    QPushButton *m_showAll = nullptr;
    QPushButton *m_backToBots = nullptr;
    QFrame *m_waitingBar = nullptr;
    QLabel *m_waitingText = nullptr;
    QPushButton *m_openAgain = nullptr;
    QPushButton *m_retryAuth = nullptr;
    QPushButton *m_cancelAuth = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_addServer = nullptr;
    QTableView *m_guildView = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_guildName = nullptr;
    QLabel *m_guildDetails = nullptr;
    QPushButton *m_disconnect = nullptr;
    QFrame *m_conflictBar = nullptr;
    QLabel *m_conflictText = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    QTableView *m_featureView = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_saveReason = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_featuresTitle = nullptr;

    QPointer<DisconnectGuildDialog> m_disconnectDialog;
    QPointer<AddServerDialog> m_addDialog;
    DiscordPickerPopup *m_picker = nullptr;
    int m_pickerRow = -1;
    bool m_pickerIsChannel = true;
    QString m_pickerGuildId;

    QPointer<ActionRegistry> m_registry;
    QPointer<QWidget> m_filteredWindow;
    QTimer m_searchTimer;
    QTimer m_authTimer;
    UrlOpener m_urlOpener;
    DiscardPrompt m_discardPrompt;

    QString m_guildId;
    QString m_lastGuildName; // for messages after the guild is gone
    EditorState m_editorState = EditorState::NoGuild;
    QString m_editorError;
    Authorization m_auth;
    bool m_canEdit = false;
    bool m_canDelete = false;
    bool m_saving = false;
    bool m_syncingSelection = false;
};
