#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Folds text for accent- and case-insensitive substring search: NFD decompose,
// drop combining marks, case fold, a few letters that have no decomposition
// (ø, ł, đ, ß...) mapped by hand; the result is UTF-8 so keys are compact and a
// byte substring match equals a character substring match.
QByteArray foldForSearch(QStringView text);
// Also takes string builder expressions (a + b), which do not convert to a view.
inline QByteArray foldForSearch(const QString &text)
{
    return foldForSearch(QStringView(text));
}
