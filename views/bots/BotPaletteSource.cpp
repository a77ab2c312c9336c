#include "BotPaletteSource.h"

#include "models/bots/BotActionRules.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/text/DisplayText.h"
#include "views/palette/PaletteMatcher.h"

#include <algorithm>
#include <vector>

namespace {

constexpr int kPaletteAccounts = 12;

constexpr PendingAction kActions[] = {PendingAction::Pause, PendingAction::Resume,
                                      PendingAction::Reconnect};

QString verbTemplate(PendingAction action)
{
    switch (action) {
    case PendingAction::Pause:
        return BotPaletteSource::tr("Pause %1 bot of %2", "palette: platform, account");
    case PendingAction::Resume:
        return BotPaletteSource::tr("Resume %1 bot of %2", "palette: platform, account");
    case PendingAction::Reconnect:
    case PendingAction::None:
        break;
    }
    return BotPaletteSource::tr("Reconnect %1 bot of %2", "palette: platform, account");
}

QString verbKey(PendingAction action)
{
    switch (action) {
    case PendingAction::Pause:
        return QStringLiteral("pause");
    case PendingAction::Resume:
        return QStringLiteral("resume");
    case PendingAction::Reconnect:
    case PendingAction::None:
        break;
    }
    return QStringLiteral("reconnect");
}

} // namespace

void BotPaletteSource::collect(const BotStore &store, const PaletteQuery &query, bool canEdit,
                               const Targets &targets, QList<PaletteItem> &out)
{
    if (query.words.isEmpty())
        return;
    // Words of the commands themselves (verbs, platforms) are optional for
    // the account filter; the rest must all be in the account's search key.
    QList<QByteArray> vocabulary;
    for (const PendingAction a : kActions)
        vocabulary += PaletteMatcher::words(verbTemplate(a).arg(QString(), QString()));
    vocabulary += PaletteMatcher::words(tr("Show %1", "palette: account").arg(QString()));
    for (int p = 0; p < kKnownPlatformCount; ++p)
        vocabulary += PaletteMatcher::words(BotTableModel::platformName(Platform(p)));
    for (const Platform p : store.extraPlatforms())
        vocabulary += PaletteMatcher::words(BotTableModel::platformName(p));
    QList<QByteArray> accountWords;
    for (const QByteArray &w : query.words) {
        const bool commandWord = std::any_of(vocabulary.cbegin(), vocabulary.cend(),
                                             [&w](const QByteArray &v) { return v.startsWith(w); });
        if (!commandWord)
            accountWords.append(w);
    }
    if (accountWords.isEmpty())
        return;

    // One pass over the accounts (not the rows): keep the best few.
    struct Hit
    {
        int score;
        quint32 account;
    };
    std::vector<Hit> hits;
    const auto accounts = quint32(store.accountCount());
    for (quint32 a = 0; a < accounts; ++a) {
        // The search key holds the folded name and the ID: one scan rejects
        // most accounts; the name alone scores the rest (an ID match is weak).
        // Substrings only, like the table's search: a subsequence over
        // 100,000 names would match noise.
        const QByteArrayView key = store.searchKey(a);
        if (!std::all_of(accountWords.cbegin(), accountWords.cend(),
                         [key](const QByteArray &w) { return key.contains(w); }))
            continue;
        const int s = PaletteMatcher::score(store.foldedName(a), accountWords);
        hits.push_back(
            {s == PaletteMatcher::NoMatch ? int(PaletteMatcher::SubsequenceScore) : s, a});
    }
    const size_t keep = std::min<size_t>(hits.size(), kPaletteAccounts);
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(keep), hits.end(),
                      [](const Hit &x, const Hit &y) {
                          return x.score != y.score ? x.score > y.score : x.account < y.account;
                      });
    hits.resize(keep);

    for (const Hit &hit : hits) {
        const QString id = store.accountId(hit.account); // as received
        // Server text: visible, isolated (the ID for an account without a name).
        const QString name =
            DisplayText::nameOrId(QString::fromUtf8(store.nameUtf8(hit.account)), id);
        bool onServer = false; // a removed account is no longer anyone's to show
        for (const quint32 row : store.rowsOf(hit.account)) {
            if (store.isRemoved(row))
                continue;
            onServer = true;
            if (!canEdit)
                break;
            const BotStatus status = store.row(row).status;
            const Platform p = store.row(row).platform;
            const BotKey key {id, p};
            const QString platform = BotTableModel::platformName(p);
            for (const PendingAction a : kActions) {
                // Offer what the row can do now and the server offers at
                // all; the page checks again on Enter.
                if (!actionFits(a, status) || (targets.offered && !targets.offered(a)))
                    continue;
                out.append(
                    {.text = verbTemplate(a).arg(platform, name),
                     .key = QStringLiteral("bot:%1:%2:%3").arg(verbKey(a), id, QString::number(int(p))),
                     .run = [act = targets.act, a, key] { act(a, key); },
                     .score = 0});
            }
        }
        if (!onServer)
            continue;
        out.append({.text = tr("Show %1", "palette: account").arg(name),
                    .key = QStringLiteral("bot:show:") + id,
                    .run = [show = targets.showAccount, id] { show(id); },
                    .score = 0});
    }
}
