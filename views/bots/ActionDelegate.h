#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

class QStyleOptionButton;

// The action column: a push button drawn with QStyle::CE_PushButton (no live
// widget per cell, so 500,000 rows cost nothing) and clicked through
// editorEvent. Pause or Resume per the model's ActionRole; nothing for rows
// without a connection; disabled with the model's "Pausing…" text while a
// request is pending. Right-to-left layouts mirror it with
// QStyle::visualRect.
//
// A double click reports one click: the second press of a double click is
// swallowed, so it can never send the opposite toggle.
class ActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDelegate)

public:
    explicit ActionDelegate(QObject *parent = nullptr);

    // Read-only viewers get no buttons at all.
    void setButtonsEnabled(bool enabled);
    bool buttonsEnabled() const { return m_enabled; }

    // Where the button of a cell is (for tests and hit testing).
    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    // The button of index was clicked (mouse release over it, or Space).
    void buttonClicked(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    bool hasButton(const QModelIndex &index) const;
    bool isPending(const QModelIndex &index) const;
    QSize buttonSize(const QStyleOptionViewItem &option) const;

    QPersistentModelIndex m_pressed;
    bool m_enabled = true;
};
