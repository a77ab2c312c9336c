// The real main window against an older server (issue 13, "an older server
// works too"): the sandbox --legacy has no subscriptions (its WebSocket
// upgrade is answered 405), no adminRejoinBot, adminDiscordGuilds or
// discordFeatureCatalog. The introspection at sign-in tells the app so: the
// Bots page loads over HTTP and polls (the status bar says "Polling, updated
// N s ago", never "Live", and no WebSocket is even tried), a change made by
// another client appears by the next poll, polls stop while the window is
// minimised, Reconnect is hidden with its reason in its tool tip, the
// shortcut help and the palette, the Discord page says plainly that this
// server offers no guild list, and the status bar names what the server lacks.

#include "SandboxInfo.h"

#include "AppShell.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotTableModel.h"
#include "views/SettingsDialog.h"
#include "views/ShortcutHelpDialog.h"
#include "views/SignInDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/bots/BotTableView.h"
#include "views/discord/DiscordGuildsPage.h"
#include "views/palette/CommandPalette.h"
#include "views/widgets/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

// Saves what the operator sees when LUMIO_SCREENSHOT_DIR is set (for review).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LUMIO_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

int counter(const QJsonObject &state, const char *name)
{
    return state.value(QLatin1String("counters")).toObject().value(QLatin1String(name)).toInt();
}

} // namespace

class TestLegacyServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void botsPage_loadsOverHttpAndPolls_neverLive();
    void changeByAnotherClient_appearsByTheNextPoll();
    void polls_stopWhileMinimised_andTheIntervalIsASetting();
    void reconnect_isHiddenWithItsReasonEverywhere();
    void discordPage_saysTheServerOffersNoGuildList();
    void statusBar_namesWhatTheServerLacks();

private:
    // Signs in through the dialog and waits for the first complete load.
    bool signInAndLoad(AppShell &shell);
    BotTablePage *bots(AppShell &shell) const
    {
        return qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
    }
    BotSyncController *sync(AppShell &shell) const
    {
        return shell.window.findChild<BotSyncController *>();
    }
    QJsonObject state(bool rows = false) const
    {
        return m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), rows}});
    }

    SandboxInfo m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settingsPath;
    int m_serverRows = 0;
    // Every connection text seen while a test ran (sampled), to prove "Live" never was.
    QStringList m_seen;
    QTimer m_sampler;
    AppShell *m_shell = nullptr;
};

void TestLegacyServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QCOMPARE(state().value(QLatin1String("mode")).toString(), QStringLiteral("legacy"));
    m_serverRows = int(state(true).value(QLatin1String("rows")).toArray().size());
    QVERIFY(m_serverRows > 0);
    m_sampler.setInterval(20);
    connect(&m_sampler, &QTimer::timeout, this, [this] {
        if (!m_shell)
            return;
        const QString text = m_shell->window.connectionStatus()->text();
        if (m_seen.isEmpty() || m_seen.last() != text)
            m_seen.append(text);
    });
}

void TestLegacyServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("settings.ini"));
    m_seen.clear();
    m_sampler.start();
}

void TestLegacyServer::cleanup()
{
    m_sampler.stop();
    m_shell = nullptr;
    // Whatever the test saw, the app never claimed live updates.
    QVERIFY2(!m_seen.contains(QStringLiteral("Live")),
             qPrintable(m_seen.join(QStringLiteral(" | "))));
    m_dir.reset();
}

bool TestLegacyServer::signInAndLoad(AppShell &shell)
{
    m_shell = &shell;
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, kTimeoutMs))
        return false;
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Legacy"));
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&shell] { return shell.session.isSignedIn(); }, kTimeoutMs))
        return false;
    BotTablePage *page = bots(shell);
    return QTest::qWaitFor(
        [page, this] { return page->model()->counts().total == qsizetype(m_serverRows); },
        kTimeoutMs);
}

