#include "ActionDelegate.h"

#include "BotCellPainting.h"

#include "models/bots/BotRoles.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

namespace {

// The labels the model shows in the action column; the button is as wide as
// the longest so buttons line up and never truncate in any language.
QStringList actionLabels()
{
    auto t = [](const char *text, const char *comment = nullptr) {
        return QCoreApplication::translate("BotTableModel", text, comment);
    };
    return {t("Pause", "action: pause the bot"), t("Resume", "action: resume the bot"),
            t("Pausing…"), t("Resuming…"), t("Reconnecting…")};
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

ActionDelegate::ActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ActionDelegate::setButtonsEnabled(bool enabled)
{
    m_enabled = enabled;
    m_pressed = QPersistentModelIndex();
}

bool ActionDelegate::hasButton(const QModelIndex &index) const
{
    if (!m_enabled || index.column() != BotTable::ActionColumn)
        return false;
    return BotAction(index.data(BotTable::ActionRole).toInt()) != BotAction::None
        || isPending(index);
}

bool ActionDelegate::isPending(const QModelIndex &index) const
{
    return PendingAction(index.data(BotTable::PendingRole).toInt()) != PendingAction::None;
}

QSize ActionDelegate::buttonSize(const QStyleOptionViewItem &option) const
{
    int textWidth = 0;
    for (const QString &label : actionLabels())
        textWidth = qMax(textWidth, option.fontMetrics.horizontalAdvance(label));
    QStyleOptionButton button;
    button.fontMetrics = option.fontMetrics;
    button.text = QStringLiteral("x"); // the style adds its margins for text
    const QSize contents(textWidth, option.fontMetrics.height());
    QSize size =
        styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, contents, option.widget);
    // Some styles give push buttons a generous minimum height; a table row is
    // tighter, so the button takes what the row offers (see buttonRect).
    size.setHeight(qMin(size.height(), option.fontMetrics.height() + 8));
    return size;
}

QRect ActionDelegate::buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int margin = qMax(2, option.fontMetrics.height() / 6);
    QSize size = buttonSize(option);
    size.setHeight(qMin(size.height(), option.rect.height() - 2 * margin));
    size.setWidth(qMin(size.width(), option.rect.width() - 2 * margin));
    const QRect logical(option.rect.left() + margin,
                        option.rect.top() + (option.rect.height() - size.height()) / 2,
                        size.width(), size.height());
    return QStyle::visualRect(option.direction, option.rect, logical);
}

void ActionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    BotCellPainting::applyHighlight(option, index);
}

void ActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    BotCellPainting::drawEmptyCell(painter, opt);
    if (!hasButton(index))
        return;

    const bool pending = isPending(index);
    QStyleOptionButton button;
    button.rect = buttonRect(opt, index);
    button.text = index.data(Qt::DisplayRole).toString();
    button.direction = opt.direction;
    button.fontMetrics = opt.fontMetrics;
    button.palette = opt.palette;
    button.state = QStyle::State_None;
    if (!pending && (opt.state & QStyle::State_Enabled)) {
        button.state |= QStyle::State_Enabled;
        // Sunken only while the button is still held: a release outside the
        // cell never reaches this delegate.
        if (m_pressed.isValid() && m_pressed == index
            && (QApplication::mouseButtons() & Qt::LeftButton))
            button.state |= QStyle::State_Sunken;
        else
            button.state |= QStyle::State_Raised;
        if (opt.state & QStyle::State_MouseOver)
            button.state |= QStyle::State_MouseOver;
    } else {
        button.palette.setCurrentColorGroup(QPalette::Disabled);
    }
    // The button reads the same on a selected row; the row's focus shows as
    // the button's focus frame when the cell itself is current.
    if ((opt.state & QStyle::State_HasFocus) && !pending)
        button.state |= QStyle::State_HasFocus;
    styleOf(opt)->drawControl(QStyle::CE_PushButton, &button, painter, opt.widget);
}

QSize ActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int margin = qMax(2, opt.fontMetrics.height() / 6);
    const QSize size = buttonSize(opt);
    return {size.width() + 2 * margin, size.height() + 2 * margin};
}

bool ActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!hasButton(index))
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() != Qt::LeftButton
            || !buttonRect(option, index).contains(me->position().toPoint()))
            break;
        if (!isPending(index))
            m_pressed = index;
        return true; // the button takes the press; the row's selection stays
    }
    case QEvent::MouseButtonDblClick: {
        auto *me = static_cast<QMouseEvent *>(event);
        // The second press of a double click: one click was already sent.
        if (buttonRect(option, index).contains(me->position().toPoint())) {
            m_pressed = QPersistentModelIndex();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *me = static_cast<QMouseEvent *>(event);
        const bool wasPressed = m_pressed.isValid() && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (!wasPressed)
            break;
        if (me->button() == Qt::LeftButton
            && buttonRect(option, index).contains(me->position().toPoint()) && !isPending(index)) {
            Q_EMIT buttonClicked(index);
        }
        return true;
    }
    case QEvent::KeyPress: {
        auto *ke = static_cast<QKeyEvent *>(event);
        if ((ke->key() == Qt::Key_Space || ke->key() == Qt::Key_Select)
            && ke->modifiers() == Qt::NoModifier) {
            if (!isPending(index) && !ke->isAutoRepeat())
                Q_EMIT buttonClicked(index);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
