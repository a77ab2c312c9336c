#include "SandboxInfo.h"

#include "api/BotControlApi.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/session/Permissions.h"
#include "models/triage/TriageLog.h"
#include "views/ActionRegistry.h"
#include "views/bots/ActionDelegate.h"
#include "views/bots/BotBatchPanel.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kLoadTimeoutMs = 20000;
constexpr int kActionTimeoutMs = 15000;
constexpr int kRows = 400 * 5; // --accounts 400, five platforms each

// The real page and controller against the sandbox, signed in as one role.
struct Harness
{
    QNetworkAccessManager network;
    std::unique_ptr<GraphQLClient> http;
    std::unique_ptr<GraphQLWsClient> ws;
    BotStore store;
    BotTableModel model {&store};
    QAbstractItemModelTester tester {&model,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest};
    BotSyncController sync {&store};
    ActionRegistry registry;
    Permissions permissions;
    std::unique_ptr<BotTablePage> page;

    Harness(const SandboxInfo &info, const QString &role)
    {
        GraphQLClientConfig config;
        config.endpoint = info.httpUrl();
        config.token = info.token(role);
        http = std::make_unique<GraphQLClient>(&network, config);
        ws = std::make_unique<GraphQLWsClient>(info.wsUrl());
        const QString token = info.token(role);
        ws->setTokenProvider([token] { return token; });
        store.setFlushInterval(0);
    }

    ~Harness()
    {
        page.reset();
        sync.stop();
        if (ws)
            ws->stop();
    }

    // Signs in the way the app does: the viewer's permissions, then the page.
    bool start(bool waitForLoad = true)
    {
        BotControlApi api(http.get());
        ValueJob<Viewer> *job = api.viewer();
        bool done = false;
        Viewer viewer;
        QObject::connect(job, &ApiJob::finished, &api, [&](const ApiError &) {
            if (job->hasValue())
                viewer = job->value();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kActionTimeoutMs))
            return false;
        permissions = Permissions(viewer.permissions, viewer.isSystemAdmin);

        page = std::make_unique<BotTablePage>(&model, &sync);
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
        if (!waitForLoad)
            return true;
        return QTest::qWaitFor(
            [this] {
                return sync.loadState().phase == BotLoadState::Phase::Ready
                    && model.counts().total == kRows;
            },
            kLoadTimeoutMs);
    }

    // Filters to one bot by typing, as an operator would, and returns its row.
    int showOnly(const QString &name, Platform platform)
    {
        QLineEdit *search = page->searchEdit();
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, name);
        QTest::keyClick(search, Qt::Key_Return);
        QComboBox *combo = page->platformCombo();
        combo->setCurrentIndex(combo->findData(int(platform)));
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(BotTable::AccountNameRole).toString() == name
                && model.index(row, 0).data(BotTable::PlatformRole).toInt() == int(platform)) {
                return row;
            }
        }
        return -1;
    }

    BotStatus statusAt(int row) const
    {
        return BotStatus(
            model.index(row, BotTable::StatusColumn).data(BotTable::StatusRole).toInt());
    }
    PendingAction pendingAt(int row) const
    {
        return PendingAction(
            model.index(row, BotTable::StatusColumn).data(BotTable::PendingRole).toInt());
    }

    QPoint buttonCenter(int row) const
    {
        const QModelIndex index = model.index(row, BotTable::ActionColumn);
        QTableView *table = page->tableView();
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.rect = table->visualRect(index);
        option.fontMetrics = table->fontMetrics();
        return page->actionDelegate()->buttonRect(option, index).center();
    }
};

} // namespace

// GUI tests of the Bots page on real widgets, driven with QTest key and mouse
// events, with the real BotSyncController against the sandbox.
class TestBotTablePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void load_showsEveryRowAndCountLine();
    void search_filtersAfterDebounce_enterAppliesAtOnce();
    void platformFilter_keyboardSwitchShowsOnlyThatPlatform();
    void pause_withKeyboard_changesBadgeAndServer();
    void pause_withMouseOnActionCell_thenDoubleClickSendsOnce();
    void pause_serverFailure_restoresRowAndShowsServerMessage();
    void readOnly_noActionColumnNoActions();
    void liveUpdate_fromSecondClient_reachesRow();
    void bulkPause_threeSelectedRows_confirmedAndReported();
    void copy_selectedRowsAsTsvWithHeader();
    void emptyState_clearFiltersRestoresRows();
    void controller_boundedConcurrency_andSecondRequestIgnored();
    void loadFailure_showsErrorBanner_retryLoads();
    void bulkFailures_listedWithServerMessage_retrySucceeds();
    void reconnect_shiftR_rejoinsWithoutChangingStatus();
    void keyboard_tabOrder_searchFiltersTable();
    void connectionDrop_marksStale_thenRecovers();

    // Keyboard triage (issue 7).
    void keys_enterInSearchJumpsToFirstMatch();
    void keys_jkHomeEndMoveCurrentRowAndKeepItVisible();
    void marks_spaceRangeAllClear_surviveFiltersAndSorting();
    void marks_pauseActsOnMarkedRowsAcrossFilters_thenUndo();
    void keys_ctrlDigitPicksPlatform_shiftLetterSorts();
    void freeze_holdsRows_thenCatchesUp();
    void keys_everyTriageKeyIsInTheRegistry();

