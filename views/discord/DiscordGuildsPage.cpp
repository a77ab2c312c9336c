#include "DiscordGuildsPage.h"

#include "views/HeaderSizing.h"
#include "views/HeaderState.h"

#include "AddServerDialog.h"
#include "DisconnectGuildDialog.h"
#include "models/commands/DiscordCommands.h"
#include "DiscordPickerPopup.h"
#include "FeatureItemDelegate.h"
#include "GuildNameDelegate.h"

#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "models/discord/GuildAvatar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kSplitterKey = QStringLiteral("splitter");
const QString kGuildHeaderKey = QStringLiteral("guildHeader");
const QString kFeatureHeaderKey = QStringLiteral("featureHeader");

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Error text that reads on both themes (the palette has no role for it).
QColor errorColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QFrame *makeBanner(QWidget *parent, const QString &objectName)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    return frame;
}

void tintBanner(QFrame *frame, const QColor &tint)
{
    QPalette p = frame->palette();
    const QColor base = frame->parentWidget()
        ? frame->parentWidget()->palette().color(QPalette::Window)
        : p.color(QPalette::Window);
    // Blend the tint into the window colour so text keeps its contrast in both themes.
    const qreal a = 0.18;
    const QColor mixed = QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                          base.greenF() * (1 - a) + tint.greenF() * a,
                                          base.blueF() * (1 - a) + tint.blueF() * a);
    p.setColor(QPalette::Window, mixed);
    frame->setPalette(p);
}

QString countdown(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, (ms + 999) / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DiscordGuildsPage::DiscordGuildsPage(DiscordCommands *commands, QWidget *parent)
    : ShellPage(parent)
    , m_commands(commands)
    , m_guilds(commands->guildModel())
    , m_features(commands->featureModel())
{
    setObjectName(QStringLiteral("discordGuildsPage"));
    m_urlOpener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    m_discardPrompt = [this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), question,
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Discard)->setText(tr("Discard Changes"));
        box.button(QMessageBox::Cancel)->setText(tr("Keep Editing"));
        return box.exec() == QMessageBox::Discard;
    };

    m_proxy = new DiscordGuildFilterModel(this);
    m_proxy->setSourceModel(m_guilds);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    m_authTimer.setInterval(1000);

    buildUi();
    retranslateUi();

    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(&m_authTimer, &QTimer::timeout, this, &DiscordGuildsPage::updateWaiting);

    connect(m_guildView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DiscordGuildsPage::onCurrentGuildChanged);
    connect(m_guilds, &DiscordGuildListModel::guildRemoved, this,
            &DiscordGuildsPage::onGuildRemoved);
    connect(m_guilds, &DiscordGuildListModel::guildConnected, this,
            &DiscordGuildsPage::onGuildConnected);
    connect(m_guilds, &QAbstractItemModel::dataChanged, this, [this] { updateGuildHeader(); });
    connect(m_guilds, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        updateAccountBar();
        // The open guild may be back in view (a snapshot after a search).
        if (!m_guildView->currentIndex().isValid())
            syncSelectionToOpenGuild();
    });
    connect(m_guilds, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        updateAccountBar();
    });
    connect(m_guilds, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateAccountBar();
    });
    connect(m_guilds, &DiscordGuildListModel::loadedChanged, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); });

    connect(m_features, &FeatureMappingModel::stateChanged, this,
            &DiscordGuildsPage::updateEditState);
    connect(m_features, &QAbstractItemModel::modelReset, this, [this] {
        // The controller cleared the editor (guild gone, signed out).
        if (!m_features->hasGuild() && m_editorState == EditorState::Ready)
            m_editorState = m_guildId.isEmpty() ? EditorState::NoGuild : EditorState::Loading;
        updateEditor();
    });
    connect(m_featureView, &QAbstractItemView::activated, this,
            &DiscordGuildsPage::onFeatureActivated);

    m_picker = new DiscordPickerPopup(this);
    connect(m_picker, &DiscordPickerPopup::chosen, this, [this](const QString &id) {
        if (m_pickerGuildId != m_features->guildId() || m_pickerRow < 0)
            return; // the guild changed while the popup was open
        if (m_pickerIsChannel)
            m_features->setChannel(m_pickerRow, id);
        else
            m_features->setMentionRole(m_pickerRow, id);
        m_featureView->setFocus();
    });

    m_commands->setNoticeHandler(this,
                                 [this](const QString &message) { setStatus(message, true); });

    updatePermissionsUi();
    updateCount();
    updateEditor();
}

// The notice handler's context is this page, so the commands never call into
// it after it is gone, whichever of the two is destroyed first.
DiscordGuildsPage::~DiscordGuildsPage() = default;

DisconnectGuildDialog *DiscordGuildsPage::disconnectDialog() const
{
    return m_disconnectDialog;
}

AddServerDialog *DiscordGuildsPage::addServerDialog() const
{
    return m_addDialog;
}

QString DiscordGuildsPage::title() const
{
    return tr("Discord guilds", "page name");
}

// --- UI ---------------------------------------------------------------------

