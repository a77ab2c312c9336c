#include "TriageWiring.h"

#include "MainWindow.h"
#include "Notifier.h"
#include "Session.h"
#include "app/sync/BotSyncController.h"
#include "app/sync/DiscordSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/triage/TriageLog.h"
#include "models/watch/WatchList.h"
#include "models/settings/AppSettings.h"
#include "views/bots/BotTablePage.h"
#include "views/triage/TriageLogPage.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace {

// tr() for free functions (lupdate context "TriageWiring").
class TriageWiring
{
    Q_DECLARE_TR_FUNCTIONS(TriageWiring)
};

QString settingsKey(const QString &profile)
{
    // Profile names are free text: keep them out of the key's syntax.
    return QStringLiteral("watches/")
        + QString::fromLatin1(profile.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                        | QByteArray::OmitTrailingEquals));
}

void saveWatches(AppSettings &settings, const QString &profile, const WatchList &watches)
{
    if (profile.isEmpty())
        return;
    QStringList keys;
    for (const BotKey &key : watches.watchedKeys()) {
        keys.append(key.accountId.toString(QUuid::WithoutBraces) + QLatin1Char(' ')
                    + QString(platformToWire(key.platform)));
    }
    keys.sort();
    settings.settings().setValue(settingsKey(profile), keys);
}

void loadWatches(AppSettings &settings, const QString &profile, WatchList &watches)
{
    QList<BotKey> keys;
    const QStringList saved = settings.settings().value(settingsKey(profile)).toStringList();
    for (const QString &text : saved) {
        const QStringList parts = text.split(QLatin1Char(' '));
        if (parts.size() != 2)
            continue;
        const BotKey key {QUuid::fromString(parts.at(0)), platformFromWire(parts.at(1))};
        if (key.isValid())
            keys.append(key);
    }
    watches.setWatched(keys, true);
}

QList<BotKey> keysToWatch(BotTablePage *page)
{
    QList<BotKey> keys = page->selectedKeys();
    if (keys.isEmpty()) {
        const QModelIndex current = page->tableView()->currentIndex();
        const BotKey key = current.data(BotTable::KeyRole).value<BotKey>();
        if (key.isValid())
            keys.append(key);
    }
    return keys;
}

} // namespace

