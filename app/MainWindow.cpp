#include "MainWindow.h"

#include "PageWiring.h"
#include "ProfileStore.h"
#include "Session.h"
#include "ShellActions.h"
#include "models/settings/AppSettings.h"
#include "models/text/DisplayText.h"
#include "views/AccountDialog.h"
#include "views/HeaderState.h"
#include "views/PlaceholderPage.h"
#include "views/SettingsDialog.h"
#include "views/ShellPage.h"
#include "views/ShortcutHelpDialog.h"
#include "views/SignInDialog.h"
#include "views/StatusBarWidgets.h"
#include "views/palette/CommandPalette.h"
#include "views/palette/RegistryPaletteSource.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/UntrustedText.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QFrame>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kStateCheck = QStringLiteral("mainWindow/stateCheck"); // see WindowState
const QString kPage = QStringLiteral("mainWindow/currentPage");
constexpr int kStateVersion = 1;

QString pageGroup(const QString &pageId)
{
    return QStringLiteral("pages/") + pageId;
}
} // namespace

MainWindow::MainWindow(Session &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actions.setShortcutWidget(this);
    m_actions.setPermissionCheck(
        [this](const QString &permission) { return m_session.permissions().has(permission); });

    // The central area: the critical profile's band over the page stack.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_criticalBand = new MessageBanner(MessageBanner::Kind::Error, central);
    m_criticalBand->setObjectName(QStringLiteral("criticalBand"));
    m_criticalBand->hide();
    centralLayout->addWidget(m_criticalBand);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_botsMenu = menuBar()->addMenu(QString());
    m_botsMenu->setObjectName(QStringLiteral("botsMenu"));
    m_discordMenu = menuBar()->addMenu(QString());
    m_discordMenu->setObjectName(QStringLiteral("discordMenu"));
    m_triageMenu = menuBar()->addMenu(QString());
    m_triageMenu->setObjectName(QStringLiteral("triageMenu"));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    // Status bar, in reading order: who, where, what may be done (the session
    // marks), how fresh, how the server differs, the connection.
    m_sessionMarks = new SessionMarks(m_session, m_criticalBand, this);
    m_staleMark = new StatusMark(this);
    m_staleMark->setObjectName(QStringLiteral("staleMark"));
    m_connection = new ConnectionStatusWidget(this);
    m_serverDifferences = new ServerDifferencesMark(m_session, this);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(m_staleMark);
    statusBar()->addPermanentWidget(m_serverDifferences->button());
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_connection);
    connect(m_connection, &ConnectionStatusWidget::retryRequested, &m_session,
            &Session::retryConnection);

    m_palette = new CommandPalette(this);
    m_palette->setSettings(&m_settings.settings());
    m_palette->addSource(registryPaletteSource(m_actions, QStringLiteral("view.palette")));

    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);

    registerShellActions(*this, m_session);
    connect(&m_actions, &ActionRegistry::actionAdded, this, &MainWindow::rebuildMenus);

    installPages(*this, m_session, m_settings);

    connect(&m_session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(&m_session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(&m_session, &Session::authenticationRequired, this,
            &MainWindow::onAuthenticationRequired);
    connect(&m_session, &Session::connectionStateChanged, this, &MainWindow::setConnectionState);
    connect(&m_session, &Session::capabilitiesChanged, this, [this] {
        m_actions.refresh(); // what the server offers decides what is shown
        updateServerMark();
    });
    connect(&m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (m_signIn)
            m_signIn->setBusy(state == Session::State::SigningIn);
    });
    connect(&m_session, &Session::credentialStoreFailed, this, [this](const QString &message) {
        statusBar()->showMessage(
            DisplayText::message(
                tr("The system keychain could not keep the token (%1). You will be asked for it "
                   "next time.")
                    .arg(message)),
            15000);
    });
    connect(&m_session, &Session::signInFailed, this,
            [this](const QString &message, const QString &details) {
                // Show first: filling in the profile clears the dialog's message.
                if (!m_signIn || !m_signIn->isVisible())
                    showSignIn();
                ensureSignInDialog()->showError(message, details);
            });

    rebuildMenus();
    retranslate();
    updateSessionWidgets();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

ShortcutHelpDialog *MainWindow::shortcutHelpDialog() const
{
    return m_help;
}

// --- actions ---------------------------------------------------------------

void MainWindow::rebuildMenus()
{
    const std::pair<QMenu *, ActionMenu> menus[] = {
        {m_fileMenu, ActionMenu::File},     {m_viewMenu, ActionMenu::View},
        {m_botsMenu, ActionMenu::Bots},     {m_discordMenu, ActionMenu::Discord},
        {m_triageMenu, ActionMenu::Triage}, {m_helpMenu, ActionMenu::Help},
    };
    for (const auto &[menu, which] : menus) {
        menu->clear();
        m_actions.populateMenu(menu, which);
        menu->menuAction()->setVisible(!menu->isEmpty());
    }
    m_toolBar->clear();
    m_actions.populateToolBar(m_toolBar);
}

// --- pages -----------------------------------------------------------------

void MainWindow::addPage(ShellPage *page)
{
    Q_ASSERT(page);
    const QString id = page->pageId();
    const int existing = pageIds().indexOf(id);
    const bool wasCurrent = existing >= 0 && m_stack->currentIndex() == existing;
    if (existing >= 0) {
        ShellPage *old = m_pages.at(existing);
        m_stack->removeWidget(old);
        old->deleteLater();
        m_pages[existing] = page;
        m_stack->insertWidget(existing, page);
    } else {
        m_pages.append(page);
        m_stack->addWidget(page);
    }
    // A replaced page's actions go with it: the new page declares its own.
    for (const QString &actionId : m_pageActionIds.take(id))
        m_actions.remove(actionId);
    const QStringList before = m_actions.ids();
    page->registerActions(m_actions);
    QStringList added = m_actions.ids();
    added.erase(added.begin(), added.begin() + before.size());
    m_pageActionIds.insert(id, added);
    page->setPermissions(m_session.permissions());
    page->setStale(m_stale);
    {
        QSettings &s = m_settings.settings();
        s.beginGroup(pageGroup(id));
        // Only what this app saved: Qt's header and splitter state readers
        // trust their counts (see views/HeaderState.h).
        if (WindowState::groupMatches(s))
            page->restoreState(s);
        s.endGroup();
    }
    connect(page, &ShellPage::titleChanged, this, [this] {
        m_actions.retranslate();
        updateTitle();
    });
    registerPageSwitchAction(*this, m_pageGroup, page,
                             existing >= 0 ? existing : int(m_pages.size()) - 1);
    if (wasCurrent || m_pages.size() == 1)
        setCurrentPage(id);
    m_actions.retranslate();
    rebuildMenus();
}

ShellPage *MainWindow::page(const QString &pageId) const
{
    for (ShellPage *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const ShellPage *p : m_pages)
        ids.append(p->pageId());
    return ids;
}

ShellPage *MainWindow::currentPage() const
{
    return qobject_cast<ShellPage *>(m_stack->currentWidget());
}

QString MainWindow::currentPageId() const
{
    const ShellPage *p = currentPage();
    return p ? p->pageId() : QString();
}

void MainWindow::setCurrentPage(const QString &pageId)
{
    ShellPage *p = page(pageId);
    if (!p)
        return;
    const bool changed = m_stack->currentWidget() != p;
    m_stack->setCurrentWidget(p);
    m_actions.setCurrentContext(p->actionContext());
    if (QAction *a = m_actions.action(QStringLiteral("view.page.") + pageId))
        a->setChecked(true);
    updateTitle();
    if (isVisible())
        p->initialFocusWidget()->setFocus(Qt::OtherFocusReason);
    if (changed)
        Q_EMIT currentPageChanged(pageId);
}

void MainWindow::stepPage(int delta)
{
    if (m_pages.isEmpty())
        return;
    const int count = int(m_pages.size());
    const int next = ((m_stack->currentIndex() + delta) % count + count) % count;
    setCurrentPage(m_pages.at(next)->pageId());
}

// --- connection and staleness ----------------------------------------------

void MainWindow::setDataStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    for (ShellPage *p : std::as_const(m_pages))
        p->setStale(stale);
    m_staleMark->setVisible(stale);
    Q_EMIT staleChanged(stale);
}

