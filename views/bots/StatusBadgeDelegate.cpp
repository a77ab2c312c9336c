#include "StatusBadgeDelegate.h"

#include "BotCellPainting.h"
#include "views/widgets/StatusPalette.h"

#include "api/BotTypes.h"
#include "models/bots/BotRoles.h"
#include "models/bots/BotTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace {

struct BadgeColours
{
    QColor fill;
    QColor text;
    QColor border;
    bool dashed = false;
};

// A status this version does not know: a plain grey pill with a solid
// outline and full-strength text, so it reads as "something else", not as
// a state the app judged good, bad or off.
BadgeColours neutralColours(const QPalette &pal)
{
    using StatusPalette::blend;
    const bool dark = StatusPalette::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    return {blend(base, text, dark ? 0.16 : 0.08), text, blend(base, text, dark ? 0.45 : 0.35)};
}

// Hues are fixed (green, amber, red) because the palette has none; their
// lightness follows the palette so contrast holds in light and dark themes.
BadgeColours coloursFor(BotStatus status, const QPalette &pal)
{
    using StatusPalette::blend;
    const bool dark = StatusPalette::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    switch (status) {
    case BotStatus::Active: {
        const QColor hue = StatusPalette::colour(StatusPalette::State::Ok, pal);
        return {blend(base, hue, dark ? 0.28 : 0.16),
                blend(hue, text, 0.35),
                blend(base, hue, dark ? 0.55 : 0.45)};
    }
    case BotStatus::Paused: {
        const QColor hue = StatusPalette::colour(StatusPalette::State::Warning, pal);
        return {blend(base, hue, dark ? 0.28 : 0.18),
                dark ? blend(hue, text, 0.30) : blend(hue, text, 0.40),
                blend(base, hue, dark ? 0.55 : 0.50)};
    }
    case BotStatus::NoConnection:
        break;
    case BotStatus::Unknown:
        return neutralColours(pal);
    }
    // A status a newer server named: neutral, neither good nor bad.
    if (isExtraBotStatus(status))
        return neutralColours(pal);
    // The "disabled" look: no colour, dashed outline, muted but readable text.
    return {blend(base, pal.color(QPalette::Window), 0.6), blend(text, base, 0.42),
            blend(text, base, 0.6), true};
}

BadgeColours staleColours(const QPalette &pal)
{
    using StatusPalette::blend;
    const bool dark = StatusPalette::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor hue = StatusPalette::colour(StatusPalette::State::Error, pal);
    return {blend(base, hue, dark ? 0.25 : 0.12), blend(hue, text, dark ? 0.25 : 0.30),
            blend(base, hue, dark ? 0.55 : 0.45)};
}

struct Metrics
{
    int height;
    int padding; // horizontal, inside the pill
    int gap; // between badge and tag, and from the cell edge
};

Metrics metricsFor(const QFontMetrics &fm)
{
    const int h = fm.height();
    return {h + qMax(2, h / 4), qMax(4, h / 2), qMax(3, h / 3)};
}

// Draws one pill at the leading edge of area (x measured from the leading
// side, mirrored for right-to-left) and returns its width.
int drawPill(QPainter *painter, const QStyleOptionViewItem &option, const QRect &area, int x,
             const QString &text, const BadgeColours &c, qreal opacity)
{
    const Metrics m = metricsFor(option.fontMetrics);
    const int width = option.fontMetrics.horizontalAdvance(text) + 2 * m.padding;
    const int y = area.top() + (area.height() - m.height) / 2;
    QRect logical(area.left() + x, y, width, m.height);
    logical = logical.intersected(area);
    const QRect r = QStyle::visualRect(option.direction, area, logical);

    painter->save();
    painter->setOpacity(opacity);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(c.border, 1.0);
    if (c.dashed)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(c.fill);
    const QRectF rf = QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = rf.height() / 2.0;
    painter->drawRoundedRect(rf, radius, radius);
    painter->setPen(c.text);
    const QString shown =
        option.fontMetrics.elidedText(text, Qt::ElideRight, r.width() - m.padding);
    painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine, shown);
    painter->restore();
    return width;
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString StatusBadgeDelegate::staleText()
{
    return tr("Stale", "badge: heartbeat too old");
}

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    BotCellPainting::applyHighlight(option, index);
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    BotCellPainting::drawEmptyCell(painter, opt);

    const auto status = BotStatus(index.data(BotTable::StatusRole).toInt());
    const auto pending = PendingAction(index.data(BotTable::PendingRole).toInt());
    const bool stale = index.data(BotTable::StaleRole).toBool();

    const Metrics m = metricsFor(opt.fontMetrics);
    const QRect area = opt.rect.adjusted(m.gap, 0, -m.gap, 0);
    QString text = BotTableModel::statusName(status);
    if (pending != PendingAction::None)
        text += QChar(0x2026); // "…": the server has not confirmed yet
    const qreal opacity = pending != PendingAction::None ? 0.6 : 1.0;
    const int width =
        drawPill(painter, opt, area, 0, text, coloursFor(status, opt.palette), opacity);
    if (stale && status == BotStatus::Active && pending == PendingAction::None)
        drawPill(painter, opt, area, width + m.gap, staleText(), staleColours(opt.palette), 1.0);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Metrics m = metricsFor(opt.fontMetrics);
    const QFontMetrics &fm = opt.fontMetrics;
    int widest = 0;
    for (const BotStatus s : {BotStatus::Active, BotStatus::Paused, BotStatus::NoConnection})
        widest = qMax(widest, fm.horizontalAdvance(BotTableModel::statusName(s) + QChar(0x2026)));
    const int activeAndStale = fm.horizontalAdvance(BotTableModel::statusName(BotStatus::Active))
        + fm.horizontalAdvance(staleText()) + 2 * m.padding + m.gap;
    const int width = qMax(widest + 2 * m.padding, activeAndStale) + 2 * m.gap;
    return {width, m.height + 4};
}
