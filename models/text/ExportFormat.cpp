#include "ExportFormat.h"

namespace {

bool startsFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Characters Markdown or its inline HTML gives a meaning: emphasis, code,
// links and images, autolinks and raw HTML, entities, tables, strike-through,
// headings, and the @user and #123 references of GitHub and GitLab.
bool markdownSpecial(char16_t c)
{
    switch (c) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'(':
    case u')':
    case u'!':
    case u'<':
    case u'>':
    case u'|':
    case u'&':
    case u'~':
    case u'#':
    case u'@':
    case u'{':
    case u'}':
    case u'$':
        return true;
    default:
        return false;
    }
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == u'\v' || c == u'\f';
}

} // namespace

namespace ExportFormat {

QString defused(const QString &cell)
{
    return startsFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString csvField(const QString &cell)
{
    QString field = defused(cell);
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote)
        return field;
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString tsvField(const QString &cell)
{
    QString field = defused(cell);
    for (QChar &c : field) {
        if (c == QLatin1Char('\t') || isLineBreak(c.unicode()))
            c = QLatin1Char(' ');
    }
    return field;
}

QString markdownCell(const QString &cell)
{
    QString out;
    out.reserve(cell.size() + cell.size() / 4 + 8);
    const qsizetype n = cell.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = cell.at(i).unicode();
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < n && cell.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out.append(QLatin1String("<br/>")); // <br> trips some readers (Qt's md4c importer)
        } else if (markdownSpecial(c)) {
            out.append(QLatin1Char('\\'));
            out.append(QChar(c));
        } else if (c == u':' && cell.mid(i + 1, 2) == QLatin1String("//")) {
            out.append(QLatin1String("\\:")); // no bare https:// autolink
        } else if (c == u'.' && i >= 3
                   && cell.mid(i - 3, 3).compare(QLatin1String("www"), Qt::CaseInsensitive) == 0) {
            out.append(QLatin1String("\\.")); // no bare www. autolink
        } else {
            out.append(QChar(c));
        }
    }
    return out.trimmed();
}

QString csv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out.append(QLatin1Char(','));
            out.append(csvField(row.at(i)));
        }
        out.append(QLatin1String("\r\n"));
    }
    return out;
}

QString tsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out.append(QLatin1Char('\t'));
            out.append(tsvField(row.at(i)));
        }
        out.append(QLatin1Char('\n'));
    }
    return out;
}

QString markdownTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QString out;
    auto line = [&out](const QStringList &cells) {
        out.append(QLatin1Char('|'));
        for (const QString &c : cells) {
            out.append(QLatin1Char(' '));
            out.append(markdownCell(c));
            out.append(QLatin1String(" |"));
        }
        out.append(QLatin1Char('\n'));
    };
    line(rows.first());
    out.append(QLatin1Char('|'));
    for (qsizetype i = 0; i < rows.first().size(); ++i)
        out.append(QLatin1String(" --- |"));
    out.append(QLatin1Char('\n'));
    for (qsizetype r = 1; r < rows.size(); ++r)
        line(rows.at(r));
    return out;
}

} // namespace ExportFormat
