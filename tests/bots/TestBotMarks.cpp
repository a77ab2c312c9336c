// BotMarks on a real BotTableModel: marks by bot in marking order, the range
// anchor, marking every visible row, and the count line's text.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "views/bots/BotMarks.h"

#include <QTest>

using namespace BotPartsData;

class TestBotMarks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void toggleRow_marksThenUnmarks_keepingMarkingOrder();
    void markRangeTo_coversAnchorToRow_inEitherDirection();
    void markRangeTo_withoutAnchor_marksOnlyThatRow();
    void markRangeTo_followsAnchorBotThroughSorting();
    void markRangeTo_anchorFilteredOut_marksOnlyThatRow();
    void markAllVisible_keepsMarksOutOfView_andCountsThem();
    void clear_forgetsMarksAndAnchor();
    void toggleRow_outOfRange_marksNothing();

private:
    BotKey keyAt(int row) const { return m_model->keyForRow(row); }

    std::unique_ptr<BotStore> m_store;
    std::unique_ptr<BotTableModel> m_model;
};

void TestBotMarks::init()
{
    m_store = std::make_unique<BotStore>();
    m_model = std::make_unique<BotTableModel>(m_store.get());
    QList<BotStatusEntry> rows;
    for (int a = 0; a < 4; ++a) {
        const QString name = QStringLiteral("account_%1").arg(a);
        rows.append(entry(a, name, Platform::Twitch, BotStatus::Active));
        rows.append(entry(a, name, Platform::YouTube, BotStatus::Paused));
    }
    fill(*m_store, rows);
    QCOMPARE(m_model->rowCount(), 8);
}

void TestBotMarks::toggleRow_marksThenUnmarks_keepingMarkingOrder()
{
    BotMarks marks(m_model.get());
    QVERIFY(marks.isEmpty());
    marks.toggleRow(2);
    marks.toggleRow(0);
    marks.toggleRow(5);
    QCOMPARE(marks.keys(), (QList<BotKey> {keyAt(2), keyAt(0), keyAt(5)}));
    QVERIFY(marks.contains(keyAt(0)));
    QCOMPARE(marks.countText(), QStringLiteral("3 marked"));

    marks.toggleRow(0);
    QCOMPARE(marks.keys(), (QList<BotKey> {keyAt(2), keyAt(5)}));
    QVERIFY(!marks.contains(keyAt(0)));
    QCOMPARE(marks.count(), 2);
}

void TestBotMarks::markRangeTo_coversAnchorToRow_inEitherDirection()
{
    BotMarks marks(m_model.get());
    marks.toggleRow(4);
    marks.markRangeTo(1); // upwards: 1..4, the anchor first as it was marked first
    QCOMPARE(marks.keys(), (QList<BotKey> {keyAt(4), keyAt(1), keyAt(2), keyAt(3)}));
    // The end of a range is the next anchor.
    marks.markRangeTo(6);
    QCOMPARE(marks.count(), 6);
    for (int row = 1; row <= 6; ++row)
        QVERIFY(marks.contains(keyAt(row)));
    QVERIFY(!marks.contains(keyAt(0)));
    QVERIFY(!marks.contains(keyAt(7)));
}

void TestBotMarks::markRangeTo_withoutAnchor_marksOnlyThatRow()
{
    BotMarks marks(m_model.get());
    marks.markRangeTo(3);
    QCOMPARE(marks.keys(), QList<BotKey> {keyAt(3)});
}

void TestBotMarks::markRangeTo_followsAnchorBotThroughSorting()
{
    BotMarks marks(m_model.get());
    marks.toggleRow(0);
    const BotKey anchor = keyAt(0);
    m_model->sort(BotTable::AccountNameColumn, Qt::DescendingOrder);
    const int anchorRow = m_model->rowForKey(anchor);
    QVERIFY(anchorRow > 2);
    marks.markRangeTo(2);
    QCOMPARE(marks.count(), anchorRow - 2 + 1);
    for (int row = 2; row <= anchorRow; ++row)
        QVERIFY(marks.contains(keyAt(row)));
}

void TestBotMarks::markRangeTo_anchorFilteredOut_marksOnlyThatRow()
{
    BotMarks marks(m_model.get());
    marks.toggleRow(m_model->rowForKey(key(0, Platform::Twitch)));
    m_model->setPlatformFilter(Platform::YouTube);
    marks.markRangeTo(2);
    QCOMPARE(marks.keys(), (QList<BotKey> {key(0, Platform::Twitch), keyAt(2)}));
}

void TestBotMarks::markAllVisible_keepsMarksOutOfView_andCountsThem()
{
    BotMarks marks(m_model.get());
    marks.toggleRow(m_model->rowForKey(key(1, Platform::Twitch)));
    m_model->setPlatformFilter(Platform::YouTube);
    QCOMPARE(marks.hiddenCount(), 1);
    QCOMPARE(marks.countText(), QStringLiteral("1 marked (1 not shown)"));
    marks.markAllVisible();
    QCOMPARE(marks.count(), 5);
    QCOMPARE(marks.keys().constFirst(), key(1, Platform::Twitch));
    for (int a = 0; a < 4; ++a)
        QVERIFY(marks.contains(key(a, Platform::YouTube)));
    QCOMPARE(marks.hiddenCount(), 1);
    QCOMPARE(marks.countText(), QStringLiteral("5 marked (1 not shown)"));
    // Marking all again adds nothing twice.
    marks.markAllVisible();
    QCOMPARE(marks.count(), 5);
    m_model->setPlatformFilter(std::nullopt);
    QCOMPARE(marks.hiddenCount(), 0);
    QCOMPARE(marks.countText(), QStringLiteral("5 marked"));
}

void TestBotMarks::clear_forgetsMarksAndAnchor()
{
    BotMarks marks(m_model.get());
    marks.toggleRow(0);
    marks.markRangeTo(3);
    marks.clear();
    QVERIFY(marks.isEmpty());
    QCOMPARE(marks.hiddenCount(), 0);
    marks.markRangeTo(5); // no anchor left
    QCOMPARE(marks.keys(), QList<BotKey> {keyAt(5)});
}

void TestBotMarks::toggleRow_outOfRange_marksNothing()
{
    BotMarks marks(m_model.get());
    marks.toggleRow(-1);
    marks.toggleRow(m_model->rowCount());
    QVERIFY(marks.isEmpty());
}

QTEST_GUILESS_MAIN(TestBotMarks)
#include "TestBotMarks.moc"