void MainWindow::setConnectionState(const ConnectionState &state)
{
    m_connection->setState(state);
    updateStale();
}

void MainWindow::setPolling(const ConnectionStatusWidget::Polling &polling)
{
    m_polling = polling;
    m_connection->setPolling(m_session.isSignedIn() ? polling : ConnectionStatusWidget::Polling());
    updateStale();
}

void MainWindow::updateStale()
{
    if (!m_session.isSignedIn())
        return;
    // Polled data is as fresh as the last reload: stale only while reloading fails.
    if (m_polling.active) {
        setDataStale(m_polling.failing && m_polling.updatedAtMs > 0);
        return;
    }
    // Data that arrived over a connection that is gone may be out of date;
    // a first connection attempt changes nothing.
    switch (m_connection->state().kind()) {
    case ConnectionState::Kind::Live:
        setDataStale(false);
        break;
    case ConnectionState::Kind::Connecting:
        break;
    case ConnectionState::Kind::Reconnecting:
    case ConnectionState::Kind::Offline:
    case ConnectionState::Kind::Unauthorized:
        setDataStale(true);
        break;
    }
}

// --- session ---------------------------------------------------------------

SignInDialog *MainWindow::ensureSignInDialog()
{
    if (m_signIn)
        return m_signIn;
    m_signIn = new SignInDialog(this);
    m_signIn->setWindowModality(Qt::WindowModal);
    connect(m_signIn, &SignInDialog::signInRequested, &m_session, &Session::signIn);
    connect(m_signIn, &SignInDialog::profileSelected, this, [this](const QString &name) {
        QPointer<SignInDialog> dialog = m_signIn;
        // The token saved for this profile at its URL's origin: the dialog
        // forgets it as soon as the URL points elsewhere.
        const ServerProfile profile = m_session.profiles().profile(name);
        m_session.checkStoredToken(profile, [dialog, profile](bool available) {
            if (dialog)
                dialog->setStoredTokenAvailable(available, profile.graphqlUrl);
        });
    });
    connect(m_signIn, &SignInDialog::deleteProfileRequested, this, [this](const QString &name) {
        QMessageBox box(
            QMessageBox::Question, tr("Delete profile"),
            tr("Delete the profile “%1” and its saved token?").arg(DisplayText::isolated(name)),
            QMessageBox::Yes | QMessageBox::No, m_signIn);
        UntrustedText::makePlain(&box);
        if (box.exec() != QMessageBox::Yes)
            return;
        m_session.deleteProfile(name);
        m_signIn->setProfiles(m_session.profiles().profiles(), {});
    });
    return m_signIn;
}