void DiscordGuildsPage::buildUi()
{
    // Banners above the splitter: read-only, stale, account filter, waiting.
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("discordReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setMargin(6);
    m_readOnlyNote->setFrameShape(QFrame::StyledPanel);
    m_readOnlyNote->setAutoFillBackground(true);

    m_staleNote = new QLabel(this);
    m_staleNote->setObjectName(QStringLiteral("discordStaleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setMargin(6);
    m_staleNote->setFrameShape(QFrame::StyledPanel);
    m_staleNote->setAutoFillBackground(true);
    m_staleNote->hide();

    m_accountBar = makeBanner(this, QStringLiteral("discordAccountBar"));
    m_accountText = new QLabel(m_accountBar);
    m_showAll = new QPushButton(m_accountBar);
    m_showAll->setObjectName(QStringLiteral("discordShowAll"));
    m_backToBots = new QPushButton(m_accountBar);
    m_backToBots->setObjectName(QStringLiteral("discordBackToBots"));
    auto *accountLayout = new QHBoxLayout(m_accountBar);
    accountLayout->setContentsMargins(8, 4, 8, 4);
    accountLayout->addWidget(m_accountText, 1);
    accountLayout->addWidget(m_showAll);
    accountLayout->addWidget(m_backToBots);
    m_accountBar->hide();
    connect(m_showAll, &QPushButton::clicked, this, &DiscordGuildsPage::showAllAccounts);
    connect(m_backToBots, &QPushButton::clicked, this,
            [this] { Q_EMIT backToBotsRequested(m_proxy->accountFilter()); });

    m_waitingBar = makeBanner(this, QStringLiteral("discordWaitingBar"));
    m_waitingText = new QLabel(m_waitingBar);
    m_waitingText->setObjectName(QStringLiteral("discordWaitingText"));
    m_waitingText->setWordWrap(true);
    m_waitingText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openAgain = new QPushButton(m_waitingBar);
    m_retryAuth = new QPushButton(m_waitingBar);
    m_cancelAuth = new QPushButton(m_waitingBar);
    auto *waitingLayout = new QHBoxLayout(m_waitingBar);
    waitingLayout->setContentsMargins(8, 4, 8, 4);
    waitingLayout->addWidget(m_waitingText, 1);
    waitingLayout->addWidget(m_openAgain);
    waitingLayout->addWidget(m_retryAuth);
    waitingLayout->addWidget(m_cancelAuth);
    m_waitingBar->hide();
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (m_auth.active && !m_urlOpener(m_auth.url))
            QApplication::clipboard()->setText(m_auth.url.toString());
    });
    connect(m_retryAuth, &QPushButton::clicked, this,
            [this] { startAuthorization(m_auth.accountId); });
    connect(m_cancelAuth, &QPushButton::clicked, this, &DiscordGuildsPage::cancelAuthorization);

    // Left: search and the guild list.
    auto *left = new QWidget(this);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("discordSearch"));
    m_search->setClearButtonEnabled(true);
    m_addServer = new QPushButton(left);
    m_addServer->setObjectName(QStringLiteral("discordAddServer"));
    connect(m_addServer, &QPushButton::clicked, this, &DiscordGuildsPage::addServer);
    m_guildView = new QTableView(left);
    m_guildView->setObjectName(QStringLiteral("discordGuildTable"));
    m_guildView->setModel(m_proxy);
    m_guildView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guildView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_guildView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_guildView->setSortingEnabled(true);
    m_guildView->sortByColumn(int(DiscordGuildColumn::Name), Qt::AscendingOrder);
    m_guildView->setAlternatingRowColors(true);
    m_guildView->setWordWrap(false);
    m_guildView->setShowGrid(false);
    m_guildView->verticalHeader()->hide();
    m_guildView->verticalHeader()->setDefaultSectionSize(28);
    m_guildView->setIconSize(QSize(20, 20));
    m_guildView->setItemDelegateForColumn(int(DiscordGuildColumn::Name),
                                          new GuildNameDelegate(m_guildView));
    QHeaderView *gh = m_guildView->horizontalHeader();
    gh->setStretchLastSection(true);
    gh->setSectionsMovable(true);
    gh->resizeSection(int(DiscordGuildColumn::Name), 190);
    gh->resizeSection(int(DiscordGuildColumn::GuildId), 162);
    gh->resizeSection(int(DiscordGuildColumn::Account), 112);
    gh->resizeSection(int(DiscordGuildColumn::ConnectedAt), 92);
    gh->resizeSection(int(DiscordGuildColumn::Features), 66);
    widenSectionsToFitTitles(gh);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("discordGuildCount"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_addServer);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_guildView, 1);
    leftLayout->addWidget(m_count);

    // Right: the editor, or a placeholder saying why there is none.
    m_editorStack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_editorStack);
    m_placeholder->setObjectName(QStringLiteral("discordEditorPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *editor = new QWidget(m_editorStack);
    m_avatar = new QLabel(editor);
    m_avatar->setFixedSize(40, 40);
    m_guildName = new QLabel(editor);
    m_guildName->setObjectName(QStringLiteral("discordGuildName"));
    QFont nameFont = m_guildName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_guildName->setFont(nameFont);
    m_guildName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guildDetails = new QLabel(editor);
    m_guildDetails->setObjectName(QStringLiteral("discordGuildDetails"));
    m_guildDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guildDetails->setWordWrap(true);
    m_disconnect = new QPushButton(editor);
    m_disconnect->setObjectName(QStringLiteral("discordDisconnect"));
    connect(m_disconnect, &QPushButton::clicked, this, &DiscordGuildsPage::disconnectCurrentGuild);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_guildName);
    headerText->addWidget(m_guildDetails);
    auto *header = new QHBoxLayout;
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);
    header->addWidget(m_disconnect, 0, Qt::AlignTop);

    m_conflictBar = makeBanner(editor, QStringLiteral("discordConflictBar"));
    m_conflictText = new QLabel(m_conflictBar);
    m_conflictText->setObjectName(QStringLiteral("discordConflictText"));
    m_conflictText->setWordWrap(true);
    m_conflictText->setTextFormat(Qt::PlainText);
    m_takeTheirs = new QPushButton(m_conflictBar);
    m_takeTheirs->setObjectName(QStringLiteral("discordTakeTheirs"));
    m_keepMine = new QPushButton(m_conflictBar);
    m_keepMine->setObjectName(QStringLiteral("discordKeepMine"));
    auto *conflictButtons = new QVBoxLayout;
    conflictButtons->addWidget(m_takeTheirs);
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addStretch(1);
    auto *conflictLayout = new QHBoxLayout(m_conflictBar);
    conflictLayout->setContentsMargins(8, 6, 8, 6);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBar->hide();
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { m_features->resolveAllConflicts(false); });
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { m_features->resolveAllConflicts(true); });

    m_featuresTitle = new QLabel(editor);
    QFont titleFont = m_featuresTitle->font();
    titleFont.setBold(true);
    m_featuresTitle->setFont(titleFont);

    m_featureView = new QTableView(editor);
    m_featureView->setObjectName(QStringLiteral("discordFeatureTable"));
    m_featureView->setModel(m_features);
    m_featureView->setItemDelegate(new FeatureItemDelegate(m_featureView));
    m_featureView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_featureView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Channel and role open the searchable pickers (Enter, double-click);
    // the check box toggles with Space or a click.
    m_featureView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_featureView->setWordWrap(false);
    m_featureView->setShowGrid(false);
    m_featureView->verticalHeader()->hide();
    m_featureView->verticalHeader()->setDefaultSectionSize(28);
    QHeaderView *fh = m_featureView->horizontalHeader();
    fh->setStretchLastSection(true);
    fh->resizeSection(int(DiscordFeatureColumn::Feature), 215);
    fh->resizeSection(int(DiscordFeatureColumn::Enabled), 62);
    fh->resizeSection(int(DiscordFeatureColumn::Channel), 140);
    fh->resizeSection(int(DiscordFeatureColumn::MentionRole), 115);
    widenSectionsToFitTitles(fh);

    m_problems = new QLabel(editor);
    m_problems->setObjectName(QStringLiteral("discordProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    m_saveReason = new QLabel(editor);
    m_saveReason->setObjectName(QStringLiteral("discordSaveReason"));
    m_saveReason->setWordWrap(true);
    m_saveReason->setTextFormat(Qt::PlainText);
    m_revert = new QPushButton(editor);
    m_revert->setObjectName(QStringLiteral("discordRevert"));
    m_save = new QPushButton(editor);
    m_save->setObjectName(QStringLiteral("discordSave"));
    m_save->setDefault(false);
    connect(m_revert, &QPushButton::clicked, this, &DiscordGuildsPage::revert);
    connect(m_save, &QPushButton::clicked, this, &DiscordGuildsPage::save);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveReason, 1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);

    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_conflictBar);
    editorLayout->addWidget(m_featuresTitle);
    editorLayout->addWidget(m_featureView, 1);
    editorLayout->addWidget(m_problems);
    editorLayout->addLayout(saveRow);

    m_editorStack->addWidget(m_placeholder);
    m_editorStack->addWidget(editor);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("discordSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setChildrenCollapsible(false);
    // The list carries six columns; the editor reads fine narrower.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The list's columns and the editor's each want about 700 px; restoreState
    // replaces this with what the operator chose last time.
    m_splitter->setSizes({820, 560});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("discordStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_staleNote);
    layout->addWidget(m_accountBar);
    layout->addWidget(m_waitingBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
}

void DiscordGuildsPage::retranslateUi()
{
    m_readOnlyNote->setText(tr("Read-only: you can look at every server and its feature mappings, "
                               "but not change, add or disconnect them."));
    m_staleNote->setText(tr("The live connection is down: this list may be out of date until "
                            "it comes back."));
    m_showAll->setText(tr("Show All Servers"));
    m_backToBots->setText(tr("Back to Bots"));
    m_openAgain->setText(tr("Open Link Again"));
    m_retryAuth->setText(tr("Try Again"));
    m_cancelAuth->setText(tr("Cancel", "stop waiting for Discord"));
    m_search->setPlaceholderText(tr("Search by server, server ID or account"));
    m_search->setAccessibleName(tr("Search servers"));
    m_addServer->setText(tr("Add Server…"));
    m_addServer->setToolTip(tr("Add the Lumio bot to a Discord server for an account"));
    m_disconnect->setText(tr("Disconnect…"));
    m_disconnect->setToolTip(tr("Remove the bot from this server and delete its mapping"));
    m_takeTheirs->setText(tr("Take Theirs"));
    m_keepMine->setText(tr("Keep Mine"));
    m_featuresTitle->setText(tr("Feature routing"));
    m_revert->setText(tr("Revert"));
    m_save->setText(tr("Save"));
    m_guildView->setAccessibleName(tr("Discord servers"));
    m_featureView->setAccessibleName(tr("Feature mappings"));
    updateAccountBar();
    updateWaiting();
    updateCount();
    updateEditor();
}

void DiscordGuildsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) {
        tintBanner(m_accountBar, QColor(0x58, 0x65, 0xf2)); // Discord blurple
        tintBanner(m_waitingBar, QColor(0x58, 0x65, 0xf2));
        tintBanner(m_conflictBar, QColor(0xe6, 0x8c, 0x00));
        updateEditState();
    }
    ShellPage::changeEvent(event);
}

