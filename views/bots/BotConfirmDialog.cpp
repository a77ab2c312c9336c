#include "BotConfirmDialog.h"

#include "views/widgets/StatusPalette.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isGroupSeparator(char16_t c)
{
    switch (c) {
    case u',':
    case u'.':
    case u' ':
    case u'\'':
    case u'\u00a0': // no-break space
    case u'\u202f': // narrow no-break space (French, German typography)
    case u'\u2019': // right single quotation mark (Swiss)
    case u'\u066c': // Arabic thousands separator
        return true;
    default:
        return false;
    }
}

} // namespace

BotConfirmDialog::BotConfirmDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("botConfirmation"));
    setWindowTitle(tr("Confirm"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    const int gap = fontMetrics().height() / 2;
    grid->setHorizontalSpacing(gap * 2);
    grid->setVerticalSpacing(gap);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    grid->addWidget(m_icon, 0, 0, 5, 1);

    m_question = plainLabel(this, "confirmQuestion");
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    grid->addWidget(m_question, 0, 1);
    m_details = plainLabel(this, "confirmDetails");
    grid->addWidget(m_details, 1, 1);
    m_note = plainLabel(this, "confirmNote");
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(gap / 2 + 2);
    m_note->setVisible(false);
    grid->addWidget(m_note, 2, 1);

    auto *typed = new QVBoxLayout;
    typed->setSpacing(gap / 2);
    m_prompt = plainLabel(this, "confirmPrompt");
    typed->addWidget(m_prompt);
    m_count = new QLineEdit(this);
    m_count->setObjectName(QStringLiteral("confirmCount"));
    m_count->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    m_count->setMaxLength(32);
    m_count->installEventFilter(this);
    m_prompt->setBuddy(m_count);
    typed->addWidget(m_count);
    m_refusal = plainLabel(this, "confirmRefusal");
    QPalette refusalPalette = m_refusal->palette();
    refusalPalette.setColor(QPalette::WindowText,
                            StatusPalette::colour(StatusPalette::State::Error, palette()));
    m_refusal->setPalette(refusalPalette);
    m_refusal->setVisible(false);
    typed->addWidget(m_refusal);
    grid->addLayout(typed, 3, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_confirm = m_buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // The button is disabled until the number is right; a click that
        // still arrives (a test, an accessibility tool) is held to it too.
        if (m_required > 0 && !countMatches(m_count->text(), m_required))
            return;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_count, &QLineEdit::textChanged, this, [this] {
        m_refusal->setVisible(false);
        updateConfirmEnabled();
    });

    setRequiredCount(0, {});
    setCancelIsDefault(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void BotConfirmDialog::setQuestion(const QString &question)
{
    m_question->setText(question);
    setAccessibleDescription(question);
}

void BotConfirmDialog::setDetails(const QString &details)
{
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

void BotConfirmDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void BotConfirmDialog::setConfirmText(const QString &text)
{
    m_confirm->setText(text);
}

void BotConfirmDialog::setCancelIsDefault(bool cancelIsDefault)
{
    m_cancelIsDefault = cancelIsDefault;
    m_cancel->setDefault(cancelIsDefault);
    m_confirm->setDefault(!cancelIsDefault && m_required == 0);
}

void BotConfirmDialog::setRequiredCount(int count, const QString &reason)
{
    m_required = qMax(0, count);
    const bool typed = m_required > 0;
    m_prompt->setVisible(typed);
    m_count->setVisible(typed);
    m_refusal->setVisible(false);
    m_count->clear();
    if (typed) {
        const QString number = QLocale().toString(m_required);
        QString prompt = tr("Type the number of bots, %1, to confirm.").arg(number);
        if (!reason.isEmpty())
            prompt = reason + QLatin1Char(' ') + prompt;
        m_prompt->setText(prompt);
        m_count->setPlaceholderText(number);
        m_count->setAccessibleName(tr("Number of bots to confirm"));
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(typed ? QStyle::SP_MessageBoxWarning
                                               : QStyle::SP_MessageBoxQuestion,
                                         nullptr, this)
                          .pixmap(iconSize, iconSize));
    setCancelIsDefault(m_cancelIsDefault);
    updateConfirmEnabled();
}

bool BotConfirmDialog::countMatches(const QString &typed, int count)
{
    if (count <= 0)
        return false;
    QString digits;
    for (const QChar ch : typed.trimmed()) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9') {
            digits.append(ch);
        } else if (c >= u'\u0660' && c <= u'\u0669') { // Arabic-Indic
            digits.append(QChar(u'0' + (c - u'\u0660')));
        } else if (c >= u'\u06f0' && c <= u'\u06f9') { // Eastern Arabic-Indic
            digits.append(QChar(u'0' + (c - u'\u06f0')));
        } else if (isGroupSeparator(c) && !digits.isEmpty()) {
            continue; // between digits only
        } else {
            return false;
        }
    }
    return digits == QString::number(count);
}

void BotConfirmDialog::updateConfirmEnabled()
{
    m_confirm->setEnabled(m_required == 0 || countMatches(m_count->text(), m_required));
}

bool BotConfirmDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_count && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Nothing typed: Enter goes to the default button, Cancel.
            if (m_count->text().trimmed().isEmpty())
                return false;
            if (countMatches(m_count->text(), m_required)) {
                m_confirm->click();
            } else {
                m_refusal->setText(tr("That is not the number of bots (%1). Nothing was sent.")
                                       .arg(QLocale().toString(m_required)));
                m_refusal->setVisible(true);
                m_count->selectAll();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BotConfirmDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Where the keyboard starts: the number field, else the default button.
    if (m_required > 0)
        m_count->setFocus(Qt::OtherFocusReason);
    else if (m_cancelIsDefault)
        m_cancel->setFocus(Qt::OtherFocusReason);
    else
        m_confirm->setFocus(Qt::OtherFocusReason);
}
