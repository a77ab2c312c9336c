#pragma once

#include <QCache>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStyledItemDelegate>

// The guild list's Name column: the guild's icon cut to a circle, as Discord
// shows it, next to the name. The model gives the loaded icon
// (DiscordIconImageRole) or an initials placeholder (DecorationRole); the
// circle is rendered once per icon, size and device pixel ratio, so it is
// crisp at any scale. Everything else is the style's usual item painting.
class GuildNameDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildNameDelegate)

public:
    explicit GuildNameDelegate(QObject *parent = nullptr);
    ~GuildNameDelegate() override;

    // image, scaled to fill edge x edge device-independent pixels (centre
    // cropped) at dpr, inside an antialiased circle; transparent around it.
    static QPixmap circularPixmap(const QImage &image, int edge, qreal dpr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QCache<QString, QIcon> m_circles;
};
