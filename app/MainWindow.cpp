#include "MainWindow.h"

#include "PageWiring.h"
#include "ProfileStore.h"
#include "Session.h"
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
#include "views/widgets/StatusPalette.h"
#include "api/CapabilityReport.h"
#include "views/widgets/UntrustedText.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QToolButton>

#include <algorithm>

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

    // Status bar, in reading order: who, where, what may be done, how fresh.
    // The viewer's name comes from the server, the profile's from the
    // operator: plain text either way.
    m_user = UntrustedText::label(this);
    m_user->setObjectName(QStringLiteral("userLabel"));
    m_profileLabel = UntrustedText::label(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_readOnly = new StatusMark(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyMark"));
    m_staleMark = new StatusMark(this);
    m_staleMark->setObjectName(QStringLiteral("staleMark"));
    m_connection = new ConnectionStatusWidget(this);
    m_serverMark = new QToolButton(this);
    m_serverMark->setObjectName(QStringLiteral("serverMark"));
    m_serverMark->setAutoRaise(true);
    m_serverMark->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_serverMark->setFocusPolicy(Qt::TabFocus);
    m_serverMark->setVisible(false);
    connect(m_serverMark, &QToolButton::clicked, this, &MainWindow::showServerDifferences);
    auto separator = [this] {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    statusBar()->addPermanentWidget(m_user);
    m_profileSeparator = separator();
    statusBar()->addPermanentWidget(m_profileSeparator);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_staleMark);
    statusBar()->addPermanentWidget(m_serverMark);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_connection);
    connect(m_connection, &ConnectionStatusWidget::retryRequested, &m_session,
            &Session::retryConnection);

    m_palette = new CommandPalette(this);
    m_palette->setSettings(&m_settings.settings());
    m_palette->addSource(registryPaletteSource(m_actions, QStringLiteral("view.palette")));

    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);

    registerShellActions();
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

