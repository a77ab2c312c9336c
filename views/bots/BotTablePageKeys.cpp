// The Bots page's keyboard triage (issue 7): row movement, marks, platform
// keys, sorting keys, undo, freeze and the palette's bot commands. Every key
// is an ActionSpec, so menus and the `?` help list it.

#include "BotTablePage.h"

#include "views/widgets/MessageBanner.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/SearchFolding.h"
#include "views/palette/PaletteMatcher.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>
#include <climits>

namespace {

constexpr int kPaletteAccounts = 12;

QString verbTemplate(PendingAction action)
{
    switch (action) {
    case PendingAction::Pause:
        return BotTablePage::tr("Pause %1 bot of %2", "palette: platform, account");
    case PendingAction::Resume:
        return BotTablePage::tr("Resume %1 bot of %2", "palette: platform, account");
    case PendingAction::Reconnect:
    case PendingAction::None:
        break;
    }
    return BotTablePage::tr("Reconnect %1 bot of %2", "palette: platform, account");
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

void BotTablePage::registerTriageActions(ActionRegistry &registry)
{
    auto add = [this, &registry](ActionSpec spec, auto slot) {
        spec.context = ActionContext::Bots;
        if (spec.menu == ActionMenu::None)
            spec.menu = ActionMenu::Bots;
        if (QAction *action = registry.add(std::move(spec)))
            connect(action, &QAction::triggered, this, slot);
    };
    QPointer<BotTablePage> page(this);

    add({.id = QStringLiteral("bots.nextRow"),
         .text = [] { return tr("Next Row"); },
         .toolTip = [] { return tr("Move down one row (also Down)"); },
         .shortcuts = {QKeySequence(Qt::Key_J)},
         .group = QStringLiteral("move")},
        [this] { moveCurrent(+1); });
    add({.id = QStringLiteral("bots.previousRow"),
         .text = [] { return tr("Previous Row"); },
         .toolTip = [] { return tr("Move up one row (also Up)"); },
         .shortcuts = {QKeySequence(Qt::Key_K)},
         .group = QStringLiteral("move")},
        [this] { moveCurrent(-1); });

    add({.id = QStringLiteral("bots.mark"),
         .text = [] { return tr("&Mark or Unmark Row"); },
         .shortcuts = {QKeySequence(Qt::Key_Space)},
         .group = QStringLiteral("marks")},
        &BotTablePage::toggleMarkCurrent);
    add({.id = QStringLiteral("bots.markRange"),
         .text = [] { return tr("Mark Range to Current Row"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_Space)},
         .group = QStringLiteral("marks")},
        &BotTablePage::markRangeToCurrent);
    add({.id = QStringLiteral("bots.markAll"),
         .text = [] { return tr("Mark All Matching Rows"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_A)},
         .group = QStringLiteral("marks")},
        &BotTablePage::markAllVisible);
    add({.id = QStringLiteral("bots.clearMarks"),
         .text = [] { return tr("Clear Marks"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_Backslash)},
         .group = QStringLiteral("marks"),
         .enabledWhen =
             [page] {
                 return page && !page->m_marks.isEmpty();
             }},
        &BotTablePage::clearMarks);

    const std::pair<QString, std::function<QString()>> platforms[] = {
        {QStringLiteral("all"),
         [] {
             return tr("Show All Platforms");
         }},
        {QStringLiteral("twitch"),
         [] {
             return tr("Show Twitch Only");
         }},
        {QStringLiteral("youtube"),
         [] {
             return tr("Show YouTube Only");
         }},
        {QStringLiteral("kick"),
         [] {
             return tr("Show Kick Only");
         }},
        {QStringLiteral("trovo"),
         [] {
             return tr("Show Trovo Only");
         }},
        {QStringLiteral("discord"),
         [] {
             return tr("Show Discord Only");
         }},
    };
    for (int i = 0; i < 6; ++i) {
        add({.id = QStringLiteral("bots.platform.") + platforms[i].first,
             .text = platforms[i].second,
             .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))},
             .group = QStringLiteral("filters")},
            [this, i] { selectPlatformFilter(i); });
    }

    const std::tuple<QString, Qt::Key, int, std::function<QString()>> sorts[] = {
        {QStringLiteral("name"), Qt::Key_N, BotTable::AccountNameColumn,
         [] {
             return tr("Sort by Account");
         }},
        {QStringLiteral("id"), Qt::Key_I, BotTable::AccountIdColumn,
         [] {
             return tr("Sort by Account ID");
         }},
        {QStringLiteral("platform"), Qt::Key_P, BotTable::PlatformColumn,
         [] {
             return tr("Sort by Platform");
         }},
        {QStringLiteral("status"), Qt::Key_S, BotTable::StatusColumn,
         [] {
             return tr("Sort by Status");
         }},
        {QStringLiteral("heartbeat"), Qt::Key_H, BotTable::LastHeartbeatColumn,
         [] {
             return tr("Sort by Last Heartbeat");
         }},
    };
    for (const auto &[id, key, column, text] : sorts) {
        const int c = column;
        add({.id = QStringLiteral("bots.sort.") + id,
             .text = text,
             .toolTip = [] { return tr("Again to reverse the order"); },
             .shortcuts = {QKeySequence(Qt::SHIFT | key)},
             .group = QStringLiteral("sort")},
            [this, c] { sortByColumnKey(c); });
    }

    add({.id = QStringLiteral("bots.undo"),
         .text = [] { return tr("&Undo Last Pause or Resume"); },
         .toolTip = [] { return tr("Send the opposite toggle to the same bots"); },
         .shortcuts = {QKeySequence(QKeySequence::Undo)},
         .group = QStringLiteral("control"),
         .requiredPermission = Permissions::BotControlEdit,
         .requiresSession = true,
         .enabledWhen =
             [page] {
                 return page && page->canUndo();
             }},
        &BotTablePage::undoLast);
    add({.id = QStringLiteral("bots.problemsOnly"),
         .text = [] { return tr("&Problems Only"); },
         .toolTip =
             [] {
                 return tr("Show only bots with no connection or a stale heartbeat; again for all");
             },
         .shortcuts = {QKeySequence(Qt::Key_Exclam)},
         .group = QStringLiteral("view")},
        &BotTablePage::toggleProblemsOnly);
    add({.id = QStringLiteral("bots.freeze"),
         .text = [] { return tr("&Freeze Live Updates"); },
         .toolTip = [] { return tr("Hold live changes while reading; z again catches up"); },
         .shortcuts = {QKeySequence(Qt::Key_Z)},
         .group = QStringLiteral("view")},
        [this] { setFrozen(!m_frozen); });
}

