#include "FeatureItemDelegate.h"

#include "models/discord/DiscordModelRoles.h"
#include "models/text/DisplayText.h"
#include "views/widgets/IsolatingItemDelegate.h"
#include "views/widgets/StatusPalette.h"

#include <QApplication>
#include <QPainter>

namespace {

// Translucent over the row so selection and alternate rows still show:
// "changed" in the information hue, "conflict" in the attention hue.
QColor changedTint(const QPalette &palette)
{
    QColor c = StatusPalette::colour(StatusPalette::State::Information, palette);
    c.setAlpha(40);
    return c;
}

QColor conflictTint(const QPalette &palette)
{
    QColor c = StatusPalette::colour(StatusPalette::State::Attention, palette);
    c.setAlpha(70);
    return c;
}

} // namespace

FeatureItemDelegate::FeatureItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

FeatureItemDelegate::~FeatureItemDelegate() = default;

void FeatureItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    IsolatingItemDelegate::isolateText(&opt); // channel and role names from Discord
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const bool changed = index.data(DiscordChangedRole).toBool();
    const bool conflict = index.data(DiscordConflictRole).toBool();
    const bool hasProblem = !index.data(DiscordProblemRole).toString().isEmpty();
    const bool hasWarning = !index.data(DiscordWarningRole).toString().isEmpty();
    const auto column = DiscordFeatureColumn(index.column());

    if (conflict)
        painter->fillRect(opt.rect, conflictTint(opt.palette));
    else if (changed)
        painter->fillRect(opt.rect, changedTint(opt.palette));

    if (column == DiscordFeatureColumn::Feature && (hasProblem || hasWarning)) {
        opt.icon = style->standardIcon(hasProblem ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning,
                                       nullptr, widget);
        opt.features |= QStyleOptionViewItem::HasDecoration;
        opt.decorationSize = QSize(16, 16);
    }

    QString description;
    if (column == DiscordFeatureColumn::Feature)
        description = index.data(Qt::UserRole).toString();

    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (!description.isEmpty()) {
        // The description after the key, muted, in the space the key left.
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        const QFontMetrics keyMetrics(opt.font);
        const int keyWidth =
            keyMetrics.horizontalAdvance(opt.text) + keyMetrics.averageCharWidth() * 2;
        QRect rest = textRect.adjusted(keyWidth, 0, 0, 0);
        rest = QStyle::visualRect(opt.direction, textRect, rest);
        if (rest.width() > 20) {
            painter->save();
            QFont font = option.font;
            font.setItalic(false);
            font.setBold(false);
            painter->setFont(font);
            const bool selected = opt.state & QStyle::State_Selected;
            QColor muted = selected ? opt.palette.color(QPalette::HighlightedText)
                                    : opt.palette.color(QPalette::PlaceholderText);
            painter->setPen(muted);
            const QString elided = QFontMetrics(font).elidedText(
                DisplayText::isolated(description, 300), Qt::ElideRight, rest.width());
            painter->drawText(rest, int(Qt::AlignVCenter | Qt::AlignLeading), elided);
            painter->restore();
        }
    }

    if ((opt.features & QStyleOptionViewItem::HasCheckIndicator)
        && opt.checkState == Qt::Unchecked) {
        // Fusion draws an unchecked box in the base colour with a faint frame,
        // which all but vanishes on dark palettes: outline it in the text colour.
        const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget)
                              .adjusted(1, 1, -2, -2);
        QColor outline = opt.palette.color(QPalette::Text);
        outline.setAlpha(110);
        painter->save();
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(box);
        painter->restore();
    }

    if (changed && column == DiscordFeatureColumn::Feature) {
        // A bar on the leading edge marks the row as changed without colour alone.
        const QRect bar = QStyle::visualRect(
            opt.direction, opt.rect,
            QRect(opt.rect.left(), opt.rect.top() + 2, 3, opt.rect.height() - 4));
        painter->fillRect(bar, opt.palette.color(QPalette::Highlight));
    }
}

QSize FeatureItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (DiscordFeatureColumn(index.column()) == DiscordFeatureColumn::Feature) {
        const QString description = index.data(Qt::UserRole).toString();
        size.rwidth() += QFontMetrics(option.font).horizontalAdvance(description) + 24;
    }
    size.setHeight(qMax(size.height(), 26));
    return size;
}
