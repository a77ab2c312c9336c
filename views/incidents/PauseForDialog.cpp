#include "PauseForDialog.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

PauseForDialog::PauseForDialog(QWidget *parent)
    : QDialog(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("pauseForDialog"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("pauseForHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    auto *choices = new QGridLayout;
    m_group = new QButtonGroup(this);
    m_fifteen = new QRadioButton(this);
    m_fifteen->setObjectName(QStringLiteral("pauseFor15"));
    m_hour = new QRadioButton(this);
    m_hour->setObjectName(QStringLiteral("pauseFor60"));
    m_until = new QRadioButton(this);
    m_until->setObjectName(QStringLiteral("pauseForUntil"));
    m_group->addButton(m_fifteen, int(Choice::FifteenMinutes));
    m_group->addButton(m_hour, int(Choice::OneHour));
    m_group->addButton(m_until, int(Choice::Until));
    m_untilEdit = new QDateTimeEdit(this);
    m_untilEdit->setObjectName(QStringLiteral("pauseForUntilEdit"));
    m_untilEdit->setCalendarPopup(true);
    m_untilEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    choices->addWidget(m_fifteen, 0, 0, 1, 2);
    choices->addWidget(m_hour, 1, 0, 1, 2);
    choices->addWidget(m_until, 2, 0);
    choices->addWidget(m_untilEdit, 2, 1);
    choices->setColumnStretch(2, 1);
    layout->addLayout(choices);

    m_resumeAt = new QLabel(this);
    m_resumeAt->setObjectName(QStringLiteral("pauseForResumeAt"));
    m_resumeAt->setTextFormat(Qt::PlainText);
    layout->addWidget(m_resumeAt);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("pauseForWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(6);
    layout->addWidget(m_warning);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pause = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_pause->setObjectName(QStringLiteral("pauseForButton"));
    m_pause->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (dueAtMs() > 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    m_fifteen->setChecked(true);
    m_untilEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_now() + qint64(2) * 3600 * 1000));
    connect(m_group, &QButtonGroup::idToggled, this, [this] { update(); });
    connect(m_untilEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_until->isChecked())
            m_until->setChecked(true);
        update();
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    retranslate();
}

void PauseForDialog::setBots(int count, const QString &singleName, const QString &singlePlatform,
                             const QString &incident)
{
    m_count = count;
    m_singleName = singleName;
    m_singlePlatform = singlePlatform;
    m_incident = incident;
    retranslate();
}

void PauseForDialog::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    update();
}

void PauseForDialog::setChoice(Choice choice)
{
    if (QAbstractButton *button = m_group->button(int(choice)))
        button->setChecked(true);
    update();
}

PauseForDialog::Choice PauseForDialog::choice() const
{
    return Choice(m_group->checkedId());
}

void PauseForDialog::setUntil(const QDateTime &until)
{
    m_untilEdit->setDateTime(until);
    m_until->setChecked(true);
    update();
}

qint64 PauseForDialog::dueAtMs() const
{
    const qint64 now = m_now();
    switch (choice()) {
    case Choice::FifteenMinutes:
        return now + qint64(15) * 60 * 1000;
    case Choice::OneHour:
        return now + qint64(60) * 60 * 1000;
    case Choice::Until:
        break;
    }
    const qint64 due = m_untilEdit->dateTime().toMSecsSinceEpoch();
    if (due < now + kMinAheadMs || due > now + kMaxAheadMs)
        return 0;
    return due;
}

void PauseForDialog::update()
{
    const qint64 due = dueAtMs();
    m_pause->setEnabled(due > 0 && m_count > 0);
    if (due == 0) {
        m_resumeAt->setText(tr("Choose a time at least a minute and at most a week ahead."));
        return;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(due);
    m_resumeAt->setText(tr("Resume planned for %1 (%2 UTC).")
                            .arg(QLocale().toString(local, QLocale::ShortFormat),
                                 local.toUTC().toString(QStringLiteral("HH:mm"))));
}

void PauseForDialog::retranslate()
{
    setWindowTitle(tr("Pause For a While"));
    QString headline;
    if (m_count == 1 && !m_singleName.isEmpty())
        headline = tr("Pause the %1 bot of “%2” now and resume it later.", "platform, account")
                       .arg(m_singlePlatform, m_singleName);
    else if (m_count == 1)
        headline = tr("Pause 1 bot now and resume it later.");
    else
        headline = tr("Pause %n bots now and resume them later.", nullptr, m_count);
    if (!m_incident.isEmpty())
        headline += QLatin1Char(' ')
            + tr("The pause and the resume are tagged with the incident “%1”.").arg(m_incident);
    m_headline->setText(headline);
    m_fifteen->setText(tr("For &15 minutes"));
    m_hour->setText(tr("For &1 hour"));
    m_until->setText(tr("&Until:"));
    m_warning->setText(
        tr("The server has no timed pause: Lumio Bot Control resumes these bots itself, and only "
           "while it is running. When the time comes it notifies you and asks before resuming; "
           "bots that someone else changed meanwhile are left alone. If the app is closed at "
           "that time, the resume is offered as soon as it starts again."));
    m_pause->setText(m_count == 1 ? tr("&Pause 1 Bot") : tr("&Pause %n Bots", nullptr, m_count));
    update();
    // Wrapped labels: the height follows the width.
    adjustSize();
}

void PauseForDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
