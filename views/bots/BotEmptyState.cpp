#include "BotEmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BotEmptyState::BotEmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("botEmptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("botEmptyText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_text->setFont(big);
    layout->addWidget(m_text);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_clearFilters = new QPushButton(tr("Clear Filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("botClearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &BotEmptyState::clearFiltersRequested);
    buttonRow->addWidget(m_clearFilters);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(2);
}

void BotEmptyState::setState(bool anyRows, bool filtered, BotLoadState::Phase phase)
{
    if (anyRows || filtered) {
        m_text->setText(tr("No bots match"));
        m_clearFilters->setVisible(filtered);
    } else if (phase == BotLoadState::Phase::Loading || phase == BotLoadState::Phase::Connecting) {
        m_text->setText(tr("Loading bots…"));
        m_clearFilters->setVisible(false);
    } else if (phase == BotLoadState::Phase::Error) {
        m_text->setText(tr("No bots loaded"));
        m_clearFilters->setVisible(false);
    } else {
        m_text->setText(tr("No bots yet"));
        m_clearFilters->setVisible(false);
    }
}

void BotEmptyState::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_clearFilters->setText(tr("Clear Filters"));
}
