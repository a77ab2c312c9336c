#include "BotRevertPlan.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableTexts.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <map>

namespace {

// One action: its pending entry and the newest answer in its story (an
// answer, then perhaps a settled outcome referring to it).
struct Action
{
    TriageEntry sent;
    TriageEntry answer; // id 0: none
};

PendingAction actionOf(const QString &wire)
{
    if (wire == TriageAction::pause())
        return PendingAction::Pause;
    if (wire == TriageAction::resume())
        return PendingAction::Resume;
    if (wire == TriageAction::reconnect())
        return PendingAction::Reconnect;
    return PendingAction::None;
}

bool succeeded(const Action &a)
{
    // A lost answer the server's state later confirmed counts like an answer.
    return a.answer.id != 0
        && (a.answer.result == TriageEntry::Result::Ok
            || a.answer.result == TriageEntry::Result::Confirmed);
}

BotStatus producedStatus(const Action &a)
{
    const BotStatus answered = botStatusFromWire(a.answer.serverMessage);
    if (answered != BotStatus::Unknown)
        return answered;
    return actionOf(a.sent.action) == PendingAction::Pause ? BotStatus::Paused : BotStatus::Active;
}

PendingAction opposite(PendingAction action)
{
    return action == PendingAction::Pause ? PendingAction::Resume : PendingAction::Pause;
}

} // namespace

BotRevertPlan BotRevertPlan::build(const QList<TriageEntry> &entries, const BotStore &store,
                                   const QString &profile, const QString &revertOrigin)
{
    BotRevertPlan plan;

    // Stories: every entry goes to the action it (transitively) answers.
    QHash<qint64, const TriageEntry *> byId;
    byId.reserve(entries.size());
    for (const TriageEntry &e : entries)
        byId.insert(e.id, &e);
    auto rootOf = [&byId](const TriageEntry &e) {
        const TriageEntry *at = &e;
        for (int depth = 0; at->refId > 0 && depth < 16; ++depth) {
            const TriageEntry *up = byId.value(at->refId);
            if (!up)
                break;
            at = up;
        }
        return at;
    };
    std::map<qint64, Action> actions; // by the pending entry's id: the order sent
    for (const TriageEntry &e : entries) {
        if (e.kind == TriageKind::incident())
            continue;
        const TriageEntry *root = rootOf(e);
        if (root->result != TriageEntry::Result::Pending || root->refId > 0)
            continue; // not an action's story (a marker, a hand-written entry)
        Action &a = actions[root->id];
        a.sent = *root;
        if (e.id != root->id && e.id > a.answer.id)
            a.answer = e;
    }

    // Per bot (and profile), in the order of the first action on it.
    std::map<qint64, QString> order; // first pending id -> group
    QHash<QString, QList<const Action *>> groups;
    for (const auto &[id, action] : actions) {
        if (action.sent.kind == TriageKind::discord()) {
            ++plan.m_discordChanges;
            continue;
        }
        if (action.sent.kind != TriageKind::bot()
            || actionOf(action.sent.action) == PendingAction::None)
            continue;
        const QString group = action.sent.profile + QLatin1Char('\n') + action.sent.accountId
            + QLatin1Char('\n') + action.sent.platform;
        QList<const Action *> &list = groups[group];
        if (list.isEmpty())
            order.emplace(id, group);
        list.append(&action);
    }

    for (const auto &[first, group] : order) {
        const QList<const Action *> &list = groups.value(group);
        const Action &last = *list.last();
        Item item;
        item.accountId = last.sent.accountId;
        item.accountName = last.sent.accountName;
        item.platformWire = last.sent.platform;
        item.platform = platformFromWire(last.sent.platform);
        item.profile = last.sent.profile;
        BotStatusEntry keyed;
        keyed.accountId = item.accountId;
        keyed.platform = item.platform;
        item.key = BotKey::fromEntry(keyed);

        QList<const Action *> toggles;
        for (const Action *a : list) {
            if (actionOf(a->sent.action) != PendingAction::Reconnect)
                toggles.append(a);
        }
        const Action *lastOfAll = toggles.isEmpty() ? list.last() : toggles.last();
        item.done = actionOf(lastOfAll->sent.action);
        item.entryId = lastOfAll->sent.id;
        item.atMs = lastOfAll->sent.atMs;

        auto finish = [&plan, &item](Skip skip) {
            item.skip = skip;
            plan.m_items.append(item);
        };
        if (const auto now = store.latestServerState(item.key)) {
            item.nowStatus = now->status;
            item.nowUpdatedAt = now->updatedAt;
            if (!now->accountName.isEmpty())
                item.accountName = now->accountName;
        }
        if (item.profile != profile) {
            finish(Skip::OtherProfile);
            continue;
        }
        if (toggles.isEmpty()) {
            finish(Skip::NotReversible);
            continue;
        }
        if (toggles.last()->sent.origin == revertOrigin && succeeded(*toggles.last())) {
            finish(Skip::AlreadyReverted);
            continue;
        }
        QList<const Action *> done;
        for (const Action *a : std::as_const(toggles)) {
            if (a->sent.origin != revertOrigin && succeeded(*a))
                done.append(a);
        }
        if (done.isEmpty()) {
            // Nothing the incident did to it stuck, as far as the log knows.
            const Action *tried = toggles.last();
            item.done = actionOf(tried->sent.action);
            if (tried->answer.id != 0
                && (tried->answer.result == TriageEntry::Result::Failed
                    || tried->answer.result == TriageEntry::Result::NotApplied)) {
                item.failure = tried->answer.serverMessage;
                finish(Skip::ActionFailed);
            } else {
                finish(Skip::NoAnswer);
            }
            continue;
        }
        const Action &lastDone = *done.last();
        item.done = actionOf(lastDone.sent.action);
        item.entryId = lastDone.sent.id;
        item.atMs = lastDone.sent.atMs;
        item.producedUpdatedAt = lastDone.answer.serverUpdatedAtMs;
        if (actionOf(done.first()->sent.action) != item.done) {
            finish(Skip::NoNetChange);
            continue;
        }
        if (item.producedUpdatedAt == 0) {
            finish(Skip::NoStateRecorded);
            continue;
        }
        const auto now = store.latestServerState(item.key);
        if (!now) {
            finish(Skip::NotFound);
            continue;
        }
        if (now->pending != PendingAction::None) {
            finish(Skip::InFlight);
            continue;
        }
        if (now->status != producedStatus(lastDone)) {
            finish(Skip::ChangedSince);
            continue;
        }
        if (now->updatedAt != item.producedUpdatedAt) {
            finish(Skip::UpdatedSince);
            continue;
        }
        item.revert = opposite(item.done);
        finish(Skip::None);
    }
    return plan;
}