void MainWindow::showSignIn(const QString &reason, const QString &profileName)
{
    SignInDialog *dialog = ensureSignInDialog();
    QString name = profileName;
    if (name.isEmpty())
        name = m_session.profile().name;
    if (name.isEmpty())
        name = m_session.profiles().lastUsed();
    dialog->setProfiles(m_session.profiles().profiles(), name);
    dialog->setReason(reason);
    dialog->setBusy(m_session.state() == Session::State::SigningIn);
    if (!dialog->isVisible())
        dialog->open();
    dialog->raise();
    dialog->activateWindow();
    dialog->tokenEdit()->setFocus();
}

void MainWindow::onSignedIn()
{
    if (m_signIn && m_signIn->isVisible())
        m_signIn->accept();
    const Permissions permissions = m_session.permissions();
    for (ShellPage *p : std::as_const(m_pages))
        p->setPermissions(permissions);
    m_actions.setSignedIn(true);
    m_actions.refresh();
    setConnectionState(m_session.connectionState());
    updateSessionWidgets();
    updateServerMark();
    statusBar()->showMessage(
        tr("Signed in as %1")
            .arg(DisplayText::nameOrId(m_session.viewer().displayName, m_session.viewer().id)),
        5000);
}

void MainWindow::onSignedOut()
{
    for (ShellPage *p : std::as_const(m_pages)) {
        p->clearSessionData();
        p->setPermissions({});
    }
    m_actions.setSignedIn(false);
    setDataStale(false);
    m_polling = {};
    m_connection->setPolling({});
    m_connection->setState(ConnectionState());
    updateServerMark();
    if (m_account)
        m_account->close();
    updateSessionWidgets();
}

void MainWindow::onAuthenticationRequired(const QString &reason)
{
    // Keep everything on screen (pending work included), marked stale.
    setDataStale(true);
    updateSessionWidgets();
    showSignIn(reason, m_session.profile().name);
}

void MainWindow::updateSessionWidgets()
{
    m_connection->setSignedIn(m_session.isSignedIn());
    m_sessionMarks->update();
    updateTitle();
}

