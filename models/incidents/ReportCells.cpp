#include "ReportCells.h"

namespace {

bool isInvisibleFormat(char32_t c)
{
    // ZWNJ and ZWJ (U+200C, U+200D) are part of writing in several scripts:
    // kept. Every other format character hides or reorders text.
    if (c == 0x200C || c == 0x200D)
        return false;
    return QChar::category(c) == QChar::Other_Format;
}

} // namespace

namespace ReportCells {

QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            out.append(QChar(c));
        } else if (c < 0x20) {
            out.append(QChar(char16_t(0x2400 + c)));
        } else if (c == 0x7F) {
            out.append(QChar(char16_t(0x2421)));
        } else if ((c >= 0x80 && c < 0xA0) || isInvisibleFormat(c)) {
            out.append(QStringLiteral("[U+%1]").arg(QString::number(uint(c), 16).toUpper(), 4,
                                                    QLatin1Char('0')));
        } else if (c > 0xFFFF) {
            out.append(QString::fromUcs4(&c, 1));
        } else {
            out.append(QChar(char16_t(c)));
        }
    }
    return out;
}

QString csv(const QString &text)
{
    QString cell = visible(text);
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r') {
            cell.prepend(QLatin1Char('\''));
        }
    }
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r'))) {
        return cell;
    }
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString markdown(const QString &text)
{
    const QString shown = visible(text);
    QString cell;
    cell.reserve(shown.size() + shown.size() / 8);
    static const QString specials = QStringLiteral("\\`*_[]<>|~&@");
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown.at(i);
        if (c == u'\r') {
            if (i + 1 < shown.size() && shown.at(i + 1) == u'\n')
                ++i;
            cell.append(QLatin1String("<br>"));
        } else if (c == u'\n') {
            cell.append(QLatin1String("<br>"));
        } else if (specials.contains(c)) {
            cell.append(QLatin1Char('\\'));
            cell.append(c);
        } else if (c == u':' && shown.mid(i + 1, 2) == QLatin1String("//")) {
            // "https://..." would become a link (GFM autolinks).
            cell.append(QLatin1String("\\:"));
        } else if (c.toLower() == u'w'
                   && shown.mid(i, 4).compare(QLatin1String("www."), Qt::CaseInsensitive) == 0
                   && (i == 0 || !shown.at(i - 1).isLetterOrNumber())) {
            // "www.example.com" autolinks too; an escaped dot breaks it.
            cell.append(shown.mid(i, 3));
            cell.append(QLatin1String("\\."));
            i += 3;
        } else {
            cell.append(c);
        }
    }
    return cell;
}

} // namespace ReportCells
