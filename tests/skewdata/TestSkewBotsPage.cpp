// The real main window's Bots page against a newer server (sandbox --skew,
// issue 13): upper-case account IDs kept and sent back byte for byte, a
// platform and a status this version does not know shown, counted and
// (for the platform) acted on through the triage keys, with the server's own
// state read back after every action.

#include "../faults/FaultsSupport.h"

#include "models/triage/TriageLog.h"

#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace faults;

namespace {

// The server's view of one bot, straight from POST /control/state.
struct ServerBot
{
    QString status;
    qint64 heartbeatMs = kNoTimestamp;
    bool found = false;
};

ServerBot serverBot(const SandboxInfo &sandbox, const QString &accountId, const QString &platform)
{
    const ServerState state = serverState(sandbox);
    const ServerRow *row = state.find(rowKey(accountId, platform));
    if (!row)
        return {};
    return {row->status, row->heartbeatMs, true};
}

} // namespace

class TestSkewBotsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void load_everyRowAsTheServerHasIt_countLineIsTheServerTotal();
    void triageKeys_pauseResumeReconnect_upperCaseIdAndExtraPlatform_data();
    void triageKeys_pauseResumeReconnect_upperCaseIdAndExtraPlatform();
    void unknownStatus_showsItsName_offersNoAction_sendsNothing();
    void otherPlatforms_filterEntry_andCtrl7();
    void search_findsAnUpperCaseIdTypedInLowerCase();

private:
    // The current row on the table, focused, ready for a triage key.
    bool makeCurrent(const BotKey &key);

    SandboxInfo m_sandbox;
    QJsonObject m_info; // POST /control/skew-info
    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
    BotTablePage *m_bots = nullptr;
};

void TestSkewBotsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QString error;
    m_info = m_sandbox.control(QStringLiteral("skew-info"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_info.value(QLatin1String("mode")).toString(), QStringLiteral("skew"));
    QVERIFY(!m_info.value(QLatin1String("upperCaseAccountIds")).toArray().isEmpty());

    m_shell = std::make_unique<AppShell>(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(signIn(*m_shell, m_sandbox, QStringLiteral("operator")));
    m_bots = botsPage(*m_shell);
    QVERIFY(m_bots);
    QVERIFY(waitLoaded(*m_shell));
}

void TestSkewBotsPage::cleanupTestCase()
{
    m_shell.reset();
}

bool TestSkewBotsPage::makeCurrent(const BotKey &key)
{
    m_shell->window.setCurrentPage(QStringLiteral("bots"));
    m_bots->clearFilters();
    m_bots->applySearchNow();
    const QModelIndex index = m_bots->model()->indexForKey(key, BotTable::AccountNameColumn);
    if (!index.isValid())
        return false;
    m_bots->tableView()->setCurrentIndex(index);
    m_bots->tableView()->setFocus(Qt::OtherFocusReason);
    return m_bots->tableView()->currentIndex().row() == index.row();
}

void TestSkewBotsPage::load_everyRowAsTheServerHasIt_countLineIsTheServerTotal()
{
    const ServerState server = serverState(m_sandbox);
    QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
    const QHash<QString, AppRow> app = appRows(m_bots);
    const Comparison c = compareRows(server, app);
    QVERIFY2(c.problems() == 0, qPrintable(c.describe()));
    // No duplicates either: every model row is a bot of its own.
    QCOMPARE(qsizetype(m_bots->model()->rowCount()), qsizetype(app.size()));

    int rumble = 0;
    int suspended = 0;
    for (const ServerRow &r : server.rows) {
        rumble += r.platform == QLatin1String("RUMBLE") ? 1 : 0;
        suspended += r.status == QLatin1String("SUSPENDED") ? 1 : 0;
    }
    QCOMPARE(rumble, m_info.value(QLatin1String("rumbleRowCount")).toInt());
    QVERIFY(rumble > 0 && suspended > 0);

    // The count line says the server's total, the newer platform's bots in it.
    const BotTableModel::Counts counts = m_bots->model()->counts();
    QCOMPARE(counts.total, qsizetype(server.rows.size()));
    QCOMPARE(counts.other, qsizetype(suspended));
    const QString line = m_bots->countLabel()->text();
    const QString total = QLocale().toString(qint64(server.rows.size()));
    QVERIFY2(line.contains(QStringLiteral("of %1 bots").arg(total)), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("in other statuses")), qPrintable(line));

    // Upper-case IDs are shown as the server has them.
    for (const QJsonValue &v : m_info.value(QLatin1String("upperCaseAccountIds")).toArray()) {
        const QString id = v.toString();
        QVERIFY(id == id.toUpper() && id != id.toLower());
        const QModelIndex index = m_bots->model()->indexForKey({id, Platform::Twitch});
        QVERIFY2(index.isValid(), qPrintable(id));
        QCOMPARE(index.siblingAtColumn(BotTable::AccountIdColumn).data().toString(), id);
    }
    const int statusDiffers = c.mismatched + c.stale;
    printFigures(QStringLiteral("skew_bots_load"),
                 {{QStringLiteral("serverRows"), num(qint64(server.rows.size()))},
                  {QStringLiteral("appRows"), num(qint64(counts.total))},
                  {QStringLiteral("rumbleRows"), num(qint64(rumble))},
                  {QStringLiteral("suspendedRows"), num(qint64(suspended))},
                  {QStringLiteral("rowsDiffering"), num(qint64(statusDiffers))},
                  {QStringLiteral("missing"), num(qint64(c.missing))},
                  {QStringLiteral("extra"), num(qint64(c.extra))}});
}

