#include "WatchList.h"

#include "models/bots/BotStore.h"

#include <QDateTime>

WatchList::WatchList(BotStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    Q_ASSERT(store);
    connect(store, &BotStore::changed, this, [this] { check(); });
    connect(store, &BotStore::cleared, this, [this] {
        // The rows come back with the next snapshot; compare from there.
        for (State &s : m_watched)
            s = State();
    });
    m_timer.setInterval(kDefaultCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WatchList::check);
}

WatchList::~WatchList() = default;

void WatchList::setWatched(const QList<BotKey> &keys, bool watched)
{
    QList<BotKey> changed;
    for (const BotKey &key : keys) {
        if (!key.isValid() || isWatched(key) == watched)
            continue;
        if (watched) {
            State &state = m_watched[key];
            baseline(key, state);
        } else {
            m_watched.remove(key);
            m_flagged.remove(key);
            m_unseen.remove(key);
        }
        changed.append(key);
    }
    if (changed.isEmpty())
        return;
    if (m_watched.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
    Q_EMIT watchStateChanged(changed);
    Q_EMIT unseenChangeCountChanged(unseenChangeCount());
}

bool WatchList::toggle(const QList<BotKey> &keys)
{
    bool allWatched = !keys.isEmpty();
    for (const BotKey &key : keys)
        allWatched = allWatched && isWatched(key);
    setWatched(keys, !allWatched);
    return !allWatched;
}

void WatchList::clear()
{
    const QList<BotKey> keys = m_watched.keys();
    m_watched.clear();
    m_flagged.clear();
    m_unseen.clear();
    m_timer.stop();
    if (!keys.isEmpty())
        Q_EMIT watchStateChanged(keys);
    Q_EMIT unseenChangeCountChanged(0);
}

void WatchList::noteOwnAction(const BotKey &key)
{
    const auto it = m_watched.find(key);
    if (it != m_watched.end())
        it->ownAction = true;
}

void WatchList::markSeen(const BotKey &key)
{
    if (m_flagged.remove(key))
        Q_EMIT watchStateChanged({key});
    if (m_unseen.remove(key))
        Q_EMIT unseenChangeCountChanged(unseenChangeCount());
}

void WatchList::markAllSeen()
{
    const QList<BotKey> keys = m_flagged.values();
    m_flagged.clear();
    if (!keys.isEmpty())
        Q_EMIT watchStateChanged(keys);
    if (!m_unseen.isEmpty()) {
        m_unseen.clear();
        Q_EMIT unseenChangeCountChanged(0);
    }
}

void WatchList::setLooking(bool looking)
{
    m_looking = looking;
    if (looking && !m_unseen.isEmpty()) {
        m_unseen.clear();
        Q_EMIT unseenChangeCountChanged(0);
    }
}

void WatchList::setStaleThresholdSeconds(int seconds)
{
    m_staleMs = qint64(qMax(1, seconds)) * 1000;
    check();
}

void WatchList::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void WatchList::setCheckInterval(int ms)
{
    m_timer.setInterval(qMax(10, ms));
}

void WatchList::baseline(const BotKey &key, State &state)
{
    state = State();
    if (!m_store)
        return;
    const qsizetype row = m_store->rowForKey(key);
    if (row < 0)
        return;
    const BotStore::Row &r = m_store->row(row);
    state.known = true;
    state.serverStatus = r.serverStatus;
    state.ownAction = r.pending != PendingAction::None;
    state.stale = r.status == BotStatus::Active
        && (r.lastHeartbeatAt == kNoTimestamp || m_clock() - r.lastHeartbeatAt > m_staleMs);
}

void WatchList::check()
{
    if (!m_store || m_watched.isEmpty())
        return;
    const qint64 now = m_clock();
    QList<Event> events;
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        State &state = it.value();
        const qsizetype row = m_store->rowForKey(it.key());
        if (row < 0)
            continue;
        if (!state.known) {
            baseline(it.key(), state);
            continue;
        }
        const BotStore::Row &r = m_store->row(row);
        if (r.pending != PendingAction::None) {
            // The operator is changing this row: the answer is not news.
            state.ownAction = true;
            continue;
        }
        const bool stale = r.status == BotStatus::Active
            && (r.lastHeartbeatAt == kNoTimestamp || now - r.lastHeartbeatAt > m_staleMs);
        if (state.ownAction) {
            state.ownAction = false;
            state.serverStatus = r.serverStatus;
            state.stale = stale;
            continue;
        }
        if (r.serverStatus != state.serverStatus) {
            events.append({it.key(), m_store->accountName(row), Reason::StatusChanged,
                           state.serverStatus, r.serverStatus});
            state.serverStatus = r.serverStatus;
        } else if (stale && !state.stale) {
            events.append({it.key(), m_store->accountName(row), Reason::HeartbeatStale,
                           r.serverStatus, r.serverStatus});
        }
        state.stale = stale;
    }
    for (const Event &e : std::as_const(events))
        fire(e);
}

void WatchList::fire(const Event &event)
{
    m_flagged.insert(event.key);
    Q_EMIT watchStateChanged({event.key});
    if (!m_looking && !m_unseen.contains(event.key)) {
        m_unseen.insert(event.key);
        Q_EMIT unseenChangeCountChanged(unseenChangeCount());
    }
    Q_EMIT triggered(event);
}
