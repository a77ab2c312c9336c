#pragma once

#include "models/commands/DiscordCommands.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"

#include <QList>
#include <QPointer>

// DiscordCommands without a server, for the page's parts alone: the two
// models are plain members the test fills, and every request is recorded
// with its callback so the test answers it when and how it likes (or never).
// Like the real controller, an answer is dropped when its context is gone.
class FakeDiscordCommands final : public DiscordCommands
{
public:
    template<typename Callback>
    struct Request
    {
        QString id; // guild or account ID; empty for refresh and save
        QPointer<QObject> context;
        Callback done;
    };

    DiscordGuildListModel guilds;
    FeatureMappingModel features;
    bool available = true;
    QList<Request<Done>> refreshes;
    QList<Request<Done>> opens;
    QList<Request<Done>> saves;
    QList<Request<Done>> disconnects;
    QList<Request<AuthorizeDone>> authorizations;
    NoticeHandler notice;

    DiscordGuildListModel *guildModel() override { return &guilds; }
    FeatureMappingModel *featureModel() override { return &features; }
    bool isAvailable() const override { return available; }
    void refresh(QObject *context, Done done) override
    {
        refreshes.append({{}, context, std::move(done)});
    }
    void openGuild(const QString &guildId, QObject *context, Done done) override
    {
        m_openGuildId = guildId;
        opens.append({guildId, context, std::move(done)});
    }
    QString openGuildId() const override { return m_openGuildId; }
    void saveStagedChanges(QObject *context, Done done) override
    {
        saves.append({{}, context, std::move(done)});
    }
    void disconnectGuild(const QString &guildId, QObject *context, Done done) override
    {
        disconnects.append({guildId, context, std::move(done)});
    }
    void authorizeGuild(const QString &accountId, QObject *context, AuthorizeDone done) override
    {
        authorizations.append({accountId, context, std::move(done)});
    }
    void setNoticeHandler(QObject *context, NoticeHandler handler) override
    {
        Q_UNUSED(context)
        notice = std::move(handler);
    }

    // Answers a recorded request (the oldest by default) and forgets it.
    template<typename Callback, typename... Args>
    static void answer(QList<Request<Callback>> &requests, Args &&...args)
    {
        Request<Callback> request = requests.takeFirst();
        if (request.context)
            request.done(std::forward<Args>(args)...);
    }

private:
    QString m_openGuildId;
};
