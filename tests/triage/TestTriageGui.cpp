// The triage log behind the real BotSyncController, shown on the real page,
// and watches on the real main window, against a sandbox started by CTest.

#include "AppShell.h"
#include "SandboxInfo.h"
#include "api/BotControlApi.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/Notifier.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "app/sync/BotSyncController.h"
#include "app/sync/DiscordSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/commands/BotCommands.h"
#include "models/settings/AppSettings.h"
#include "models/triage/TriageLog.h"
#include "models/triage/TriageLogModel.h"
#include "models/watch/WatchList.h"
#include "views/SignInDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/triage/TriageLogPage.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

constexpr int kLoadTimeoutMs = 20000;
constexpr int kActionTimeoutMs = 15000;

// Records what the page would be told, and whether the log already had the
// result at that moment.
struct Recorder
{
    TriageLog *log = nullptr;
    QHash<quint64, bool> resultLoggedWhenFinished;
    QList<BotOperationFailure> failures;
    QList<bool> failureLoggedWhenReported;

    bool hasResult(quint64 batchId, TriageEntry::Result result) const
    {
        for (const TriageEntry &e : log->entries({})) {
            if (e.batchId == qint64(batchId) && e.result == result && e.refId > 0)
                return true;
        }
        return false;
    }
    void batchChanged(const BotBatchState &batch)
    {
        if (batch.total > 0 && batch.isFinished() && !resultLoggedWhenFinished.contains(batch.id)) {
            resultLoggedWhenFinished.insert(
                batch.id,
                hasResult(batch.id, TriageEntry::Result::Ok)
                    || hasResult(batch.id, TriageEntry::Result::Failed));
        }
    }
    void operationFailed(const BotOperationFailure &failure)
    {
        failures.append(failure);
        failureLoggedWhenReported.append(hasResult(failure.batchId, TriageEntry::Result::Failed));
    }
    // What the page would hand to BotCommands::setHandlers().
    BotCommands::Handlers handlers()
    {
        return {.batchChanged = [this](const BotBatchState &b) { batchChanged(b); },
                .operationFailed =
                    [this](const BotOperationFailure &f) {
                        operationFailed(f);
                    }};
    }
};

// The real controller, a log in a temporary directory and the page.
struct Harness
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<GraphQLClient> http;
    std::unique_ptr<GraphQLWsClient> ws;
    BotStore store;
    BotSyncController sync {&store};
    TriageLog log;
    Recorder observer;
    QObject observerContext;
    std::unique_ptr<TriageLogPage> page;

    explicit Harness(const SandboxInfo &info)
    {
        GraphQLClientConfig config;
        config.endpoint = info.httpUrl();
        config.token = info.token(QStringLiteral("admin"));
        http = std::make_unique<GraphQLClient>(&network, config);
        ws = std::make_unique<GraphQLWsClient>(info.wsUrl());
        const QString token = config.token;
        ws->setTokenProvider([token] { return token; });
        store.setFlushInterval(0);
    }
    ~Harness()
    {
        page.reset();
        sync.setHandlers(nullptr, {});
        sync.stop();
        if (ws)
            ws->stop();
    }

    bool start()
    {
        if (!log.open(dir.filePath(QStringLiteral("triage.sqlite"))))
            return false;
        log.setProfile(QStringLiteral("Sandbox"));
        observer.log = &log;
        sync.setTriageLog(&log);
        sync.setHandlers(&observerContext, observer.handlers());
        page = std::make_unique<TriageLogPage>(&log);
        page->resize(1000, 600);
        page->show();
        ws->start();
        sync.start(http.get(), ws.get());
        return QTest::qWaitFor(
            [this] { return sync.loadState().phase == BotLoadState::Phase::Ready; },
            kLoadTimeoutMs);
    }
};

} // namespace

class TestTriageGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pause_loggedOkWithServerState_beforeThePageIsTold();
    void pause_serverFailure_loggedFailedWithServerMessage();
    void bulkAndTaggedBatches_recordTheirOrigin();
    void page_filtersAndExportsSelectedRange();
    void shell_triagePageIsWired_watchesFireAndCount();
    void discord_mappingSavedAndGuildDisconnected_loggedBeforeCallback();

