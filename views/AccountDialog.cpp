#include "AccountDialog.h"

#include "models/session/Permissions.h"
#include "models/text/DisplayText.h"
#include "views/widgets/UntrustedText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    auto addRow = [this](QLabel *&label, QLabel *&value) {
        label = new QLabel(this);
        value = UntrustedText::label(this); // the viewer's name and ID come from the server
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_form->addRow(label, value);
    };
    addRow(m_nameLabel, m_name);
    addRow(m_idLabel, m_id);
    addRow(m_profileLabel, m_profile);
    addRow(m_serverLabel, m_server);
    layout->addLayout(m_form);
    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    m_mode->setFrameShape(QFrame::StyledPanel);
    m_mode->setMargin(6);
    layout->addWidget(m_mode);
    m_permissionsLabel = new QLabel(this);
    layout->addWidget(m_permissionsLabel);
    m_permissions = new QListWidget(this);
    m_permissions->setSelectionMode(QAbstractItemView::NoSelection);
    m_permissionsLabel->setBuddy(m_permissions);
    layout->addWidget(m_permissions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 440);
    retranslate();
}

void AccountDialog::setInfo(const Info &info)
{
    m_info = info;
    retranslate();
}

QString AccountDialog::describePermission(const QString &permission)
{
    if (permission == Permissions::AdminAccess)
        return tr("use this console");
    if (permission == Permissions::BotControlRead)
        return tr("see every bot and its status");
    if (permission == Permissions::BotControlEdit)
        return tr("pause, resume and reconnect bots");
    if (permission == Permissions::DiscordGuildsRead)
        return tr("see Discord guilds");
    if (permission == Permissions::DiscordGuildsDelete)
        return tr("disconnect Discord guilds");
    if (permission == Permissions::BotConnectionsRead)
        return tr("see Discord channels, roles and feature mappings");
    if (permission == Permissions::BotConnectionsCreate)
        return tr("add Discord servers and change feature mappings");
    return {};
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("Account and permissions"));
    m_nameLabel->setText(tr("Signed in as:"));
    m_idLabel->setText(tr("User ID:"));
    m_profileLabel->setText(tr("Profile:", "server profile"));
    m_serverLabel->setText(tr("Server:"));
    m_permissionsLabel->setText(tr("&Permissions:"));
    UntrustedText::setText(m_name, DisplayText::nameOrId(m_info.displayName, m_info.userId));
    UntrustedText::setText(m_id, DisplayText::isolated(m_info.userId));
    UntrustedText::setText(m_profile, DisplayText::isolated(m_info.profileName));
    UntrustedText::setText(m_server, DisplayText::isolated(m_info.serverUrl, 300));
    if (m_info.systemAdmin)
        m_mode->setText(tr("You are a system administrator and hold every permission."));
    else if (m_info.readOnly)
        m_mode->setText(tr("Read-only: you can look at bots but not pause, resume or reconnect "
                           "them."));
    else
        m_mode->setText(tr("You can pause, resume and reconnect bots."));
    m_permissions->clear();
    for (const QString &permission : std::as_const(m_info.permissions)) {
        const QString what = describePermission(permission);
        const QString shown = DisplayText::isolated(permission); // as the server names it
        m_permissions->addItem(
            what.isEmpty() ? shown : tr("%1: %2", "permission: what it allows").arg(shown, what));
    }
}
