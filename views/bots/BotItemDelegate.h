#pragma once

#include <QStyledItemDelegate>

// The plain columns of the bot table (account, ID, platform, heartbeat): the
// style's own item drawing plus the platform glyph and the recently-changed
// tint, so they line up with the badge and action columns.
class BotItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotItemDelegate)

public:
    explicit BotItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