void DiscordGuildsPage::showEvent(QShowEvent *event)
{
    ShellPage::showEvent(event);
    // Closing the window with unsaved edits asks first; the shell needs no
    // hook for it because the page watches its own window.
    QWidget *w = window();
    if (w != m_filteredWindow) {
        if (m_filteredWindow)
            m_filteredWindow->removeEventFilter(this);
        m_filteredWindow = w;
        w->installEventFilter(this);
    }
    tintBanner(m_accountBar, QColor(0x58, 0x65, 0xf2));
    tintBanner(m_waitingBar, QColor(0x58, 0x65, 0xf2));
    tintBanner(m_conflictBar, QColor(0xe6, 0x8c, 0x00));
    {
        QPalette p = m_readOnlyNote->palette();
        p.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
        m_readOnlyNote->setPalette(p);
        m_staleNote->setPalette(p);
    }
}

bool DiscordGuildsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filteredWindow && event->type() == QEvent::Close && hasUnsavedChanges()) {
        if (!confirmDiscardChanges()) {
            event->ignore();
            return true;
        }
        m_features->revert();
    }
    return ShellPage::eventFilter(watched, event);
}

// --- ShellPage ----------------------------------------------------------------

void DiscordGuildsPage::registerActions(ActionRegistry &registry)
{
    m_registry = &registry;
    const auto connectTo = [this](QAction *action, auto slot) {
        if (action)
            connect(action, &QAction::triggered, this, slot);
    };
    connectTo(
        registry.add({.id = QStringLiteral("discord.refresh"),
                      .text = [] { return tr("&Reload Servers"); },
                      .toolTip = [] { return tr("Reload the servers and the open mappings"); },
                      .context = ActionContext::Discord,
                      .menu = ActionMenu::Discord,
                      .group = QStringLiteral("view"),
                      .requiresSession = true}),
        [this] { refresh(); });
    connectTo(registry.add({.id = QStringLiteral("discord.focusSearch"),
                            .text = [] { return tr("&Find Server"); },
                            .shortcuts = {QKeySequence(QKeySequence::Find)},
                            .context = ActionContext::Discord,
                            .menu = ActionMenu::Discord,
                            .group = QStringLiteral("view")}),
              [this] { focusSearch(); });
    connectTo(registry.add({.id = QStringLiteral("discord.addServer"),
                            .text = [] { return tr("&Add Server…"); },
                            .toolTip = [] { return tr("Add the bot to a Discord server"); },
                            .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                            .context = ActionContext::Discord,
                            .menu = ActionMenu::Discord,
                            .group = QStringLiteral("servers"),
                            .requiredPermission = Permissions::BotConnectionsCreate,
                            .requiresSession = true,
                            .enabledWhen =
                                [this] {
                                    return m_canEdit && m_commands->isAvailable();
                                }}),
              [this] { addServer(); });
    connectTo(registry.add({.id = QStringLiteral("discord.disconnect"),
                            .text = [] { return tr("&Disconnect Server…"); },
                            .context = ActionContext::Discord,
                            .menu = ActionMenu::Discord,
                            .group = QStringLiteral("servers"),
                            .requiredPermission = Permissions::DiscordGuildsDelete,
                            .requiresSession = true,
                            .enabledWhen =
                                [this] {
                                    return m_disconnect->isEnabled();
                                }}),
              [this] { disconnectCurrentGuild(); });
    connectTo(registry.add({.id = QStringLiteral("discord.save"),
                            .text = [] { return tr("&Save Mappings"); },
                            .shortcuts = {QKeySequence(QKeySequence::Save)},
                            .context = ActionContext::Discord,
                            .menu = ActionMenu::Discord,
                            .group = QStringLiteral("edit"),
                            .requiredPermission = Permissions::BotConnectionsCreate,
                            .requiresSession = true,
                            .enabledWhen =
                                [this] {
                                    return m_save->isEnabled();
                                }}),
              [this] { save(); });
    connectTo(registry.add({.id = QStringLiteral("discord.revert"),
                            .text = [] { return tr("Re&vert Mappings"); },
                            .context = ActionContext::Discord,
                            .menu = ActionMenu::Discord,
                            .group = QStringLiteral("edit"),
                            .requiredPermission = Permissions::BotConnectionsCreate,
                            .requiresSession = true,
                            .enabledWhen =
                                [this] {
                                    return m_revert->isEnabled();
                                }}),
              [this] { revert(); });
    refreshActions();
}