private:
    void setRow(const QJsonObject &body);
    QString m_acmeId;
    SandboxInfo m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTriageGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("{ adminBotStatuses(filter: {search: \"acme_live\", platform: TWITCH}) "
                       "{ nodes { accountId accountName } } }"));
    const QJsonArray nodes =
        reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
            .toArray();
    for (const QJsonValue &n : nodes) {
        if (n[QLatin1String("accountName")].toString() == QLatin1String("acme_live"))
            m_acmeId = n[QLatin1String("accountId")].toString();
    }
    QVERIFY(!m_acmeId.isEmpty());
}

void TestTriageGui::init()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
    setRow({{QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("lastHeartbeatAt"), QStringLiteral("now")}});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTriageGui::cleanup()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_dir.reset();
}

void TestTriageGui::setRow(const QJsonObject &body)
{
    QJsonObject b = body;
    b.insert(QStringLiteral("accountId"), m_acmeId);
    b.insert(QStringLiteral("platform"), QStringLiteral("TWITCH"));
    QString error;
    m_sandbox.control(QStringLiteral("set-row"), b, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTriageGui::pause_loggedOkWithServerState_beforeThePageIsTold()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const BotKey key {m_acmeId, Platform::Twitch};
    QVERIFY(h.store.rowForKey(key) >= 0);

    const quint64 batch = h.sync.pause({key}, TriageOrigin::single());
    QVERIFY(batch > 0);
    // Written before anything was sent.
    QList<TriageEntry> entries = h.log.entries({});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).result, TriageEntry::Result::Pending);
    QCOMPARE(entries.at(0).accountName, QStringLiteral("acme_live"));
    QCOMPARE(h.page->model()->index(0, TriageLogModel::ResultColumn).data().toString(),
             QStringLiteral("Sent, waiting"));

    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.contains(batch), kActionTimeoutMs);
    QVERIFY2(h.observer.resultLoggedWhenFinished.value(batch),
             "the page was told the batch is done before its result was in the log");

    entries = h.log.entries({});
    QCOMPARE(entries.size(), 2);
    const TriageEntry &result = entries.at(0);
    QCOMPARE(result.result, TriageEntry::Result::Ok);
    QCOMPARE(result.serverMessage, QStringLiteral("PAUSED")); // the server's new state
    QCOMPARE(result.refId, entries.at(1).id);
    QCOMPARE(result.profile, QStringLiteral("Sandbox"));
    QCOMPARE(result.kind, QStringLiteral("bot"));
    QCOMPARE(result.accountId, m_acmeId);
    QCOMPARE(result.platform, QStringLiteral("TWITCH"));
    QCOMPARE(result.action, TriageAction::pause());
    QCOMPARE(result.origin, TriageOrigin::single());
    QCOMPARE(result.batchId, qint64(batch));

    // The page shows it at once, newest first.
    TriageLogModel *model = h.page->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, TriageLogModel::AccountColumn).data().toString(),
             QStringLiteral("acme_live"));
    QCOMPARE(model->index(0, TriageLogModel::TargetColumn).data().toString(),
             QStringLiteral("Twitch"));
    QCOMPARE(model->index(0, TriageLogModel::ActionColumn).data().toString(),
             QStringLiteral("Pause"));
    QCOMPARE(model->index(0, TriageLogModel::ResultColumn).data().toString(), QStringLiteral("OK"));
    QCOMPARE(model->index(0, TriageLogModel::MessageColumn).data().toString(),
             QStringLiteral("PAUSED"));
    QCOMPARE(model->index(1, TriageLogModel::ResultColumn).data().toString(),
             QStringLiteral("Sent"));

    const quint64 back = h.sync.resume({key}, TriageOrigin::single());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.value(back), kActionTimeoutMs);
    QCOMPARE(h.log.entries({}).at(0).serverMessage, QStringLiteral("ACTIVE"));
}

