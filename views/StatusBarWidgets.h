#pragma once

#include "api/ConnectionState.h"

#include <QLabel>
#include <QWidget>

#include <functional>

class QTimer;
class QToolButton;

// The live connection state in the status bar: "Live", "Reconnecting, attempt
// k, next try in N s" (counting down) with a "Retry now" button, "Offline",
// "Signed out"; or, without live updates (an older server, a refused
// subscription, a link that stays down), "Polling, updated N s ago". Fed from
// the api's ConnectionState and the bot table's polling; knows nothing of
// sockets.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)

public:
    // The data is kept current by reloading instead of live updates.
    struct Polling
    {
        bool active = false;
        qint64 updatedAtMs = 0; // wall clock of the last complete reload; 0: none yet
        int intervalMs = 0;
        QString reason; // why there are no live updates
        bool failing = false; // the last reload failed
        friend bool operator==(const Polling &, const Polling &) = default;
    };

    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    void setState(const ConnectionState &state);
    ConnectionState state() const { return m_state; }
    // Polling wins over the connection state: it never says "Live" then.
    void setPolling(const Polling &polling);
    Polling polling() const { return m_polling; }
    // A note added to the tool tip (what the server offers, when assumed).
    void setNote(const QString &note);
    // Signed out overrides the connection state (nothing to connect with).
    void setSignedIn(bool signedIn);
    bool isSignedIn() const { return m_signedIn; }

    // The text shown now (for tests and accessibility).
    QString text() const;
    QToolButton *retryButton() const { return m_retry; }

    // The clock used for the countdown; injectable for tests.
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshText();

    QLabel *m_label = nullptr;
    QToolButton *m_retry = nullptr;
    QTimer *m_tick = nullptr;
    ConnectionState m_state;
    Polling m_polling;
    QString m_note;
    bool m_signedIn = false;
    std::function<qint64()> m_nowMs;
};

// A small framed mark in the status bar ("Read-only", "Stale data").
class StatusMark final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusMark)

public:
    explicit StatusMark(QWidget *parent = nullptr);
};