void MainWindow::registerShellActions()
{
    auto connectTo = [this](QAction *action, auto slot) {
        connect(action, &QAction::triggered, this, slot);
    };

    connectTo(m_actions.add({.id = QStringLiteral("file.signIn"),
                             .text = [] { return tr("Sign &In or Switch Profile…"); },
                             .shortcuts = {},
                             .menu = ActionMenu::File,
                             .group = QStringLiteral("session")}),
              [this] { showSignIn(); });
    connectTo(m_actions.add({.id = QStringLiteral("file.signOut"),
                             .text = [] { return tr("Sign &Out"); },
                             .toolTip = [] { return tr("Sign out and remove the saved token"); },
                             .menu = ActionMenu::File,
                             .group = QStringLiteral("session"),
                             .requiresSession = true}),
              [this] { m_session.signOut(); });
    connectTo(m_actions.add({.id = QStringLiteral("file.settings"),
                             .text = [] { return tr("&Settings…"); },
                             .shortcuts = {QKeySequence(QKeySequence::Preferences),
                                           QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                             .menu = ActionMenu::File,
                             .group = QStringLiteral("settings")}),
              &MainWindow::showSettings);
    connectTo(m_actions.add({.id = QStringLiteral("file.quit"),
                             .text = [] { return tr("&Quit"); },
                             .shortcuts = {QKeySequence(QKeySequence::Quit)},
                             .menu = ActionMenu::File,
                             .group = QStringLiteral("quit")}),
              &QWidget::close);

    connectTo(m_actions.add({.id = QStringLiteral("view.nextPage"),
                             .text = [] { return tr("&Next Page"); },
                             .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                             .menu = ActionMenu::View,
                             .group = QStringLiteral("step")}),
              [this] { stepPage(+1); });
    connectTo(m_actions.add({.id = QStringLiteral("view.previousPage"),
                             .text = [] { return tr("&Previous Page"); },
                             .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
                             .menu = ActionMenu::View,
                             .group = QStringLiteral("step")}),
              [this] { stepPage(-1); });
    // Ctrl+K as in most consoles; Ctrl+Shift+P as in editors.
    connectTo(m_actions.add({.id = QStringLiteral("view.palette"),
                             .text = [] { return tr("&Command Palette…"); },
                             .toolTip = [] { return tr("Find and run any command or bot"); },
                             .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_K),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                             .menu = ActionMenu::View,
                             .group = QStringLiteral("palette")}),
              &MainWindow::showCommandPalette);
    connectTo(m_actions.add({.id = QStringLiteral("view.refresh"),
                             .text = [] { return tr("&Refresh"); },
                             .toolTip = [] { return tr("Check the sign-in and reload the page"); },
                             .shortcuts = {QKeySequence(QKeySequence::Refresh)},
                             .menu = ActionMenu::View,
                             .group = QStringLiteral("data"),
                             .requiresSession = true}),
              [this] {
                  m_session.verify();
                  if (ShellPage *p = currentPage())
                      p->refresh();
              });
    connectTo(m_actions.add({.id = QStringLiteral("view.reconnect"),
                             .text = [] { return tr("Reconnect &Live Updates"); },
                             .toolTip = [] { return tr("Try the live connection again now"); },
                             .menu = ActionMenu::View,
                             .group = QStringLiteral("data"),
                             .requiresSession = true,
                             .unavailableReason =
                                 [this] {
                                     return m_session.isSignedIn()
                                         ? m_session.liveUpdatesUnavailableReason()
                                         : QString();
                                 }}),
              [this] { m_session.retryConnection(); });

    connectTo(m_actions.add({.id = QStringLiteral("help.shortcuts"),
                             .text = [] { return tr("&Keyboard Shortcuts"); },
                             .shortcuts = {QKeySequence(Qt::Key_Question),
                                           QKeySequence(QKeySequence::HelpContents)},
                             .menu = ActionMenu::Help,
                             .group = QStringLiteral("help")}),
              &MainWindow::showShortcutHelp);
    connectTo(m_actions.add({.id = QStringLiteral("help.serverDifferences"),
                             .text = [] { return tr("Server &Differences…"); },
                             .toolTip =
                                 [] {
                                     return tr("What the server offers that this app lacks, "
                                               "and what it lacks that this app uses");
                                 },
                             .menu = ActionMenu::Help,
                             .group = QStringLiteral("help"),
                             .requiresSession = true}),
              &MainWindow::showServerDifferences);
    connectTo(m_actions.add({.id = QStringLiteral("help.account"),
                             .text = [] { return tr("&Account and Permissions…"); },
                             .menu = ActionMenu::Help,
                             .group = QStringLiteral("help"),
                             .requiresSession = true}),
              &MainWindow::showAccount);
    connectTo(m_actions.add({.id = QStringLiteral("help.about"),
                             .text = [] { return tr("&About Lumio Bot Control"); },
                             .menu = ActionMenu::Help,
                             .group = QStringLiteral("about")}),
              [this] {
                  QMessageBox::about(
                      this, tr("About Lumio Bot Control"),
                      tr("<h3>Lumio Bot Control %1</h3><p>The staff console for Lumio chat "
                         "bots.</p><p>Built with Qt %2, running on Qt %3.</p>")
                          .arg(QApplication::applicationVersion(), QLatin1String(QT_VERSION_STR),
                               QLatin1String(qVersion())));
              });
}

