#pragma once

#include <QObject>

class MessageBanner;
class QLabel;
class QMainWindow;
class QWidget;
class Session;
class StatusMark;

// Who is signed in where, and what they may do, on the window: the user and
// the server profile in the status bar, the read-only mark, and for a
// critical (production) profile a coloured band across the window and the
// profile name in the band's colours, seen from the corner of the eye on
// every page. The window creates the band (it sits over the page stack);
// the status bar widgets are made here and added to its left end.
class SessionMarks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionMarks)

public:
    SessionMarks(Session &session, MessageBanner *criticalBand, QMainWindow *window);

    QLabel *userLabel() const { return m_user; }
    QLabel *profileLabel() const { return m_profileLabel; }
    MessageBanner *criticalBand() const { return m_criticalBand; }
    StatusMark *readOnlyMark() const { return m_readOnly; }

    // After a sign-in, sign-out or profile change.
    void update();
    // Also on a palette change: the tint follows the theme.
    void updateCritical();
    void retranslate();

private:
    Session &m_session;
    QMainWindow *m_window = nullptr;
    MessageBanner *m_criticalBand = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_profileLabel = nullptr;
    QWidget *m_profileSeparator = nullptr;
    StatusMark *m_readOnly = nullptr;
};
