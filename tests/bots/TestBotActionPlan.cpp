// BotActionPlan: which of the requested bots an action applies to (judged
// from the store), and the confirmation's texts.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotActionPlan.h"

#include <QTest>

using namespace BotPartsData;

class TestBotActionPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void pause_appliesToActiveIdleBotsOnly_inTheOrderAsked();
    void reconnect_appliesToEveryBotWithAConnection();
    void several_questionDetailsAndButtonCountAndSkip();
    void one_questionNamesTheAccount();
    void oneSkipped_saysSoInTheSingular();
    void noneApplicable_noticeCountsTheRequest();
    void noStore_nothingApplies();

private:
    std::unique_ptr<BotStore> m_store;
};

void TestBotActionPlan::init()
{
    m_store = std::make_unique<BotStore>();
    fill(*m_store,
         {entry(0, QStringLiteral("acme_live"), Platform::Twitch, BotStatus::Active),
          entry(0, QStringLiteral("acme_live"), Platform::YouTube, BotStatus::Paused),
          entry(1, QStringLiteral("bob"), Platform::Twitch, BotStatus::Active),
          entry(1, QStringLiteral("bob"), Platform::Kick, BotStatus::Active),
          entry(2, QStringLiteral("carol"), Platform::Kick, BotStatus::NoConnection),
          entry(3, QStringLiteral("dave"), Platform::Twitch, BotStatus::Active)});
    // dave's bot has a request in flight.
    QVERIFY(m_store->beginPending(key(3, Platform::Twitch), PendingAction::Pause));
}

void TestBotActionPlan::pause_appliesToActiveIdleBotsOnly_inTheOrderAsked()
{
    const QList<BotKey> asked = {
        key(1, Platform::Twitch), key(0, Platform::YouTube), key(0, Platform::Twitch),
        key(2, Platform::Kick),   key(3, Platform::Twitch),  key(9, Platform::Trovo), // unknown
    };
    const BotActionPlan plan(m_store.get(), PendingAction::Pause, asked);
    QCOMPARE(plan.action(), PendingAction::Pause);
    QCOMPARE(plan.requested(), 6);
    QCOMPARE(plan.applicable(),
             (QList<BotKey> {key(1, Platform::Twitch), key(0, Platform::Twitch)}));
    QCOMPARE(plan.skipped(), 4);

    const BotActionPlan resume(m_store.get(), PendingAction::Resume, asked);
    QCOMPARE(resume.applicable(), QList<BotKey> {key(0, Platform::YouTube)});
}

void TestBotActionPlan::reconnect_appliesToEveryBotWithAConnection()
{
    const BotActionPlan plan(
        m_store.get(), PendingAction::Reconnect,
        {key(0, Platform::Twitch), key(0, Platform::YouTube), key(2, Platform::Kick)});
    QCOMPARE(plan.applicable(),
             (QList<BotKey> {key(0, Platform::Twitch), key(0, Platform::YouTube)}));
    QCOMPARE(plan.question(), QStringLiteral("Reconnect 2 bots?"));
    QCOMPARE(plan.confirmText(), QStringLiteral("Reconnect 2 Bots"));
}

void TestBotActionPlan::several_questionDetailsAndButtonCountAndSkip()
{
    const BotActionPlan plan(m_store.get(), PendingAction::Pause,
                             {key(1, Platform::Kick), key(0, Platform::Twitch),
                              key(1, Platform::Twitch), key(0, Platform::YouTube),
                              key(2, Platform::Kick)});
    QCOMPARE(plan.question(), QStringLiteral("Pause 3 bots?"));
    QCOMPARE(plan.confirmText(), QStringLiteral("Pause 3 Bots"));
    // Per platform in platform order, then what is skipped.
    QCOMPARE(plan.details(),
             QStringLiteral("2 on Twitch, 1 on Kick\n2 selected bots will be skipped: already in "
                            "that state, without a connection, or with a request in flight."));
}

void TestBotActionPlan::one_questionNamesTheAccount()
{
    const BotActionPlan plan(m_store.get(), PendingAction::Resume, {key(0, Platform::YouTube)});
    QCOMPARE(plan.question(),
             QStringLiteral("Resume the bot of %1?")
                 .arg(DisplayText::isolated(QStringLiteral("acme_live"))));
    QCOMPARE(plan.confirmText(), QStringLiteral("Resume"));
    QCOMPARE(plan.details(), QStringLiteral("1 on YouTube"));
}

void TestBotActionPlan::oneSkipped_saysSoInTheSingular()
{
    const BotActionPlan plan(m_store.get(), PendingAction::Pause,
                             {key(0, Platform::Twitch), key(3, Platform::Twitch)});
    QCOMPARE(plan.question(),
             QStringLiteral("Pause the bot of %1?")
                 .arg(DisplayText::isolated(QStringLiteral("acme_live"))));
    QCOMPARE(plan.details(),
             QStringLiteral("1 on Twitch\n1 selected bot will be skipped: already in that state, "
                            "without a connection, or with a request in flight."));
}

void TestBotActionPlan::noneApplicable_noticeCountsTheRequest()
{
    const BotActionPlan plan(m_store.get(), PendingAction::Resume,
                             {key(0, Platform::Twitch), key(2, Platform::Kick)});
    QVERIFY(plan.applicable().isEmpty());
    QCOMPARE(plan.skipped(), 2);
    QCOMPARE(plan.nothingApplicableText(),
             QStringLiteral("None of the 2 selected bots can be changed this way (already in "
                            "that state, no connection, or a request in flight)."));
}

void TestBotActionPlan::noStore_nothingApplies()
{
    const BotActionPlan plan(nullptr, PendingAction::Pause, {key(0, Platform::Twitch)});
    QVERIFY(plan.applicable().isEmpty());
    QCOMPARE(plan.requested(), 1);
    QCOMPARE(plan.skipped(), 1);
}

QTEST_GUILESS_MAIN(TestBotActionPlan)
#include "TestBotActionPlan.moc"