QList<BotKey> BotRevertPlan::keys(PendingAction action) const
{
    QList<BotKey> keys;
    for (const Item &item : m_items) {
        if (item.revert == action && item.skip == Skip::None)
            keys.append(item.key);
    }
    return keys;
}

int BotRevertPlan::count(PendingAction action) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [action](const Item &item) {
        return item.skip == Skip::None && item.revert == action;
    }));
}

int BotRevertPlan::skippedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Item &item) { return item.skip != Skip::None; }));
}

QString BotRevertPlan::skipText(const Item &item)
{
    switch (item.skip) {
    case Skip::None:
        break;
    case Skip::ChangedSince:
        return tr("Now %1: changed since by someone else or by the bot.")
            .arg(BotTableTexts::statusName(item.nowStatus));
    case Skip::UpdatedSince:
        return tr("Still %1, but changed since (at %2 UTC) by someone else or by the bot.")
            .arg(BotTableTexts::statusName(item.nowStatus),
                 QDateTime::fromMSecsSinceEpoch(item.nowUpdatedAt)
                     .toUTC()
                     .toString(QStringLiteral("HH:mm:ss")));
    case Skip::ActionFailed:
        return item.failure.isEmpty()
            ? tr("The action failed: there is nothing to put back.")
            : tr("The action failed (%1): there is nothing to put back.").arg(item.failure);
    case Skip::NoAnswer:
        return tr("The server never answered the action: its outcome is not known.");
    case Skip::NoStateRecorded:
        return tr("The triage log does not hold the state the action produced.");
    case Skip::NotFound:
        return tr("The bot no longer exists on the server.");
    case Skip::InFlight:
        return tr("Another request for this bot is in flight.");
    case Skip::AlreadyReverted:
        return tr("Already put back by an earlier revert.");
    case Skip::NoNetChange:
        return item.done == PendingAction::Resume
            ? tr("Paused and resumed again during the incident: nothing to put back.")
            : tr("Resumed and paused again during the incident: nothing to put back.");
    case Skip::OtherProfile:
        return tr("On the server profile “%1”: sign in there to revert it.").arg(item.profile);
    case Skip::NotReversible:
        return tr("Only reconnected: there is nothing to put back.");
    }
    return {};
}

QString BotRevertPlan::outcomeText(const Item &item)
{
    if (item.skip != Skip::None)
        return tr("Skipped", "incident revert: a bot left alone");
    return item.revert == PendingAction::Resume ? tr("Resume", "incident revert: what is sent")
                                                : tr("Pause", "incident revert: what is sent");
}

QString BotRevertPlan::summary() const
{
    const int resume = count(PendingAction::Resume);
    const int pause = count(PendingAction::Pause);
    const int skipped = skippedCount();
    QStringList parts;
    if (resume > 0) {
        parts.append(resume == 1 ? tr("resume 1 bot", "incident revert")
                                 : tr("resume %n bots", "incident revert", resume));
    }
    if (pause > 0) {
        parts.append(pause == 1 ? tr("pause 1 bot", "incident revert")
                                : tr("pause %n bots", "incident revert", pause));
    }
    QString text;
    if (parts.isEmpty())
        text = tr("Nothing to put back.", "incident revert");
    else if (parts.size() == 1)
        text = tr("It will %1.", "incident revert: 'resume 3 bots'").arg(parts.first());
    else
        text = tr("It will %1 and %2.", "incident revert: 'resume 3 bots' and 'pause 1 bot'")
                   .arg(parts.at(0), parts.at(1));
    if (skipped > 0) {
        text += QLatin1Char(' ')
            + (skipped == 1 ? tr("1 bot is left alone (see why below).")
                            : tr("%n bots are left alone (see why below).", nullptr, skipped));
    }
    if (m_discordChanges > 0) {
        text += QLatin1Char(' ')
            + (m_discordChanges == 1
                   ? tr("1 Discord change is not reverted: see the incident report.")
                   : tr("%n Discord changes are not reverted: see the incident report.", nullptr,
                        m_discordChanges));
    }
    return text;
}
