#pragma once

#include <QString>

// Cells of the incident report's exports. Names and messages come from the
// server and from other operators: they are data, never formulas, markup or
// terminal codes. Escaping is ExportFormat's (the one escaper of every
// export); this adds visible control characters.
namespace ReportCells {

// One RFC 4180 CSV field. A cell starting with = + - @ tab or CR gets a
// leading ' so spreadsheets never run it as a formula; control characters
// become visible symbols; quoted when it holds a comma, quote, CR or LF.
QString csv(const QString &text);

// One GFM table cell (ExportFormat::markdownCell): a name never becomes a
// link, an image, a mention or HTML; control characters become visible
// symbols; line breaks become <br/>.
QString markdown(const QString &text);

// Control characters (except tab, CR and LF) as visible symbols: C0 and DEL
// as their Control Pictures (U+2400...), C1 and invisible formatting
// (bidirectional overrides and isolates, zero-width spaces) as [U+XXXX].
QString visible(const QString &text);

} // namespace ReportCells
