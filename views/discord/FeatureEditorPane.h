#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class DiscordCommands;
class DiscordGuildListModel;
class DiscordPickerPopup;
class DisconnectGuildDialog;
class FeatureMappingModel;
class MessageBanner;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

// The right half of the Discord guilds page: the open guild's header (icon,
// name, details, Disconnect… with its typed confirmation), the feature table
// with its channel and role pickers, the conflict strip, the problems that
// block Save, and Save/Revert with the reason Save is off. Without an open
// guild it shows why (none chosen, loading failed, disconnected). Edits are
// staged in FeatureMappingModel; everything reaches the server through
// DiscordCommands. What it has to say goes out as statusMessage().
class FeatureEditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureEditorPane)

public:
    // Returns true to discard the unsaved edits.
    using DiscardPrompt = std::function<bool(const QString &question)>;

    // commands must outlive the pane.
    explicit FeatureEditorPane(DiscordCommands *commands, QWidget *parent = nullptr);
    ~FeatureEditorPane() override;

    // The guild shown (or loading); empty when none.
    QString guildId() const { return m_guildId; }
    // Loads guildId into the editor, dropping staged edits without asking
    // (ask first with confirmDiscardChanges).
    void openGuild(const QString &guildId);
    bool hasUnsavedChanges() const;
    // Asks (through the prompt) whether unsaved edits may be dropped; true
    // when there are none.
    bool confirmDiscardChanges();
    void setDiscardPrompt(DiscardPrompt prompt) { m_discardPrompt = std::move(prompt); }
    void discardChanges();

    void setPermissions(bool canEdit, bool canDelete);
    bool canEdit() const { return m_canEdit; }
    bool canDelete() const { return m_canDelete; }
    bool canSave() const;
    bool canRevert() const;
    bool canDisconnect() const;

    void save();
    void revert();
    void disconnectGuild();
    // Opens the channel or role picker of a feature row (Enter or a
    // double-click on the cell). False when read-only or nothing is open.
    bool editChannel(int featureRow);
    bool editMentionRole(int featureRow);
    // Sign-out: no guild, no edits, no dialog, no answer still awaited.
    void clear();

    QTableView *featureView() const { return m_featureView; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QLabel *saveReasonLabel() const { return m_saveReason; }
    QLabel *conflictLabel() const;
    QLabel *problemsLabel() const { return m_problems; }
    // Null until first opened.
    DisconnectGuildDialog *disconnectDialog() const;
    DiscordPickerPopup *pickerPopup() const { return m_picker; }

Q_SIGNALS:
    // A line for the page's status line; error colours it.
    void statusMessage(const QString &message, bool error);
    // Save, Revert or Disconnect may have changed whether they are possible.
    void actionsChanged();
    // The open guild was disconnected (here or elsewhere): nothing is open.
    void openGuildGone();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State : quint8 { NoGuild, Loading, Ready, Failed, Gone };

    void buildUi();
    void retranslateUi();
    void onGuildRemoved(const QString &guildId);
    void onFeatureActivated(const QModelIndex &index);
    bool openPicker(int featureRow, bool channel);
    void doDisconnect(const QString &guildId);
    void updateHeader();
    void updateEditor();
    void updateEditState();
    void updateSaveReason(bool ready, bool canSave, const QString &reason);
    void updateProblems(bool ready);
    void updateConflicts(bool ready);

    DiscordCommands *m_commands;
    DiscordGuildListModel *m_guilds;
    FeatureMappingModel *m_features;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_guildName = nullptr;
    QLabel *m_guildDetails = nullptr;
    QPushButton *m_disconnect = nullptr;
    MessageBanner *m_conflictBar = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    QLabel *m_featuresTitle = nullptr;
    QTableView *m_featureView = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_saveReason = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;

    QPointer<DisconnectGuildDialog> m_disconnectDialog;
    DiscordPickerPopup *m_picker = nullptr;
    int m_pickerRow = -1;
    bool m_pickerIsChannel = true;
    QString m_pickerGuildId;
    DiscardPrompt m_discardPrompt;

    QString m_guildId;
    QString m_lastGuildName; // for messages after the guild is gone
    State m_state = State::NoGuild;
    QString m_error;
    bool m_canEdit = false;
    bool m_canDelete = false;
    bool m_saving = false;
};
