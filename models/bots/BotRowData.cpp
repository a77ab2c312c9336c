#include "BotRowData.h"

#include "BotActionRules.h"
#include "BotTableTexts.h"
#include "models/text/DisplayText.h"
#include "models/watch/WatchList.h"

namespace {
// Names up to this long, without controls or overrides, need no tooltip:
// the cell shows them as they are.
constexpr qsizetype kPlainNameChars = 48;
} // namespace

BotRowData::BotRowData(const BotStore &store, const BotQuery &query)
    : m_store(store)
    , m_query(query)
{ }

void BotRowData::setWatchList(WatchList *watches)
{
    m_watches = watches;
}

WatchList *BotRowData::watchList() const
{
    return m_watches;
}

QVariant BotRowData::data(qsizetype storeRow, int column, int role) const
{
    using namespace BotTable;
    const BotStore::Row &row = m_store.row(storeRow);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AccountNameColumn:
            return shownName(storeRow);
        case AccountIdColumn:
            return DisplayText::visible(m_store.accountIdText(storeRow));
        case PlatformColumn:
            return BotTableTexts::platformName(row.platform);
        case StatusColumn:
            return BotTableTexts::statusName(row.status);
        case LastHeartbeatColumn:
            return relativeTime(row.lastHeartbeatAt);
        case ActionColumn:
            return BotTableTexts::actionText(row.pending, row.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(storeRow, column);
    case Qt::AccessibleTextRole:
    case AccessibleTextRole:
        return accessibleText(storeRow);
    case StatusRole:
        return int(row.status);
    case ServerStatusRole:
        return int(row.serverStatus);
    case PlatformRole:
        return int(row.platform);
    case HeartbeatMsRole:
        return qint64(row.lastHeartbeatAt);
    case UpdatedAtMsRole:
        return qint64(row.updatedAt);
    case StaleRole:
        return m_query.isStale(row);
    case PendingRole:
        return int(row.pending);
    case ActionRole:
        return int(offeredToggle(row.status));
    case KeyRole:
        return QVariant::fromValue(m_store.keyAt(storeRow));
    case HighlightRole:
        return isHighlighted(row, m_query.now());
    case ChangedAtMsRole:
        return qint64(row.changedAt);
    case AccountIdRole:
        return m_store.accountIdText(storeRow);
    case AccountNameRole:
        return m_store.accountName(storeRow);
    case WatchRole:
        return int(watchState(storeRow));
    default:
        return {};
    }
}

QHash<int, QByteArray> BotRowData::roleNames()
{
    using namespace BotTable;
    return {
        {StatusRole, QByteArrayLiteral("status")},
        {ServerStatusRole, QByteArrayLiteral("serverStatus")},
        {PlatformRole, QByteArrayLiteral("platform")},
        {HeartbeatMsRole, QByteArrayLiteral("heartbeatMs")},
        {UpdatedAtMsRole, QByteArrayLiteral("updatedAtMs")},
        {StaleRole, QByteArrayLiteral("stale")},
        {PendingRole, QByteArrayLiteral("pending")},
        {ActionRole, QByteArrayLiteral("action")},
        {KeyRole, QByteArrayLiteral("key")},
        {HighlightRole, QByteArrayLiteral("highlight")},
        {ChangedAtMsRole, QByteArrayLiteral("changedAtMs")},
        {AccountIdRole, QByteArrayLiteral("accountId")},
        {AccountNameRole, QByteArrayLiteral("accountName")},
        {AccessibleTextRole, QByteArrayLiteral("accessibleText")},
        {WatchRole, QByteArrayLiteral("watch")},
    };
}

QString BotRowData::relativeTime(TimestampMs then) const
{
    return BotTableTexts::relativeTime(then, m_query.now());
}

QVariant BotRowData::toolTip(qsizetype storeRow, int column) const
{
    const BotStore::Row &row = m_store.row(storeRow);
    switch (column) {
    case BotTable::LastHeartbeatColumn:
        return BotTableTexts::heartbeatToolTip(row.lastHeartbeatAt);
    case BotTable::StatusColumn:
        if (m_query.isStale(row))
            return BotTableTexts::staleToolTip(m_query.staleThresholdMs());
        if (isExtraBotStatus(row.status))
            return BotTableTexts::statusToolTip(row.status);
        return {};
    case BotTable::PlatformColumn:
        if (isExtraPlatform(row.platform))
            return BotTableTexts::platformToolTip(row.platform);
        return {};
    case BotTable::AccountNameColumn: {
        const BotTable::WatchState watch = watchState(storeRow);
        const QString name = m_store.accountName(storeRow);
        // A long or odd name (controls, overrides) in full, as far as a
        // tooltip goes: the cell elides it and shows its controls as marks.
        if (!DisplayText::isOrdinary(name, kPlainNameChars)) {
            QString tip = DisplayText::visible(name, DisplayText::kToolTipChars - 80);
            if (watch != BotTable::WatchState::None)
                tip += QLatin1Char('\n') + BotTableTexts::watchToolTip(watch);
            return DisplayText::toolTip(tip);
        }
        if (watch != BotTable::WatchState::None)
            return BotTableTexts::watchToolTip(watch); // no server text in it
        return {};
    }
    default:
        return {};
    }
}

QString BotRowData::shownName(qsizetype storeRow) const
{
    // Awkward names are shown faithfully and safely (DisplayText); an
    // account without a name shows its ID, never an empty cell.
    const QString name = m_store.accountName(storeRow);
    if (!name.isEmpty())
        return DisplayText::visible(name);
    return DisplayText::visible(m_store.accountIdText(storeRow));
}

QString BotRowData::accessibleText(qsizetype storeRow) const
{
    const BotStore::Row &row = m_store.row(storeRow);
    return BotTableTexts::accessibleText(shownName(storeRow), row.platform, row.status,
                                         relativeTime(row.lastHeartbeatAt), m_query.isStale(row),
                                         row.pending != PendingAction::None, watchState(storeRow));
}

BotTable::WatchState BotRowData::watchState(qsizetype storeRow) const
{
    if (!m_watches || m_watches->watchedCount() == 0)
        return BotTable::WatchState::None;
    const BotKey key = m_store.keyAt(storeRow);
    if (m_watches->isFlagged(key))
        return BotTable::WatchState::Flagged;
    return m_watches->isWatched(key) ? BotTable::WatchState::Watched : BotTable::WatchState::None;
}
