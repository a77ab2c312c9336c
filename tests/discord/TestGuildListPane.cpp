// GuildListPane alone, against FakeDiscordCommands: the search debounce is
// the AppSettings setting (followed live), the count line, the account
// filter strip of the jump from Bots, and which row changes are requests.
#include "DiscordTestData.h"
#include "FakeDiscordCommands.h"

#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordModelRoles.h"
#include "models/settings/AppSettings.h"
#include "views/discord/GuildListPane.h"
#include "views/widgets/MessageBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace DiscordTestData;

namespace {

// Five guilds: two of account 1 ("lumio_one"), three of account 2.
QList<DiscordGuild> fiveGuilds()
{
    return {guild(1, QStringLiteral("Alpha Lounge"), 1, QStringLiteral("lumio_one")),
            guild(2, QStringLiteral("Bravo Den"), 1, QStringLiteral("lumio_one")),
            guild(3, QStringLiteral("Charlie Hub"), 2, QStringLiteral("lumio_two")),
            guild(4, QStringLiteral("Delta Guild"), 2, QStringLiteral("lumio_two")),
            guild(5, QStringLiteral("Echo Camp"), 2, QStringLiteral("lumio_two"))};
}

struct Fixture
{
    QTemporaryDir dir;
    QSettings file {dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings {&file};
    FakeDiscordCommands commands;
    QWidget window;
    GuildListPane *pane = nullptr;

    explicit Fixture(bool withSettings = true)
    {
        commands.guilds.setGuilds(fiveGuilds());
        pane = new GuildListPane(&commands, withSettings ? &settings : nullptr, &window);
        // The page lays the account strip out above the pane.
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(pane->accountBar());
        layout->addWidget(pane);
        window.resize(900, 500);
        window.show();
    }

    QString shownId(int row) const
    {
        return pane->view()->model()->index(row, 0).data(DiscordGuildIdRole).toString();
    }
};

} // namespace

class TestGuildListPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void search_debounceIsTheAppSetting_appliedLive()
    {
        Fixture f;
        f.settings.setSearchDebounceMs(0);
        QCOMPARE(f.pane->searchDebounceMs(), 0);
        QTest::keyClicks(f.pane->searchEdit(), QStringLiteral("delta"));
        QTRY_COMPARE(f.pane->view()->model()->rowCount(), 1);
        QCOMPARE(f.shownId(0), snowflake(4));