void TestTriageGui::pause_serverFailure_loggedFailedWithServerMessage()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const BotKey key {m_acmeId, Platform::Twitch};
    QString error;
    m_sandbox.control(QStringLiteral("faults"),
                      QJsonDocument::fromJson(R"({"failures": {"adminToggleBotForAccount":
            {"rate": 1, "kind": "INTERNAL_SERVER_ERROR"}}})")
                          .object(),
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const quint64 batch = h.sync.pause({key}, TriageOrigin::single());
    QVERIFY(batch > 0);
    QTRY_COMPARE_WITH_TIMEOUT(h.observer.failures.size(), 1, kActionTimeoutMs);
    QVERIFY2(h.observer.failureLoggedWhenReported.at(0),
             "the failure reached the page before it was in the log");
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.contains(batch), kActionTimeoutMs);

    const TriageEntry failed = h.log.entries({}).at(0);
    QCOMPARE(failed.result, TriageEntry::Result::Failed);
    const QString serverMessage = h.observer.failures.at(0).message;
    QVERIFY(!serverMessage.isEmpty());
    QVERIFY2(failed.serverMessage.contains(serverMessage), qPrintable(failed.serverMessage));
    QCOMPARE(h.page->model()->index(0, TriageLogModel::ResultColumn).data().toString(),
             QStringLiteral("Failed"));
    QVERIFY(h.page->model()
                ->index(0, TriageLogModel::MessageColumn)
                .data()
                .toString()
                .contains(serverMessage));

    // Retried after the fault is gone: logged as a retry, with its own result.
    m_sandbox.control(QStringLiteral("reset-faults"));
    const quint64 retry = h.sync.retryFailed(batch);
    QVERIFY(retry > 0);
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.value(retry), kActionTimeoutMs);
    const TriageEntry retried = h.log.entries({}).at(0);
    QCOMPARE(retried.origin, TriageOrigin::retry());
    QCOMPARE(retried.result, TriageEntry::Result::Ok);
    const quint64 back = h.sync.resume({key}, TriageOrigin::single());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.contains(back), kActionTimeoutMs);
}

void TestTriageGui::bulkAndTaggedBatches_recordTheirOrigin()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    // Three active bots of other accounts than acme_live.
    QList<BotKey> keys;
    const QString acme = m_acmeId;
    for (qsizetype row = 0; row < h.store.rowCount() && keys.size() < 3; ++row) {
        const BotKey key = h.store.keyAt(row);
        if (key.accountId != acme && h.store.row(row).status == BotStatus::Active
            && h.store.row(row).pending == PendingAction::None) {
            keys.append(key);
        }
    }
    QVERIFY(keys.size() >= 2);
    const quint64 bulk = h.sync.pause(keys, TriageOrigin::bulk());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.value(bulk), kActionTimeoutMs);
    // The undo of it, tagged as such.
    const quint64 undo = h.sync.resume(keys, TriageOrigin::undo());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.value(undo), kActionTimeoutMs);
    int bulkEntries = 0;
    int undoEntries = 0;
    for (const TriageEntry &e : h.log.entries({})) {
        if (e.batchId == qint64(bulk)) {
            QCOMPARE(e.origin, TriageOrigin::bulk());
            ++bulkEntries;
        } else if (e.batchId == qint64(undo)) {
            QCOMPARE(e.origin, TriageOrigin::undo());
            QCOMPARE(e.action, TriageAction::resume());
            ++undoEntries;
        }
    }
    QCOMPARE(bulkEntries, 2 * int(keys.size())); // pending + result each
    QCOMPARE(undoEntries, 2 * int(keys.size()));
    // The origin belongs to its batch: the next single action is "single" again.
    const quint64 single = h.sync.pause({keys.first()}, TriageOrigin::single());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.value(single), kActionTimeoutMs);
    QCOMPARE(h.log.entries({}).at(0).origin, TriageOrigin::single());
    QCOMPARE(h.page->model()->index(0, TriageLogModel::ActionColumn).data().toString(),
             QStringLiteral("Pause"));
    const quint64 back = h.sync.resume({keys.first()}, TriageOrigin::single());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.contains(back), kActionTimeoutMs);
}

