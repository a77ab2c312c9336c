#pragma once

#include "BotActionGuard.h"
#include "BotActionRequests.h"
#include "BotEmptyState.h"
#include "BotFilterBar.h"
#include "BotLoadProgress.h"
#include "BotMarks.h"
#include "BotStatusPane.h"
#include "BotTableView.h"
#include "BotUndo.h"

#include "models/bots/BotKey.h"
#include "models/commands/BotCommands.h"
#include "views/ShellPage.h"
#include "views/palette/PaletteItem.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class ActionDelegate;
class AppSettings;
class BotBatchPanel;
class BotConfirmDialog;
class BotTableModel;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

// The Bots page: every account x platform bot in one live table with instant
// search, platform and status filters, a count line, status badges, per-row
// Pause / Resume and Reconnect, bulk actions with confirmation and progress,
// keyboard triage (marks, undo, freeze), copy as TSV, and the loading, empty,
// error and stale states.
//
// The page coordinates its parts: the filter bar, the status pane (count
// line and banners), the table and its empty state, and the batch panel
// (widgets); the marks, the undo record and the plan of an action (BotMarks,
// BotUndo, BotActionPlan). BotPageActions puts its keys in the registry and
// BotPaletteSource its commands in the palette.
//
// It renders the BotTableModel it is given and sends every operator action
// through BotCommands (implemented by BotSyncController), saying where the
// action came from (TriageOrigin); it never touches the network. The
// commands object must outlive the page (or be detached with
// setCommands(nullptr)).
//
// Every action on bots goes through one guarded path, requestAction(),
// which BotActionRequests implements: the plan (which bots take it), the
// confirmation BotActionGuard asks for (Cancel as the default for more than
// one bot; the number of bots typed above the threshold, across platforms,
// or on a critical profile), then the commands. Other parts of the app use
// it too.
class BotTablePage final : public ShellPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTablePage)

