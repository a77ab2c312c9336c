#pragma once

#include <QStyledItemDelegate>

// Draws the feature-mapping table's state from the model's roles: a bar and
// tint on rows with staged edits, a tint on rows in conflict, an error or
// warning icon on rows that cannot be saved or deserve a second look, and the
// feature's description muted next to its key. Everything is painted with the
// style and the palette, so both themes and right-to-left work.
class FeatureItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureItemDelegate)

public:
    explicit FeatureItemDelegate(QObject *parent = nullptr);
    ~FeatureItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
