#pragma once

#include <QString>
#include <QStringView>

// Server and Discord text (account, guild, channel and role names, server
// messages) as the operator sees it. Untrusted: it may hold markup, control
// characters, bidi overrides, lone surrogates or 10,000 characters.
//
// Every place that shows such text goes through here (the table cells, the
// Discord list, labels, dialogs, notifications, the triage log), together
// with the plain-text widget helpers in views/widgets/UntrustedText.h:
//
//   label:    UntrustedText::setText(label, tr("Pause %1?").arg(DisplayText::isolated(name)))
//   tooltip:  UntrustedText::setToolTip(widget, tr("Account %1").arg(DisplayText::isolated(name)))
//   model:    case Qt::ToolTipRole: return DisplayText::toolTip(text);
//   cell:     case Qt::DisplayRole: return DisplayText::visible(name);  (the view's delegate
//             isolates it while painting)
//
// visible() returns its argument itself (no allocation) for ordinary text, so
// it is cheap enough for data() of a 500,000-row model (only visible cells
// are asked for).
namespace DisplayText {

// Caps, in UTF-16 code units of the result.
inline constexpr qsizetype kCellChars = 512; // a cell: the view elides it to its width
inline constexpr qsizetype kNameChars = 100; // a name inside a sentence (Discord's own limit)
inline constexpr qsizetype kMessageChars = 1000; // a message in a label, banner or dialog
inline constexpr qsizetype kToolTipChars = 400; // a whole tooltip

inline constexpr QChar kFirstStrongIsolate = QChar(0x2068);
inline constexpr QChar kPopDirectionalIsolate = QChar(0x2069);
inline constexpr QChar kEllipsis = QChar(0x2026);

// Whether visible(text, maxChars) would return text unchanged.
bool isOrdinary(QStringView text, qsizetype maxChars = kCellChars);

// text with nothing invisible or reordering left in it: controls (C0, DEL,
// C1), bidi embeddings, overrides, isolates and marks and the line and
// paragraph separators as their code point in angle brackets
// ("nul<U+0000>byte", "stream<U+202E>gnp.exe"; the Unicode control pictures
// would be clearer, but the fonts of a stock Linux desktop have no glyphs for
// them, and a box tells the operator nothing), lone surrogates as U+FFFD;
// cut to maxChars with an ellipsis (never inside a surrogate pair or a mark).
QString visible(const QString &text, qsizetype maxChars = kCellChars);

// As visible(), but line breaks (LF, CRLF, CR) stay, as LF: a server message
// that has several lines.
QString visibleLines(const QString &text, qsizetype maxChars = kMessageChars);

// A finished sentence for a label, banner, dialog or notification (a
// translation with values inserted, or a server message as it came): line
// breaks stay, the FSI/PDI pairs isolated() put around values stay (an FSI
// whose next isolate character is its PDI; a lone FSI or PDI, or one around
// another isolate, came with server text and is shown as a mark), and so
// do the LRM/RLM/ALM marks QLocale writes into right-to-left dates and
// numbers (a mark moves nothing but its neighbours); every other control,
// override or isolate is made visible as in visible(); cut at maxChars. UntrustedText::setText() and MessageBanner apply it, so a server
// message shown there needs no more than that.
QString message(const QString &text, qsizetype maxChars = kMessageChars);

// visible(text) between FSI and PDI: laid out in its own direction (its
// first strong character decides) without moving the text around it. For a
// value inside a sentence, so "../../etc/passwd" and "%s%s%n" read the same in
// the Arabic interface as in the English one.
QString isolated(const QString &text, qsizetype maxChars = kNameChars);

// A name to show, or the ID when the name is empty (accounts and guilds may
// have no name): isolated either way.
QString nameOrId(const QString &name, const QString &id, qsizetype maxChars = kNameChars);

// A finished plain text (translations with values already inserted) as a
// tooltip Qt cannot misread: Qt shows a tooltip as rich text whenever it
// "might be" rich, so the text is HTML-escaped and wrapped in <qt>, with
// line breaks kept, controls and overrides visible, and at most maxChars
// characters (an ellipsis marks the cut). Empty stays empty (no tooltip).
QString toolTip(const QString &plainText, qsizetype maxChars = kToolTipChars);

} // namespace DisplayText
