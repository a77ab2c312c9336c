#include "BotDataChangedRanges.h"

#include "BotRoles.h"
#include "BotStore.h"

#include <algorithm>

quint8 BotDataChangedRanges::columnsFor(quint8 fields) noexcept
{
    using namespace BotTable;
    quint8 bits = 0;
    if (fields & (BotStore::StatusField | BotStore::PendingField))
        bits |= (1u << StatusColumn) | (1u << ActionColumn);
    if (fields & BotStore::HeartbeatField)
        bits |= 1u << LastHeartbeatColumn;
    if (fields & BotStore::NameField)
        bits |= 1u << AccountNameColumn;
    return bits ? bits : quint8((1u << ColumnCount) - 1);
}

std::vector<BotDataChangedRanges::Range>
BotDataChangedRanges::plan(std::vector<std::pair<qint32, quint8>> &changed)
{
    std::vector<Range> ranges;
    if (changed.empty())
        return ranges;
    for (auto &entry : changed)
        entry.second = columnsFor(entry.second);
    std::sort(changed.begin(), changed.end());
    const auto addRun = [&ranges](qint32 first, qint32 last, quint8 columns) {
        // A single row changes a few cells: name them one by one.
        if (first == last && qPopulationCount(columns) <= 3) {
            for (int column = 0; column < BotTable::ColumnCount; ++column) {
                if (columns & (1u << column))
                    ranges.push_back({first, first, column, column});
            }
            return;
        }
        int left = 0;
        while (!(columns & (1u << left)))
            ++left;
        int right = BotTable::ColumnCount - 1;
        while (!(columns & (1u << right)))
            --right;
        ranges.push_back({first, last, left, right});
    };
    size_t runs = 1;
    for (size_t i = 1; i < changed.size(); ++i) {
        if (changed[i].first > changed[i - 1].first + 1)
            ++runs;
    }
    if (runs > kMaxRuns) {
        quint8 columns = 0;
        for (const auto &c : changed)
            columns |= c.second;
        addRun(changed.front().first, changed.back().first, columns);
        return ranges;
    }
    qint32 first = changed.front().first;
    qint32 last = first;
    quint8 columns = changed.front().second;
    for (size_t i = 1; i < changed.size(); ++i) {
        const auto [row, bits] = changed[i];
        if (row <= last + 1) {
            last = row;
            columns |= bits;
            continue;
        }
        addRun(first, last, columns);
        first = last = row;
        columns = bits;
    }
    addRun(first, last, columns);
    return ranges;
}
