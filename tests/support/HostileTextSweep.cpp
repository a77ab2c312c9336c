#include "HostileTextSweep.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextDocument>

namespace HostileTextSweep {

namespace {

// Invisible or reordering: C0 (but LF), DEL, C1, bidi embeddings,
// overrides, LRI/RLI, line/paragraph separators, lone surrogates.
// FSI and PDI are what DisplayText::isolated() puts around values.
bool hasRawControls(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F))
            return true;
        // Marks (LRM, RLM, ALM) are left alone: QLocale puts them in dates
        // and numbers of right-to-left languages, and they reorder nothing
        // beyond their neighbours (server text gets them as marks all the same).
        if ((u >= 0x202A && u <= 0x202E) || u == 0x2066 || u == 0x2067 || u == 0x2028
            || u == 0x2029)
            return true;
        if (QChar::isLowSurrogate(u))
            return true;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        }
    }
    return false;
}

QString shorten(const QString &text)
{
    QString out;
    for (const QChar c : text.left(160)) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F)
            || (c.unicode() >= 0x2028 && c.unicode() <= 0x202E)
            || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return text.size() > 160 ? out + QStringLiteral("…") : out;
}

QString path(const QObject *o)
{
    QStringList parts;
    for (; o; o = o->parent()) {
        parts.prepend(QString::fromLatin1(o->metaObject()->className())
                      + (o->objectName().isEmpty() ? QString() : u'#' + o->objectName()));
        if (parts.size() == 5)
            break;
    }
    return parts.join(QLatin1String(" > "));
}

bool containsAny(const QString &text, const QStringList &probes)
{
    for (const QString &p : probes) {
        if (text.contains(p))
            return true;
    }
    return false;
}

bool hasMarkup(const QString &probe)
{
    return probe.contains(QLatin1Char('<')) || probe.contains(QLatin1Char('&'));
}

struct Sweeper
{
    QStringList probes;
    QStringList markupProbes;
    Options options;
    Result result;

    void add(const QString &where, const QString &what, const QString &text)
    {
        result.findings.append({where, what, shorten(text)});
    }

    void checkToolTip(const QString &where, const QString &tip)
    {
        if (tip.isEmpty())
            return;
        ++result.toolTips;
        // Escaped server text has no raw "<b>Guild</b>" left in it.
        if (containsAny(tip, markupProbes))
            add(where, QStringLiteral("tooltip carries raw markup from the server"), tip);
        // What Qt will show: the text itself for plain, the document's text for rich.
        QString shown = tip;
        if (Qt::mightBeRichText(tip)) {
            QTextDocument doc;
            doc.setHtml(tip);
            shown = doc.toPlainText();
        }
        if (options.checkControls && hasRawControls(shown))
            add(where, QStringLiteral("tooltip shows raw controls or overrides"), shown);
    }

    void checkShownText(const QString &where, const QString &what, const QString &text)
    {
        if (options.checkControls && hasRawControls(text))
            add(where, what, text);
    }

    void checkLabel(QLabel *label)
    {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        ++result.labels;
        if (!containsAny(text, probes))
            return checkShownText(path(label), QStringLiteral("label shows raw controls"), text);
        ++result.labelsWithProbe;
        if (label->textFormat() != Qt::PlainText)
            add(path(label),
                QStringLiteral("label with server text is not Qt::PlainText (format %1)")
                    .arg(int(label->textFormat())),
                text);
        checkShownText(path(label), QStringLiteral("label shows raw controls"), text);
    }

    void checkMessageBox(QMessageBox *box)
    {
        const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (containsAny(text, probes) && box->textFormat() != Qt::PlainText)
            add(path(box), QStringLiteral("message box with server text is not Qt::PlainText"),
                text);
        // Its labels are checked as labels (the informative text has its own).
    }

    void checkView(QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const QString where = path(view);
        const auto checkRows = [&](const QModelIndex &parent, int depth, auto &&self) -> void {
            const int rows = qMin(model->rowCount(parent), options.maxRowsPerView);
            const int columns = model->columnCount(parent);
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    ++result.cells;
                    const QString cell = QStringLiteral("%1 [%2,%3]").arg(where).arg(r).arg(c);
                    checkToolTip(cell, index.data(Qt::ToolTipRole).toString());
                    const QVariant display = index.data(Qt::DisplayRole);
                    if (display.typeId() == QMetaType::QString)
                        checkShownText(cell, QStringLiteral("cell shows raw controls"),
                                       display.toString());
                }
                const QModelIndex first = model->index(r, 0, parent);
                if (depth < 2 && model->hasChildren(first))
                    self(first, depth + 1, self);
            }
        };
        checkRows(view->rootIndex(), 0, checkRows);
    }

    void checkWidget(QWidget *w)
    {
        checkToolTip(path(w), w->toolTip());
        for (QAction *a : w->actions())
            checkToolTip(path(w) + QStringLiteral(" action ") + a->objectName(), a->toolTip());
        if (w->isWindow())
            checkShownText(path(w), QStringLiteral("window title shows raw controls"),
                           w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label);
        if (auto *box = qobject_cast<QMessageBox *>(w))
            checkMessageBox(box);
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            checkView(view);
        if (auto *bar = qobject_cast<QStatusBar *>(w))
            checkShownText(path(w), QStringLiteral("status bar message shows raw controls"),
                           bar->currentMessage());
    }
};

Sweeper makeSweeper(const QStringList &probes, const Options &options)
{
    Sweeper s;
    s.probes = probes;
    for (const QString &p : probes) {
        if (hasMarkup(p))
            s.markupProbes.append(p);
    }
    s.options = options;
    return s;
}

} // namespace

QStringList probesFor(const QStringList &names)
{
    QStringList probes;
    for (const QString &name : names) {
        if (name.trimmed().size() < 4)
            continue;
        // As it is, and as DisplayText shows it (controls as marks).
        QString shown;
        for (const QChar c : name) {
            const char16_t u = c.unicode();
            if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
                     || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F
                     || u == 0x061C || u == 0x2028 || u == 0x2029)
                shown += QStringLiteral("<U+%1>").arg(
                    QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0')));
            else
                shown += c;
        }
        // The first 40 characters, and the first 12: an elided heading may
        // show no more than that.
        for (const QString &p : {name.left(40), shown.left(40), name.left(12), shown.left(12)}) {
            if (p.trimmed().size() >= 4 && !probes.contains(p))
                probes.append(p);
        }
    }
    // And the markup fragments themselves, wherever they appear.
    for (const QString &p : defaultProbes()) {
        if (!probes.contains(p))
            probes.append(p);
    }
    return probes;
}

QStringList defaultProbes()
{
    return {QStringLiteral("<b>Guild</b>"), QStringLiteral("<img src="),
            QStringLiteral("<font color="), QStringLiteral("</b><br>"),
            QStringLiteral("<@everyone>")};
}

Result sweep(const QStringList &probes, const Options &options)
{
    Sweeper s = makeSweeper(probes, options);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets)
        s.checkWidget(w);
    return s.result;
}

Result sweepWidget(QWidget *root, const QStringList &probes, const Options &options)
{
    Sweeper s = makeSweeper(probes, options);
    s.checkWidget(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        s.checkWidget(w);
    return s.result;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(QStringLiteral("%1: %2: \"%3\"").arg(f.where, f.what, f.text));
    return lines.join(QLatin1Char('\n'));
}

} // namespace HostileTextSweep
