// Issue 15, operator safety, on the real Bots page and BotSyncController
// against the sandbox, driven with QTest keys: bulk actions are guarded
// (Ctrl+A, p, Enter sends nothing; the number of bots is typed above the
// threshold and on a critical profile), undo covers exactly what took
// effect and leaves alone what changed since, a lost answer is "unknown"
// and then settled from the server's state (confirmed or not applied, with
// the triage log agreeing), and Ctrl+C copies the marked bots. What was
// sent is counted at the sandbox (counters.mutationRequests), what happened
// is read from its state.

#include "SandboxInfo.h"

#include "api/BotControlApi.h"
#include "api/BotStatusFeed.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "app/Translations.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/session/Permissions.h"
#include "models/settings/AppSettings.h"
#include "models/triage/TriageLog.h"
#include "views/ActionRegistry.h"
#include "views/bots/BotBatchPanel.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kLoadTimeoutMs = 30000;
constexpr int kActionTimeoutMs = 20000;
constexpr int kRows = 400 * 5; // --accounts 400, five platforms each

struct Harness
{
    QTemporaryDir dir;
    QSettings qsettings {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings {&qsettings};
    QNetworkAccessManager network;
    std::unique_ptr<GraphQLClient> http;
    std::unique_ptr<GraphQLWsClient> ws;
    BotStore store;
    BotTableModel model {&store};
    QAbstractItemModelTester tester {&model,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest};
    BotSyncController sync {&store};
    TriageLog log;
    ActionRegistry registry;
    Permissions permissions;
    std::unique_ptr<BotTablePage> page;

    explicit Harness(const SandboxInfo &info)
    {
        GraphQLClientConfig config;
        config.endpoint = info.httpUrl();
        config.token = info.token(QStringLiteral("admin"));
        // Fast retries, so that lost answers give up in well under a second.
        config.retry.timeScale = 0.05;
        http = std::make_unique<GraphQLClient>(&network, config);
        ws = std::make_unique<GraphQLWsClient>(info.wsUrl());
        const QString token = config.token;
        ws->setTokenProvider([token] { return token; });
        store.setFlushInterval(0);
        log.open(dir.filePath(QStringLiteral("triage.sqlite")));
        sync.setTriageLog(&log);
    }

    ~Harness()
    {
        page.reset();
        sync.stop();
        if (ws)
            ws->stop();
    }

    bool start()
    {
        permissions = Permissions({}, true); // the admin token: system admin
        page = std::make_unique<BotTablePage>(&model, &sync, &settings);
        registry.setPermissionCheck([this](const QString &p) { return permissions.has(p); });
        registry.setSignedIn(true);
        registry.setCurrentContext(ActionContext::Bots);
        page->registerActions(registry);
        registry.setShortcutWidget(page.get());
        page->setPermissions(permissions);
        page->resize(1100, 700);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            return false;
        ws->start();
        sync.start(http.get(), ws.get());
        return QTest::qWaitFor(
            [this] {
                return sync.loadState().phase == BotLoadState::Phase::Ready
                    && model.counts().total == kRows;
            },
            kLoadTimeoutMs);
    }

    QTableView *table() const { return page->tableView(); }

    // Back to the page (after a dialog), keys going to the table.
    bool activate()
    {
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            return false;
        table()->setFocus();
        return true;
    }

    // The open confirmation, active and with the keyboard.
    BotConfirmDialog *confirmation()
    {
        if (!QTest::qWaitFor([this] { return page->confirmationBox()
                                           && page->confirmationBox()->isVisible(); },
                             5000))
            return nullptr;
        BotConfirmDialog *box = page->confirmationBox();
        // Really active (a dialog shares isActiveWindow() with its parent).
        box->activateWindow();
        const bool active =
            QTest::qWaitFor([box] { return QApplication::activeWindow() == box; }, 5000);
        return active ? box : nullptr;
    }

    // The first n bots that are Active on platform and not pending.
    QList<BotKey> activeKeys(int n, Platform platform) const
    {
        QList<BotKey> keys;
        for (qsizetype row = 0; row < store.rowCount() && keys.size() < n; ++row) {
            const BotStore::Row &r = store.row(row);
            if (r.platform == platform && r.status == BotStatus::Active
                && r.pending == PendingAction::None)
                keys.append(store.keyAt(row));
        }
        return keys;
    }

    // Marks exactly keys (they may be filtered out of view).
    void mark(const QList<BotKey> &keys)
    {
        activate();
        page->clearMarks();
        page->clearFilters();
        page->applySearchNow();
        table()->setFocus();
        for (const BotKey &key : keys) {
            const int row = model.rowForKey(key);
            table()->setCurrentIndex(model.index(row, BotTable::AccountNameColumn));
            QTest::keyClick(table(), Qt::Key_Space);
        }
    }

    const BotStore::Row &row(const BotKey &key) const { return store.row(store.rowForKey(key)); }
    bool allSettled(const QList<BotKey> &keys) const
    {
        for (const BotKey &key : keys) {
            if (row(key).pending != PendingAction::None)
                return false;
        }
        return true;
    }
};

QString idText(const BotKey &key)
{
    return key.accountId; // as the server gave it
}

QString wire(const BotKey &key)
{
    return QString(platformToWire(key.platform));
}

} // namespace

class TestOperatorSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlA_p_enter_sendsNothing();
    void typedConfirmation_wrongNumberRefused_rightNumberSends();
    void undo_afterPartialFailure_coversExactlyWhatSucceeded();
    void undo_nothingSucceeded_noNote();
    void undo_leavesAloneWhatChangedSince();
    void lostAnswer_unknown_thenConfirmed();
    void lostAnswer_unknown_thenNotApplied();
    void copy_marksWhenMarked_elseSelection();

private:
    int mutationRequests() const;
    QString serverStatus(const BotKey &key) const { return m_sandbox.botStatus(idText(key), wire(key)); }
    void setServer(const BotKey &key, const QJsonObject &fields);
    void restoreActive(const QList<BotKey> &keys);
    void setFailures(const QByteArray &json);

    SandboxInfo m_sandbox;
    Translations m_translations;
};

void TestOperatorSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app's English catalogue: plural forms ("1 bot").
    QCOMPARE(m_translations.setLanguage(QStringLiteral("en")), QStringLiteral("en"));
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestOperatorSafety::init()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
}

void TestOperatorSafety::cleanup()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
}

int TestOperatorSafety::mutationRequests() const
{
    const QJsonObject state =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}});
    return state[QLatin1String("counters")][QLatin1String("mutationRequests")].toInt(-1);
}

