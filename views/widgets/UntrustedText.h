#pragma once

#include "models/text/DisplayText.h"

#include <QString>

class QLabel;
class QMessageBox;
class QWidget;

// The one way to put text that may carry server or Discord data (names,
// server messages, close reasons, certificate fields) into a widget. Qt
// renders a QLabel, QMessageBox or tooltip as HTML whenever the text "might
// be" rich (Qt::AutoText), and HTML there reaches <img src=...> (local files,
// UNC paths), data: images and markup that rewrites what a confirmation says.
// These helpers make such text plain, always:
//
//   QLabel *l = UntrustedText::label(this);                // a plain-text label
//   UntrustedText::setText(l, tr("Pause %1?").arg(DisplayText::isolated(name)));
//   UntrustedText::setToolTip(widgetOrAction, tr("Account %1").arg(id));
//   UntrustedText::makePlain(box);                         // after filling a QMessageBox
//
// Values go in through DisplayText (visible controls, isolated direction,
// bounded length); these functions take the finished sentence.
namespace UntrustedText {

// A label that shows its text as plain text, whatever it looks like.
QLabel *label(QWidget *parent, const QString &text = {});
// Makes label plain text and sets DisplayText::message(text) on it
// (controls visible, bounded; line breaks and isolated values kept).
void setText(QLabel *label, const QString &text);

// A one-line label (a heading with a name) that elides its text to its
// width instead of growing the window for a 10,000-character name; its
// tooltip then shows the text as a whole (bounded). Text set through
// setText() afterwards is elided too.
void setElided(QLabel *label);
// The whole text of an eliding label (what setText() was given, made
// visible), or label->text() for any other label.
QString fullText(const QLabel *label);

// A tooltip Qt cannot misread (DisplayText::toolTip). Works on anything with
// setToolTip(QString): widgets, actions, list and tree widget items.
template<typename T>
void setToolTip(T *target, const QString &plainText)
{
    target->setToolTip(DisplayText::toolTip(plainText));
}

// Every text of box (the text, the informative text, any label a style
// adds) as plain text, through DisplayText::message(). Call after setting
// the texts and before showing it.
void makePlain(QMessageBox *box);

} // namespace UntrustedText
