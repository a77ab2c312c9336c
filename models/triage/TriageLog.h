#pragma once

#include "TriageEntry.h"

#include "api/ApiError.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
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
class TriageLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageLog)

public:
    // 1: the entries table. 2: results unknown, confirmed and not_applied.
    static constexpr int kSchemaVersion = 2;

    struct Query
    {
        qint64 fromMs = std::numeric_limits<qint64>::min(); // inclusive
        qint64 toMs = std::numeric_limits<qint64>::max(); // inclusive
        QString text; // case-insensitive substring of any text column
        qint64 beforeId = 0; // only ids below (paging newest first); 0: no bound
        qint64 afterId = 0; // only ids above (new entries); 0: no bound
        int limit = -1; // -1: all
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
    qint64 appendResult(qint64 pendingId, const ApiError &error, const QString &okMessage,
                        const QString &accountName = {});
    // Records an outcome that is not a plain answer: Unknown for the pending
    // entry refId whose answer was lost (message: why), or Confirmed /
    // NotApplied for the Unknown entry refId once the server's state was
    // seen (message: that state). A copy of refId's entry referring to it,
    // like appendResult(). An Unknown entry waits (isAwaitingAnswer) until
    // it is settled. Returns the new id; 0 when refId is unknown or the write
    // failed.
    qint64 appendOutcome(qint64 refId, TriageEntry::Result result, const QString &message,
                         const QString &accountName = {});

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
    bool createSchema();
    bool migrateTo1();
    bool migrateTo2();
    // Recreates the entries table from its own CREATE statement passed
    // through edit (indexes, triggers and every row kept): the way to change
    // a constraint in SQLite. Inside the caller's transaction.
    bool rebuildEntries(const std::function<QString(QString)> &edit);
    void fail(const QString &message);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_profile;
    QString m_error;
    QSet<qint64> m_awaiting;
};
