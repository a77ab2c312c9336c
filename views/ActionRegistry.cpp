#include "ActionRegistry.h"

#include <QAction>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QToolBar>
#include <QWidget>

Q_LOGGING_CATEGORY(lcActions, "lumio.views.actions")

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{ }

ActionRegistry::~ActionRegistry() = default;

QAction *ActionRegistry::add(ActionSpec spec)
{
    if (spec.id.isEmpty() || !spec.text) {
        qCWarning(lcActions) << "action without id or text ignored";
        return nullptr;
    }
    if (const auto it = m_entries.constFind(spec.id); it != m_entries.constEnd()) {
        qCWarning(lcActions) << "action registered twice:" << spec.id;
        return it->action;
    }
    // Platform-dependent standard keys can be empty (Preferences on Linux) or
    // equal to an explicit alternative (Ctrl+, on macOS): keep each key once.
    QList<QKeySequence> keys;
    for (const QKeySequence &key : std::as_const(spec.shortcuts)) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    spec.shortcuts = keys;
    Entry entry;
    entry.spec = std::move(spec);
    entry.action = new QAction(this);
    entry.action->setObjectName(entry.spec.id);
    entry.action->setCheckable(entry.spec.checkable);
    entry.action->setShortcuts(entry.spec.shortcuts);
    // Shortcuts of every action work anywhere in the main window; the context
    // is enforced by enabling only the current page's actions.
    entry.action->setShortcutContext(Qt::WindowShortcut);
    if (!entry.spec.iconName.isEmpty())
        entry.action->setIcon(QIcon::fromTheme(entry.spec.iconName));
    applyTexts(entry);
    applyState(entry);
    if (m_shortcutWidget)
        m_shortcutWidget->addAction(entry.action);
    const QString id = entry.spec.id;
    QAction *action = entry.action;
    m_entries.emplace(id, std::move(entry));
    m_order.append(id);
    Q_EMIT actionAdded(id);
    Q_EMIT actionsChanged();
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : it->action;
}

const ActionSpec *ActionRegistry::spec(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it->spec;
}

void ActionRegistry::remove(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    delete it->action; // QAction's destructor takes it out of menus and widgets
    m_entries.erase(it);
    m_order.removeAll(id);
    Q_EMIT actionsChanged();
}

QStringList ActionRegistry::idsFor(ActionContext context) const
{
    QStringList result;
    for (const QString &id : m_order) {
        const ActionContext c = m_entries.value(id).spec.context;
        if (c == context || c == ActionContext::Global)
            result.append(id);
    }
    return result;
}

void ActionRegistry::setShortcutWidget(QWidget *widget)
{
    m_shortcutWidget = widget;
    if (!widget)
        return;
    for (const QString &id : std::as_const(m_order))
        widget->addAction(m_entries.value(id).action);
}

void ActionRegistry::setCurrentContext(ActionContext context)
{
    if (m_context == context)
        return;
    m_context = context;
    refresh();
}

void ActionRegistry::setPermissionCheck(PermissionCheck check)
{
    m_permissionCheck = std::move(check);
    refresh();
}

void ActionRegistry::setSignedIn(bool signedIn)
{
    if (m_signedIn == signedIn)
        return;
    m_signedIn = signedIn;
    refresh();
}

void ActionRegistry::setSelectionCount(ActionContext context, int count)
{
    if (m_selection.value(int(context)) == count)
        return;
    m_selection.insert(int(context), count);
    refresh();
}

bool ActionRegistry::isPermitted(const QString &id) const
{
    const ActionSpec *s = spec(id);
    return s && isPermitted(*s);
}

QString ActionRegistry::unavailableReason(const QString &id) const
{
    const ActionSpec *s = spec(id);
    return s && s->unavailableReason ? s->unavailableReason() : QString();
}

bool ActionRegistry::isPermitted(const ActionSpec &spec) const
{
    if (spec.requiredPermission.isEmpty())
        return true;
    return m_signedIn && m_permissionCheck && m_permissionCheck(spec.requiredPermission);
}

bool ActionRegistry::contextsOverlap(ActionContext a, ActionContext b)
{
    return a == b || a == ActionContext::Global || b == ActionContext::Global;
}

