// ScrollAnchor on the real bot models and a real QTableView: live moves,
// inserts and removals above the viewport, sorting and filtering do not slide
// other bots under the operator's eyes.
#include "../models/BotTestData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "views/ScrollAnchor.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace BotTestData;

class TestScrollAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void liveMovesAboveKeepTopRow_data();
    void liveMovesAboveKeepTopRow();
    void liveMovesKeepVisibleCurrentRowInPlace();
    void sortKeepsVisibleCurrentRowInPlace();
    void filteringOutTheAnchorKeepsCurrentVisible();
    void atTheTopWithoutCurrentRow_theHeadStaysInView();

private:
    BotKey topKey() const { return m_model->keyForRow(m_view->rowAt(0)); }
    int currentY() const
    {
        return m_view->verticalHeader()->sectionViewportPosition(m_view->currentIndex().row());
    }
    void setStatus(int account, BotStatus status);

    static constexpr int kRows = 2000;
    BotStore *m_store = nullptr;
    BotTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ScrollAnchor *m_anchor = nullptr;
    TimestampMs m_updatedAt = 10;
};

void TestScrollAnchor::init()
{
    m_store = new BotStore;
    m_store->setFlushInterval(1'000'000); // the test flushes
    QList<BotStatusEntry> page;
    for (int i = 0; i < kRows; ++i) {
        page.append(entry(i, QStringLiteral("acct%1").arg(i, 5, 10, QLatin1Char('0')),
                          Platform::Twitch, BotStatus::Active, 1000, 1));
    }
    m_store->mergeSnapshot(page);
    m_store->flush();
    m_model = new BotTableModel(m_store);
    m_model->sort(BotTable::StatusColumn, Qt::AscendingOrder);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(20);
    m_view->resize(500, 400);
    m_anchor = new ScrollAnchor(m_view);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->scrollTo(m_model->index(1000, 0), QAbstractItemView::PositionAtTop);
    QCOMPARE(m_view->rowAt(0), 1000);
}

void TestScrollAnchor::cleanup()
{
    delete m_view;
    delete m_model;
    delete m_store;
    m_view = nullptr;
    m_model = nullptr;
    m_store = nullptr;
    m_anchor = nullptr;
}

void TestScrollAnchor::setStatus(int account, BotStatus status)
{
    m_store->applyEvents(
        {entry(account, QStringLiteral("acct%1").arg(account, 5, 10, QLatin1Char('0')),
               Platform::Twitch, status, 1000, ++m_updatedAt)});
}

void TestScrollAnchor::liveMovesAboveKeepTopRow_data()
{
    QTest::addColumn<int>("moved");
    // A few rows take the model's row-move path, many its layout-change path.
    QTest::newRow("row moves") << 3;
    QTest::newRow("layout change") << 40;
}

void TestScrollAnchor::liveMovesAboveKeepTopRow()
{
    QFETCH(int, moved);
    const BotKey before = topKey();
    // Rows above the viewport go to the end (Paused sorts after Active):
    // without the anchor the view would keep row number 1000 and show bots
    // that were `moved` rows further down.
    for (int i = 0; i < moved; ++i)
        setStatus(i * 10, BotStatus::Paused);
    m_store->flush();
    QCOMPARE(m_model->rowForKey(before), 1000 - moved); // the content did move
    QCOMPARE(topKey(), before);
    QCOMPARE(m_view->verticalHeader()->sectionViewportPosition(m_model->rowForKey(before)), 0);
    QVERIFY(m_anchor->corrections() > 0);
}

void TestScrollAnchor::liveMovesKeepVisibleCurrentRowInPlace()
{
    m_view->setCurrentIndex(m_model->index(1005, 0));
    const BotKey current = m_model->keyForRow(1005);
    const int y = currentY();
    QVERIFY(y > 0);
    for (int i = 0; i < 25; ++i)
        setStatus(i * 7, BotStatus::Paused);
    m_store->flush();
    QCOMPARE(m_model->keyForRow(m_view->currentIndex().row()), current);
    QCOMPARE(currentY(), y);
}

void TestScrollAnchor::sortKeepsVisibleCurrentRowInPlace()
{
    m_view->setCurrentIndex(m_model->index(1010, 0));
    const BotKey current = m_model->keyForRow(1010);
    const int y = currentY();
    m_model->sort(BotTable::AccountNameColumn, Qt::DescendingOrder);
    // Descending names put this bot about 1,000 rows elsewhere; it stays
    // where the operator's eyes are.
    QVERIFY(qAbs(m_model->rowForKey(current) - 1010) > 20);
    QCOMPARE(m_model->keyForRow(m_view->currentIndex().row()), current);
    QCOMPARE(currentY(), y);
}

void TestScrollAnchor::filteringOutTheAnchorKeepsCurrentVisible()
{
    // The current row is off screen, so the top row is the anchor; the
    // search removes it, and the current row (which matches) comes into view.
    m_view->setCurrentIndex(m_model->index(1500, 0));
    m_view->scrollTo(m_model->index(1000, 0), QAbstractItemView::PositionAtTop);
    const BotKey current = m_model->keyForRow(1500);
    QVERIFY(m_view->visualRect(m_view->currentIndex()).bottom() > m_view->viewport()->height());
    m_model->setSearchText(QStringLiteral("acct015"));
    QCOMPARE(m_model->keyForRow(m_view->currentIndex().row()), current);
    const QRect rect = m_view->visualRect(m_view->currentIndex());
    QVERIFY2(rect.top() >= 0 && rect.bottom() <= m_view->viewport()->height(),
             qPrintable(QStringLiteral("current row at y %1").arg(rect.top())));
}

void TestScrollAnchor::atTheTopWithoutCurrentRow_theHeadStaysInView()
{
    m_view->selectionModel()->clearCurrentIndex();
    m_view->scrollToTop();
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    // A sort at the top shows the head of the new order, not where the old
    // top bot went.
    m_model->sort(BotTable::AccountNameColumn, Qt::DescendingOrder);
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QCOMPARE(m_view->rowAt(0), 0);
    // With a current row on screen that row is followed instead (here to
    // the end of the table, so as close to its old y as the end allows).
    m_view->setCurrentIndex(m_model->index(5, 0));
    const BotKey current = m_model->keyForRow(5);
    m_model->sort(BotTable::AccountNameColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->keyForRow(m_view->currentIndex().row()), current);
    QVERIFY(m_view->currentIndex().row() > kRows - 10);
    const QRect rect = m_view->visualRect(m_view->currentIndex());
    QVERIFY(rect.top() >= 0 && rect.bottom() <= m_view->viewport()->height());
}

QTEST_MAIN(TestScrollAnchor)
#include "TestScrollAnchor.moc"
