#pragma once

#include <QtGlobal>

class BotStatusFeed;
class BotStore;

// Checks each snapshot against the server's totalCount. A server that
// inserts or removes rows while we page (offset cursors shift under us) can
// make a snapshot skip or repeat rows. Repeats merge by key; skips show as a
// count that disagrees with the server's totalCount, or, when inserts and
// removals balance, only as the movement itself: a bot delivered twice, or a
// totalCount that changed between pages. Any of these fetches the snapshot
// once more (a server that never holds still may never agree: never a
// second one in a row).
class SnapshotCountCheck final
{
public:
    void snapshotStarted();
    // A page arrived with the server's totalCount at that moment.
    void pageTotal(int total);
    // removed: the rows the snapshot no longer had (for the log).
    void snapshotEnded(qsizetype removed);
    // After a snapshot and its buffered events: asks feed for one more
    // snapshot when store disagrees with the server.
    void check(const BotStore *store, BotStatusFeed *feed);
    // Refetches so far.
    int refetchCount() const { return m_refetchCount; }

private:
    bool m_refetching = false; // the snapshot in flight is a refetch
    int m_refetchCount = 0;
    qsizetype m_lastRemoved = 0;
    qsizetype m_serverTotal = -1; // totalCount of the snapshot's last page
    bool m_moved = false; // totalCount changed between its pages
};
