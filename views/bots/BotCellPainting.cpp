#include "BotCellPainting.h"

#include "models/BotRoles.h"

#include <QApplication>
#include <QModelIndex>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace BotCellPainting {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    const qreal s = 1.0 - t;
    return QColor::fromRgbF(float(a.redF() * s + b.redF() * t),
                            float(a.greenF() * s + b.greenF() * t),
                            float(a.blueF() * s + b.blueF() * t));
}

void applyHighlight(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const QPalette &pal = option->palette;
    if (BotTable::WatchState(index.data(BotTable::WatchRole).toInt())
        == BotTable::WatchState::Flagged) {
        // A watched bot that changed while nobody looked: amber until seen,
        // stronger than the brief change highlight, the same in every column.
        option->backgroundBrush =
            blend(pal.color(QPalette::Base), QColor(0xE8, 0x9A, 0x10), isDark(pal) ? 0.38 : 0.30);
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
