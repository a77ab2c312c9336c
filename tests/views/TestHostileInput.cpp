// Hostile input in the two boxes people type into all day: the Bots page's
// search field and the command palette, on the real widgets (offscreen) over
// 50,000 bots. Pastes of 100,000 characters and strings of random Unicode
// (combining marks, right-to-left text and overrides, emoji and ZWJ
// sequences, lone surrogates, NULs, controls, noncharacters) must never
// crash and must be answered within a bound of this thread's CPU time (wall
// time on a shared 2-core CI machine also counts waits for a core), with the
// input capped at the field's documented maximum.

#include "../support/EventLoopWatch.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/SearchFolding.h"
#include "views/ActionRegistry.h"
#include "views/bots/BotTablePage.h"
#include "views/palette/CommandPalette.h"
#include "views/palette/PaletteMatcher.h"
#include "views/palette/RegistryPaletteSource.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

// Generous: the work itself takes a few milliseconds; this catches a stall
// (quadratic matching, layout of an unbounded string), not a slow machine.
constexpr double kBoundMs = 250;
constexpr int kAccounts = 10000;
// The Bots search's cap (BotFilterBar: names and IDs are short). Without
// it QLineEdit keeps 32767 characters, and laying out and folding that much
// mixed Unicode costs about as much as the bound on every keystroke.
constexpr int kSearchCap = 256;

