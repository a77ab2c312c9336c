#pragma once

#include "models/bots/BotKey.h"
#include "models/watch/WatchList.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AppSettings;
class BotStore;
class BotTablePage;
class MainWindow;
class Notifier;
class QToolButton;
class Session;
class TriageLog;

// Watched bots in the shell (issue 7): owns the WatchList over the bot store
// and the Notifier, and wires them to the window.
//   - watches are kept per profile in the settings, loaded at sign-in and
//     forgotten at sign-out; the stale-heartbeat threshold follows Settings;
//   - the operator's own actions (the triage log's pending entries) are not
//     news;
//   - a watched row that changes or goes stale raises a Notifier message;
//   - rows changed while the Bots page was not current are counted:
//     "Bots (n)" in the page switcher and a status-bar button that goes there;
//   - the Bots page marks watched rows, and a flagged row is seen when it
//     becomes current; W (bots.watch) watches or unwatches the selection.
// Created by installPages() as a child of the window, after the Bots page.
class WatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchController)

public:
    WatchController(MainWindow &window, Session &session, AppSettings &settings, BotStore *store,
                    TriageLog *log, BotTablePage *botPage);
    ~WatchController() override;

    WatchList *watchList() const { return m_watches; }
    Notifier *notifier() const { return m_notifier; }

private:
    void followSessionAndSettings();
    void onLogAppended(qint64 first, qint64 last);
    void notify(const WatchList::Event &event);
    void addAttentionCount();
    void updateAttentionCount();
    void followBotsPage();
    void registerWatchAction();
    void toggleWatchOnSelection();
    QList<BotKey> keysToWatch() const;
    void loadWatches();
    void saveWatches();

    MainWindow &m_window;
    Session &m_session;
    AppSettings &m_settings;
    QPointer<TriageLog> m_log;
    QPointer<BotTablePage> m_page;
    WatchList *m_watches = nullptr; // child
    Notifier *m_notifier = nullptr; // child
    QToolButton *m_count = nullptr; // in the window's status bar
};
