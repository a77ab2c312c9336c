#pragma once

#include "api/BotTypes.h"
#include "models/bots/BotKey.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

class BotTableModel;

// The bots the operator marked for the next action (Space, Ctrl+Space,
// Ctrl+A on the Bots page). Marks are kept by BotKey, so they survive
// filtering, sorting and live updates, and in marking order, so an action
// on them runs in a stable order. Rows are the model's visible rows.
class BotMarks final
{
    Q_DECLARE_TR_FUNCTIONS(BotMarks)
    Q_DISABLE_COPY_MOVE(BotMarks)

public:
    // The model must outlive the marks.
    explicit BotMarks(const BotTableModel *model);

    bool isEmpty() const { return m_order.isEmpty(); }
    qsizetype count() const { return m_order.size(); }
    bool contains(const BotKey &key) const { return m_marks.contains(key); }
    // In marking order.
    const QList<BotKey> &keys() const { return m_order; }

    // Marks or unmarks the bot of row; it becomes the anchor of a range.
    void toggleRow(int row);
    // Marks every row from the anchor (where it is shown now) to row, or
    // row alone when the anchor is not shown; row becomes the anchor.
    void markRangeTo(int row);
    // Marks every row the filters let through; marks out of view stay.
    void markAllVisible();
    void clear();

    // Marked bots the filters hide: an action still covers them.
    qsizetype hiddenCount() const;
    // "3 marked", or "3 marked (1 not shown)".
    QString countText() const;
    // The marked bots as the store has them: those on screen in the table's
    // order, then those the filters hide, in marking order (what Copy
    // copies). Bots no longer listed are left out.
    QList<BotStatusEntry> entriesInTableOrder() const;

private:
    void setMarked(const BotKey &key, bool marked);

    const BotTableModel *m_model;
    QSet<BotKey> m_marks;
    QList<BotKey> m_order;
    BotKey m_anchor;
};
