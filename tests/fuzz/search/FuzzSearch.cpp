// libFuzzer target for everything that parses what a person types into a
// search box: the bot table's search (foldForSearch, BotStore's search keys,
// BotTableModel's needle, narrowing and renames), the Discord guild search
// (DiscordGuildListModel + DiscordGuildFilterModel) and the command
// palette's matcher (PaletteMatcher: words, scores, mnemonic stripping).
//
// Input: byte 0 picks filters and a sort column; the rest is split on '\n':
// line 0 and line 1 are two queries typed one after the other, every further
// line (up to 40) is an account name, guild name and palette action text.
//
// Invariants checked beyond "no crash, no sanitizer report, no stall":
//  - the bot table shows exactly the rows whose folded name or ID contains
//    the folded query (a brute-force oracle), after a new query, a
//    narrowing query, a sort and a rename;
//  - the guild filter shows exactly the guilds whose folded key contains the
//    folded query;
//  - both models pass QAbstractItemModelTester (fatal on any inconsistency);
//  - palette scores are consistent: a substring is never scored below a
//    substring, a word always matches itself as a whole token, every score
//    is one of the documented values and the total is their sum.
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/SearchFolding.h"
#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/DiscordModelRoles.h"
#include "views/palette/PaletteMatcher.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSet>

#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

constexpr int kMaxNames = 40;

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports it with the input that broke the promise
}

QString accountId(int i)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString guildId(int i)
{
    return QString::number(100000000000000000ULL + quint64(i));
}

QByteArray needleFor(const QString &query)
{
    return foldForSearch(query.simplified());
}

// The bot table shows exactly the rows an exhaustive scan would.
void checkBots(const BotTableModel &model, const QList<QString> &names, const QString &query,
               std::optional<Platform> platform)
{
    const QByteArray needle = needleFor(query);
    int expected = 0;
    for (int i = 0; i < names.size(); ++i) {
        if (platform && Platform(i % kKnownPlatformCount) != *platform)
            continue;
        const QByteArray key = foldForSearch(names.at(i)) + '\n' + accountId(i).toLatin1();
        if (needle.isEmpty() || key.contains(needle))
            ++expected;
    }
    check(model.rowCount() == expected);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const BotStatusEntry e = model.entryForRow(row);
        const int i = int(e.accountId.right(12).toInt());
        check(i >= 0 && i < names.size() && e.accountId == accountId(i));
        check(!seen.contains(e.accountId));
        seen.insert(e.accountId);
        const QByteArray key = foldForSearch(names.at(i)) + '\n' + e.accountId.toLatin1();
        check(needle.isEmpty() || key.contains(needle));
        check(model.rowForKey(model.keyForRow(row)) == row);
    }
    check(model.counts().visible == expected);
}

void checkGuilds(const DiscordGuildFilterModel &filter, const QList<DiscordGuild> &guilds,
                 const QString &query)
{
    const QByteArray needle = foldForSearch(query.trimmed());
    int expected = 0;
    for (const DiscordGuild &g : guilds) {
        const QByteArray key =
            foldForSearch(g.name + QLatin1Char('\n') + g.guildId + QLatin1Char('\n')
                          + g.accountName + QLatin1Char('\n') + g.accountId);
        if (needle.isEmpty() || key.contains(needle))
            ++expected;
    }
    check(filter.rowCount() == expected);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QByteArray key = filter.index(row, 0).data(DiscordSearchKeyRole).toByteArray();
        check(needle.isEmpty() || key.contains(needle));
    }
}

