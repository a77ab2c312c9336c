#pragma once

#include "api/DiscordTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// What one feature maps to: the part of a DiscordGuildFeature an operator edits.
struct FeatureMappingValue
{
    bool enabled = false;
    QString channelId; // empty: none
    QString roleId; // empty: none
    friend bool operator==(const FeatureMappingValue &, const FeatureMappingValue &) = default;
};

// The guild's channels and roles, and what a mapping value means against
// them: the names its channel and role read as, and why it cannot be saved
// or deserves a warning. Apart from the model so the rules hold the same for
// a staged edit, the server's state and their version in a conflict.
class FeatureMappingRules final
{
    // The texts keep the model's translation context: they are the editor's.
    Q_DECLARE_TR_FUNCTIONS(FeatureMappingModel)

public:
    void setChannels(const QList<DiscordChannel> &channels);
    void setRoles(const QList<DiscordRole> &roles);
    void clear();
    const QList<DiscordChannel> &channels() const { return m_channels; }
    const QList<DiscordRole> &roles() const { return m_roles; }
    const DiscordChannel *channel(const QString &id) const;
    const DiscordRole *role(const QString &id) const;

    // "#general", "No channel" or "Missing channel 123…".
    QString channelLabel(const QString &channelId) const;
    QString roleLabel(const QString &roleId) const;
    // "on, #general, @Moderators".
    QString describe(const FeatureMappingValue &value) const;

    // Why value cannot be saved (an enabled feature needs a channel, the
    // channel and role must exist and take posts or mentions, every ID must
    // be a snowflake); empty when it can.
    QString problem(const FeatureMappingValue &value) const;
    // Worth knowing but not blocking: the bot cannot post in the channel,
    // the role is not mentionable. Empty when nothing is.
    QString warning(const FeatureMappingValue &value) const;

private:
    QList<DiscordChannel> m_channels;
    QList<DiscordRole> m_roles;
    QHash<QString, int> m_channelById;
    QHash<QString, int> m_roleById;
};
