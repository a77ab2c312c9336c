#include "BotPageActions.h"

#include "BotTablePage.h"

#include "models/bots/BotRoles.h"
#include "views/ActionRegistry.h"

#include <QAction>
#include <QMenu>
#include <QPointer>

#include <functional>
#include <tuple>
#include <utility>

namespace {

// Adds spec for the Bots page, with slot (a page method or a functor) on
// triggered; the page is the connection's context.
template<typename Slot>
void add(ActionRegistry &registry, BotTablePage *page, ActionSpec spec, Slot slot)
{
    spec.context = ActionContext::Bots;
    if (spec.menu == ActionMenu::None)
        spec.menu = ActionMenu::Bots;
    if (QAction *action = registry.add(std::move(spec)))
        QObject::connect(action, &QAction::triggered, page, slot);
}

} // namespace

void BotPageActions::registerAll(ActionRegistry &registry, BotTablePage *page)
{
    registerControls(registry, page);
    registerTriage(registry, page);
}

QString BotPageActions::freezeText(bool frozen)
{
    return frozen ? tr("Un&freeze Live Updates") : tr("&Freeze Live Updates");
}

void BotPageActions::fillContextMenu(QMenu &menu, const ActionRegistry *registry,
                                     BotTablePage *page)
{
    if (registry) {
        for (const QString &id : {pauseId(), resumeId(), reconnectId()}) {
            QAction *action = registry->action(id);
            if (action && action->isVisible())
                menu.addAction(action);
        }
        if (!menu.isEmpty())
            menu.addSeparator();
        if (QAction *copy = registry->action(copyId()))
            menu.addAction(copy);
        if (QAction *copy = registry->action(copyMarkdownId()))
            menu.addAction(copy);
        return;
    }
    if (page->canEdit()) {
        menu.addAction(tr("Pause"), page, &BotTablePage::pauseSelected);
        menu.addAction(tr("Resume"), page, &BotTablePage::resumeSelected);
        menu.addAction(tr("Reconnect"), page, &BotTablePage::reconnectSelected);
        menu.addSeparator();
    }
    menu.addAction(tr("Copy"), page, &BotTablePage::copySelection);
    menu.addAction(tr("Copy as Markdown"), page, &BotTablePage::copySelectionAsMarkdown);
}