private:
    QString acmeTwitchId();
    QString serverStatus(const QString &accountId, const QString &platform);
    void setServerStatus(const QString &accountId, const QString &platform, const QString &status);
    int mutationCount();

    SandboxInfo m_sandbox;
    QString m_acmeId;
};

void TestBotTablePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    m_acmeId = acmeTwitchId();
    QVERIFY(!m_acmeId.isEmpty());
}

void TestBotTablePage::init()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
    setServerStatus(m_acmeId, QStringLiteral("TWITCH"), QStringLiteral("ACTIVE"));
}

void TestBotTablePage::cleanup()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
}

QString TestBotTablePage::acmeTwitchId()
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("{ adminBotStatuses(filter: {search: \"acme_live\", platform: TWITCH}) "
                       "{ nodes { accountId accountName } } }"));
    const QJsonArray nodes =
        reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
            .toArray();
    for (const QJsonValue &n : nodes) {
        if (n[QLatin1String("accountName")].toString() == QLatin1String("acme_live"))
            return n[QLatin1String("accountId")].toString();
    }
    return {};
}

QString TestBotTablePage::serverStatus(const QString &accountId, const QString &platform)
{
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("query($s: String!, $p: Platform) { adminBotStatuses(filter: {search: $s, "
                       "platform: $p}) { nodes { accountId status } } }"),
        {{QStringLiteral("s"), accountId}, {QStringLiteral("p"), platform}});
    const QJsonArray nodes =
        reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
            .toArray();
    for (const QJsonValue &n : nodes) {
        if (n[QLatin1String("accountId")].toString() == accountId)
            return n[QLatin1String("status")].toString();
    }
    return {};
}

void TestBotTablePage::setServerStatus(const QString &accountId, const QString &platform,
                                       const QString &status)
{
    QString error;
    m_sandbox.control(QStringLiteral("set-row"),
                      {{QStringLiteral("accountId"), accountId},
                       {QStringLiteral("platform"), platform},
                       {QStringLiteral("status"), status}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int TestBotTablePage::mutationCount()
{
    const QJsonObject state =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}});
    return state[QLatin1String("counters")][QLatin1String("mutations")].toInt(-1);
}

void TestBotTablePage::load_showsEveryRowAndCountLine()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QCOMPARE(h.model.rowCount(), kRows);
    const QString count = h.page->countLabel()->text();
    QVERIFY2(count.startsWith(QLocale().toString(kRows) + QLatin1String(" of ")
                              + QLocale().toString(kRows) + QLatin1String(" bots - ")),
             qPrintable(count));
    QVERIFY(count.contains(QLatin1String(" active, ")));
    QVERIFY(h.page->tableView()->isVisible());
    QVERIFY(!h.page->loadBanner()->isVisible());
    QVERIFY(h.page->tableView()->verticalHeader()->isHidden());
}

void TestBotTablePage::search_filtersAfterDebounce_enterAppliesAtOnce()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QLineEdit *search = h.page->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("acme"));
    // Debounced: nothing is filtered while typing...
    QCOMPARE(h.model.rowCount(), kRows);
    QVERIFY(h.page->searchDebounceTimer()->isActive());
    // ...and everything is shortly after.
    QTRY_VERIFY_WITH_TIMEOUT(h.model.rowCount() < kRows, 2000);
    QVERIFY(h.model.rowCount() >= 5);
    for (int row = 0; row < h.model.rowCount(); ++row) {
        const QModelIndex index = h.model.index(row, 0);
        QVERIFY(index.data(BotTable::AccountNameRole)
                    .toString()
                    .contains(QLatin1String("acme"), Qt::CaseInsensitive)
                || index.data(BotTable::AccountIdRole).toString().contains(QLatin1String("acme")));
    }

    // Accent-insensitive, and Enter does not wait for the debounce.
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("zoe"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(h.model.searchText(), QStringLiteral("zoe"));
    QVERIFY(!h.page->searchDebounceTimer()->isActive());
}

void TestBotTablePage::platformFilter_keyboardSwitchShowsOnlyThatPlatform()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QComboBox *combo = h.page->platformCombo();
    QCOMPARE(combo->count(), 6); // All Platforms + five
    QVERIFY(!combo->itemIcon(1).isNull()); // every platform has its glyph
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // All Platforms -> Twitch
    QCOMPARE(combo->currentData().toInt(), int(Platform::Twitch));
    QCOMPARE(h.model.rowCount(), kRows / 5);
    for (int row = 0; row < h.model.rowCount(); row += 37)
        QCOMPARE(h.model.index(row, 0).data(BotTable::PlatformRole).toInt(), int(Platform::Twitch));
    QTest::keyClick(combo, Qt::Key_Down); // YouTube
    QCOMPARE(h.model.platformFilter(), std::optional<Platform>(Platform::YouTube));
    QCOMPARE(h.model.rowCount(), kRows / 5);
}

