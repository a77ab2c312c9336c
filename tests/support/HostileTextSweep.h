#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// Walks every widget the application has (QApplication::allWidgets()) and
// reports server text shown in a way Qt could interpret or that hides or
// reorders what it says (issue 14, issue 13):
//
// - a QLabel or QMessageBox whose text carries a probe (a fragment of a
//   hostile name) must be Qt::PlainText (AutoText and RichText fail, even
//   when the text happens to be read as plain today);
// - a tooltip (of a widget, an action, or an item of any item view's model,
//   first rows) must never carry raw markup from a probe: Qt renders a
//   tooltip as HTML when it "might be" rich text, so server text in it is
//   escaped (DisplayText::toolTip);
// - labels, item texts, status bar messages and window titles must not carry
//   invisible controls or bidi overrides raw (they are shown as marks, see
//   DisplayText::visible); the FSI/PDI pairs DisplayText::isolated() adds
//   and the LRM/RLM marks QLocale puts into right-to-left dates are allowed.
//
// Probes come from the skew sandbox (POST /control/skew-info, awkwardNames),
// or defaultProbes() for suites against other data. Any GUI test can call
// sweep() at a step or at teardown (AppShell::untrustedTextFindings()).
namespace HostileTextSweep {

struct Finding
{
    QString where; // class, object name and path of the widget, or the view and cell
    QString what; // what is wrong
    QString text; // the offending text (shortened, controls escaped)
};

struct Options
{
    int maxRowsPerView = 300; // model rows read per item view (and children of each)
    bool checkControls = true; // raw controls and overrides in shown text
};

// Fragments worth looking for in shown text, from hostile names: each name
// as it is and as DisplayText shows it (its first 40 and first 12
// characters, so an elided heading still matches), names shorter than four
// characters left out (they would match ordinary words); and
// defaultProbes().
QStringList probesFor(const QStringList &names);
// Markup fragments only, for suites without the skew sandbox's names.
QStringList defaultProbes();

struct Result
{
    QList<Finding> findings;
    int labels = 0; // QLabels looked at (any text)
    int labelsWithProbe = 0; // QLabels whose text carried a probe
    int toolTips = 0; // tooltips looked at
    int cells = 0; // model cells looked at
};

Result sweep(const QStringList &probes, const Options &options = {});
// Only below root (a dialog, a page).
Result sweepWidget(QWidget *root, const QStringList &probes, const Options &options = {});

// One line per finding, for QVERIFY2.
QString describe(const QList<Finding> &findings);

} // namespace HostileTextSweep
