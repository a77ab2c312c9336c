#pragma once

#include "api/DiscordTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class AddServerDialog;
class DiscordCommands;
class DiscordGuildListModel;
class MessageBanner;
class QLabel;
class QPushButton;
class QWidget;

// "Add Server…" from the choice of account to the new guild: the account
// dialog, the Discord link asked of the server and opened in the system
// browser (copied when no browser opens), then the wait for the CONNECTED
// event with the link's expiry counted down in the waiting strip (laid out
// by the page), Open Link Again / Try Again / Cancel. The one authorization
// at a time is its state; a newer one supersedes an older answer.
class AddServerFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddServerFlow)

public:
    // Opens the link; false when it could not (then the link is copied).
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // commands must outlive the flow; page parents the flow, its strip and
    // its dialog.
    AddServerFlow(DiscordCommands *commands, QWidget *page);
    ~AddServerFlow() override;

    MessageBanner *waitingBar() const { return m_bar; }
    QLabel *waitingLabel() const;
    // Null until first opened.
    AddServerDialog *dialog() const;

    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    // Without the permission nothing starts, and a wait in progress ends.
    void setAllowed(bool allowed);
    bool isWaiting() const { return m_auth.active; }
    QString accountId() const { return m_auth.accountId; }

    // The account dialog, preselecting preselectId when it is offered.
    void chooseAccount(const QString &preselectId);
    // Asks for the link for accountId and opens it (no dialog).
    void start(const QString &accountId);
    void cancel();
    // Sign-out: no wait, no dialog.
    void clear();
    void retranslate();

Q_SIGNALS:
    // A line for the page's status line; error colours it.
    void statusMessage(const QString &message, bool error);
    // The guild the operator added has arrived: the page opens it.
    void guildConnected(const QString &guildId);

private:
    struct Authorization
    {
        bool active = false;
        bool expired = false;
        QString accountId;
        QUrl url;
        TimestampMs expiresAt = kNoTimestamp;
    };

    void onGuildConnected(const DiscordGuild &guild);
    void updateWaiting();

    DiscordCommands *m_commands;
    DiscordGuildListModel *m_guilds;
    QWidget *m_page;
    MessageBanner *m_bar = nullptr;
    QPushButton *m_openAgain = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<AddServerDialog> m_dialog;
    QTimer m_timer; // the countdown, once a second
    UrlOpener m_urlOpener;
    Authorization m_auth;
    bool m_allowed = false;
};