QWidget *DiscordGuildsPage::initialFocusWidget()
{
    return m_guildView;
}

void DiscordGuildsPage::setStale(bool stale)
{
    ShellPage::setStale(stale);
    m_staleNote->setVisible(stale);
}

void DiscordGuildsPage::setPermissions(const Permissions &permissions)
{
    ShellPage::setPermissions(permissions);
    m_canEdit = permissions.has(Permissions::BotConnectionsCreate);
    m_canDelete = permissions.has(Permissions::DiscordGuildsDelete);
    updatePermissionsUi();
}

void DiscordGuildsPage::updatePermissionsUi()
{
    const Permissions &p = permissions();
    const bool canSee =
        p.has(Permissions::DiscordGuildsRead) || p.has(Permissions::BotConnectionsRead);
    m_readOnlyNote->setVisible(canSee && !m_canEdit);
    m_features->setReadOnly(!m_canEdit);
    m_addServer->setVisible(m_canEdit);
    m_save->setVisible(m_canEdit);
    m_revert->setVisible(m_canEdit);
    m_disconnect->setVisible(m_canDelete);
    if (!m_canEdit && m_auth.active)
        cancelAuthorization();
    updateEditState();
}

void DiscordGuildsPage::refresh()
{
    setStatus(tr("Reloading…"));
    m_commands->refresh(this, [this](const ApiError &error) {
        if (error)
            setStatus(tr("Could not reload the servers: %1").arg(error.message), true);
        else
            setStatus(tr("Reloaded."));
    });
}

