#include "GuildNameDelegate.h"

#include "models/discord/DiscordModelRoles.h"
#include "views/widgets/IsolatingItemDelegate.h"

#include <QGuiApplication>
#include <QPainter>
#include <QWidget>

GuildNameDelegate::GuildNameDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    m_circles.setMaxCost(512);
}

GuildNameDelegate::~GuildNameDelegate() = default;

QPixmap GuildNameDelegate::circularPixmap(const QImage &image, int edge, qreal dpr)
{
    const int px = qMax(1, qRound(edge * dpr));
    QImage source = image.scaled(px, px, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    if (source.width() != px || source.height() != px)
        source = source.copy((source.width() - px) / 2, (source.height() - px) / 2, px, px);
    QImage out(px, px, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    {
        // A textured ellipse, not a clip path: raster clipping is not antialiased.
        QPainter p(&out);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(source));
        p.drawEllipse(QRectF(0, 0, px, px));
    }
    QPixmap pixmap = QPixmap::fromImage(out);
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

void GuildNameDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    IsolatingItemDelegate::isolateText(option); // a name from Discord, in its own direction
    const QImage image = index.data(DiscordIconImageRole).value<QImage>();
    if (image.isNull())
        return; // the placeholder from DecorationRole
    const int edge = option->decorationSize.isValid() ? option->decorationSize.width() : 20;
    const qreal dpr =
        option->widget ? option->widget->devicePixelRatioF() : qGuiApp->devicePixelRatio();
    const QString key =
        QStringLiteral("%1/%2/%3").arg(image.cacheKey()).arg(edge).arg(dpr, 0, 'f', 2);
    QIcon *icon = m_circles.object(key);
    if (!icon) {
        icon = new QIcon(circularPixmap(image, edge, dpr));
        m_circles.insert(key, icon);
    }
    option->icon = *icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}