void TestTriageGui::page_filtersAndExportsSelectedRange()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
    TriageEntry old;
    old.atMs = hourAgo;
    old.kind = QStringLiteral("bot");
    old.accountName = QStringLiteral("old|timer");
    old.platform = QStringLiteral("KICK");
    old.action = TriageAction::pause();
    old.result = TriageEntry::Result::Ok;
    h.log.append(old);
    const BotKey key {m_acmeId, Platform::Twitch};
    const quint64 batch = h.sync.pause({key}, TriageOrigin::single());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.value(batch), kActionTimeoutMs);

    TriageLogPage *page = h.page.get();
    TriageLogModel *model = page->model();
    page->setRange(TriageLogPage::Range::LastHour);
    QCOMPARE(model->rowCount(), 2); // the old entry is out of range
    page->setRange(TriageLogPage::Range::LastDay);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY2(page->countLabel()->text().contains(QLatin1String("3")),
             qPrintable(page->countLabel()->text()));

    // Custom range with the date-time editors.
    page->rangeCombo()->setCurrentIndex(
        page->rangeCombo()->findData(int(TriageLogPage::Range::Custom)));
    QVERIFY(page->fromEdit()->isVisible());
    page->setCustomRange(QDateTime::fromMSecsSinceEpoch(hourAgo - 60000),
                         QDateTime::fromMSecsSinceEpoch(hourAgo + 60000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TriageLogModel::AccountColumn).data().toString(),
             QStringLiteral("old|timer"));

    // Text filter from the keyboard: the registry's key focuses it.
    page->setRange(TriageLogPage::Range::All);
    ActionRegistry registry;
    registry.setCurrentContext(ActionContext::Triage);
    registry.setSignedIn(true);
    page->registerActions(registry);
    registry.setShortcutWidget(page);
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page));
    page->tableView()->setFocus();
    QTest::keyClick(page->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->filterEdit()->hasFocus());
    QTest::keyClicks(page->filterEdit(), QStringLiteral("acme"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(page->tableView()->hasFocus());

    // Export the selected range (the result row only) through the seam.
    page->tableView()->selectionModel()->select(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QString asked;
    const QString csvPath = m_dir->filePath(QStringLiteral("out.csv"));
    page->setSaveFileChooser(
        [&](QWidget *, const QString &caption, const QString &, const QString &) {
            asked = caption;
            return csvPath;
        });
    registry.action(QStringLiteral("triage.exportCsv"))->trigger();
    QVERIFY(!asked.isEmpty());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList csvLines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(csvLines.size(), 3);
    QVERIFY(csvLines.at(0).startsWith(QLatin1String("Time (UTC),Profile,Account")));
    QVERIFY2(csvLines.at(1).contains(QLatin1String(",Sandbox,acme_live,")),
             qPrintable(csvLines.at(1)));
    QVERIFY(csvLines.at(1).contains(QLatin1String(",Twitch,Pause,OK,PAUSED,")));

    // Markdown of everything shown when nothing is selected; old|timer escaped.
    page->tableView()->clearSelection();
    page->setRange(TriageLogPage::Range::All);
    page->setFilterText(QString());
    page->applyFilterNow();
    registry.action(QStringLiteral("triage.copyMarkdown"))->trigger();
    const QString markdown = QApplication::clipboard()->text();
    QVERIFY2(markdown.contains(QLatin1String("| old\\|timer |")), qPrintable(markdown));
    QCOMPARE(markdown.count(QLatin1Char('\n')), 2 + 3);
    const QString mdPath = m_dir->filePath(QStringLiteral("out.md"));
    page->setSaveFileChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return mdPath; });
    QVERIFY(page->exportMarkdown());
    QFile md(mdPath);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(md.readAll()), markdown);
    // Cancelled dialog: nothing written, nothing claimed.
    page->setSaveFileChooser(
        [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
    QVERIFY(!page->exportCsv());

    const quint64 back = h.sync.resume({key}, TriageOrigin::single());
    QTRY_VERIFY_WITH_TIMEOUT(h.observer.resultLoggedWhenFinished.contains(back), kActionTimeoutMs);
}

void TestTriageGui::shell_triagePageIsWired_watchesFireAndCount()
{
    AppShell shell(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
    auto *triage = qobject_cast<TriageLogPage *>(shell.window.page(QStringLiteral("triage")));
    QVERIFY2(triage, "the triage placeholder was not replaced");
    auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
    QVERIFY(bots);
    auto *watches = shell.window.findChild<WatchList *>(QStringLiteral("watchList"));
    auto *notifier = shell.window.findChild<Notifier *>(QStringLiteral("notifier"));
    auto *count = shell.window.findChild<QToolButton *>(QStringLiteral("watchChangedCount"));
    QVERIFY(watches && notifier && count);
    QList<Notifier::Notification> shown;
    notifier->setSink([&shown](const Notifier::Notification &n) { shown.append(n); });

    // Sign in as the app does.
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bots->model()->rowCount() > 0, kLoadTimeoutMs);
    shell.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));

    // The acme_live Twitch row, current on the Bots page; W watches it.
    shell.window.setCurrentPage(QStringLiteral("bots"));
    bots->showAccount(m_acmeId);
    const BotKey key {m_acmeId, Platform::Twitch};
    QTRY_VERIFY(bots->model()->rowForKey(key) >= 0);
    bots->tableView()->setFocus();
    bots->tableView()->setCurrentIndex(bots->model()->index(bots->model()->rowForKey(key), 0));
    const auto watchState = [&] {
        return BotTable::WatchState(bots->model()
                                        ->index(bots->model()->rowForKey(key), 0)
                                        .data(BotTable::WatchRole)
                                        .toInt());
    };
    QCOMPARE(watchState(), BotTable::WatchState::None);
    QTest::keyClick(bots->tableView(), Qt::Key_W);
    QVERIFY(watches->isWatched(key));
    QCOMPARE(watches->watchedCount(), 1);
    QCOMPARE(watchState(), BotTable::WatchState::Watched);
    QVERIFY(shell.window.actions().action(QStringLiteral("bots.watch"))->isEnabled());

    // The operator's own pause of a watched bot is logged, and is not news.
    bots->pauseSelected();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<TriageEntry> e = triage->model()->allMatching();
            return !e.isEmpty() && e.first().accountId == m_acmeId
                && e.first().result == TriageEntry::Result::Ok;
        }(),
        kActionTimeoutMs);
    QCOMPARE(triage->model()->allMatching().first().profile, QStringLiteral("Sandbox"));
    QCOMPARE(triage->model()->allMatching().first().serverMessage, QStringLiteral("PAUSED"));
    QTest::qWait(300);
    QVERIFY(shown.isEmpty());

    // Someone else resumes it while the operator looks at the triage log.
    shell.window.setCurrentPage(QStringLiteral("triage"));
    QVERIFY(!count->isVisible());
    setRow({{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kActionTimeoutMs);
    QCOMPARE(shown.at(0).kind, Notifier::Kind::WatchedChange);
    QVERIFY2(shown.at(0).message.contains(QLatin1String("acme_live")),
             qPrintable(shown.at(0).message));
    QVERIFY(shown.at(0).message.contains(QLatin1String("Twitch")));
    QVERIFY(watches->isFlagged(key));
    QTRY_VERIFY(count->isVisible());
    QCOMPARE(watches->unseenChangeCount(), 1);
    QVERIFY2(count->text().contains(QLatin1String("1")), qPrintable(count->text()));
    // The row is painted flagged, and the page switcher (seen from every
    // page) carries the count beside the Bots page's name.
    QCOMPARE(watchState(), BotTable::WatchState::Flagged);
    QCOMPARE(bots->attentionCount(), 1);
    QAction *botsSwitch = shell.window.actions().action(QStringLiteral("view.page.bots"));
    QVERIFY(botsSwitch);
    QVERIFY2(botsSwitch->text().endsWith(QLatin1String("(1)")), qPrintable(botsSwitch->text()));
    {
        // Without the brief change highlight, which tints changed rows too.
        bots->model()->setNow(QDateTime::currentMSecsSinceEpoch() + 60 * 1000);
        QTableView *table = bots->tableView();
        const QModelIndex cell = bots->model()->index(bots->model()->rowForKey(key), 0);
        QStyleOptionViewItem option;
        option.initFrom(table);
        option.rect = QRect(0, 0, 200, 24);
        QImage flagged(option.rect.size(), QImage::Format_ARGB32);
        flagged.fill(Qt::transparent);
        {
            QPainter painter(&flagged);
            table->itemDelegateForIndex(cell)->paint(&painter, option, cell);
        }
        // A neighbouring, unwatched row painted the same way differs: the
        // flag is visible, not only a role.
        const QModelIndex plain = bots->model()->index(cell.row() == 0 ? 1 : 0, 0);
        QImage other(option.rect.size(), QImage::Format_ARGB32);
        other.fill(Qt::transparent);
        {
            QPainter painter(&other);
            table->itemDelegateForIndex(plain)->paint(&painter, option, plain);
        }
        QVERIFY(flagged.pixel(195, 2) != other.pixel(195, 2));
    }

    // Its heartbeat goes stale: a second notification, still one row changed.
    setRow({{QStringLiteral("lastHeartbeatAt"),
             double(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)}});
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, kActionTimeoutMs);
    QCOMPARE(shown.at(1).kind, Notifier::Kind::StaleHeartbeat);
    QCOMPARE(watches->unseenChangeCount(), 1);

    // Preferences are respected.
    shell.settings.setNotifyWatchedChanges(false);
    setRow({{QStringLiteral("status"), QStringLiteral("PAUSED")},
            {QStringLiteral("lastHeartbeatAt"), QStringLiteral("now")}});
    QTRY_VERIFY_WITH_TIMEOUT(bots->model()
                                     ->index(bots->model()->rowForKey(key), 0)
                                     .data(BotTable::ServerStatusRole)
                                     .toInt()
                                 == int(BotStatus::Paused),
                             kActionTimeoutMs);
    QTest::qWait(200);
    QCOMPARE(shown.size(), 2);
    shell.settings.setNotifyWatchedChanges(true);

    // Looking at the Bots page clears the count; the row stays flagged until
    // it is current again.
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QCOMPARE(watches->unseenChangeCount(), 0);
    QVERIFY(!count->isVisible());
    QCOMPARE(bots->attentionCount(), 0);
    QVERIFY(!botsSwitch->text().endsWith(QLatin1String(")")));
    QVERIFY(watches->isFlagged(key));
    const int row = bots->model()->rowForKey(key);
    bots->tableView()->setCurrentIndex(bots->model()->index(row == 0 ? 1 : 0, 0));
    bots->tableView()->setCurrentIndex(bots->model()->index(bots->model()->rowForKey(key), 0));
    QVERIFY(!watches->isFlagged(key));
    QCOMPARE(watchState(), BotTable::WatchState::Watched);

    // W again unwatches; nothing fires any more.
    QTest::keyClick(bots->tableView(), Qt::Key_W);
    QVERIFY(!watches->isWatched(key));
    setRow({{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
    QTest::qWait(500);
    QCOMPARE(shown.size(), 2);
}

void TestTriageGui::discord_mappingSavedAndGuildDisconnected_loggedBeforeCallback()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    DiscordSyncController discord;
    discord.setTriageLog(&h.log);
    discord.setClients(h.http.get(), h.ws.get());
    QTRY_VERIFY_WITH_TIMEOUT(discord.guildModel()->rowCount() > 0, kLoadTimeoutMs);
    const DiscordGuild guild = discord.guildModel()->guildAt(0);

    bool opened = false;
    ApiError openError;
    discord.openGuild(guild.guildId, this, [&](const ApiError &e) {
        openError = e;
        opened = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(opened, kActionTimeoutMs);
    QVERIFY2(!openError, qPrintable(openError.message));
    FeatureMappingModel *features = discord.featureModel();
    int changed = -1;
    for (int row = 0; row < features->rowCount() && changed < 0; ++row) {
        const bool was = features->value(row).enabled;
        features->setEnabled(row, !was);
        if (!was && !features->channels().isEmpty())
            features->setChannel(row, features->channels().first().id);
        if (features->isChanged(row) && features->problem(row).isEmpty())
            changed = row;
        else
            features->revertRow(row);
    }
    QVERIFY(changed >= 0);

    // The callback is where the page says "saved": the result is logged by then.
    bool saved = false;
    bool loggedBeforeCallback = false;
    discord.saveStagedChanges(this, [&](const ApiError &) {
        const QList<TriageEntry> entries = h.log.entries({});
        loggedBeforeCallback = !entries.isEmpty() && entries.first().refId > 0
            && entries.first().action == TriageAction::mappingSaved();
        saved = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(saved, kActionTimeoutMs);
    QVERIFY(loggedBeforeCallback);
    TriageEntry e = h.log.entries({}).first();
    QCOMPARE(e.kind, QStringLiteral("discord"));
    QCOMPARE(e.guildId, guild.guildId);
    QCOMPARE(e.result, TriageEntry::Result::Ok);
    QCOMPARE(e.detail, guild.name);
    QVERIFY2(e.serverMessage.contains(features->featureKey(changed)), qPrintable(e.serverMessage));

    bool disconnected = false;
    loggedBeforeCallback = false;
    discord.disconnectGuild(guild.guildId, this, [&](const ApiError &) {
        const QList<TriageEntry> entries = h.log.entries({});
        loggedBeforeCallback = !entries.isEmpty() && entries.first().refId > 0
            && entries.first().action == TriageAction::guildDisconnected();
        disconnected = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(disconnected, kActionTimeoutMs);
    QVERIFY(loggedBeforeCallback);
    e = h.log.entries({}).first();
    QCOMPARE(e.result, TriageEntry::Result::Ok);
    QCOMPARE(e.guildId, guild.guildId);
    QCOMPARE(h.page->model()->index(0, TriageLogModel::ActionColumn).data().toString(),
             QStringLiteral("Discord server disconnected"));
    QCOMPARE(h.page->model()->index(0, TriageLogModel::TargetColumn).data().toString(), guild.name);
    discord.setClients(nullptr, nullptr);
}

QTEST_MAIN(TestTriageGui)
#include "TestTriageGui.moc"