void DiscordGuildsPage::clearSessionData()
{
    // The old profile's edits must not leak into the next one; nobody is asked.
    m_features->revert();
    m_saving = false; // an answer for the old session never comes
    m_auth = {};
    m_authTimer.stop();
    m_guildId.clear();
    m_editorState = EditorState::NoGuild;
    m_proxy->setAccountFilter({});
    m_search->clear();
    if (m_disconnectDialog)
        m_disconnectDialog->reject();
    if (m_addDialog)
        m_addDialog->reject();
    m_picker->hide();
    setStatus({});
    updateWaiting();
    updateAccountBar();
    updateEditor();
}

void DiscordGuildsPage::saveState(QSettings &settings) const
{
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kGuildHeaderKey, m_guildView->horizontalHeader()->saveState());
    settings.setValue(kFeatureHeaderKey, m_featureView->horizontalHeader()->saveState());
}

void DiscordGuildsPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    // Saved header state is checked first: QHeaderView trusts its counts.
    if (const QByteArray s = settings.value(kGuildHeaderKey).toByteArray(); HeaderState::isPlausible(s))
        m_guildView->horizontalHeader()->restoreState(s);
    if (const QByteArray s = settings.value(kFeatureHeaderKey).toByteArray(); HeaderState::isPlausible(s))
        m_featureView->horizontalHeader()->restoreState(s);
}

void DiscordGuildsPage::setSearchDebounceMs(int ms)
{
    m_searchTimer.setInterval(qMax(0, ms));
}

// --- guild selection ------------------------------------------------------------

bool DiscordGuildsPage::hasUnsavedChanges() const
{
    return m_features->hasGuild() && (m_features->hasStagedChanges() || m_features->hasConflicts());
}

bool DiscordGuildsPage::confirmDiscardChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const int n = m_features->changedCount();
    const QString name = m_guilds->guild(m_guildId).name;
    return m_discardPrompt(tr("You have %n unsaved change(s) to the feature mappings of “%1”. "
                              "Discard them?",
                              nullptr, n)
                               .arg(name.isEmpty() ? m_lastGuildName : name));
}

void DiscordGuildsPage::onCurrentGuildChanged(const QModelIndex &current,
                                              const QModelIndex &previous)
{
    if (m_syncingSelection || !current.isValid())
        return; // a filter hid the row: the editor keeps its guild
    const QString id = current.data(DiscordGuildIdRole).toString();
    if (id == m_guildId)
        return;
    // Never ask in the middle of the view's own mouse or key handling.
    QTimer::singleShot(
        0, this,
        [this, id, left = QPersistentModelIndex(previous), hadPrevious = previous.isValid()] {
            // When the previous row left the view (a filter, a disconnect), the
            // selection model moved to a neighbour by itself: that is not the
            // operator choosing it, so the selection goes back to the open guild.
            if (hadPrevious && !left.isValid()) {
                syncSelectionToOpenGuild();
                return;
            }
            requestGuild(id);
        });
}

void DiscordGuildsPage::requestGuild(const QString &guildId)
{
    if (guildId == m_guildId)
        return;
    if (!confirmDiscardChanges()) {
        syncSelectionToOpenGuild();
        return;
    }
    openGuild(guildId);
}

bool DiscordGuildsPage::selectGuild(const QString &guildId)
{
    if (!m_guilds->contains(guildId))
        return false;
    if (guildId != m_guildId) {
        if (!confirmDiscardChanges()) {
            syncSelectionToOpenGuild();
            return false;
        }
        openGuild(guildId);
    }
    // Make the row visible even when the search or account filter hid it.
    if (!m_proxy->mapFromSource(m_guilds->index(m_guilds->rowOf(guildId), 0)).isValid()) {
        m_search->clear();
        m_proxy->setSearchText({});
        if (!m_proxy->accountFilter().isEmpty()
            && m_proxy->accountFilter() != m_guilds->guild(guildId).accountId)
            showAllAccounts();
    }
    syncSelectionToOpenGuild();
    return true;
}

void DiscordGuildsPage::openGuild(const QString &guildId)
{
    m_picker->hide();
    m_guildId = guildId;
    m_lastGuildName = m_guilds->guild(guildId).name;
    m_editorState = EditorState::Loading;
    m_editorError.clear();
    updateEditor();
    m_commands->openGuild(guildId, this, [this, guildId](const ApiError &error) {
        if (guildId != m_guildId)
            return;
        if (error) {
            m_editorState = EditorState::Failed;
            m_editorError = error.message;
        } else {
            m_editorState = EditorState::Ready;
        }
        updateEditor();
    });
    if (m_registry)
        m_registry->setSelectionCount(ActionContext::Discord, 1);
}

void DiscordGuildsPage::syncSelectionToOpenGuild()
{
    m_syncingSelection = true;
    const int sourceRow = m_guilds->rowOf(m_guildId);
    const QModelIndex index =
        sourceRow >= 0 ? m_proxy->mapFromSource(m_guilds->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid()) {
        m_guildView->setCurrentIndex(index);
        m_guildView->scrollTo(index);
    } else {
        m_guildView->selectionModel()->clear();
    }
    m_syncingSelection = false;
}

void DiscordGuildsPage::onGuildRemoved(const QString &guildId)
{
    if (guildId != m_guildId)
        return;
    m_picker->hide();
    m_guildId.clear();
    m_editorState = EditorState::Gone;
    if (m_registry)
        m_registry->setSelectionCount(ActionContext::Discord, 0);
    updateEditor();
}

