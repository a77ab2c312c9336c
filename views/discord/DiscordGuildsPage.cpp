#include "DiscordGuildsPage.h"

#include "GuildListPane.h"

#include "models/commands/DiscordCommands.h"
#include "models/discord/DiscordGuildListModel.h"
#include "views/HeaderState.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/StatusPalette.h"
#include "views/widgets/UntrustedText.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString kSplitterKey = QStringLiteral("splitter");
const QString kGuildHeaderKey = QStringLiteral("guildHeader");
const QString kFeatureHeaderKey = QStringLiteral("featureHeader");

} // namespace

DiscordGuildsPage::DiscordGuildsPage(DiscordCommands *commands, AppSettings *settings,
                                     QWidget *parent)
    : ShellPage(parent)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("discordGuildsPage"));
    m_list = new GuildListPane(commands, settings, this);
    m_editor = new FeatureEditorPane(commands, this);
    m_addServer = new AddServerFlow(commands, this);

    buildUi();
    retranslateUi();
    wireParts();

    m_commands->setNoticeHandler(this,
                                 [this](const QString &message) { setStatus(message, true); });
}

// The notice handler's context is this page, so the commands never call into
// it after it is gone, whichever of the two is destroyed first.
DiscordGuildsPage::~DiscordGuildsPage() = default;

QString DiscordGuildsPage::title() const
{
    return tr("Discord guilds", "page name");
}

// --- UI ---------------------------------------------------------------------

void DiscordGuildsPage::buildUi()
{
    // Notes above both panes: read-only, stale, account filter, waiting.
    m_readOnlyNote = new MessageBanner(MessageBanner::Kind::Information, this);
    m_readOnlyNote->setObjectName(QStringLiteral("discordReadOnlyNote"));
    m_staleNote = new MessageBanner(MessageBanner::Kind::Warning, this);
    m_staleNote->setObjectName(QStringLiteral("discordStaleNote"));
    m_unavailableNote = new MessageBanner(MessageBanner::Kind::Warning, this);
    m_unavailableNote->setObjectName(QStringLiteral("discordUnavailableNote"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("discordSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setChildrenCollapsible(false);
    // The list's six columns and the editor's five each want about 700 px:
    // an even split, so the feature table (what an operator edits during an
    // incident) does not scroll sideways on a common window. restoreState
    // replaces this with what the operator chose last time.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({660, 720});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("discordStatus"));
    m_status->setTextFormat(Qt::PlainText); // carries guild names and server messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_staleNote);
    // At the top, its own height: the page's only content when it shows.
    layout->addWidget(m_unavailableNote, 0, Qt::AlignTop);
    layout->addWidget(m_list->accountBar());
    layout->addWidget(m_addServer->waitingBar());
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
}

void DiscordGuildsPage::wireParts()
{
    connect(m_list, &GuildListPane::guildRequested, this, &DiscordGuildsPage::requestGuild);
    connect(m_list, &GuildListPane::addServerRequested, this, &DiscordGuildsPage::addServer);
    connect(m_list, &GuildListPane::backToBotsRequested, this,
            &DiscordGuildsPage::backToBotsRequested);

    connect(m_editor, &FeatureEditorPane::statusMessage, this, &DiscordGuildsPage::setStatus);
    connect(m_editor, &FeatureEditorPane::actionsChanged, this, &DiscordGuildsPage::refreshActions);
    connect(m_editor, &FeatureEditorPane::openGuildGone, this, [this] {
        m_list->setOpenGuildId({});
        if (m_registry)
            m_registry->setSelectionCount(ActionContext::Discord, 0);
    });

    connect(m_addServer, &AddServerFlow::statusMessage, this, &DiscordGuildsPage::setStatus);
    connect(m_addServer, &AddServerFlow::guildConnected, this,
            [this](const QString &guildId) { selectGuild(guildId); });
}

void DiscordGuildsPage::retranslateUi()
{
    // The panes retranslate themselves; the notes and the flow's strip here.
    updatePermissionsUi(); // the read-only note
    if (isStale())
        setStale(true);
    m_addServer->retranslate();
}

void DiscordGuildsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        applyStatusColour();
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
}

bool DiscordGuildsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filteredWindow && event->type() == QEvent::Close && hasUnsavedChanges()) {
        if (!confirmDiscardChanges()) {
            event->ignore();
            return true;
        }
        m_editor->discardChanges();
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
                                    // Without a guild list the new server would never show.
                                    return m_editor->canEdit() && m_commands->isAvailable()
                                        && m_commands->guildListUnavailableReason().isEmpty();
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
                                    return m_editor->canDisconnect();
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
                                    return m_editor->canSave();
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
                                    return m_editor->canRevert();
                                }}),
              [this] { revert(); });
    refreshActions();
}

