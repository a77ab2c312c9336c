#include "models/bots/BotDataChangedRanges.h"
#include "models/bots/BotRoles.h"
#include "models/bots/BotStore.h"

#include <QTest>

using Range = BotDataChangedRanges::Range;
using Changed = std::vector<std::pair<qint32, quint8>>;
using namespace BotTable;

namespace {
constexpr quint8 bit(int column)
{
    return quint8(1u << column);
}

QString describe(const std::vector<Range> &ranges)
{
    QStringList parts;
    for (const Range &r : ranges) {
        parts << QStringLiteral("[%1-%2 x %3-%4]")
                     .arg(r.firstRow)
                     .arg(r.lastRow)
                     .arg(r.firstColumn)
                     .arg(r.lastColumn);
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

class TestBotDataChangedRanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsFor_eachField();
    void nothingChanged_noRanges();
    void singleRow_fewCells_areNamedOneByOne();
    void singleRow_manyCells_isOneRange();
    void adjacentRows_areOneRunOverTheirColumns();
    void separateRows_areSeparateRuns_inRowOrder();
    void sameRowTwice_isOneRow();
    void tooManyRuns_becomeOneBoundingRange();
};

void TestBotDataChangedRanges::columnsFor_eachField()
{
    QCOMPARE(BotDataChangedRanges::columnsFor(BotStore::StatusField),
             bit(StatusColumn) | bit(ActionColumn));
    QCOMPARE(BotDataChangedRanges::columnsFor(BotStore::PendingField),
             bit(StatusColumn) | bit(ActionColumn));
    QCOMPARE(BotDataChangedRanges::columnsFor(BotStore::HeartbeatField), bit(LastHeartbeatColumn));
    QCOMPARE(BotDataChangedRanges::columnsFor(BotStore::NameField), bit(AccountNameColumn));
    QCOMPARE(BotDataChangedRanges::columnsFor(0), quint8((1u << ColumnCount) - 1));
}

void TestBotDataChangedRanges::nothingChanged_noRanges()
{
    Changed changed;
    QVERIFY(BotDataChangedRanges::plan(changed).empty());
}

// Qt 6.4 views repaint the whole viewport for any range larger than a cell.
void TestBotDataChangedRanges::singleRow_fewCells_areNamedOneByOne()
{
    Changed changed {{7, BotStore::StatusField}};
    const auto ranges = BotDataChangedRanges::plan(changed);
    const std::vector<Range> expected {{7, 7, StatusColumn, StatusColumn},
                                       {7, 7, ActionColumn, ActionColumn}};
    QVERIFY2(ranges == expected, qPrintable(describe(ranges)));
}

void TestBotDataChangedRanges::singleRow_manyCells_isOneRange()
{
    Changed changed {
        {3, quint8(BotStore::StatusField | BotStore::HeartbeatField | BotStore::NameField)}};
    const auto ranges = BotDataChangedRanges::plan(changed);
    const std::vector<Range> expected {{3, 3, AccountNameColumn, ActionColumn}};
    QVERIFY2(ranges == expected, qPrintable(describe(ranges)));
}

void TestBotDataChangedRanges::adjacentRows_areOneRunOverTheirColumns()
{
    Changed changed {{5, BotStore::StatusField}, {4, BotStore::HeartbeatField}};
    const auto ranges = BotDataChangedRanges::plan(changed);
    const std::vector<Range> expected {{4, 5, StatusColumn, ActionColumn}};
    QVERIFY2(ranges == expected, qPrintable(describe(ranges)));
}

void TestBotDataChangedRanges::separateRows_areSeparateRuns_inRowOrder()
{
    Changed changed {
        {20, BotStore::HeartbeatField}, {1, BotStore::NameField}, {2, BotStore::NameField}};
    const auto ranges = BotDataChangedRanges::plan(changed);
    const std::vector<Range> expected {{1, 2, AccountNameColumn, AccountNameColumn},
                                       {20, 20, LastHeartbeatColumn, LastHeartbeatColumn}};
    QVERIFY2(ranges == expected, qPrintable(describe(ranges)));
}

void TestBotDataChangedRanges::sameRowTwice_isOneRow()
{
    Changed changed {{9, BotStore::HeartbeatField}, {9, BotStore::NameField}};
    const auto ranges = BotDataChangedRanges::plan(changed);
    const std::vector<Range> expected {{9, 9, AccountNameColumn, AccountNameColumn},
                                       {9, 9, LastHeartbeatColumn, LastHeartbeatColumn}};
    QVERIFY2(ranges == expected, qPrintable(describe(ranges)));
}

void TestBotDataChangedRanges::tooManyRuns_becomeOneBoundingRange()
{
    Changed changed;
    // Every column of every other row: one range per run, up to the limit.
    for (qint32 i = 0; i < qint32(BotDataChangedRanges::kMaxRuns); ++i)
        changed.emplace_back(i * 2, quint8(0));
    Changed copy = changed;
    QCOMPARE(BotDataChangedRanges::plan(copy).size(), BotDataChangedRanges::kMaxRuns);

    changed.emplace_back(qint32(BotDataChangedRanges::kMaxRuns) * 2, BotStore::StatusField);
    const auto ranges = BotDataChangedRanges::plan(changed);
    const std::vector<Range> expected {
        {0, qint32(BotDataChangedRanges::kMaxRuns) * 2, AccountNameColumn, ActionColumn}};
    QVERIFY2(ranges == expected, qPrintable(describe(ranges)));
}

QTEST_APPLESS_MAIN(TestBotDataChangedRanges)
#include "TestBotDataChangedRanges.moc"
