#include "GuildAvatar.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace GuildAvatar {

QString initials(const QString &name)
{
    QString result;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                result.append(c.toUpper());
                break;
            }
        }
        if (result.size() == 2)
            break;
    }
    if (result.isEmpty())
        result = QStringLiteral("#");
    return result;
}

namespace {

QPixmap paint(const QString &text, const QColor &colour, int edge)
{
    QImage image(edge, edge, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    // A circle, as Discord shows a guild (and as the list shows loaded icons).
    p.drawEllipse(QRectF(0, 0, edge, edge));
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, int(edge * (text.size() > 1 ? 0.40 : 0.5))));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, edge, edge), Qt::AlignCenter, text);
    p.end();
    return QPixmap::fromImage(image);
}

} // namespace

QIcon icon(const QString &guildId, const QString &name, int size)
{
    // A hue per guild, with saturation and value that keep white text readable
    // in both themes.
    const int hue = int(qHash(guildId) % 360);
    const QColor colour = QColor::fromHsv(hue, 150, 170);
    const QString text = initials(name);
    QIcon result;
    result.addPixmap(paint(text, colour, size));
    QPixmap doubled = paint(text, colour, size * 2);
    doubled.setDevicePixelRatio(2.0);
    result.addPixmap(doubled);
    return result;
}

} // namespace GuildAvatar