void MainWindow::setTitleTag(const QString &tag)
{
    if (m_titleTag == tag)
        return;
    m_titleTag = tag;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QStringList parts;
    if (!m_titleTag.isEmpty())
        parts.append(m_titleTag);
    if (const ShellPage *p = currentPage())
        parts.append(p->title());
    if (!m_session.profile().name.isEmpty())
        parts.append(DisplayText::visible(m_session.profile().name, DisplayText::kNameChars));
    parts.append(tr("Lumio Bot Control"));
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

// --- dialogs ---------------------------------------------------------------

void MainWindow::showSettings()
{
    if (!m_settingsDialog)
        m_settingsDialog = new SettingsDialog(m_settings, this);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::showShortcutHelp()
{
    if (!m_help)
        m_help = new ShortcutHelpDialog(m_actions, this);
    m_help->showFor(m_actions.currentContext());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showCommandPalette()
{
    m_palette->popUp();
}

void MainWindow::showAccount()
{
    if (!m_session.isSignedIn())
        return;
    if (!m_account)
        m_account = new AccountDialog(this);
    const Viewer viewer = m_session.viewer();
    const Permissions permissions = m_session.permissions();
    m_account->setInfo({.displayName = viewer.displayName,
                        .userId = viewer.id,
                        .profileName = m_session.profile().name,
                        .serverUrl = m_session.profile().graphqlUrl.toString(),
                        .permissions = viewer.permissions,
                        .systemAdmin = viewer.isSystemAdmin,
                        .readOnly = permissions.isReadOnly()});
    m_account->show();
    m_account->raise();
}

// --- state and events ------------------------------------------------------

void MainWindow::saveWindowState() const
{
    QSettings &s = m_settings.settings();
    s.setValue(kGeometry, saveGeometry());
    const QByteArray state = saveState(kStateVersion);
    s.setValue(kState, state);
    s.setValue(kStateCheck, WindowState::check(state));
    s.setValue(kPage, currentPageId());
    for (const ShellPage *p : m_pages) {
        s.beginGroup(pageGroup(p->pageId()));
        p->saveState(s);
        s.setValue(QString(WindowState::kGroupCheckKey), WindowState::groupCheck(s));
        s.endGroup();
    }
    s.sync();
}

void MainWindow::restoreWindowState()
{
    QSettings &s = m_settings.settings();
    const QByteArray geometry = s.value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            resize(available.size().boundedTo(QSize(1200, 760)));
        }
    }
    // Only state this window saved itself: QMainWindow trusts its counts.
    if (const QByteArray state = s.value(kState).toByteArray();
        WindowState::matches(state, s.value(kStateCheck).toString()))
        restoreState(state, kStateVersion);
    const QString pageId = s.value(kPage).toString();
    if (page(pageId))
        setCurrentPage(pageId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_palette && m_palette->isVisible())
        m_palette->place();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_sessionMarks)
        m_sessionMarks->updateCritical();
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateShown();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateShown();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateShown();
}

bool MainWindow::isShownToOperator() const
{
    return isVisible() && !isMinimized();
}

void MainWindow::updateShown()
{
    const bool shown = isShownToOperator();
    if (shown == m_shown)
        return;
    m_shown = shown;
    Q_EMIT shownToOperatorChanged(shown);
}

// --- what the server offers ---------------------------------------------------

void MainWindow::setBotCounter(std::function<qsizetype(QStringView platformWire)> counter)
{
    m_serverDifferences->setBotCounter(std::move(counter));
    updateServerMark();
}

void MainWindow::updateServerMark()
{
    m_serverDifferences->update();
    const ServerCapabilities capabilities = m_session.capabilities();
    m_connection->setNote(m_session.isSignedIn() && capabilities.isAssumed()
                              ? capabilities.assumedBecause()
                              : QString());
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_botsMenu->setTitle(tr("&Bots", "menu"));
    m_discordMenu->setTitle(tr("&Discord", "menu"));
    m_triageMenu->setTitle(tr("&Triage", "menu"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Pages and actions"));
    m_sessionMarks->retranslate();
    m_staleMark->setText(tr("Stale data", "status bar mark"));
    m_staleMark->setToolTip(tr("The live connection is down; what you see may be out of date."));
    m_staleMark->setAccessibleName(m_staleMark->toolTip());
    m_actions.retranslate();
    updateSessionWidgets();
}
