#include "BotBanner.h"

#include "BotCellPainting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

BotBanner::BotBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 3;
    layout->setContentsMargins(margin * 2, margin, margin, margin);

    m_icon = new QLabel(this);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &BotBanner::actionTriggered);
    layout->addWidget(m_action);
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
    layout->addWidget(m_close);
    applyColours();
    hide();
}

void BotBanner::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    applyColours();
}

void BotBanner::showMessage(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(text);
    show();
}

QString BotBanner::text() const
{
    return m_text->text();
}

void BotBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void BotBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void BotBanner::applyColours()
{
    if (m_applying)
        return; // setPalette() below sends a PaletteChange of its own
    m_applying = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const bool dark = BotCellPainting::isDark(pal);
    QColor hue;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Information:
        hue = pal.color(QPalette::Highlight);
        break;
    case Kind::Warning:
        hue = dark ? QColor(0xe8, 0xb3, 0x3c) : QColor(0xb7, 0x79, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        hue = dark ? QColor(0xf0, 0x6a, 0x55) : QColor(0xc0, 0x2f, 0x1d);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const QColor window = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, BotCellPainting::blend(window, hue, dark ? 0.25 : 0.14));
    setPalette(pal);
    const int side = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(side, side), devicePixelRatioF()));
    m_applying = false;
}
