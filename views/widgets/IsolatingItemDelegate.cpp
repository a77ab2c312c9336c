#include "IsolatingItemDelegate.h"

#include "models/text/DisplayText.h"

IsolatingItemDelegate::IsolatingItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void IsolatingItemDelegate::isolateText(QStyleOptionViewItem *option)
{
    if (option->text.isEmpty() || option->text.front() == DisplayText::kFirstStrongIsolate)
        return;
    QString text;
    text.reserve(option->text.size() + 2);
    text.append(DisplayText::kFirstStrongIsolate);
    text.append(option->text);
    text.append(DisplayText::kPopDirectionalIsolate);
    option->text = text;
}

void IsolatingItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    isolateText(option);
}
