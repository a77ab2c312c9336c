#pragma once

#include "TriageEntry.h"
#include "TriageLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

// The triage log as a table, newest first, paged from SQLite (fetchMore
// loads kPageSize older entries at a time) and kept live: entries committed
// after the query appear on top, and a pending entry's result column changes
// when its answer is written.
class TriageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageLogModel)

public:
    enum Column : int {
        TimeColumn,
        ProfileColumn,
        AccountColumn,
        TargetColumn, // platform or guild
        ActionColumn,
        ResultColumn,
        IncidentColumn, // issue 15: the incident the action belongs to
        OperatorColumn, // who did it
        MessageColumn,
        ColumnCount
    };

    enum Role : int {
        EntryIdRole = Qt::UserRole + 1, // qint64
        AtMsRole, // qint64 ms since the epoch
        ResultRole, // int(TriageEntry::Result)
        NoAnswerRole, // bool: a pending entry whose answer never came
    };

    static constexpr int kPageSize = 200;

    explicit TriageLogModel(TriageLog *log, QObject *parent = nullptr);
    ~TriageLogModel() override;

    // Only entries in [fromMs, toMs] (ms since the epoch, inclusive) whose
    // text contains text; reloads.
    void setFilter(qint64 fromMs, qint64 toMs, const QString &text);
    TriageLog::Query filter() const { return m_filter; }
    // Reloads from the database (after the log was reopened).
    void reload();

    // Every entry matching the filter (not only the loaded pages).
    qint64 matchingCount() const;
    QList<TriageEntry> allMatching() const;
    TriageEntry entryAt(int row) const { return m_rows.at(row); }
    QList<TriageEntry> entriesAt(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Texts as shown (and exported).
    QString cellText(const TriageEntry &entry, int column) const;
    QString resultText(const TriageEntry &entry) const;
    // What an unknown, confirmed or not-applied result means; empty for others.
    QString resultToolTip(const TriageEntry &entry) const;
    // The same words without a model: awaiting says whether this session
    // still waits for a pending entry's answer.
    static QString resultTextOf(const TriageEntry &entry, bool awaiting);
    static QString actionText(const TriageEntry &entry);
    // A platform's display name (BotTableModel::platformName) from its wire
    // name; an unknown one as sent.
    static QString platformText(const QString &wire);
    // The time column (local, to the second) and its tooltip (UTC, to the ms).
    static QString timeText(qint64 atMs);
    static QString utcTimeText(qint64 atMs);
    static QString headerText(int column);

    // RFC 4180 CSV (CRLF line ends, every field quoted when it holds a comma,
    // quote, CR or LF) with a header line and an ISO 8601 UTC time column;
    // cells a spreadsheet would run as formulas start with ' (ExportFormat).
    QString toCsv(const QList<TriageEntry> &entries) const;
    // A Markdown (GFM) table for an incident report: everything Markdown or
    // its HTML would interpret escaped, line breaks as <br/> (ExportFormat).
    QString toMarkdown(const QList<TriageEntry> &entries) const;
    static QString csvField(const QString &text); // ExportFormat::csvField
    static QString markdownCell(const QString &text); // ExportFormat::markdownCell

private:
    void onAppended(qint64 firstId, qint64 lastId);
    bool isAwaiting(const TriageEntry &entry) const;
    QStringList exportRow(const TriageEntry &entry) const;
    QStringList exportHeader() const;
    QList<QStringList> exportRows(const QList<TriageEntry> &entries) const;

    QPointer<TriageLog> m_log;
    TriageLog::Query m_filter;
    QList<TriageEntry> m_rows; // newest first
    qint64 m_newestId = 0; // highest id seen (matching or not)
    bool m_atEnd = false;
};
