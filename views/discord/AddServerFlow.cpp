#include "AddServerFlow.h"

#include "AddServerDialog.h"
#include "GuildAccountName.h"

#include "models/commands/DiscordCommands.h"
#include "models/discord/DiscordGuildListModel.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/UntrustedText.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>

namespace {

QString countdown(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, (ms + 999) / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AddServerFlow::AddServerFlow(DiscordCommands *commands, QWidget *page)
    : QObject(page)
    , m_commands(commands)
    , m_guilds(commands->guildModel())
    , m_page(page)
{
    m_urlOpener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };

    m_bar = new MessageBanner(MessageBanner::Kind::Discord, page);
    m_bar->setObjectName(QStringLiteral("discordWaitingBar"));
    waitingLabel()->setObjectName(QStringLiteral("discordWaitingText"));
    m_openAgain = m_bar->addButton(QStringLiteral("discordOpenLinkAgain"));
    m_retry = m_bar->addButton(QStringLiteral("discordRetryAuthorization"));
    m_cancel = m_bar->addButton(QStringLiteral("discordCancelAuthorization"));
    connect(m_openAgain, &QPushButton::clicked, this, [this] {
        if (m_auth.active && !m_urlOpener(m_auth.url))
            QApplication::clipboard()->setText(m_auth.url.toString());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { start(m_auth.accountId); });
    connect(m_cancel, &QPushButton::clicked, this, &AddServerFlow::cancel);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AddServerFlow::updateWaiting);
    connect(m_guilds, &DiscordGuildListModel::guildConnected, this,
            &AddServerFlow::onGuildConnected);
    retranslate();
}

AddServerFlow::~AddServerFlow() = default;

QLabel *AddServerFlow::waitingLabel() const
{
    return m_bar->textLabel();
}

AddServerDialog *AddServerFlow::dialog() const
{
    return m_dialog;
}

void AddServerFlow::retranslate()
{
    m_openAgain->setText(tr("Open Link Again"));
    m_retry->setText(tr("Try Again"));
    m_cancel->setText(tr("Cancel", "stop waiting for Discord"));
    updateWaiting();
}

void AddServerFlow::setAllowed(bool allowed)
{
    m_allowed = allowed;
    if (!m_allowed && m_auth.active)
        cancel();
}

void AddServerFlow::chooseAccount(const QString &preselectId)
{
    if (!m_allowed)
        return;
    if (!m_dialog) {
        m_dialog = new AddServerDialog(m_page);
        connect(m_dialog, &QDialog::accepted, this, [this] { start(m_dialog->accountId()); });
    }
    QList<AddServerDialog::AccountChoice> choices;
    for (const DiscordGuildListModel::Account &a : m_guilds->accounts())
        choices.append({a.id, a.name, a.guildCount});
    m_dialog->setAccounts(choices, preselectId);
    m_dialog->open();
}

void AddServerFlow::start(const QString &accountIdArg)
{
    // A copy: "Try Again" passes m_auth.accountId itself, which the reset
    // below clears.
    const QString accountId = accountIdArg; // NOLINT(performance-unnecessary-copy-initialization)
    if (!m_allowed || accountId.isEmpty())
        return;
    m_auth = {};
    m_auth.accountId = accountId;
    m_timer.stop();
    updateWaiting();
    Q_EMIT statusMessage(tr("Asking the server for a Discord link…"), false);
    m_commands->authorizeGuild(
        accountId, this,
        [this, accountId](const DiscordAuthorization &authorization, const ApiError &error) {
            if (m_auth.accountId != accountId)
                return; // cancelled or superseded
            if (error) {
                m_auth = {};
                Q_EMIT statusMessage(tr("Could not start adding a server: %1").arg(error.message),
                                     true);
                updateWaiting();
                return;
            }
            m_auth.active = true;
            m_auth.url = authorization.url;
            m_auth.expiresAt = authorization.expiresAt;
            m_timer.start();
            if (m_urlOpener(authorization.url)) {
                Q_EMIT statusMessage(tr("Discord opened in your browser."), false);
            } else {
                QApplication::clipboard()->setText(authorization.url.toString());
                Q_EMIT statusMessage(
                    tr("Could not open a browser: the link was copied, open it by hand."), true);
            }
            updateWaiting();
        });
}

void AddServerFlow::cancel()
{
    m_auth = {};
    m_timer.stop();
    updateWaiting();
}

void AddServerFlow::clear()
{
    m_auth = {};
    m_timer.stop();
    if (m_dialog)
        m_dialog->reject();
    updateWaiting();
}

void AddServerFlow::updateWaiting()
{
    if (!m_auth.active && !m_auth.expired) {
        m_bar->hide();
        m_timer.stop();
        return;
    }
    const QString account = guildAccountName(*m_guilds, m_auth.accountId);
    QString text;
    if (m_auth.active) {
        const qint64 left = m_auth.expiresAt == kNoTimestamp
            ? 0
            : m_auth.expiresAt - QDateTime::currentMSecsSinceEpoch();
        if (m_auth.expiresAt != kNoTimestamp && left <= 0) {
            m_auth.active = false;
            m_auth.expired = true;
            m_timer.stop();
        } else {
            text = tr("Waiting for Discord… Add the bot to a server in the browser for %1; this "
                      "page selects the server as soon as it is connected. The link expires in "
                      "%2.")
                       .arg(account, countdown(left));
            UntrustedText::setToolTip(waitingLabel(), m_auth.url.toString());
        }
    }
    if (m_auth.expired)
        text = tr("The Discord link for %1 expired before a server was connected.").arg(account);
    m_openAgain->setVisible(m_auth.active);
    m_retry->setVisible(m_auth.expired);
    m_cancel->setText(m_auth.expired ? tr("Dismiss") : tr("Cancel", "stop waiting for Discord"));
    m_bar->showMessage(text);
}

void AddServerFlow::onGuildConnected(const DiscordGuild &guild)
{
    if (!m_auth.active || guild.accountId != m_auth.accountId)
        return;
    cancel();
    Q_EMIT statusMessage(tr("“%1” is now connected to %2.")
                             .arg(DisplayText::nameOrId(guild.name, guild.guildId),
                                  DisplayText::nameOrId(guild.accountName, guild.accountId)),
                         false);
    Q_EMIT guildConnected(guild.guildId);
}