void TestSkewBotsPage::triageKeys_pauseResumeReconnect_upperCaseIdAndExtraPlatform_data()
{
    QTest::addColumn<QString>("platform");
    // The first upper-case account was seeded with ACTIVE Twitch and RUMBLE rows.
    QTest::newRow("upper-case ID on Twitch") << QStringLiteral("TWITCH");
    QTest::newRow("upper-case ID on the newer platform") << QStringLiteral("RUMBLE");
}

void TestSkewBotsPage::triageKeys_pauseResumeReconnect_upperCaseIdAndExtraPlatform()
{
    QFETCH(QString, platform);
    const QString id =
        m_info.value(QLatin1String("upperCaseAccountIds")).toArray().first().toString();
    const BotKey key {id, platformFromWire(platform)};
    QVERIFY(key.platform != Platform::Unknown);
    QCOMPARE(serverBot(m_sandbox, id, platform).status, QStringLiteral("ACTIVE"));
    QVERIFY(makeCurrent(key));
    QWidget *table = m_bots->tableView();
    const auto shownServerStatus = [&] {
        return m_bots->model()->indexForKey(key).data(BotTable::ServerStatusRole).toInt();
    };

    // p: paused on the server, for exactly this ID.
    QTest::keyClick(table, Qt::Key_P);
    QTRY_COMPARE_WITH_TIMEOUT(serverBot(m_sandbox, id, platform).status, QStringLiteral("PAUSED"),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(shownServerStatus(), int(BotStatus::Paused), 20000);

    // r: active again.
    QVERIFY(makeCurrent(key));
    QTest::keyClick(table, Qt::Key_R);
    QTRY_COMPARE_WITH_TIMEOUT(serverBot(m_sandbox, id, platform).status, QStringLiteral("ACTIVE"),
                              20000);
    QTRY_COMPARE_WITH_TIMEOUT(shownServerStatus(), int(BotStatus::Active), 20000);

    // Shift+R: a rejoin sets the server's heartbeat to now.
    QString error;
    const QString old = QStringLiteral("2020-01-01T00:00:00.000Z");
    m_sandbox.control(QStringLiteral("set-row"),
                      {{QStringLiteral("accountId"), id},
                       {QStringLiteral("platform"), platform},
                       {QStringLiteral("lastHeartbeatAt"), old}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 before = serverBot(m_sandbox, id, platform).heartbeatMs;
    QCOMPARE(before, parseTime(old));
    QVERIFY(makeCurrent(key));
    QTest::keyClick(table, Qt::Key_R, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(serverBot(m_sandbox, id, platform).heartbeatMs > before, 20000);

    // The triage log says what the server did: three answers, all ok, for
    // this exact ID.
    auto *log = m_shell->window.findChild<TriageLog *>();
    QVERIFY(log);
    int ok = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            ok = 0;
            for (const TriageEntry &e : log->entries({})) {
                if (e.accountId == id && e.platform == platform
                    && e.result == TriageEntry::Result::Ok)
                    ++ok;
            }
            return ok >= 3;
        }(),
        20000);
    for (const TriageEntry &e : log->entries({})) {
        if (e.accountId.compare(id, Qt::CaseInsensitive) == 0)
            QCOMPARE(e.accountId, id); // never a lower-cased copy
    }
}

void TestSkewBotsPage::unknownStatus_showsItsName_offersNoAction_sendsNothing()
{
    const QJsonArray suspended = m_info.value(QLatin1String("suspendedRows")).toArray();
    QVERIFY(!suspended.isEmpty());
    const QJsonObject row = suspended.first().toObject();
    const QString id = row.value(QLatin1String("accountId")).toString();
    const QString platform = row.value(QLatin1String("platform")).toString();
    const BotKey key {id, platformFromWire(platform)};
    const QModelIndex index = m_bots->model()->indexForKey(key, BotTable::StatusColumn);
    QVERIFY(index.isValid());
    QVERIFY(isExtraBotStatus(BotStatus(index.data(BotTable::StatusRole).toInt())));
    QCOMPARE(index.data().toString(), QStringLiteral("Suspended"));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("SUSPENDED")));
    QCOMPARE(index.data(BotTable::ActionRole).toInt(), int(BotAction::None));
    QVERIFY(index.siblingAtColumn(BotTable::ActionColumn).data().toString().isEmpty());

    // The triage keys send nothing for it.
    const int mutationsBefore = counter(serverState(m_sandbox, false), "mutations");
    QVERIFY(makeCurrent(key));
    QTest::keyClick(m_bots->tableView(), Qt::Key_P);
    QTest::keyClick(m_bots->tableView(), Qt::Key_R);
    QTest::keyClick(m_bots->tableView(), Qt::Key_R, Qt::ShiftModifier);
    QTest::qWait(500); // nothing is expected to happen: give it the chance to
    QCOMPARE(counter(serverState(m_sandbox, false), "mutations"), mutationsBefore);
    QCOMPARE(serverBot(m_sandbox, id, platform).status, QStringLiteral("SUSPENDED"));
    QCOMPARE(m_bots->model()->indexForKey(key).data(BotTable::PendingRole).toInt(),
             int(PendingAction::None));
    auto *log = m_shell->window.findChild<TriageLog *>();
    QVERIFY(log);
    for (const TriageEntry &e : log->entries({}))
        QVERIFY2(!(e.accountId == id && e.platform == platform), "nothing was asked of the server");
}

