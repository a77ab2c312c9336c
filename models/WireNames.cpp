#include "WireNames.h"

QString titleCasedWireName(QStringView wire)
{
    QString out;
    out.reserve(wire.size());
    bool wordStart = true;
    for (const QChar c : wire) {
        if (c == u'_') {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
            wordStart = true;
            continue;
        }
        out += wordStart ? c.toUpper() : c.toLower();
        wordStart = false;
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out.isEmpty() ? wire.toString() : out;
}
