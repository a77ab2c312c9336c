#include "ScrollAnchor.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

ScrollAnchor::ScrollAnchor(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    // Connected after the view's own connections (setModel made those), so
    // on the "done" signals the header already knows the new row count.
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ScrollAnchor::restore);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ScrollAnchor::restore);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ScrollAnchor::restore);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ScrollAnchor::restore);
}

void ScrollAnchor::remember()
{
    if (m_depth++ > 0 || !m_view)
        return;
    m_anchor = QPersistentModelIndex();
    QHeaderView *rows = m_view->verticalHeader();
    const int viewportHeight = m_view->viewport()->height();
    const QModelIndex current = m_view->currentIndex();
    const int top = m_view->rowAt(0);
    if (top < 0)
        return;
    m_anchorWasCurrent = false;
    m_anchorRow = -1;
    int row = top;
    if (current.isValid()) {
        const int y = rows->sectionViewportPosition(current.row());
        if (y >= 0 && y + rows->sectionSize(current.row()) <= viewportHeight) {
            row = current.row();
            m_anchorWasCurrent = true;
        }
    }
    // At the very top with no current row in sight the operator reads the
    // head of the list: a new sort or filter shows its head, and rows that
    // arrive above come into view like in a feed.
    if (!m_anchorWasCurrent && m_view->verticalScrollBar()->value() == 0)
        return;
    m_anchor = QPersistentModelIndex(m_view->model()->index(row, 0));
    m_anchorRow = row;
    m_anchorY = rows->sectionViewportPosition(row);
    m_rowsAbove = rows->visualIndex(row) - rows->visualIndex(top);
}

void ScrollAnchor::restore()
{
    if (m_depth == 0 || --m_depth > 0 || !m_view)
        return;
    QHeaderView *rows = m_view->verticalHeader();
    if (!m_anchor.isValid()) {
        // The anchored bot left (filtered out, removed): keep the current
        // row in sight if there is one, otherwise stay where the view is.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_anchorRow >= 0) {
            m_view->scrollTo(current);
            ++m_corrections;
        }
        m_anchorRow = -1;
        return;
    }
    const int row = m_anchor.row();
    m_anchor = QPersistentModelIndex();
    if (row == m_anchorRow && rows->sectionViewportPosition(row) == m_anchorY)
        return; // nothing above it changed
    m_anchorRow = -1;
    // The scroll bar's range follows the row count only after the view
    // lays out again (normally deferred); do it now so the value sticks.
    m_view->doItemsLayout();
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem)
        bar->setValue(rows->visualIndex(row) - m_rowsAbove);
    else
        bar->setValue(rows->sectionPosition(row) - m_anchorY);
    ++m_corrections;
}
