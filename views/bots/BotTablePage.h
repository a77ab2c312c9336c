#pragma once

#include "BotCommands.h"
#include "BotCommandsObserver.h"

#include "models/BotKey.h"
#include "views/ShellPage.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class ActionDelegate;
class AppSettings;
class BotBanner;
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
    QProgressBar *loadProgress() const { return m_loadProgress; }
    QWidget *emptyState() const { return m_emptyPage; }
    QLabel *emptyLabel() const { return m_emptyText; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    BotBanner *loadBanner() const { return m_loadBanner; }
    BotBanner *operationBanner() const { return m_operationBanner; }
    BotBanner *staleBanner() const { return m_staleBanner; }
    BotBatchPanel *batchPanel() const { return m_batchPanel; }
    ActionDelegate *actionDelegate() const { return m_actionDelegate; }
    // The open bulk confirmation (opened with open(), never exec()), if any.
    QMessageBox *confirmationBox() const;
    QTimer *searchDebounceTimer() { return &m_searchTimer; }
    // The once-a-second clock of relative times and highlights; injectable.
    void setClock(std::function<qint64()> clock);
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

    QPointer<BotTableModel> m_model;
    BotCommands *m_commands = nullptr;
    QPointer<AppSettings> m_settings;
    QPointer<ActionRegistry> m_registry;

    QLineEdit *m_search = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    BotBanner *m_loadBanner = nullptr;
    BotBanner *m_staleBanner = nullptr;
    BotBanner *m_operationBanner = nullptr;
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
};