void TestOperatorSafety::setServer(const BotKey &key, const QJsonObject &fields)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("accountId"), idText(key));
    body.insert(QStringLiteral("platform"), wire(key));
    QString error;
    m_sandbox.control(QStringLiteral("set-row"), body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestOperatorSafety::restoreActive(const QList<BotKey> &keys)
{
    for (const BotKey &key : keys)
        setServer(key, {{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
}

void TestOperatorSafety::setFailures(const QByteArray &json)
{
    QString error;
    m_sandbox.control(QStringLiteral("faults"), QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Three keys pause everything no more: Enter lands on Cancel.
void TestOperatorSafety::ctrlA_p_enter_sendsNothing()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const int before = mutationRequests();
    QVERIFY(before >= 0);
    QTableView *table = h.table();
    table->setFocus();
    table->setCurrentIndex(h.model.index(0, 0));

    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(h.page->markedKeys().size(), kRows);
    QTest::keyClick(table, Qt::Key_P);
    QPointer<BotConfirmDialog> box = h.confirmation();
    QVERIFY(box);
    QVERIFY(box->cancelButton()->isDefault());
    QVERIFY(!box->confirmButton()->isDefault());
    // Thousands of bots on five platforms: the number must be typed.
    QVERIFY(box->requiredCount() > 50);
    QVERIFY(box->countEdit()->isVisible());
    QVERIFY(!box->confirmButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!box || !box->isVisible());

    // Three bots on one platform: a plain confirmation, still Cancel first.
    const QList<BotKey> three = h.activeKeys(3, Platform::Twitch);
    QCOMPARE(three.size(), 3);
    h.mark(three);
    QTest::keyClick(table, Qt::Key_P);
    box = h.confirmation();
    QVERIFY(box);
    QCOMPARE(box->requiredCount(), 0);
    QVERIFY(box->cancelButton()->isDefault());
    QCOMPARE(QApplication::focusWidget(), box->cancelButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!box || !box->isVisible());

    QTest::qWait(300); // anything sent would be on its way by now
    QCOMPARE(mutationRequests(), before);
    QCOMPARE(h.log.count({}), 0);
    QVERIFY(h.allSettled(three));
    QVERIFY(!h.page->batchPanel()->isVisible());
    for (const BotKey &key : three)
        QCOMPARE(serverStatus(key), QStringLiteral("ACTIVE"));
}

void TestOperatorSafety::typedConfirmation_wrongNumberRefused_rightNumberSends()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    // Three bots on one platform need no typing, unless the profile is critical.
    h.page->setCriticalProfile(true);
    const QList<BotKey> keys = h.activeKeys(3, Platform::Kick);
    QCOMPARE(keys.size(), 3);
    h.mark(keys);
    const int before = mutationRequests();
    QTest::keyClick(h.table(), Qt::Key_P);
    BotConfirmDialog *box = h.confirmation();
    QVERIFY(box);
    QCOMPARE(box->requiredCount(), 3);
    QVERIFY2(box->promptLabel()->text().contains(QLatin1String("critical")),
             qPrintable(box->promptLabel()->text()));
    QCOMPARE(QApplication::focusWidget(), box->countEdit());

    // A wrong number: refused in place, nothing sent, the dialog stays.
    QTest::keyClicks(box->countEdit(), QStringLiteral("2"));
    QVERIFY(!box->confirmButton()->isEnabled());
    QTest::keyClick(box->countEdit(), Qt::Key_Return);
    QVERIFY(box->isVisible());
    QVERIFY(box->refusalLabel()->isVisible());
    QTest::qWait(200);
    QCOMPARE(mutationRequests(), before);
    QCOMPARE(h.row(keys.first()).pending, PendingAction::None);

    // The right one: sent.
    box->countEdit()->clear();
    QTest::keyClicks(box->countEdit(), QStringLiteral("3"));
    QVERIFY(box->confirmButton()->isEnabled());
    QTest::keyClick(box->countEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(h.allSettled(keys), kActionTimeoutMs);
    QCOMPARE(mutationRequests(), before + 3);
    for (const BotKey &key : keys)
        QCOMPARE(serverStatus(key), QStringLiteral("PAUSED"));
    restoreActive(keys);

    // Not critical, and above the threshold: typed too.
    h.page->setCriticalProfile(false);
    h.settings.setBulkConfirmThreshold(2);
    QTRY_VERIFY_WITH_TIMEOUT(h.row(keys.last()).status == BotStatus::Active, kActionTimeoutMs);
    h.mark(keys);
    QTest::keyClick(h.table(), Qt::Key_P);
    box = h.confirmation();
    QVERIFY(box);
    QCOMPARE(box->requiredCount(), 3);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!h.page->confirmationBox());
    QCOMPARE(mutationRequests(), before + 3);
}

// A bulk pause where some bots lost their connection on the server before
// the request reached them (the view was frozen, so the app still showed
// them Active): the undo resumes exactly the ones that were paused.
void TestOperatorSafety::undo_afterPartialFailure_coversExactlyWhatSucceeded()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const QList<BotKey> keys = h.activeKeys(8, Platform::YouTube);
    QCOMPARE(keys.size(), 8);
    const QList<BotKey> lost = keys.mid(2, 3);
    QTest::keyClick(h.table(), Qt::Key_Z); // freeze
    QVERIFY(h.page->isFrozen());
    for (const BotKey &key : lost)
        setServer(key, {{QStringLiteral("status"), QStringLiteral("NO_CONNECTION")}});
    QTRY_COMPARE_WITH_TIMEOUT(h.store.heldCount(), lost.size(), kActionTimeoutMs);
    h.mark(keys);
    const int before = mutationRequests();
    QTest::keyClick(h.table(), Qt::Key_P);
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    QTest::mouseClick(h.page->confirmationBox()->confirmButton(), Qt::LeftButton);
    BotBatchPanel *panel = h.page->batchPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->batch().total == 8 && panel->batch().isSettled(),
                             kActionTimeoutMs);
    QCOMPARE(panel->batch().done, 5);
    QCOMPARE(panel->batch().failed, 3);
    QCOMPARE(panel->failureList()->count(), 3);
    QCOMPARE(mutationRequests(), before + 8);
    QVERIFY(h.page->undoNote()->isVisible());
    QCOMPARE(h.page->undoNote()->text(), QStringLiteral("Undo: resume 5 bots (Ctrl+Z)"));
    QVERIFY(h.activate());
    QTest::keyClick(h.table(), Qt::Key_Z); // catch up
    QVERIFY(!h.page->isFrozen());

    // Ctrl+Z: guarded like any bulk action, then exactly five resumes.
    QTest::keyClick(h.table(), Qt::Key_Z, Qt::ControlModifier);
    BotConfirmDialog *box = h.confirmation();
    QVERIFY(box);
    QVERIFY2(box->questionLabel()->text().contains(QLatin1String("5")),
             qPrintable(box->questionLabel()->text()));
    QVERIFY(box->cancelButton()->isDefault());
    QTest::mouseClick(box->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.allSettled(keys), kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(mutationRequests(), before + 8 + 5, kActionTimeoutMs);
    for (const BotKey &key : keys) {
        QCOMPARE(serverStatus(key), lost.contains(key) ? QStringLiteral("NO_CONNECTION")
                                                       : QStringLiteral("ACTIVE"));
    }
    // The undo is undoable in turn, for the five it resumed.
    QTRY_COMPARE_WITH_TIMEOUT(h.page->undoNote()->text(),
                              QStringLiteral("Undo: pause 5 bots (Ctrl+Z)"), kActionTimeoutMs);
    // The log: eight pauses (five ok, three failed), five resumes by undo.
    int undone = 0;
    for (const TriageEntry &e : h.log.entries({})) {
        if (e.origin == TriageOrigin::undo() && e.result == TriageEntry::Result::Ok)
            ++undone;
    }
    QCOMPARE(undone, 5);
    restoreActive(keys);
}

void TestOperatorSafety::undo_nothingSucceeded_noNote()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const QList<BotKey> keys = h.activeKeys(2, Platform::Trovo);
    QCOMPARE(keys.size(), 2);
    QTest::keyClick(h.table(), Qt::Key_Z);
    for (const BotKey &key : keys)
        setServer(key, {{QStringLiteral("status"), QStringLiteral("NO_CONNECTION")}});
    QTRY_COMPARE_WITH_TIMEOUT(h.store.heldCount(), 2, kActionTimeoutMs);
    h.mark(keys);
    QTest::keyClick(h.table(), Qt::Key_P);
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    QTest::mouseClick(h.page->confirmationBox()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.page->batchPanel()->batch().isSettled()
                                 && h.page->batchPanel()->batch().failed == 2,
                             kActionTimeoutMs);
    QVERIFY(!h.page->undoNote()->isVisible());
    QVERIFY(!h.page->canUndo());
    QVERIFY(!h.registry.action(QStringLiteral("bots.undo"))->isEnabled());
    QVERIFY(h.activate());
    QTest::keyClick(h.table(), Qt::Key_Z);
    QVERIFY(!h.page->isFrozen());
    restoreActive(keys);
}

// Between the pause and the undo another operator resumed one bot and
// another bot sent a heartbeat: both are left alone, and listed.
void TestOperatorSafety::undo_leavesAloneWhatChangedSince()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const QList<BotKey> keys = h.activeKeys(4, Platform::Twitch);
    QCOMPARE(keys.size(), 4);
    h.mark(keys);
    QTest::keyClick(h.table(), Qt::Key_P);
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    QTest::mouseClick(h.page->confirmationBox()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.page->undoNote()->isVisible(), kActionTimeoutMs);
    QCOMPARE(h.page->undoNote()->text(), QStringLiteral("Undo: resume 4 bots (Ctrl+Z)"));

    const BotKey resumedElsewhere = keys.at(1);
    const BotKey heartbeat = keys.at(2);
    const qint64 heartbeatUpdatedAt = h.row(heartbeat).updatedAt;
    setServer(resumedElsewhere, {{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
    setServer(heartbeat, {{QStringLiteral("lastHeartbeatAt"), QStringLiteral("now")}});
    QTRY_COMPARE_WITH_TIMEOUT(h.row(resumedElsewhere).serverStatus, BotStatus::Active,
                              kActionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(h.row(heartbeat).updatedAt > heartbeatUpdatedAt, kActionTimeoutMs);
    const qint64 otherUpdatedAt = h.row(resumedElsewhere).updatedAt;

    const int before = mutationRequests();
    QVERIFY(h.activate());
    QTest::keyClick(h.table(), Qt::Key_Z, Qt::ControlModifier);
    BotConfirmDialog *box = h.confirmation();
    QVERIFY(box);
    QVERIFY2(box->questionLabel()->text().contains(QLatin1String("2")),
             qPrintable(box->questionLabel()->text()));
    QVERIFY(box->noteLabel()->isVisible());
    const QString note = box->noteLabel()->text();
    QVERIFY2(note.startsWith(QLatin1String("2 bots changed since; left alone: ")), qPrintable(note));
    QCOMPARE(box->noteLabel()->textFormat(), Qt::PlainText);
    QTest::mouseClick(box->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(mutationRequests(), before + 2, kActionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(h.allSettled(keys), kActionTimeoutMs);
    QCOMPARE(serverStatus(keys.at(0)), QStringLiteral("ACTIVE"));
    QCOMPARE(serverStatus(keys.at(3)), QStringLiteral("ACTIVE"));
    QCOMPARE(serverStatus(heartbeat), QStringLiteral("PAUSED")); // left as the bot had it
    QCOMPARE(serverStatus(resumedElsewhere), QStringLiteral("ACTIVE"));
    QCOMPARE(h.row(resumedElsewhere).updatedAt, otherUpdatedAt); // never touched by us
    QVERIFY(h.page->operationBanner()->isVisible());
    QVERIFY2(h.page->operationBanner()->text().contains(QLatin1String("changed since")),
             qPrintable(h.page->operationBanner()->text()));
    restoreActive(keys);
}

// The server did it, the answer never came (LOST_ANSWER): "unknown", then
// "applied (confirmed)"; the log has the three entries, each referring to
// the one before.
void TestOperatorSafety::lostAnswer_unknown_thenConfirmed()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const BotKey key = h.activeKeys(1, Platform::Twitch).value(0);
    QVERIFY(key.isValid());
    setFailures(R"({"failures": {"adminToggleBotForAccount": {"rate": 1, "kind": "LOST_ANSWER"}}})");
    QSignalSpy unknown(&h.sync, &BotSyncController::operationUnknown);
    QSignalSpy settled(&h.sync, &BotSyncController::operationSettled);
    h.mark({});
    h.table()->setCurrentIndex(h.model.index(h.model.rowForKey(key), 0));
    QTest::keyClick(h.table(), Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, kActionTimeoutMs);
    QCOMPARE(h.sync.unsettledCount(), 0);
    QCOMPARE(serverStatus(key), QStringLiteral("PAUSED"));
    QCOMPARE(h.row(key).status, BotStatus::Paused);
    QCOMPARE(h.row(key).pending, PendingAction::None);
    const QString banner = h.page->operationBanner()->text();
    QVERIFY2(banner.contains(QLatin1String("applied (confirmed)")), qPrintable(banner));
    QCOMPARE(h.page->operationBanner()->kind(), MessageBanner::Kind::Information);

    QList<TriageEntry> entries = h.log.entries({}); // newest first
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).result, TriageEntry::Result::Pending);
    QCOMPARE(entries.at(1).result, TriageEntry::Result::Unknown);
    QCOMPARE(entries.at(1).refId, entries.at(2).id);
    QCOMPARE(entries.at(0).result, TriageEntry::Result::Confirmed);
    QCOMPARE(entries.at(0).refId, entries.at(1).id);
    QCOMPARE(entries.at(0).serverMessage, QStringLiteral("PAUSED"));
    // An undo covers it: it took effect.
    QTRY_COMPARE_WITH_TIMEOUT(h.page->undoNote()->text(),
                              QStringLiteral("Undo: resume 1 bot (Ctrl+Z)"), kActionTimeoutMs);
    m_sandbox.control(QStringLiteral("reset-faults"));
    restoreActive({key});
}

// The answer was lost and the server did nothing (a gateway's 502, four
// times): "unknown", then, from a snapshot the app asks for, "not applied".
void TestOperatorSafety::lostAnswer_unknown_thenNotApplied()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const BotKey key = h.activeKeys(1, Platform::Kick).value(0);
    QVERIFY(key.isValid());
    setFailures(R"({"failures": {"adminToggleBotForAccount": {"rate": 1, "kind": "HTTP_502"}}})");
    QSignalSpy unknown(&h.sync, &BotSyncController::operationUnknown);
    QSignalSpy failed(&h.sync, &BotSyncController::operationFailed);
    int failedWhenUnknown = -1;
    connect(&h.sync, &BotSyncController::operationUnknown, this,
            [&] { failedWhenUnknown = int(failed.count()); });
    const int snapshots = h.sync.feed()->snapshotCount();
    h.mark({});
    h.table()->setCurrentIndex(h.model.index(h.model.rowForKey(key), 0));
    QTest::keyClick(h.table(), Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(unknown.count(), 1, kActionTimeoutMs);
    QCOMPARE(failedWhenUnknown, 0); // unknown is not failed
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kActionTimeoutMs);
    QVERIFY(h.sync.feed()->snapshotCount() > snapshots); // it asked the server
    QCOMPARE(h.row(key).status, BotStatus::Active);
    QCOMPARE(h.row(key).pending, PendingAction::None);
    QCOMPARE(serverStatus(key), QStringLiteral("ACTIVE"));
    const QString banner = h.page->operationBanner()->text();
    QVERIFY2(banner.contains(QLatin1String("not applied")), qPrintable(banner));
    QVERIFY(h.page->operationBanner()->actionButton()->isVisible()); // Retry
    const QList<TriageEntry> entries = h.log.entries({});
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).result, TriageEntry::Result::Unknown);
    QCOMPARE(entries.at(0).result, TriageEntry::Result::NotApplied);
    QCOMPARE(entries.at(0).refId, entries.at(1).id);
    QCOMPARE(entries.at(0).serverMessage, QStringLiteral("ACTIVE"));
    QVERIFY(!h.page->undoNote()->isVisible()); // nothing took effect
}

void TestOperatorSafety::copy_marksWhenMarked_elseSelection()
{
    Harness h(m_sandbox);
    QVERIFY(h.start());
    const QList<BotKey> keys = h.activeKeys(3, Platform::Discord);
    QCOMPARE(keys.size(), 3);
    h.mark(keys);
    // Filter so that only the last is shown: all three are copied, the one
    // on screen first.
    const int shown = h.store.rowForKey(keys.last());
    h.page->searchEdit()->setText(h.store.accountIdText(shown));
    h.page->applySearchNow();
    QVERIFY(h.model.rowForKey(keys.first()) < 0);
    QVERIFY(h.activate());
    QTest::keyClick(h.table(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(1), idText(keys.last()));
    QStringList ids;
    for (const QString &line : lines.mid(1))
        ids.append(line.split(QLatin1Char('\t')).at(1));
    for (const BotKey &key : keys)
        QVERIFY(ids.contains(idText(key)));

    // No marks: the current row.
    h.page->clearMarks();
    h.table()->selectionModel()->setCurrentIndex(
        h.model.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(h.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), h.page->selectionAsTsv());
    QCOMPARE(QGuiApplication::clipboard()->text().count(QLatin1Char('\n')), 2);
}

QTEST_MAIN(TestOperatorSafety)
#include "TestOperatorSafety.moc"
