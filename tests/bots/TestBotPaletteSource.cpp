// BotPaletteSource: the palette's bot commands for the accounts a query
// names, what each offers, and what choosing one does.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotPaletteSource.h"
#include "views/palette/PaletteMatcher.h"

#include <QTest>

using namespace BotPartsData;

class TestBotPaletteSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void account_offersWhatEachBotTakesNow_thenShow();
    void readOnly_offersOnlyShow();
    void commandWords_areOptional_butSomeAccountWordIsNeeded();
    void choosing_runsTheTargetsWithTheBotOrAccount();
    void manyMatches_keepTheBestTwelveAccounts();

private:
    QList<PaletteItem> collect(const QString &query, bool canEdit);

    std::unique_ptr<BotStore> m_store;
    QList<std::pair<PendingAction, BotKey>> m_acted;
    QStringList m_shown;
};

void TestBotPaletteSource::init()
{
    m_acted.clear();
    m_shown.clear();
    m_store = std::make_unique<BotStore>();
    QList<BotStatusEntry> rows = {
        entry(0, QStringLiteral("acme_live"), Platform::Twitch, BotStatus::Active),
        entry(0, QStringLiteral("acme_live"), Platform::YouTube, BotStatus::Paused),
        entry(0, QStringLiteral("acme_live"), Platform::Kick, BotStatus::NoConnection),
        entry(1, QStringLiteral("bob"), Platform::Twitch, BotStatus::Active),
    };
    for (int a = 10; a < 30; ++a)
        rows.append(entry(a, QStringLiteral("zed_%1").arg(a), Platform::Trovo, BotStatus::Active));
    fill(*m_store, rows);
}

QList<PaletteItem> TestBotPaletteSource::collect(const QString &query, bool canEdit)
{
    PaletteQuery q;
    q.words = PaletteMatcher::words(query);
    QList<PaletteItem> out;
    BotPaletteSource::collect(*m_store, q, canEdit,
                              {.act =
                                   [this](PendingAction a, const BotKey &k) {
                                       m_acted.append({a, k});
                                   },
                               .showAccount =
                                   [this](const QString &id) {
                                       m_shown.append(id);
                                   }},
                              out);
    return out;
}

void TestBotPaletteSource::account_offersWhatEachBotTakesNow_thenShow()
{
    const QList<PaletteItem> items = collect(QStringLiteral("acme"), true);
    QStringList texts;
    for (const PaletteItem &item : items)
        texts.append(item.text);
    QCOMPARE(texts,
             (QStringList {
                 QStringLiteral("Pause Twitch bot of %1")
                     .arg(DisplayText::isolated(QStringLiteral("acme_live"))),
                 QStringLiteral("Reconnect Twitch bot of %1")
                     .arg(DisplayText::isolated(QStringLiteral("acme_live"))),
                 QStringLiteral("Resume YouTube bot of %1")
                     .arg(DisplayText::isolated(QStringLiteral("acme_live"))),
                 QStringLiteral("Reconnect YouTube bot of %1")
                     .arg(DisplayText::isolated(QStringLiteral("acme_live"))),
                 QStringLiteral("Show %1").arg(DisplayText::isolated(QStringLiteral("acme_live"))),
             }));
    // Stable keys for the palette's recent list.
    QCOMPARE(items.at(0).key,
             QStringLiteral("bot:pause:%1:%2").arg(uuid(0)).arg(int(Platform::Twitch)));
    QCOMPARE(items.at(2).key,
             QStringLiteral("bot:resume:%1:%2").arg(uuid(0)).arg(int(Platform::YouTube)));
    QCOMPARE(items.at(4).key, QStringLiteral("bot:show:") + uuid(0));
}

void TestBotPaletteSource::readOnly_offersOnlyShow()
{
    const QList<PaletteItem> items = collect(QStringLiteral("acme"), false);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).text,
             QStringLiteral("Show %1").arg(DisplayText::isolated(QStringLiteral("acme_live"))));
}

void TestBotPaletteSource::commandWords_areOptional_butSomeAccountWordIsNeeded()
{
    // "pause" and "twitch" are the commands' own words: "acme" picks the account.
    QCOMPARE(collect(QStringLiteral("pause twitch acme"), true).size(), 5);
    QVERIFY(collect(QStringLiteral("pause twitch"), true).isEmpty());
    QVERIFY(collect(QString(), true).isEmpty());
    QVERIFY(collect(QStringLiteral("nobody"), true).isEmpty());
}

void TestBotPaletteSource::choosing_runsTheTargetsWithTheBotOrAccount()
{
    const QList<PaletteItem> items = collect(QStringLiteral("acme"), true);
    items.at(2).run(); // Resume YouTube
    QCOMPARE(m_acted.size(), 1);
    QCOMPARE(m_acted.at(0).first, PendingAction::Resume);
    QCOMPARE(m_acted.at(0).second, key(0, Platform::YouTube));
    items.at(4).run(); // Show
    QCOMPARE(m_shown, QStringList {uuid(0)});
}

void TestBotPaletteSource::manyMatches_keepTheBestTwelveAccounts()
{
    int shows = 0;
    for (const PaletteItem &item : collect(QStringLiteral("zed"), true))
        shows += item.key.startsWith(QLatin1String("bot:show:")) ? 1 : 0;
    QCOMPARE(shows, 12);
}

QTEST_GUILESS_MAIN(TestBotPaletteSource)
#include "TestBotPaletteSource.moc"
