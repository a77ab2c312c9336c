#include "WatchController.h"

#include "MainWindow.h"
#include "Notifier.h"
#include "Session.h"
#include "models/bots/BotTableModel.h"
#include "models/settings/AppSettings.h"
#include "models/text/DisplayText.h"
#include "models/triage/TriageLog.h"
#include "views/bots/BotTablePage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace {

const QString kBotsPage = QStringLiteral("bots");

QString settingsKey(const QString &profile)
{
    // Profile names are free text: keep them out of the key's syntax.
    return QStringLiteral("watches/")
        + QString::fromLatin1(profile.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                        | QByteArray::OmitTrailingEquals));
}

} // namespace

WatchController::WatchController(MainWindow &window, Session &session, AppSettings &settings,
                                 BotStore *store, TriageLog *log, BotTablePage *botPage)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_log(log)
    , m_page(botPage)
    , m_watches(new WatchList(store, this))
    , m_notifier(new Notifier(settings, &window, this))
{
    m_watches->setObjectName(QStringLiteral("watchList"));
    followSessionAndSettings();
    // The log hears of every action before it is sent: the operator's own
    // pause of a watched bot is not news.
    if (log)
        connect(log, &TriageLog::appended, this, &WatchController::onLogAppended);
    connect(m_watches, &WatchList::triggered, this, &WatchController::notify);
    connect(m_notifier, &Notifier::activated, this, [this] { m_window.setCurrentPage(kBotsPage); });
    addAttentionCount();
    followBotsPage();
    registerWatchAction();
}

WatchController::~WatchController() = default;

void WatchController::followSessionAndSettings()
{
    m_watches->setStaleThresholdSeconds(m_settings.staleHeartbeatSeconds());
    connect(&m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::StaleHeartbeat)
            m_watches->setStaleThresholdSeconds(m_settings.staleHeartbeatSeconds());
    });
    connect(&m_session, &Session::signedIn, this, [this] {
        m_watches->clear();
        loadWatches();
    });
    connect(&m_session, &Session::signedOut, m_watches, &WatchList::clear);
}

void WatchController::onLogAppended(qint64 first, qint64 last)
{
    if (!m_log || m_watches->watchedCount() == 0)
        return;
    TriageLog::Query q;
    q.afterId = first - 1;
    q.beforeId = last + 1;
    for (const TriageEntry &e : m_log->entries(q)) {
        if (e.kind == QLatin1String("bot") && e.result == TriageEntry::Result::Pending)
            m_watches->noteOwnAction(
                {e.accountId, platformFromWire(e.platform)});
    }
}

void WatchController::notify(const WatchList::Event &event)
{
    const QString platform = BotTableModel::platformName(event.key.platform);
    // The name comes from the server: visible, isolated; no name: the ID.
    const QString who = DisplayText::nameOrId(event.accountName,
                                              event.key.accountId);
    if (event.reason == WatchList::Reason::HeartbeatStale) {
        m_notifier->notify(
            Notifier::Kind::StaleHeartbeat, tr("Watched bot: heartbeat stale"),
            tr("The %1 bot of %2 has not sent a heartbeat for a while.").arg(platform, who));
        return;
    }
    m_notifier->notify(Notifier::Kind::WatchedChange, tr("Watched bot changed"),
                       tr("The %1 bot of %2 is now %3 (was %4).")
                           .arg(platform, who, BotTableModel::statusName(event.to),
                                BotTableModel::statusName(event.from)));
}

void WatchController::addAttentionCount()
{
    // "Changed since you looked": the Bots page's title belongs to the page,
    // so the count lives in the status bar, a click away from the rows.
    m_count = new QToolButton(&m_window);
    m_count->setObjectName(QStringLiteral("watchChangedCount"));
    m_count->setAutoRaise(true);
    m_count->setVisible(false);
    m_window.statusBar()->addPermanentWidget(m_count);
    connect(m_watches, &WatchList::unseenChangeCountChanged, m_count,
            [this] { updateAttentionCount(); });
    connect(m_count, &QToolButton::clicked, this, [this] { m_window.setCurrentPage(kBotsPage); });
    connect(&m_window, &MainWindow::currentPageChanged, m_watches,
            [this](const QString &pageId) { m_watches->setLooking(pageId == kBotsPage); });
    m_watches->setLooking(m_window.currentPageId() == kBotsPage);
}

