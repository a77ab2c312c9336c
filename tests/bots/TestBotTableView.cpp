// BotTableView on a real model, offscreen: its keys, row movement, the
// selection it reports and copies, sorting keys and the saved header.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "views/bots/BotTableView.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace BotPartsData;

namespace {
constexpr int kAccounts = 40;
} // namespace

class TestBotTableView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void setup_uniformRowsSortedByNameNoVerticalHeader();
    void homeEnd_moveTheCurrentRow_andKeepItVisible();
    void enter_onTheActionCell_pressesItsButton_elsewhereNot();
    void moveCurrent_clampsAndSelectsOnlyThatRow();
    void selectedRows_inOrder_orTheCurrentRowWhenNoneSelected();
    void selectionAsTsv_headerThenOneSafeLinePerRow();
    void sortByColumnKey_againReversesTheOrder();
    void restoreHeaderState_refusesGarbage_acceptsWhatItSaved();
    void rowsOnScreen_firstAndLastVisibleRow();

private:
    std::unique_ptr<BotStore> m_store;
    std::unique_ptr<BotTableModel> m_model;
    std::unique_ptr<BotTableView> m_view;
};

void TestBotTableView::init()
{
    m_store = std::make_unique<BotStore>();
    m_model = std::make_unique<BotTableModel>(m_store.get());
    QList<BotStatusEntry> rows;
    for (int a = 0; a < kAccounts; ++a) {
        rows.append(entry(a, QStringLiteral("account_%1").arg(a, 2, 10, QLatin1Char('0')),
                          Platform::Twitch, a % 2 ? BotStatus::Paused : BotStatus::Active));
    }
    rows[3].accountName = QStringLiteral("tab\there\nnewline");
    fill(*m_store, rows);
    m_view = std::make_unique<BotTableView>(m_model.get());
    m_view->resize(900, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
}

void TestBotTableView::setup_uniformRowsSortedByNameNoVerticalHeader()
{
    QVERIFY(m_view->verticalHeader()->isHidden());
    QCOMPARE(m_view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QVERIFY(m_view->isSortingEnabled());
    QCOMPARE(m_model->sortColumn(), int(BotTable::AccountNameColumn));
    QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
    QVERIFY(m_view->actionDelegate());
    QCOMPARE(m_view->objectName(), QStringLiteral("botTable"));
}

void TestBotTableView::homeEnd_moveTheCurrentRow_andKeepItVisible()
{
    m_view->setCurrentIndex(m_model->index(5, 0));
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentIndex().row(), kAccounts - 1);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(m_view->currentIndex())));
    QVERIFY(m_view->selectionModel()->isRowSelected(kAccounts - 1, {}));
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentIndex().row(), 0);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(m_view->currentIndex())));
}

void TestBotTableView::enter_onTheActionCell_pressesItsButton_elsewhereNot()
{
    QSignalSpy pressed(m_view.get(), &BotTableView::actionButtonPressed);
    m_view->setCurrentIndex(m_model->index(2, BotTable::AccountNameColumn));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(pressed.count(), 0);
    const QModelIndex action = m_model->index(2, BotTable::ActionColumn);
    m_view->setCurrentIndex(action);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QCOMPARE(pressed.count(), 2);
    QCOMPARE(pressed.at(0).at(0).value<QModelIndex>(), action);
}

void TestBotTableView::moveCurrent_clampsAndSelectsOnlyThatRow()
{
    m_view->selectionModel()->clear(); // focus gave it a current row
    m_view->moveCurrent(+3); // no current row: the first
    QCOMPARE(m_view->currentIndex().row(), 0);
    m_view->moveCurrent(+3);
    QCOMPARE(m_view->currentIndex().row(), 3);
    m_view->moveCurrent(+1000);
    QCOMPARE(m_view->currentIndex().row(), kAccounts - 1);
    m_view->moveCurrent(-1000);
    QCOMPARE(m_view->currentIndex().row(), 0);
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
    m_view->goToRow(7);
    QCOMPARE(m_view->currentIndex().row(), 7);
    QCOMPARE(m_view->currentIndex().column(), int(BotTable::AccountNameColumn));
    QCOMPARE(m_view->selectedRows(), QList<int> {7});
}

