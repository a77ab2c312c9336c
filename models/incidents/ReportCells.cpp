#include "ReportCells.h"

#include "models/text/ExportFormat.h"

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
    // The one export escaper (issue 14), after the terminal codes are made visible.
    return ExportFormat::csvField(visible(text));
}

QString markdown(const QString &text)
{
    return ExportFormat::markdownCell(visible(text));
}

} // namespace ReportCells
