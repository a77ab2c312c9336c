#pragma once

#include "ActionRegistry.h"
#include "models/session/Permissions.h"

#include <QWidget>

class QSettings;

// A page of the main window (Bots, Discord guilds, Triage log). The main
// window owns pages through this interface and knows nothing else of them:
// it calls registerActions() once, tells the page about stale data,
// permissions and sign-out, and saves/restores its state in its own
// settings group ("Pages/<pageId>").
class ShellPage : public QWidget
{
    Q_OBJECT

public:
    explicit ShellPage(QWidget *parent = nullptr)
        : QWidget(parent)
    { }

    // Stable id ("bots", "discord", "triage"); a page replaces another page
    // with the same id.
    virtual QString pageId() const = 0;
    // Translated title for the page switcher and window title.
    virtual QString title() const = 0;
    virtual ActionContext actionContext() const = 0;

    // Declare this page's actions once; the registry enables them only while
    // this page is current and the viewer is permitted.
    virtual void registerActions(ActionRegistry &registry) { Q_UNUSED(registry) }
    // The page's widget to focus when it becomes current.
    virtual QWidget *initialFocusWidget() { return this; }

    // The connection dropped (true) or came back (false). Keep the data, mark it.
    virtual void setStale(bool stale)
    {
        if (m_stale == stale)
            return;
        m_stale = stale;
        Q_EMIT staleChanged(stale);
    }
    bool isStale() const { return m_stale; }

    virtual void setPermissions(const Permissions &permissions) { m_permissions = permissions; }
    const Permissions &permissions() const { return m_permissions; }

    // "Changed since you looked": things on this page the operator has not
    // seen yet (e.g. watched bots that changed). The page switcher shows it
    // beside the page's name, so it is visible from every other page.
    void setAttentionCount(int count)
    {
        if (m_attentionCount == count)
            return;
        m_attentionCount = count;
        Q_EMIT titleChanged();
    }
    int attentionCount() const { return m_attentionCount; }

    // F5: reload what the page shows from the server.
    virtual void refresh() { }

    // Sign-out or profile switch: forget everything of the old profile.
    virtual void clearSessionData() { }

    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings) }
    virtual void restoreState(QSettings &settings) { Q_UNUSED(settings) }

Q_SIGNALS:
    void staleChanged(bool stale);
    // The page's title or "changed since you looked" count changed.
    void titleChanged();

private:
    bool m_stale = false;
    int m_attentionCount = 0;
    Permissions m_permissions;
};