void BotTablePage::toggleProblemsOnly()
{
    const int problems = m_status->findData(int(BotTable::StatusFilter::Problems));
    m_status->setCurrentIndex(m_status->currentIndex() == problems ? 0 : problems);
}

// --- movement -------------------------------------------------------------------

void BotTablePage::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const int column = current.isValid() ? current.column() : int(BotTable::AccountNameColumn);
    const QModelIndex next = m_model->index(row, column);
    m_table->setFocus(Qt::ShortcutFocusReason);
    m_table->selectionModel()->setCurrentIndex(
        next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(next);
}

void BotTablePage::moveToEdge(bool last)
{
    moveCurrent(last ? INT_MAX / 2 : -(INT_MAX / 2));
}

// --- marks ----------------------------------------------------------------------

void BotTablePage::setMarked(const BotKey &key, bool marked)
{
    if (!key.isValid())
        return;
    if (marked) {
        if (!m_marks.contains(key)) {
            m_marks.insert(key);
            m_markOrder.append(key);
        }
    } else if (m_marks.remove(key)) {
        m_markOrder.removeOne(key);
    }
}

void BotTablePage::toggleMarkCurrent()
{
    // Space keeps its meaning on the drawn button and on real buttons.
    QWidget *focus = QApplication::focusWidget();
    if (auto *button = qobject_cast<QAbstractButton *>(focus)) {
        button->click();
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (focus == m_table && current.column() == BotTable::ActionColumn) {
        onActionButton(current);
        return;
    }
    const BotKey key = m_model->keyForRow(current.row());
    setMarked(key, !m_marks.contains(key));
    m_lastMark = key;
    updateMarkCount();
}

void BotTablePage::markRangeToCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int anchor = m_lastMark.isValid() ? m_model->rowForKey(m_lastMark) : -1;
    const int from = anchor >= 0 ? qMin(anchor, current.row()) : current.row();
    const int to = anchor >= 0 ? qMax(anchor, current.row()) : current.row();
    for (int row = from; row <= to; ++row)
        setMarked(m_model->keyForRow(row), true);
    m_lastMark = m_model->keyForRow(current.row());
    updateMarkCount();
}