public:
    // How requestAction() treats one request beyond the guard's rules.
    using ActionOptions = BotActionRequests::Options;

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
    void copySelectionAsMarkdown() const;
    void focusSearch() { m_filters->focusSearch(); }
    void clearFilters() { m_filters->clear(); }
    // Applies the search text now instead of after the debounce.
    void applySearchNow() { m_filters->applySearchNow(); }
    // Shows one account's rows (search by its ID, all platforms and statuses),
    // with its Discord row current when it has one: the way back from the
    // Discord page.
    void showAccount(const QString &accountId);
    // Asks to open the Discord page on the current row's account (Discord rows).
    void showDiscordServers();
    bool currentRowIsDiscord() const;
    // "!": toggles the status filter between Problems and all statuses.
    void toggleProblemsOnly() { m_filters->toggleProblemsOnly(); }

    // Keyboard triage (issue 7). Marks are kept by BotKey, so they survive
    // filtering, sorting and live updates; p/r/Shift+R act on them when any.
    void moveCurrent(int delta) { m_table->moveCurrent(delta); }
    void moveToEdge(bool last) { m_table->moveToEdge(last); }
    void toggleMarkCurrent();
    void markRangeToCurrent();
    void markAllVisible();
    void clearMarks();
    bool isMarked(const BotKey &key) const { return m_marks.contains(key); }
    QList<BotKey> markedKeys() const { return m_marks.keys(); }
    // Ctrl+1..6: 0 all platforms, then Twitch, YouTube, Kick, Trovo, Discord.
    void selectPlatformFilter(int comboIndex);
    // Shift+letter: sorts by column, again to reverse.
    void sortByColumnKey(int column) { m_table->sortByColumnKey(column); }
    // Ctrl+Z: sends the opposite of the last pause or resume to the bots
    // where it took effect and that have not changed since (see BotUndo),
    // guarded like any action; lists the ones left alone.
    void undoLast() { m_actions->undoLast(); }
    bool canUndo() const { return m_actions->undo().canUndo(); }
    // The last pause or resume is still running (Ctrl+Z says to wait).
    bool undoWaiting() const { return m_actions->undo().isWaiting(); }
    // z: holds live updates on screen; everything catches up when unfrozen.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    // Palette: commands for bots whose account matches the query words.
    void collectPaletteItems(const PaletteQuery &query, QList<PaletteItem> &out);
    // Runs an action on bots without changing the view (the palette's way),
    // through the same guard as the keys. origin, when given, is logged
    // instead of single or bulk: a TriageOrigin word such as
    // incidentRevert(), pauseFor() or plannedResume().
    void act(PendingAction action, const QList<BotKey> &keys, const QString &origin = {})
    {
        requestAction(action, keys, origin, {});
    }

    // THE guarded entry point for an action on bots, for this page and for
    // any other part of the app (an incident's revert, a planned resume):
    // plans the action on keys (bots in the wrong state, or with a request
    // in flight, are left out and said so), asks as BotActionGuard decides,
    // and sends it through the commands with origin (a TriageOrigin word;
    // empty: single or bulk by the number of bots sent). Returns at once;
    // options say what to run after sending or cancelling.
    void requestAction(PendingAction action, const QList<BotKey> &keys, const QString &origin,
                       ActionOptions options)
    {
        m_actions->request(action, keys, origin, std::move(options));
    }
    // A critical (production) profile: every bulk action needs the number
    // of bots typed.
    void setCriticalProfile(bool critical) { m_actions->setCriticalProfile(critical); }
    bool isCriticalProfile() const { return m_actions->isCriticalProfile(); }
    // The guard's rules as they apply now (settings, profile).
    BotActionGuard::Policy guardPolicy() const { return m_actions->guardPolicy(); }
    // Shows one bot: its account's rows, with this bot current.
    void showBot(const BotKey &key);

    // The bots the actions apply to: the marked ones when any are marked,
    // else the selected rows, else the current row.
    QList<BotKey> selectedKeys() const;
    // What copySelection() (TSV) and copySelectionAsMarkdown() put on the
    // clipboard: the marked bots when any are marked (those on screen in
    // table order, then those the filters hide), else the selected rows,
    // else the current row; written by ExportFormat (no formulas, no links).
    QString selectionAsTsv() const;
    QString selectionAsMarkdown() const;
    bool canEdit() const;
    // Why the server does not offer action (an older server has no
    // Reconnect); empty when it does.
    QString actionUnavailableReason(PendingAction action) const;

    // Test and automation seams.
    BotTableModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_filters->searchEdit(); }
    QComboBox *platformCombo() const { return m_filters->platformCombo(); }
    QComboBox *statusCombo() const { return m_filters->statusCombo(); }
    QTableView *tableView() const { return m_table; }
    QLabel *countLabel() const { return m_status->countLabel(); }
    QLabel *markCountLabel() const { return m_status->markCountLabel(); }
    QLabel *frozenMark() const { return m_status->frozenMark(); }
    QLabel *undoNote() const { return m_status->undoNote(); }
    QProgressBar *loadProgress() const { return m_loadProgress; }
    QWidget *emptyState() const { return m_empty; }
    QLabel *emptyLabel() const { return m_empty->label(); }
    QPushButton *clearFiltersButton() const { return m_empty->clearFiltersButton(); }
    MessageBanner *loadBanner() const { return m_status->loadBanner(); }
    MessageBanner *operationBanner() const { return m_status->operationBanner(); }
    MessageBanner *staleBanner() const { return m_status->staleBanner(); }
    BotBatchPanel *batchPanel() const { return m_batchPanel; }
    ActionDelegate *actionDelegate() const { return m_table->actionDelegate(); }
    // The open confirmation (opened with open(), never exec()), if any.
    BotConfirmDialog *confirmationBox() const;
    QTimer *searchDebounceTimer() { return m_filters->searchDebounceTimer(); }
    // The once-a-second clock of relative times and highlights; injectable.
    void setClock(std::function<qint64()> clock);
    void updateFrozenMark();
    void tick();

Q_SIGNALS:
    // A confirmation is on screen (tests answer it).
    void confirmationShown();
    // The operator wants this account's Discord servers.
    void discordServersRequested(const QString &accountId);
    // The page wants to be current (the palette acts on bots from any page).
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void connectTable();
    void retranslate();
    void applySettings();
    void updateCountLine();
    void updateEmptyState();
    void updateLoadState();
    void updateSelectionCount();
    void updateMarkCount();
    void updateUndoNote();
    void onActionButton(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    // The commands' news (BotCommands::Handlers).
    void showLoadState(const BotLoadState &state);
    void showBatch(const BotBatchState &batch);
    void showFailure(const BotOperationFailure &failure);
    void showConfirmed(const BotOperationFailure &outcome);
    // The bots Copy copies, as rows with a header row (see selectionAsTsv()).
    QList<QStringList> markedAsRows() const;
    // The page's own requests (keys, buttons, palette): requestAction()
    // with the default options.
    void request(PendingAction action, const QList<BotKey> &keys);

    QPointer<BotTableModel> m_model;
    BotCommands *m_commands = nullptr;
    QPointer<AppSettings> m_settings;
    QPointer<ActionRegistry> m_registry;

    BotFilterBar *m_filters = nullptr;
    BotLoadProgress *m_loadProgress = nullptr;
    BotStatusPane *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    BotTableView *m_table = nullptr;
    BotEmptyState *m_empty = nullptr;
    BotBatchPanel *m_batchPanel = nullptr;

    QTimer m_clock;
    std::function<qint64()> m_now;
    BotLoadState m_load;
    quint64 m_lastFailedBatch = 0;

    BotMarks m_marks;
    BotActionRequests *m_actions;
    bool m_frozen = false;
};
