#include "Notifier.h"

#include "models/settings/AppSettings.h"
#include "models/text/DisplayText.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

Notifier::Notifier(AppSettings &settings, QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
{
    setObjectName(QStringLiteral("notifier"));
}

Notifier::~Notifier() = default;

bool Notifier::isEnabled(Kind kind) const
{
    switch (kind) {
    case Kind::WatchedChange:
        return m_settings.notifyWatchedChanges();
    case Kind::StaleHeartbeat:
        return m_settings.notifyStaleHeartbeat();
    case Kind::ConnectionLost:
        return m_settings.notifyConnectionLost();
    case Kind::PlannedResume:
        return true;
    }
    return true;
}

bool Notifier::notify(Kind kind, const QString &title, const QString &message)
{
    if (!isEnabled(kind))
        return false;
    // Titles and messages carry server text: controls visible, bounded. Every
    // output below shows them as plain text.
    Notification n {kind, DisplayText::message(title, DisplayText::kNameChars * 2),
                    DisplayText::message(message), false};
    if (m_sink) {
        m_sink(n);
    } else {
        n.desktop = showOnTray(n);
        if (!n.desktop && m_window) {
            // No tray (or not allowed): an in-app message where the operator
            // looks for the state of things.
            // QStatusBar paints its message as plain text.
            m_window->statusBar()->showMessage(
                tr("%1: %2", "notification title: message").arg(n.title, n.message),
                kStatusMessageMs);
        }
        if (m_window)
            QApplication::alert(m_window);
    }
    ++m_shown;
    m_last = n;
    Q_EMIT notified(n);
    return true;
}

QString Notifier::trayBody(const QString &message)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Desktop notifications on Linux and BSD go over D-Bus
    // (org.freedesktop.Notifications), whose servers read the body as markup
    // (<b>, <a href>, <img src>): escaped, it shows as the text it is.
    return message.toHtmlEscaped();
#else
    // Windows and macOS show the body as plain text.
    return message;
#endif
}

bool Notifier::showOnTray(const Notification &notification)
{
    if (!m_desktopAllowed || !QSystemTrayIcon::isSystemTrayAvailable()
        || !QSystemTrayIcon::supportsMessages()) {
        return false;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = m_window ? m_window->windowIcon() : QApplication::windowIcon();
        if (icon.isNull()) // a tray entry without an icon is not shown at all
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray->setIcon(icon);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            Q_EMIT activated();
        });
    }
    m_tray->show();
    const QSystemTrayIcon::MessageIcon icon = notification.kind == Kind::WatchedChange
        ? QSystemTrayIcon::Information
        : QSystemTrayIcon::Warning;
    m_tray->showMessage(notification.title, trayBody(notification.message), icon);
    return true;
}
