#include "BotTablePage.h"

#include "ActionDelegate.h"
#include "BotActionRequests.h"
#include "BotBatchPanel.h"
#include "BotConfirmDialog.h"
#include "BotLoadProgress.h"
#include "BotPageActions.h"
#include "BotPaletteSource.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/text/ExportFormat.h"
#include "models/settings/AppSettings.h"
#include "views/widgets/UntrustedText.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>


BotTablePage::BotTablePage(BotTableModel *model, BotCommands *commands, AppSettings *settings,
                           QWidget *parent)
    : ShellPage(parent)
    , m_model(model)
    , m_settings(settings)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_marks(model)
    , m_actions(new BotActionRequests(model, settings, this))
{
    Q_ASSERT(model);
    setObjectName(QStringLiteral("botsPage"));
    m_actions->setEditCheck([this] { return canEdit(); });
    buildUi();
    connectTable();
    retranslate();
    applySettings();

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &BotTablePage::tick);
    if (m_settings)
        connect(m_settings, &AppSettings::changed, this, &BotTablePage::applySettings);

    connect(m_model, &BotTableModel::countsChanged, this, &BotTablePage::updateCountLine);
    connect(m_model, &BotTableModel::extraPlatformsChanged, this, [this] {
        if (m_registry)
            m_registry->refresh(); // "Show Other Platforms Only"
    });
    // "n marked (m not shown)" follows the filters.
    connect(m_model, &BotTableModel::countsChanged, this, [this] {
        if (!m_marks.isEmpty())
            updateMarkCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BotTablePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BotTablePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BotTablePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BotTablePage::updateEmptyState);

    tick();
    updateCountLine();
    updateEmptyState();
    setCommands(commands);
}

BotTablePage::~BotTablePage()
{
    // The handlers are guarded by this page, but its children go before the
    // guard does: detach now.
    if (m_commands)
        m_commands->setHandlers(nullptr, {});
}

void BotTablePage::setCommands(BotCommands *commands)
{
    if (m_commands == commands)
        return;
    if (m_commands)
        m_commands->setHandlers(nullptr, {});
    m_commands = commands;
    m_actions->setCommands(commands);
    if (m_commands) {
        m_commands->setHandlers(
            this,
            {.loadStateChanged = [this](const BotLoadState &s) { showLoadState(s); },
             .batchChanged = [this](const BotBatchState &b) { showBatch(b); },
             .operationFailed = [this](const BotOperationFailure &f) { showFailure(f); },
             .operationConfirmed =
                 [this](const BotOperationFailure &o) {
                     showConfirmed(o);
                 }});
        showLoadState(m_commands->loadState());
    }
}

BotConfirmDialog *BotTablePage::confirmationBox() const
{
    return m_actions->confirmationBox();
}

// --- construction -------------------------------------------------------------

void BotTablePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    const int spacing = fontMetrics().height() / 2;
    layout->setSpacing(spacing);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(spacing);
    m_filters = new BotFilterBar(m_model, this);
    filterRow->addWidget(m_filters, 1);
    m_loadProgress = new BotLoadProgress(this);
    filterRow->addWidget(m_loadProgress);
    layout->addLayout(filterRow);

    m_status = new BotStatusPane(this);
    connect(m_actions, &BotActionRequests::notice, m_status, &BotStatusPane::showNotice);
    connect(m_actions, &BotActionRequests::sending, m_status, &BotStatusPane::clearOperation);
    connect(m_actions, &BotActionRequests::undoChanged, this, &BotTablePage::updateUndoNote);
    connect(m_actions, &BotActionRequests::confirmationShown, this,
            &BotTablePage::confirmationShown);
    connect(m_status, &BotStatusPane::reloadRequested, this, &BotTablePage::refresh);
    connect(m_status, &BotStatusPane::retryRequested, this, [this] {
        if (m_commands && m_lastFailedBatch)
            m_commands->retryFailed(m_lastFailedBatch);
    });
    layout->addWidget(m_status);

    m_stack = new QStackedWidget(this);
    m_table = new BotTableView(m_model, m_stack);
    m_stack->addWidget(m_table);
    m_empty = new BotEmptyState(m_stack);
    connect(m_empty, &BotEmptyState::clearFiltersRequested, this, &BotTablePage::clearFilters);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_batchPanel = new BotBatchPanel(this);
    connect(m_batchPanel, &BotBatchPanel::retryRequested, this, [this](quint64 id) {
        if (m_commands)
            m_commands->retryFailed(id);
    });
    layout->addWidget(m_batchPanel);

    // Tab order: search, platform, status (the filter bar's own), table,
    // then the empty state's button.
    setTabOrder(m_filters->statusCombo(), m_table);
    setTabOrder(m_table, m_empty->clearFiltersButton());
}

