#include "BotSortOrders.h"

#include "BotRoles.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <numeric>
#include <string_view>

namespace {
std::string_view view(QByteArrayView bytes) noexcept
{
    return {bytes.data(), size_t(bytes.size())};
}

// Account IDs in text order ignoring case (an upper-case UUID sorts among
// the others), then by their exact bytes, so two IDs that differ only in
// case still have a fixed order.
bool idLess(const BotStore &store, quint32 a, quint32 b) noexcept
{
    const int folded = view(store.foldedId(a)).compare(view(store.foldedId(b)));
    if (folded != 0)
        return folded < 0;
    return view(store.idUtf8(a)) < view(store.idUtf8(b));
}

// The first eight bytes as a big-endian integer (zero padded): ordered like
// the bytes, so a sort compares strings only where these tie.
quint64 prefix8(QByteArrayView bytes) noexcept
{
    quint64 prefix = 0;
    for (qsizetype i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < bytes.size() ? uchar(bytes[i]) : 0u);
    return prefix;
}

// Accounts [known, count) arrived since `order` (sorted by less) was built:
// sort only those and merge them in, O(n + d log d) instead of a full sort.
// prefix(account) must order like less where it differs (see prefix8).
template<typename Less, typename Prefix>
void mergeNewAccounts(std::vector<quint32> &order, quint32 known, quint32 count, Less less,
                      Prefix prefix)
{
    struct Item
    {
        quint64 prefix;
        quint32 account;
    };
    std::vector<Item> items(count - known);
    for (quint32 a = known; a < count; ++a)
        items[a - known] = {prefix(a), a};
    std::sort(items.begin(), items.end(), [&less](const Item &x, const Item &y) {
        return x.prefix != y.prefix ? x.prefix < y.prefix : less(x.account, y.account);
    });
    std::vector<quint32> fresh(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        fresh[i] = items[i].account;
    std::vector<quint32> merged;
    merged.reserve(count);
    std::merge(order.begin(), order.end(), fresh.begin(), fresh.end(), std::back_inserter(merged),
               less);
    order.swap(merged);
}

struct SortItem
{
    quint64 primary;
    quint32 secondary;
    quint32 row;
    friend bool operator<(const SortItem &a, const SortItem &b) noexcept
    {
        return a.primary != b.primary ? a.primary < b.primary : a.secondary < b.secondary;
    }
};
} // namespace

BotSortOrders::BotSortOrders(const BotStore &store)
    : m_store(store)
{ }

BotSortOrders::SortKey BotSortOrders::keyFor(int column)
{
    using namespace BotTable;
    switch (column) {
    case AccountNameColumn:
        return NameKey;
    case AccountIdColumn:
        return IdKey;
    case PlatformColumn:
        return PlatformKey;
    case StatusColumn:
    case ActionColumn: // the action follows from the status
        return StatusKey;
    case LastHeartbeatColumn:
        return HeartbeatKey;
    default:
        return NaturalKey;
    }
}

bool BotSortOrders::setSort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= BotTable::ColumnCount)
        return false;
    if (column == m_column && order == m_order)
        return false;
    m_column = column;
    m_order = order;
    m_key = keyFor(column);
    return true;
}

bool BotSortOrders::moves(quint8 fields) const
{
    return (m_key == StatusKey && (fields & BotStore::StatusField))
        || (m_key == HeartbeatKey && (fields & BotStore::HeartbeatField))
        || (m_key == NameKey && (fields & BotStore::NameField));
}

void BotSortOrders::prepare()
{
    ensureCache(m_key);
}

void BotSortOrders::grow(size_t rows, size_t capacity)
{
    if (m_dirty.size() >= rows)
        return;
    if (m_dirty.capacity() < rows)
        m_dirty.reserve(std::max(rows, capacity));
    m_dirty.resize(rows, 0);
}