void installTriage(MainWindow &window, Session &session, AppSettings &settings, BotStore *store,
                   BotSyncController *botSync, BotTablePage *botPage,
                   DiscordSyncController *discordSync)
{
    // --- the triage log -------------------------------------------------------
    auto *log = new TriageLog(&window);
    if (!log->open(TriageLog::defaultPath())) {
        window.statusBar()->showMessage(
            TriageWiring::tr("The triage log could not be opened: %1").arg(log->errorString()));
    }
    QObject::connect(log, &TriageLog::writeFailed, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(
            TriageWiring::tr("An action could not be written to the triage log: %1").arg(message),
            30000);
    });
    QObject::connect(&session, &Session::signedIn, log,
                     [log, &session] { log->setProfile(session.profile().name); });
    QObject::connect(&session, &Session::signedOut, log, [log] { log->setProfile({}); });
    botSync->setTriageLog(log);
    discordSync->setTriageLog(log);
    window.addPage(new TriageLogPage(log));

    // --- watches --------------------------------------------------------------
    auto *watches = new WatchList(store, &window);
    watches->setObjectName(QStringLiteral("watchList"));
    watches->setStaleThresholdSeconds(settings.staleHeartbeatSeconds());
    QObject::connect(&settings, &AppSettings::changed, watches,
                     [watches, &settings](AppSettings::Key key) {
                         if (key == AppSettings::Key::StaleHeartbeat)
                             watches->setStaleThresholdSeconds(settings.staleHeartbeatSeconds());
                     });
    QObject::connect(&session, &Session::signedIn, watches, [watches, &session, &settings] {
        watches->clear();
        loadWatches(settings, session.profile().name, *watches);
    });
    QObject::connect(&session, &Session::signedOut, watches, &WatchList::clear);
    // The log hears of every action before it is sent: the operator's own
    // pause of a watched bot is not news.
    QObject::connect(log, &TriageLog::appended, watches, [log, watches](qint64 first, qint64 last) {
        if (watches->watchedCount() == 0)
            return;
        TriageLog::Query q;
        q.afterId = first - 1;
        q.beforeId = last + 1;
        for (const TriageEntry &e : log->entries(q)) {
            if (e.kind == QLatin1String("bot") && e.result == TriageEntry::Result::Pending)
                watches->noteOwnAction(
                    {QUuid::fromString(e.accountId), platformFromWire(e.platform)});
        }
    });

    auto *notifier = new Notifier(settings, &window, &window);
    const QPointer<BotTablePage> page(botPage);
    QObject::connect(
        watches, &WatchList::triggered, notifier, [notifier](const WatchList::Event &event) {
            const QString platform = BotTableModel::platformName(event.key.platform);
            if (event.reason == WatchList::Reason::HeartbeatStale) {
                notifier->notify(
                    Notifier::Kind::StaleHeartbeat,
                    TriageWiring::tr("Watched bot: heartbeat stale"),
                    TriageWiring::tr("The %1 bot of %2 has not sent a heartbeat for a while.")
                        .arg(platform, event.accountName));
                return;
            }
            notifier->notify(Notifier::Kind::WatchedChange, TriageWiring::tr("Watched bot changed"),
                             TriageWiring::tr("The %1 bot of %2 is now %3 (was %4).")
                                 .arg(platform, event.accountName,
                                      BotTableModel::statusName(event.to),
                                      BotTableModel::statusName(event.from)));
        });
    QObject::connect(notifier, &Notifier::activated, &window,
                     [&window] { window.setCurrentPage(QStringLiteral("bots")); });

    // "Changed since you looked": the Bots page's title belongs to the page,
    // so the count lives in the status bar, a click away from the rows.
    auto *count = new QToolButton(&window);
    count->setObjectName(QStringLiteral("watchChangedCount"));
    count->setAutoRaise(true);
    count->setVisible(false);
    window.statusBar()->addPermanentWidget(count);
    auto updateCount = [count, watches, page] {
        const int n = watches->unseenChangeCount();
        count->setText(TriageWiring::tr("Watched: %n changed", "bots changed since you looked", n));
        count->setToolTip(
            TriageWiring::tr("Watched bots changed since you last looked at the Bots page"));
        count->setVisible(n > 0);
        if (page)
            page->setAttentionCount(n);
    };
    QObject::connect(watches, &WatchList::unseenChangeCountChanged, count, updateCount);
    QObject::connect(count, &QToolButton::clicked, &window,
                     [&window] { window.setCurrentPage(QStringLiteral("bots")); });
    QObject::connect(
        &window, &MainWindow::currentPageChanged, watches,
        [watches](const QString &pageId) { watches->setLooking(pageId == QLatin1String("bots")); });
    watches->setLooking(window.currentPageId() == QLatin1String("bots"));

    // Watched rows carry a mark, flagged ones a tint until seen.
    botPage->model()->setWatchList(watches);

    // A flagged row is seen when it becomes the current row of the page.
    if (QItemSelectionModel *selection = botPage->tableView()->selectionModel()) {
        QObject::connect(selection, &QItemSelectionModel::currentChanged, watches,
                         [watches, page, &window](const QModelIndex &current) {
                             if (!page || window.currentPage() != page)
                                 return;
                             const BotKey key = current.data(BotTable::KeyRole).value<BotKey>();
                             if (key.isValid())
                                 watches->markSeen(key);
                         });
    }

    QAction *watch = window.actions().add(
        {.id = QStringLiteral("bots.watch"),
         .text = [] { return TriageWiring::tr("&Watch or Unwatch"); },
         .toolTip =
             [] {
                 return TriageWiring::tr("Notify me when the selected bots change status or their "
                                         "heartbeat goes stale");
             },
         .shortcuts = {QKeySequence(Qt::Key_W)},
         .context = ActionContext::Bots,
         .menu = ActionMenu::Bots,
         .group = QStringLiteral("watch"),
         .requiresSession = true,
         .enabledWhen =
             [page] {
                 return !page.isNull();
             }});
    if (watch) {
        QObject::connect(
            watch, &QAction::triggered, watches, [&window, &session, &settings, watches, page] {
                if (!page)
                    return;
                const QList<BotKey> keys = keysToWatch(page);
                if (keys.isEmpty())
                    return;
                const bool watching = watches->toggle(keys);
                saveWatches(settings, session.profile().name, *watches);
                window.statusBar()->showMessage(
                    watching ? TriageWiring::tr("Watching %n bots", "", int(keys.size()))
                             : TriageWiring::tr("Stopped watching %n bots", "", int(keys.size())),
                    5000);
            });
    }
}