QString ActionRegistry::actionForShortcut(const QKeySequence &sequence, ActionContext context) const
{
    for (const QString &id : m_order) {
        const Entry &e = m_entries.value(id);
        if (!contextsOverlap(e.spec.context, context))
            continue;
        if (e.action->shortcuts().contains(sequence))
            return id;
    }
    return {};
}

QString ActionRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return {};
    for (const QKeySequence &sequence : shortcuts) {
        for (const QString &other : std::as_const(m_order)) {
            if (other == id)
                continue;
            const Entry &e = m_entries.value(other);
            if (contextsOverlap(e.spec.context, it->spec.context)
                && e.action->shortcuts().contains(sequence))
                return other;
        }
    }
    it->action->setShortcuts(shortcuts);
    applyTexts(*it);
    Q_EMIT actionsChanged();
    return {};
}

void ActionRegistry::refresh()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        applyState(*it);
    Q_EMIT actionsChanged();
}

void ActionRegistry::retranslate()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        applyTexts(*it);
    Q_EMIT actionsChanged();
}

void ActionRegistry::applyTexts(Entry &entry) const
{
    const QString text = entry.spec.text();
    entry.action->setText(text);
    QString tip =
        entry.spec.toolTip ? entry.spec.toolTip() : QString(text).remove(QLatin1Char('&'));
    const QList<QKeySequence> keys = entry.action->shortcuts();
    if (!keys.isEmpty())
        tip = tr("%1 (%2)", "tool tip: action description (shortcut)")
                  .arg(tip, keys.first().toString(QKeySequence::NativeText));
    if (!entry.unavailable.isEmpty())
        tip = tr("Not available: %1", "tool tip of an action the server does not offer")
                  .arg(entry.unavailable);
    entry.action->setToolTip(tip);
    entry.action->setStatusTip(entry.spec.toolTip ? entry.spec.toolTip() : QString());
}

void ActionRegistry::applyState(Entry &entry) const
{
    const ActionSpec &s = entry.spec;
    const bool permitted = isPermitted(s);
    const QString unavailable = s.unavailableReason ? s.unavailableReason() : QString();
    if (unavailable != entry.unavailable) {
        entry.unavailable = unavailable;
        applyTexts(entry);
    }
    // Not offered by the server: out of menus, toolbar and context menus, so
    // nothing fails at click time; the help and the palette say why.
    entry.action->setVisible((permitted || !s.hideWhenNotPermitted) && unavailable.isEmpty());

    bool enabled = permitted && unavailable.isEmpty();
    if (s.requiresSession && !m_signedIn)
        enabled = false;
    if (s.context != ActionContext::Global && s.context != m_context)
        enabled = false;
    const int selected = m_selection.value(int(s.context));
    if (s.selection == SelectionRequirement::AtLeastOne && selected < 1)
        enabled = false;
    if (s.selection == SelectionRequirement::ExactlyOne && selected != 1)
        enabled = false;
    if (enabled && s.enabledWhen && !s.enabledWhen())
        enabled = false;
    entry.action->setEnabled(enabled);
}

void ActionRegistry::populateMenu(QMenu *menu, ActionMenu which) const
{
    QString group;
    bool first = true;
    for (const QString &id : m_order) {
        const Entry &e = m_entries.value(id);
        if (e.spec.menu != which)
            continue;
        if (!first && e.spec.group != group)
            menu->addSeparator();
        group = e.spec.group;
        first = false;
        menu->addAction(e.action);
    }
}

void ActionRegistry::populateToolBar(QToolBar *toolBar) const
{
    for (const ActionContext context : {ActionContext::Global, ActionContext::Bots,
                                        ActionContext::Discord, ActionContext::Triage}) {
        bool any = false;
        for (const QString &id : m_order) {
            const Entry &e = m_entries.value(id);
            if (!e.spec.onToolBar || e.spec.context != context)
                continue;
            if (!any && !toolBar->actions().isEmpty())
                toolBar->addSeparator();
            any = true;
            toolBar->addAction(e.action);
        }
    }
}

QString ActionRegistry::contextTitle(ActionContext context)
{
    switch (context) {
    case ActionContext::Global:
        return tr("Everywhere", "shortcut help: actions available on every page");
    case ActionContext::Bots:
        return tr("Bots", "page name");
    case ActionContext::Discord:
        return tr("Discord guilds", "page name");
    case ActionContext::Triage:
        return tr("Triage log", "page name");
    }
    return {};
}
