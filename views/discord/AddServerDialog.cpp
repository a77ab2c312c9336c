#include "AddServerDialog.h"

#include "api/IdValidation.h"
#include "views/widgets/UntrustedText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

AddServerDialog::AddServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addServerDialog"));
    setWindowTitle(tr("Add Discord Server"));
    setModal(true);

    auto *intro = new QLabel(tr("Choose the Lumio account the new server will belong to. Discord "
                                "opens in your browser, where the server's owner adds the bot."),
                             this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("accountFilter"));
    m_filter->setPlaceholderText(tr("Search accounts"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    auto *idLabel = new QLabel(tr("Account &ID:"), this);
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("accountId"));
    m_idEdit->setPlaceholderText(tr("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    idLabel->setBuddy(m_idEdit);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("Open Discord"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("openDiscord"));
    m_continue->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!accountId().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &AddServerDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_idEdit->setText(item->data(kIdRole).toString());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!accountId().isEmpty())
            accept();
    });
    connect(m_idEdit, &QLineEdit::textChanged, this, &AddServerDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(idLabel);
    layout->addWidget(m_idEdit);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(460, 440);
    updateState();
}

AddServerDialog::~AddServerDialog() = default;

void AddServerDialog::setAccounts(const QList<AccountChoice> &accounts, const QString &preselectId)
{
    m_list->clear();
    for (const AccountChoice &a : accounts) {
        auto *item = new QListWidgetItem(
            tr("%1 — %n server(s)", nullptr, a.guildCount).arg(DisplayText::nameOrId(a.name, a.id)),
            m_list);
        item->setData(kIdRole, a.id);
        UntrustedText::setToolTip(item, a.id);
        if (a.id == preselectId)
            m_list->setCurrentItem(item);
    }
    if (preselectId.isEmpty())
        m_idEdit->clear();
    else
        m_idEdit->setText(preselectId);
    m_filter->clear();
    updateState();
}

QString AddServerDialog::accountId() const
{
    const QString id = m_idEdit->text().trimmed();
    return IdValidation::isValidUuid(id) ? id : QString();
}

void AddServerDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive)
            || item->data(kIdRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void AddServerDialog::updateState()
{
    const QString text = m_idEdit->text().trimmed();
    const bool valid = !accountId().isEmpty();
    m_continue->setEnabled(valid);
    if (text.isEmpty())
        m_hint->setText(tr("Pick an account above or paste its ID."));
    else if (!valid)
        m_hint->setText(tr("This is not an account ID (a UUID such as "
                           "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b)."));
    else
        m_hint->clear();
}
