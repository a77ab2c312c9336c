#include "PlannedResumeDialog.h"

#include "BotRevertList.h"

#include "models/incidents/BotRevertPlan.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

PlannedResumeDialog::PlannedResumeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("plannedResumeDialog"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("plannedResumeHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("plannedResumeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_notice = new QLabel(this);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_list = new BotRevertList(this);
    layout->addWidget(m_list, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resume = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("plannedResumeButton"));
    m_snooze = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_snooze->setObjectName(QStringLiteral("plannedResumeSnooze"));
    m_forget = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_forget->setObjectName(QStringLiteral("plannedResumeForget"));
    for (QPushButton *b : {m_resume, m_snooze, m_forget})
        b->setAutoDefault(false);
    closeButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const qint64 id = m_plan.id;
        accept();
        Q_EMIT resumeRequested(id);
    });
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        const qint64 id = m_plan.id;
        reject();
        Q_EMIT snoozeRequested(id);
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const qint64 id = m_plan.id;
        reject();
        Q_EMIT forgetRequested(id);
    });
    layout->addWidget(m_buttons);
    retranslate();
    resize(880, 440);
}

QPushButton *PlannedResumeDialog::closeButton() const
{
    return m_buttons->button(QDialogButtonBox::Close);
}

void PlannedResumeDialog::setPlan(const PlannedResume &plan, const BotRevertPlan &resume, bool due,
                                  bool ready)
{
    m_plan = plan;
    m_due = due;
    m_ready = ready;
    m_resumeCount = resume.count(PendingAction::Resume);
    m_botCount = int(plan.pauseEntryIds.size());
    m_summaryText = resume.summary();
    m_list->setPlan(resume);
    m_resume->setEnabled(ready && m_resumeCount > 0);
    m_resume->setVisible(m_resumeCount > 0 || !ready);
    m_snooze->setVisible(due);
    m_notice->setVisible(!ready);
    retranslate();
}

void PlannedResumeDialog::retranslate()
{
    setWindowTitle(tr("Planned Resume"));
    m_headline->setText(m_due ? tr("Planned resume due")
                              : tr("Resume planned for %1 UTC").arg(utc(m_plan.dueAtMs)));
    QString details = m_botCount == 1
        ? tr("1 bot was paused at %1 UTC to be resumed at %2 UTC.")
              .arg(utc(m_plan.createdAtMs), utc(m_plan.dueAtMs))
        : tr("%n bots were paused at %1 UTC to be resumed at %2 UTC.", nullptr, m_botCount)
              .arg(utc(m_plan.createdAtMs), utc(m_plan.dueAtMs));
    if (!m_plan.incident.isEmpty())
        details += QLatin1Char(' ') + tr("Incident: %1.").arg(m_plan.incident);
    if (!m_plan.profile.isEmpty())
        details += QLatin1Char(' ') + tr("Server profile: %1.").arg(m_plan.profile);
    m_details->setText(details);
    m_summary->setText(m_ready ? m_summaryText : QString());
    m_notice->setText(tr("Not every bot is loaded yet: the resume is judged once they are."));
    m_resume->setText(m_resumeCount == 1 ? tr("&Resume 1 Bot…")
                                         : tr("&Resume %n Bots…", nullptr, m_resumeCount));
    m_resume->setToolTip(tr("Asks once more on the Bots page before anything is sent"));
    m_snooze->setText(tr("Remind Me in &5 Minutes"));
    m_forget->setText(tr("&Forget This Plan"));
    m_forget->setToolTip(tr("Leave the bots paused and stop reminding me"));
    m_list->retranslate();
}

void PlannedResumeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
