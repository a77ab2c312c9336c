#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

// Where an action applies. Global actions work on every page; a page action
// is enabled (and its shortcut live) only while its page is current, so two
// pages may bind the same key to different actions.
enum class ActionContext : quint8 { Global, Bots, Discord, Triage };

// Which menu an action is listed in. Menus are generated from the registry.
enum class ActionMenu : quint8 { File, Edit, View, Go, Bots, Discord, Triage, Help, None };

// What an action needs to be enabled beyond its context and permission.
enum class SelectionRequirement : quint8 { None, AtLeastOne, ExactlyOne };

// One user action, declared once. Menus, the toolbar, the shortcut help and
// (later) the command palette read these, so they never disagree.
struct ActionSpec
{
    QString id; // stable, e.g. "bots.pause"; used for settings and tests
    std::function<QString()> text; // returns tr(...) so retranslation re-evaluates it
    std::function<QString()> toolTip = {}; // optional longer description
    QList<QKeySequence> shortcuts = {};
    ActionContext context = ActionContext::Global;
    ActionMenu menu = ActionMenu::None;
    QString group = {}; // actions of one menu with different groups are separated
    QString requiredPermission = {}; // empty: everybody who is signed in
    bool hideWhenNotPermitted = true; // read-only users do not see edit actions
    bool requiresSession = false; // disabled while signed out
    SelectionRequirement selection = SelectionRequirement::None;
    std::function<bool()> enabledWhen = {}; // extra predicate, re-checked by refresh()
    // Non-empty while the server does not offer the action (an older server
    // without its mutation): the action is hidden and disabled, and the
    // shortcut help and the palette list it with this reason. Re-checked by
    // refresh().
    std::function<QString()> unavailableReason = {};
    bool checkable = false;
    bool onToolBar = false;
    QString iconName = {}; // freedesktop theme icon name, optional
};

// The one table of actions of the application (no network, no pages).
//
// Pages register their actions once; the registry creates the QAction (owned
// by the registry, added to the main window so the shortcuts are window-wide)
// and keeps enabled/visible in step with the current page, the viewer's
// permissions and each page's selection.
class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    using PermissionCheck = std::function<bool(const QString &permission)>;

    explicit ActionRegistry(QObject *parent = nullptr);
    ~ActionRegistry() override;

    // Declares an action and returns its QAction; connect to triggered().
    // Registering an id twice is a programming error: the first one is kept.
    QAction *add(ActionSpec spec);
    // Drops an action (its QAction is deleted), e.g. when the page that
    // declared it is replaced, so no predicate outlives the page it reads.
    void remove(const QString &id);
    QAction *action(const QString &id) const;
    const ActionSpec *spec(const QString &id) const;
    // Every id in registration order.
    QStringList ids() const { return m_order; }
    // Ids usable on a page: the page's own plus the global ones.
    QStringList idsFor(ActionContext context) const;

    // Shortcut widget: every action is added to it so WindowShortcut works.
    void setShortcutWidget(QWidget *widget);

    void setCurrentContext(ActionContext context);
    ActionContext currentContext() const { return m_context; }
    void setPermissionCheck(PermissionCheck check);
    void setSignedIn(bool signedIn);
    bool isSignedIn() const { return m_signedIn; }
    void setSelectionCount(ActionContext context, int count);
    int selectionCount(ActionContext context) const { return m_selection.value(int(context)); }

    // Whether the viewer may use the action at all (permission only).
    bool isPermitted(const QString &id) const;
    // Why the server does not offer the action now; empty when it does.
    QString unavailableReason(const QString &id) const;

    // Replaces an action's shortcuts (e.g. user configuration). Returns the id
    // of an action in an overlapping context that already uses one of them,
    // or an empty string when there is no conflict (and then applies them).
    QString setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);
    // The action that owns sequence in context (or a global one), if any.
    QString actionForShortcut(const QKeySequence &sequence, ActionContext context) const;

    // Re-evaluates enabled and visible for every action.
    void refresh();
    // Re-reads every text (after a language change).
    void retranslate();

    // Adds the actions of a menu to menu, with separators between groups.
    void populateMenu(QMenu *menu, ActionMenu which) const;
    // Adds every onToolBar action to toolBar, page actions after a separator.
    void populateToolBar(QToolBar *toolBar) const;

    static QString contextTitle(ActionContext context);

Q_SIGNALS:
    void actionAdded(const QString &id);
    void actionsChanged();

private:
    struct Entry
    {
        ActionSpec spec;
        QAction *action = nullptr;
        QString unavailable; // the reason last applied
    };

    bool isPermitted(const ActionSpec &spec) const;
    void applyTexts(Entry &entry) const;
    void applyState(Entry &entry) const;
    static bool contextsOverlap(ActionContext a, ActionContext b);

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QPointer<QWidget> m_shortcutWidget;
    ActionContext m_context = ActionContext::Global;
    PermissionCheck m_permissionCheck;
    bool m_signedIn = false;
    QHash<int, int> m_selection; // ActionContext -> selected rows
};