void BotTablePage::markAllVisible()
{
    const int rows = m_model->rowCount();
    m_marks.reserve(m_marks.size() + rows);
    for (int row = 0; row < rows; ++row)
        setMarked(m_model->keyForRow(row), true);
    updateMarkCount();
}

void BotTablePage::clearMarks()
{
    m_marks.clear();
    m_markOrder.clear();
    m_lastMark = {};
    updateMarkCount();
}

void BotTablePage::updateMarkCount()
{
    const qsizetype n = m_marks.size();
    m_markCount->setVisible(n > 0);
    // Bots marked under another filter still count: the note says how many
    // are out of view, so an action never surprises.
    qsizetype hidden = 0;
    for (const BotKey &key : std::as_const(m_markOrder)) {
        if (m_model->rowForKey(key) < 0)
            ++hidden;
    }
    QString text = tr("%n marked", nullptr, int(n));
    if (hidden > 0)
        text += QLatin1Char(' ') + tr("(%n not shown)", nullptr, int(hidden));
    m_markCount->setText(text);
    m_markCount->setAccessibleName(text);
    m_table->viewport()->update();
    updateSelectionCount();
    if (m_registry)
        m_registry->refresh();
}

// --- filters and sorting --------------------------------------------------------

void BotTablePage::selectPlatformFilter(int comboIndex)
{
    if (comboIndex >= 0 && comboIndex < m_platform->count())
        m_platform->setCurrentIndex(comboIndex);
    updateMarkCount();
}

void BotTablePage::sortByColumnKey(int column)
{
    QHeaderView *header = m_table->horizontalHeader();
    Qt::SortOrder order = Qt::AscendingOrder;
    if (header->sortIndicatorSection() == column && header->isSortIndicatorShown())
        order = header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                   : Qt::AscendingOrder;
    m_table->sortByColumn(column, order);
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
}

// --- undo -----------------------------------------------------------------------

void BotTablePage::updateUndoNote()
{
    if (!canUndo()) {
        m_undoNote->setVisible(false);
        if (m_registry)
            m_registry->refresh();
        return;
    }
    const int n = int(m_undo.keys.size());
    const QString text = m_undo.action == PendingAction::Pause
        ? tr("Undo: resume %n bots (Ctrl+Z)", nullptr, n)
        : tr("Undo: pause %n bots (Ctrl+Z)", nullptr, n);
    m_undoNote->setText(text);
    m_undoNote->setAccessibleName(text);
    m_undoNote->setVisible(true);
    if (m_registry)
        m_registry->refresh();
}

void BotTablePage::undoLast()
{
    if (!canUndo() || !m_commands || !canEdit())
        return;
    const PendingAction opposite =
        m_undo.action == PendingAction::Pause ? PendingAction::Resume : PendingAction::Pause;
    const QList<BotKey> keys = m_undo.keys;
    m_undo = {};
    // Straight to the commands, no confirmation: the note said what would
    // happen, and an undo of an undo is one more Ctrl+Z.
    m_operationBanner->hide();
    Q_EMIT undoAboutToBeSent(opposite, keys);
    if (opposite == PendingAction::Pause)
        m_commands->pause(keys);
    else
        m_commands->resume(keys);
    m_undo = {opposite, keys};
    updateUndoNote();
}

// --- freeze ---------------------------------------------------------------------

void BotTablePage::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    // The store holds live news aside while frozen (see BotStore::setHeld),
    // so every cell, position and count shows the same moment; the
    // operator's own actions still show. Unfreezing applies what was held
    // as one highlighted flush and moves the clock on.
    if (BotStore *store = m_model->store())
        store->setHeld(frozen);
    if (!frozen && isVisible())
        tick();
    updateFrozenMark();
    m_frozenMark->setVisible(frozen);
    if (m_registry) {
        if (QAction *a = m_registry->action(QStringLiteral("bots.freeze")))
            a->setText(frozen ? tr("Un&freeze Live Updates") : tr("&Freeze Live Updates"));
    }
}

void BotTablePage::updateFrozenMark()
{
    const BotStore *store = m_model->store();
    const qsizetype waiting = store ? store->heldCount() : 0;
    m_frozenMark->setText(waiting > 0
                              ? tr("FROZEN: %n bot(s) changed meanwhile (z to catch up)", nullptr,
                                   int(std::min<qsizetype>(waiting, INT_MAX)))
                              : tr("FROZEN: rows held in place (z to catch up)"));
}