void BotPageActions::registerControls(ActionRegistry &registry, BotTablePage *page)
{
    // Keys follow the triage plan (issue 7): p, r, Shift+R act on the current
    // or marked rows. Single letters are safe: the search field takes its own
    // typing through ShortcutOverride.
    add(registry, page,
        {.id = pauseId(),
         .text = [] { return tr("&Pause Bot"); },
         .toolTip = [] { return tr("Pause the selected bots"); },
         .shortcuts = {QKeySequence(Qt::Key_P)},
         .group = QStringLiteral("control"),
         .requiredPermission = Permissions::BotControlEdit,
         .requiresSession = true,
         .selection = SelectionRequirement::AtLeastOne},
        &BotTablePage::pauseSelected);
    add(registry, page,
        {.id = resumeId(),
         .text = [] { return tr("&Resume Bot"); },
         .toolTip = [] { return tr("Resume the selected bots"); },
         .shortcuts = {QKeySequence(Qt::Key_R)},
         .group = QStringLiteral("control"),
         .requiredPermission = Permissions::BotControlEdit,
         .requiresSession = true,
         .selection = SelectionRequirement::AtLeastOne},
        &BotTablePage::resumeSelected);
    add(registry, page,
        {.id = reconnectId(),
         .text = [] { return tr("Re&connect Bot"); },
         .toolTip = [] { return tr("Ask the selected bots to rejoin their channels now"); },
         .shortcuts = {QKeySequence(Qt::SHIFT | Qt::Key_R)},
         .group = QStringLiteral("control"),
         .requiredPermission = Permissions::BotControlEdit,
         .requiresSession = true,
         .selection = SelectionRequirement::AtLeastOne,
         // An older server has no adminRejoinBot: hidden, with the reason.
         .unavailableReason =
             [guard = QPointer<BotTablePage>(page)] {
                 return guard ? guard->actionUnavailableReason(PendingAction::Reconnect)
                              : QString();
             }},
        &BotTablePage::reconnectSelected);
    add(registry, page,
        {.id = copyId(),
         .text = [] { return tr("&Copy Rows"); },
         .toolTip =
             [] {
                 return tr("Copy the marked bots, or else the selected rows, as tab-separated "
                           "text");
             },
         .shortcuts = {QKeySequence(QKeySequence::Copy)},
         .group = QStringLiteral("copy"),
         .selection = SelectionRequirement::AtLeastOne},
        &BotTablePage::copySelection);
    add(registry, page,
        {.id = copyMarkdownId(),
         .text = [] { return tr("Copy as Mar&kdown"); },
         .toolTip =
             [] {
                 return tr("Copy the selected rows as a Markdown table for an incident "
                           "report");
             },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
         .group = QStringLiteral("copy"),
         .selection = SelectionRequirement::AtLeastOne},
        &BotTablePage::copySelectionAsMarkdown);
    // No shortcut: F5 is the shell's view.refresh, which calls refresh().
    add(registry, page,
        {.id = QStringLiteral("bots.refresh"),
         .text = [] { return tr("Re&load Bots"); },
         .toolTip = [] { return tr("Load every bot from the server again"); },
         .group = QStringLiteral("view"),
         .requiresSession = true},
        &BotTablePage::refresh);
    add(registry, page,
        {.id = QStringLiteral("bots.focusSearch"),
         .text = [] { return tr("&Find Bot"); },
         .shortcuts = {QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)},
         .group = QStringLiteral("view")},
        &BotTablePage::focusSearch);
    add(registry, page,
        {.id = QStringLiteral("bots.clearFilters"),
         .text = [] { return tr("C&lear Filters"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
         .group = QStringLiteral("view")},
        &BotTablePage::clearFilters);
    add(registry, page,
        {.id = QStringLiteral("bots.showDiscordServers"),
         .text = [] { return tr("Show &Discord Servers of Account"); },
         .toolTip = [] { return tr("Open the Discord page on this account's servers"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_G)},
         .group = QStringLiteral("navigate"),
         .requiresSession = true,
         // The registry outlives a replaced page: never capture a bare page.
         .enabledWhen =
             [guard = QPointer<BotTablePage>(page)] {
                 return guard && guard->currentRowIsDiscord();
             }},
        &BotTablePage::showDiscordServers);
}

void BotPageActions::registerTriage(ActionRegistry &registry, BotTablePage *page)
{
    const QPointer<BotTablePage> guard(page);

    add(registry, page,
        {.id = QStringLiteral("bots.nextRow"),
         .text = [] { return tr("Next Row"); },
         .toolTip = [] { return tr("Move down one row (also Down)"); },
         .shortcuts = {QKeySequence(Qt::Key_J)},
         .group = QStringLiteral("move")},
        [page] { page->moveCurrent(+1); });
    add(registry, page,
        {.id = QStringLiteral("bots.previousRow"),
         .text = [] { return tr("Previous Row"); },
         .toolTip = [] { return tr("Move up one row (also Up)"); },
         .shortcuts = {QKeySequence(Qt::Key_K)},
         .group = QStringLiteral("move")},
        [page] { page->moveCurrent(-1); });

    add(registry, page,
        {.id = QStringLiteral("bots.mark"),
         .text = [] { return tr("&Mark or Unmark Row"); },
         .shortcuts = {QKeySequence(Qt::Key_Space)},
         .group = QStringLiteral("marks")},
        &BotTablePage::toggleMarkCurrent);
    add(registry, page,
        {.id = QStringLiteral("bots.markRange"),
         .text = [] { return tr("Mark Range to Current Row"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_Space)},
         .group = QStringLiteral("marks")},
        &BotTablePage::markRangeToCurrent);
    add(registry, page,
        {.id = QStringLiteral("bots.markAll"),
         .text = [] { return tr("Mark All Matching Rows"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_A)},
         .group = QStringLiteral("marks")},
        &BotTablePage::markAllVisible);
    add(registry, page,
        {.id = QStringLiteral("bots.clearMarks"),
         .text = [] { return tr("Clear Marks"); },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_Backslash)},
         .group = QStringLiteral("marks"),
         .enabledWhen =
             [guard] {
                 return guard && !guard->markedKeys().isEmpty();
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
        add(registry, page,
            {.id = QStringLiteral("bots.platform.") + platforms[i].first,
             .text = platforms[i].second,
             .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))},
             .group = QStringLiteral("filters")},
            [page, i] { page->selectPlatformFilter(i); });
    }
    // After the known platforms, so Ctrl+1..6 keep their meaning: the bots on
    // platforms a newer server named, while there are any.
    add(registry, page,
        {.id = QStringLiteral("bots.platform.other"),
         .text =
             [] {
                 return tr("Show Other Platforms Only");
             },
         .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_7)},
         .group = QStringLiteral("filters"),
         .enabledWhen =
             [guard] {
                 return guard && !guard->model()->extraPlatforms().isEmpty();
             }},
        [page] { page->selectPlatformFilter(1 + kKnownPlatformCount); });

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
        add(registry, page,
            {.id = QStringLiteral("bots.sort.") + id,
             .text = text,
             .toolTip = [] { return tr("Again to reverse the order"); },
             .shortcuts = {QKeySequence(Qt::SHIFT | key)},
             .group = QStringLiteral("sort")},
            [page, c] { page->sortByColumnKey(c); });
    }

    add(registry, page,
        {.id = QStringLiteral("bots.undo"),
         .text = [] { return tr("&Undo Last Pause or Resume"); },
         .toolTip =
             [] {
                 return tr("Send the opposite toggle to the bots where it took effect and that "
                           "have not changed since");
             },
         .shortcuts = {QKeySequence(QKeySequence::Undo)},
         .group = QStringLiteral("control"),
         .requiredPermission = Permissions::BotControlEdit,
         .requiresSession = true,
         // Also while the action runs, to say why nothing happens yet.
         .enabledWhen =
             [guard] {
                 return guard && (guard->canUndo() || guard->undoWaiting());
             }},
        &BotTablePage::undoLast);
    add(registry, page,
        {.id = QStringLiteral("bots.problemsOnly"),
         .text = [] { return tr("&Problems Only"); },
         .toolTip =
             [] {
                 return tr("Show only bots with no connection or a stale heartbeat; again for all");
             },
         .shortcuts = {QKeySequence(Qt::Key_Exclam)},
         .group = QStringLiteral("view")},
        &BotTablePage::toggleProblemsOnly);
    add(registry, page,
        {.id = freezeId(),
         .text = [] { return freezeText(false); },
         .toolTip = [] { return tr("Hold live changes while reading; z again catches up"); },
         .shortcuts = {QKeySequence(Qt::Key_Z)},
         .group = QStringLiteral("view")},
        [page] { page->setFrozen(!page->isFrozen()); });
}