void TestBotTableView::selectedRows_inOrder_orTheCurrentRowWhenNoneSelected()
{
    m_view->selectionModel()->clear(); // focus gave it a current row
    QVERIFY(m_view->selectedRows().isEmpty());
    m_view->selectionModel()->setCurrentIndex(m_model->index(4, 0), QItemSelectionModel::NoUpdate);
    QCOMPARE(m_view->selectedRows(), QList<int> {4});
    m_view->selectionModel()->select(QItemSelection(m_model->index(9, 0), m_model->index(10, 0)),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->selectionModel()->select(m_model->index(2, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_view->selectedRows(), (QList<int> {2, 9, 10}));
}

void TestBotTableView::selectionAsTsv_headerThenOneSafeLinePerRow()
{
    m_view->selectionModel()->clear(); // focus gave it a current row
    QVERIFY(m_view->selectionAsTsv().isEmpty());
    const int tabbed = m_model->rowForKey(key(3, Platform::Twitch));
    m_view->selectionModel()->select(m_model->index(tabbed, 0),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = m_view->selectionAsTsv().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // header, row, and the final newline's empty rest
    QCOMPARE(lines.at(0),
             QStringLiteral("Account\tAccount ID\tPlatform\tStatus\tLast Heartbeat (UTC)"));
    const QStringList fields = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), QStringLiteral("tab here newline"));
    QCOMPARE(fields.at(1), uuid(3));
    QCOMPARE(fields.at(2), QStringLiteral("TWITCH"));
    QCOMPARE(fields.at(3), QStringLiteral("PAUSED"));
    QVERIFY(fields.at(4).endsWith(QLatin1Char('Z')));
    QVERIFY(lines.at(2).isEmpty());
}

void TestBotTableView::sortByColumnKey_againReversesTheOrder()
{
    m_view->sortByColumnKey(BotTable::StatusColumn);
    QCOMPARE(m_model->sortColumn(), int(BotTable::StatusColumn));
    const Qt::SortOrder first = m_model->sortOrder();
    m_view->sortByColumnKey(BotTable::StatusColumn);
    QCOMPARE(m_model->sortColumn(), int(BotTable::StatusColumn));
    QVERIFY(m_model->sortOrder() != first);
    m_view->sortByColumnKey(BotTable::AccountIdColumn);
    QCOMPARE(m_model->sortColumn(), int(BotTable::AccountIdColumn));
    QCOMPARE(m_model->sortOrder(), Qt::AscendingOrder);
}

void TestBotTableView::restoreHeaderState_refusesGarbage_acceptsWhatItSaved()
{
    QVERIFY(!m_view->restoreHeaderState(QByteArray("not a header")));
    QVERIFY(!m_view->restoreHeaderState({}));
    m_view->horizontalHeader()->resizeSection(BotTable::AccountIdColumn, 123);
    const QByteArray saved = m_view->horizontalHeader()->saveState();
    BotTableView other(m_model.get());
    QVERIFY(other.restoreHeaderState(saved));
    QCOMPARE(other.horizontalHeader()->sectionSize(BotTable::AccountIdColumn), 123);
}

void TestBotTableView::rowsOnScreen_firstAndLastVisibleRow()
{
    const auto [first, last] = m_view->rowsOnScreen();
    QCOMPARE(first, 0);
    QVERIFY(last > 0 && last < kAccounts - 1); // 300 px do not show 40 rows
    m_view->scrollToBottom();
    QCOMPARE(m_view->rowsOnScreen().second, kAccounts - 1);
    m_model->setSearchText(QStringLiteral("nobody"));
    QCOMPARE(m_view->rowsOnScreen().first, -1);
}

QTEST_MAIN(TestBotTableView)
#include "TestBotTableView.moc"