void TestBotTablePage::pause_withKeyboard_changesBadgeAndServer()
{
    Harness h(m_sandbox, QStringLiteral("operator"));
    QVERIFY(h.start());
    int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QCOMPARE(h.statusAt(row), BotStatus::Active);

    // From the search field: Down goes to the first row, P pauses it.
    h.page->searchEdit()->setFocus();
    QTest::keyClick(h.page->searchEdit(), Qt::Key_Down);
    QVERIFY(h.page->tableView()->hasFocus());
    QCOMPARE(h.page->tableView()->currentIndex().row(), row);
    QTest::keyClick(h.page->tableView(), Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    row = h.model.rowForKey(h.model.keyForRow(row));
    QCOMPARE(h.statusAt(row), BotStatus::Paused);
    QCOMPARE(serverStatus(m_acmeId, QStringLiteral("TWITCH")), QStringLiteral("PAUSED"));

    // R resumes it again.
    QTest::keyClick(h.page->tableView(), Qt::Key_R);
    QTRY_COMPARE_WITH_TIMEOUT(h.statusAt(row), BotStatus::Active, kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    QCOMPARE(serverStatus(m_acmeId, QStringLiteral("TWITCH")), QStringLiteral("ACTIVE"));

    // The drawn button answers the keyboard too: Right goes to the action
    // cell (End moves to the last row since issue 7), Space presses Pause,
    // Enter presses Resume.
    for (int i = 0; i < BotTable::ActionColumn; ++i)
        QTest::keyClick(h.page->tableView(), Qt::Key_Right);
    QCOMPARE(h.page->tableView()->currentIndex().column(), int(BotTable::ActionColumn));
    QTest::keyClick(h.page->tableView(), Qt::Key_Space);
    QCOMPARE(h.pendingAt(row), PendingAction::Pause);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    QCOMPARE(h.statusAt(row), BotStatus::Paused);
    QTest::keyClick(h.page->tableView(), Qt::Key_Return);
    QCOMPARE(h.pendingAt(row), PendingAction::Resume);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    QCOMPARE(h.statusAt(row), BotStatus::Active);
    QCOMPARE(serverStatus(m_acmeId, QStringLiteral("TWITCH")), QStringLiteral("ACTIVE"));
}

void TestBotTablePage::pause_withMouseOnActionCell_thenDoubleClickSendsOnce()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QWidget *viewport = h.page->tableView()->viewport();

    QTest::mouseClick(viewport, Qt::LeftButton, {}, h.buttonCenter(row));
    QTRY_COMPARE_WITH_TIMEOUT(h.statusAt(row), BotStatus::Paused, kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    QCOMPARE(serverStatus(m_acmeId, QStringLiteral("TWITCH")), QStringLiteral("PAUSED"));

    // A double click on Resume resumes once; it never sends the opposite.
    const int before = mutationCount();
    // QTest's widget double click is a lone DblClick event; a real one is
    // press, release, double-click, release.
    const QPoint button = h.buttonCenter(row);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, button);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, button);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, button);
    QTRY_COMPARE_WITH_TIMEOUT(h.statusAt(row), BotStatus::Active, kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(h.statusAt(row), BotStatus::Active);
    QCOMPARE(serverStatus(m_acmeId, QStringLiteral("TWITCH")), QStringLiteral("ACTIVE"));
    QCOMPARE(mutationCount(), before + 1);
}

void TestBotTablePage::pause_serverFailure_restoresRowAndShowsServerMessage()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QString error;
    m_sandbox.control(QStringLiteral("faults"),
                      QJsonDocument::fromJson(R"({"failures": {"adminToggleBotForAccount":
            {"rate": 1, "kind": "INTERNAL_SERVER_ERROR"}}})")
                          .object(),
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QTest::mouseClick(h.page->tableView()->viewport(), Qt::LeftButton, {}, h.buttonCenter(row));
    QCOMPARE(h.pendingAt(row), PendingAction::Pause); // shown at once
    QTRY_VERIFY_WITH_TIMEOUT(h.page->operationBanner()->isVisible(), kActionTimeoutMs);
    const QString text = h.page->operationBanner()->text();
    QVERIFY2(text.contains(QLatin1String("acme_live")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Twitch")), qPrintable(text));
    QCOMPARE(h.pendingAt(row), PendingAction::None);
    QCOMPARE(h.statusAt(row), BotStatus::Active); // back to the server's state
    QCOMPARE(serverStatus(m_acmeId, QStringLiteral("TWITCH")), QStringLiteral("ACTIVE"));
    QVERIFY(h.page->operationBanner()->actionButton()->isVisible()); // Retry

    // Retry once the server is healthy again.
    m_sandbox.control(QStringLiteral("reset-faults"));
    QTest::mouseClick(h.page->operationBanner()->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.statusAt(row), BotStatus::Paused, kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(m_acmeId, QStringLiteral("TWITCH")),
                              QStringLiteral("PAUSED"), kActionTimeoutMs);
}

void TestBotTablePage::readOnly_noActionColumnNoActions()
{
    Harness h(m_sandbox, QStringLiteral("readonly"));
    QVERIFY(h.start());
    QVERIFY(h.permissions.isReadOnly());
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QVERIFY(h.page->tableView()->isColumnHidden(BotTable::ActionColumn));
    QVERIFY(!h.page->actionDelegate()->buttonsEnabled());
    QVERIFY(!h.registry.action(QStringLiteral("bots.pause"))->isVisible());
    QVERIFY(!h.registry.action(QStringLiteral("bots.resume"))->isVisible());
    QVERIFY(!h.registry.action(QStringLiteral("bots.reconnect"))->isVisible());
    QVERIFY(h.registry.action(QStringLiteral("bots.copy"))->isVisible());

    const int before = mutationCount();
    h.page->tableView()->setFocus();
    h.page->tableView()->setCurrentIndex(h.model.index(row, 0));
    QTest::keyClick(h.page->tableView(), Qt::Key_P);
    h.page->pauseSelected(); // even called directly, nothing is sent
    QTest::qWait(300);
    QCOMPARE(h.statusAt(row), BotStatus::Active);
    QCOMPARE(h.pendingAt(row), PendingAction::None);
    QCOMPARE(mutationCount(), before);
}

void TestBotTablePage::liveUpdate_fromSecondClient_reachesRow()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(h.sync.loadState().live, kActionTimeoutMs);
    QCOMPARE(h.statusAt(row), BotStatus::Active);

    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("operator"),
        QStringLiteral("mutation($id: ID!) { adminToggleBotForAccount(accountId: $id, "
                       "platform: TWITCH, enabled: false) { status } }"),
        {{QStringLiteral("id"), m_acmeId}});
    QVERIFY2(!reply.contains(QLatin1String("errors")), QJsonDocument(reply).toJson().constData());
    QTRY_COMPARE_WITH_TIMEOUT(h.statusAt(row), BotStatus::Paused, kActionTimeoutMs);
    // Recently changed rows are highlighted for a moment.
    h.page->tick();
    QVERIFY(h.model.index(row, 0).data(BotTable::HighlightRole).toBool());
}

