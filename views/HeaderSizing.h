#pragma once

#include <QHeaderView>

#include <algorithm>

// Default column widths are set in pixels for the data; a translated title can
// be longer (German, larger fonts), so grow any section whose title would be
// cut. Call after the model is set and the default widths are applied.
inline void widenSectionsToFitTitles(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(
            section, std::max(header->sectionSize(section), header->sectionSizeHint(section)));
}