void BotSortOrders::noteChanges(const BotStore::Changes &changes)
{
    if (changes.allFields & BotStore::NameField) {
        m_nameRanksValid = false;
        dropCache(NameKey);
    }
    if (m_key != NaturalKey)
        ensureRanks(m_key == NameKey);
    // The current order is repaired when the next query needs it, not here:
    // a repair is O(n) and would block a frame.
    if (!(changes.allFields & (BotStore::StatusField | BotStore::HeartbeatField)))
        return;
    for (qsizetype i = 0; i < changes.rows.size(); ++i) {
        if (changes.fields[i] & BotStore::StatusField)
            markDirty(StatusKey, changes.rows[i]);
        if (changes.fields[i] & BotStore::HeartbeatField)
            markDirty(HeartbeatKey, changes.rows[i]);
    }
}

void BotSortOrders::clear()
{
    m_caches = {};
    m_dirty = {};
    m_accountsById = {};
    m_accountIdRank = {};
    m_accountsByName = {};
    m_accountNameRank = {};
    m_rankedAccounts = 0;
    m_nameRankedAccounts = 0;
    m_nameRanksValid = true;
}

size_t BotSortOrders::memoryUsage() const noexcept
{
    size_t bytes = m_dirty.capacity() + m_accountsById.capacity() * 4
        + m_accountIdRank.capacity() * 4 + m_accountsByName.capacity() * 4
        + m_accountNameRank.capacity() * 4;
    for (const OrderCache &cache : m_caches)
        bytes += cache.order.capacity() * 4 + cache.dirtyRows.capacity() * 4
            + cache.groupStarts.capacity() * 8;
    return bytes;
}

// Account ranks by UUID (the tie-break of every sort) and, only when sorting
// by name, by name. UUIDs never change, so new accounts are sorted alone and
// merged in; a rename re-sorts the names. Unsorted tables need neither, which
// keeps loading cheap.
void BotSortOrders::ensureRanks(bool withNames)
{
    const auto accounts = quint32(m_store.accountCount());
    const BotStore &store = m_store;
    if (accounts > m_rankedAccounts) {
        mergeNewAccounts(
            m_accountsById, m_rankedAccounts, accounts,
            [&store](quint32 a, quint32 b) { return idLess(store, a, b); },
            [&store](quint32 a) { return prefix8(store.foldedId(a)); });
        m_accountIdRank.resize(accounts);
        for (quint32 i = 0; i < accounts; ++i)
            m_accountIdRank[m_accountsById[i]] = i;
        m_rankedAccounts = accounts;
    }
    if (!withNames || (accounts == m_nameRankedAccounts && m_nameRanksValid))
        return;

    const auto nameLess = [this, &store](quint32 a, quint32 b) {
        const int folded = view(store.foldedName(a)).compare(view(store.foldedName(b)));
        if (folded != 0)
            return folded < 0;
        const int raw = view(store.nameUtf8(a)).compare(view(store.nameUtf8(b)));
        if (raw != 0)
            return raw < 0;
        return m_accountIdRank[a] < m_accountIdRank[b];
    };
    const quint32 known = m_nameRanksValid ? m_nameRankedAccounts : 0;
    if (known == 0 || accounts - known > known) {
        // Sort by the first eight folded bytes as an integer; strings are
        // compared only where those tie.
        struct Item
        {
            quint64 prefix;
            quint32 account;
        };
        std::vector<Item> items(accounts);
        for (quint32 a = 0; a < accounts; ++a)
            items[a] = {prefix8(store.foldedName(a)), a};
        std::sort(items.begin(), items.end(), [&nameLess](const Item &x, const Item &y) {
            return x.prefix != y.prefix ? x.prefix < y.prefix : nameLess(x.account, y.account);
        });
        m_accountsByName.resize(accounts);
        for (quint32 i = 0; i < accounts; ++i)
            m_accountsByName[i] = items[i].account;
    } else {
        mergeNewAccounts(m_accountsByName, known, accounts, nameLess,
                         [&store](quint32 a) { return prefix8(store.foldedName(a)); });
    }
    m_accountNameRank.resize(accounts);
    for (quint32 i = 0; i < accounts; ++i)
        m_accountNameRank[m_accountsByName[i]] = i;
    m_nameRankedAccounts = accounts;
    m_nameRanksValid = true;
}

void BotSortOrders::dropCache(SortKey key)
{
    OrderCache &cache = m_caches[key];
    const auto bit = quint8(1u << key);
    for (quint32 r : cache.dirtyRows)
        m_dirty[r] &= quint8(~bit);
    cache = OrderCache {};
}