// --- palette --------------------------------------------------------------------

void BotTablePage::act(PendingAction action, const QList<BotKey> &keys)
{
    request(action, keys, false);
}

void BotTablePage::showBot(const BotKey &key)
{
    Q_EMIT showRequested();
    showAccount(key.accountId.toString(QUuid::WithoutBraces));
    const int row = m_model->rowForKey(key);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, BotTable::AccountNameColumn);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
}

void BotTablePage::collectPaletteItems(const PaletteQuery &query, QList<PaletteItem> &out)
{
    const BotStore *store = m_model->store();
    if (!store || query.words.isEmpty())
        return;
    // Words of the commands themselves (verbs, platforms) are optional for
    // the account filter; the rest must all be in the account's search key.
    QList<QByteArray> vocabulary;
    for (const PendingAction a :
         {PendingAction::Pause, PendingAction::Resume, PendingAction::Reconnect}) {
        vocabulary += PaletteMatcher::words(verbTemplate(a).arg(QString(), QString()));
    }
    vocabulary += PaletteMatcher::words(tr("Show %1", "palette: account").arg(QString()));
    for (int p = 0; p < kKnownPlatformCount; ++p)
        vocabulary += PaletteMatcher::words(BotTableModel::platformName(Platform(p)));
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
    const auto accounts = quint32(store->accountCount());
    for (quint32 a = 0; a < accounts; ++a) {
        // The search key holds the folded name and the ID: one scan rejects
        // most accounts; the name alone scores the rest (an ID match is weak).
        // Substrings only, like the table's search: a subsequence over
        // 100,000 names would match noise.
        const QByteArrayView key = store->searchKey(a);
        if (!std::all_of(accountWords.cbegin(), accountWords.cend(),
                         [key](const QByteArray &w) { return key.contains(w); }))
            continue;
        const int s = PaletteMatcher::score(store->foldedName(a), accountWords);
        hits.push_back(
            {s == PaletteMatcher::NoMatch ? int(PaletteMatcher::SubsequenceScore) : s, a});
    }
    const size_t keep = std::min<size_t>(hits.size(), kPaletteAccounts);
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(keep), hits.end(),
                      [](const Hit &x, const Hit &y) {
                          return x.score != y.score ? x.score > y.score : x.account < y.account;
                      });
    hits.resize(keep);

    const bool edit = canEdit();
    QPointer<BotTablePage> page(this);
    for (const Hit &hit : hits) {
        const BotStore::Account &account = store->account(hit.account);
        const QString name = QString::fromUtf8(store->nameUtf8(hit.account));
        const QString id = account.id.toString(QUuid::WithoutBraces);
        for (int p = 0; p < kKnownPlatformCount && edit; ++p) {
            const quint32 row = account.rows[size_t(p)];
            if (row == BotStore::kNoRow)
                continue;
            const BotStore::Row &r = store->row(row);
            const BotKey key {account.id, Platform(p)};
            const QString platform = BotTableModel::platformName(Platform(p));
            for (const PendingAction a :
                 {PendingAction::Pause, PendingAction::Resume, PendingAction::Reconnect}) {
                // Offer what the row can do now; the page checks again on Enter.
                const bool offered = a == PendingAction::Pause ? r.status == BotStatus::Active
                    : a == PendingAction::Resume
                    ? r.status == BotStatus::Paused
                    : (r.status == BotStatus::Active || r.status == BotStatus::Paused);
                if (!offered)
                    continue;
                out.append(
                    {.text = verbTemplate(a).arg(platform, name),
                     .key = QStringLiteral("bot:%1:%2:%3").arg(verbKey(a), id, QString::number(p)),
                     .run =
                         [page, a, key] {
                             if (!page)
                                 return;
                             // Where its progress and any error show.
                             Q_EMIT page->showRequested();
                             page->act(a, {key});
                         },
                     .score = 0});
            }
        }
        out.append({.text = tr("Show %1", "palette: account").arg(name),
                    .key = QStringLiteral("bot:show:") + id,
                    .run =
                        [page, id] {
                            if (!page)
                                return;
                            Q_EMIT page->showRequested();
                            page->showAccount(id);
                        },
                    .score = 0});
    }
}
