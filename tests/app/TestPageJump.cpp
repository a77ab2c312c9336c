// The jump between the Bots and Discord pages on the real MainWindow,
// offscreen, against a sandbox started by CTest (lumio_add_test ... SANDBOX):
// Ctrl+G on a Discord bot row opens that account's servers, "Back to Bots"
// returns to that account's bots.

#include "AppShell.h"
#include "SandboxInfo.h"
#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "models/bots/BotTableModel.h"
#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordModelRoles.h"
#include "models/settings/AppSettings.h"
#include "views/SignInDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/discord/DiscordGuildsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kAccounts = 120; // SANDBOX_ARGS in CMakeLists.txt
constexpr int kLoadTimeoutMs = 30000;

} // namespace

class TestPageJump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlG_onDiscordRow_showsAccountsServers_andBackShowsItsBots();

private:
    SandboxInfo m_sandbox;
};

void TestPageJump::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestPageJump::ctrlG_onDiscordRow_showsAccountsServers_andBackShowsItsBots()
{
    // An account with at least one guild, and all of its guilds.
    const QJsonObject first = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("query { adminDiscordGuilds(first: 1) { nodes { accountId } } }"));
    const QString accountId = first.value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("adminDiscordGuilds"))
                                  .toObject()
                                  .value(QLatin1String("nodes"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("accountId"))
                                  .toString()
                                  .toLower();
    QVERIFY2(!accountId.isEmpty(), QJsonDocument(first).toJson().constData());
    const QJsonObject all = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("query { adminDiscordGuilds(first: 5000) { totalCount pageInfo { "
                       "hasNextPage } nodes { guildId accountId } } }"));
    const QJsonObject guilds = all.value(QLatin1String("data"))
                                   .toObject()
                                   .value(QLatin1String("adminDiscordGuilds"))
                                   .toObject();
    QVERIFY(!guilds.value(QLatin1String("pageInfo"))
                 .toObject()
                 .value(QLatin1String("hasNextPage"))
                 .toBool());
    QSet<QString> expectedGuilds;
    const QJsonArray nodes = guilds.value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &node : nodes) {
        if (node.toObject().value(QLatin1String("accountId")).toString().toLower() == accountId)
            expectedGuilds.insert(node.toObject().value(QLatin1String("guildId")).toString());
    }
    QVERIFY(!expectedGuilds.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppShell shell(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));

    // Sign in as the admin through the dialog, as a user does.
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("admin")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kLoadTimeoutMs);
    QTRY_VERIFY(!dialog->isVisible());

    auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
    auto *discord = qobject_cast<DiscordGuildsPage *>(shell.window.page(QStringLiteral("discord")));
    QVERIFY(bots);
    QVERIFY(discord);
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QTRY_COMPARE_WITH_TIMEOUT(bots->model()->counts().total, qsizetype(kAccounts) * 5,
                              kLoadTimeoutMs);

    // Find the account's bots by typing its ID, then click its Discord row.
    QTest::keyClicks(bots->searchEdit(), accountId);
    QTest::keyClick(bots->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(bots->model()->rowCount(), 5);
    const BotKey discordKey {accountId, Platform::Discord};
    const QModelIndex discordRow =
        bots->model()->indexForKey(discordKey, BotTable::AccountNameColumn);
    QVERIFY(discordRow.isValid());
    QTableView *table = bots->tableView();
    const auto clickRow = [table](const QModelIndex &index) {
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    };
    QAction *jump = shell.window.actions().action(QStringLiteral("bots.showDiscordServers"));
    QVERIFY(jump);

    // The operator looks at another platform's row of the account first: no
    // Discord servers to show from there.
    const QModelIndex twitchRow = bots->model()->indexForKey(
        {accountId, Platform::Twitch}, BotTable::AccountNameColumn);
    QVERIFY(twitchRow.isValid());
    clickRow(twitchRow);
    QCOMPARE(table->currentIndex().row(), twitchRow.row());
    QVERIFY(!bots->currentRowIsDiscord());

    // Then clicks the Discord row.
    clickRow(discordRow);
    QCOMPARE(table->currentIndex().row(), discordRow.row());
    QVERIFY(bots->currentRowIsDiscord());
    QCoreApplication::processEvents();
    // The current row alone enables the jump (no selection-count change).
    QVERIFY(jump->isEnabled());
    // The sign-in dialog was the active window; shortcuts go to the active one.
    shell.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
    table->setFocus();
    QSignalSpy triggered(jump, &QAction::triggered);
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 1);

    // The Discord page shows exactly that account's guilds.
    QTRY_COMPARE(shell.window.currentPageId(), QStringLiteral("discord"));
    DiscordGuildFilterModel *proxy = discord->guildProxy();
    QCOMPARE(proxy->accountFilter(), accountId);
    QTRY_COMPARE_WITH_TIMEOUT(proxy->rowCount(), int(expectedGuilds.size()), kLoadTimeoutMs);
    QSet<QString> shownGuilds;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        QCOMPARE(index.data(DiscordAccountIdRole).toString().toLower(), accountId);
        shownGuilds.insert(index.data(DiscordGuildIdRole).toString());
    }
    QCOMPARE(shownGuilds, expectedGuilds);
    QCOMPARE(discord->guildView()->model()->rowCount(), int(expectedGuilds.size()));

    // "Back to Bots" returns to the account's bots, its Discord row current.
    auto *back = discord->findChild<QPushButton *>(QStringLiteral("discordBackToBots"));
    QVERIFY(back);
    QTRY_VERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(shell.window.currentPageId(), QStringLiteral("bots"));
    QCOMPARE(bots->platformCombo()->currentIndex(), 0);
    QCOMPARE(bots->statusCombo()->currentIndex(), 0);
    QCOMPARE(bots->model()->rowCount(), 5);
    for (int r = 0; r < bots->model()->rowCount(); ++r) {
        QCOMPARE(bots->model()->index(r, 0).data(BotTable::AccountIdRole).toString().toLower(),
                 accountId);
    }
    QCOMPARE(table->currentIndex().row(), bots->model()->rowForKey(discordKey));
}

QTEST_MAIN(TestPageJump)
#include "TestPageJump.moc"
