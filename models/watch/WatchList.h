#pragma once

#include "models/bots/BotKey.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class BotStore;

// The bots this operator watches. No widgets: it reads the BotStore and says
// when a watched bot's server status changes or its heartbeat goes stale
// (triggered()), flags the row until the operator has seen it, and counts
// the rows that changed while nobody was looking ("changed since you
// looked"). The operator's own pause or resume of a watched row is not news
// and does not trigger.
class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    enum class Reason : quint8 { StatusChanged, HeartbeatStale };
    Q_ENUM(Reason)

    struct Event
    {
        BotKey key;
        QString accountName;
        Reason reason = Reason::StatusChanged;
        BotStatus from = BotStatus::Unknown;
        BotStatus to = BotStatus::Unknown;
    };

    static constexpr int kDefaultCheckIntervalMs = 5000;

    explicit WatchList(BotStore *store, QObject *parent = nullptr);
    ~WatchList() override;

    bool isWatched(const BotKey &key) const { return m_watched.contains(key); }
    // Changed since the operator last saw the row.
    bool isFlagged(const BotKey &key) const { return m_flagged.contains(key); }
    QList<BotKey> watchedKeys() const { return m_watched.keys(); }
    QList<BotKey> flaggedKeys() const { return m_flagged.values(); }
    int watchedCount() const { return int(m_watched.size()); }

    void setWatched(const QList<BotKey> &keys, bool watched);
    // Watches every key unless all are watched already, then unwatches them;
    // returns whether keys are watched now.
    bool toggle(const QList<BotKey> &keys);
    // Forgets every watch (profile switch).
    void clear();

    // The operator's own mutation of key was sent: the change it brings is
    // not news (called before the request goes out).
    void noteOwnAction(const BotKey &key);

    // The operator saw the row: its flag goes.
    void markSeen(const BotKey &key);
    void markAllSeen();

    // While looking (the watched rows' page is current), changes are seen at
    // once for the count; otherwise each changed row counts until looking
    // again.
    void setLooking(bool looking);
    bool isLooking() const { return m_looking; }
    int unseenChangeCount() const { return int(m_unseen.size()); }

    void setStaleThresholdSeconds(int seconds);
    // "Now" for the stale check; injectable for tests.
    void setClock(std::function<qint64()> clock);
    void setCheckInterval(int ms);
    // Compares every watched row with what was last seen now (the store's
    // flushes and a timer call this).
    void check();

Q_SIGNALS:
    void triggered(const WatchList::Event &event);
    // The watched or flagged state of keys changed (repaint those rows).
    void watchStateChanged(const QList<BotKey> &keys);
    void unseenChangeCountChanged(int count);

private:
    struct State
    {
        bool known = false; // the row was seen in the store since watching
        bool ownAction = false; // the operator's own mutation is in flight
        bool stale = false;
        BotStatus serverStatus = BotStatus::Unknown;
    };

    void baseline(const BotKey &key, State &state);
    void fire(const Event &event);

    QPointer<BotStore> m_store;
    QHash<BotKey, State> m_watched;
    QSet<BotKey> m_flagged;
    QSet<BotKey> m_unseen;
    bool m_looking = false;
    qint64 m_staleMs = qint64(120) * 1000;
    std::function<qint64()> m_clock;
    QTimer m_timer;
};

Q_DECLARE_METATYPE(WatchList::Event)
