#include "BotTableTexts.h"

#include "BotActionRules.h"
#include "models/WireNames.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

QString BotTableTexts::platformName(Platform platform)
{
    switch (platform) {
    case Platform::Twitch:
        return QStringLiteral("Twitch");
    case Platform::YouTube:
        return QStringLiteral("YouTube");
    case Platform::Kick:
        return QStringLiteral("Kick");
    case Platform::Trovo:
        return QStringLiteral("Trovo");
    case Platform::Discord:
        return QStringLiteral("Discord");
    case Platform::Unknown:
        break;
    }
    // A platform a newer server named: its own name, as the server spells it.
    if (const QLatin1String wire = platformToWire(platform); !wire.isEmpty())
        return titleCasedWireName(QString(wire));
    return tr("Unknown", "platform");
}

QString BotTableTexts::platformToolTip(Platform platform)
{
    if (!isExtraPlatform(platform))
        return {};
    return tr("%1 is a platform this version of the app does not know. Its bots are shown, "
              "counted and searchable; pause, resume and reconnect are sent as they are, and "
              "the server decides.")
        .arg(QString(platformToWire(platform)));
}

QString BotTableTexts::statusToolTip(BotStatus status)
{
    if (!isExtraBotStatus(status))
        return {};
    return tr("%1 is a status this version of the app does not know, so no action is offered "
              "for this bot.")
        .arg(QString(botStatusToWire(status)));
}

QString BotTableTexts::statusName(BotStatus status)
{
    switch (status) {
    case BotStatus::Active:
        return tr("Active", "bot status");
    case BotStatus::Paused:
        return tr("Paused", "bot status");
    case BotStatus::NoConnection:
        return tr("No Connection", "bot status");
    case BotStatus::Unknown:
        break;
    }
    if (const QLatin1String wire = botStatusToWire(status); !wire.isEmpty())
        return titleCasedWireName(QString(wire));
    return tr("Unknown", "bot status");
}

QString BotTableTexts::columnTitle(int column)
{
    using namespace BotTable;
    switch (column) {
    case AccountNameColumn:
        return tr("Account");
    case AccountIdColumn:
        return tr("Account ID");
    case PlatformColumn:
        return tr("Platform");
    case StatusColumn:
        return tr("Status");
    case LastHeartbeatColumn:
        return tr("Last Heartbeat");
    case ActionColumn:
        return tr("Action", "column header");
    default:
        return {};
    }
}

QString BotTableTexts::relativeTime(TimestampMs then, TimestampMs now)
{
    if (then == kNoTimestamp)
        return tr("never", "heartbeat");
    const qint64 seconds = std::max<qint64>(0, (now - then) / 1000);
    if (seconds < 60)
        return tr("%n s ago", "heartbeat age in seconds", int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", "heartbeat age in minutes", int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", "heartbeat age in hours", int(seconds / 3600));
    return tr("%n d ago", "heartbeat age in days", int(seconds / 86400));
}

QString BotTableTexts::actionText(PendingAction pending, BotStatus status)
{
    switch (pending) {
    case PendingAction::Pause:
        return tr("Pausing…");
    case PendingAction::Resume:
        return tr("Resuming…");
    case PendingAction::Reconnect:
        return tr("Reconnecting…");
    case PendingAction::None:
        break;
    }
    switch (offeredToggle(status)) {
    case BotAction::Pause:
        return tr("Pause", "action: pause the bot");
    case BotAction::Resume:
        return tr("Resume", "action: resume the bot");
    case BotAction::None:
        break;
    }
    return QString();
}

QString BotTableTexts::heartbeatToolTip(TimestampMs heartbeat)
{
    if (heartbeat == kNoTimestamp)
        return tr("No heartbeat received");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(heartbeat), QLocale::LongFormat);
}

QString BotTableTexts::staleToolTip(qint64 staleThresholdMs)
{
    return tr("Active, but no heartbeat for more than %n s", nullptr, int(staleThresholdMs / 1000));
}

QString BotTableTexts::watchToolTip(BotTable::WatchState state)
{
    switch (state) {
    case BotTable::WatchState::Flagged:
        return tr("Watched: changed since you looked (make it the current row to "
                  "mark it seen)");
    case BotTable::WatchState::Watched:
        return tr("Watched: you are notified when it changes");
    case BotTable::WatchState::None:
        break;
    }
    return QString();
}

QString BotTableTexts::accessibleText(const QString &accountName, Platform platform,
                                      BotStatus status, const QString &heartbeat, bool stale,
                                      bool pending, BotTable::WatchState watch)
{
    QString text = tr("%1 on %2: %3, last heartbeat %4")
                       .arg(accountName, platformName(platform), statusName(status), heartbeat);
    if (stale)
        text += QLatin1String(", ") + tr("stale");
    if (pending)
        text += QLatin1String(", ") + tr("change pending");
    switch (watch) {
    case BotTable::WatchState::Flagged:
        text += QLatin1String(", ") + tr("watched, changed since you looked");
        break;
    case BotTable::WatchState::Watched:
        text += QLatin1String(", ") + tr("watched");
        break;
    case BotTable::WatchState::None:
        break;
    }
    return text;
}