void BotTablePage::connectTable()
{
    // Enter applies the search at once and goes to the first match; Down
    // goes to the current row; Esc in an empty search goes back.
    connect(m_filters, &BotFilterBar::firstMatchRequested, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus(Qt::ShortcutFocusReason);
        m_table->goToRow(0);
    });
    connect(m_filters, &BotFilterBar::tableRequested, this, [this] {
        m_table->setFocus(Qt::TabFocusReason);
        QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            current = m_model->index(0, BotTable::AccountNameColumn);
        m_table->selectionModel()->setCurrentIndex(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_filters, &BotFilterBar::leaveRequested, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });

    m_table->setMarkedCheck([this](const QModelIndex &index) {
        return !m_marks.isEmpty()
            && m_marks.contains(index.data(BotTable::KeyRole).value<BotKey>());
    });
    connect(m_table, &BotTableView::actionButtonPressed, this, &BotTablePage::onActionButton);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BotTablePage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BotTablePage::updateSelectionCount);
    // With nothing selected the actions apply to the current row.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateSelectionCount();
        // Some actions follow the current row (Show Discord Servers), which
        // the selection count alone does not capture.
        if (m_registry)
            m_registry->refresh();
    });
}

void BotTablePage::applySettings()
{
    m_filters->setSearchDebounceMs(m_settings ? m_settings->searchDebounceMs()
                                              : AppSettings::DefaultSearchDebounceMs);
    const int staleSeconds = m_settings ? m_settings->staleHeartbeatSeconds()
                                        : AppSettings::DefaultStaleHeartbeatSeconds;
    m_model->setStaleThresholdMs(qint64(staleSeconds) * 1000);
}

void BotTablePage::retranslate()
{
    m_table->setAccessibleName(tr("Bots"));
    updateFrozenMark();
    updateMarkCount();
    updateUndoNote();
    updateCountLine();
    updateEmptyState();
    updateLoadState();
}

// --- ShellPage ----------------------------------------------------------------

QString BotTablePage::pageId() const
{
    return QStringLiteral("bots");
}

QString BotTablePage::title() const
{
    return tr("Bots");
}

ActionContext BotTablePage::actionContext() const
{
    return ActionContext::Bots;
}

void BotTablePage::registerActions(ActionRegistry &registry)
{
    m_registry = &registry;
    BotPageActions::registerAll(registry, this);
    updateSelectionCount();
}

QWidget *BotTablePage::initialFocusWidget()
{
    return m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_filters->searchEdit();
}

void BotTablePage::setStale(bool stale)
{
    ShellPage::setStale(stale);
    updateLoadState();
}

void BotTablePage::setPermissions(const Permissions &permissions)
{
    ShellPage::setPermissions(permissions);
    const bool edit = canEdit();
    m_table->actionDelegate()->setButtonsEnabled(edit);
    // Read-only viewers get no action column at all rather than dead buttons.
    m_table->setColumnHidden(BotTable::ActionColumn, !edit);
    m_table->viewport()->update();
}

bool BotTablePage::canEdit() const
{
    return permissions().has(Permissions::BotControlEdit);
}

void BotTablePage::refresh()
{
    m_status->hideLoadFailure();
    if (m_commands)
        m_commands->refresh();
}

void BotTablePage::clearSessionData()
{
    m_actions->clearSession();
    m_batchPanel->hide();
    m_status->hideOperation();
    m_lastFailedBatch = 0;
    clearMarks();
    setFrozen(false);
    clearFilters();
}

void BotTablePage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    m_filters->saveState(settings);
}

void BotTablePage::restoreState(QSettings &settings)
{
    m_table->restoreHeaderState(settings.value(QStringLiteral("header")).toByteArray());
    m_filters->restoreState(settings);
}

// --- filters and navigation ---------------------------------------------------

void BotTablePage::selectPlatformFilter(int comboIndex)
{
    m_filters->selectPlatform(comboIndex);
    updateMarkCount();
}

bool BotTablePage::currentRowIsDiscord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid()
        && Platform(current.data(BotTable::PlatformRole).toInt()) == Platform::Discord;
}

void BotTablePage::showDiscordServers()
{
    if (!currentRowIsDiscord())
        return;
    Q_EMIT discordServersRequested(
        m_table->currentIndex().data(BotTable::AccountIdRole).toString());
}

