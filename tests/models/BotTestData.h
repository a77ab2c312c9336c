#pragma once

#include "api/BotTypes.h"

#include <QList>
#include <QString>

// Small helpers shared by the model tests: readable UUIDs and entries.
namespace BotTestData {

inline QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline BotStatusEntry entry(int account, const QString &name, Platform platform, BotStatus status,
                            TimestampMs heartbeat, TimestampMs updatedAt)
{
    BotStatusEntry e;
    e.accountId = uuid(account);
    e.accountName = name;
    e.platform = platform;
    e.status = status;
    e.lastHeartbeatAt = heartbeat;
    e.updatedAt = updatedAt;
    return e;
}

} // namespace BotTestData
