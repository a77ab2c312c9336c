#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QTableView;

// Keeps what the operator is looking at in place while the model underneath
// re-sorts, re-filters or takes live inserts, removals and moves. QTableView
// keeps its scroll bar value, a row number, so any change above the viewport
// slides other bots under the operator's eyes. Before a change the anchor
// remembers one row and its y in the viewport: the current row when it is
// on screen, otherwise the top row. After the change that bot (followed by a
// persistent index, so the model's own remapping finds it) is put back at the
// same y. When the anchor was filtered out, the current row is kept visible.
// At the very top with no current row on screen nothing is anchored: the
// head of the list stays in view.
class ScrollAnchor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollAnchor)

public:
    // The view must already have its model; the anchor follows that model.
    explicit ScrollAnchor(QTableView *view);

    // How many times a change moved the viewport to keep the anchor (tests).
    int corrections() const { return m_corrections; }

private:
    void remember();
    void restore();

    QPointer<QTableView> m_view;
    QPersistentModelIndex m_anchor;
    int m_anchorRow = -1;
    int m_anchorY = 0;
    int m_rowsAbove = 0; // rows between the top of the viewport and the anchor
    int m_depth = 0;
    bool m_anchorWasCurrent = false;
    int m_corrections = 0;
};
