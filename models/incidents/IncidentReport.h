#pragma once

#include "models/triage/TriageLog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The incident report (issue 15): one incident's timeline from the triage
// log, every action with its outcome, operator, server profile and times in
// UTC, as Markdown (a heading, a summary and a table, for the postmortem)
// and as CSV (one row per action, for a spreadsheet). One row per action:
// the time it was sent and the time and words of its last answer; the
// incident's start and close are rows too. Every cell from the log goes
// through ReportCells.
class IncidentReport final
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    struct Row
    {
        qint64 entryId = 0; // the action's pending entry (or the marker)
        qint64 sentAtMs = 0;
        qint64 answeredAtMs = 0; // 0: no answer
        QString operatorName;
        QString operatorId;
        QString profile;
        QString accountName;
        QString accountId;
        QString target; // platform name, or Discord server (ID)
        QString action; // as the triage log says it
        QString outcome; // as the triage log says it; empty for markers
        QString message; // the server's last word
    };

    // Reads every entry tagged with incident; exportedAtMs goes in the header.
    static IncidentReport fromLog(const TriageLog &log, const QString &incident,
                                  qint64 exportedAtMs);

    QString incident() const { return m_incident; }
    const QList<Row> &rows() const { return m_rows; }
    int actionCount() const { return m_ok + m_failed + m_noAnswer + m_other; }

    QString toMarkdown() const;
    QString toCsv() const;

    // A file name without extension for the incident ("incident-INC-2291"):
    // letters, digits, '-', '_' and '.' only.
    static QString fileBaseName(const QString &incident);
    // "2024-06-01 14:03:12 UTC" and "2024-06-01T14:03:12.345Z".
    static QString utcText(qint64 ms);
    static QString isoUtc(qint64 ms);

private:
    QStringList header() const;
    QStringList cells(const Row &row, bool iso) const;

    QString m_incident;
    qint64 m_exportedAtMs = 0;
    QList<TriageLog::IncidentPeriod> m_periods;
    QList<Row> m_rows;
    QStringList m_operators;
    QStringList m_profiles;
    int m_ok = 0;
    int m_failed = 0;
    int m_noAnswer = 0;
    int m_other = 0;
};