// --- editor -------------------------------------------------------------------

void DiscordGuildsPage::updateGuildHeader()
{
    const DiscordGuild g = m_guilds->guild(m_guildId);
    if (g.guildId.isEmpty())
        return;
    m_lastGuildName = g.name;
    // The guild's icon once loaded (asking for the decoration asks for the
    // icon, even when a filter hides the row), else its initials.
    const QModelIndex cell =
        m_guilds->index(m_guilds->rowOf(g.guildId), int(DiscordGuildColumn::Name));
    const QImage icon = cell.data(DiscordIconImageRole).value<QImage>();
    if (icon.isNull()) {
        cell.data(Qt::DecorationRole);
        m_avatar->setPixmap(GuildAvatar::icon(g.guildId, g.name, 40).pixmap(QSize(40, 40)));
    } else {
        m_avatar->setPixmap(GuildNameDelegate::circularPixmap(icon, 40, devicePixelRatioF()));
    }
    m_guildName->setText(g.name);
    QStringList details;
    details.append(tr("ID %1").arg(g.guildId));
    details.append(tr("account %1").arg(g.accountName));
    if (g.connectedAt != kNoTimestamp)
        details.append(tr("connected %1")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(g.connectedAt),
                                                   QLocale::ShortFormat)));
    QString text = details.join(QStringLiteral(" · "));
    if (!g.available)
        text += QLatin1Char('\n')
            + tr("Discord reports this server as unavailable; its mapping is kept.");
    if (const QString error = m_guilds->rowError(g.guildId); !error.isEmpty())
        text += QLatin1Char('\n') + error;
    m_guildDetails->setText(text);
    m_guildDetails->setToolTip(tr("Account ID %1").arg(g.accountId));
    m_disconnect->setEnabled(m_canDelete && !m_guilds->isPending(g.guildId)
                             && m_commands->isAvailable());
    refreshActions();
}

void DiscordGuildsPage::updateEditor()
{
    const bool showEditor = !m_guildId.isEmpty()
        && (m_editorState == EditorState::Ready || m_editorState == EditorState::Loading);
    switch (m_editorState) {
    case EditorState::NoGuild:
        m_placeholder->setText(
            tr("Select a server on the left to see which channel each feature posts to."));
        break;
    case EditorState::Loading:
    case EditorState::Ready:
        break;
    case EditorState::Failed:
        m_placeholder->setText(tr("Could not load the server's channels, roles and mappings: "
                                  "%1\n\nSelect it again or reload (F5) to retry.")
                                   .arg(m_editorError));
        break;
    case EditorState::Gone:
        m_placeholder->setText(tr("“%1” was disconnected: it is no longer mapped to an account.")
                                   .arg(m_lastGuildName));
        break;
    }
    m_editorStack->setCurrentIndex(showEditor ? 1 : 0);
    if (showEditor)
        updateGuildHeader();
    m_featureView->setEnabled(m_editorState == EditorState::Ready);
    if (m_editorState == EditorState::Loading)
        m_featuresTitle->setText(tr("Feature routing — loading channels, roles and mappings…"));
    else
        m_featuresTitle->setText(tr("Feature routing"));
    updateEditState();
}

void DiscordGuildsPage::updateEditState()
{
    const bool ready = m_editorState == EditorState::Ready && m_features->hasGuild();
    QString reason = ready ? m_features->saveBlockedReason() : QString();
    if (m_saving)
        reason = tr("Saving…");
    const bool canSave = ready && m_canEdit && !m_saving && reason.isEmpty();
    m_save->setEnabled(canSave);
    m_revert->setEnabled(ready && m_canEdit && !m_saving && hasUnsavedChanges());

    // Why Save is off, next to it; "nothing to save" is not a problem.
    QPalette reasonPalette = m_saveReason->palette();
    const bool isProblem = ready && !m_saving && !canSave && m_features->hasStagedChanges();
    reasonPalette.setColor(QPalette::WindowText,
                           isProblem ? errorColour(palette())
                                     : palette().color(QPalette::PlaceholderText));
    m_saveReason->setPalette(reasonPalette);
    if (!ready)
        m_saveReason->clear();
    else if (canSave)
        m_saveReason->setText(tr("%n unsaved change(s)", nullptr, m_features->changedCount()));
    else if (!m_canEdit)
        m_saveReason->setText(tr("Read-only"));
    else if (!m_features->hasStagedChanges() && !m_features->hasConflicts()
             && m_features->isValid())
        m_saveReason->setText(tr("No unsaved changes"));
    else if (!m_features->hasConflicts() && !m_features->isValid())
        // The problems are listed right above; say what to do, not it again.
        m_saveReason->setText(tr("Save is off until the %n problem(s) above are fixed.", nullptr,
                                 int(m_features->problems().size())));
    else
        m_saveReason->setText(reason);
    m_save->setToolTip(canSave ? tr("Send the changed mappings to the server") : reason);

    // Every broken row, listed, so nothing stale is silently kept.
    const QStringList problems = ready ? m_features->problems() : QStringList();
    if (problems.isEmpty()) {
        m_problems->hide();
    } else {
        QStringList shown = problems.mid(0, 4);
        if (problems.size() > 4)
            shown.append(tr("…and %n more", nullptr, int(problems.size()) - 4));
        m_problems->setText(tr("Cannot be saved like this:") + QLatin1Char('\n')
                            + shown.join(QLatin1Char('\n')));
        QPalette p = m_problems->palette();
        p.setColor(QPalette::WindowText, errorColour(palette()));
        m_problems->setPalette(p);
        m_problems->show();
    }

    // Theirs against yours, for every row someone else changed meanwhile.
    const QList<FeatureMappingModel::Conflict> conflicts =
        ready ? m_features->conflicts() : QList<FeatureMappingModel::Conflict>();
    if (conflicts.isEmpty()) {
        m_conflictBar->hide();
    } else {
        QStringList lines;
        lines.append(tr("Someone else changed %n feature(s) of this server while you were "
                        "editing. Nothing was overwritten:",
                        nullptr, int(conflicts.size())));
        for (const FeatureMappingModel::Conflict &c : conflicts)
            lines.append(
                tr("%1 — theirs: %2; yours: %3")
                    .arg(c.feature, m_features->describe(c.theirs), m_features->describe(c.yours)));
        m_conflictText->setText(lines.join(QLatin1Char('\n')));
        m_takeTheirs->setEnabled(m_canEdit);
        m_keepMine->setEnabled(m_canEdit);
        m_conflictBar->show();
    }
    refreshActions();
}