void BotTablePage::showAccount(const QString &accountId)
{
    m_filters->showAccount(accountId);
    const int row = m_model->rowForKey(BotKey {accountId, Platform::Discord});
    const int target = row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1);
    if (target >= 0) {
        const QModelIndex index = m_model->index(target, BotTable::AccountNameColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void BotTablePage::showBot(const BotKey &key)
{
    Q_EMIT showRequested();
    showAccount(key.accountId);
    const int row = m_model->rowForKey(key);
    if (row >= 0)
        m_table->goToRow(row);
}

// --- count line and states ----------------------------------------------------

void BotTablePage::updateCountLine()
{
    m_status->showCounts(m_model->counts());
    updateEmptyState();
}

void BotTablePage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const bool filtered = !m_model->searchText().isEmpty() || m_model->platformFilter().has_value()
        || m_model->statusFilter() != BotTable::StatusFilter::All;
    m_empty->setState(m_model->counts().total > 0, filtered, m_load.phase);
    const bool tableHadFocus = m_table->hasFocus();
    m_stack->setCurrentWidget(m_empty);
    if (tableHadFocus && m_empty->clearFiltersButton()->isVisible())
        m_empty->clearFiltersButton()->setFocus(Qt::OtherFocusReason);
}

void BotTablePage::updateLoadState()
{
    m_status->showLoadState(m_load, isStale());
    m_loadProgress->showLoadState(m_load);
}

void BotTablePage::updateMarkCount()
{
    m_status->showMarks(m_marks);
    m_table->viewport()->update();
    updateSelectionCount();
    if (m_registry)
        m_registry->refresh();
}

void BotTablePage::updateUndoNote()
{
    m_status->showUndo(m_actions->undo());
    if (m_registry)
        m_registry->refresh();
}

void BotTablePage::updateFrozenMark()
{
    const BotStore *store = m_model->store();
    m_status->showFrozen(m_frozen, store ? store->heldCount() : 0);
}

// --- what the commands say ----------------------------------------------------

void BotTablePage::showLoadState(const BotLoadState &state)
{
    const bool offerChanged = state.reconnectUnavailable != m_load.reconnectUnavailable;
    m_load = state;
    updateLoadState();
    updateEmptyState();
    // The server's offer changed (an older server has no Reconnect).
    if (offerChanged && m_registry)
        m_registry->refresh();
}

QString BotTablePage::actionUnavailableReason(PendingAction action) const
{
    return m_actions->unavailableReason(action);
}

void BotTablePage::showBatch(const BotBatchState &batch)
{
    // One-row requests show in the row itself (and in the banner on failure);
    // the panel is for bulk requests, including those that were all skipped.
    if (batch.total + batch.skipped > 1 || batch.id == m_batchPanel->batchId())
        m_batchPanel->setBatch(batch);
    // The undo note counts what took effect, and shows once it is known.
    m_actions->noteBatch(batch);
}

void BotTablePage::showFailure(const BotOperationFailure &failure)
{
    if (failure.outcome != BotOperationFailure::Outcome::Unknown || !failure.settling)
        m_lastFailedBatch = failure.batchId;
    if (m_batchPanel->isVisible() && m_batchPanel->batchId() == failure.batchId
        && m_batchPanel->batch().total > 1) {
        return; // the panel lists it with its own Retry
    }
    m_status->showFailure(failure);
}

void BotTablePage::showConfirmed(const BotOperationFailure &outcome)
{
    if (m_batchPanel->isVisible() && m_batchPanel->batchId() == outcome.batchId
        && m_batchPanel->batch().total > 1) {
        return; // the panel counts it
    }
    m_status->showConfirmed(outcome);
}

// --- actions ------------------------------------------------------------------

QList<BotKey> BotTablePage::selectedKeys() const
{
    if (!m_marks.isEmpty())
        return m_marks.keys();
    QList<BotKey> keys;
    const QList<int> rows = m_table->selectedRows();
    keys.reserve(rows.size());
    for (const int row : rows)
        keys.append(m_model->keyForRow(row));
    return keys;
}

void BotTablePage::updateSelectionCount()
{
    if (!m_registry)
        return;
    // Marked bots are what the actions apply to when there are any.
    int count = int(m_marks.count());
    if (count == 0) {
        for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
            count += range.height();
    }
    if (count == 0 && m_table->currentIndex().isValid())
        count = 1;
    m_registry->setSelectionCount(ActionContext::Bots, count);
}

void BotTablePage::pauseSelected()
{
    request(PendingAction::Pause, selectedKeys());
}

void BotTablePage::resumeSelected()
{
    request(PendingAction::Resume, selectedKeys());
}

void BotTablePage::reconnectSelected()
{
    request(PendingAction::Reconnect, selectedKeys());
}

void BotTablePage::onActionButton(const QModelIndex &index)
{
    if (!index.isValid() || !canEdit())
        return;
    // The button does what it showed when clicked: an explicit pause or
    // resume, never "the opposite of whatever the row is now".
    const auto action = BotAction(index.data(BotTable::ActionRole).toInt());
    const BotKey key = index.data(BotTable::KeyRole).value<BotKey>();
    if (action == BotAction::Pause)
        request(PendingAction::Pause, {key});
    else if (action == BotAction::Resume)
        request(PendingAction::Resume, {key});
}

void BotTablePage::request(PendingAction action, const QList<BotKey> &keys)
{
    m_actions->request(action, keys, {}, {});
}

void BotTablePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {})) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu(this);
    BotPageActions::fillContextMenu(menu, m_registry, this);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<QStringList> BotTablePage::markedAsRows() const
{
    if (m_marks.isEmpty() || !m_model->store())
        return m_table->selectionAsRows();
    return BotTableView::entriesAsRows(m_marks.entriesInTableOrder());
}