QString accountId(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString accountName(int i)
{
    static const QStringList stems {
        QStringLiteral("Acme"),         QStringLiteral("Ünïcode Café"), QStringLiteral("Straße"),
        QStringLiteral("مرحبا"),        QStringLiteral("שלום"),          QStringLiteral("日本語チャンネル"),
        QStringLiteral("Emoji 😀 Club"), QStringLiteral("Zoë's stream"), QStringLiteral("Øresund"),
    };
    return stems.at(i % stems.size()) + QLatin1Char(' ') + QString::number(i);
}

// Code points of one kind, as UTF-16, from a fixed seed (reproducible).
QString randomText(const QString &kind, int length, quint32 seed)
{
    QRandomGenerator rng(seed);
    QString s;
    s.reserve(length + 2);
    const auto pick = [&rng](char32_t from, char32_t to) {
        return char32_t(from + rng.bounded(quint32(to - from + 1)));
    };
    while (s.size() < length) {
        char32_t c = 0;
        if (kind == QLatin1String("ascii")) {
            c = U'a';
        } else if (kind == QLatin1String("words")) {
            c = s.size() % 2 ? U' ' : U'a'; // "a a a ...": every word matches nearly everything
        } else if (kind == QLatin1String("combining")) {
            c = s.size() % 64 == 0 ? U'e' : pick(0x0300, 0x036F);
        } else if (kind == QLatin1String("rtl")) {
            const quint32 r = rng.bounded(8);
            c = r == 0 ? U'\u202E' : r == 1 ? U'\u200F' : r < 5 ? pick(0x0600, 0x06FF) : pick(0x05D0, 0x05EA);
        } else if (kind == QLatin1String("emoji")) {
            const quint32 r = rng.bounded(4);
            c = r == 0 ? U'\u200D' : r == 1 ? pick(0x1F3FB, 0x1F3FF) : pick(0x1F600, 0x1F64F);
        } else if (kind == QLatin1String("surrogates")) {
            s.append(QChar(char16_t(pick(0xD800, 0xDFFF)))); // lone, either half
            continue;
        } else if (kind == QLatin1String("nul")) {
            c = s.size() % 3 ? U'\0' : U'x';
        } else { // mixed: anything, including controls and noncharacters
            const quint32 r = rng.bounded(10);
            if (r == 0) {
                s.append(QChar(char16_t(pick(0xD800, 0xDFFF))));
                continue;
            }
            c = r == 1 ? pick(0x0000, 0x001F)
                : r == 2 ? pick(0x0300, 0x036F)
                : r == 3 ? pick(0x0590, 0x06FF)
                : r == 4 ? pick(0x1F300, 0x1FAFF)
                : r == 5 ? char32_t(rng.bounded(2) ? 0xFFFF : 0xFEFF)
                : r == 6 ? pick(0x4E00, 0x9FFF)
                : r == 7 ? pick(0x10000, 0x10FFFF)
                         : pick(0x20, 0x7E);
        }
        const char32_t one[] = {c};
        s.append(QString::fromUcs4(one, 1));
    }
    s.truncate(length); // may cut a pair in half: one more lone surrogate
    return s;
}

double cpuMs(qint64 fromNs)
{
    return double(EventLoopWatch::threadCpuNs() - fromNs) / 1e6;
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private:
    BotStore m_store;
    std::unique_ptr<BotTableModel> m_model;
    std::unique_ptr<QWidget> m_window;
    BotTablePage *m_page = nullptr;
    CommandPalette *m_palette = nullptr;
    ActionRegistry m_registry;

    static void addTexts()
    {
        QTest::addColumn<QString>("text");
        for (const char *kind :
             {"ascii", "words", "combining", "rtl", "emoji", "surrogates", "nul", "mixed"}) {
            const QString k = QString::fromLatin1(kind);
            QTest::addRow("%s 100k", kind) << randomText(k, 100000, 9);
            QTest::addRow("%s 300", kind) << randomText(k, 300, 11);
        }
    }

    // Pastes text into a line edit the way a person does (Ctrl+V).
    static void paste(QLineEdit *edit, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        edit->clear();
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QList<BotStatusEntry> page;
        page.reserve(kAccounts * kKnownPlatformCount);
        for (int i = 0; i < kAccounts; ++i) {
            for (int p = 0; p < kKnownPlatformCount; ++p) {
                page.append({.accountId = accountId(i),
                             .accountName = accountName(i),
                             .platform = Platform(p),
                             .status = BotStatus((i + p) % 3),
                             .lastHeartbeatAt = 1000,
                             .updatedAt = 1000});
            }
        }
        m_store.mergeSnapshot(page);
        m_store.flush();
        m_model = std::make_unique<BotTableModel>(&m_store);
        QCOMPARE(m_model->rowCount(), kAccounts * kKnownPlatformCount);

        m_window = std::make_unique<QWidget>();
        m_window->resize(1100, 700);
        m_page = new BotTablePage(m_model.get(), nullptr, nullptr, m_window.get());
        m_page->resize(1100, 700);
        m_page->registerActions(m_registry);
        m_registry.setSignedIn(true);
        m_registry.setCurrentContext(ActionContext::Bots);
        m_palette = new CommandPalette(m_window.get());
        m_palette->addSource(registryPaletteSource(m_registry));
        m_palette->addSource([this](const PaletteQuery &query, QList<PaletteItem> &out) {
            m_page->collectPaletteItems(query, out);
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_model.reset();
    }

    void botSearch_data() { addTexts(); }

    void botSearch()
    {
        QFETCH(QString, text);
        QLineEdit *edit = m_page->searchEdit();
        QVERIFY(edit);
        edit->setFocus();
        const int cap = edit->maxLength();

        const qint64 start = EventLoopWatch::threadCpuNs();
        paste(edit, text);
        QCOMPARE(edit->text(), text.left(cap)); // capped, never dropped or mangled
        QTest::keyClick(edit, Qt::Key_Return); // apply now and jump to the first match
        m_page->repaint();
        const double pasteMs = cpuMs(start);
        QCOMPARE(m_model->searchText(), edit->text());
        QVERIFY2(pasteMs <= kBoundMs, qPrintable(QStringLiteral("paste + search: %1 ms of CPU")
                                                     .arg(pasteMs)));
        QVERIFY(m_model->rowCount() <= kAccounts * kKnownPlatformCount);
        // Every row shown matches: its account name or ID contains the text
        // (the table's own rule, brute force over what is shown).
        const QByteArray needle = foldForSearch(edit->text().simplified());
        for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row) {
            const BotStatusEntry e = m_model->entryForRow(row);
            QVERIFY(QByteArray(foldForSearch(e.accountName) + '\n' + e.accountId.toLatin1())
                        .contains(needle));
        }

        // Typing one more character into the long text, then Backspace.
        qint64 t = EventLoopWatch::threadCpuNs();
        QTest::keyClick(edit, Qt::Key_End);
        QTest::sendKeyEvent(QTest::KeyAction::Click, edit, Qt::Key_unknown, QStringLiteral("é"),
                            Qt::NoModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        m_page->repaint();
        const double typeMs = cpuMs(t);
        QVERIFY2(typeMs <= kBoundMs, qPrintable(QStringLiteral("typing: %1 ms").arg(typeMs)));

        // Esc clears the search and every row is back.
        t = EventLoopWatch::threadCpuNs();
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_COMPARE(m_model->searchText(), QString());
        m_page->repaint();
        const double clearMs = cpuMs(t);
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(m_model->rowCount(), kAccounts * kKnownPlatformCount);
        QVERIFY2(clearMs <= kBoundMs, qPrintable(QStringLiteral("clear: %1 ms").arg(clearMs)));
        qInfo("CPU ms: paste+search %.1f, type %.1f, clear %.1f", pasteMs, typeMs, clearMs);
    }

    void botSearch_typedCharByChar()
    {
        // Typed one key at a time (the palette and search react per key).
        const QString typed = randomText(QStringLiteral("mixed"), 200, 5);
        QLineEdit *edit = m_page->searchEdit();
        edit->setFocus();
        edit->clear();
        double worst = 0;
        for (const QChar c : typed) {
            const qint64 t = EventLoopWatch::threadCpuNs();
            QTest::sendKeyEvent(QTest::KeyAction::Click, edit, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
            worst = std::max(worst, cpuMs(t));
        }
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_model->searchText(), edit->text());
        QVERIFY2(worst <= kBoundMs, qPrintable(QStringLiteral("worst key: %1 ms").arg(worst)));
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_COMPARE(m_model->rowCount(), kAccounts * kKnownPlatformCount);
    }

    void palette_data() { addTexts(); }

    void palette()
    {
        QFETCH(QString, text);
        m_palette->popUp();
        QTRY_VERIFY(m_palette->isVisible());
        QLineEdit *edit = m_palette->lineEdit();
        const int cap = edit->maxLength();

        const qint64 start = EventLoopWatch::threadCpuNs();
        paste(edit, text);
        m_palette->repaint();
        const double pasteMs = cpuMs(start);
        QCOMPARE(edit->text(), text.left(cap));
        QVERIFY2(pasteMs <= kBoundMs,
                 qPrintable(QStringLiteral("paste + rank: %1 ms of CPU").arg(pasteMs)));
        // The list shows what the palette ranked, a bounded number of items.
        QCOMPARE(m_palette->list()->count(), m_palette->items().size());

        const qint64 t = EventLoopWatch::threadCpuNs();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("a"));
        m_palette->repaint();
        const double typeMs = cpuMs(t);
        QVERIFY2(typeMs <= kBoundMs, qPrintable(QStringLiteral("typing: %1 ms").arg(typeMs)));
        qInfo("CPU ms: paste+rank %.1f, type %.1f", pasteMs, typeMs);
        m_palette->close();
        QVERIFY(!m_palette->isVisible());
    }

    void inputCaps()
    {
        // The caps the tests above rely on, and that they are real: a longer
        // paste is cut at the cap, not refused.
        QLineEdit *search = m_page->searchEdit();
        QLineEdit *palette = m_palette->lineEdit();
        QCOMPARE(search->maxLength(), kSearchCap);
        QCOMPARE(palette->maxLength(), CommandPalette::kMaxQueryLength);
        search->setFocus();
        paste(search, QString(kSearchCap + 10, u'x'));
        QCOMPARE(search->text().size(), kSearchCap);
        QTest::keyClick(search, Qt::Key_Escape);
        m_palette->popUp();
        paste(palette, QString(CommandPalette::kMaxQueryLength + 10, u'x'));
        QCOMPARE(palette->text().size(), CommandPalette::kMaxQueryLength);
        m_palette->close();
        // The palette ranks at most kMaxWords words, whatever was typed.
        QString manyWords;
        for (int i = 0; i < 200; ++i)
            manyWords += QStringLiteral("w%1 ").arg(i);
        QCOMPARE(PaletteMatcher::words(manyWords).size(), PaletteMatcher::kMaxWords);
    }
};

QTEST_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
