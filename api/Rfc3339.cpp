#include "Rfc3339.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 when any is not a digit.
int digits(QStringView s, qsizetype pos, int count) noexcept
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isLeapYear(int y) noexcept
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) noexcept
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil), exact for every year 0000-9999.
qint64 daysFromCivil(int y, int m, int d) noexcept
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

namespace Rfc3339 {

std::optional<TimestampMs> parse(QStringView s) noexcept
{
    // The shortest valid form is "2026-11-21T10:00:00Z" (20 characters).
    if (s.size() < 20 || s.size() > 64)
        return std::nullopt;
    if (s[4] != u'-' || s[7] != u'-' || s[13] != u':' || s[16] != u':')
        return std::nullopt;
    const char16_t t = s[10].unicode();
    if (t != u'T' && t != u't' && t != u' ')
        return std::nullopt;

    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    if (day > daysInMonth(year, month))
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (s[pos] == u'.') {
        ++pos;
        const qsizetype fractionStart = pos;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (pos - fractionStart < 3)
                millis = millis * 10 + (s[pos].unicode() - u'0');
            ++pos;
        }
        const qsizetype fractionDigits = pos - fractionStart;
        if (fractionDigits == 0)
            return std::nullopt;
        for (qsizetype i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }

    if (pos >= s.size())
        return std::nullopt; // RFC 3339 requires an offset
    int offsetMinutes = 0;
    const char16_t zone = s[pos].unicode();
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        if (s.size() - pos != 6 || s[pos + 3] != u':')
            return std::nullopt;
        const int offsetHours = digits(s, pos + 1, 2);
        const int offsetMins = digits(s, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59)
            return std::nullopt;
        offsetMinutes = (offsetHours * 60 + offsetMins) * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;

    const qint64 days = daysFromCivil(year, month, day);
    const qint64 seconds = days * 86400 + qint64(hour) * 3600 + qint64(minute) * 60 + second
        - qint64(offsetMinutes) * 60;
    return seconds * 1000 + millis;
}

QString format(TimestampMs timestamp)
{
    if (timestamp == kNoTimestamp)
        return {};
    // Not on a hot path (requests and logs), so QDateTime is fine here.
    // Qt::ISODateWithMs writes UTC as "Z" only for Qt::UTC date-times.
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(timestamp, QTimeZone::utc());
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

} // namespace Rfc3339