void DiscordGuildsPage::onFeatureActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    switch (DiscordFeatureColumn(index.column())) {
    case DiscordFeatureColumn::Channel:
        editChannel(index.row());
        break;
    case DiscordFeatureColumn::MentionRole:
        editMentionRole(index.row());
        break;
    case DiscordFeatureColumn::Enabled:
        if (m_canEdit)
            m_features->setEnabled(index.row(), !m_features->value(index.row()).enabled);
        break;
    default:
        break;
    }
}

bool DiscordGuildsPage::editChannel(int featureRow)
{
    return openPicker(featureRow, true);
}

bool DiscordGuildsPage::editMentionRole(int featureRow)
{
    return openPicker(featureRow, false);
}

bool DiscordGuildsPage::openPicker(int featureRow, bool channel)
{
    if (!m_canEdit || m_features->isReadOnly() || m_editorState != EditorState::Ready
        || featureRow < 0 || featureRow >= m_features->rowCount())
        return false;
    m_pickerRow = featureRow;
    m_pickerIsChannel = channel;
    m_pickerGuildId = m_features->guildId();
    const FeatureMappingModel::Value v = m_features->value(featureRow);
    if (channel)
        m_picker->setChannels(m_features->channels(), v.channelId);
    else
        m_picker->setRoles(m_features->roles(), v.roleId);
    const auto column = channel ? DiscordFeatureColumn::Channel : DiscordFeatureColumn::MentionRole;
    const QModelIndex index = m_features->index(featureRow, int(column));
    m_featureView->setCurrentIndex(index);
    const QRect cell = m_featureView->visualRect(index);
    const QPoint topLeft = m_featureView->viewport()->mapToGlobal(cell.topLeft());
    m_picker->showBelow(QRect(topLeft, cell.size()));
    return true;
}

// --- save / revert ------------------------------------------------------------

void DiscordGuildsPage::save()
{
    if (!m_save->isEnabled() || !m_features->canSave())
        return;
    const int n = m_features->changedCount();
    const QString name = m_lastGuildName;
    m_saving = true;
    updateEditState();
    setStatus(tr("Saving %n change(s)…", nullptr, n));
    m_commands->saveStagedChanges(this, [this, n, name](const ApiError &error) {
        m_saving = false;
        if (error)
            setStatus(tr("Could not save every change to “%1”: %2. What failed is still marked "
                         "as changed; Save again to retry.")
                          .arg(name, error.message),
                      true);
        else
            setStatus(tr("Saved %n change(s) to “%1”.", nullptr, n).arg(name));
        updateEditState();
    });
}

void DiscordGuildsPage::revert()
{
    if (!hasUnsavedChanges())
        return;
    m_features->revert();
    setStatus(tr("Changes reverted."));
}

// --- disconnect ---------------------------------------------------------------

void DiscordGuildsPage::disconnectCurrentGuild()
{
    if (!m_canDelete || m_guildId.isEmpty() || !m_disconnect->isEnabled())
        return;
    const DiscordGuild g = m_guilds->guild(m_guildId);
    if (g.guildId.isEmpty())
        return;
    if (!m_disconnectDialog) {
        m_disconnectDialog = new DisconnectGuildDialog(this);
        connect(m_disconnectDialog, &QDialog::accepted, this,
                [this] { doDisconnect(m_disconnectDialog->guildId()); });
    }
    m_disconnectDialog->setGuild(g.guildId, g.name, g.accountName);
    m_disconnectDialog->open();
}

void DiscordGuildsPage::doDisconnect(const QString &guildId)
{
    const QString name = m_guilds->guild(guildId).name;
    setStatus(tr("Disconnecting “%1”…").arg(name));
    m_commands->disconnectGuild(guildId, this, [this, name](const ApiError &error) {
        if (error)
            setStatus(tr("Could not disconnect “%1”: %2").arg(name, error.message), true);
        else
            setStatus(tr("Disconnected “%1”.").arg(name));
        updateGuildHeader();
    });
    updateGuildHeader();
}

// --- add server ---------------------------------------------------------------

void DiscordGuildsPage::addServer()
{
    if (!m_canEdit)
        return;
    if (!m_addDialog) {
        m_addDialog = new AddServerDialog(this);
        connect(m_addDialog, &QDialog::accepted, this,
                [this] { startAuthorization(m_addDialog->accountId()); });
    }
    QList<AddServerDialog::AccountChoice> choices;
    for (const DiscordGuildListModel::Account &a : m_guilds->accounts())
        choices.append({a.id, a.name, a.guildCount});
    QString preselect = m_proxy->accountFilter();
    if (preselect.isEmpty())
        preselect = m_guilds->guild(m_guildId).accountId;
    m_addDialog->setAccounts(choices, preselect);
    m_addDialog->open();
}

