#pragma once

#include "BotRoles.h"

#include "api/BotTypes.h"

#include <QCoreApplication>
#include <QString>

// How a bot reads in the bot table, in the user's language: names of
// platforms and statuses, heartbeat ages, what the action cell says, the
// tooltips and the whole row as one sentence for screen readers. Functions of
// values only, so delegates, the count line and the triage log can say the
// same words as the table.
class BotTableTexts final
{
    Q_DECLARE_TR_FUNCTIONS(BotTableTexts)

public:
    BotTableTexts() = delete;

    // The one source of platform and status names for the whole app (table,
    // filters, count line, triage log, notifications, exports). A value a
    // newer server named reads as its wire text title-cased ("Rumble").
    static QString platformName(Platform platform);
    static QString statusName(BotStatus status);
    // Why a value a newer server named looks as it does; empty for others.
    static QString platformToolTip(Platform platform);
    static QString statusToolTip(BotStatus status);
    static QString columnTitle(int column); // a BotTable::Column; empty for others
    // "12 s ago", "3 min ago", ... or "never".
    static QString relativeTime(TimestampMs then, TimestampMs now);
    // The action cell: the pending mutation, else the toggle it offers
    // (empty for a bot that takes none).
    static QString actionText(PendingAction pending, BotStatus status);

    static QString heartbeatToolTip(TimestampMs heartbeat);
    static QString staleToolTip(qint64 staleThresholdMs);
    static QString watchToolTip(BotTable::WatchState state); // empty for None

    // "Zoë on Twitch: Active, last heartbeat 12 s ago, stale, change pending".
    static QString accessibleText(const QString &accountName, Platform platform, BotStatus status,
                                  const QString &heartbeat, bool stale, bool pending,
                                  BotTable::WatchState watch);
};
