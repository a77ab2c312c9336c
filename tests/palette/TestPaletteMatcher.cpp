// The palette's ranking without a window: the pure matcher, then the
// palette's merge of sources with recent commands first.

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/session/Permissions.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotTablePage.h"
#include "views/palette/CommandPalette.h"
#include "views/palette/PaletteMatcher.h"

#include <QElapsedTimer>

#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

PaletteSource fixed(const QStringList &texts)
{
    return [texts](const PaletteQuery &, QList<PaletteItem> &out) {
        for (const QString &t : texts)
            out.append({.text = t, .key = t, .run = {}, .score = 0});
    };
}

const QStringList kCommands = {
    QStringLiteral("Pause Bot"),
    QStringLiteral("Pause YouTube bot of acme_live"),
    QStringLiteral("Pause Twitch bot of acmeacme12"),
    QStringLiteral("Resume Twitch bot of acme_live"),
    QStringLiteral("Pause Twitch bot of acme_live"),
    QStringLiteral("Reconnect Twitch bot of acme_live"),
    QStringLiteral("Show acme_live"),
    QStringLiteral("Go to Discord Guilds"),
    QStringLiteral("Settings"),
};

} // namespace

class TestPaletteMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void words_areFoldedAndSplit()
    {
        QCOMPARE(PaletteMatcher::words(QStringLiteral("  Pause ACME  Zoë ")),
                 (QList<QByteArray> {"pause", "acme", "zoe"}));
        QVERIFY(PaletteMatcher::words(QStringLiteral("   ")).isEmpty());
    }

    void wordScore_tokenPrefixSubstringSubsequence()
    {
        const QByteArray text = "pause twitch bot of acme_live";
        QCOMPARE(PaletteMatcher::wordScore(text, "acme"), int(PaletteMatcher::TokenScore));
        QCOMPARE(PaletteMatcher::wordScore(text, "twi"), int(PaletteMatcher::PrefixScore));
        QCOMPARE(PaletteMatcher::wordScore(text, "witch"), int(PaletteMatcher::SubstringScore));
        QCOMPARE(PaletteMatcher::wordScore(text, "ptb"), int(PaletteMatcher::SubsequenceScore));
        QCOMPARE(PaletteMatcher::wordScore(text, "youtube"), int(PaletteMatcher::NoMatch));
        // Every word must match.
        QCOMPARE(PaletteMatcher::score(text, {"pause", "youtube"}), int(PaletteMatcher::NoMatch));
        QVERIFY(PaletteMatcher::score(text, {"pause", "acme", "twitch"}) > 0);
        // A whole token beats a longer name that merely starts with it.
        QVERIFY(PaletteMatcher::score(text, {"acme"})
                > PaletteMatcher::score("pause twitch bot of acmeacme12", {"acme"}));
    }

    void plainText_dropsMnemonicsAndEllipsis()
    {
        QCOMPARE(PaletteMatcher::plainText(QStringLiteral("&Pause Bot")),
                 QStringLiteral("Pause Bot"));
        QCOMPARE(PaletteMatcher::plainText(QStringLiteral("Sign &In or Switch Profile…")),
                 QStringLiteral("Sign In or Switch Profile"));
        QCOMPARE(PaletteMatcher::plainText(QStringLiteral("R&&D")), QStringLiteral("R&D"));
    }

    void rank_pauseAcmeTwitch_firstIsTheTwitchPause()
    {
        CommandPalette palette;
        palette.addSource(fixed(kCommands));
        const QList<PaletteItem> items = palette.rank(QStringLiteral("pause acme twitch"));
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().text, QStringLiteral("Pause Twitch bot of acme_live"));
        for (const PaletteItem &item : items) // all words must match
            QVERIFY(!item.text.contains(QStringLiteral("YouTube")));
        // Abbreviated and out of order works too.
        QCOMPARE(palette.rank(QStringLiteral("twi acme pau")).first().text,
                 QStringLiteral("Pause Twitch bot of acme_live"));
        QCOMPARE(palette.rank(QStringLiteral("discord")).first().text,
                 QStringLiteral("Go to Discord Guilds"));
        QVERIFY(palette.rank(QStringLiteral("pause zzz")).isEmpty());
    }

    void rank_recentCommandsComeFirst_persisted()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        int ran = 0;
        {
            CommandPalette palette;
            palette.setSettings(&settings);
            palette.addSource([&ran](const PaletteQuery &, QList<PaletteItem> &out) {
                for (const QString &t : kCommands)
                    out.append({.text = t, .key = t, .run = [&ran] { ++ran; }, .score = 0});
            });
            QCOMPARE(palette.rank(QStringLiteral("pause acme")).first().text,
                     QStringLiteral("Pause YouTube bot of acme_live"));
            // Run the Twitch one from the keyboard: Down selects, Enter runs.
            palette.popUp();
            QTest::keyClicks(palette.lineEdit(), QStringLiteral("pause acme"));
            while (palette.items().at(palette.list()->currentRow()).text
                   != QStringLiteral("Pause Twitch bot of acme_live"))
                QTest::keyClick(palette.lineEdit(), Qt::Key_Down);
            QTest::keyClick(palette.lineEdit(), Qt::Key_Return);
            QCOMPARE(ran, 1);
            QVERIFY(!palette.isVisible());
        }
        CommandPalette again;
        again.setSettings(&settings);
        again.addSource(fixed(kCommands));
        QCOMPARE(again.recent().first(), QStringLiteral("Pause Twitch bot of acme_live"));
        QCOMPARE(again.rank(QStringLiteral("pause acme")).first().text,
                 QStringLiteral("Pause Twitch bot of acme_live"));
        QCOMPARE(again.rank(QString()).first().text,
                 QStringLiteral("Pause Twitch bot of acme_live"));
        // Esc closes.
        again.popUp();
        QVERIFY(again.isVisible());
        QTest::keyClick(again.lineEdit(), Qt::Key_Escape);
        QVERIFY(!again.isVisible());
    }

    // 100,000 accounts x 5 platforms: the bot source scans accounts, never
    // builds a string per row, and answers a query in well under a frame
    // budget for typing (generous bound for Debug builds on a shared CI).
    void botSource_500kRows_fastAndCapped()
    {
        BotStore store;
        constexpr int kAccounts = 100000;
        QList<BotStatusEntry> page;
        page.reserve(kAccounts * kKnownPlatformCount);
        for (int a = 0; a < kAccounts; ++a) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString name =
                a == 0 ? QStringLiteral("acme_live") : QStringLiteral("streamer_%1").arg(a);
            for (int p = 0; p < kKnownPlatformCount; ++p)
                page.append({id, name, Platform(p), BotStatus::Active, 1000, 1000});
        }
        store.mergeSnapshot(page);
        store.flush();
        QCOMPARE(store.rowCount(), qsizetype(kAccounts) * kKnownPlatformCount);
        BotTableModel model(&store);
        BotTablePage botPage(&model, nullptr);
        botPage.setPermissions(Permissions({Permissions::BotControlEdit}, false));

        CommandPalette palette;
        palette.addSource([&botPage](const PaletteQuery &q, QList<PaletteItem> &out) {
            botPage.collectPaletteItems(q, out);
        });
        QElapsedTimer timer;
        timer.start();
        const QList<PaletteItem> items = palette.rank(QStringLiteral("pause acme"));
        const qint64 ms = timer.elapsed();
        qInfo() << "rank(\"pause acme\") over" << store.rowCount() << "rows:" << ms << "ms";
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().text,
                 QStringLiteral("Pause Twitch bot of %1")
                     .arg(DisplayText::isolated(QStringLiteral("acme_live"))));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        // A word every account has: still capped, not 500,000 items.
        const QList<PaletteItem> many = palette.rank(QStringLiteral("pause streamer"));
        QVERIFY(many.size() <= 50);
        QVERIFY(!many.isEmpty());
    }
};

QTEST_MAIN(TestPaletteMatcher)
#include "TestPaletteMatcher.moc"
