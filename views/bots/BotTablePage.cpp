#include "BotTablePage.h"

#include "ActionDelegate.h"
#include "views/widgets/MessageBanner.h"
#include "BotBatchPanel.h"
#include "BotItemDelegate.h"
#include "PlatformIcons.h"
#include "StatusBadgeDelegate.h"

#include "models/bots/BotActionRules.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/settings/AppSettings.h"
#include "views/HeaderState.h"
#include "views/ScrollAnchor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace {

const QString kPauseId = QStringLiteral("bots.pause");
const QString kResumeId = QStringLiteral("bots.resume");
const QString kReconnectId = QStringLiteral("bots.reconnect");
const QString kCopyId = QStringLiteral("bots.copy");
const QString kRefreshId = QStringLiteral("bots.refresh");
const QString kFocusSearchId = QStringLiteral("bots.focusSearch");
const QString kClearFiltersId = QStringLiteral("bots.clearFilters");
const QString kShowDiscordId = QStringLiteral("bots.showDiscordServers");

constexpr int kAllPlatforms = -1;

QString isoTime(qint64 ms)
{
    if (ms == kNoTimestamp)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// TSV fields must not contain the separators.
QString tsvField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

BotTablePage::BotTablePage(BotTableModel *model, BotCommands *commands, AppSettings *settings,
                           QWidget *parent)
    : ShellPage(parent)
    , m_model(model)
    , m_settings(settings)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    Q_ASSERT(model);
    setObjectName(QStringLiteral("botsPage"));
    buildUi();
    setUpTable();
    retranslate();
    applySettings();

    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &BotTablePage::applySearchNow);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &BotTablePage::tick);
    if (m_settings)
        connect(m_settings, &AppSettings::changed, this, &BotTablePage::applySettings);

    connect(m_model, &BotTableModel::countsChanged, this, &BotTablePage::updateCountLine);
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
    if (m_commands)
        m_commands->setObserver(nullptr);
}

void BotTablePage::setCommands(BotCommands *commands)
{
    if (m_commands == commands)
        return;
    if (m_commands)
        m_commands->setObserver(nullptr);
    m_commands = commands;
    if (m_commands) {
        m_commands->setObserver(this);
        loadStateChanged(m_commands->loadState());
    }
}

BotTableModel *BotTablePage::model() const
{
    return m_model;
}

QMessageBox *BotTablePage::confirmationBox() const
{
    return m_confirm;
}

// --- construction -------------------------------------------------------------

void BotTablePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    const int spacing = fontMetrics().height() / 2;
    layout->setSpacing(spacing);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(spacing);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("botSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(256); // names and IDs are short: a pasted document is cut, not searched
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    // Wide enough for a UUID; wider only pushes the filters away from it.
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 56);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Enter applies at once and goes to the first match (so does Down, see
    // eventFilter).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearchNow();
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus(Qt::ShortcutFocusReason);
        const QModelIndex first = m_model->index(0, BotTable::AccountNameColumn);
        m_table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(first);
    });
    filters->addWidget(m_search, 2);

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("botPlatformFilter"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &BotTablePage::applyPlatformFilter);
    filters->addWidget(m_platform);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("botStatusFilter"));
    // The long "Problems (...)" entry would size the closed box; the popup shows it whole.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(16);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BotTablePage::applyStatusFilter);
    filters->addWidget(m_status);
    filters->addStretch(1);

    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("botLoadProgress"));
    m_loadProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_loadProgress->setTextVisible(true);
    m_loadProgress->setVisible(false);
    filters->addWidget(m_loadProgress);
    layout->addLayout(filters);

    auto *countRow = new QHBoxLayout;
    countRow->setSpacing(spacing * 2);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("botCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    countRow->addWidget(m_count);
    m_markCount = new QLabel(this);
    m_markCount->setObjectName(QStringLiteral("botMarkCount"));
    m_markCount->setVisible(false);
    countRow->addWidget(m_markCount);
    m_frozenMark = new QLabel(this);
    m_frozenMark->setObjectName(QStringLiteral("botFrozenMark"));
    m_frozenMark->setVisible(false);
    {
        QFont bold = m_frozenMark->font();
        bold.setBold(true);
        m_frozenMark->setFont(bold);
        m_markCount->setFont(bold);
    }
    countRow->addWidget(m_frozenMark);
    m_undoNote = new QLabel(this);
    m_undoNote->setObjectName(QStringLiteral("botUndoNote"));
    m_undoNote->setVisible(false);
    countRow->addWidget(m_undoNote);
    countRow->addStretch(1);
    layout->addLayout(countRow);

    m_loadBanner = new MessageBanner(MessageBanner::Kind::Error, this);
    m_loadBanner->setObjectName(QStringLiteral("botLoadBanner"));
    connect(m_loadBanner, &MessageBanner::actionTriggered, this, &BotTablePage::refresh);
    layout->addWidget(m_loadBanner);

    m_staleBanner = new MessageBanner(MessageBanner::Kind::Warning, this);
    m_staleBanner->setObjectName(QStringLiteral("botStaleBanner"));
    connect(m_staleBanner, &MessageBanner::actionTriggered, this, &BotTablePage::refresh);
    layout->addWidget(m_staleBanner);

    m_operationBanner = new MessageBanner(MessageBanner::Kind::Error, this);
    m_operationBanner->setObjectName(QStringLiteral("botOperationBanner"));
    m_operationBanner->setClosable(true);
    connect(m_operationBanner, &MessageBanner::actionTriggered, this, [this] {
        m_operationBanner->hide();
        if (m_commands && m_lastFailedBatch)
            m_commands->retryFailed(m_lastFailedBatch);
    });
    layout->addWidget(m_operationBanner);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("botTable"));
    m_stack->addWidget(m_table);

    m_emptyPage = new QWidget(m_stack);
    m_emptyPage->setObjectName(QStringLiteral("botEmptyState"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    m_emptyText = new QLabel(m_emptyPage);
    m_emptyText->setObjectName(QStringLiteral("botEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont big = m_emptyText->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_emptyText->setFont(big);
    emptyLayout->addWidget(m_emptyText);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_clearFilters = new QPushButton(m_emptyPage);
    m_clearFilters->setObjectName(QStringLiteral("botClearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &BotTablePage::clearFilters);
    buttonRow->addWidget(m_clearFilters);
    buttonRow->addStretch(1);
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_emptyPage);
    layout->addWidget(m_stack, 1);

    m_batchPanel = new BotBatchPanel(this);
    connect(m_batchPanel, &BotBatchPanel::retryRequested, this, [this](quint64 id) {
        if (m_commands)
            m_commands->retryFailed(id);
    });
    layout->addWidget(m_batchPanel);

    // Tab order: search, platform, status, table, then the empty state's button.
    setTabOrder(m_search, m_platform);
    setTabOrder(m_platform, m_status);
    setTabOrder(m_status, m_table);
    setTabOrder(m_table, m_clearFilters);
}

void BotTablePage::setUpTable()
{
    m_table->setModel(m_model);
    auto *itemDelegate = new BotItemDelegate(m_table);
    itemDelegate->setMarkedCheck([this](const QModelIndex &index) {
        return !m_marks.isEmpty()
            && m_marks.contains(index.data(BotTable::KeyRole).value<BotKey>());
    });
    m_table->setItemDelegate(itemDelegate);
    m_badgeDelegate = new StatusBadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(BotTable::StatusColumn, m_badgeDelegate);
    m_actionDelegate = new ActionDelegate(m_table);
    m_table->setItemDelegateForColumn(BotTable::ActionColumn, m_actionDelegate);
    connect(m_actionDelegate, &ActionDelegate::buttonClicked, this, &BotTablePage::onActionButton);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setMouseTracking(true); // hover state for the drawn buttons
    m_table->viewport()->setAttribute(Qt::WA_Hover, true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_table, &QWidget::customContextMenuRequested, this, &BotTablePage::showContextMenu);

    QHeaderView *vertical = m_table->verticalHeader();
    vertical->setVisible(false);
    // Uniform rows: a fixed section size keeps 500,000 rows O(1) to lay out.
    vertical->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setTextElideMode(Qt::ElideRight);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BotTable::AccountNameColumn, QHeaderView::Stretch);
    // Store order is the server's (by name); show that as the starting sort
    // so the header tells the truth, then let clicks call the model's sort.
    header->setSortIndicator(BotTable::AccountNameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

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
    m_table->installEventFilter(this);
    new ScrollAnchor(m_table);
}

void BotTablePage::applySettings()
{
    const int debounce =
        m_settings ? m_settings->searchDebounceMs() : AppSettings::DefaultSearchDebounceMs;
    m_searchTimer.setInterval(debounce);
    const int staleSeconds = m_settings ? m_settings->staleHeartbeatSeconds()
                                        : AppSettings::DefaultStaleHeartbeatSeconds;
    m_model->setStaleThresholdMs(qint64(staleSeconds) * 1000);
}

void BotTablePage::retranslate()
{
    m_search->setPlaceholderText(tr("Search account name or ID"));
    m_search->setAccessibleName(tr("Search bots"));
    m_search->setToolTip(tr("Matches account name or ID, ignoring case and accents (Ctrl+F)"));
    m_platform->setAccessibleName(tr("Platform filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_table->setAccessibleName(tr("Bots"));
    m_clearFilters->setText(tr("Clear Filters"));
    fillPlatformCombo();
    fillStatusCombo();
    updateFrozenMark();
    m_frozenMark->setToolTip(tr("Live changes wait while frozen: rows, badges and counts show "
                                "the moment you froze, plus your own actions."));
    updateMarkCount();
    updateUndoNote();
    updateCountLine();
    updateEmptyState();
    updateBanners();

    // Column widths follow the font (and so the scale and the language).
    const QFontMetrics fm = m_table->fontMetrics();
    const int rowHeight = qMax(fm.height() + fm.height() / 2 + 6, 24);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setMinimumSectionSize(rowHeight);
    if (!m_headerSized) {
        QHeaderView *header = m_table->horizontalHeader();
        const int pad = fm.averageCharWidth() * 3;
        QStyleOptionViewItem option;
        option.initFrom(m_table);
        option.fontMetrics = fm;
        option.rect = QRect(0, 0, 400, rowHeight);
        header->resizeSection(
            BotTable::AccountIdColumn,
            fm.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + pad);
        int platformWidth = 0;
        for (int p = 0; p < kKnownPlatformCount; ++p)
            platformWidth =
                qMax(platformWidth, fm.horizontalAdvance(BotTableModel::platformName(Platform(p))));
        header->resizeSection(BotTable::PlatformColumn, platformWidth + fm.height() + pad * 2);
        header->resizeSection(BotTable::StatusColumn,
                              qMax(m_badgeDelegate->sizeHint(option, {}).width(),
                                   fm.horizontalAdvance(tr("Status")) + pad));
        header->resizeSection(BotTable::LastHeartbeatColumn,
                              qMax(fm.horizontalAdvance(tr("Last Heartbeat")),
                                   fm.horizontalAdvance(QStringLiteral("59 min ago")))
                                  + pad * 2);
        header->resizeSection(BotTable::ActionColumn,
                              qMax(m_actionDelegate->sizeHint(option, {}).width(),
                                   fm.horizontalAdvance(tr("Action")) + pad));
        m_headerSized = true;
    }
}

void BotTablePage::fillPlatformCombo()
{
    const QVariant current = m_platform->currentData();
    const QSignalBlocker blocker(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("All Platforms"), kAllPlatforms);
    for (int p = 0; p < kKnownPlatformCount; ++p) {
        m_platform->addItem(PlatformIcons::icon(Platform(p)),
                            BotTableModel::platformName(Platform(p)), p);
    }
    const int index = current.isValid() ? m_platform->findData(current) : 0;
    m_platform->setCurrentIndex(qMax(0, index));
}

void BotTablePage::fillStatusCombo()
{
    const QVariant current = m_status->currentData();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    using BotTable::StatusFilter;
    m_status->addItem(tr("All Statuses"), int(StatusFilter::All));
    m_status->addItem(tr("Active"), int(StatusFilter::Active));
    m_status->addItem(tr("Paused"), int(StatusFilter::Paused));
    m_status->addItem(tr("No Connection"), int(StatusFilter::NoConnection));
    m_status->addItem(tr("Stale"), int(StatusFilter::Stale));
    m_status->addItem(tr("Problems (No Connection or Stale)"), int(StatusFilter::Problems));
    const int index = current.isValid() ? m_status->findData(current) : 0;
    m_status->setCurrentIndex(qMax(0, index));
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
    auto hook = [this](QAction *action, auto slot) {
        if (action)
            connect(action, &QAction::triggered, this, slot);
    };
    // Keys follow the triage plan (issue 7): p, r, Shift+R act on the current
    // or marked rows. Single letters are safe: the search field takes its own
    // typing through ShortcutOverride.
    hook(registry.add({.id = kPauseId,
                       .text = [] { return tr("&Pause Bot"); },
                       .toolTip = [] { return tr("Pause the selected bots"); },
                       .shortcuts = {QKeySequence(Qt::Key_P)},
                       .context = ActionContext::Bots,
                       .menu = ActionMenu::Bots,
                       .group = QStringLiteral("control"),
                       .requiredPermission = Permissions::BotControlEdit,
                       .requiresSession = true,
                       .selection = SelectionRequirement::AtLeastOne}),
         &BotTablePage::pauseSelected);
    hook(registry.add({.id = kResumeId,
                       .text = [] { return tr("&Resume Bot"); },
                       .toolTip = [] { return tr("Resume the selected bots"); },
                       .shortcuts = {QKeySequence(Qt::Key_R)},
                       .context = ActionContext::Bots,
                       .menu = ActionMenu::Bots,
                       .group = QStringLiteral("control"),
                       .requiredPermission = Permissions::BotControlEdit,
                       .requiresSession = true,
                       .selection = SelectionRequirement::AtLeastOne}),
         &BotTablePage::resumeSelected);
    hook(registry.add(
             {.id = kReconnectId,
              .text = [] { return tr("Re&connect Bot"); },
              .toolTip = [] { return tr("Ask the selected bots to rejoin their channels now"); },
              .shortcuts = {QKeySequence(Qt::SHIFT | Qt::Key_R)},
              .context = ActionContext::Bots,
              .menu = ActionMenu::Bots,
              .group = QStringLiteral("control"),
              .requiredPermission = Permissions::BotControlEdit,
              .requiresSession = true,
              .selection = SelectionRequirement::AtLeastOne}),
         &BotTablePage::reconnectSelected);
    hook(registry.add({.id = kCopyId,
                       .text = [] { return tr("&Copy Rows"); },
                       .toolTip = [] { return tr("Copy the selected rows as tab-separated text"); },
                       .shortcuts = {QKeySequence(QKeySequence::Copy)},
                       .context = ActionContext::Bots,
                       .menu = ActionMenu::Bots,
                       .group = QStringLiteral("copy"),
                       .selection = SelectionRequirement::AtLeastOne}),
         &BotTablePage::copySelection);
    // No shortcut: F5 is the shell's view.refresh, which calls refresh().
    hook(registry.add({.id = kRefreshId,
                       .text = [] { return tr("Re&load Bots"); },
                       .toolTip = [] { return tr("Load every bot from the server again"); },
                       .context = ActionContext::Bots,
                       .menu = ActionMenu::Bots,
                       .group = QStringLiteral("view"),
                       .requiresSession = true}),
         &BotTablePage::refresh);
    hook(registry.add({.id = kFocusSearchId,
                       .text = [] { return tr("&Find Bot"); },
                       .shortcuts = {QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)},
                       .context = ActionContext::Bots,
                       .menu = ActionMenu::Bots,
                       .group = QStringLiteral("view")}),
         &BotTablePage::focusSearch);
    hook(registry.add({.id = kClearFiltersId,
                       .text = [] { return tr("C&lear Filters"); },
                       .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                       .context = ActionContext::Bots,
                       .menu = ActionMenu::Bots,
                       .group = QStringLiteral("view")}),
         &BotTablePage::clearFilters);
    hook(registry.add(
             {.id = kShowDiscordId,
              .text = [] { return tr("Show &Discord Servers of Account"); },
              .toolTip = [] { return tr("Open the Discord page on this account's servers"); },
              .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_G)},
              .context = ActionContext::Bots,
              .menu = ActionMenu::Bots,
              .group = QStringLiteral("navigate"),
              .requiresSession = true,
              // The registry outlives a replaced page: never capture a bare this.
              .enabledWhen =
                  [page = QPointer<BotTablePage>(this)] {
                      return page && page->currentRowIsDiscord();
                  }}),
         &BotTablePage::showDiscordServers);
    registerTriageActions(registry);
    updateSelectionCount();
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
    m_platform->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->setText(accountId);
    applySearchNow();
    const int row = m_model->rowForKey(BotKey {QUuid::fromString(accountId), Platform::Discord});
    const int target = row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1);
    if (target >= 0) {
        const QModelIndex index = m_model->index(target, BotTable::AccountNameColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

QWidget *BotTablePage::initialFocusWidget()
{
    return m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_search;
}

void BotTablePage::setStale(bool stale)
{
    ShellPage::setStale(stale);
    updateBanners();
}

void BotTablePage::setPermissions(const Permissions &permissions)
{
    ShellPage::setPermissions(permissions);
    const bool edit = canEdit();
    m_actionDelegate->setButtonsEnabled(edit);
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
    m_loadBanner->hide();
    if (m_commands)
        m_commands->refresh();
}

void BotTablePage::clearSessionData()
{
    if (m_confirm)
        m_confirm->reject();
    m_batchPanel->hide();
    m_operationBanner->hide();
    m_lastFailedBatch = 0;
    clearMarks();
    m_undo = {};
    updateUndoNote();
    setFrozen(false);
    clearFilters();
}

void BotTablePage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("platform"), m_platform->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
}

void BotTablePage::restoreState(QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    if (HeaderState::isPlausible(header) && m_table->horizontalHeader()->restoreState(header))
        m_headerSized = true;
    const QVariant platform = settings.value(QStringLiteral("platform"));
    if (platform.isValid())
        m_platform->setCurrentIndex(qMax(0, m_platform->findData(platform.toInt())));
    const QVariant status = settings.value(QStringLiteral("status"));
    if (status.isValid())
        m_status->setCurrentIndex(qMax(0, m_status->findData(status.toInt())));
}

// --- filters ------------------------------------------------------------------

void BotTablePage::applySearchNow()
{
    m_searchTimer.stop();
    if (m_model->searchText() != m_search->text())
        m_model->setSearchText(m_search->text());
}

void BotTablePage::applyPlatformFilter()
{
    const int value = m_platform->currentData().toInt();
    m_model->setPlatformFilter(value == kAllPlatforms ? std::nullopt
                                                      : std::optional<Platform>(Platform(value)));
}

void BotTablePage::applyStatusFilter()
{
    m_model->setStatusFilter(BotTable::StatusFilter(m_status->currentData().toInt()));
}

void BotTablePage::clearFilters()
{
    m_search->clear();
    applySearchNow();
    m_platform->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void BotTablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

// --- count line and states ----------------------------------------------------

void BotTablePage::updateCountLine()
{
    const BotTableModel::Counts c = m_model->counts();
    const QLocale locale;
    QString text = tr("%1 of %2 bots - %3 active, %4 paused, %5 no connection")
                       .arg(locale.toString(qint64(c.visible)), locale.toString(qint64(c.total)),
                            locale.toString(qint64(c.active)), locale.toString(qint64(c.paused)),
                            locale.toString(qint64(c.noConnection)));
    if (c.stale > 0)
        text += tr(", %1 stale").arg(locale.toString(qint64(c.stale)));
    m_count->setText(text);
    updateEmptyState();
}

void BotTablePage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool anyRows = m_model->counts().total > 0;
    const bool filtered = !m_model->searchText().isEmpty() || m_model->platformFilter().has_value()
        || m_model->statusFilter() != BotTable::StatusFilter::All;
    if (!empty) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (anyRows || filtered) {
        m_emptyText->setText(tr("No bots match"));
        m_clearFilters->setVisible(filtered);
    } else if (m_load.phase == BotLoadState::Phase::Loading
               || m_load.phase == BotLoadState::Phase::Connecting) {
        m_emptyText->setText(tr("Loading bots…"));
        m_clearFilters->setVisible(false);
    } else if (m_load.phase == BotLoadState::Phase::Error) {
        m_emptyText->setText(tr("No bots loaded"));
        m_clearFilters->setVisible(false);
    } else {
        m_emptyText->setText(tr("No bots yet"));
        m_clearFilters->setVisible(false);
    }
    const bool tableHadFocus = m_table->hasFocus();
    m_stack->setCurrentWidget(m_emptyPage);
    if (tableHadFocus && m_clearFilters->isVisible())
        m_clearFilters->setFocus(Qt::OtherFocusReason);
}

void BotTablePage::updateBanners()
{
    // Load errors: where the operator looks first, with Retry.
    if (m_load.phase == BotLoadState::Phase::Error) {
        const QString message = m_load.errorMessage.isEmpty()
            ? tr("The server cannot be reached.")
            : tr("The server cannot be reached: %1").arg(m_load.errorMessage);
        m_loadBanner->showMessage(message, tr("Retry"));
    } else {
        m_loadBanner->hide();
    }

    const bool connectionDown = m_load.everLoaded && !m_load.live
        && m_load.phase != BotLoadState::Phase::Error && m_load.phase != BotLoadState::Phase::Idle;
    if (isStale() || connectionDown) {
        m_staleBanner->showMessage(
            tr("Live updates are interrupted. The table shows the last known state and "
               "catches up when the connection is back."),
            tr("Reconnect"));
    } else {
        m_staleBanner->hide();
    }

    const bool loading = m_load.phase == BotLoadState::Phase::Loading;
    m_loadProgress->setVisible(loading);
    if (loading) {
        const QLocale locale;
        if (m_load.totalRows > 0) {
            m_loadProgress->setRange(0, m_load.totalRows);
            m_loadProgress->setValue(qMin(m_load.rowsLoaded, m_load.totalRows));
            m_loadProgress->setFormat(
                tr("Loading %1 of %2 bots")
                    .arg(locale.toString(m_load.rowsLoaded), locale.toString(m_load.totalRows)));
        } else {
            m_loadProgress->setRange(0, 0); // busy until the first page says how many
            m_loadProgress->setFormat(tr("Loading bots…"));
        }
        m_loadProgress->setAccessibleName(m_loadProgress->format());
    }
}

void BotTablePage::loadStateChanged(const BotLoadState &state)
{
    m_load = state;
    updateBanners();
    updateEmptyState();
}

void BotTablePage::batchChanged(const BotBatchState &batch)
{
    // One-row requests show in the row itself (and in the banner on failure);
    // the panel is for bulk requests, including those that were all skipped.
    if (batch.total + batch.skipped > 1 || batch.id == m_batchPanel->batchId())
        m_batchPanel->setBatch(batch);
}

void BotTablePage::operationFailed(const BotOperationFailure &failure)
{
    m_lastFailedBatch = failure.batchId;
    if (m_batchPanel->isVisible() && m_batchPanel->batchId() == failure.batchId
        && m_batchPanel->batch().total > 1) {
        return; // the panel lists it with its own Retry
    }
    const QString who = failure.accountName.isEmpty()
        ? failure.key.accountId.toString(QUuid::WithoutBraces)
        : failure.accountName;
    QString what;
    switch (failure.action) {
    case PendingAction::Pause:
        what = tr("Could not pause %1 on %2: %3");
        break;
    case PendingAction::Resume:
        what = tr("Could not resume %1 on %2: %3");
        break;
    case PendingAction::Reconnect:
    case PendingAction::None:
        what = tr("Could not reconnect %1 on %2: %3");
        break;
    }
    m_operationBanner->showMessage(
        what.arg(who, BotTableModel::platformName(failure.key.platform), failure.message),
        tr("Retry"));
}

// --- actions ------------------------------------------------------------------

QList<int> BotTablePage::selectedRows() const
{
    QList<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    return rows;
}

QList<BotKey> BotTablePage::selectedKeys() const
{
    if (!m_markOrder.isEmpty())
        return m_markOrder;
    QList<BotKey> keys;
    const QList<int> rows = selectedRows();
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
    int count = int(m_marks.size());
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
    request(PendingAction::Pause, selectedKeys(), false);
}

void BotTablePage::resumeSelected()
{
    request(PendingAction::Resume, selectedKeys(), false);
}

void BotTablePage::reconnectSelected()
{
    request(PendingAction::Reconnect, selectedKeys(), false);
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
        request(PendingAction::Pause, {key}, true);
    else if (action == BotAction::Resume)
        request(PendingAction::Resume, {key}, true);
}

QString BotTablePage::actionVerb(PendingAction action)
{
    switch (action) {
    case PendingAction::Pause:
        return tr("Pause", "confirmation button");
    case PendingAction::Resume:
        return tr("Resume", "confirmation button");
    case PendingAction::Reconnect:
    case PendingAction::None:
        break;
    }
    return tr("Reconnect", "confirmation button");
}

void BotTablePage::request(PendingAction action, const QList<BotKey> &keys, bool fromButton)
{
    if (!m_commands || !canEdit() || keys.isEmpty())
        return;
    // Which of the rows the action applies to, and on which platforms.
    QList<BotKey> applicable;
    std::map<int, int> perPlatform;
    QString singleName;
    for (const BotKey &key : keys) {
        // Judged from the store: marked bots may be filtered out of view.
        const BotStore *store = m_model->store();
        const qsizetype storeRow = store ? store->rowForKey(key) : -1;
        if (storeRow < 0)
            continue;
        const BotStore::Row &r = store->row(storeRow);
        if (r.pending != PendingAction::None || !actionFits(action, r.status))
            continue;
        applicable.append(key);
        ++perPlatform[int(key.platform)];
        singleName = store->accountName(storeRow);
    }
    const int skipped = int(keys.size() - applicable.size());

    if (keys.size() == 1) {
        // One row: a pending row or one already in that state is a no-op by
        // design (double clicks, repeated keys).
        if (applicable.isEmpty())
            return;
        Q_UNUSED(fromButton)
        if (!m_settings || !m_settings->confirmSingleToggle()) {
            send(action, applicable);
            return;
        }
    }

    if (applicable.isEmpty()) {
        m_operationBanner->setKind(MessageBanner::Kind::Information);
        m_operationBanner->showMessage(
            tr("None of the %n selected bots can be changed this way (already in that "
               "state, no connection, or a request in flight).",
               nullptr, int(keys.size())));
        return;
    }

    QStringList platforms;
    for (const auto &[platform, count] : perPlatform) {
        platforms.append(
            tr("%1 on %2")
                .arg(QLocale().toString(count), BotTableModel::platformName(Platform(platform))));
    }
    QString question;
    const int n = int(applicable.size());
    switch (action) {
    case PendingAction::Pause:
        question =
            n == 1 ? tr("Pause the bot of %1?").arg(singleName) : tr("Pause %n bots?", nullptr, n);
        break;
    case PendingAction::Resume:
        question = n == 1 ? tr("Resume the bot of %1?").arg(singleName)
                          : tr("Resume %n bots?", nullptr, n);
        break;
    case PendingAction::Reconnect:
    case PendingAction::None:
        question = n == 1 ? tr("Reconnect the bot of %1?").arg(singleName)
                          : tr("Reconnect %n bots?", nullptr, n);
        break;
    }
    QString details = platforms.join(QLatin1String(", "));
    if (skipped > 0) {
        details += QLatin1Char('\n')
            + (skipped == 1 ? tr("1 selected bot will be skipped: already in that state, "
                                 "without a connection, or with a request in flight.")
                            : tr("%n selected bots will be skipped: already in that state, "
                                 "without a connection, or with a request in flight.",
                                 nullptr, skipped));
    }

    if (m_confirm)
        m_confirm->reject();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm"), question,
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("botConfirmation"));
    box->setInformativeText(details);
    box->button(QMessageBox::Ok)
        ->setText(n == 1 ? actionVerb(action)
                         : tr("%1 %n Bots", nullptr, n).arg(actionVerb(action)));
    box->setDefaultButton(QMessageBox::Ok);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, action, applicable](int) {
        if (box->clickedButton() == box->button(QMessageBox::Ok))
            send(action, applicable);
    });
    box->open();
    Q_EMIT confirmationShown();
}

void BotTablePage::send(PendingAction action, const QList<BotKey> &keys)
{
    if (!m_commands)
        return;
    m_operationBanner->hide();
    m_operationBanner->setKind(MessageBanner::Kind::Error);
    if (action == PendingAction::Pause || action == PendingAction::Resume) {
        m_undo = {action, keys};
        updateUndoNote();
    }
    switch (action) {
    case PendingAction::Pause:
        m_commands->pause(keys);
        break;
    case PendingAction::Resume:
        m_commands->resume(keys);
        break;
    case PendingAction::Reconnect:
        m_commands->reconnect(keys);
        break;
    case PendingAction::None:
        break;
    }
}

void BotTablePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {})) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu(this);
    if (m_registry) {
        for (const QString &id : {kPauseId, kResumeId, kReconnectId}) {
            QAction *action = m_registry->action(id);
            if (action && action->isVisible())
                menu.addAction(action);
        }
        if (!menu.isEmpty())
            menu.addSeparator();
        if (QAction *copy = m_registry->action(kCopyId))
            menu.addAction(copy);
    } else {
        if (canEdit()) {
            menu.addAction(tr("Pause"), this, &BotTablePage::pauseSelected);
            menu.addAction(tr("Resume"), this, &BotTablePage::resumeSelected);
            menu.addAction(tr("Reconnect"), this, &BotTablePage::reconnectSelected);
            menu.addSeparator();
        }
        menu.addAction(tr("Copy"), this, &BotTablePage::copySelection);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QString BotTablePage::selectionAsTsv() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return {};
    QStringList lines;
    lines.reserve(rows.size() + 1);
    lines.append(QStringList {tr("Account"), tr("Account ID"), tr("Platform"), tr("Status"),
                              tr("Last Heartbeat (UTC)")}
                     .join(QLatin1Char('\t')));
    for (const int row : rows) {
        const BotStatusEntry e = m_model->entryForRow(row);
        lines.append(QStringList {tsvField(e.accountName), e.accountId,
                                  QString(platformToWire(e.platform)),
                                  QString(botStatusToWire(e.status)), isoTime(e.lastHeartbeatAt)}
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void BotTablePage::copySelection() const
{
    const QString tsv = selectionAsTsv();
    if (!tsv.isEmpty())
        QGuiApplication::clipboard()->setText(tsv);
}

// --- clock --------------------------------------------------------------------

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
    const int first = m_table->rowAt(0);
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (first < 0) {
        m_model->setNow(m_now(), 0, -1); // nothing on screen: clock and counts only
        return;
    }
    if (last < 0)
        last = m_model->rowCount() - 1; // the rows end above the viewport's bottom
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

// --- events -------------------------------------------------------------------

void BotTablePage::changeEvent(QEvent *event)
{
    ShellPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange) {
        m_headerSized = false;
        retranslate();
    }
}

bool BotTablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Escape) {
            // Esc clears the search; a second Esc goes back to the table.
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                applySearchNow();
            } else {
                m_table->setFocus(Qt::ShortcutFocusReason);
            }
            return true;
        }
        if (watched == m_table && (key->key() == Qt::Key_Home || key->key() == Qt::Key_End)
            && key->modifiers() == Qt::NoModifier) {
            // Home/End move the current row (k9s, htop); Left/Right reach the
            // action cell.
            moveToEdge(key->key() == Qt::Key_End);
            return true;
        }
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_table->currentIndex().column() == BotTable::ActionColumn) {
            // Enter on the action cell presses its button, like Space. Not
            // through activated(): some styles activate on a single click.
            onActionButton(m_table->currentIndex());
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && m_model->rowCount() > 0) {
            applySearchNow();
            m_table->setFocus(Qt::TabFocusReason);
            QModelIndex current = m_table->currentIndex();
            if (!current.isValid())
                current = m_model->index(0, BotTable::AccountNameColumn);
            m_table->selectionModel()->setCurrentIndex(
                current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return ShellPage::eventFilter(watched, event);
}