void BotSortOrders::markDirty(SortKey key, quint32 storeRow)
{
    OrderCache &cache = m_caches[key];
    if (!cache.valid || storeRow >= cache.builtRowCount)
        return;
    const auto bit = quint8(1u << key);
    if (m_dirty[storeRow] & bit)
        return;
    m_dirty[storeRow] |= bit;
    cache.dirtyRows.push_back(storeRow);
    // The current key is repaired when a query needs it; an unused key that
    // drifted this far is cheaper to drop and re-sort if it is ever used.
    if (key != m_key && cache.dirtyRows.size() > cache.builtRowCount / 4)
        dropCache(key);
}

void BotSortOrders::ensureCache(SortKey key)
{
    if (key == NaturalKey)
        return;
    ensureRanks(key == NameKey);
    OrderCache &cache = m_caches[key];
    const auto n = quint32(m_store.rowCount());
    const auto bit = quint8(1u << key);
    if (cache.valid && cache.dirtyRows.empty() && cache.builtRowCount == n)
        return;

    const auto clearDirty = [&] {
        for (quint32 r : cache.dirtyRows)
            m_dirty[r] &= quint8(~bit);
        cache.dirtyRows.clear();
    };
    const auto item = [&](quint32 r) {
        return SortItem {primary(r, key), secondary(r), r};
    };

    if (!cache.valid && (key == NameKey || key == IdKey)) {
        // Every account's rows share its rank and are ordered by platform:
        // the order is the account order expanded, no sort needed.
        clearDirty();
        const std::vector<quint32> &accounts = key == NameKey ? m_accountsByName : m_accountsById;
        cache.order.clear();
        cache.order.reserve(n);
        for (quint32 account : accounts) {
            for (const quint32 r : m_store.rowsOf(account)) {
                if (r < n)
                    cache.order.push_back(r);
            }
        }
        cache.valid = true;
        cache.builtRowCount = n;
        markGroups(cache, key);
        return;
    }
    if (!cache.valid || cache.dirtyRows.size() > n / 2) {
        clearDirty();
        std::vector<SortItem> items(n);
        for (quint32 r = 0; r < n; ++r)
            items[r] = item(r);
        std::sort(items.begin(), items.end());
        cache.order.resize(n);
        for (quint32 i = 0; i < n; ++i)
            cache.order[i] = items[i].row;
        cache.valid = true;
        cache.builtRowCount = n;
        markGroups(cache, key);
        return;
    }

    // Repair: rows that changed or arrived since the cache was built are
    // sorted alone and merged into the rest, O(n + d log d).
    std::vector<SortItem> fresh;
    fresh.reserve(cache.dirtyRows.size() + (n - cache.builtRowCount));
    for (quint32 r : cache.dirtyRows)
        fresh.push_back(item(r));
    for (quint32 r = cache.builtRowCount; r < n; ++r)
        fresh.push_back(item(r));
    std::sort(fresh.begin(), fresh.end());
    std::vector<quint32> merged;
    merged.reserve(n);
    size_t next = 0;
    for (quint32 r : cache.order) {
        if (m_dirty[r] & bit)
            continue;
        const SortItem current = item(r);
        while (next < fresh.size() && fresh[next] < current)
            merged.push_back(fresh[next++].row);
        merged.push_back(r);
    }
    for (; next < fresh.size(); ++next)
        merged.push_back(fresh[next].row);
    clearDirty();
    cache.order.swap(merged);
    cache.builtRowCount = n;
    markGroups(cache, key);
}

// One bit per position: where a run of equal values starts. A descending walk
// then needs no value comparisons.
void BotSortOrders::markGroups(OrderCache &cache, SortKey key)
{
    const size_t n = cache.order.size();
    cache.groupStarts.assign((n + 63) / 64, 0);
    quint64 previous = 0;
    for (size_t i = 0; i < n; ++i) {
        const quint64 value = primary(cache.order[i], key);
        if (i == 0 || value != previous)
            cache.groupStarts[i / 64] |= quint64(1) << (i % 64);
        previous = value;
    }
}
