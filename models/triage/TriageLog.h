#pragma once

#include "PlannedResume.h"
#include "TriageEntry.h"
#include "TriageLogSchema.h"

#include "api/ApiError.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcTriage)

// The operator's local, append-only record of actions (QtSql, SQLite), for
// the incident report. No widgets, no network.
//
// Durability: WAL journal with synchronous=FULL, one transaction per append
// call. When append() returns an id, the entry is committed and fsynced: it
// survives an app kill (SIGKILL) and a power cut. Operator actions come at
// human rate and a bulk request is one transaction, so the fsync per commit
// costs nothing anyone would notice (NORMAL would only survive app crashes,
// not the machine losing power mid-incident).
//
// The table refuses UPDATE and DELETE (triggers), so "never edited" holds
// even against a bug in this class.
//
// Incidents (issue 15): the log knows the open incident and tags every entry
// appended while it is open. Starting and closing one are entries too
// (TriageKind::incident()), so the open incident survives a restart and a
// crash exactly as actions do, and the incident report shows when it began
// and ended. Entries also carry the operator (the signed-in viewer) and, for
// answers to toggles, the bot's updatedAt from the server's answer.
//
// The schema and its migrations are TriageLogSchema's: opening an older file
// migrates it in one transaction and keeps every entry.
class TriageLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageLog)

public:
    static constexpr int kSchemaVersion = TriageLogSchema::kVersion;

    struct Query
    {
        qint64 fromMs = std::numeric_limits<qint64>::min(); // inclusive
        qint64 toMs = std::numeric_limits<qint64>::max(); // inclusive
        QString text; // case-insensitive substring of any text column
        qint64 beforeId = 0; // only ids below (paging newest first); 0: no bound
        qint64 afterId = 0; // only ids above (new entries); 0: no bound
        int limit = -1; // -1: all
        QString incident; // only entries tagged with this incident (exact); empty: any
    };

    // One stretch of an incident, from its started marker to its closed one.
    struct IncidentPeriod
    {
        QString name;
        QString profile; // where it was started
        qint64 startedAtMs = 0;
        QString startedBy;
        qint64 closedAtMs = 0; // 0: still open
        QString closedBy;
    };

    explicit TriageLog(QObject *parent = nullptr);
    ~TriageLog() override;

    // AppDataLocation/triage.sqlite (the directory is created).
    static QString defaultPath();

    // Opens (creating if needed) the database at path. False with
    // errorString() when it cannot be opened or has a newer schema.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // The profile recorded with entries that do not name one.
    void setProfile(const QString &profile) { m_profile = profile; }
    QString profile() const { return m_profile; }

    // The operator recorded with entries that do not name one: the
    // signed-in viewer's display name and ID (empty when signed out).
    void setOperator(const QString &name, const QString &id);
    QString operatorName() const { return m_operatorName; }
    QString operatorId() const { return m_operatorId; }

    // --- incidents ---------------------------------------------------------
    // The open incident's name; empty when none is open. Read from the
    // markers when the log is opened.
    QString incident() const { return m_incident; }
    // Opens an incident: closes the open one (if another), appends its
    // started marker and tags every later entry with name. False (nothing
    // changes) when name is not a valid incident name or the write failed.
    bool startIncident(const QString &name);
    // Appends the open incident's closed marker; later entries are untagged.
    bool closeIncident();
    // Entries appended with origin are tagged with incident instead of the
    // open one (an empty incident removes the rule): a revert or a planned
    // resume belongs to the incident it follows up, open or not.
    void setIncidentForOrigin(const QString &origin, const QString &incident);
    // Every incident named in the log, the most recently started first.
    QStringList incidentNames() const;
    // The stretches of incident name, oldest first.
    QList<IncidentPeriod> incidentPeriods(const QString &name) const;
    // An incident name: trimmed, 1 to kMaxIncidentName characters, no
    // control or bidirectional formatting characters. Empty when invalid.
    static constexpr int kMaxIncidentName = 64;
    static QString normalizedIncidentName(const QString &name);

    // --- planned resumes ("Pause for...") ----------------------------------
    // Stores plan (its pause entries must exist); returns its id, 0 on failure.
    qint64 addPlannedResume(const PlannedResume &plan);
    // Plans, oldest due first; only open ones unless all.
    QList<PlannedResume> plannedResumes(bool all = false) const;
    PlannedResume plannedResume(qint64 id) const;
    // Marks an open plan resumed or dismissed; false when it is not open.
    bool settlePlannedResume(qint64 id, PlannedResume::State state);
    // The entries with ids and every entry answering them (directly or
    // through another answer), oldest first: an action's whole story.
    QList<TriageEntry> entriesWithAnswers(const QList<qint64> &ids) const;

    // Appends and commits; returns the new id (0 on failure, reported by
    // writeFailed()). Missing atMs and profile are filled in.
    qint64 append(const TriageEntry &entry);
    // Appends several entries in one transaction (all or nothing); returns
    // their ids in order, or an empty list on failure.
    QList<qint64> appendAll(const QList<TriageEntry> &entries);
    // Records the answer to the pending entry pendingId: a copy of it (same
    // target, action, origin and batch) referring to it, "failed" with the
    // server's "CODE: message" when error is set, else "ok" with okMessage.
    // A non-empty accountName replaces the pending entry's (renamed since).
    // Returns the new id; 0 when pendingId is unknown or the write failed.
    // serverUpdatedAtMs: the row's updatedAt in the server's answer (toggles).
    qint64 appendResult(qint64 pendingId, const ApiError &error, const QString &okMessage,
                        const QString &accountName = {}, qint64 serverUpdatedAtMs = 0);
    // Records an outcome that is not a plain answer: Unknown for the pending
    // entry refId whose answer was lost (message: why), or Confirmed /
    // NotApplied for the Unknown entry refId once the server's state was
    // seen (message: that state). A copy of refId's entry referring to it,
    // like appendResult(). An Unknown entry waits (isAwaitingAnswer) until
    // it is settled. Returns the new id; 0 when refId is unknown or the write
    // failed. serverUpdatedAtMs: the row's updatedAt that confirmed it.
    qint64 appendOutcome(qint64 refId, TriageEntry::Result result, const QString &message,
                         const QString &accountName = {}, qint64 serverUpdatedAtMs = 0);

    // Pending entries written by this log instance whose answer has not come
    // yet show as "waiting"; older unanswered ones as "sent, no answer". The
    // same holds for Unknown entries waiting to be settled.
    bool isAwaitingAnswer(qint64 pendingId) const { return m_awaiting.contains(pendingId); }
    // Forgets that this session still waits for pendingId (the request was
    // abandoned without an answer; it stays "sent, no answer").
    void abandon(qint64 pendingId) { m_awaiting.remove(pendingId); }

    // Newest first.
    QList<TriageEntry> entries(const Query &query) const;
    qint64 count(const Query &query) const;
    TriageEntry entry(qint64 id) const;
    qint64 lastId() const;

    // "ok" when PRAGMA integrity_check passes, its first complaint otherwise.
    QString integrityCheck() const;
    QString journalMode() const;
    int synchronousMode() const; // 2 = FULL

Q_SIGNALS:
    // Entries firstId..lastId were committed.
    void appended(qint64 firstId, qint64 lastId);
    void writeFailed(const QString &message);

private:
    bool exec(const QString &sql);
    void readOpenIncident();
    void fail(const QString &message);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_profile;
    QString m_operatorName;
    QString m_operatorId;
    QString m_incident;
    QHash<QString, QString> m_originIncidents; // origin -> incident
    QString m_error;
    QSet<qint64> m_awaiting;
};
