#include "BotBatchPanel.h"

#include "models/bots/BotTableModel.h"
#include "models/text/DisplayText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

BotBatchPanel::BotBatchPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("batchPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    top->addWidget(m_title);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setTextVisible(false);
    top->addWidget(m_progress, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    top->addWidget(m_summary);
    m_retry = new QPushButton(tr("Retry Failed"), this);
    m_retry->setObjectName(QStringLiteral("batchRetry"));
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_batch.id); });
    top->addWidget(m_retry);
    m_close = new QPushButton(tr("Close", "close the bulk action panel"), this);
    m_close->setObjectName(QStringLiteral("batchClose"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    top->addWidget(m_close);
    layout->addLayout(top);

    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("batchFailures"));
    m_failures->setAccessibleName(tr("Failed requests"));
    m_failures->setMaximumHeight(fontMetrics().height() * 7);
    m_failures->setUniformItemSizes(true);
    layout->addWidget(m_failures);
    hide();
}

QString BotBatchPanel::actionTitle(PendingAction action, int count)
{
    switch (action) {
    case PendingAction::Pause:
        return count == 1 ? tr("Pausing 1 bot") : tr("Pausing %n bots", nullptr, count);
    case PendingAction::Resume:
        return count == 1 ? tr("Resuming 1 bot") : tr("Resuming %n bots", nullptr, count);
    case PendingAction::Reconnect:
        return count == 1 ? tr("Reconnecting 1 bot") : tr("Reconnecting %n bots", nullptr, count);
    case PendingAction::None:
        break;
    }
    return {};
}

void BotBatchPanel::setBatch(const BotBatchState &batch)
{
    const bool newBatch = batch.id != m_batch.id;
    m_batch = batch;
    m_title->setText(actionTitle(batch.action, batch.total));
    m_progress->setRange(0, qMax(1, batch.total));
    m_progress->setValue(batch.done + batch.failed + batch.unknown);
    const QLocale locale;
    QString summary = batch.isFinished()
        ? tr("Finished: %1 done, %2 failed")
              .arg(locale.toString(batch.done), locale.toString(batch.failed))
        : tr("%1 of %2 done, %3 failed")
              .arg(locale.toString(batch.done), locale.toString(batch.total),
                   locale.toString(batch.failed));
    // Lost answers are neither done nor failed until the server's state
    // says which.
    const auto add = [&summary](const QString &part) { summary += QLatin1String(" · ") + part; };
    if (batch.settling > 0)
        add(tr("%n without an answer, checking the server…", nullptr, batch.settling));
    if (batch.unknown > batch.settling)
        add(tr("%n without an answer (may or may not have happened)", nullptr,
               batch.unknown - batch.settling));
    if (batch.confirmed > 0)
        add(tr("%n confirmed after a lost answer", nullptr, batch.confirmed));
    if (batch.notApplied > 0)
        add(tr("%n not applied after a lost answer", nullptr, batch.notApplied));
    if (batch.skipped > 0)
        add(tr("%n skipped (already in that state, no connection, or busy)", nullptr,
               batch.skipped));
    m_summary->setText(summary);
    m_progress->setAccessibleName(summary);

    if (newBatch || m_failures->count() != batch.failures.size() || m_shownSettling != batch.settling) {
        m_failures->clear();
        for (const BotOperationFailure &f : batch.failures) {
            // Server text (names, messages): visible, isolated, bounded.
            auto *item = new QListWidgetItem(
                DisplayText::message(tr("%1 on %2: %3")
                                         .arg(DisplayText::nameOrId(f.accountName, f.key.accountId),
                                              BotTableModel::platformName(f.key.platform),
                                              f.message)),
                m_failures);
            // Failed and not applied: did not happen. Unknown: may have.
            if (f.outcome == BotOperationFailure::Outcome::Unknown)
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
        }
        m_shownSettling = batch.settling;
    }
    m_failures->setVisible(!batch.failures.isEmpty());
    // Retry covers what did not happen and what may not have; toggles still
    // being checked wait for their outcome.
    const bool retryable = std::any_of(batch.failures.cbegin(), batch.failures.cend(),
                                       [](const BotOperationFailure &f) { return !f.settling; });
    m_retry->setVisible(batch.isFinished() && retryable);
    show();
}
