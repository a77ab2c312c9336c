#pragma once

#include "api/BotTypes.h"

#include <QList>
#include <QTableView>

#include <functional>
#include <utility>

class ActionDelegate;
class BotItemDelegate;
class BotTableModel;
class StatusBadgeDelegate;

// The bot table: uniform rows (500,000 of them lay out in O(1)), the badge
// and action delegates, sorting by header click, a scroll anchor that keeps
// the bot under the operator's eyes in place, and the row movement and copy
// the Bots page's keys ask for. Home and End move the current row (k9s,
// htop); Enter on the action cell presses its button.
class BotTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTableView)

public:
    // The model must outlive the view.
    explicit BotTableView(BotTableModel *model, QWidget *parent = nullptr);

    ActionDelegate *actionDelegate() const { return m_actionDelegate; }
    // Rows this says are marked get the mark's tint and glyph.
    void setMarkedCheck(std::function<bool(const QModelIndex &)> check);

    // Moves the current row by delta (clamped), selects only it and shows it.
    void moveCurrent(int delta);
    void moveToEdge(bool last);
    // Makes row current and the only selected row, and shows it.
    void goToRow(int row);
    // Sorts by column; again on the same column reverses the order.
    void sortByColumnKey(int column);

    // The selected rows in order, or the current row when none is selected.
    QList<int> selectedRows() const;
    // Those rows as tab-separated text with a header line (what Copy copies).
    // The selected rows (else the current one) with a header row, as raw
    // values; as TSV (Ctrl+C) and as a Markdown table (Ctrl+Shift+C), both
    // written by ExportFormat so no cell opens as a formula or a link.
    QList<QStringList> selectionAsRows() const;
    QString selectionAsTsv() const;
    QString selectionAsMarkdown() const;
    // Bots as those rows (a header row first; empty for no bots).
    static QList<QStringList> entriesAsRows(const QList<BotStatusEntry> &entries);
    // The first and last row on screen; first is -1 when none is.
    std::pair<int, int> rowsOnScreen() const;

    // The operator's saved column layout (checked first: settings files are
    // edited by hand); widths then stay as saved until the font changes.
    bool restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    // The action button of index was clicked, or Enter pressed on it.
    void actionButtonPressed(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Row height and column widths follow the font (and so the scale and
    // the language).
    void fitToFont();

    BotTableModel *m_model;
    StatusBadgeDelegate *m_badgeDelegate = nullptr;
    ActionDelegate *m_actionDelegate = nullptr;
    BotItemDelegate *m_itemDelegate = nullptr;
    bool m_columnsFitted = false;
};
