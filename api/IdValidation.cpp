#include "IdValidation.h"

#include <array>
#include <limits>

namespace {

constexpr std::array<qsizetype, 4> kUuidDashes {8, 13, 18, 23};
constexpr qsizetype kUuidLength = 36;

bool isHexDigit(char16_t c) noexcept
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isDash(qsizetype i) noexcept
{
    return i == kUuidDashes[0] || i == kUuidDashes[1] || i == kUuidDashes[2] || i == kUuidDashes[3];
}

bool isUuidText(QStringView text) noexcept
{
    if (text.size() != kUuidLength)
        return false;
    for (qsizetype i = 0; i < kUuidLength; ++i) {
        const char16_t c = text[i].unicode();
        if (isDash(i) ? c != u'-' : !isHexDigit(c))
            return false;
    }
    return true;
}

} // namespace

namespace IdValidation {

bool isValidUuid(QStringView text) noexcept
{
    return isUuidText(text);
}

bool isValidSnowflake(QStringView text)
{
    // 2^64 - 1 = 18446744073709551615 has 20 digits; 17 digits is the
    // shortest snowflake Discord has issued since 2015.
    if (text.size() < 17 || text.size() > 20 || text.front() == u'0')
        return false;
    quint64 value = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < u'0' || c > u'9')
            return false;
        const quint64 digit = c - u'0';
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return false; // would overflow
        value = value * 10 + digit;
    }
    return true;
}

} // namespace IdValidation