void TestLegacyServer::botsPage_loadsOverHttpAndPolls_neverLive()
{
    const int refusedBefore = counter(state(), "wsRefused");
    AppShell shell(m_settingsPath);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(signInAndLoad(shell));
    const qint64 loadedAfter = clock.elapsed();

    // What the server offers was read at sign-in: no subscriptions.
    const ServerCapabilities capabilities = shell.session.capabilities();
    QVERIFY(!capabilities.isAssumed());
    QVERIFY(!capabilities.hasSubscriptions());
    QVERIFY(!capabilities.supports(QStringLiteral("AdminRejoinBot")));
    QCOMPARE(shell.session.ws(), nullptr); // no WebSocket client at all
    QVERIFY(shell.session.liveUpdatesUnavailableReason().contains(QLatin1String("subscriptions")));

    // Loaded over HTTP, and kept current by polling; the status bar says so.
    const QRegularExpression polling(QStringLiteral("^Polling, updated \\d+ s ago$"));
    QTRY_VERIFY_WITH_TIMEOUT(polling.match(shell.window.connectionStatus()->text()).hasMatch(),
                             kTimeoutMs);
    const BotLoadState load = sync(shell)->loadState();
    QVERIFY(load.polling);
    QCOMPARE(load.phase, BotLoadState::Phase::Ready);
    QVERIFY(load.pollingReason.contains(QLatin1String("no live updates")));
    QVERIFY(!shell.window.isDataStale());
    QVERIFY(!bots(shell)->staleBanner()->isVisible());
    QVERIFY(!bots(shell)->loadBanner()->isVisible());
    QVERIFY(!shell.window.staleMark()->isVisible());
    // The tool tip says why and how often.
    const QString tip = shell.window.connectionStatus()
                            ->findChild<QLabel *>(QStringLiteral("connectionStateLabel"))
                            ->toolTip();
    QVERIFY2(tip.contains(QLatin1String("no subscriptions")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("reloaded every 5 s")), qPrintable(tip));

    // Polls keep coming (the default interval is 5 s; wait for one).
    const qint64 first = sync(shell)->loadState().updatedAtMs;
    QTRY_VERIFY_WITH_TIMEOUT(sync(shell)->loadState().updatedAtMs > first, kTimeoutMs);
    QCOMPARE(bots(shell)->model()->counts().total, qsizetype(m_serverRows));
    // No WebSocket was even tried: the server has none.
    QCOMPARE(counter(state(), "wsRefused"), refusedBefore);
    qInfo().noquote() << QStringLiteral("LEGACY-FIGURES rows=%1 first_load_ms=%2 polls_seen=2")
                             .arg(m_serverRows)
                             .arg(loadedAfter);
}

void TestLegacyServer::changeByAnotherClient_appearsByTheNextPoll()
{
    AppShell shell(m_settingsPath);
    shell.settings.setPollIntervalSeconds(1);
    QVERIFY(signInAndLoad(shell));
    BotSyncController *controller = sync(shell);
    QCOMPARE(controller->loadState().pollIntervalMs >= 1000, true);

    // Another client pauses an active Twitch bot on the server.
    const QJsonArray rows = state(true).value(QLatin1String("rows")).toArray();
    QString accountId;
    for (const QJsonValue &r : rows) {
        const QJsonArray row = r.toArray();
        if (row.at(1).toString() == QLatin1String("TWITCH")
            && row.at(2).toString() == QLatin1String("ACTIVE")) {
            accountId = row.at(0).toString();
            break;
        }
    }
    QVERIFY(!accountId.isEmpty());
    // Found by the ID the server sent (whatever the key type is).
    const auto statusOf = [&] {
        const BotTableModel *model = bots(shell)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(BotTable::AccountIdRole).toString() == accountId
                && index.data(BotTable::PlatformRole).toInt() == int(Platform::Twitch))
                return BotStatus(index.data(BotTable::StatusRole).toInt());
        }
        return BotStatus::Unknown;
    };
    QCOMPARE(statusOf(), BotStatus::Active);

    QSignalSpy loads(controller, &BotSyncController::loadStateChanged);
    const qint64 before = controller->loadState().updatedAtMs;
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_sandbox.setBotStatus(accountId, QStringLiteral("TWITCH"), QStringLiteral("PAUSED")),
             QString());
    // A poll that started before the change may miss it; the one after cannot.
    QList<qint64> completed;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const qint64 at = controller->loadState().updatedAtMs;
            if (at > before && (completed.isEmpty() || completed.last() != at))
                completed.append(at);
            return completed.size() >= 2 || statusOf() == BotStatus::Paused;
        }(),
        kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(), BotStatus::Paused, kTimeoutMs);
    const qint64 visibleAfter = clock.elapsed();
    // By the second complete poll after the change at the latest: one interval.
    QVERIFY2(completed.size() <= 2, qPrintable(QString::number(completed.size())));
    qInfo().noquote() << QStringLiteral("LEGACY-FIGURES change_visible_after_ms=%1 "
                                        "interval_ms=%2 polls_until_visible=%3")
                             .arg(visibleAfter)
                             .arg(controller->loadState().pollIntervalMs)
                             .arg(completed.size());
    // Newer wins: the server's row is what the table shows, with its time.
    QCOMPARE(m_sandbox.botStatus(accountId, QStringLiteral("TWITCH")), QStringLiteral("PAUSED"));
    m_sandbox.setBotStatus(accountId, QStringLiteral("TWITCH"), QStringLiteral("ACTIVE"));
}

