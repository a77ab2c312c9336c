#pragma once

#include <QCoreApplication>
#include <QString>

class ActionRegistry;
class BotTablePage;
class QMenu;

// The Bots page's actions in the registry: the controls (p, r, Shift+R),
// copy, reload, search and filters, and the keyboard triage of issue 7 (row
// movement, marks, platform keys, sort keys, undo, problems only, freeze).
// Every key is an ActionSpec, so menus and the `?` help list it. Each action
// calls the page's public method of the same name; the page decides what it
// applies to.
class BotPageActions final
{
    Q_DECLARE_TR_FUNCTIONS(BotPageActions)

public:
    BotPageActions() = delete;

    // Ids the page looks up again.
    static QString pauseId() { return QStringLiteral("bots.pause"); }
    static QString resumeId() { return QStringLiteral("bots.resume"); }
    static QString reconnectId() { return QStringLiteral("bots.reconnect"); }
    static QString copyId() { return QStringLiteral("bots.copy"); }
    static QString copyMarkdownId() { return QStringLiteral("bots.copyMarkdown"); }
    static QString freezeId() { return QStringLiteral("bots.freeze"); }

    // Adds every action of page to registry, connected to page. The registry
    // may outlive the page: no action reaches a destroyed page.
    static void registerAll(ActionRegistry &registry, BotTablePage *page);

    // The freeze action's text, which says what z does next.
    static QString freezeText(bool frozen);

    // The table's context menu: the registry's controls and Copy, or plain
    // entries for a page without a registry (registry may be null).
    static void fillContextMenu(QMenu &menu, const ActionRegistry *registry, BotTablePage *page);

private:
    static void registerControls(ActionRegistry &registry, BotTablePage *page);
    static void registerTriage(ActionRegistry &registry, BotTablePage *page);
};
