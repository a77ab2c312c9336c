#pragma once

#include "models/triage/PlannedResume.h"

#include <QDialog>

class BotRevertList;
class BotRevertPlan;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// One planned resume ("Pause for..."): when the bots were paused and until
// when, which of them the resume would send and which are left alone (and
// why). Offers the resume as one action (which the Bots page confirms like
// any bulk action), a reminder in five minutes, or forgetting the plan.
// Close is the default: a reminder that pops up never acts on a stray key.
class PlannedResumeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedResumeDialog)

public:
    explicit PlannedResumeDialog(QWidget *parent = nullptr);

    // due: the time has come. ready: every bot is loaded (else the plan
    // cannot be judged yet and Resume stays off, saying why).
    void setPlan(const PlannedResume &plan, const BotRevertPlan &resume, bool due, bool ready);
    qint64 planId() const { return m_plan.id; }

    QLabel *headlineLabel() const { return m_headline; }
    QLabel *summaryLabel() const { return m_summary; }
    BotRevertList *list() const { return m_list; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *forgetButton() const { return m_forget; }
    QPushButton *closeButton() const;

Q_SIGNALS:
    void resumeRequested(qint64 planId);
    void snoozeRequested(qint64 planId);
    void forgetRequested(qint64 planId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PlannedResume m_plan;
    int m_resumeCount = 0;
    int m_botCount = 0;
    bool m_due = false;
    bool m_ready = false;
    QString m_summaryText;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    BotRevertList *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_forget = nullptr;
};
