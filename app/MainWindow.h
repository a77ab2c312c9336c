#pragma once

#include "ServerDifferencesMark.h"
#include "SessionMarks.h"
#include "api/ConnectionState.h"
#include "views/ActionRegistry.h"
#include "views/StatusBarWidgets.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class AccountDialog;
class AppSettings;
class CommandPalette;
class ConnectionStatusWidget;
class MessageBanner;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;
class Session;
class SettingsDialog;
class ShellPage;
class ShortcutHelpDialog;
class SignInDialog;
class StatusMark;

// The application frame: a stack of pages (Bots, Discord guilds, Triage log),
// menus and toolbar generated from the one ActionRegistry (the window's own
// commands: ShellActions), a status bar with who is signed in where
// (SessionMarks, which also colours a critical profile), whether the server
// differs from this app (ServerDifferencesMark) and the live connection
// state, and the sign-in, settings and shortcut dialogs. Dialogs are opened
// with open(), never exec(), and exposed, so tests can drive them. It owns
// the pages and, as children made by installPages() (PageWiring), the
// controllers behind them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session &session, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry &actions() { return m_actions; }
    Session &session() const { return m_session; }

    // Adds a page, or replaces the page with the same pageId (the placeholder
    // pages are replaced this way). The window takes ownership, calls
    // registerActions() once and restores the page's saved state.
    void addPage(ShellPage *page);
    ShellPage *page(const QString &pageId) const;
    QStringList pageIds() const;
    ShellPage *currentPage() const;
    QString currentPageId() const;
    void setCurrentPage(const QString &pageId);

    // The connection dropped: data stays and is marked stale on every page.
    void setDataStale(bool stale);
    bool isDataStale() const { return m_stale; }
    void setConnectionState(const ConnectionState &state);
    // A word put before the window title ("Incident INC-2291"); empty: none.
    void setTitleTag(const QString &tag);
    QString titleTag() const { return m_titleTag; }
    // Without live updates the data is polled: the status bar says how
    // fresh it is, and it is stale only while reloading fails.
    void setPolling(const ConnectionStatusWidget::Polling &polling);

    // The server is another program, newer or older: the status bar names
    // what differs ("Server is newer than this app: platform RUMBLE (1,933
    // bots)") and Help > Server Differences lists it all. counter answers how
    // many bots the table holds on a platform given by its wire value.
    void setBotCounter(std::function<qsizetype(QStringView platformWire)> counter);
    void updateServerMark();
    QToolButton *serverMark() const { return m_serverDifferences->button(); }
    // The texts of the mark and of the details, for tests.
    QString serverMarkText() const { return m_serverDifferences->markText(); }
    QString serverDifferencesText() const { return m_serverDifferences->detailsText(); }
    void showServerDifferences() { m_serverDifferences->showDetails(); }

    // Shown and not minimised: pages poll only then.
    bool isShownToOperator() const;

    // Test and automation seams.
    SignInDialog *signInDialog() const;
    SettingsDialog *settingsDialog() const;
    ShortcutHelpDialog *shortcutHelpDialog() const;
    CommandPalette *commandPalette() const { return m_palette; }
    ConnectionStatusWidget *connectionStatus() const { return m_connection; }
    QLabel *userLabel() const { return m_sessionMarks->userLabel(); }
    QLabel *profileLabel() const { return m_sessionMarks->profileLabel(); }
    // The band across the window while the profile is critical (production).
    MessageBanner *criticalBand() const { return m_criticalBand; }
    StatusMark *readOnlyMark() const { return m_sessionMarks->readOnlyMark(); }
    StatusMark *staleMark() const { return m_staleMark; }

    // Shows the sign-in dialog (non-blocking) with the current or given
    // profile filled in; reason says why (expired token...).
    void showSignIn(const QString &reason = {}, const QString &profileName = {});
    void showSettings();
    void showShortcutHelp();
    void showAccount();
    void showCommandPalette();
    // The next (+1) or previous (-1) page, wrapping around.
    void stepPage(int delta);

    // Window geometry, toolbar/dock state, current page and each page's state.
    void saveWindowState() const;
    void restoreWindowState();

Q_SIGNALS:
    void currentPageChanged(const QString &pageId);
    void staleChanged(bool stale);
    // isShownToOperator() changed.
    void shownToOperatorChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildMenus();
    void retranslate();
    void updateTitle();
    void updateSessionWidgets();
    void onSignedIn();
    void onSignedOut();
    void onAuthenticationRequired(const QString &reason);
    SignInDialog *ensureSignInDialog();
    void updateStale();
    void updateShown();

    Session &m_session;
    AppSettings &m_settings;
    ActionRegistry m_actions;
    QStackedWidget *m_stack = nullptr;
    MessageBanner *m_criticalBand = nullptr;
    QList<ShellPage *> m_pages;
    QHash<QString, QStringList> m_pageActionIds; // page id -> ids its registerActions() added
    QActionGroup *m_pageGroup = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_botsMenu = nullptr;
    QMenu *m_discordMenu = nullptr;
    QMenu *m_triageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    SessionMarks *m_sessionMarks = nullptr;
    StatusMark *m_staleMark = nullptr;
    ConnectionStatusWidget *m_connection = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ShortcutHelpDialog> m_help;
    QPointer<AccountDialog> m_account;
    CommandPalette *m_palette = nullptr;
    ServerDifferencesMark *m_serverDifferences = nullptr;
    ConnectionStatusWidget::Polling m_polling;
    bool m_stale = false;
    bool m_menusDirty = false;
    QString m_titleTag;
    bool m_shown = false;
};
