#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

// Which cells of the bot table one store flush repaints, as the few
// dataChanged ranges a Qt 6.4 view handles cheaply: one per run of adjacent
// changed rows, spanning only the columns that changed in that run; a single
// row's few cells one by one (Qt 6.4 views repaint the whole viewport for any
// larger range, even off screen); one bounding range once the runs are too
// many to announce separately.
class BotDataChangedRanges final
{
public:
    struct Range
    {
        int firstRow = 0;
        int lastRow = 0;
        int firstColumn = 0;
        int lastColumn = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    // Above this many separate runs, one bounding range is cheaper.
    static constexpr size_t kMaxRuns = 256;

    BotDataChangedRanges() = delete;

    // The BotTable columns showing BotStore::ChangedField bits, a bit per
    // column; every column for bits it does not know.
    static quint8 columnsFor(quint8 fields) noexcept;
    // changed: (display row, ChangedField bits) per changed row, in any
    // order; sorted in place.
    static std::vector<Range> plan(std::vector<std::pair<qint32, quint8>> &changed);
};