QWidget *DiscordGuildsPage::initialFocusWidget()
{
    return m_list->view();
}

void DiscordGuildsPage::setStale(bool stale)
{
    ShellPage::setStale(stale);
    if (stale)
        m_staleNote->showMessage(tr("The live connection is down: this list may be out of date "
                                    "until it comes back."));
    else
        m_staleNote->hide();
}

void DiscordGuildsPage::setPermissions(const Permissions &permissions)
{
    ShellPage::setPermissions(permissions);
    updatePermissionsUi();
    // Set at every sign-in: what this server offers is known by then.
    updateAvailability();
}

void DiscordGuildsPage::updateAvailability()
{
    const QString reason = m_commands->guildListUnavailableReason();
    if (reason.isEmpty()) {
        m_unavailableNote->hide();
        m_splitter->setVisible(true);
    } else {
        // Plainly, instead of a list that would say "Loading" forever.
        m_unavailableNote->showMessage(reason);
        m_splitter->setVisible(false);
    }
    refreshActions();
}

void DiscordGuildsPage::updatePermissionsUi()
{
    const Permissions &p = permissions();
    const bool canEdit = p.has(Permissions::BotConnectionsCreate);
    const bool canDelete = p.has(Permissions::DiscordGuildsDelete);
    const bool canSee =
        p.has(Permissions::DiscordGuildsRead) || p.has(Permissions::BotConnectionsRead);
    if (canSee && !canEdit)
        m_readOnlyNote->showMessage(tr("Read-only: you can look at every server and its feature "
                                       "mappings, but not change, add or disconnect them."));
    else
        m_readOnlyNote->hide();
    m_list->setCanAdd(canEdit);
    m_addServer->setAllowed(canEdit);
    m_editor->setPermissions(canEdit, canDelete);
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
    // The old profile's edits, wait and filters must not leak into the next
    // one; nobody is asked.
    m_editor->clear();
    m_addServer->clear();
    m_list->clear();
    setStatus({});
    updateAvailability();
}

void DiscordGuildsPage::saveState(QSettings &settings) const
{
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kGuildHeaderKey, m_list->view()->horizontalHeader()->saveState());
    settings.setValue(kFeatureHeaderKey, m_editor->featureView()->horizontalHeader()->saveState());
}

void DiscordGuildsPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    // Saved header state is checked first: QHeaderView trusts its counts.
    if (const QByteArray s = settings.value(kGuildHeaderKey).toByteArray();
        HeaderState::isPlausible(s))
        m_list->view()->horizontalHeader()->restoreState(s);
    if (const QByteArray s = settings.value(kFeatureHeaderKey).toByteArray();
        HeaderState::isPlausible(s))
        m_editor->featureView()->horizontalHeader()->restoreState(s);
}

void DiscordGuildsPage::setUrlOpener(UrlOpener opener)
{
    m_addServer->setUrlOpener(std::move(opener));
}

void DiscordGuildsPage::setDiscardPrompt(DiscardPrompt prompt)
{
    m_editor->setDiscardPrompt(std::move(prompt));
}

// --- which guild is open ------------------------------------------------------------

QString DiscordGuildsPage::currentGuildId() const
{
    return m_editor->guildId();
}

bool DiscordGuildsPage::hasUnsavedChanges() const
{
    return m_editor->hasUnsavedChanges();
}

bool DiscordGuildsPage::confirmDiscardChanges()
{
    return m_editor->confirmDiscardChanges();
}

// The operator chose another row of the list.
void DiscordGuildsPage::requestGuild(const QString &guildId)
{
    if (guildId == m_editor->guildId())
        return;
    if (!confirmDiscardChanges()) {
        m_list->syncSelection();
        return;
    }
    openGuild(guildId);
}

bool DiscordGuildsPage::selectGuild(const QString &guildId)
{
    if (!m_commands->guildModel()->contains(guildId))
        return false;
    if (guildId != m_editor->guildId()) {
        if (!confirmDiscardChanges()) {
            m_list->syncSelection();
            return false;
        }
        openGuild(guildId);
    }
    // Make the row visible even when the search or account filter hid it.
    m_list->reveal(guildId);
    m_list->syncSelection();
    return true;
}

void DiscordGuildsPage::openGuild(const QString &guildId)
{
    m_list->setOpenGuildId(guildId);
    m_editor->openGuild(guildId);
    if (m_registry)
        m_registry->setSelectionCount(ActionContext::Discord, 1);
}

// --- account filter (jump from Bots) -------------------------------------------

