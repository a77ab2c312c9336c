#include "BotMarks.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"

#include <algorithm>
#include <limits>
#include <utility>

BotMarks::BotMarks(const BotTableModel *model)
    : m_model(model)
{
    Q_ASSERT(model);
}

void BotMarks::setMarked(const BotKey &key, bool marked)
{
    if (!key.isValid())
        return;
    if (marked) {
        if (!m_marks.contains(key)) {
            m_marks.insert(key);
            m_order.append(key);
        }
    } else if (m_marks.remove(key)) {
        m_order.removeOne(key);
    }
}

void BotMarks::toggleRow(int row)
{
    const BotKey key = m_model->keyForRow(row);
    setMarked(key, !m_marks.contains(key));
    m_anchor = key;
}

void BotMarks::markRangeTo(int row)
{
    const int anchor = m_anchor.isValid() ? m_model->rowForKey(m_anchor) : -1;
    const int from = anchor >= 0 ? qMin(anchor, row) : row;
    const int to = anchor >= 0 ? qMax(anchor, row) : row;
    for (int r = from; r <= to; ++r)
        setMarked(m_model->keyForRow(r), true);
    m_anchor = m_model->keyForRow(row);
}

void BotMarks::markAllVisible()
{
    const int rows = m_model->rowCount();
    m_marks.reserve(m_marks.size() + rows);
    for (int row = 0; row < rows; ++row)
        setMarked(m_model->keyForRow(row), true);
}

void BotMarks::clear()
{
    m_marks.clear();
    m_order.clear();
    m_anchor = {};
}

qsizetype BotMarks::hiddenCount() const
{
    qsizetype hidden = 0;
    for (const BotKey &key : m_order) {
        if (m_model->rowForKey(key) < 0)
            ++hidden;
    }
    return hidden;
}

QString BotMarks::countText() const
{
    // Bots marked under another filter still count: the note says how many
    // are out of view, so an action never surprises.
    QString text = tr("%n marked", nullptr, int(count()));
    const qsizetype hidden = hiddenCount();
    if (hidden > 0)
        text += QLatin1Char(' ') + tr("(%n not shown)", nullptr, int(hidden));
    return text;
}

QList<BotStatusEntry> BotMarks::entriesInTableOrder() const
{
    const BotStore *store = m_model->store();
    QList<BotStatusEntry> entries;
    if (!store)
        return entries;
    QList<std::pair<int, qsizetype>> order; // (visible row or INT_MAX, mark index)
    order.reserve(m_order.size());
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const int row = m_model->rowForKey(m_order.at(i));
        order.append({row >= 0 ? row : std::numeric_limits<int>::max(), i});
    }
    std::sort(order.begin(), order.end());
    entries.reserve(order.size());
    for (const auto &[row, index] : std::as_const(order)) {
        const qsizetype storeRow = store->rowForKey(m_order.at(index));
        if (storeRow >= 0)
            entries.append(store->entryAt(storeRow));
    }
    return entries;
}
