// AddServerFlow alone, against FakeDiscordCommands: the link is asked for,
// opened (or copied), counted down and expires; only the added guild of the
// awaited account ends the wait; nothing starts without the permission; an
// answer for a cancelled or superseded wait is dropped.
#include "DiscordTestData.h"
#include "FakeDiscordCommands.h"

#include "models/text/DisplayText.h"
#include "views/discord/AddServerDialog.h"
#include "views/discord/AddServerFlow.h"
#include "views/widgets/MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace DiscordTestData;

namespace {

const QUrl kLink(QStringLiteral("https://discord.com/oauth2/authorize?client_id=1&guild=x"));

struct Fixture
{
    FakeDiscordCommands commands;
    QWidget page;
    AddServerFlow *flow = nullptr;
    QList<QUrl> opened;
    bool browserOpens = true;

    Fixture()
    {
        commands.guilds.setGuilds(
            {guild(1, QStringLiteral("Alpha Lounge"), 1, QStringLiteral("lumio_one")),
             guild(2, QStringLiteral("Bravo Den"), 2, QStringLiteral("lumio_two"))});
        flow = new AddServerFlow(&commands, &page);
        flow->setUrlOpener([this](const QUrl &url) {
            opened.append(url);
            return browserOpens;
        });
        flow->setAllowed(true);
        auto *layout = new QVBoxLayout(&page);
        layout->addWidget(flow->waitingBar());
        layout->addStretch(1);
        page.resize(900, 200);
        page.show();
    }

    void answerLink(qint64 expiresInMs)
    {
        DiscordAuthorization a;
        a.url = kLink;
        a.expiresAt = QDateTime::currentMSecsSinceEpoch() + expiresInMs;
        FakeDiscordCommands::answer(commands.authorizations, a, ApiError());
    }

    QPushButton *button(const char *name) const
    {
        return flow->waitingBar()->findChild<QPushButton *>(QLatin1String(name));
    }

    void connect(int n, int account)
    {
        DiscordGuildEvent event;
        event.kind = DiscordGuildEventKind::Connected;
        event.guild = guild(n, QStringLiteral("New %1").arg(n), account);
        event.guildId = event.guild->guildId;
        commands.guilds.applyEvent(event);
    }
};

} // namespace

class TestAddServerFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void start_opensTheLink_andCountsDown()
    {
        Fixture f;
        QSignalSpy status(f.flow, &AddServerFlow::statusMessage);
        f.flow->start(uuid(1));
        QCOMPARE(f.commands.authorizations.size(), 1);
        QCOMPARE(f.commands.authorizations.first().id, uuid(1));
        QVERIFY(!f.flow->isWaiting()); // not before the link is there
        QVERIFY(!f.flow->waitingBar()->isVisible());

        f.answerLink(10 * 60 * 1000);
        QCOMPARE(f.opened, QList<QUrl> {kLink});
        QVERIFY(f.flow->isWaiting());
        QVERIFY(f.flow->waitingBar()->isVisible());
        QCOMPARE(f.flow->waitingBar()->kind(), MessageBanner::Kind::Discord);
        const QString text = f.flow->waitingLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("lumio_one")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("expires in 10:00"))
                     || text.contains(QStringLiteral("expires in 9:59")),
                 qPrintable(text));
        QCOMPARE(f.flow->waitingLabel()->toolTip(),
                 DisplayText::toolTip(kLink.toString())); // escaped
        QCOMPARE(status.last().at(1).toBool(), false);

        QTest::mouseClick(f.button("discordOpenLinkAgain"), Qt::LeftButton);
        QCOMPARE(f.opened.size(), 2);
    }

    void noBrowser_copiesTheLink_andSaysSo()
    {
        Fixture f;
        f.browserOpens = false;
        QSignalSpy status(f.flow, &AddServerFlow::statusMessage);
        f.flow->start(uuid(1));
        f.answerLink(60 * 1000);
        QCOMPARE(QApplication::clipboard()->text(), kLink.toString());
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("copied")));
        QCOMPARE(status.last().at(1).toBool(), true);
        QVERIFY(f.flow->isWaiting());
    }

    void serverRefuses_noWait_andTheErrorIsSaid()
    {
        Fixture f;
        QSignalSpy status(f.flow, &AddServerFlow::statusMessage);
        f.flow->start(uuid(1));
        ApiError error;
        error.kind = ApiError::Kind::GraphQL;
        error.message = QStringLiteral("not allowed for this account");
        FakeDiscordCommands::answer(f.commands.authorizations, DiscordAuthorization(), error);
        QVERIFY(!f.flow->isWaiting());
        QVERIFY(!f.flow->waitingBar()->isVisible());
        QVERIFY(f.opened.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(error.message));
        QCOMPARE(status.last().at(1).toBool(), true);
    }

    void expiry_saysSo_andOffersTryAgain()
    {
        Fixture f;
        f.flow->start(uuid(2));
        f.answerLink(1200);
        QVERIFY(f.flow->isWaiting());
        QTRY_VERIFY_WITH_TIMEOUT(!f.flow->isWaiting(), 5000);
        QVERIFY(f.flow->waitingBar()->isVisible());
        QVERIFY(f.flow->waitingLabel()->text().contains(QStringLiteral("expired")));
        QVERIFY(f.flow->waitingLabel()->text().contains(QStringLiteral("lumio_two")));
        QVERIFY(f.button("discordRetryAuthorization")->isVisible());
        QVERIFY(!f.button("discordOpenLinkAgain")->isVisible());
        QCOMPARE(f.button("discordCancelAuthorization")->text(), QStringLiteral("Dismiss"));

        QTest::mouseClick(f.button("discordRetryAuthorization"), Qt::LeftButton);
        QCOMPARE(f.commands.authorizations.size(), 1);
        QCOMPARE(f.commands.authorizations.first().id, uuid(2));

        QTest::mouseClick(f.button("discordCancelAuthorization"), Qt::LeftButton);
        QVERIFY(!f.flow->waitingBar()->isVisible());
    }

    void theAwaitedAccountsGuild_endsTheWait_othersDoNot()
    {
        Fixture f;
        QSignalSpy connected(f.flow, &AddServerFlow::guildConnected);
        f.flow->start(uuid(1));
        f.answerLink(60 * 1000);

        f.connect(7, 2); // another account's guild
        QCOMPARE(connected.size(), 0);
        QVERIFY(f.flow->isWaiting());

        f.connect(8, 1);
        QCOMPARE(connected.size(), 1);
        QCOMPARE(connected.first().first().toString(), snowflake(8));
        QVERIFY(!f.flow->isWaiting());
        QVERIFY(!f.flow->waitingBar()->isVisible());
    }

    void cancelledOrSuperseded_answerIsDropped()
    {
        Fixture f;
        f.flow->start(uuid(1));
        f.flow->cancel();
        f.answerLink(60 * 1000);
        QVERIFY(!f.flow->isWaiting());
        QVERIFY(f.opened.isEmpty());

        f.flow->start(uuid(1));
        f.flow->start(uuid(2));
        f.answerLink(60 * 1000); // the first one's
        QVERIFY(!f.flow->isWaiting());
        f.answerLink(60 * 1000);
        QVERIFY(f.flow->isWaiting());
        QCOMPARE(f.flow->accountId(), uuid(2));
        QCOMPARE(f.opened.size(), 1);
    }

    void withoutPermission_nothingStarts_andAWaitEnds()
    {
        Fixture f;
        f.flow->start(uuid(1));
        f.answerLink(60 * 1000);
        QVERIFY(f.flow->isWaiting());
        f.flow->setAllowed(false);
        QVERIFY(!f.flow->isWaiting());
        QVERIFY(!f.flow->waitingBar()->isVisible());

        f.flow->start(uuid(1));
        f.flow->chooseAccount(uuid(1));
        QVERIFY(f.commands.authorizations.isEmpty());
        QVERIFY(!f.flow->dialog());
    }

    void dialog_offersTheAccounts_andStartsForTheChosenOne()
    {
        Fixture f;
        f.flow->chooseAccount(uuid(2));
        QVERIFY(f.flow->dialog());
        QTRY_VERIFY(f.flow->dialog()->isVisible());
        QCOMPARE(f.flow->dialog()->accountId(), uuid(2)); // preselected
        f.flow->dialog()->accept();
        QCOMPARE(f.commands.authorizations.size(), 1);
        QCOMPARE(f.commands.authorizations.first().id, uuid(2));
    }

    void clear_endsTheWait_andClosesTheDialog()
    {
        Fixture f;
        f.flow->start(uuid(1));
        f.answerLink(60 * 1000);
        f.flow->chooseAccount({});
        QTRY_VERIFY(f.flow->dialog()->isVisible());
        f.flow->clear();
        QVERIFY(!f.flow->isWaiting());
        QVERIFY(!f.flow->waitingBar()->isVisible());
        QVERIFY(!f.flow->dialog()->isVisible());
    }
};

QTEST_MAIN(TestAddServerFlow)
#include "TestAddServerFlow.moc"
