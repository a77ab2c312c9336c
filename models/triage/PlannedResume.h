#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// "Pause for..." (issue 15): bots paused with a time to resume them. The
// server has no timed pause, so the app keeps the plan (in the triage
// database, so it survives a restart) and offers the resume when it is due.
// A plan names the pending entries of the pause it follows: their answers
// say which pauses succeeded and what state they produced.
//
// Plans are reminders, not records: their state changes when settled. What
// was done about them (the resume) is in the triage log's entries.
struct PlannedResume
{
    enum class State : quint8 { Open, Resumed, Dismissed };

    qint64 id = 0; // assigned by the log
    qint64 createdAtMs = 0; // now when 0 on add
    qint64 dueAtMs = 0; // when the bots are to be resumed, ms since the epoch, UTC
    QString profile; // the server profile of the pause; the log's when empty on add
    QString incident; // the incident the pause was tagged with (may be empty)
    QString operatorName; // the log's operator when empty on add
    State state = State::Open;
    qint64 settledAtMs = 0;
    QList<qint64> pauseEntryIds; // the pause's pending entries, one per bot

    static QString stateToWire(State state);
    static State stateFromWire(const QString &wire);
};
