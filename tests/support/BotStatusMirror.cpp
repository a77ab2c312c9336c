#include "BotStatusMirror.h"

#include <QHashFunctions>

size_t qHash(const BotStatusMirror::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.accountId, quint8(key.platform));
}

bool BotStatusMirror::apply(const BotStatusEntry &entry)
{
    const Key key {entry.accountId, entry.platform};
    if (m_inSnapshot)
        m_seenInSnapshot.insert(key);
    auto it = m_rows.find(key);
    if (it == m_rows.end()) {
        m_rows.insert(key, entry);
        return true;
    }
    if (!isNewer(entry, *it)) {
        ++m_staleDropped;
        return false;
    }
    *it = entry;
    return true;
}

QList<BotStatusEntry> BotStatusMirror::applyAll(const QList<BotStatusEntry> &entries)
{
    QList<BotStatusEntry> changed;
    for (const BotStatusEntry &e : entries) {
        if (apply(e))
            changed.append(e);
    }
    return changed;
}

void BotStatusMirror::beginSnapshot()
{
    m_inSnapshot = true;
    m_seenInSnapshot.clear();
}

QList<BotStatusEntry> BotStatusMirror::applySnapshotPage(const QList<BotStatusEntry> &rows)
{
    return applyAll(rows);
}

QList<BotStatusEntry> BotStatusMirror::endSnapshot(bool complete)
{
    QList<BotStatusEntry> removed;
    // Only a complete snapshot proves absence; a failed one removes nothing.
    if (m_inSnapshot && complete) {
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            if (!m_seenInSnapshot.contains(it.key())) {
                removed.append(*it);
                it = m_rows.erase(it);
            } else {
                ++it;
            }
        }
    }
    m_inSnapshot = false;
    m_seenInSnapshot.clear();
    return removed;
}

const BotStatusEntry *BotStatusMirror::find(const QString &accountId, Platform platform) const
{
    auto it = m_rows.constFind(Key {accountId, platform});
    return it == m_rows.constEnd() ? nullptr : &*it;
}

void BotStatusMirror::clear()
{
    m_rows.clear();
    m_seenInSnapshot.clear();
    m_inSnapshot = false;
    m_staleDropped = 0;
}
