#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AppSettings;
class QMainWindow;
class QSystemTrayIcon;

// Tells the operator about something that happened while they may be looking
// elsewhere: a desktop notification (a tray message where the desktop has a
// tray), otherwise an in-app message in the window's status bar, always
// with the window's taskbar entry alerted. Each kind respects its preference
// in AppSettings (Settings > Notifications).
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    // PlannedResume: a "Pause for..." is due (issue 15); always shown, the
    // operator asked for it.
    enum class Kind : quint8 { WatchedChange, StaleHeartbeat, ConnectionLost, PlannedResume };
    Q_ENUM(Kind)

    struct Notification
    {
        Kind kind = Kind::WatchedChange;
        QString title;
        QString message;
        bool desktop = false; // shown as a tray message (else in the status bar)
    };

    static constexpr int kStatusMessageMs = 15000;

    Notifier(AppSettings &settings, QMainWindow *window, QObject *parent = nullptr);
    ~Notifier() override;

    bool isEnabled(Kind kind) const;
    // Shows the notification unless its preference is off; returns whether
    // it was shown.
    bool notify(Kind kind, const QString &title, const QString &message);

    // Test seam: replaces the tray and status bar output (the notified()
    // signal still fires).
    using Sink = std::function<void(const Notification &)>;
    void setSink(Sink sink) { m_sink = std::move(sink); }
    // Off: never use the tray even where there is one.
    void setDesktopNotificationsAllowed(bool allowed) { m_desktopAllowed = allowed; }
    int shownCount() const { return m_shown; }
    // The message as the desktop's notification service needs it to show it
    // as plain text (escaped where that service reads markup).
    static QString trayBody(const QString &message);
    Notification lastNotification() const { return m_last; }

Q_SIGNALS:
    void notified(const Notifier::Notification &notification);
    // The operator clicked a desktop notification.
    void activated();

private:
    bool showOnTray(const Notification &notification);

    AppSettings &m_settings;
    QPointer<QMainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    Sink m_sink;
    bool m_desktopAllowed = true;
    int m_shown = 0;
    Notification m_last;
};

Q_DECLARE_METATYPE(Notifier::Notification)
