#include "DisplayText.h"

namespace {

enum Flag : unsigned {
    KeepLineBreaks = 1u << 0, // LF stays (CR and CRLF become LF)
    KeepOwnIsolates = 1u << 1, // FSI...PDI pairs stay: the ones isolated() puts around values
    KeepMarks = 1u << 2, // LRM, RLM, ALM stay: QLocale puts them into dates and numbers
};

constexpr bool isMark(char16_t u)
{
    return u == 0x200E || u == 0x200F || u == 0x061C;
}

constexpr char16_t kFsi = 0x2068;
constexpr char16_t kPdi = 0x2069;

// Bidi formatting characters (embeddings, overrides, isolates, marks) and the
// Unicode line and paragraph separators: invisible, and able to reorder or
// break what is around them.
constexpr bool isFormatting(char16_t u)
{
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
}

// Whether the FSI at p is one isolated() wrote: the next isolate character
// after it (FSI, LRI, RLI or PDI) is its PDI. isolated() makes every isolate
// character of the value visible, so its pairs never nest; an FSI or PDI
// that arrived in server text and is not such a pair is shown as a mark.
bool ownIsolateAt(const char16_t *p, const char16_t *end)
{
    for (++p; p < end; ++p) {
        if (*p >= 0x2066 && *p <= 0x2069)
            return *p == kPdi;
    }
    return false;
}

bool ordinary(QStringView text, qsizetype maxChars, unsigned flags)
{
    if (text.size() > maxChars)
        return false;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    bool inOwnIsolate = false;
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u >= 0x20 && u < 0x7F)
            continue; // the common case first
        if (u < 0x20) {
            if (u == u'\n' && (flags & KeepLineBreaks))
                continue;
            return false;
        }
        if (u <= 0x9F) // DEL and the C1 controls
            return false;
        if (QChar::isHighSurrogate(u)) {
            if (p + 1 < end && QChar::isLowSurrogate(p[1])) {
                ++p;
                continue;
            }
            return false;
        }
        if (QChar::isLowSurrogate(u))
            return false;
        if (isFormatting(u)) {
            if (u == kFsi && (flags & KeepOwnIsolates) && !inOwnIsolate && ownIsolateAt(p, end)) {
                inOwnIsolate = true;
                continue;
            }
            if (u == kPdi && inOwnIsolate) {
                inOwnIsolate = false;
                continue;
            }
            if (isMark(u) && (flags & KeepMarks))
                continue;
            return false;
        }
    }
    return true;
}

void appendCodePoint(QString &out, char16_t u)
{
    out.append(QLatin1String("<U+"));
    out.append(QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    out.append(QLatin1Char('>'));
}

QString transform(const QString &text, qsizetype maxChars, unsigned flags)
{
    maxChars = qMax<qsizetype>(1, maxChars);
    if (ordinary(text, maxChars, flags))
        return text; // shared, no allocation
    QString out;
    out.reserve(qMin(text.size(), maxChars) + 16);
    const char16_t *p = QStringView(text).utf16();
    const char16_t *const end = p + text.size();
    qsizetype cut = 0; // the last piece boundary that leaves room for the ellipsis
    bool truncated = false;
    bool inOwnIsolate = false;
    while (p < end) {
        if (out.size() <= maxChars - 1)
            cut = out.size();
        const char16_t u = *p++;
        if (u < 0x20) {
            if (flags & KeepLineBreaks && (u == u'\n' || u == u'\r')) {
                if (u == u'\r' && p < end && *p == u'\n')
                    ++p;
                out.append(QLatin1Char('\n'));
            } else {
                appendCodePoint(out, u);
            }
        } else if (u >= 0x7F && u <= 0x9F) { // DEL and the C1 controls
            appendCodePoint(out, u);
        } else if (QChar::isHighSurrogate(u)) {
            if (p < end && QChar::isLowSurrogate(*p)) {
                out.append(QChar(u));
                out.append(QChar(*p++));
            } else {
                out.append(QChar(QChar::ReplacementCharacter));
            }
        } else if (QChar::isLowSurrogate(u)) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else if (isFormatting(u)) {
            if (u == kFsi && (flags & KeepOwnIsolates) && !inOwnIsolate
                && ownIsolateAt(p - 1, end)) {
                inOwnIsolate = true;
                out.append(QChar(u));
            } else if (u == kPdi && inOwnIsolate) {
                inOwnIsolate = false;
                out.append(QChar(u));
            } else if (isMark(u) && (flags & KeepMarks)) {
                out.append(QChar(u));
            } else if ((u == 0x2028 || u == 0x2029) && (flags & KeepLineBreaks)) {
                out.append(QLatin1Char('\n'));
            } else {
                appendCodePoint(out, u);
            }
        } else {
            out.append(QChar(u));
        }
        if (out.size() > maxChars) {
            truncated = true;
            break;
        }
    }
    if (!truncated)
        return out;
    out.truncate(cut);
    out.append(DisplayText::kEllipsis);
    return out;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

namespace DisplayText {

bool isOrdinary(QStringView text, qsizetype maxChars)
{
    return ordinary(text, maxChars, 0);
}

QString visible(const QString &text, qsizetype maxChars)
{
    return transform(text, maxChars, 0);
}

QString visibleLines(const QString &text, qsizetype maxChars)
{
    return transform(text, maxChars, KeepLineBreaks);
}

QString message(const QString &text, qsizetype maxChars)
{
    return transform(text, maxChars, KeepLineBreaks | KeepOwnIsolates | KeepMarks);
}

QString isolated(const QString &text, qsizetype maxChars)
{
    const QString shown = transform(text, qMax<qsizetype>(1, maxChars - 2), 0);
    QString out;
    out.reserve(shown.size() + 2);
    out.append(kFirstStrongIsolate);
    out.append(shown);
    out.append(kPopDirectionalIsolate);
    return out;
}

QString nameOrId(const QString &name, const QString &id, qsizetype maxChars)
{
    return isolated(isBlank(name) ? id : name, maxChars);
}

QString toolTip(const QString &plainText, qsizetype maxChars)
{
    if (plainText.isEmpty())
        return {};
    const QString shown = message(plainText, maxChars);
    QString html = shown.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    // <p> makes Qt take it as rich text (so the entities show as what they
    // stand for); pre-wrap keeps the spaces as they are.
    return QLatin1String("<p style=\"white-space:pre-wrap\">") + html + QLatin1String("</p>");
}

} // namespace DisplayText