        // Changed in Settings while the page is open: the next search waits.
        f.settings.setSearchDebounceMs(1500);
        QCOMPARE(f.pane->searchDebounceMs(), 1500);
        f.pane->searchEdit()->clear();
        QTest::qWait(300);
        QCOMPARE(f.pane->view()->model()->rowCount(), 1); // not applied yet
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->view()->model()->rowCount(), 5, 5000);
    }

    void search_withoutSettings_usesTheDefault()
    {
        Fixture f(false);
        QCOMPARE(f.pane->searchDebounceMs(), AppSettings::DefaultSearchDebounceMs);
    }

    void otherSettings_leaveTheDebounceAlone()
    {
        Fixture f;
        f.settings.setSearchDebounceMs(40);
        f.settings.setStaleHeartbeatSeconds(300);
        QCOMPARE(f.pane->searchDebounceMs(), 40);
    }

    void count_saysShownOfTotal()
    {
        Fixture f;
        // No translator is loaded: the English source text, "(s)" and all.
        QCOMPARE(f.pane->countLabel()->text(), QStringLiteral("5 server(s)"));
        f.pane->showAccount(uuid(1));
        QCOMPARE(f.pane->countLabel()->text(), QStringLiteral("2 of 5 server(s)"));
        f.commands.guilds.clear(); // signed in, the list not loaded yet
        QCOMPARE(f.pane->countLabel()->text(), QStringLiteral("Loading servers…"));
        f.commands.available = false; // signed out: nothing is loading
        f.commands.guilds.setGuilds({});
        f.commands.guilds.clear();
        QCOMPARE(f.pane->countLabel()->text(), QString());
    }

    void accountFilter_stripNamesTheAccount_andLeadsBack()
    {
        Fixture f;
        QVERIFY(!f.pane->accountBar()->isVisible());
        // The Bots page passes the ID as the server gave it; kept byte for byte
        // (IDs are opaque: nothing trims or lowers them).
        f.pane->showAccount(uuid(1));
        QCOMPARE(f.pane->accountFilter(), uuid(1));
        QVERIFY(f.pane->accountBar()->isVisible());
        QVERIFY(f.pane->accountBar()->text().contains(QStringLiteral("lumio_one")));
        QCOMPARE(f.pane->view()->model()->rowCount(), 2);
        QCOMPARE(f.pane->firstShownGuildId(), snowflake(1));

        QSignalSpy back(f.pane, &GuildListPane::backToBotsRequested);
        auto *backButton =
            f.pane->accountBar()->findChild<QPushButton *>(QStringLiteral("discordBackToBots"));
        QVERIFY(backButton);
        QTest::mouseClick(backButton, Qt::LeftButton);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().first().toString(), uuid(1));

        auto *showAll =
            f.pane->accountBar()->findChild<QPushButton *>(QStringLiteral("discordShowAll"));
        QTest::mouseClick(showAll, Qt::LeftButton);
        QVERIFY(!f.pane->accountBar()->isVisible());
        QCOMPARE(f.pane->view()->model()->rowCount(), 5);
    }

    void accountFilter_withoutGuilds_saysSo()
    {
        Fixture f;
        f.pane->showAccount(uuid(9));
        QVERIFY(f.pane->accountBar()->text().contains(QStringLiteral("has no Discord server")));
        QVERIFY(f.pane->firstShownGuildId().isEmpty());
    }

    void operatorsRowChange_isARequest_syncIsNot()
    {
        Fixture f;
        QSignalSpy requested(f.pane, &GuildListPane::guildRequested);
        f.pane->setOpenGuildId(snowflake(2));
        f.pane->syncSelection();
        QCOMPARE(f.pane->view()->currentIndex().data(DiscordGuildIdRole).toString(), snowflake(2));
        QTest::qWait(20);
        QCOMPARE(requested.size(), 0);

        // A click on another row asks, after the view's own event handling.
        QTableView *view = f.pane->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(3, 0)).center());
        QCOMPARE(requested.size(), 0);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), f.shownId(3));
    }

    void openGuildFilteredOut_clearsSelection_andRevealBringsItBack()
    {
        Fixture f;
        f.settings.setSearchDebounceMs(0);
        f.pane->setOpenGuildId(snowflake(3));
        f.pane->syncSelection();
        f.pane->showAccount(uuid(1)); // guild 3 belongs to account 2
        f.pane->syncSelection();
        QVERIFY(!f.pane->view()->currentIndex().isValid());

        f.pane->reveal(snowflake(3));
        QVERIFY(f.pane->accountFilter().isEmpty());
        f.pane->syncSelection();
        QCOMPARE(f.pane->view()->currentIndex().data(DiscordGuildIdRole).toString(), snowflake(3));
    }

    void clear_dropsFilterSearchAndOpenGuild()
    {
        Fixture f;
        f.settings.setSearchDebounceMs(0);
        f.pane->showAccount(uuid(2));
        QTest::keyClicks(f.pane->searchEdit(), QStringLiteral("echo"));
        f.pane->setOpenGuildId(snowflake(5));
        f.pane->clear();
        QVERIFY(f.pane->accountFilter().isEmpty());
        QVERIFY(f.pane->searchEdit()->text().isEmpty());
        QVERIFY(!f.pane->accountBar()->isVisible());
        QTRY_COMPARE(f.pane->view()->model()->rowCount(), 5);
        f.pane->syncSelection();
        QVERIFY(!f.pane->view()->currentIndex().isValid());
    }
};

QTEST_MAIN(TestGuildListPane)
#include "TestGuildListPane.moc"
