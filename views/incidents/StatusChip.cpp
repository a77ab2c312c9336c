#include "StatusChip.h"

#include "models/text/DisplayText.h"

#include <QApplication>
#include <QEvent>

StatusChip::StatusChip(StatusPalette::State state, QWidget *parent)
    : QToolButton(parent)
    , m_state(state)
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::TabFocus);
    applyColours();
}

void StatusChip::setState(StatusPalette::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    applyColours();
}

void StatusChip::setPlainToolTip(const QString &text)
{
    setToolTip(DisplayText::toolTip(text));
    setAccessibleDescription(text);
}

void StatusChip::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
}

void StatusChip::applyColours()
{
    m_applying = true;
    // The surroundings' palette: our own carries the style sheet's colours.
    const QPalette p = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor background = StatusPalette::tint(m_state, p);
    const QColor border = StatusPalette::colour(m_state, p);
    const QColor text = p.color(QPalette::WindowText);
    setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid %3;"
                                 " border-radius: 3px; padding: 0px 6px; font-weight: 600; }"
                                 " QToolButton::menu-indicator { image: none; width: 0px; }")
                      .arg(background.name(), text.name(), border.name()));
    m_applying = false;
}
