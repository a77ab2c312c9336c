#include "BotCellPainting.h"

#include "models/bots/BotRoles.h"
#include "views/widgets/StatusPalette.h"

#include <QApplication>
#include <QModelIndex>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace BotCellPainting {

using StatusPalette::blend;
using StatusPalette::isDark;

void applyHighlight(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const QPalette &pal = option->palette;
    if (BotTable::WatchState(index.data(BotTable::WatchRole).toInt())
        == BotTable::WatchState::Flagged) {
        // A watched bot that changed while nobody looked: amber until seen,
        // stronger than the brief change highlight, the same in every column.
        option->backgroundBrush =
            blend(pal.color(QPalette::Base), StatusPalette::colour(StatusPalette::State::Attention, pal),
                  isDark(pal) ? 0.38 : 0.30);
        return;
    }
    if (!index.data(BotTable::HighlightRole).toBool())
        return;
    // Mixed from the palette so it works in light and dark themes alike.
    option->backgroundBrush =
        blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), isDark(pal) ? 0.30 : 0.18);
}

void drawEmptyCell(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem opt = option;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

} // namespace BotCellPainting