void TestLegacyServer::polls_stopWhileMinimised_andTheIntervalIsASetting()
{
    AppShell shell(m_settingsPath);
    shell.settings.setPollIntervalSeconds(1);
    QVERIFY(signInAndLoad(shell));
    BotSyncController *controller = sync(shell);
    // Settle: at least one poll after the first load.
    const qint64 first = controller->loadState().updatedAtMs;
    QTRY_VERIFY_WITH_TIMEOUT(controller->loadState().updatedAtMs > first, kTimeoutMs);

    shell.window.showMinimized();
    QTRY_VERIFY(!shell.window.isShownToOperator());
    QTest::qWait(300); // a poll already on its way may still land
    const int requests = counter(state(), "requests");
    QTest::qWait(3500); // more than three intervals
    const int whileHidden = counter(state(), "requests") - requests;
    QCOMPARE(whileHidden, 0);

    const qint64 lastHidden = controller->loadState().updatedAtMs;
    shell.window.showNormal();
    QTRY_VERIFY(shell.window.isShownToOperator());
    // Due while hidden: at once when shown.
    QTRY_VERIFY_WITH_TIMEOUT(controller->loadState().updatedAtMs > lastHidden, 5000);

    // The interval is a setting, shown in the settings dialog.
    shell.window.showSettings();
    SettingsDialog *settings = shell.window.settingsDialog();
    QVERIFY(settings);
    QCOMPARE(settings->pollIntervalBox()->value(), 1);
    settings->pollIntervalBox()->setValue(7);
    QCOMPARE(shell.settings.pollIntervalSeconds(), 7);
    QTRY_VERIFY(controller->loadState().pollIntervalMs >= 7000);
    screenshot(settings, QStringLiteral("settings-poll-interval"));
    settings->close();
    qInfo().noquote()
        << QStringLiteral("LEGACY-FIGURES requests_while_minimised=%1").arg(whileHidden);
}