void DiscordGuildsPage::startAuthorization(const QString &accountId)
{
    if (!m_canEdit || accountId.isEmpty())
        return;
    m_auth = {};
    m_auth.accountId = accountId;
    m_authTimer.stop();
    updateWaiting();
    setStatus(tr("Asking the server for a Discord link…"));
    m_commands->authorizeGuild(
        accountId, this,
        [this, accountId](const DiscordAuthorization &authorization, const ApiError &error) {
            if (m_auth.accountId != accountId)
                return; // cancelled or superseded
            if (error) {
                m_auth = {};
                setStatus(tr("Could not start adding a server: %1").arg(error.message), true);
                updateWaiting();
                return;
            }
            m_auth.active = true;
            m_auth.url = authorization.url;
            m_auth.expiresAt = authorization.expiresAt;
            m_authTimer.start();
            if (m_urlOpener(authorization.url)) {
                setStatus(tr("Discord opened in your browser."));
            } else {
                QApplication::clipboard()->setText(authorization.url.toString());
                setStatus(tr("Could not open a browser: the link was copied, open it by hand."),
                          true);
            }
            updateWaiting();
        });
}

void DiscordGuildsPage::cancelAuthorization()
{
    m_auth = {};
    m_authTimer.stop();
    updateWaiting();
}

void DiscordGuildsPage::updateWaiting()
{
    if (!m_auth.active && !m_auth.expired) {
        m_waitingBar->hide();
        m_authTimer.stop();
        return;
    }
    const QString account = accountName(m_auth.accountId);
    if (m_auth.active) {
        const qint64 left = m_auth.expiresAt == kNoTimestamp
            ? 0
            : m_auth.expiresAt - QDateTime::currentMSecsSinceEpoch();
        if (m_auth.expiresAt != kNoTimestamp && left <= 0) {
            m_auth.active = false;
            m_auth.expired = true;
            m_authTimer.stop();
        } else {
            m_waitingText->setText(
                tr("Waiting for Discord… Add the bot to a server in the browser for %1; this "
                   "page selects the server as soon as it is connected. The link expires in %2.")
                    .arg(account, countdown(left)));
            m_waitingText->setToolTip(m_auth.url.toString());
        }
    }
    if (m_auth.expired)
        m_waitingText->setText(
            tr("The Discord link for %1 expired before a server was connected.").arg(account));
    m_openAgain->setVisible(m_auth.active);
    m_retryAuth->setVisible(m_auth.expired);
    m_cancelAuth->setText(m_auth.expired ? tr("Dismiss")
                                         : tr("Cancel", "stop waiting for Discord"));
    m_waitingBar->show();
}

void DiscordGuildsPage::onGuildConnected(const DiscordGuild &guild)
{
    if (!m_auth.active || guild.accountId != m_auth.accountId)
        return;
    cancelAuthorization();
    setStatus(tr("“%1” is now connected to %2.").arg(guild.name, guild.accountName));
    selectGuild(guild.guildId);
}

// --- account filter (jump from Bots) -------------------------------------------

void DiscordGuildsPage::showAccount(const QString &accountId)
{
    m_proxy->setAccountFilter(accountId.trimmed().toLower());
    m_search->clear();
    m_proxy->setSearchText({});
    updateAccountBar();
    updateCount();
    // Open the account's only (or first) guild, so one jump shows its mappings.
    if (!m_guildId.isEmpty() && m_guilds->guild(m_guildId).accountId == m_proxy->accountFilter()) {
        syncSelectionToOpenGuild();
        return;
    }
    if (m_proxy->rowCount() > 0)
        selectGuild(m_proxy->index(0, 0).data(DiscordGuildIdRole).toString());
}

void DiscordGuildsPage::showAllAccounts()
{
    m_proxy->setAccountFilter({});
    updateAccountBar();
    updateCount();
    syncSelectionToOpenGuild();
}

void DiscordGuildsPage::updateAccountBar()
{
    const QString id = m_proxy->accountFilter();
    if (id.isEmpty()) {
        m_accountBar->hide();
        return;
    }
    const int n = m_proxy->rowCount();
    if (n == 0 && m_guilds->isLoaded())
        m_accountText->setText(tr("The account %1 has no Discord server.").arg(accountName(id)));
    else
        m_accountText->setText(tr("Discord servers of the account %1").arg(accountName(id)));
    m_accountBar->show();
}

QString DiscordGuildsPage::accountName(const QString &accountId) const
{
    for (const DiscordGuildListModel::Account &a : m_guilds->accounts()) {
        if (a.id == accountId)
            return a.name;
    }
    return accountId;
}

void DiscordGuildsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

// --- status ---------------------------------------------------------------------

void DiscordGuildsPage::updateCount()
{
    if (!m_guilds->isLoaded()) {
        m_count->setText(m_commands->isAvailable() ? tr("Loading servers…") : QString());
        return;
    }
    const int total = m_guilds->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(tr("%n server(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n server(s)", nullptr, total).arg(shown));
}

void DiscordGuildsPage::setStatus(const QString &message, bool error)
{
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               error ? errorColour(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    m_status->setText(message);
}

void DiscordGuildsPage::refreshActions()
{
    if (m_registry)
        m_registry->refresh();
}
