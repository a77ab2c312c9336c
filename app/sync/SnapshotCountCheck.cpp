#include "SnapshotCountCheck.h"

#include "api/BotStatusFeed.h"
#include "models/bots/BotStore.h"

#include <QLoggingCategory>

#include <utility>

// The controller's category: the refetch is part of the story it logs.
Q_DECLARE_LOGGING_CATEGORY(lcBotSync)

void SnapshotCountCheck::snapshotStarted()
{
    m_serverTotal = -1;
    m_moved = false;
}

void SnapshotCountCheck::pageTotal(int total)
{
    if (m_serverTotal >= 0 && total != m_serverTotal)
        m_moved = true; // rows came or went between two pages
    m_serverTotal = total; // the last page's count is the freshest
}

void SnapshotCountCheck::snapshotEnded(qsizetype removed)
{
    m_lastRemoved = removed;
}

void SnapshotCountCheck::check(const BotStore *store, BotStatusFeed *feed)
{
    // Held news would skew the count: not while frozen.
    const bool wasRefetch = std::exchange(m_refetching, false);
    const bool moved = std::exchange(m_moved, false);
    if (wasRefetch || !store || !feed || store->isHeld())
        return;
    const qsizetype have = store->liveRowCount();
    const qsizetype server = m_serverTotal;
    const qsizetype repeats = store->snapshotRepeats();
    if (server < 0 || (have == server && repeats == 0 && !moved))
        return;
    qCInfo(lcBotSync).nospace() << "the snapshot ended with " << have << " bots, the server counts "
                                << server << " (" << m_lastRemoved << " removed, " << repeats
                                << " delivered twice, total " << (moved ? "moved" : "steady")
                                << " while paging): fetching it once more";
    if (feed->resync()) {
        m_refetching = true;
        ++m_refetchCount;
    }
}
