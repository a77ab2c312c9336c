#include "MessageBanner.h"

#include "StatusPalette.h"

#include "models/text/DisplayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 3;
    m_layout->setContentsMargins(margin * 2, margin, margin, margin);

    m_icon = new QLabel(this);
    m_layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_layout->addWidget(m_text, 1);
    m_buttons = new QBoxLayout(QBoxLayout::LeftToRight);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    m_buttons->addWidget(m_action);
    m_layout->addLayout(m_buttons);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_layout->addWidget(m_close);
    applyColours();
    hide();
}

void MessageBanner::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    applyColours();
}

void MessageBanner::showMessage(const QString &text, const QString &actionText)
{
    // Banners carry server messages and names: plain text (the label's
    // format), controls visible and bounded (DisplayText::message).
    m_text->setText(DisplayText::message(text));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(text);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QPushButton *MessageBanner::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

void MessageBanner::setButtonsStacked(bool stacked)
{
    m_buttons->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Stacked buttons sit at the top beside a long text instead of centred.
    m_layout->setAlignment(m_buttons, stacked ? Qt::AlignTop : Qt::Alignment());
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void MessageBanner::applyColours()
{
    if (m_applying)
        return; // setPalette() below sends a PaletteChange of its own
    m_applying = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    StatusPalette::State state = StatusPalette::State::Information;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        state = StatusPalette::State::Warning;
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        state = StatusPalette::State::Error;
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Attention:
        state = StatusPalette::State::Attention;
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Discord:
        state = StatusPalette::State::Discord;
        break;
    }
    pal.setColor(QPalette::Window, StatusPalette::tint(state, pal));
    setPalette(pal);
    const int side = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(side, side), devicePixelRatioF()));
    m_applying = false;
}
