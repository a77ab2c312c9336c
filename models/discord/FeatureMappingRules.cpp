#include "FeatureMappingRules.h"

#include "DiscordChannelOrder.h"

#include "api/IdValidation.h"
#include "models/text/DisplayText.h"

#include <QStringList>

namespace {

QString channelTypeName(DiscordChannelType type)
{
    switch (type) {
    case DiscordChannelType::Text:
        return FeatureMappingRules::tr("text");
    case DiscordChannelType::Announcement:
        return FeatureMappingRules::tr("announcement");
    case DiscordChannelType::Voice:
        return FeatureMappingRules::tr("voice");
    case DiscordChannelType::Category:
        return FeatureMappingRules::tr("category");
    case DiscordChannelType::Forum:
        return FeatureMappingRules::tr("forum");
    case DiscordChannelType::Stage:
        return FeatureMappingRules::tr("stage");
    case DiscordChannelType::Other:
    case DiscordChannelType::Unknown:
        break;
    }
    // A type a newer server named: its own name, as the server spells it.
    if (isExtraDiscordChannelType(type))
        return QString(discordChannelTypeToWire(type));
    return FeatureMappingRules::tr("unsupported");
}

} // namespace

void FeatureMappingRules::setChannels(const QList<DiscordChannel> &channels)
{
    m_channels = channels;
    m_channelById.clear();
    for (int i = 0; i < m_channels.size(); ++i)
        m_channelById.insert(m_channels.at(i).id, i);
}

void FeatureMappingRules::setRoles(const QList<DiscordRole> &roles)
{
    m_roles = roles;
    m_roleById.clear();
    for (int i = 0; i < m_roles.size(); ++i)
        m_roleById.insert(m_roles.at(i).id, i);
}

void FeatureMappingRules::clear()
{
    m_channels.clear();
    m_roles.clear();
    m_channelById.clear();
    m_roleById.clear();
}

const DiscordChannel *FeatureMappingRules::channel(const QString &id) const
{
    const auto it = m_channelById.constFind(id);
    return it == m_channelById.constEnd() ? nullptr : &m_channels.at(*it);
}

const DiscordRole *FeatureMappingRules::role(const QString &id) const
{
    const auto it = m_roleById.constFind(id);
    return it == m_roleById.constEnd() ? nullptr : &m_roles.at(*it);
}

QString FeatureMappingRules::channelLabel(const QString &channelId) const
{
    if (channelId.isEmpty())
        return tr("No channel");
    if (const DiscordChannel *c = channel(channelId))
        return QLatin1Char('#') + DisplayText::visible(c->name, DisplayText::kNameChars);
    return tr("Missing channel %1").arg(DisplayText::isolated(channelId));
}

QString FeatureMappingRules::roleLabel(const QString &roleId) const
{
    if (roleId.isEmpty())
        return tr("No mention", "no role is mentioned");
    if (const DiscordRole *r = role(roleId)) {
        const QString name = DisplayText::visible(r->name, DisplayText::kNameChars);
        return name.startsWith(QLatin1Char('@')) ? name : QLatin1Char('@') + name;
    }
    return tr("Missing role %1").arg(DisplayText::isolated(roleId));
}

QString FeatureMappingRules::describe(const FeatureMappingValue &v) const
{
    QString text = v.enabled ? tr("on", "feature enabled") : tr("off", "feature disabled");
    text += QLatin1String(", ") + channelLabel(v.channelId);
    if (!v.roleId.isEmpty())
        text += QLatin1String(", ") + roleLabel(v.roleId);
    return text;
}

QString FeatureMappingRules::problem(const FeatureMappingValue &v) const
{
    if (!v.channelId.isEmpty()) {
        if (!IdValidation::isValidSnowflake(v.channelId))
            return tr("The channel ID “%1” is not a Discord ID.")
                .arg(DisplayText::isolated(v.channelId));
        const DiscordChannel *c = channel(v.channelId);
        if (!c)
            return tr("Channel %1 no longer exists in this server: choose another one or clear it.")
                .arg(DisplayText::isolated(v.channelId));
        if (isExtraDiscordChannelType(c->type) && !c->botCanPost)
            return tr("#%1 is a %2 channel, a type this version of the app does not know, and "
                      "the server says the bot cannot post there.")
                .arg(DisplayText::isolated(c->name), channelTypeName(c->type));
        if (!DiscordChannelOrder::isPickable(*c))
            return tr("#%1 is a %2 channel; features post to text or announcement channels.")
                .arg(DisplayText::isolated(c->name), channelTypeName(c->type));
    } else if (v.enabled) {
        return tr("Enabled, but no channel is chosen.");
    }
    if (!v.roleId.isEmpty()) {
        if (!IdValidation::isValidSnowflake(v.roleId))
            return tr("The role ID “%1” is not a Discord ID.").arg(DisplayText::isolated(v.roleId));
        if (!role(v.roleId))
            return tr("Role %1 no longer exists in this server: choose another one or clear it.")
                .arg(DisplayText::isolated(v.roleId));
    }
    return {};
}

QString FeatureMappingRules::warning(const FeatureMappingValue &v) const
{
    QStringList warnings;
    if (const DiscordChannel *c = channel(v.channelId); c && !c->botCanPost)
        warnings.append(
            tr("The bot lacks permission to post in #%1.").arg(DisplayText::isolated(c->name)));
    if (const DiscordRole *r = role(v.roleId); r && !r->mentionable)
        warnings.append(tr("%1 is not mentionable: the mention will not notify anyone.")
                            .arg(roleLabel(v.roleId)));
    return warnings.join(QLatin1Char(' '));
}
