#pragma once

#include <QStringView>

// Client-side checks of the IDs the API takes, run before anything is sent so
// a typo or a pasted URL never reaches the server (and never ends up in its
// logs). The server validates again; these only fail early and locally.
namespace IdValidation {

// IDs are opaque: these checks refuse, they never rewrite. An ID is kept,
// shown and sent back byte for byte as the server gave it; a server may treat
// "00FB8673-..." and "00fb8673-..." as two different accounts.

// An 8-4-4-4-12 hexadecimal UUID, in any case.
bool isValidUuid(QStringView text) noexcept;

// A Discord snowflake: 17 to 20 decimal digits, no leading zero, and the
// value fits in an unsigned 64-bit integer.
bool isValidSnowflake(QStringView text);

} // namespace IdValidation
