#pragma once

#include "api/ApiError.h"
#include "api/DiscordTypes.h"

#include <QObject>
#include <QString>

#include <functional>

class DiscordGuildListModel;
class FeatureMappingModel;

// What the Discord guilds page asks of the layer that talks to the server.
// The page never touches the network: it renders the two models and calls
// these; DiscordSyncController (app/sync) implements them with the api, and a
// test may implement them with anything.
//
// Deliberately not a QObject and free of widget headers, so a Qt Core-only
// controller can implement it. Every callback takes a context object and is
// never run after that object is destroyed.
class DiscordCommands
{
public:
    using Done = std::function<void(const ApiError &error)>;
    using AuthorizeDone =
        std::function<void(const DiscordAuthorization &authorization, const ApiError &error)>;
    using NoticeHandler = std::function<void(const QString &message)>;

    virtual ~DiscordCommands() = default;

    // Every guild-to-account mapping, kept live.
    virtual DiscordGuildListModel *guildModel() = 0;
    // The open guild's feature mappings, with staged edits.
    virtual FeatureMappingModel *featureModel() = 0;

    // Whether the commands can reach a server (signed in).
    virtual bool isAvailable() const = 0;
    // Why this server does not offer the guild list at all (an older server
    // without adminDiscordGuilds); empty when it does. Read again whenever
    // the page's permissions are set (every sign-in).
    virtual QString guildListUnavailableReason() const { return {}; }
    // Reloads the guild list and the open guild.
    virtual void refresh(QObject *context, Done done) = 0;
    // Loads guildId's catalog, channels, roles and mappings into featureModel
    // (dropping staged edits); an empty guildId closes the editor.
    virtual void openGuild(const QString &guildId, QObject *context, Done done) = 0;
    virtual QString openGuildId() const = 0;
    // Sends every staged change of the open guild (setDiscordGuildFeature is
    // idempotent, so retrying after a failure is safe). Each row is settled in
    // featureModel as its answer arrives; failed rows stay staged. done runs
    // once, after the last answer, with the first error if any.
    virtual void saveStagedChanges(QObject *context, Done done) = 0;
    // Removes the mapping; the row is marked pending, removed when the server
    // confirms, and keeps an error if it does not.
    virtual void disconnectGuild(const QString &guildId, QObject *context, Done done) = 0;
    // The Discord OAuth URL that adds the bot to a server for accountId.
    virtual void authorizeGuild(const QString &accountId, QObject *context, AuthorizeDone done) = 0;
    // Failures nobody asked for (a live update or a resync that failed).
    virtual void setNoticeHandler(QObject *context, NoticeHandler handler) = 0;
};