void TestBotTablePage::bulkPause_threeSelectedRows_confirmedAndReported()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    // Three Active rows, selected with the keyboard.
    QComboBox *status = h.page->statusCombo();
    status->setCurrentIndex(status->findData(int(BotTable::StatusFilter::Active)));
    QVERIFY(h.model.rowCount() > 3);
    QTableView *table = h.page->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    const QList<BotKey> keys = h.page->selectedKeys();
    QCOMPARE(keys.size(), 3);

    QTest::keyClick(table, Qt::Key_P);
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    BotConfirmDialog *box = h.page->confirmationBox();
    QVERIFY2(box->questionLabel()->text().contains(QLatin1String("3")),
             qPrintable(box->questionLabel()->text()));
    QVERIFY(!box->detailsLabel()->text().isEmpty()); // which platforms
    QVERIFY(box->cancelButton()->isDefault()); // several bots: Enter cancels
    QCOMPARE(h.pendingAt(h.model.rowForKey(keys.first())), PendingAction::None); // not before OK
    // Rows on more than one platform need the number typed (issue 15).
    if (box->requiredCount() > 0) {
        QVERIFY(!box->confirmButton()->isEnabled());
        QTest::keyClicks(box->countEdit(), QString::number(box->requiredCount()));
    }
    QTest::mouseClick(box->confirmButton(), Qt::LeftButton);

    BotBatchPanel *panel = h.page->batchPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->batch().total, 3);
    QTRY_COMPARE_WITH_TIMEOUT(panel->batch().done, 3, kActionTimeoutMs);
    QCOMPARE(panel->batch().failed, 0);
    QCOMPARE(panel->progressBar()->value(), 3);
    for (const BotKey &key : keys) {
        const qsizetype storeRow = h.store.rowForKey(key);
        QCOMPARE(h.store.row(storeRow).status, BotStatus::Paused);
        const QString id = key.accountId;
        const QString wire = QString(platformToWire(key.platform));
        QCOMPARE(serverStatus(id, wire), QStringLiteral("PAUSED"));
        setServerStatus(id, wire, QStringLiteral("ACTIVE")); // leave the sandbox as found
    }
}

void TestBotTablePage::copy_selectedRowsAsTsvWithHeader()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QTableView *table = h.page->tableView();
    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString tsv = QGuiApplication::clipboard()->text();
    QCOMPARE(tsv, h.page->selectionAsTsv());
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')).size(), 5);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Account\tAccount ID\tPlatform\tStatus")));
    const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), QStringLiteral("acme_live"));
    QCOMPARE(fields.at(1), m_acmeId);
    QCOMPARE(fields.at(2), QStringLiteral("TWITCH"));
    QCOMPARE(fields.at(3), QStringLiteral("ACTIVE"));
}

void TestBotTablePage::emptyState_clearFiltersRestoresRows()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QLineEdit *search = h.page->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("no-such-bot-anywhere"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(h.model.rowCount(), 0);
    QVERIFY(h.page->emptyState()->isVisible());
    QVERIFY(!h.page->tableView()->isVisible());
    QCOMPARE(h.page->emptyLabel()->text(), QStringLiteral("No bots match"));
    QVERIFY(h.page->clearFiltersButton()->isVisible());
    QVERIFY(h.page->countLabel()->text().startsWith(QLatin1String("0 of ")));

    QTest::mouseClick(h.page->clearFiltersButton(), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(h.model.rowCount(), kRows);
    QVERIFY(h.page->tableView()->isVisible());
}

void TestBotTablePage::controller_boundedConcurrency_andSecondRequestIgnored()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 100}});
    h.page->statusCombo()->setCurrentIndex(
        h.page->statusCombo()->findData(int(BotTable::StatusFilter::Active)));
    QList<BotKey> keys;
    for (int row = 0; row < 10 && row < h.model.rowCount(); ++row)
        keys.append(h.model.keyForRow(row));
    QCOMPARE(keys.size(), 10);

    int maxInFlight = 0;
    connect(&h.sync, &BotSyncController::batchChanged, this,
            [&] { maxInFlight = qMax(maxInFlight, h.sync.inFlightCount()); });
    const int before = mutationCount();
    const quint64 id = h.sync.pause(keys, TriageOrigin::bulk());
    QVERIFY(id != 0);
    maxInFlight = qMax(maxInFlight, h.sync.inFlightCount());
    QCOMPARE(h.sync.inFlightCount(), 4);
    QCOMPARE(h.sync.queuedCount(), 6);
    // The same rows again while pending: nothing is sent twice.
    QCOMPARE(h.sync.pause(keys.mid(0, 1), TriageOrigin::single()), quint64(0));
    QCOMPARE(h.sync.resume(keys.mid(0, 1), TriageOrigin::single()), quint64(0));
    QTRY_VERIFY_WITH_TIMEOUT(h.sync.batch(id).isFinished(), kActionTimeoutMs);
    QCOMPARE(h.sync.batch(id).done, 10);
    QVERIFY(maxInFlight <= 4);
    QCOMPARE(mutationCount(), before + 10);
    for (const BotKey &key : keys) {
        setServerStatus(key.accountId,
                        QString(platformToWire(key.platform)), QStringLiteral("ACTIVE"));
    }
}

