#include "PaletteMatcher.h"

#include "models/SearchFolding.h"

namespace {

// Tokens are runs of letters and digits; bytes of multi-byte UTF-8 letters
// (already folded) count as letters.
bool isTokenByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSubsequence(QByteArrayView text, QByteArrayView word)
{
    qsizetype i = 0;
    for (const char c : text) {
        if (i < word.size() && c == word[i])
            ++i;
    }
    return i == word.size();
}

} // namespace

namespace PaletteMatcher {

QList<QByteArray> words(const QString &query)
{
    QList<QByteArray> result;
    const QByteArray folded = foldForSearch(query);
    for (const QByteArray &w : folded.split(' ')) {
        const QByteArray t = w.trimmed();
        if (!t.isEmpty())
            result.append(t);
        if (result.size() == kMaxWords)
            break;
    }
    return result;
}

int wordScore(QByteArrayView text, QByteArrayView word)
{
    if (word.isEmpty())
        return 0;
    int best = NoMatch;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from);
        if (at < 0)
            break;
        const bool tokenStart = at == 0 || !isTokenByte(text[at - 1]);
        const qsizetype end = at + word.size();
        const bool tokenEnd = end == text.size() || !isTokenByte(text[end]);
        int s = SubstringScore;
        if (tokenStart)
            s = tokenEnd ? TokenScore : PrefixScore;
        best = qMax(best, s);
        if (best == TokenScore)
            return best;
        from = at + 1;
    }
    if (best != NoMatch)
        return best;
    return isSubsequence(text, word) ? int(SubsequenceScore) : int(NoMatch);
}

int score(QByteArrayView text, const QList<QByteArray> &words)
{
    int total = 0;
    for (const QByteArray &w : words) {
        const int s = wordScore(text, w);
        if (s == NoMatch)
            return NoMatch;
        total += s;
    }
    return total;
}

QString plainText(const QString &actionText)
{
    QString text;
    text.reserve(actionText.size());
    for (qsizetype i = 0; i < actionText.size(); ++i) {
        const QChar c = actionText.at(i);
        if (c == QLatin1Char('&')) {
            if (i + 1 < actionText.size() && actionText.at(i + 1) == QLatin1Char('&')) {
                text.append(c);
                ++i;
            }
            continue;
        }
        text.append(c);
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

} // namespace PaletteMatcher