void checkPalette(const QString &actionText, const QString &query)
{
    const QString plain = PaletteMatcher::plainText(actionText);
    check(plain.size() <= actionText.size());
    const QByteArray text = foldForSearch(plain);
    const QList<QByteArray> words = PaletteMatcher::words(query);
    int sum = 0;
    bool allMatch = true;
    for (const QByteArray &w : words) {
        check(!w.isEmpty() && !w.contains(' '));
        const int s = PaletteMatcher::wordScore(text, w);
        check(s == PaletteMatcher::NoMatch || s == PaletteMatcher::SubsequenceScore
              || s == PaletteMatcher::SubstringScore || s == PaletteMatcher::PrefixScore
              || s == PaletteMatcher::TokenScore);
        check((s >= PaletteMatcher::SubstringScore) == text.contains(w));
        check(PaletteMatcher::wordScore(w, w) == PaletteMatcher::TokenScore);
        if (s == PaletteMatcher::NoMatch)
            allMatch = false;
        else
            sum += s;
    }
    const int total = PaletteMatcher::score(text, words);
    check(allMatch ? total == sum : total == PaletteMatcher::NoMatch);
    check(!words.isEmpty() || total == 0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nlumio.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const quint8 flags = data[0];
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                            qsizetype(size - 1));
    QList<QString> lines = input.split(QLatin1Char('\n'));
    const QString queryA = lines.value(0);
    const QString queryB = lines.value(1);
    QList<QString> names = lines.mid(2, kMaxNames);

    // --- palette ---
    for (const QString &name : std::as_const(names)) {
        checkPalette(name, queryA);
        checkPalette(name, queryB);
    }
    checkPalette(queryA, queryB);

    // --- bot table ---
    BotStore store;
    BotTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<BotStatusEntry> page;
    for (int i = 0; i < names.size(); ++i) {
        BotStatusEntry e;
        e.accountId = accountId(i);
        e.accountName = names.at(i);
        e.platform = Platform(i % kKnownPlatformCount);
        e.status = BotStatus(i % 3);
        e.updatedAt = 1000 + i;
        page.append(e);
    }
    store.mergeSnapshot(page);
    store.flush();

    const int platformBits = flags & 7;
    const std::optional<Platform> platform = platformBits < kKnownPlatformCount
        ? std::optional<Platform>(Platform(platformBits))
        : std::nullopt;
    model.setPlatformFilter(platform);
    model.setSearchText(queryA);
    checkBots(model, names, queryA, platform);
    const int column = int((flags >> 3) & 7) - 1; // -1: store order
    if (column < model.columnCount())
        model.sort(column, (flags & 0x40) ? Qt::DescendingOrder : Qt::AscendingOrder);
    model.setSearchText(queryB);
    checkBots(model, names, queryB, platform);
    // Typing on: narrowing filters what is visible.
    model.setSearchText(queryB + queryA);
    checkBots(model, names, queryB + queryA, platform);
    // A rename must move the account in or out of the result.
    if (!names.isEmpty()) {
        BotStatusEntry renamed = page.first();
        renamed.accountName = queryA;
        renamed.updatedAt = 5000;
        store.applyEvents({renamed});
        store.flush();
        names[0] = queryA;
        checkBots(model, names, queryB + queryA, platform);
    }
    model.setSearchText(QString());
    checkBots(model, names, QString(), platform);

    // --- Discord guild search ---
    DiscordGuildListModel guildModel;
    DiscordGuildFilterModel filter;
    filter.setSourceModel(&guildModel);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<DiscordGuild> guilds;
    for (int i = 0; i < names.size(); ++i) {
        DiscordGuild g;
        g.guildId = guildId(i);
        g.name = names.at(i);
        g.accountId = accountId(i % 3);
        g.accountName = names.value(names.size() - 1 - i);
        g.connectedAt = 1000 + i;
        guilds.append(g);
    }
    guildModel.setGuilds(guilds);
    filter.sort((flags >> 3) & 3, (flags & 0x40) ? Qt::DescendingOrder : Qt::AscendingOrder);
    filter.setSearchText(queryA);
    checkGuilds(filter, guilds, queryA);
    filter.setSearchText(queryB);
    checkGuilds(filter, guilds, queryB);
    if (flags & 0x80) {
        filter.setAccountFilter(accountId(1));
        check(filter.rowCount() <= (guilds.size() + 1) / 3);
    }
    filter.setSearchText(QString());
    return 0;
}
