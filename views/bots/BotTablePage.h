#pragma once

#include "models/commands/BotCommands.h"
#include "models/commands/BotCommandsObserver.h"

#include "models/bots/BotKey.h"
#include "views/ShellPage.h"
#include "views/palette/PaletteItem.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class ActionDelegate;
class AppSettings;
class MessageBanner;
class BotBatchPanel;
class BotTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class StatusBadgeDelegate;

// The Bots page: every account x platform bot in one live table with instant
// search, platform and status filters, a count line, status badges, per-row
// Pause / Resume and Reconnect, bulk actions with confirmation and progress,
// copy as TSV, and the loading, empty, error and stale states.
//
// It renders the BotTableModel it is given and sends every operator action
// through BotCommands (implemented by BotSyncController); it never touches
// the network. The commands object must outlive the page (or be detached
// with setCommands(nullptr)).
class BotTablePage final : public ShellPage, public BotCommandsObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTablePage)

public:
    BotTablePage(BotTableModel *model, BotCommands *commands, AppSettings *settings = nullptr,
                 QWidget *parent = nullptr);
    ~BotTablePage() override;

    void setCommands(BotCommands *commands);

    // ShellPage
    QString pageId() const override;
    QString title() const override;
    ActionContext actionContext() const override;
    void registerActions(ActionRegistry &registry) override;
    QWidget *initialFocusWidget() override;
    void setStale(bool stale) override;
    void setPermissions(const Permissions &permissions) override;
    void refresh() override;
    void clearSessionData() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Actions on the selected rows (or the current row when none is selected).
    void pauseSelected();
    void resumeSelected();
    void reconnectSelected();
    void copySelection() const;
    void focusSearch();
    void clearFilters();
    // Applies the search text now instead of after the debounce.
    void applySearchNow();
    // Shows one account's rows (search by its ID, all platforms and statuses),
    // with its Discord row current when it has one: the way back from the
    // Discord page.
    void showAccount(const QString &accountId);
    // Asks to open the Discord page on the current row's account (Discord rows).
    void showDiscordServers();
    bool currentRowIsDiscord() const;
    // "!": toggles the status filter between Problems and all statuses.
    void toggleProblemsOnly();

    // Keyboard triage (issue 7). Marks are kept by BotKey, so they survive
    // filtering, sorting and live updates; p/r/Shift+R act on them when any.
    void moveCurrent(int delta);
    void moveToEdge(bool last);
    void toggleMarkCurrent();
    void markRangeToCurrent();
    void markAllVisible();
    void clearMarks();
    bool isMarked(const BotKey &key) const { return m_marks.contains(key); }
    QList<BotKey> markedKeys() const { return m_markOrder; }
    // Ctrl+1..6: 0 all platforms, then Twitch, YouTube, Kick, Trovo, Discord.
    void selectPlatformFilter(int comboIndex);
    // Shift+letter: sorts by column, again to reverse.
    void sortByColumnKey(int column);
    // Ctrl+Z: sends the opposite of the last pause or resume to the same bots.
    void undoLast();
    bool canUndo() const { return m_undo.action != PendingAction::None && !m_undo.keys.isEmpty(); }
    // z: holds live updates on screen; everything catches up when unfrozen.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    // Palette: commands for bots whose account matches the query words.
    void collectPaletteItems(const PaletteQuery &query, QList<PaletteItem> &out);
    // Runs an action on bots without changing the view (the palette's way).
    void act(PendingAction action, const QList<BotKey> &keys);
    // Shows one bot: its account's rows, with this bot current.
    void showBot(const BotKey &key);

    // The bots the actions apply to: the marked ones when any are marked,
    // else the selected rows, else the current row.
    QList<BotKey> selectedKeys() const;
    // The TSV that copySelection() puts on the clipboard.
    QString selectionAsTsv() const;
    bool canEdit() const;

    // Test and automation seams.
    BotTableModel *model() const;
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *platformCombo() const { return m_platform; }
    QComboBox *statusCombo() const { return m_status; }
    QTableView *tableView() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    QLabel *markCountLabel() const { return m_markCount; }
    QLabel *frozenMark() const { return m_frozenMark; }
    QLabel *undoNote() const { return m_undoNote; }
    QProgressBar *loadProgress() const { return m_loadProgress; }
    QWidget *emptyState() const { return m_emptyPage; }
    QLabel *emptyLabel() const { return m_emptyText; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    MessageBanner *loadBanner() const { return m_loadBanner; }
    MessageBanner *operationBanner() const { return m_operationBanner; }
    MessageBanner *staleBanner() const { return m_staleBanner; }
    BotBatchPanel *batchPanel() const { return m_batchPanel; }
    ActionDelegate *actionDelegate() const { return m_actionDelegate; }
    // The open bulk confirmation (opened with open(), never exec()), if any.
    QMessageBox *confirmationBox() const;
    QTimer *searchDebounceTimer() { return &m_searchTimer; }
    // The once-a-second clock of relative times and highlights; injectable.
    void setClock(std::function<qint64()> clock);
    void updateFrozenMark();
    void tick();

    // BotCommandsObserver
    void loadStateChanged(const BotLoadState &state) override;
    void batchChanged(const BotBatchState &batch) override;
    void operationFailed(const BotOperationFailure &failure) override;

Q_SIGNALS:
    // A confirmation is on screen (tests answer it).
    void confirmationShown();
    // The operator wants this account's Discord servers.
    void discordServersRequested(const QString &accountId);
    // The page wants to be current (the palette acts on bots from any page).
    void showRequested();
    // Ctrl+Z is about to send its opposite toggle (emitted synchronously
    // right before the BotCommands call, so a log can tag that batch "undo").
    void undoAboutToBeSent(PendingAction action, const QList<BotKey> &keys);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void setUpTable();
    void retranslate();
    void fillPlatformCombo();
    void fillStatusCombo();
    void applyPlatformFilter();
    void applyStatusFilter();
    void updateCountLine();
    void updateEmptyState();
    void updateBanners();
    void updateSelectionCount();
    void applySettings();
    void onActionButton(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    // Runs action on the applicable rows among keys, after a confirmation
    // for several rows (or for one, if the settings ask for it).
    void request(PendingAction action, const QList<BotKey> &keys, bool fromButton);
    void send(PendingAction action, const QList<BotKey> &keys);
    QList<int> selectedRows() const;
    static QString actionVerb(PendingAction action);
    void updateMarkCount();
    void updateUndoNote();
    void setMarked(const BotKey &key, bool marked);
    void registerTriageActions(ActionRegistry &registry);

    QPointer<BotTableModel> m_model;
    BotCommands *m_commands = nullptr;
    QPointer<AppSettings> m_settings;
    QPointer<ActionRegistry> m_registry;

    QLineEdit *m_search = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_markCount = nullptr;
    QLabel *m_frozenMark = nullptr;
    QLabel *m_undoNote = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    MessageBanner *m_loadBanner = nullptr;
    MessageBanner *m_staleBanner = nullptr;
    MessageBanner *m_operationBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_clearFilters = nullptr;
    BotBatchPanel *m_batchPanel = nullptr;
    StatusBadgeDelegate *m_badgeDelegate = nullptr;
    ActionDelegate *m_actionDelegate = nullptr;
    QPointer<QMessageBox> m_confirm;

    QTimer m_searchTimer;
    QTimer m_clock;
    std::function<qint64()> m_now;
    BotLoadState m_load;
    quint64 m_lastFailedBatch = 0;
    bool m_headerSized = false;

    QSet<BotKey> m_marks;
    QList<BotKey> m_markOrder; // marking order, for acting in a stable order
    BotKey m_lastMark;
    struct Undo
    {
        PendingAction action = PendingAction::None; // what was sent
        QList<BotKey> keys;
    } m_undo;
    bool m_frozen = false;
};