void TestBotTablePage::loadFailure_showsErrorBanner_retryLoads()
{
    QString error;
    m_sandbox.control(QStringLiteral("faults"),
                      QJsonDocument::fromJson(R"({"failures": {"adminBotStatuses":
                          {"rate": 1, "kind": "INTERNAL_SERVER_ERROR"}}})")
                          .object(),
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start(false));
    QTRY_VERIFY_WITH_TIMEOUT(h.page->loadBanner()->isVisible(), kActionTimeoutMs);
    QCOMPARE(h.sync.loadState().phase, BotLoadState::Phase::Error);
    QVERIFY(!h.sync.loadState().errorMessage.isEmpty());
    QVERIFY(h.page->loadBanner()->text().contains(h.sync.loadState().errorMessage));
    QVERIFY(h.page->emptyState()->isVisible());
    QCOMPARE(h.model.rowCount(), 0);

    m_sandbox.control(QStringLiteral("reset-faults"));
    QPushButton *retry = h.page->loadBanner()->actionButton();
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), kRows, kLoadTimeoutMs);
    QTRY_VERIFY(!h.page->loadBanner()->isVisible());
    QVERIFY(h.page->tableView()->isVisible());
}

void TestBotTablePage::connectionDrop_marksStale_thenRecovers()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QTRY_VERIFY_WITH_TIMEOUT(h.sync.loadState().live, kActionTimeoutMs);
    QVERIFY(!h.page->staleBanner()->isVisible());
    m_sandbox.control(QStringLiteral("restart"), {{QStringLiteral("downMs"), 2500}});
    QTRY_VERIFY_WITH_TIMEOUT(h.page->staleBanner()->isVisible(), kActionTimeoutMs);
    QCOMPARE(h.model.rowCount(), kRows); // the data stays, marked
    // A change made while we were away arrives with the resync.
    QTest::qWait(2600);
    setServerStatus(m_acmeId, QStringLiteral("TWITCH"), QStringLiteral("PAUSED"));
    // The banner's Reconnect skips the backoff wait.
    QTest::mouseClick(h.page->staleBanner()->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.page->staleBanner()->isVisible(), 30000);
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(h.statusAt(row), BotStatus::Paused, kActionTimeoutMs);
}

void TestBotTablePage::reconnect_shiftR_rejoinsWithoutChangingStatus()
{
    Harness h(m_sandbox, QStringLiteral("operator"));
    QVERIFY(h.start());
    const int row = h.showOnly(QStringLiteral("acme_live"), Platform::Twitch);
    QVERIFY(row >= 0);
    QAction *reconnect = h.registry.action(QStringLiteral("bots.reconnect"));
    QVERIFY(reconnect && reconnect->isVisible());
    const int before = mutationCount();
    QTableView *table = h.page->tableView();
    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(h.pendingAt(row), PendingAction::Reconnect);
    QTRY_COMPARE_WITH_TIMEOUT(h.pendingAt(row), PendingAction::None, kActionTimeoutMs);
    QCOMPARE(h.statusAt(row), BotStatus::Active);
    QVERIFY(!h.page->operationBanner()->isVisible());
    QCOMPARE(mutationCount(), before + 1);
}

void TestBotTablePage::keyboard_tabOrder_searchFiltersTable()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    h.page->searchEdit()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), h.page->platformCombo());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), h.page->statusCombo());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), h.page->tableView());
    // Ctrl+F (and /) bring the search back, whatever has focus.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), h.page->searchEdit());
    // Esc clears the search, a second Esc returns to the table.
    QTest::keyClicks(h.page->searchEdit(), QStringLiteral("acme"));
    QTest::keyClick(h.page->searchEdit(), Qt::Key_Escape);
    QCOMPARE(h.page->searchEdit()->text(), QString());
    QCOMPARE(h.model.rowCount(), kRows);
    QTest::keyClick(h.page->searchEdit(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), h.page->tableView());
}