QString BotTablePage::selectionAsTsv() const
{
    return ExportFormat::tsv(markedAsRows());
}

QString BotTablePage::selectionAsMarkdown() const
{
    return ExportFormat::markdownTable(markedAsRows());
}

void BotTablePage::copySelection() const
{
    const QString tsv = selectionAsTsv();
    if (!tsv.isEmpty())
        QGuiApplication::clipboard()->setText(tsv);
}

void BotTablePage::copySelectionAsMarkdown() const
{
    const QString markdown = selectionAsMarkdown();
    if (!markdown.isEmpty())
        QGuiApplication::clipboard()->setText(markdown);
}

// --- marks --------------------------------------------------------------------

void BotTablePage::toggleMarkCurrent()
{
    // Space keeps its meaning on the drawn button and on real buttons.
    QWidget *focus = QApplication::focusWidget();
    if (auto *button = qobject_cast<QAbstractButton *>(focus)) {
        button->click();
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (focus == m_table && current.column() == BotTable::ActionColumn) {
        onActionButton(current);
        return;
    }
    m_marks.toggleRow(current.row());
    updateMarkCount();
}

void BotTablePage::markRangeToCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_marks.markRangeTo(current.row());
    updateMarkCount();
}

void BotTablePage::markAllVisible()
{
    m_marks.markAllVisible();
    updateMarkCount();
}

void BotTablePage::clearMarks()
{
    m_marks.clear();
    updateMarkCount();
}

// --- freeze -------------------------------------------------------------------

void BotTablePage::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    // The store holds live news aside while frozen (see BotStore::setHeld),
    // so every cell, position and count shows the same moment; the
    // operator's own actions still show. Unfreezing applies what was held
    // as one highlighted flush and moves the clock on.
    if (BotStore *store = m_model->store())
        store->setHeld(frozen);
    if (!frozen && isVisible())
        tick();
    updateFrozenMark();
    if (m_registry) {
        if (QAction *a = m_registry->action(BotPageActions::freezeId()))
            a->setText(BotPageActions::freezeText(frozen));
    }
}

// --- palette ------------------------------------------------------------------

void BotTablePage::collectPaletteItems(const PaletteQuery &query, QList<PaletteItem> &out)
{
    const BotStore *store = m_model->store();
    if (!store)
        return;
    // Each command shows the page first: where its progress and any error show.
    const QPointer<BotTablePage> page(this);
    BotPaletteSource::collect(*store, query, canEdit(),
                              {.offered =
                                   [page](PendingAction action) {
                                       return page
                                           && page->actionUnavailableReason(action).isEmpty();
                                   },
                               .act =
                                   [page](PendingAction action, const BotKey &key) {
                                       if (!page)
                                           return;
                                       Q_EMIT page->showRequested();
                                       page->act(action, {key});
                                   },
                               .showAccount =
                                   [page](const QString &accountId) {
                                       if (!page)
                                           return;
                                       Q_EMIT page->showRequested();
                                       page->showAccount(accountId);
                                   }},
                              out);
}

// --- clock and events -----------------------------------------------------------

void BotTablePage::setClock(std::function<qint64()> clock)
{
    m_now = std::move(clock);
    tick();
}

void BotTablePage::tick()
{
    if (m_frozen) {
        updateFrozenMark(); // the clock holds too: stale flags would move rows
        return;
    }
    // Only the rows on screen are announced; counts and the Stale filter
    // still follow every row (the model skips that work until a row can
    // have turned stale).
    const auto [first, last] = m_table->rowsOnScreen();
    if (first < 0)
        m_model->setNow(m_now(), 0, -1); // nothing on screen: clock and counts only
    else
        m_model->setNow(m_now(), first, last);
}

void BotTablePage::showEvent(QShowEvent *event)
{
    ShellPage::showEvent(event);
    tick();
    m_clock.start(); // only while visible: no work for a hidden page
}

void BotTablePage::hideEvent(QHideEvent *event)
{
    ShellPage::hideEvent(event);
    m_clock.stop();
}

void BotTablePage::changeEvent(QEvent *event)
{
    ShellPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}
