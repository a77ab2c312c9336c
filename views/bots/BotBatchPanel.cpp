#include "BotBatchPanel.h"

#include "models/bots/BotTableModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_progress->setValue(batch.done + batch.failed);
    const QLocale locale;
    QString summary = batch.isFinished()
        ? tr("Finished: %1 done, %2 failed")
              .arg(locale.toString(batch.done), locale.toString(batch.failed))
        : tr("%1 of %2 done, %3 failed")
              .arg(locale.toString(batch.done), locale.toString(batch.total),
                   locale.toString(batch.failed));
    if (batch.skipped > 0)
        summary += QLatin1String(" · ")
            + tr("%n skipped (already in that state, no connection, or busy)", nullptr,
                 batch.skipped);
    m_summary->setText(summary);
    m_progress->setAccessibleName(summary);

    if (newBatch || m_failures->count() != batch.failures.size()) {
        m_failures->clear();
        for (const BotOperationFailure &f : batch.failures) {
            m_failures->addItem(tr("%1 on %2: %3")
                                    .arg(f.accountName.isEmpty()
                                             ? f.key.accountId
                                             : f.accountName,
                                         BotTableModel::platformName(f.key.platform), f.message));
        }
    }
    m_failures->setVisible(!batch.failures.isEmpty());
    m_retry->setVisible(batch.isFinished() && !batch.failures.isEmpty());
    show();
}
