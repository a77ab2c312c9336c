// WatchController on the real main window, fed through the bot store (no
// server): a watched row that changes while the operator is elsewhere raises
// a notification and the "changed since you looked" count (status-bar button
// and the Bots page's attention count), which a click on the button clears by
// showing the Bots page; the stale-heartbeat threshold follows Settings; the
// operator's own action, logged before it is sent, is not news.
#include "AppShell.h"

#include "app/Notifier.h"
#include "app/WatchController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/triage/TriageLog.h"
#include "views/bots/BotTablePage.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

const QString kAccount = QStringLiteral("1b4e28ba-2fa1-41d2-883f-0016d3cca427");

BotStatusEntry row(BotStatus status, TimestampMs updatedAt, TimestampMs heartbeat)
{
    BotStatusEntry e;
    e.accountId = kAccount;
    e.accountName = QStringLiteral("acme_live");
    e.platform = Platform::Twitch;
    e.status = status;
    e.lastHeartbeatAt = heartbeat;
    e.updatedAt = updatedAt;
    return e;
}

const BotKey kKey {kAccount, Platform::Twitch};

struct Rig
{
    explicit Rig(const QString &dir)
        : shell(dir + QStringLiteral("/settings.ini"))
    { }

    bool setUp()
    {
        controller = shell.window.findChild<WatchController *>();
        bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
        count = shell.window.findChild<QToolButton *>(QStringLiteral("watchChangedCount"));
        if (!controller || !bots || !count
            || shell.window.findChildren<WatchController *>().size() != 1)
            return false;
        controller->notifier()->setSink(
            [this](const Notifier::Notification &n) { shown.append(n); });
        store = bots->model()->store();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        store->mergeSnapshot({row(BotStatus::Active, now - 1000, now)});
        store->flush();
        controller->watchList()->setWatched({kKey}, true);
        return controller->watchList()->isWatched(kKey);
    }

    void serverSays(BotStatus status, TimestampMs heartbeat)
    {
        store->applyEvents({row(status, ++updatedAt, heartbeat)});
        store->flush();
    }

    AppShell shell;
    WatchController *controller = nullptr;
    BotTablePage *bots = nullptr;
    QToolButton *count = nullptr;
    BotStore *store = nullptr;
    QList<Notifier::Notification> shown;
    TimestampMs updatedAt = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

class TestWatchController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changeWhileAway_notifiesAndCounts_buttonShowsBotsPage();
    void staleThreshold_followsSettings();
    void ownActionInTheLog_isNotNews();

private:
    QTemporaryDir m_dir;
};

void TestWatchController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The triage log and caches go under the temporary directory.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());
}

void TestWatchController::changeWhileAway_notifiesAndCounts_buttonShowsBotsPage()
{
    Rig rig(m_dir.path());
    QVERIFY(rig.setUp());
    rig.shell.window.setCurrentPage(QStringLiteral("triage"));
    QVERIFY(!rig.count->isVisible());

    rig.serverSays(BotStatus::Paused, QDateTime::currentMSecsSinceEpoch());
    QTRY_COMPARE(rig.shown.size(), 1);
    QCOMPARE(rig.shown.at(0).kind, Notifier::Kind::WatchedChange);
    QCOMPARE(rig.shown.at(0).title, QStringLiteral("Watched bot changed"));
    QVERIFY2(rig.shown.at(0).message.contains(QLatin1String("acme_live")),
             qPrintable(rig.shown.at(0).message));
    QVERIFY(rig.count->isVisible());
    QVERIFY2(rig.count->text().contains(QLatin1Char('1')), qPrintable(rig.count->text()));
    QCOMPARE(rig.bots->attentionCount(), 1);

    QTest::mouseClick(rig.count, Qt::LeftButton);
    QCOMPARE(rig.shell.window.currentPageId(), QStringLiteral("bots"));
    QVERIFY(!rig.count->isVisible());
    QCOMPARE(rig.bots->attentionCount(), 0);

    // Looking: still notified, not counted.
    rig.serverSays(BotStatus::Active, QDateTime::currentMSecsSinceEpoch());
    QTRY_COMPARE(rig.shown.size(), 2);
    QVERIFY(!rig.count->isVisible());
    QCOMPARE(rig.bots->attentionCount(), 0);
}

void TestWatchController::staleThreshold_followsSettings()
{
    Rig rig(m_dir.path());
    QVERIFY(rig.setUp());
    rig.shell.settings.setStaleHeartbeatSeconds(300);
    // The last heartbeat was 100 s ago: not stale for 300 s...
    rig.serverSays(BotStatus::Active, QDateTime::currentMSecsSinceEpoch() - 100 * 1000);
    rig.controller->watchList()->check();
    QTest::qWait(50);
    QVERIFY(rig.shown.isEmpty());
    // ...but stale once Settings say 60 s.
    rig.shell.settings.setStaleHeartbeatSeconds(60);
    rig.controller->watchList()->check();
    QTRY_COMPARE(rig.shown.size(), 1);
    QCOMPARE(rig.shown.at(0).kind, Notifier::Kind::StaleHeartbeat);
    QCOMPARE(rig.shown.at(0).title, QStringLiteral("Watched bot: heartbeat stale"));
}

void TestWatchController::ownActionInTheLog_isNotNews()
{
    Rig rig(m_dir.path());
    QVERIFY(rig.setUp());
    auto *log = rig.shell.window.findChild<TriageLog *>();
    QVERIFY(log && log->isOpen());
    TriageEntry e;
    e.kind = QStringLiteral("bot");
    e.accountId = kAccount;
    e.platform = QString(platformToWire(Platform::Twitch));
    e.action = TriageAction::pause();
    e.origin = TriageOrigin::single();
    e.result = TriageEntry::Result::Pending;
    QVERIFY(log->append(e) > 0);

    rig.serverSays(BotStatus::Paused, QDateTime::currentMSecsSinceEpoch());
    QTest::qWait(100);
    QVERIFY(rig.shown.isEmpty());
    // Someone else's change afterwards is news again.
    rig.serverSays(BotStatus::Active, QDateTime::currentMSecsSinceEpoch());
    QTRY_COMPARE(rig.shown.size(), 1);
}

QTEST_MAIN(TestWatchController)
#include "TestWatchController.moc"
