#include "IncidentRevertDialog.h"

#include "BotRevertList.h"

#include "models/incidents/BotRevertPlan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

IncidentRevertDialog::IncidentRevertDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("incidentRevertDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_incidentLabel = new QLabel(this);
    m_incidents = new QComboBox(this);
    m_incidents->setObjectName(QStringLiteral("revertIncidentCombo"));
    m_incidents->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_incidentLabel->setBuddy(m_incidents);
    top->addWidget(m_incidentLabel);
    top->addWidget(m_incidents);
    top->addStretch(1);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("revertSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("revertNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_list = new BotRevertList(this);
    layout->addWidget(m_list, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revert = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    // Several bots at once: nothing happens on a stray Enter.
    m_revert->setAutoDefault(false);
    cancelButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_incidents, &QComboBox::activated, this,
            [this] { Q_EMIT incidentChosen(incident()); });
    retranslate();
    resize(880, 480);
}

QPushButton *IncidentRevertDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void IncidentRevertDialog::setIncidents(const QStringList &names, const QString &current)
{
    const QSignalBlocker block(m_incidents);
    m_incidents->clear();
    m_incidents->addItems(names);
    const int index = int(names.indexOf(current));
    m_incidents->setCurrentIndex(index >= 0 ? index : 0);
}

QString IncidentRevertDialog::incident() const
{
    return m_incidents->currentText();
}

void IncidentRevertDialog::setPlan(const BotRevertPlan &plan, bool ready)
{
    m_ready = ready;
    m_sendCount = plan.count(PendingAction::Resume) + plan.count(PendingAction::Pause);
    m_list->setPlan(plan);
    m_summary->setText(ready ? plan.summary() : QString());
    m_revert->setEnabled(ready && m_sendCount > 0);
    m_notice->setVisible(!ready);
    retranslate();
}

void IncidentRevertDialog::retranslate()
{
    setWindowTitle(tr("Revert Incident"));
    m_incidentLabel->setText(tr("&Incident:"));
    m_notice->setText(tr("Not every bot is loaded yet: what the incident changed cannot be "
                         "compared with what the bots are now. Try again when the Bots page "
                         "has loaded."));
    m_revert->setText(m_sendCount == 1 ? tr("&Revert 1 Bot…")
                                       : tr("&Revert %n Bots…", nullptr, m_sendCount));
    m_revert->setToolTip(tr("Asks once more on the Bots page before anything is sent"));
    m_list->retranslate();
}

void IncidentRevertDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
