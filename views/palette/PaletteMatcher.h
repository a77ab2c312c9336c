#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// The command palette's ranking, pure and widget-free so it is unit-tested on
// its own. Text is compared folded (case and accents ignored, see
// foldForSearch). Every query word must match the candidate; each word scores
// by how well it matches: a whole token, a token prefix, a substring, or a
// subsequence (fzf-like, without positions).
namespace PaletteMatcher {

enum Score : int {
    NoMatch = -1,
    SubsequenceScore = 10,
    SubstringScore = 40,
    PrefixScore = 70,
    TokenScore = 100,
};

// A query never has more words than this; the rest are ignored. Every word
// must match every candidate, so a pasted "a a a ..." of thousands of words
// would otherwise cost words x candidates on every keystroke.
inline constexpr int kMaxWords = 16;

// The folded words of a query, split on white space (the first kMaxWords).
QList<QByteArray> words(const QString &query);
// How well one folded word matches folded text; NoMatch when it does not.
int wordScore(QByteArrayView text, QByteArrayView word);
// The sum over words, or NoMatch when a word does not match. No words: 0.
int score(QByteArrayView text, const QList<QByteArray> &words);
// Action text as the palette lists it: without mnemonics ("&Pause" -> "Pause")
// and without a trailing ellipsis.
QString plainText(const QString &actionText);

} // namespace PaletteMatcher
