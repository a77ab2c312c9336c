#include "models/bots/BotActionRules.h"

#include <QTest>

// Every status x action, written out: the store, the table's action cell and
// the page's batch actions all ask this one rule, so a wrong cell here would
// be wrong in all three.
class TestBotActionRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionFits_everyStatusAndAction_data();
    void actionFits_everyStatusAndAction();
    void offeredToggle_everyStatus_data();
    void offeredToggle_everyStatus();
    void offeredToggle_isAnActionThatFits();
};

void TestBotActionRules::actionFits_everyStatusAndAction_data()
{
    QTest::addColumn<BotStatus>("status");
    QTest::addColumn<PendingAction>("action");
    QTest::addColumn<bool>("fits");

    const auto row = [](const char *name, BotStatus status, PendingAction action, bool fits) {
        QTest::newRow(name) << status << action << fits;
    };
    row("active/none", BotStatus::Active, PendingAction::None, false);
    row("active/pause", BotStatus::Active, PendingAction::Pause, true);
    row("active/resume", BotStatus::Active, PendingAction::Resume, false);
    row("active/reconnect", BotStatus::Active, PendingAction::Reconnect, true);
    row("paused/none", BotStatus::Paused, PendingAction::None, false);
    row("paused/pause", BotStatus::Paused, PendingAction::Pause, false);
    row("paused/resume", BotStatus::Paused, PendingAction::Resume, true);
    row("paused/reconnect", BotStatus::Paused, PendingAction::Reconnect, true);
    row("noConnection/none", BotStatus::NoConnection, PendingAction::None, false);
    row("noConnection/pause", BotStatus::NoConnection, PendingAction::Pause, false);
    row("noConnection/resume", BotStatus::NoConnection, PendingAction::Resume, false);
    row("noConnection/reconnect", BotStatus::NoConnection, PendingAction::Reconnect, false);
    row("unknown/none", BotStatus::Unknown, PendingAction::None, false);
    row("unknown/pause", BotStatus::Unknown, PendingAction::Pause, false);
    row("unknown/resume", BotStatus::Unknown, PendingAction::Resume, false);
    row("unknown/reconnect", BotStatus::Unknown, PendingAction::Reconnect, false);
}

void TestBotActionRules::actionFits_everyStatusAndAction()
{
    QFETCH(BotStatus, status);
    QFETCH(PendingAction, action);
    QFETCH(bool, fits);
    QCOMPARE(actionFits(action, status), fits);
}

void TestBotActionRules::offeredToggle_everyStatus_data()
{
    QTest::addColumn<BotStatus>("status");
    QTest::addColumn<BotAction>("toggle");

    QTest::newRow("active") << BotStatus::Active << BotAction::Pause;
    QTest::newRow("paused") << BotStatus::Paused << BotAction::Resume;
    QTest::newRow("noConnection") << BotStatus::NoConnection << BotAction::None;
    QTest::newRow("unknown") << BotStatus::Unknown << BotAction::None;
}

void TestBotActionRules::offeredToggle_everyStatus()
{
    QFETCH(BotStatus, status);
    QFETCH(BotAction, toggle);
    QCOMPARE(offeredToggle(status), toggle);
}

// The button never offers what the store would refuse as a pending mark.
void TestBotActionRules::offeredToggle_isAnActionThatFits()
{
    for (const BotStatus status :
         {BotStatus::Active, BotStatus::Paused, BotStatus::NoConnection, BotStatus::Unknown}) {
        switch (offeredToggle(status)) {
        case BotAction::Pause:
            QVERIFY(actionFits(PendingAction::Pause, status));
            break;
        case BotAction::Resume:
            QVERIFY(actionFits(PendingAction::Resume, status));
            break;
        case BotAction::None:
            QVERIFY(!actionFits(PendingAction::Pause, status));
            QVERIFY(!actionFits(PendingAction::Resume, status));
            break;
        }
    }
}

QTEST_APPLESS_MAIN(TestBotActionRules)
#include "TestBotActionRules.moc"
