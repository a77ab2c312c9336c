#include "BotTableView.h"

#include "ActionDelegate.h"
#include "BotItemDelegate.h"
#include "StatusBadgeDelegate.h"

#include "models/bots/BotTableModel.h"
#include "models/text/ExportFormat.h"
#include "views/HeaderState.h"
#include "views/ScrollAnchor.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>
#include <climits>

namespace {

QString isoTime(qint64 ms)
{
    if (ms == kNoTimestamp)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

BotTableView::BotTableView(BotTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    Q_ASSERT(model);
    setObjectName(QStringLiteral("botTable"));
    setModel(m_model);
    m_itemDelegate = new BotItemDelegate(this);
    setItemDelegate(m_itemDelegate);
    m_badgeDelegate = new StatusBadgeDelegate(this);
    setItemDelegateForColumn(BotTable::StatusColumn, m_badgeDelegate);
    m_actionDelegate = new ActionDelegate(this);
    setItemDelegateForColumn(BotTable::ActionColumn, m_actionDelegate);
    connect(m_actionDelegate, &ActionDelegate::buttonClicked, this,
            &BotTableView::actionButtonPressed);

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setMouseTracking(true); // hover state for the drawn buttons
    viewport()->setAttribute(Qt::WA_Hover, true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView *vertical = verticalHeader();
    vertical->setVisible(false);
    // Uniform rows: a fixed section size keeps 500,000 rows O(1) to lay out.
    vertical->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setTextElideMode(Qt::ElideRight);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BotTable::AccountNameColumn, QHeaderView::Stretch);
    // Store order is the server's (by name); show that as the starting sort
    // so the header tells the truth, then let clicks call the model's sort.
    header->setSortIndicator(BotTable::AccountNameColumn, Qt::AscendingOrder);
    setSortingEnabled(true);

    new ScrollAnchor(this);
    fitToFont();
}

void BotTableView::setMarkedCheck(std::function<bool(const QModelIndex &)> check)
{
    m_itemDelegate->setMarkedCheck(std::move(check));
}

void BotTableView::fitToFont()
{
    const QFontMetrics fm = fontMetrics();
    const int rowHeight = qMax(fm.height() + fm.height() / 2 + 6, 24);
    verticalHeader()->setDefaultSectionSize(rowHeight);
    verticalHeader()->setMinimumSectionSize(rowHeight);
    if (m_columnsFitted)
        return;
    QHeaderView *header = horizontalHeader();
    const int pad = fm.averageCharWidth() * 3;
    QStyleOptionViewItem option;
    option.initFrom(this);
    option.fontMetrics = fm;
    option.rect = QRect(0, 0, 400, rowHeight);
    header->resizeSection(
        BotTable::AccountIdColumn,
        fm.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + pad);
    int platformWidth = 0;
    for (int p = 0; p < kKnownPlatformCount; ++p)
        platformWidth =
            qMax(platformWidth, fm.horizontalAdvance(BotTableModel::platformName(Platform(p))));
    header->resizeSection(BotTable::PlatformColumn, platformWidth + fm.height() + pad * 2);
    header->resizeSection(BotTable::StatusColumn,
                          qMax(m_badgeDelegate->sizeHint(option, {}).width(),
                               fm.horizontalAdvance(tr("Status")) + pad));
    header->resizeSection(BotTable::LastHeartbeatColumn,
                          qMax(fm.horizontalAdvance(tr("Last Heartbeat")),
                               fm.horizontalAdvance(QStringLiteral("59 min ago")))
                              + pad * 2);
    header->resizeSection(BotTable::ActionColumn,
                          qMax(m_actionDelegate->sizeHint(option, {}).width(),
                               fm.horizontalAdvance(tr("Action")) + pad));
    m_columnsFitted = true;
}

bool BotTableView::restoreHeaderState(const QByteArray &state)
{
    if (!HeaderState::isPlausible(state) || !horizontalHeader()->restoreState(state))
        return false;
    m_columnsFitted = true;
    return true;
}

void BotTableView::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const int column = current.isValid() ? current.column() : int(BotTable::AccountNameColumn);
    const QModelIndex next = m_model->index(row, column);
    setFocus(Qt::ShortcutFocusReason);
    selectionModel()->setCurrentIndex(
        next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(next);
}

void BotTableView::moveToEdge(bool last)
{
    moveCurrent(last ? INT_MAX / 2 : -(INT_MAX / 2));
}

void BotTableView::goToRow(int row)
{
    const QModelIndex index = m_model->index(row, BotTable::AccountNameColumn);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void BotTableView::sortByColumnKey(int column)
{
    QHeaderView *header = horizontalHeader();
    Qt::SortOrder order = Qt::AscendingOrder;
    if (header->sortIndicatorSection() == column && header->isSortIndicatorShown())
        order = header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                   : Qt::AscendingOrder;
    sortByColumn(column, order);
    if (currentIndex().isValid())
        scrollTo(currentIndex());
}

QList<int> BotTableView::selectedRows() const
{
    QList<int> rows;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    return rows;
}

QList<QStringList> BotTableView::selectionAsRows() const
{
    const QList<int> rows = selectedRows();
    QList<BotStatusEntry> entries;
    entries.reserve(rows.size());
    for (const int row : rows)
        entries.append(m_model->entryForRow(row));
    return entriesAsRows(entries);
}

QList<QStringList> BotTableView::entriesAsRows(const QList<BotStatusEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    QList<QStringList> out;
    out.reserve(entries.size() + 1);
    out.append({tr("Account"), tr("Account ID"), tr("Platform"), tr("Status"),
                tr("Last Heartbeat (UTC)")});
    for (const BotStatusEntry &e : entries) {
        // Raw values, as the server has them; ExportFormat keeps them text.
        out.append({e.accountName, e.accountId, QString(platformToWire(e.platform)),
                    QString(botStatusToWire(e.status)), isoTime(e.lastHeartbeatAt)});
    }
    return out;
}

QString BotTableView::selectionAsTsv() const
{
    return ExportFormat::tsv(selectionAsRows());
}

QString BotTableView::selectionAsMarkdown() const
{
    return ExportFormat::markdownTable(selectionAsRows());
}

std::pair<int, int> BotTableView::rowsOnScreen() const
{
    const int first = rowAt(0);
    if (first < 0)
        return {-1, -1};
    const int last = rowAt(viewport()->height() - 1);
    // -1: the rows end above the viewport's bottom.
    return {first, last >= 0 ? last : m_model->rowCount() - 1};
}

void BotTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_columnsFitted = false;
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitToFont();
}

void BotTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Home || event->key() == Qt::Key_End)
        && event->modifiers() == Qt::NoModifier) {
        // Home/End move the current row (k9s, htop); Left/Right reach the
        // action cell.
        moveToEdge(event->key() == Qt::Key_End);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().column() == BotTable::ActionColumn) {
        // Enter on the action cell presses its button, like Space. Not
        // through activated(): some styles activate on a single click.
        Q_EMIT actionButtonPressed(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}
