#pragma once

#include <QStyledItemDelegate>

// The status column as a pill: Active, Paused, No Connection (a muted,
// dashed "disabled" look), with a Stale tag for Active rows whose heartbeat is
// old and a dimmed badge with an ellipsis while a request is pending. Colours
// come from the palette (mixed towards fixed hues) so the badge reads in
// light and dark themes; every size comes from the font, so it scales. The
// text for screen readers is the model's AccessibleTextRole.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The translated "Stale" tag (also used by the page's legend and tests).
    static QString staleText();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
