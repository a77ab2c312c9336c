#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Small helpers shared by the unit tests of the Bots page's parts: readable
// account ids, entries and a store filled at once.
namespace BotPartsData {

inline QString uuid(int account)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(account, 12, 10, QLatin1Char('0'));
}

inline BotKey key(int account, Platform platform)
{
    return {uuid(account), platform};
}

inline BotStatusEntry entry(int account, const QString &name, Platform platform, BotStatus status)
{
    BotStatusEntry e;
    e.accountId = uuid(account);
    e.accountName = name;
    e.platform = platform;
    e.status = status;
    e.lastHeartbeatAt = QDateTime::currentMSecsSinceEpoch(); // fresh: not stale

    e.updatedAt = 1;
    return e;
}

inline void fill(BotStore &store, const QList<BotStatusEntry> &rows)
{
    store.mergeSnapshot(rows);
    store.flush();
}

} // namespace BotPartsData