void DiscordGuildsPage::showAccount(const QString &accountId)
{
    m_list->showAccount(accountId);
    // Open the account's only (or first) guild, so one jump shows its mappings.
    const QString open = m_editor->guildId();
    if (!open.isEmpty()
        && m_commands->guildModel()->guild(open).accountId == m_list->accountFilter()) {
        m_list->syncSelection();
        return;
    }
    if (const QString first = m_list->firstShownGuildId(); !first.isEmpty())
        selectGuild(first);
}

void DiscordGuildsPage::showAllAccounts()
{
    m_list->showAllAccounts();
}

void DiscordGuildsPage::focusSearch()
{
    m_list->focusSearch();
}

// --- actions forwarded to the parts -----------------------------------------------

void DiscordGuildsPage::addServer()
{
    QString preselect = m_list->accountFilter();
    if (preselect.isEmpty())
        preselect = m_commands->guildModel()->guild(m_editor->guildId()).accountId;
    m_addServer->chooseAccount(preselect);
}

void DiscordGuildsPage::startAuthorization(const QString &accountId)
{
    m_addServer->start(accountId);
}

void DiscordGuildsPage::cancelAuthorization()
{
    m_addServer->cancel();
}

void DiscordGuildsPage::disconnectCurrentGuild()
{
    m_editor->disconnectGuild();
}

void DiscordGuildsPage::save()
{
    m_editor->save();
}

void DiscordGuildsPage::revert()
{
    m_editor->revert();
}

bool DiscordGuildsPage::editChannel(int featureRow)
{
    return m_editor->editChannel(featureRow);
}

bool DiscordGuildsPage::editMentionRole(int featureRow)
{
    return m_editor->editMentionRole(featureRow);
}

// --- status line -------------------------------------------------------------------

void DiscordGuildsPage::setStatus(const QString &message, bool error)
{
    m_statusIsError = error;
    applyStatusColour();
    UntrustedText::setText(m_status, message); // guild names and server messages
}

void DiscordGuildsPage::applyStatusColour()
{
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               m_statusIsError ? StatusPalette::colour(StatusPalette::State::Error, palette())
                               : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void DiscordGuildsPage::refreshActions()
{
    if (m_registry)
        m_registry->refresh();
}

// --- accessors for tests and automation ----------------------------------------------

bool DiscordGuildsPage::canEdit() const
{
    return m_editor->canEdit();
}

bool DiscordGuildsPage::canDisconnect() const
{
    return m_editor->canDelete();
}

bool DiscordGuildsPage::isWaitingForDiscord() const
{
    return m_addServer->isWaiting();
}

QLineEdit *DiscordGuildsPage::searchEdit() const
{
    return m_list->searchEdit();
}

QTableView *DiscordGuildsPage::guildView() const
{
    return m_list->view();
}

QTableView *DiscordGuildsPage::featureView() const
{
    return m_editor->featureView();
}

DiscordGuildFilterModel *DiscordGuildsPage::guildProxy() const
{
    return m_list->proxy();
}

QPushButton *DiscordGuildsPage::saveButton() const
{
    return m_editor->saveButton();
}

QPushButton *DiscordGuildsPage::revertButton() const
{
    return m_editor->revertButton();
}

QPushButton *DiscordGuildsPage::disconnectButton() const
{
    return m_editor->disconnectButton();
}

QPushButton *DiscordGuildsPage::addServerButton() const
{
    return m_list->addServerButton();
}

QPushButton *DiscordGuildsPage::takeTheirsButton() const
{
    return m_editor->takeTheirsButton();
}

QPushButton *DiscordGuildsPage::keepMineButton() const
{
    return m_editor->keepMineButton();
}

QLabel *DiscordGuildsPage::saveReasonLabel() const
{
    return m_editor->saveReasonLabel();
}

QLabel *DiscordGuildsPage::readOnlyNote() const
{
    return m_readOnlyNote->textLabel();
}

QLabel *DiscordGuildsPage::waitingLabel() const
{
    return m_addServer->waitingLabel();
}

QLabel *DiscordGuildsPage::conflictLabel() const
{
    return m_editor->conflictLabel();
}

QLabel *DiscordGuildsPage::problemsLabel() const
{
    return m_editor->problemsLabel();
}

DisconnectGuildDialog *DiscordGuildsPage::disconnectDialog() const
{
    return m_editor->disconnectDialog();
}

AddServerDialog *DiscordGuildsPage::addServerDialog() const
{
    return m_addServer->dialog();
}

DiscordPickerPopup *DiscordGuildsPage::pickerPopup() const
{
    return m_editor->pickerPopup();
}
