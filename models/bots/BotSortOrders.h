#pragma once

#include "BotStore.h"

#include <Qt>

#include <array>
#include <vector>

// The orders the bot table can be sorted in, kept between sorts. For each
// sortable value every store row is held in ascending (value, key) order;
// rows whose value changed since are repaired by one merge when the order is
// used again, instead of re-sorting 500,000 rows. Text columns compare
// ranks: accounts ranked by ID (the tie-break of every order) and, only once
// someone sorts by name, by name. A sort then compares two integers per row
// and never touches a string.
class BotSortOrders final
{
    Q_DISABLE_COPY_MOVE(BotSortOrders)

public:
    explicit BotSortOrders(const BotStore &store);

    // A BotTable column, or -1 for store order. False when out of range or
    // unchanged.
    bool setSort(int column, Qt::SortOrder order);
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }

    // Display order of two store rows. Descending reverses the value but
    // keeps ties in ascending key order, so flipping the order of a column
    // does not shuffle equal rows. Valid once prepare() or noteChanges() has
    // ranked every account.
    bool less(quint32 a, quint32 b) const
    {
        const quint64 pa = primary(a, m_key);
        const quint64 pb = primary(b, m_key);
        if (pa != pb)
            return m_order == Qt::AscendingOrder ? pa < pb : pa > pb;
        return secondary(a) < secondary(b);
    }
    // Whether a change of these BotStore::ChangedField bits can move a row
    // in the current order.
    bool moves(quint8 fields) const;

    // Brings the current order up to date with every store row: built the
    // first time, repaired by a merge after changes.
    void prepare();
    // Calls take(storeRow) for every store row in display order; after
    // prepare().
    template<typename Take>
    void walk(Take &&take) const;

    // Per-row state follows the store: grow to rows, reserving capacity.
    void grow(size_t rows, size_t capacity);
    // One store flush: renames drop the name order, rows whose status or
    // heartbeat changed are marked for repair, new accounts are ranked.
    void noteChanges(const BotStore::Changes &changes);
    // The store was emptied.
    void clear();

    // Bytes held by its containers (the owner counts the object itself).
    size_t memoryUsage() const noexcept;

private:
    enum SortKey : quint8 {
        NaturalKey,
        NameKey,
        IdKey,
        PlatformKey,
        StatusKey,
        HeartbeatKey,
        SortKeyCount
    };

    // All store rows in ascending (value, key) order for one sort key.
    struct OrderCache
    {
        std::vector<quint32> order;
        std::vector<quint32> dirtyRows;
        std::vector<quint64> groupStarts; // bit per position: a new value starts
        quint32 builtRowCount = 0;
        bool valid = false;
    };

    static SortKey keyFor(int column);

    // A row sorts by two integers: its value for the key (for text columns,
    // its account's rank)...
    quint64 primary(quint32 storeRow, SortKey key) const
    {
        const BotStore::Row &row = m_store.row(storeRow);
        switch (key) {
        case NaturalKey:
            return storeRow;
        case NameKey:
            return m_accountNameRank[row.account];
        case IdKey:
            return m_accountIdRank[row.account];
        case PlatformKey:
            return quint64(row.platform);
        case StatusKey:
            return quint64(row.status);
        case HeartbeatKey:
            return quint64(row.lastHeartbeatAt) ^ (quint64(1) << 63);
        case SortKeyCount:
            break;
        }
        return 0;
    }
    // ... and the bot's key rank as tie-break, so ties are always broken the
    // same way.
    quint32 secondary(quint32 storeRow) const
    {
        const BotStore::Row &row = m_store.row(storeRow);
        // One byte of platform (newer servers' ones included) under the
        // account's rank: room for 16 million accounts.
        return (m_accountIdRank[row.account] << 8) | quint32(quint8(row.platform));
    }

    void ensureRanks(bool withNames);
    void ensureCache(SortKey key);
    void markGroups(OrderCache &cache, SortKey key);
    void markDirty(SortKey key, quint32 storeRow);
    void dropCache(SortKey key);

    const BotStore &m_store;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    SortKey m_key = NaturalKey;
    std::array<OrderCache, SortKeyCount> m_caches;
    std::vector<quint8> m_dirty; // store row -> bit per SortKey
    std::vector<quint32> m_accountsById; // accounts ascending by ID
    std::vector<quint32> m_accountIdRank;
    std::vector<quint32> m_accountsByName;
    std::vector<quint32> m_accountNameRank;
    quint32 m_rankedAccounts = 0;
    quint32 m_nameRankedAccounts = 0;
    bool m_nameRanksValid = true;
};

template<typename Take>
void BotSortOrders::walk(Take &&take) const
{
    const bool ascending = m_order == Qt::AscendingOrder;
    if (m_key == NaturalKey) {
        const auto n = quint32(m_store.rowCount());
        if (ascending) {
            for (quint32 r = 0; r < n; ++r)
                take(r);
        } else {
            for (quint32 r = n; r-- > 0;)
                take(r);
        }
        return;
    }
    const OrderCache &cache = m_caches[m_key];
    if (ascending) {
        for (quint32 r : cache.order)
            take(r);
        return;
    }
    // Runs of equal value from the end, each run forwards, so ties stay in
    // ascending key order; the group bits spare comparing values.
    size_t end = cache.order.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (!(cache.groupStarts[begin / 64] & (quint64(1) << (begin % 64))))
            --begin;
        for (size_t i = begin; i < end; ++i)
            take(cache.order[i]);
        end = begin;
    }
}
