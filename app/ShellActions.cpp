#include "ShellActions.h"

#include "MainWindow.h"
#include "Session.h"
#include "views/ActionRegistry.h"
#include "views/ShellPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLocale>
#include <QMessageBox>

void registerShellActions(MainWindow &window, Session &session)
{
    ActionRegistry &actions = window.actions();
    auto connectTo = [&window](QAction *action, auto slot) {
        QObject::connect(action, &QAction::triggered, &window, slot);
    };

    connectTo(actions.add({.id = QStringLiteral("file.signIn"),
                           .text = [] { return MainWindow::tr("Sign &In or Switch Profile…"); },
                           .shortcuts = {},
                           .menu = ActionMenu::File,
                           .group = QStringLiteral("session")}),
              [w = &window] { w->showSignIn(); });
    connectTo(actions.add(
                  {.id = QStringLiteral("file.signOut"),
                   .text = [] { return MainWindow::tr("Sign &Out"); },
                   .toolTip = [] { return MainWindow::tr("Sign out and remove the saved token"); },
                   .menu = ActionMenu::File,
                   .group = QStringLiteral("session"),
                   .requiresSession = true}),
              [s = &session] { s->signOut(); });
    connectTo(actions.add({.id = QStringLiteral("file.settings"),
                           .text = [] { return MainWindow::tr("&Settings…"); },
                           .shortcuts = {QKeySequence(QKeySequence::Preferences),
                                         QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                           .menu = ActionMenu::File,
                           .group = QStringLiteral("settings")}),
              &MainWindow::showSettings);
    connectTo(actions.add({.id = QStringLiteral("file.quit"),
                           .text = [] { return MainWindow::tr("&Quit"); },
                           .shortcuts = {QKeySequence(QKeySequence::Quit)},
                           .menu = ActionMenu::File,
                           .group = QStringLiteral("quit")}),
              &QWidget::close);

    connectTo(actions.add({.id = QStringLiteral("view.nextPage"),
                           .text = [] { return MainWindow::tr("&Next Page"); },
                           .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
                           .menu = ActionMenu::View,
                           .group = QStringLiteral("step")}),
              [w = &window] { w->stepPage(+1); });
    connectTo(actions.add({.id = QStringLiteral("view.previousPage"),
                           .text = [] { return MainWindow::tr("&Previous Page"); },
                           .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
                           .menu = ActionMenu::View,
                           .group = QStringLiteral("step")}),
              [w = &window] { w->stepPage(-1); });
    // Ctrl+K as in most consoles; Ctrl+Shift+P as in editors.
    connectTo(
        actions.add({.id = QStringLiteral("view.palette"),
                     .text = [] { return MainWindow::tr("&Command Palette…"); },
                     .toolTip = [] { return MainWindow::tr("Find and run any command or bot"); },
                     .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_K),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                     .menu = ActionMenu::View,
                     .group = QStringLiteral("palette")}),
        &MainWindow::showCommandPalette);
    connectTo(
        actions.add(
            {.id = QStringLiteral("view.refresh"),
             .text = [] { return MainWindow::tr("&Refresh"); },
             .toolTip = [] { return MainWindow::tr("Check the sign-in and reload the page"); },
             .shortcuts = {QKeySequence(QKeySequence::Refresh)},
             .menu = ActionMenu::View,
             .group = QStringLiteral("data"),
             .requiresSession = true}),
        [w = &window, s = &session] {
            s->verify();
            if (ShellPage *p = w->currentPage())
                p->refresh();
        });
    connectTo(
        actions.add({.id = QStringLiteral("view.reconnect"),
                     .text = [] { return MainWindow::tr("Reconnect &Live Updates"); },
                     .toolTip = [] { return MainWindow::tr("Try the live connection again now"); },
                     .menu = ActionMenu::View,
                     .group = QStringLiteral("data"),
                     .requiresSession = true,
                     .unavailableReason =
                         [s = &session] {
                             return s->isSignedIn() ? s->liveUpdatesUnavailableReason() : QString();
                         }}),
        [s = &session] { s->retryConnection(); });

    connectTo(actions.add({.id = QStringLiteral("help.shortcuts"),
                           .text = [] { return MainWindow::tr("&Keyboard Shortcuts"); },
                           .shortcuts = {QKeySequence(Qt::Key_Question),
                                         QKeySequence(QKeySequence::HelpContents)},
                           .menu = ActionMenu::Help,
                           .group = QStringLiteral("help")}),
              &MainWindow::showShortcutHelp);
    connectTo(actions.add({.id = QStringLiteral("help.serverDifferences"),
                           .text = [] { return MainWindow::tr("Server &Differences…"); },
                           .toolTip =
                               [] {
                                   return MainWindow::tr(
                                       "What the server offers that this app lacks, "
                                       "and what it lacks that this app uses");
                               },
                           .menu = ActionMenu::Help,
                           .group = QStringLiteral("help"),
                           .requiresSession = true}),
              &MainWindow::showServerDifferences);
    connectTo(actions.add({.id = QStringLiteral("help.account"),
                           .text = [] { return MainWindow::tr("&Account and Permissions…"); },
                           .menu = ActionMenu::Help,
                           .group = QStringLiteral("help"),
                           .requiresSession = true}),
              &MainWindow::showAccount);
    connectTo(
        actions.add({.id = QStringLiteral("help.about"),
                     .text = [] { return MainWindow::tr("&About Lumio Bot Control"); },
                     .menu = ActionMenu::Help,
                     .group = QStringLiteral("about")}),
        [w = &window] {
            QMessageBox::about(
                w, MainWindow::tr("About Lumio Bot Control"),
                MainWindow::tr("<h3>Lumio Bot Control %1</h3><p>The staff console for Lumio chat "
                               "bots.</p><p>Built with Qt %2, running on Qt %3.</p>")
                    .arg(QApplication::applicationVersion(), QLatin1String(QT_VERSION_STR),
                         QLatin1String(qVersion())));
        });
}

void registerPageSwitchAction(MainWindow &window, QActionGroup *group, const ShellPage *page,
                              int index)
{
    ActionRegistry &actions = window.actions();
    const QString id = QStringLiteral("view.page.") + page->pageId();
    if (actions.action(id))
        return;
    QList<QKeySequence> keys;
    // Ctrl+1..6 belong to the platform filters of the bot table: pages use Alt.
    if (index < 9)
        keys.append(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
    const QString pageId = page->pageId();
    QAction *action = actions.add(
        {.id = id,
         .text =
             [w = &window, pageId] {
                 ShellPage *p = w->page(pageId);
                 if (!p) // called on every retranslation: a copy
                     return pageId; // NOLINT(performance-no-automatic-move)
                 if (p->attentionCount() <= 0)
                     return p->title();
                 return MainWindow::tr("%1 (%2)", "page name, changes since you looked")
                     .arg(p->title(), QLocale().toString(p->attentionCount()));
             },
         .toolTip =
             [w = &window, pageId] {
                 ShellPage *p = w->page(pageId);
                 if (!p || p->attentionCount() <= 0)
                     return QString();
                 return MainWindow::tr("%n change(s) since you last looked at this page", nullptr,
                                       p->attentionCount());
             },
         .shortcuts = keys,
         .menu = ActionMenu::View,
         .group = QStringLiteral("pages"),
         .checkable = true,
         .onToolBar = true});
    group->addAction(action);
    QObject::connect(action, &QAction::triggered, &window,
                     [w = &window, pageId] { w->setCurrentPage(pageId); });
}