void MainWindow::registerPageSwitchAction(ShellPage *page, int index)
{
    const QString id = QStringLiteral("view.page.") + page->pageId();
    QAction *action = m_actions.action(id);
    if (!action) {
        QList<QKeySequence> keys;
        // Ctrl+1..6 belong to the platform filters of the bot table: pages use Alt.
        if (index < 9)
            keys.append(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
        const QString pageId = page->pageId();
        action = m_actions.add({.id = id,
                                .text =
                                    [this, pageId] {
                                        ShellPage *p = this->page(pageId);
                                        if (!p) // called on every retranslation: a copy
                                            return pageId; // NOLINT(performance-no-automatic-move)
                                        if (p->attentionCount() <= 0)
                                            return p->title();
                                        return tr("%1 (%2)", "page name, changes since you looked")
                                            .arg(p->title(),
                                                 QLocale().toString(p->attentionCount()));
                                    },
                                .toolTip =
                                    [this, pageId] {
                                        ShellPage *p = this->page(pageId);
                                        if (!p || p->attentionCount() <= 0)
                                            return QString();
                                        return tr("%n change(s) since you last looked at this page",
                                                  nullptr, p->attentionCount());
                                    },
                                .shortcuts = keys,
                                .menu = ActionMenu::View,
                                .group = QStringLiteral("pages"),
                                .checkable = true,
                                .onToolBar = true});
        m_pageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, pageId] { setCurrentPage(pageId); });
    }
}

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
    registerPageSwitchAction(page, existing >= 0 ? existing : int(m_pages.size()) - 1);
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
    const bool signedIn = m_session.isSignedIn();
    const bool hasProfile = !m_session.profile().name.isEmpty();
    m_connection->setSignedIn(signedIn);
    if (signedIn) {
        const Viewer viewer = m_session.viewer();
        UntrustedText::setText(m_user, DisplayText::nameOrId(viewer.displayName, viewer.id));
        UntrustedText::setToolTip(m_user,
                                  tr("Signed in as %1 (%2)")
                                      .arg(DisplayText::nameOrId(viewer.displayName, viewer.id),
                                           DisplayText::isolated(viewer.id)));
        m_user->setAccessibleName(tr("Signed in as %1").arg(viewer.displayName));
    } else if (m_session.state() == Session::State::AuthenticationRequired) {
        m_user->setText(tr("Sign-in needed"));
        m_user->setToolTip({});
        m_user->setAccessibleName(m_user->text());
    } else {
        m_user->setText(tr("Not signed in"));
        m_user->setToolTip({});
        m_user->setAccessibleName(m_user->text());
    }
    // Signed out, the connection state already says so.
    m_user->setVisible(signedIn || m_session.state() == Session::State::AuthenticationRequired);
    m_profileLabel->setVisible(hasProfile);
    m_profileSeparator->setVisible(hasProfile);
    UntrustedText::setText(m_profileLabel, DisplayText::isolated(m_session.profile().name));
    UntrustedText::setToolTip(
        m_profileLabel,
        tr("Server profile %1: %2")
            .arg(DisplayText::isolated(m_session.profile().name),
                 DisplayText::isolated(m_session.profile().graphqlUrl.toString())));
    m_profileLabel->setAccessibleName(tr("Server profile %1").arg(m_session.profile().name));
    m_readOnly->setVisible(signedIn && m_session.permissions().isReadOnly());
    updateCriticalMarks();
    updateTitle();
}