void TestLegacyServer::reconnect_isHiddenWithItsReasonEverywhere()
{
    AppShell shell(m_settingsPath);
    QVERIFY(signInAndLoad(shell));
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QAction *reconnect = shell.window.actions().action(QStringLiteral("bots.reconnect"));
    QVERIFY(reconnect);
    QVERIFY(!reconnect->isVisible());
    QVERIFY(!reconnect->isEnabled());
    QVERIFY2(reconnect->toolTip().contains(QLatin1String("adminRejoinBot")),
             qPrintable(reconnect->toolTip()));
    // Pause stays: the server has its mutation.
    QVERIFY(shell.window.actions().action(QStringLiteral("bots.pause"))->isVisible());

    // Shift+R on a row does nothing: nothing is sent, nothing fails.
    BotTablePage *page = bots(shell);
    page->tableView()->setFocus();
    page->moveCurrent(+1);
    const int mutations = counter(state(), "mutations");
    QTest::keyClick(page->tableView(), Qt::Key_R, Qt::ShiftModifier);
    QTest::qWait(200);
    QCOMPARE(counter(state(), "mutations"), mutations);
    QVERIFY(!page->operationBanner()->isVisible());

    // The shortcut help lists it with the reason.
    shell.window.showShortcutHelp();
    auto *tree = shell.window.shortcutHelpDialog()->findChild<QTreeWidget *>();
    QVERIFY(tree);
    QString helpText;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("bots.reconnect"))
            helpText = (*it)->text(0);
    }
    QVERIFY2(helpText.contains(QLatin1String("not available")), qPrintable(helpText));
    QVERIFY(helpText.contains(QLatin1String("adminRejoinBot")));
    shell.window.shortcutHelpDialog()->close();

    // The palette says so too, and offers no per-bot reconnect.
    const QList<PaletteItem> items =
        shell.window.commandPalette()->rank(QStringLiteral("reconnect"));
    bool listed = false;
    for (const PaletteItem &item : items) {
        if (item.key == QLatin1String("action:bots.reconnect"))
            listed = item.text.contains(QLatin1String("not available"));
        QVERIFY2(!item.key.startsWith(QLatin1String("bot:reconnect:")), qPrintable(item.text));
    }
    QVERIFY(listed);
    const QList<PaletteItem> perBot =
        shell.window.commandPalette()->rank(QStringLiteral("reconnect acme"));
    for (const PaletteItem &item : perBot)
        QVERIFY2(!item.key.startsWith(QLatin1String("bot:reconnect:")), qPrintable(item.text));
    // And the live connection cannot be "reconnected" either: there is none.
    QAction *live = shell.window.actions().action(QStringLiteral("view.reconnect"));
    QVERIFY(!live->isVisible());
    QVERIFY(live->toolTip().contains(QLatin1String("no live updates")));
}

void TestLegacyServer::discordPage_saysTheServerOffersNoGuildList()
{
    const int requestsBefore = counter(state(), "requests");
    AppShell shell(m_settingsPath);
    QVERIFY(signInAndLoad(shell));
    shell.window.setCurrentPage(QStringLiteral("discord"));
    auto *discord = qobject_cast<DiscordGuildsPage *>(shell.window.page(QStringLiteral("discord")));
    QVERIFY(discord);
    QTRY_VERIFY(discord->unavailableNote()->isVisible());
    const QString note = discord->unavailableNote()->text();
    QVERIFY2(note.contains(QLatin1String("does not offer the list of Discord servers")),
             qPrintable(note));
    QVERIFY(note.contains(QLatin1String("adminDiscordGuilds")));
    QVERIFY(!discord->guildView()->isVisible()); // no list that says "Loading" forever
    QVERIFY(!shell.window.actions().action(QStringLiteral("discord.addServer"))->isEnabled());
    // Nothing was asked that the server does not have, so nothing failed.
    QTest::qWait(300);
    QVERIFY2(!discord->statusLabel()->text().contains(QLatin1String("Could not")),
             qPrintable(discord->statusLabel()->text()));
    QVERIFY(counter(state(), "requests") > requestsBefore);
    screenshot(&shell.window, QStringLiteral("legacy-discord"));
}

void TestLegacyServer::statusBar_namesWhatTheServerLacks()
{
    AppShell shell(m_settingsPath);
    QVERIFY(signInAndLoad(shell));
    QToolButton *mark = shell.window.serverMark();
    QTRY_VERIFY(mark->isVisible());
    QCOMPARE(mark->text(),
             QStringLiteral("Server is older than this app: no live updates, no Reconnect and 3 "
                            "more"));
    const QString details = shell.window.serverDifferencesText();
    QVERIFY2(details.contains(QLatin1String(
                 "operation Mutation.adminRejoinBot (AdminRejoinBot): missing on the server")),
             qPrintable(details));
    QVERIFY(details.contains(QLatin1String("enum DiscordGuildEventKind: not on the server")));
    QVERIFY(mark->toolTip().contains(QLatin1String("adminDiscordGuilds")));
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QTest::qWait(100);
    screenshot(&shell.window, QStringLiteral("legacy-bots"));
    // Help > Server Differences shows the same, keyboard-reachable.
    shell.window.actions().action(QStringLiteral("help.serverDifferences"))->trigger();
    auto *box = shell.window.findChild<QMessageBox *>(QStringLiteral("serverDifferencesBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(box->text(), details);
    screenshot(box, QStringLiteral("legacy-differences"));
    box->close();
}

QTEST_MAIN(TestLegacyServer)
#include "TestLegacyServer.moc"
