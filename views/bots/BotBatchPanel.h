#pragma once

#include "models/commands/BotCommands.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Progress and outcome of a bulk request (several rows paused, resumed or
// reconnected at once): a bar of done + failed + unknown of total, a summary
// (with the answers that were lost, and how they settled), and the failures
// and lost answers with the server's message and a Retry Failed button.
class BotBatchPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotBatchPanel)

public:
    explicit BotBatchPanel(QWidget *parent = nullptr);

    void setBatch(const BotBatchState &batch);
    quint64 batchId() const { return m_batch.id; }
    const BotBatchState &batch() const { return m_batch; }

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *failureList() const { return m_failures; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *closeButton() const { return m_close; }

    static QString actionTitle(PendingAction action, int count);

Q_SIGNALS:
    void retryRequested(quint64 batchId);

private:
    BotBatchState m_batch;
    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_failures = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
    int m_shownSettling = 0;
};
