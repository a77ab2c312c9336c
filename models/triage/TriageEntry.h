#pragma once

#include <QString>
#include <QtGlobal>

// One line of the triage log: what this operator did, to what, and what the
// server said. Entries are appended and never edited: an action is written
// as a "pending" entry before its request is sent, and its answer as a second
// entry ("ok" or "failed") whose refId names the pending one. A pending entry
// without an answer (the app died, the network hung) stays visible as "sent,
// no answer".
//
// When the answer was lost (timeout, connection reset, server restart) the
// second entry is "unknown", and once the app has seen the bot's state again
// (the next snapshot, or the row's next event) a third entry settles it:
// "confirmed" (the server shows the requested state) or "not_applied", with
// refId naming the "unknown" entry. A rejoin, which has no state to compare,
// stays "unknown".
struct TriageEntry
{
    enum class Result : quint8 {
        Pending,
        Ok,
        Failed,
        Unknown, // the answer was lost: the server may or may not have done it
        Confirmed, // settles an Unknown: the server shows the requested state
        NotApplied, // settles an Unknown: the server shows another state
    };

    qint64 id = 0; // assigned by the log
    qint64 atMs = 0; // ms since the epoch, UTC; now when 0 on append
    QString profile; // server profile; the log's profile when empty on append
    QString kind; // "bot" or "discord"
    QString accountId;
    QString accountName;
    QString platform; // wire name (TWITCH...) for bot entries
    QString guildId; // Discord entries
    QString action; // see TriageAction
    QString origin; // see TriageOrigin: single, bulk, undo, retry
    Result result = Result::Pending;
    QString serverMessage; // the server's answer: new status, or its error message
    QString detail; // human detail: guild name, feature and channel...
    qint64 batchId = 0; // entries of one request share it
    qint64 refId = 0; // result entries: the pending entry they answer
    // The incident the action belongs to (issue 15); the log's open incident
    // (or the one set for the entry's origin) when empty on append.
    QString incident;
    // Who did it: the signed-in viewer's display name and ID; the log's
    // operator when empty on append.
    QString operatorName;
    QString operatorId;
    // Answers to toggles: the bot's updatedAt in the server's answer, ms
    // since the epoch (0: not known, e.g. written by an older version). An
    // incident revert or a planned resume compares it with the row's current
    // updatedAt to tell "unchanged since" from "changed by someone else".
    qint64 serverUpdatedAtMs = 0;

    // Read-only, filled by queries for pending entries: a result entry refers
    // to this one.
    bool answered = false;

    static QString resultToWire(Result result);
    static Result resultFromWire(const QString &wire);
};

// Wire names of kinds, actions and origins as stored in the database.
namespace TriageKind {
inline QString bot()
{
    return QStringLiteral("bot");
}
inline QString discord()
{
    return QStringLiteral("discord");
}
// Incident markers: started and closed (action), the incident's name in
// incident, result ok.
inline QString incident()
{
    return QStringLiteral("incident");
}
} // namespace TriageKind

namespace TriageAction {
inline QString pause()
{
    return QStringLiteral("pause");
}
inline QString resume()
{
    return QStringLiteral("resume");
}
inline QString reconnect()
{
    return QStringLiteral("reconnect");
}
inline QString mappingSaved()
{
    return QStringLiteral("mapping_saved");
}
inline QString guildDisconnected()
{
    return QStringLiteral("guild_disconnected");
}
inline QString incidentStarted()
{
    return QStringLiteral("incident_started");
}
inline QString incidentClosed()
{
    return QStringLiteral("incident_closed");
}
} // namespace TriageAction

namespace TriageOrigin {
inline QString single()
{
    return QStringLiteral("single");
}
inline QString bulk()
{
    return QStringLiteral("bulk");
}
inline QString undo()
{
    return QStringLiteral("undo");
}
inline QString retry()
{
    return QStringLiteral("retry");
}
// Issue 15: "Revert incident", "Pause for..." and the resume it planned.
inline QString incidentRevert()
{
    return QStringLiteral("incident-revert");
}
inline QString pauseFor()
{
    return QStringLiteral("pause-for");
}
inline QString plannedResume()
{
    return QStringLiteral("planned-resume");
}
} // namespace TriageOrigin
