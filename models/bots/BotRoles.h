#pragma once

#include <QtGlobal>

#include <Qt>

// Columns and raw-value roles of the bot table in one place, so delegates,
// sorting and filtering read typed values and never parse display text.
namespace BotTable {

enum Column : int {
    AccountNameColumn,
    AccountIdColumn,
    PlatformColumn,
    StatusColumn,
    LastHeartbeatColumn,
    ActionColumn,
    ColumnCount
};

enum Role : int {
    StatusRole = Qt::UserRole + 1, // int(BotStatus) as displayed (optimistic while pending)
    ServerStatusRole, // int(BotStatus) as last confirmed by the server
    PlatformRole, // int(Platform)
    HeartbeatMsRole, // qint64 ms since epoch, kNoTimestamp when never seen
    UpdatedAtMsRole, // qint64 ms since epoch
    StaleRole, // bool: Active with a heartbeat older than the stale threshold
    PendingRole, // int(PendingAction)
    ActionRole, // int(BotAction): what the row's button does
    KeyRole, // BotKey, stable across sorting and filtering
    HighlightRole, // bool: status changed within the highlight duration
    ChangedAtMsRole, // qint64 ms: when the status last changed (for fading)
    AccountIdRole, // QString, exactly as the server sent it
    AccountNameRole, // QString
    AccessibleTextRole, // QString: the whole row as a sentence for screen readers
    WatchRole, // int(WatchState): watched, and flagged until seen
};

enum class WatchState : quint8 { None, Watched, Flagged };

// Problems: No Connection or stale, what an operator looks at first in an incident.
enum class StatusFilter : quint8 { All, Active, Paused, NoConnection, Stale, Problems };

} // namespace BotTable

// A mutation in flight for a row.
enum class PendingAction : quint8 { None, Pause, Resume, Reconnect };

// What the action cell offers: nothing for rows without a connection.
enum class BotAction : quint8 { None, Pause, Resume };
