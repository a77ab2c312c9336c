#pragma once

#include "api/BotTypes.h"

#include <QtGlobal>

#include <algorithm>

// The numbers behind the bot table's count line: "1,204 of 512,330 bots -
// 1,150 active, 30 paused, 24 without connection (12 stale), 3 other". The model keeps
// them current by adding each row that enters the visible set and removing
// each one that leaves, so a live update costs its changed rows, not a scan.
//
// Rows are tallied by their class: one byte with the status in the low two
// bits (every status this version does not know shares the last value) and
// the stale flag above, so the model can keep one per row and a full
// scan can count classes first and tally each class once.
struct BotCounts final
{
    static constexpr quint8 kStatusMask = 0x03;
    static constexpr quint8 kStale = 0x04;
    static constexpr quint8 kClassMask = kStatusMask | kStale;

    static constexpr quint8 rowClass(BotStatus status, bool stale) noexcept
    {
        return quint8(std::min<int>(int(status), kStatusMask)) | (stale ? kStale : 0);
    }

    qsizetype visible = 0;
    qsizetype total = 0;
    qsizetype active = 0; // includes stale ones
    qsizetype paused = 0;
    qsizetype noConnection = 0;
    qsizetype stale = 0;
    qsizetype other = 0; // statuses this version does not know (a newer server's)

    // Tallies rows of one class (a negative n takes them away again). Only
    // the status tallies move: visible and total are the model's to set.
    // Inline: the narrowing filter tallies every row it keeps.
    void add(quint8 rowClass, qsizetype n = 1) noexcept
    {
        switch (BotStatus(rowClass & kStatusMask)) {
        case BotStatus::Active:
            active += n;
            if (rowClass & kStale)
                stale += n;
            break;
        case BotStatus::Paused:
            paused += n;
            break;
        case BotStatus::NoConnection:
            noConnection += n;
            break;
        case BotStatus::Unknown:
            other += n;
            break;
        }
    }
    void remove(quint8 rowClass) noexcept { add(rowClass, -1); }

    friend bool operator==(const BotCounts &, const BotCounts &) = default;
};
