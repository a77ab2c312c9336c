#pragma once

#include <QColor>

class QModelIndex;
class QPainter;
class QPalette;
class QStyleOptionViewItem;

// Shared by the bot table's delegates so every column of a row looks the
// same: the recently-changed tint and the palette-derived badge colours.
namespace BotCellPainting {

// Sets option->backgroundBrush to a soft tint for rows whose status changed a
// moment ago (HighlightRole), so a live change catches the eye without
// hiding the selection colour drawn over it.
void applyHighlight(QStyleOptionViewItem *option, const QModelIndex &index);

// Draws what the style draws for an empty cell (alternate row, tint,
// selection, focus) so custom content sits on the same background.
void drawEmptyCell(QPainter *painter, const QStyleOptionViewItem &option);

} // namespace BotCellPainting