void TestSkewBotsPage::otherPlatforms_filterEntry_andCtrl7()
{
    m_shell->window.setCurrentPage(QStringLiteral("bots"));
    m_bots->clearFilters();
    QComboBox *combo = m_bots->platformCombo();
    QCOMPARE(combo->count(), 2 + kKnownPlatformCount);
    QCOMPARE(combo->itemText(combo->count() - 1), QStringLiteral("Other (Rumble)"));
    m_bots->tableView()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(m_bots->tableView(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(combo->currentIndex(), combo->count() - 1);
    const int rumble = m_info.value(QLatin1String("rumbleRowCount")).toInt();
    QTRY_COMPARE(m_bots->model()->rowCount(), rumble);
    for (int r = 0; r < m_bots->model()->rowCount(); ++r) {
        const QModelIndex i = m_bots->model()->index(r, BotTable::PlatformColumn);
        QCOMPARE(i.data().toString(), QStringLiteral("Rumble"));
        QCOMPARE(platformToWire(Platform(i.data(BotTable::PlatformRole).toInt())),
                 QLatin1String("RUMBLE"));
    }
    // Ctrl+2 is still Twitch, Ctrl+1 all.
    QTest::keyClick(m_bots->tableView(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(combo->currentData().toInt(), int(Platform::Twitch));
    QTest::keyClick(m_bots->tableView(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(qsizetype(m_bots->model()->rowCount()), m_bots->model()->counts().total);
}

void TestSkewBotsPage::search_findsAnUpperCaseIdTypedInLowerCase()
{
    const QString id =
        m_info.value(QLatin1String("upperCaseAccountIds")).toArray().at(1).toString();
    m_shell->window.setCurrentPage(QStringLiteral("bots"));
    m_bots->clearFilters();
    m_bots->searchEdit()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(m_bots->searchEdit(), id.toLower());
    m_bots->applySearchNow();
    QTRY_VERIFY(m_bots->model()->rowCount() >= 5);
    for (int r = 0; r < m_bots->model()->rowCount(); ++r)
        QCOMPARE(m_bots->model()->index(r, 0).data(BotTable::AccountIdRole).toString(), id);
    m_bots->clearFilters();
    m_bots->applySearchNow();
}

QTEST_MAIN(TestSkewBotsPage)
#include "TestSkewBotsPage.moc"
