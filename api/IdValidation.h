#pragma once

#include <QString>
#include <QStringView>

// Client-side checks of the IDs the API takes, run before anything is sent so
// a typo or a pasted URL never reaches the server (and never ends up in its
// logs). The server validates again; these only fail early and locally.
namespace IdValidation {

// A canonical 8-4-4-4-12 hexadecimal UUID, any case. On success *normalised
// (when given) receives the lowercase form the server and the stores use.
bool isValidUuid(QStringView text, QString *normalised = nullptr);

// The UUID in canonical lowercase, or an empty string when text is not one.
// Shares text's data when it is already lowercase (the common case), so the
// decoders can call it for every row without allocating.
QString normalisedUuid(const QString &text);

// A Discord snowflake: 17 to 20 decimal digits, no leading zero, and the
// value fits in an unsigned 64-bit integer.
bool isValidSnowflake(QStringView text);

} // namespace IdValidation
