#include "BotItemDelegate.h"

#include "BotCellPainting.h"
#include "PlatformIcons.h"
#include "views/widgets/IsolatingItemDelegate.h"
#include "views/widgets/StatusPalette.h"

#include "models/bots/BotRoles.h"

#include <QPalette>

BotItemDelegate::BotItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void BotItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    BotCellPainting::applyHighlight(option, index);
    if (index.column() == BotTable::AccountNameColumn
        || index.column() == BotTable::AccountIdColumn) {
        // Server text: laid out in its own direction, whatever the
        // interface's (the model already made controls visible).
        IsolatingItemDelegate::isolateText(option);
        // No name: the cell shows the ID, in italics so it does not pass
        // for a name.
        if (index.column() == BotTable::AccountNameColumn
            && index.data(BotTable::AccountNameRole).toString().isEmpty())
            option->font.setItalic(true);
    }
    if (m_isMarked && m_isMarked(index)) {
        const QPalette &pal = option->palette;
        option->backgroundBrush =
            StatusPalette::blend(pal.color(QPalette::Base), pal.color(QPalette::Link),
                                   StatusPalette::isDark(pal) ? 0.35 : 0.22);
        if (index.column() == BotTable::AccountNameColumn)
            option->text = QStringLiteral("\u25C6 ") + option->text; // a diamond: marked
    }
    if (index.column() == BotTable::AccountNameColumn) {
        const auto watch = BotTable::WatchState(index.data(BotTable::WatchRole).toInt());
        if (watch != BotTable::WatchState::None) {
            option->text = QStringLiteral("\u25C9 ") + option->text; // a fisheye: watched
            if (watch == BotTable::WatchState::Flagged)
                option->font.setBold(true);
        }
    }
    if (index.column() == BotTable::PlatformColumn) {
        const QIcon icon =
            PlatformIcons::icon(Platform(index.data(BotTable::PlatformRole).toInt()));
        if (!icon.isNull()) {
            option->icon = icon;
            option->features |= QStyleOptionViewItem::HasDecoration;
            // Follows the font so the glyph grows with it (and with the scale).
            const int side = option->fontMetrics.height();
            option->decorationSize = QSize(side, side);
        }
    }
}
