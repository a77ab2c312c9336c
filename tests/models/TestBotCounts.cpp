#include "models/bots/BotCounts.h"

#include <QTest>

// The count line's tallies: what each row class adds, that removing takes
// exactly that back, and that a class counted n times at once equals n adds.
class TestBotCounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowClass_keepsStatusAndStaleApart();
    void add_eachClass_movesOnlyItsTallies_data();
    void add_eachClass_movesOnlyItsTallies();
    void remove_undoesAdd();
    void addMany_equalsRepeatedAdds();
    void add_leavesVisibleAndTotalToTheModel();
};

void TestBotCounts::rowClass_keepsStatusAndStaleApart()
{
    for (const BotStatus status :
         {BotStatus::Active, BotStatus::Paused, BotStatus::NoConnection, BotStatus::Unknown}) {
        for (const bool stale : {false, true}) {
            const quint8 cls = BotCounts::rowClass(status, stale);
            QCOMPARE(BotStatus(cls & BotCounts::kStatusMask), status);
            QCOMPARE(bool(cls & BotCounts::kStale), stale);
            QCOMPARE(cls & ~BotCounts::kClassMask, 0);
        }
    }
}

void TestBotCounts::add_eachClass_movesOnlyItsTallies_data()
{
    QTest::addColumn<BotStatus>("status");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<BotCounts>("expected");

    const auto counts = [](qsizetype active, qsizetype paused, qsizetype noConnection,
                           qsizetype stale) {
        BotCounts c;
        c.active = active;
        c.paused = paused;
        c.noConnection = noConnection;
        c.stale = stale;
        return c;
    };
    QTest::newRow("active") << BotStatus::Active << false << counts(1, 0, 0, 0);
    QTest::newRow("active, stale") << BotStatus::Active << true << counts(1, 0, 0, 1);
    QTest::newRow("paused") << BotStatus::Paused << false << counts(0, 1, 0, 0);
    // Only an Active bot is stale; a stale bit elsewhere counts for nothing.
    QTest::newRow("paused, stale bit") << BotStatus::Paused << true << counts(0, 1, 0, 0);
    QTest::newRow("no connection") << BotStatus::NoConnection << false << counts(0, 0, 1, 0);
    // Any status this version does not know (a newer server's) is counted as
    // "other", never left out of the count line.
    BotCounts other = counts(0, 0, 0, 0);
    other.other = 1;
    QTest::newRow("unknown") << BotStatus::Unknown << false << other;
    QTest::newRow("unknown, stale bit") << BotStatus::Unknown << true << other;
}

void TestBotCounts::add_eachClass_movesOnlyItsTallies()
{
    QFETCH(BotStatus, status);
    QFETCH(bool, stale);
    QFETCH(BotCounts, expected);
    BotCounts counts;
    counts.add(BotCounts::rowClass(status, stale));
    QCOMPARE(counts.active, expected.active);
    QCOMPARE(counts.paused, expected.paused);
    QCOMPARE(counts.noConnection, expected.noConnection);
    QCOMPARE(counts.stale, expected.stale);
    QCOMPARE(counts.other, expected.other);
    QVERIFY(counts == expected);
}

void TestBotCounts::remove_undoesAdd()
{
    BotCounts counts;
    const quint8 classes[] = {
        BotCounts::rowClass(BotStatus::Active, false),
        BotCounts::rowClass(BotStatus::Active, true),
        BotCounts::rowClass(BotStatus::Paused, false),
        BotCounts::rowClass(BotStatus::NoConnection, false),
        BotCounts::rowClass(BotStatus::Unknown, false),
    };
    for (quint8 cls : classes)
        counts.add(cls);
    QCOMPARE(counts.active, 2);
    QCOMPARE(counts.stale, 1);
    for (quint8 cls : classes)
        counts.remove(cls);
    QVERIFY(counts == BotCounts {});
}

void TestBotCounts::addMany_equalsRepeatedAdds()
{
    const quint8 staleActive = BotCounts::rowClass(BotStatus::Active, true);
    const quint8 paused = BotCounts::rowClass(BotStatus::Paused, false);
    BotCounts once;
    once.add(staleActive, 7);
    once.add(paused, 3);
    BotCounts oneByOne;
    for (int i = 0; i < 7; ++i)
        oneByOne.add(staleActive);
    for (int i = 0; i < 3; ++i)
        oneByOne.add(paused);
    QVERIFY(once == oneByOne);
    once.add(staleActive, -7);
    QCOMPARE(once.active, 0);
    QCOMPARE(once.stale, 0);
    QCOMPARE(once.paused, 3);
}

void TestBotCounts::add_leavesVisibleAndTotalToTheModel()
{
    BotCounts counts;
    counts.visible = 4;
    counts.total = 9;
    counts.add(BotCounts::rowClass(BotStatus::Active, false));
    counts.remove(BotCounts::rowClass(BotStatus::Paused, false));
    QCOMPARE(counts.visible, 4);
    QCOMPARE(counts.total, 9);
    BotCounts other = counts;
    QVERIFY(other == counts);
    other.visible = 5;
    QVERIFY(!(other == counts));
}

QTEST_APPLESS_MAIN(TestBotCounts)
#include "TestBotCounts.moc"
