#pragma once

#include <QString>
#include <QStringView>

// How an enum value this version does not know reads in the interface: its
// wire text, title-cased word by word at underscores ("RUMBLE" -> "Rumble",
// "NO_SIGNAL" -> "No Signal"). The text is the server's; nothing is
// translated, since nothing here knows what it means.
QString titleCasedWireName(QStringView wire);