void TestBotTablePage::bulkFailures_listedWithServerMessage_retrySucceeds()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QComboBox *status = h.page->statusCombo();
    status->setCurrentIndex(status->findData(int(BotTable::StatusFilter::Active)));
    QTableView *table = h.page->tableView();
    table->setFocus();
    table->selectionModel()->select(QItemSelection(h.model.index(3, 0), h.model.index(5, 0)),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    const QList<BotKey> keys = h.page->selectedKeys();
    QCOMPARE(keys.size(), 3);
    m_sandbox.control(QStringLiteral("faults"),
                      QJsonDocument::fromJson(R"({"failures": {"adminToggleBotForAccount":
                          {"rate": 1, "kind": "INTERNAL_SERVER_ERROR"}}})")
                          .object());

    QTest::keyClick(table, Qt::Key_P);
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    if (const int required = h.page->confirmationBox()->requiredCount(); required > 0)
        QTest::keyClicks(h.page->confirmationBox()->countEdit(), QString::number(required));
    QTest::mouseClick(h.page->confirmationBox()->confirmButton(), Qt::LeftButton);
    BotBatchPanel *panel = h.page->batchPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->batch().failed, 3, kActionTimeoutMs);
    QCOMPARE(panel->failureList()->count(), 3);
    QVERIFY(
        panel->failureList()->item(0)->text().contains(panel->batch().failures.first().message));
    QVERIFY(panel->retryButton()->isVisible());
    for (const BotKey &key : keys) // every row back to the server's state
        QCOMPARE(h.store.row(h.store.rowForKey(key)).status, BotStatus::Active);

    m_sandbox.control(QStringLiteral("reset-faults"));
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->batch().isFinished() && panel->batch().done == 3,
                             kActionTimeoutMs);
    QCOMPARE(panel->batch().failed, 0);
    for (const BotKey &key : keys) {
        const QString id = key.accountId;
        const QString wire = QString(platformToWire(key.platform));
        QCOMPARE(serverStatus(id, wire), QStringLiteral("PAUSED"));
        setServerStatus(id, wire, QStringLiteral("ACTIVE"));
    }
}

void TestBotTablePage::keys_enterInSearchJumpsToFirstMatch()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QTableView *table = h.page->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Slash);
    QCOMPARE(QApplication::focusWidget(), h.page->searchEdit());
    QTest::keyClicks(h.page->searchEdit(), QStringLiteral("acme_live"));
    QTest::keyClick(h.page->searchEdit(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));
    QCOMPARE(table->currentIndex().data(BotTable::AccountNameRole).toString(),
             QStringLiteral("acme_live"));
    // Esc in the search clears it and a second one returns to the table.
    QTest::keyClick(table, Qt::Key_Slash);
    QTest::keyClick(h.page->searchEdit(), Qt::Key_Escape);
    QCOMPARE(h.model.rowCount(), kRows);
    QTest::keyClick(h.page->searchEdit(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), table);
}

void TestBotTablePage::keys_jkHomeEndMoveCurrentRowAndKeepItVisible()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QTableView *table = h.page->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(table->selectionModel()->isRowSelected(1, {})); // clearly marked
    QTest::keyClick(table, Qt::Key_End);
    QCOMPARE(table->currentIndex().row(), kRows - 1);
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), kRows - 2);
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    QTest::keyClick(table, Qt::Key_PageDown);
    QVERIFY(table->currentIndex().row() > 1);
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
    QTest::keyClick(table, Qt::Key_Down);
    const int afterDown = table->currentIndex().row();
    QTest::keyClick(table, Qt::Key_PageUp);
    QVERIFY(table->currentIndex().row() < afterDown - 1);
    QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
}

void TestBotTablePage::marks_spaceRangeAllClear_surviveFiltersAndSorting()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QTableView *table = h.page->tableView();
    table->setFocus();
    QVERIFY(!h.page->markCountLabel()->isVisible());
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Space);
    const BotKey first = h.model.keyForRow(0);
    QVERIFY(h.page->isMarked(first));
    QVERIFY(h.page->markCountLabel()->isVisible());
    QCOMPARE(h.page->markCountLabel()->text(), QStringLiteral("1 marked"));
    // Space again unmarks; then a range of three with Ctrl+Space.
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!h.page->isMarked(first));
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(h.page->markedKeys().size(), 3);
    QCOMPARE(h.page->markCountLabel()->text(), QStringLiteral("3 marked"));
    const QList<BotKey> marked = h.page->markedKeys();

    // Marks are by bot: another platform filter and another sort keep them.
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier); // Twitch only
    QCOMPARE(h.page->markedKeys(), marked);
    int notShown = 0;
    for (const BotKey &key : marked)
        notShown += h.model.rowForKey(key) < 0 ? 1 : 0;
    if (notShown > 0)
        QVERIFY2(h.page->markCountLabel()->text().contains(QStringLiteral("not shown")),
                 qPrintable(h.page->markCountLabel()->text()));
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier); // all again
    QTest::keyClick(table, Qt::Key_H, Qt::ShiftModifier); // sort by heartbeat
    for (const BotKey &key : marked) {
        const int row = h.model.rowForKey(key);
        QVERIFY(row >= 0);
        QVERIFY(h.page->isMarked(h.model.keyForRow(row)));
    }

    // Ctrl+A marks every row of the current filter (and keeps the others).
    QTest::keyClick(table, Qt::Key_3, Qt::ControlModifier); // YouTube
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    int extra = 0;
    for (const BotKey &key : marked)
        extra += key.platform == Platform::YouTube ? 0 : 1;
    QCOMPARE(h.page->markedKeys().size(), kRows / 5 + extra);
    // Ctrl+\ clears them all.
    QTest::keyClick(table, Qt::Key_Backslash, Qt::ControlModifier);
    QVERIFY(h.page->markedKeys().isEmpty());
    QVERIFY(!h.page->markCountLabel()->isVisible());
}

