#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The triage log's SQLite schema, and the way an older file reaches it.
//
// Versions (PRAGMA user_version): 1 the entries table; 2 the result column
// accepts unknown, confirmed and not_applied; 3 adds incident, operator,
// operator_id and server_updated_ms to entries, and the planned_resumes
// tables. A file of a newer version is refused rather than written to: its
// constraints may be ones this version would break.
class TriageLogSchema final
{
    // Its one message is the log's, as the user sees it.
    Q_DECLARE_TR_FUNCTIONS(TriageLog)

public:
    static constexpr int kVersion = 3;

    // db: open, and kept open for as long as this object is used.
    explicit TriageLogSchema(const QSqlDatabase &db);

    // Creates or migrates the tables to kVersion in one transaction: the
    // file is at one version or the next, never half-way, and keeps every
    // entry. False with errorString() when the file is newer or a step fails.
    bool ensure();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);
    bool migrateTo1();
    bool migrateTo2();
    bool migrateTo3();
    // Recreates the entries table from its own CREATE statement passed
    // through edit (indexes, triggers and every row kept): the way to change
    // a constraint in SQLite. Inside the caller's transaction.
    bool rebuildEntries(const std::function<QString(QString)> &edit);

    QSqlDatabase m_db;
    QString m_error;
};
