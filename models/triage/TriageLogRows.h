#pragma once

#include "PlannedResume.h"
#include "TriageEntry.h"
#include "TriageLog.h"

#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

// How the triage log's values sit in SQLite rows: the entry columns every
// query reads, a row back into an entry or a plan, absent values as NULL, and
// a Query as a WHERE clause. Knows the column layout so TriageLog only says
// what to read or write.
class TriageLogRows final
{
public:
    TriageLogRows() = delete;

    // The columns readEntry() expects, for "SELECT <these> FROM entries e".
    static QString entryColumns();
    static TriageEntry readEntry(const QSqlQuery &q);
    // "SELECT id, created_ms, due_ms, profile, incident, operator, state,
    // settled_ms FROM planned_resumes"; pauseEntryIds is left empty.
    static PlannedResume readPlannedResume(const QSqlQuery &q);

    // A null text or a zero ID is stored as NULL, not as '' or 0.
    static QVariant textOrNull(const QString &text);
    static QVariant idOrNull(qint64 id);

    struct Where
    {
        QString sql; // " WHERE ..." or empty
        QList<QVariant> values; // bound in order
    };
    // The text matches any text column as a literal, case-insensitive
    // substring (% and _ typed by the operator match themselves).
    static Where whereClause(const TriageLog::Query &query);
};