void MainWindow::updateCriticalMarks()
{
    const ServerProfile profile = m_session.profile();
    const bool critical = profile.critical && !profile.name.isEmpty();
    if (critical) {
        m_criticalBand->showMessage(
            tr("Critical profile %1 (production): every action on more than one bot asks you "
               "to type the number of bots.")
                .arg(profile.name));
        m_profileLabel->setText(tr("%1 · critical", "status bar: a critical server profile")
                                    .arg(profile.name));
        m_profileLabel->setToolTip(tr("Critical server profile %1 (production): %2")
                                       .arg(profile.name, profile.graphqlUrl.toString()));
        m_profileLabel->setAccessibleName(tr("Critical server profile %1").arg(profile.name));
    } else {
        m_criticalBand->hide();
    }
    // The status bar's profile name in the band's colours: seen from the
    // corner of the eye on every page.
    m_profileLabel->setAutoFillBackground(critical);
    m_profileLabel->setMargin(critical ? 2 : 0);
    m_profileLabel->setIndent(critical ? 4 : -1);
    QFont font = m_profileLabel->font();
    font.setBold(critical);
    m_profileLabel->setFont(font);
    QPalette p = statusBar()->palette();
    if (critical)
        p.setColor(QPalette::Window, StatusPalette::tint(StatusPalette::State::Error, p));
    m_profileLabel->setPalette(p);
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
    if (event->type() == QEvent::PaletteChange && m_profileLabel)
        updateCriticalMarks(); // the tint follows the theme
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

namespace {

QString enumNoun(const QString &name)
{
    if (name == QLatin1String("Platform"))
        return MainWindow::tr("platform", "server differences: the Platform enum");
    if (name == QLatin1String("BotStatus"))
        return MainWindow::tr("bot status", "server differences: the BotStatus enum");
    if (name == QLatin1String("DiscordChannelType"))
        return MainWindow::tr("channel type", "server differences: the DiscordChannelType enum");
    if (name == QLatin1String("DiscordGuildEventKind"))
        return MainWindow::tr("guild event", "server differences: the DiscordGuildEventKind enum");
    return name;
}

// What an operation the server lacks means to the operator.
QString missingNoun(const ServerContract::Operation &op)
{
    if (op.type == GraphQLRequest::OperationType::Subscription)
        return MainWindow::tr("live updates", "server differences: what the server lacks");
    if (op.field == QLatin1String("adminRejoinBot"))
        return MainWindow::tr("Reconnect", "server differences: what the server lacks");
    if (op.field == QLatin1String("adminDiscordGuilds"))
        return MainWindow::tr("Discord server list", "server differences: what the server lacks");
    if (op.field == QLatin1String("discordFeatureCatalog"))
        return MainWindow::tr("feature catalog", "server differences: what the server lacks");
    return op.field;
}

QString joinFirst(const QStringList &items, int shown)
{
    QStringList head = items.mid(0, shown);
    QString text = head.join(MainWindow::tr(", ", "list separator"));
    const int rest = int(items.size()) - int(head.size());
    if (rest > 0)
        text = MainWindow::tr("%1 and %n more", "server differences: first items, how many more",
                              rest)
                   .arg(text);
    return text;
}

} // namespace

void MainWindow::setBotCounter(std::function<qsizetype(QStringView platformWire)> counter)
{
    m_botCounter = std::move(counter);
    updateServerMark();
}

QString MainWindow::serverMarkText() const
{
    if (!m_session.isSignedIn())
        return {};
    const CapabilityReport report =
        CapabilityReport::compare(ServerContract::current(), m_session.capabilities());
    QStringList newer;
    QStringList older;
    for (const CapabilityReport::EnumResult &e : report.enums) {
        if (e.name == QLatin1String("Platform")) {
            // The bots the operator cannot act on as usual: count them.
            for (const QString &value : e.appLacks) {
                const qsizetype bots = m_botCounter ? m_botCounter(value) : -1;
                newer.append(bots < 0 ? tr("platform %1", "server differences: no bot count known")
                                            .arg(value)
                                      : tr("platform %1 (%Ln bot(s))", "server differences",
                                           int(bots))
                                            .arg(value));
            }
        } else if (!e.appLacks.isEmpty()) {
            newer.append(tr("%1 %2", "server differences: enum noun, its new values")
                             .arg(enumNoun(e.name), e.appLacks.join(QStringLiteral(", "))));
        }
        if (!e.onServer)
            older.append(tr("no %1", "server differences: what the server lacks")
                             .arg(enumNoun(e.name)));
        else if (!e.serverLacks.isEmpty())
            older.append(tr("no %1 %2", "server differences: enum noun, values the server lacks")
                             .arg(enumNoun(e.name), e.serverLacks.join(QStringLiteral(", "))));
    }
    // What the operator notices first comes first: live updates, Reconnect.
    QList<ServerContract::Operation> lacking = report.missingOperations;
    const auto weight = [](const ServerContract::Operation &op) {
        if (op.type == GraphQLRequest::OperationType::Subscription)
            return 0;
        if (op.field == QLatin1String("adminRejoinBot"))
            return 1;
        if (op.field == QLatin1String("adminDiscordGuilds"))
            return 2;
        return 3;
    };
    std::stable_sort(lacking.begin(), lacking.end(),
                     [&weight](const auto &a, const auto &b) { return weight(a) < weight(b); });
    QStringList missing;
    for (const ServerContract::Operation &op : std::as_const(lacking)) {
        const QString noun = tr("no %1", "server differences: what the server lacks")
                                 .arg(missingNoun(op));
        if (!missing.contains(noun))
            missing.append(noun);
    }
    older = missing + older;
    if (!newer.isEmpty() && !older.isEmpty())
        return tr("Server differs from this app: %1").arg(joinFirst(newer + older, 1));
    if (!newer.isEmpty())
        return tr("Server is newer than this app: %1").arg(joinFirst(newer, 1));
    if (!older.isEmpty())
        return tr("Server is older than this app: %1").arg(joinFirst(older, 2));
    return {};
}

QString MainWindow::serverDifferencesText() const
{
    if (!m_session.isSignedIn())
        return {};
    const ServerCapabilities capabilities = m_session.capabilities();
    const CapabilityReport report =
        CapabilityReport::compare(ServerContract::current(), capabilities);
    QStringList parts;
    if (capabilities.isAssumed()) {
        parts.append(capabilities.assumedBecause().isEmpty()
                         ? tr("What the server offers was not read; this app assumes what "
                              "this version expects.")
                         : capabilities.assumedBecause());
    } else {
        parts.append(report.summary());
    }
    parts.append(report.lines().join(u'\n'));
    if (const CapabilityReport::EnumResult *platforms = report.findEnum(QStringLiteral("Platform"));
        platforms && !platforms->appLacks.isEmpty() && m_botCounter) {
        QStringList counts;
        for (const QString &value : platforms->appLacks) {
            const qsizetype bots = m_botCounter(value);
            if (bots >= 0)
                counts.append(tr("%1: %Ln bot(s)", "server differences: platform, bots on it",
                                 int(bots))
                                  .arg(value));
        }
        if (!counts.isEmpty())
            parts.append(tr("Bots on platforms this app does not know (shown with their raw "
                            "name): %1")
                             .arg(counts.join(QStringLiteral(", "))));
    }
    if (!m_session.liveUpdatesUnavailableReason().isEmpty())
        parts.append(m_session.liveUpdatesUnavailableReason());
    return parts.join(QStringLiteral("\n\n"));
}

void MainWindow::updateServerMark()
{
    const QString text = serverMarkText();
    m_serverMark->setText(text);
    m_serverMark->setVisible(!text.isEmpty());
    const QString details = text.isEmpty() ? QString() : serverDifferencesText();
    // Escaped: the details carry the server's own messages.
    m_serverMark->setToolTip(details.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<p style='white-space:pre-wrap'>")
                                     + details.toHtmlEscaped() + QStringLiteral("</p>"));
    m_serverMark->setAccessibleName(text);
    const ServerCapabilities capabilities = m_session.capabilities();
    m_connection->setNote(m_session.isSignedIn() && capabilities.isAssumed()
                              ? capabilities.assumedBecause()
                              : QString());
    if (m_serverDifferences && m_serverDifferences->isVisible())
        m_serverDifferences->setText(serverDifferencesText());
}

void MainWindow::showServerDifferences()
{
    if (!m_session.isSignedIn())
        return;
    if (!m_serverDifferences) {
        m_serverDifferences = new QMessageBox(this);
        m_serverDifferences->setObjectName(QStringLiteral("serverDifferencesBox"));
        m_serverDifferences->setIcon(QMessageBox::Information);
        m_serverDifferences->setTextFormat(Qt::PlainText);
        m_serverDifferences->setStandardButtons(QMessageBox::Close);
        m_serverDifferences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_serverDifferences->setWindowTitle(tr("Server differences"));
    m_serverDifferences->setText(serverDifferencesText());
    m_serverDifferences->open();
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
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(tr("You may look at bots but not pause, resume or reconnect them."));
    m_readOnly->setAccessibleName(tr("Read-only: you may not change bots"));
    m_staleMark->setText(tr("Stale data", "status bar mark"));
    m_staleMark->setToolTip(tr("The live connection is down; what you see may be out of date."));
    m_staleMark->setAccessibleName(m_staleMark->toolTip());
    m_actions.retranslate();
    updateSessionWidgets();
}
