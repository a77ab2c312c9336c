#pragma once

#include <QStyledItemDelegate>

#include <functional>

// The plain columns of the bot table (account, ID, platform, heartbeat): the
// style's own item drawing plus the platform glyph and the recently-changed
// tint, so they line up with the badge and action columns.
class BotItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotItemDelegate)

public:
    explicit BotItemDelegate(QObject *parent = nullptr);

    // Marked rows (Space) get a tint and a mark glyph before the account name.
    void setMarkedCheck(std::function<bool(const QModelIndex &)> check)
    {
        m_isMarked = std::move(check);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::function<bool(const QModelIndex &)> m_isMarked;
};