void WatchController::updateAttentionCount()
{
    const int n = m_watches->unseenChangeCount();
    m_count->setText(tr("Watched: %n changed", "bots changed since you looked", n));
    m_count->setToolTip(tr("Watched bots changed since you last looked at the Bots page"));
    m_count->setVisible(n > 0);
    if (m_page)
        m_page->setAttentionCount(n);
}

void WatchController::followBotsPage()
{
    if (!m_page)
        return;
    // Watched rows carry a mark, flagged ones a tint until seen.
    m_page->model()->setWatchList(m_watches);

    // A flagged row is seen when it becomes the current row of the page.
    if (QItemSelectionModel *selection = m_page->tableView()->selectionModel()) {
        connect(selection, &QItemSelectionModel::currentChanged, m_watches,
                [this](const QModelIndex &current) {
                    if (!m_page || m_window.currentPage() != m_page)
                        return;
                    const BotKey key = current.data(BotTable::KeyRole).value<BotKey>();
                    if (key.isValid())
                        m_watches->markSeen(key);
                });
    }
}

void WatchController::registerWatchAction()
{
    QAction *watch = m_window.actions().add(
        {.id = QStringLiteral("bots.watch"),
         .text = [] { return WatchController::tr("&Watch or Unwatch"); },
         .toolTip =
             [] {
                 return WatchController::tr("Notify me when the selected bots change status or "
                                            "their heartbeat goes stale");
             },
         .shortcuts = {QKeySequence(Qt::Key_W)},
         .context = ActionContext::Bots,
         .menu = ActionMenu::Bots,
         .group = QStringLiteral("watch"),
         .requiresSession = true,
         .enabledWhen =
             [page = m_page] {
                 return !page.isNull();
             }});
    if (watch)
        connect(watch, &QAction::triggered, this, &WatchController::toggleWatchOnSelection);
}

void WatchController::toggleWatchOnSelection()
{
    if (!m_page)
        return;
    const QList<BotKey> keys = keysToWatch();
    if (keys.isEmpty())
        return;
    const bool watching = m_watches->toggle(keys);
    saveWatches();
    m_window.statusBar()->showMessage(watching
                                          ? tr("Watching %n bots", "", int(keys.size()))
                                          : tr("Stopped watching %n bots", "", int(keys.size())),
                                      5000);
}

QList<BotKey> WatchController::keysToWatch() const
{
    QList<BotKey> keys = m_page->selectedKeys();
    if (keys.isEmpty()) {
        const QModelIndex current = m_page->tableView()->currentIndex();
        const BotKey key = current.data(BotTable::KeyRole).value<BotKey>();
        if (key.isValid())
            keys.append(key);
    }
    return keys;
}

void WatchController::loadWatches()
{
    QList<BotKey> keys;
    const QStringList saved =
        m_settings.settings().value(settingsKey(m_session.profile().name)).toStringList();
    for (const QString &text : saved) {
        const QStringList parts = text.split(QLatin1Char(' '));
        if (parts.size() != 2)
            continue;
        const BotKey key {parts.at(0), platformFromWire(parts.at(1))};
        if (key.isValid())
            keys.append(key);
    }
    m_watches->setWatched(keys, true);
}

void WatchController::saveWatches()
{
    const QString profile = m_session.profile().name;
    if (profile.isEmpty())
        return;
    QStringList keys;
    for (const BotKey &key : m_watches->watchedKeys()) {
        keys.append(key.accountId + QLatin1Char(' ')
                    + QString(platformToWire(key.platform)));
    }
    keys.sort();
    m_settings.settings().setValue(settingsKey(profile), keys);
}
