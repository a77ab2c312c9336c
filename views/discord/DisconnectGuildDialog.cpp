#include "DisconnectGuildDialog.h"

#include "models/text/DisplayText.h"
#include "views/widgets/UntrustedText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DisconnectGuildDialog::DisconnectGuildDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("disconnectGuildDialog"));
    setWindowTitle(tr("Disconnect Discord Server"));
    setModal(true);

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_prompt->setBuddy(m_confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_disconnect = buttons->addButton(tr("Disconnect"), QDialogButtonBox::DestructiveRole);
    m_disconnect->setObjectName(QStringLiteral("confirmDisconnect"));
    m_disconnect->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(m_confirm, &QLineEdit::textChanged, this, &DisconnectGuildDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    updateButton();
}

DisconnectGuildDialog::~DisconnectGuildDialog() = default;

void DisconnectGuildDialog::setGuild(const QString &guildId, const QString &guildName,
                                     const QString &accountName)
{
    m_guildId = guildId;
    m_guildName = guildName;
    // Names from Discord: plain, visible and isolated (DisplayText).
    UntrustedText::setText(
        m_text,
        tr("The Lumio bot leaves “%1” (%2) and the server's mapping to the account "
           "%3 is deleted with all of its feature routings. The account can add "
           "the server again later.")
            .arg(DisplayText::nameOrId(guildName, guildId), DisplayText::isolated(guildId),
                 DisplayText::isolated(accountName)));
    if (expectedConfirmation() == m_guildId)
        UntrustedText::setText(m_prompt,
                               tr("This server's name cannot be typed: type its ID, "
                                  "%1, to confirm:")
                                   .arg(DisplayText::isolated(guildId)));
    else
        UntrustedText::setText(
            m_prompt,
            tr("Type the server's name, %1, to confirm:").arg(DisplayText::isolated(guildName)));
    m_confirm->clear();
    m_confirm->setFocus();
    updateButton();
}

bool DisconnectGuildDialog::isConfirmed() const
{
    // Exact match (spaces at the ends aside): a near miss is a sign of the wrong server.
    const QString expected = expectedConfirmation();
    return !expected.isEmpty() && m_confirm->text().trimmed() == expected;
}

QString DisconnectGuildDialog::expectedConfirmation() const
{
    const QString name = m_guildName.trimmed();
    const bool typeable = !name.isEmpty() && DisplayText::isOrdinary(name, DisplayText::kNameChars);
    return typeable ? name : m_guildId.trimmed();
}

void DisconnectGuildDialog::updateButton()
{
    m_disconnect->setEnabled(isConfirmed());
    m_disconnect->setToolTip(isConfirmed() ? QString()
                                           : tr("Type the server's name exactly to enable this."));
}