void TestBotTablePage::marks_pauseActsOnMarkedRowsAcrossFilters_thenUndo()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    const QString id = m_acmeId;
    setServerStatus(id, QStringLiteral("YOUTUBE"), QStringLiteral("ACTIVE"));
    const BotKey twitch {id, Platform::Twitch};
    const BotKey youtube {id, Platform::YouTube};
    QTRY_COMPARE_WITH_TIMEOUT(h.store.row(h.store.rowForKey(youtube)).status, BotStatus::Active,
                              kActionTimeoutMs);
    QTableView *table = h.page->tableView();
    // The triage log says where each batch came from: the page tells the
    // controller with every request.
    QTemporaryDir logDir;
    TriageLog log;
    QVERIFY(log.open(logDir.filePath(QStringLiteral("triage.sqlite"))));
    h.sync.setTriageLog(&log);

    // Mark the Twitch row under the Twitch filter, the YouTube row under the
    // YouTube filter, then act with both filtered out of view.
    QVERIFY(h.showOnly(QStringLiteral("acme_live"), Platform::Twitch) >= 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(h.page->markedKeys(), (QList<BotKey> {twitch, youtube}));
    QTest::keyClick(table, Qt::Key_4, Qt::ControlModifier); // Kick: neither shown
    QVERIFY(h.model.rowForKey(twitch) < 0 && h.model.rowForKey(youtube) < 0);

    QTest::keyClick(table, Qt::Key_P);
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    QVERIFY2(h.page->confirmationBox()->questionLabel()->text().contains(QLatin1String("2")),
             qPrintable(h.page->confirmationBox()->questionLabel()->text()));
    // Two platforms: the number of bots is typed (issue 15), then Enter.
    QCOMPARE(h.page->confirmationBox()->requiredCount(), 2);
    QTest::keyClicks(h.page->confirmationBox()->countEdit(), QStringLiteral("2"));
    QTest::keyClick(h.page->confirmationBox()->countEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id, QStringLiteral("TWITCH")), QStringLiteral("PAUSED"),
                              kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id, QStringLiteral("YOUTUBE")), QStringLiteral("PAUSED"),
                              kActionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(h.page->undoNote()->isVisible(), kActionTimeoutMs);
    QCOMPARE(h.page->undoNote()->text(), QStringLiteral("Undo: resume 2 bots (Ctrl+Z)"));
    const QList<TriageEntry> paused = log.entries({});
    QVERIFY(!paused.isEmpty());
    for (const TriageEntry &e : paused) {
        QCOMPARE(e.origin, TriageOrigin::bulk()); // two marked bots, one request
        QCOMPARE(e.action, TriageAction::pause());
    }
    QTRY_COMPARE_WITH_TIMEOUT(h.store.row(h.store.rowForKey(twitch)).pending, PendingAction::None,
                              kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(h.store.row(h.store.rowForKey(youtube)).pending, PendingAction::None,
                              kActionTimeoutMs);

    // Ctrl+Z sends the opposite to the same bots, and says what is next.
    h.page->activateWindow(); // back from the confirmation
    QVERIFY(QTest::qWaitForWindowActive(h.page.get()));
    QVERIFY(h.registry.action(QStringLiteral("bots.undo"))->isEnabled());
    TriageLog::Query sinceUndo;
    sinceUndo.afterId = log.entries({}).constFirst().id;
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    // Guarded like the pause: two platforms, the number typed.
    QTRY_VERIFY(h.page->confirmationBox() && h.page->confirmationBox()->isVisible());
    QCOMPARE(h.page->confirmationBox()->requiredCount(), 2);
    QTest::keyClicks(h.page->confirmationBox()->countEdit(), QStringLiteral("2"));
    QTest::keyClick(h.page->confirmationBox()->countEdit(), Qt::Key_Return);
    // One request, sent at once (its pending entries are written before it
    // goes out): a resume of both bots, logged as an undo.
    const QList<TriageEntry> undone = log.entries(sinceUndo);
    QCOMPARE(undone.size(), 2);
    for (const TriageEntry &e : undone) {
        QCOMPARE(e.origin, TriageOrigin::undo());
        QCOMPARE(e.action, TriageAction::resume());
        QCOMPARE(e.result, TriageEntry::Result::Pending);
        QCOMPARE(e.batchId, undone.constFirst().batchId);
    }
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id, QStringLiteral("TWITCH")), QStringLiteral("ACTIVE"),
                              kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(id, QStringLiteral("YOUTUBE")), QStringLiteral("ACTIVE"),
                              kActionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(h.page->undoNote()->text(),
                              QStringLiteral("Undo: pause 2 bots (Ctrl+Z)"), kActionTimeoutMs);
    h.page->activateWindow(); // back from the confirmation
    QVERIFY(QTest::qWaitForWindowActive(h.page.get()));
    QTest::keyClick(table, Qt::Key_Backslash, Qt::ControlModifier);
    QVERIFY(h.page->markedKeys().isEmpty());
}

