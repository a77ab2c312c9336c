#include "IncidentStartDialog.h"

#include "models/triage/TriageLog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

IncidentStartDialog::IncidentStartDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("incidentStartDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("incidentNameEdit"));
    m_name->setMaxLength(TriageLog::kMaxIncidentName + 8); // trimmed before the check
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("incidentNameProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_explain = new QLabel(this);
    m_explain->setTextFormat(Qt::PlainText);
    m_explain->setWordWrap(true);
    layout->addWidget(m_explain);

    m_replaces = new QLabel(this);
    m_replaces->setObjectName(QStringLiteral("incidentReplaces"));
    m_replaces->setTextFormat(Qt::PlainText);
    m_replaces->setWordWrap(true);
    m_replaces->setFrameShape(QFrame::StyledPanel);
    m_replaces->setMargin(6);
    m_replaces->hide();
    layout->addWidget(m_replaces);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!incidentName().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    startButton()->setDefault(true);

    connect(m_name, &QLineEdit::textChanged, this, &IncidentStartDialog::validate);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    retranslate();
    validate();
}

QPushButton *IncidentStartDialog::startButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void IncidentStartDialog::setIncidents(const QString &open, const QStringList &known)
{
    m_open = open;
    auto *completer = new QCompleter(known, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_name->setCompleter(completer);
    retranslate();
    validate();
}

QString IncidentStartDialog::incidentName() const
{
    return TriageLog::normalizedIncidentName(m_name->text());
}

void IncidentStartDialog::validate()
{
    const QString typed = m_name->text().trimmed();
    const QString name = incidentName();
    QString problem;
    if (!typed.isEmpty() && name.isEmpty()) {
        problem = typed.size() > TriageLog::kMaxIncidentName
            ? tr("At most %1 characters.").arg(TriageLog::kMaxIncidentName)
            : tr("Letters, digits, spaces and punctuation only (no control characters).");
    } else if (!name.isEmpty() && name == m_open) {
        problem = tr("This incident is already open.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    startButton()->setEnabled(!name.isEmpty() && name != m_open);
    if (m_replaces->isVisible() != !m_open.isEmpty()) {
        m_replaces->setVisible(!m_open.isEmpty());
        adjustSize();
    }
}

void IncidentStartDialog::retranslate()
{
    setWindowTitle(tr("Start Incident"));
    m_nameLabel->setText(tr("Incident &name:"));
    m_name->setPlaceholderText(tr("e.g. INC-2291"));
    m_explain->setText(
        tr("Until you close it, every action you take (bots and Discord, from every page, the "
           "command palette and undo) is written to the triage log with this name, and the "
           "window shows it. It stays open when the app is restarted. Revert Incident and "
           "Export Incident Report work on everything tagged with it."));
    m_replaces->setText(
        tr("The incident “%1” is open: starting another one closes it.").arg(m_open));
    startButton()->setText(tr("&Start Incident"));
    // Wrapped labels: the height follows the width.
    adjustSize();
}

void IncidentStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
