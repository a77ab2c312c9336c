#pragma once

#include "BotQuery.h"
#include "BotRoles.h"
#include "BotStore.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QVariant>

class WatchList;

// What one bot row of the table answers for each column and role: display
// texts and tooltips (in BotTableTexts' words), raw values for delegates, the
// screen-reader sentence, the highlight of a recent status change and the
// watch mark. The model maps a display row to a store row and asks here, so
// this class knows nothing of which rows are visible or where.
class BotRowData final
{
    Q_DISABLE_COPY_MOVE(BotRowData)

public:
    // Staleness and "now" are the query's, so the stale flag always agrees
    // with the Stale filter and the counts.
    BotRowData(const BotStore &store, const BotQuery &query);

    void setHighlightDurationMs(qint64 ms) { m_highlightMs = ms; }
    void setWatchList(WatchList *watches);
    WatchList *watchList() const;

    QVariant data(qsizetype storeRow, int column, int role) const;
    // Names of the BotTable roles data() answers (for QML and tests).
    static QHash<int, QByteArray> roleNames();

    // A status change colours the row for the highlight duration after it.
    bool isHighlighted(const BotStore::Row &row, TimestampMs at) const
    {
        return row.changedAt != kNoTimestamp && at - row.changedAt < m_highlightMs;
    }
    QString relativeTime(TimestampMs then) const;

private:
    QVariant toolTip(qsizetype storeRow, int column) const;
    QString accessibleText(qsizetype storeRow) const;
    QString shownName(qsizetype storeRow) const;
    BotTable::WatchState watchState(qsizetype storeRow) const;

    const BotStore &m_store;
    const BotQuery &m_query;
    QPointer<WatchList> m_watches;
    qint64 m_highlightMs = 3000;
};