void TestBotTablePage::keys_ctrlDigitPicksPlatform_shiftLetterSorts()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    QTableView *table = h.page->tableView();
    table->setFocus();
    const Platform platforms[] = {Platform::Twitch, Platform::YouTube, Platform::Kick,
                                  Platform::Trovo, Platform::Discord};
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(table, Qt::Key(Qt::Key_2 + i), Qt::ControlModifier);
        QCOMPARE(h.model.platformFilter(), std::optional<Platform>(platforms[i]));
        QCOMPARE(h.model.rowCount(), kRows / 5);
    }
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(h.model.platformFilter(), std::optional<Platform>());
    QCOMPARE(h.model.rowCount(), kRows);

    const std::pair<Qt::Key, int> sorts[] = {
        {Qt::Key_N, BotTable::AccountNameColumn},   {Qt::Key_I, BotTable::AccountIdColumn},
        {Qt::Key_P, BotTable::PlatformColumn},      {Qt::Key_S, BotTable::StatusColumn},
        {Qt::Key_H, BotTable::LastHeartbeatColumn},
    };
    for (const auto &[key, column] : sorts) {
        QTest::keyClick(table, key, Qt::ShiftModifier);
        QCOMPARE(h.model.sortColumn(), column);
        const Qt::SortOrder first = h.model.sortOrder();
        QTest::keyClick(table, key, Qt::ShiftModifier);
        QCOMPARE(h.model.sortColumn(), column);
        QVERIFY(h.model.sortOrder() != first); // again reverses
    }
    // Shift+P sorted; it paused nothing.
    QCOMPARE(h.page->undoNote()->isVisible(), false);
}

void TestBotTablePage::freeze_holdsRows_thenCatchesUp()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start());
    const BotKey twitch {m_acmeId, Platform::Twitch};
    QComboBox *status = h.page->statusCombo();
    status->setCurrentIndex(status->findData(int(BotTable::StatusFilter::Active)));
    QVERIFY(h.model.rowForKey(twitch) >= 0);
    QTableView *table = h.page->tableView();
    table->setFocus();
    QVERIFY(!h.page->frozenMark()->isVisible());
    QTest::keyClick(table, Qt::Key_Z);
    QVERIFY(h.page->isFrozen());
    QVERIFY(h.page->frozenMark()->isVisible());
    const BotTableModel::Counts before = h.model.counts();
    const int rowBefore = h.model.rowForKey(twitch);
    QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&h.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);

    // A change from elsewhere arrives but is held: the row stays where it
    // was and still reads Active in every cell (what it shows, where it
    // sorts and what is counted agree), nothing is announced to the view,
    // and the mark says how many bots have news waiting.
    setServerStatus(m_acmeId, QStringLiteral("TWITCH"), QStringLiteral("PAUSED"));
    QTRY_VERIFY_WITH_TIMEOUT(h.store.heldCount() >= 1, kActionTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(h.store.row(h.store.rowForKey(twitch)).status, BotStatus::Active);
    QCOMPARE(h.model.index(rowBefore, BotTable::StatusColumn).data(BotTable::StatusRole).toInt(),
             int(BotStatus::Active));
    QTRY_VERIFY_WITH_TIMEOUT(h.page->frozenMark()->text().contains(QLatin1String("changed")), 2000);
    QCOMPARE(h.model.rowForKey(twitch), rowBefore);
    QCOMPARE(h.model.counts(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(removed.count(), 0);

    // z again: everything held arrives at once.
    QTest::keyClick(table, Qt::Key_Z);
    QVERIFY(!h.page->isFrozen());
    QVERIFY(!h.page->frozenMark()->isVisible());
    QCOMPARE(h.store.heldCount(), 0);
    QCOMPARE(h.store.row(h.store.rowForKey(twitch)).status, BotStatus::Paused);
    QCOMPARE(h.model.rowForKey(twitch), -1); // filtered out now: no longer Active
    QCOMPARE(h.model.counts().visible, before.visible - 1);
    setServerStatus(m_acmeId, QStringLiteral("TWITCH"), QStringLiteral("ACTIVE"));
}

void TestBotTablePage::keys_everyTriageKeyIsInTheRegistry()
{
    Harness h(m_sandbox, QStringLiteral("admin"));
    QVERIFY(h.start(false));
    // The help dialog lists the registry's shortcuts: every triage key has
    // an entry there, for the Bots page.
    const QList<QKeySequence> keys = {
        QKeySequence(Qt::Key_J),
        QKeySequence(Qt::Key_K),
        QKeySequence(Qt::Key_Space),
        QKeySequence(Qt::CTRL | Qt::Key_Space),
        QKeySequence(Qt::CTRL | Qt::Key_A),
        QKeySequence(Qt::CTRL | Qt::Key_Backslash),
        QKeySequence(Qt::CTRL | Qt::Key_1),
        QKeySequence(Qt::CTRL | Qt::Key_6),
        QKeySequence(Qt::SHIFT | Qt::Key_N),
        QKeySequence(Qt::SHIFT | Qt::Key_H),
        QKeySequence(QKeySequence::Undo),
        QKeySequence(Qt::Key_Z),
        QKeySequence(Qt::Key_P),
        QKeySequence(Qt::Key_Slash),
    };
    for (const QKeySequence &key : keys) {
        const QString id = h.registry.actionForShortcut(key, ActionContext::Bots);
        QVERIFY2(!id.isEmpty(), qPrintable(key.toString()));
        QCOMPARE(h.registry.spec(id)->context, ActionContext::Bots);
    }
}

QTEST_MAIN(TestBotTablePage)
#include "TestBotTablePage.moc"
