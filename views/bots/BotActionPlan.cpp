#include "BotActionPlan.h"

#include "models/bots/BotActionRules.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/text/DisplayText.h"

#include <QLocale>
#include <QStringList>

namespace {

QString verb(PendingAction action)
{
    switch (action) {
    case PendingAction::Pause:
        return BotActionPlan::tr("Pause", "confirmation button");
    case PendingAction::Resume:
        return BotActionPlan::tr("Resume", "confirmation button");
    case PendingAction::Reconnect:
    case PendingAction::None:
        break;
    }
    return BotActionPlan::tr("Reconnect", "confirmation button");
}

} // namespace

BotActionPlan::BotActionPlan(const BotStore *store, PendingAction action, const QList<BotKey> &keys)
    : m_action(action)
    , m_requested(keys.size())
{
    if (!store)
        return;
    for (const BotKey &key : keys) {
        const qsizetype storeRow = store->rowForKey(key);
        if (storeRow < 0)
            continue;
        const BotStore::Row &r = store->row(storeRow);
        if (r.pending != PendingAction::None || !actionFits(action, r.status))
            continue;
        m_applicable.append(key);
        ++m_perPlatform[int(key.platform)];
        // Server text in a confirmation: visible and isolated, so it cannot
        // rewrite or reorder the question; no name: the ID.
        m_singleName =
            DisplayText::nameOrId(store->accountName(storeRow), store->accountIdText(storeRow));
    }
}

QString BotActionPlan::question() const
{
    const int n = int(m_applicable.size());
    switch (m_action) {
    case PendingAction::Pause:
        return n == 1 ? tr("Pause the bot of %1?").arg(m_singleName)
                      : tr("Pause %n bots?", nullptr, n);
    case PendingAction::Resume:
        return n == 1 ? tr("Resume the bot of %1?").arg(m_singleName)
                      : tr("Resume %n bots?", nullptr, n);
    case PendingAction::Reconnect:
    case PendingAction::None:
        break;
    }
    return n == 1 ? tr("Reconnect the bot of %1?").arg(m_singleName)
                  : tr("Reconnect %n bots?", nullptr, n);
}

QString BotActionPlan::details() const
{
    QStringList platforms;
    for (const auto &[platform, count] : m_perPlatform) {
        platforms.append(
            tr("%1 on %2")
                .arg(QLocale().toString(count), BotTableModel::platformName(Platform(platform))));
    }
    QString details = platforms.join(QLatin1String(", "));
    const int skippedBots = int(skipped());
    if (skippedBots > 0) {
        details += QLatin1Char('\n')
            + (skippedBots == 1 ? tr("1 selected bot will be skipped: already in that state, "
                                     "without a connection, or with a request in flight.")
                                : tr("%n selected bots will be skipped: already in that state, "
                                     "without a connection, or with a request in flight.",
                                     nullptr, skippedBots));
    }
    return details;
}

QString BotActionPlan::confirmText() const
{
    const int n = int(m_applicable.size());
    return n == 1 ? verb(m_action) : tr("%1 %n Bots", nullptr, n).arg(verb(m_action));
}

QString BotActionPlan::nothingApplicableText() const
{
    return tr("None of the %n selected bots can be changed this way (already in that "
              "state, no connection, or a request in flight).",
              nullptr, int(m_requested));
}
