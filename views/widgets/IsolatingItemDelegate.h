#pragma once

#include <QStyledItemDelegate>

class QStyleOptionViewItem;

// Item views show server text (names, messages) through this delegate, or
// call isolateText() from their own: the cell's text is laid out in its own
// direction (first-strong isolation, DisplayText::kFirstStrongIsolate), so
// "../../etc/passwd" stays as it is in a right-to-left interface. Models
// give DisplayText::visible() text in Qt::DisplayRole; isolating it here
// costs one small string per painted cell and nothing per row.
class IsolatingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IsolatingItemDelegate)

public:
    explicit IsolatingItemDelegate(QObject *parent = nullptr);

    // Wraps option->text in FSI ... PDI (when it has text).
    static void isolateText(QStyleOptionViewItem *option);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
