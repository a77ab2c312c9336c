#include "BotQuery.h"

#include "models/SearchFolding.h"

#include <algorithm>
#include <string_view>

namespace {
std::string_view view(QByteArrayView bytes) noexcept
{
    return {bytes.data(), size_t(bytes.size())};
}
} // namespace

BotQuery::BotQuery(const BotStore &store, TimestampMs now)
    : m_store(store)
    , m_now(now)
{ }

BotQuery::Change BotQuery::setSearchText(const QString &text)
{
    m_searchText = text;
    QByteArray needle = foldForSearch(text.simplified());
    if (needle == m_needle)
        return Change::None;
    // Typing one more letter only narrows the set.
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_needle = std::move(needle);
    if (m_needle.isEmpty())
        m_matchedNeedle.clear(); // matches are not maintained without a needle
    return narrowing ? Change::Narrowing : Change::Any;
}

BotQuery::Change BotQuery::setPlatformFilter(std::optional<Platform> platform)
{
    if (platform == m_platformFilter)
        return Change::None;
    const bool narrowing = !m_platformFilter.has_value()
        || (*m_platformFilter == Platform::Unknown && platform && isExtraPlatform(*platform));
    m_platformFilter = platform;
    return narrowing ? Change::Narrowing : Change::Any;
}

BotQuery::Change BotQuery::setStatusFilter(BotTable::StatusFilter filter)
{
    if (filter == m_statusFilter)
        return Change::None;
    using BotTable::StatusFilter;
    const bool narrowing = m_statusFilter == StatusFilter::All
        || (m_statusFilter == StatusFilter::Active && filter == StatusFilter::Stale)
        || (m_statusFilter == StatusFilter::Problems
            && (filter == StatusFilter::Stale || filter == StatusFilter::NoConnection));
    m_statusFilter = filter;
    return narrowing ? Change::Narrowing : Change::Any;
}

bool BotQuery::setStaleThresholdMs(qint64 ms)
{
    if (ms == m_staleThresholdMs)
        return false;
    m_staleThresholdMs = ms;
    m_nextStaleAt = std::numeric_limits<TimestampMs>::min(); // deadlines moved
    return true;
}

bool BotQuery::setNow(TimestampMs now)
{
    const bool backwards = now < m_now;
    m_now = now;
    if (!backwards && now <= m_nextStaleAt)
        return false;
    computeStaleDeadline();
    return true;
}

bool BotQuery::followsClock() const
{
    return m_statusFilter == BotTable::StatusFilter::Stale
        || m_statusFilter == BotTable::StatusFilter::Problems;
}

void BotQuery::noteStaleDeadline(const BotStore::Row &row)
{
    if (row.status != BotStatus::Active || row.lastHeartbeatAt == kNoTimestamp || isStale(row))
        return;
    const TimestampMs deadline =
        row.lastHeartbeatAt > std::numeric_limits<TimestampMs>::max() - m_staleThresholdMs
        ? std::numeric_limits<TimestampMs>::max()
        : row.lastHeartbeatAt + m_staleThresholdMs;
    m_nextStaleAt = std::min(m_nextStaleAt, deadline);
}

void BotQuery::computeStaleDeadline()
{
    m_nextStaleAt = std::numeric_limits<TimestampMs>::max();
    const auto n = m_store.rowCount();
    for (qsizetype r = 0; r < n; ++r)
        noteStaleDeadline(m_store.row(r));
}

bool BotQuery::matches(quint32 account) const
{
    return view(m_store.searchKey(account)).find(view(m_needle)) != std::string_view::npos;
}

void BotQuery::matchAccountsFrom(quint32 firstAccount)
{
    const auto accounts = size_t(m_store.accountCount());
    m_accountMatch.resize(accounts);
    for (auto a = size_t(firstAccount); a < accounts; ++a)
        m_accountMatch[a] = matches(quint32(a));
}

void BotQuery::refreshMatches()
{
    if (m_needle.isEmpty() || m_matchedNeedle == m_needle)
        return;
    // A longer needle can only match accounts the shorter one matched.
    const bool refine = !m_matchedNeedle.isEmpty() && m_needle.contains(m_matchedNeedle)
        && m_accountMatch.size() == size_t(m_store.accountCount());
    if (refine) {
        for (size_t a = 0; a < m_accountMatch.size(); ++a) {
            if (m_accountMatch[a])
                m_accountMatch[a] = matches(quint32(a));
        }
    } else {
        matchAccountsFrom(0);
    }
    m_matchedNeedle = m_needle;
}

void BotQuery::updateMatches(const BotStore::Changes &changes)
{
    if (m_needle.isEmpty())
        return;
    matchAccountsFrom(quint32(m_accountMatch.size()));
    if (!(changes.allFields & BotStore::NameField))
        return;
    for (qsizetype i = 0; i < changes.rows.size(); ++i) {
        if (changes.fields[i] & BotStore::NameField) {
            const quint32 account = m_store.row(changes.rows[i]).account;
            m_accountMatch[account] = matches(account);
        }
    }
}

void BotQuery::clearStoreState()
{
    m_accountMatch = {};
    m_matchedNeedle.clear();
    m_nextStaleAt = std::numeric_limits<TimestampMs>::min();
}

size_t BotQuery::memoryUsage() const noexcept
{
    return m_accountMatch.capacity() + size_t(m_needle.capacity());
}
