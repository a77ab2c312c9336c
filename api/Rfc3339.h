#pragma once

#include "BotTypes.h"

#include <QString>
#include <QStringView>

#include <optional>

// RFC 3339 date-times (the schema's DateTime scalar) to and from TimestampMs.
// The parser is hand-written because it runs for every row of every page:
// QDateTime::fromString(Qt::ISODateWithMs) costs an order of magnitude more
// and accepts forms RFC 3339 does not (missing seconds, missing offset).
namespace Rfc3339 {

// Parses "YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)"; 'T'/'t'/' ' and
// 'Z'/'z' are accepted as RFC 3339 allows. Fractions are truncated to
// milliseconds. A leap second (:60) is accepted and counts as the next
// second. Returns nullopt for anything else, including impossible dates
// such as 2026-02-30.
std::optional<TimestampMs> parse(QStringView s) noexcept;

// Formats as "YYYY-MM-DDTHH:MM:SS.mmmZ" (UTC); empty for kNoTimestamp.
QString format(TimestampMs timestamp);

} // namespace Rfc3339
