#pragma once

#include "api/ConnectionState.h"

#include <QLabel>
#include <QWidget>

#include <functional>

class QTimer;
class QToolButton;

// The live connection state in the status bar: "Live", "Reconnecting, attempt
// k, next try in N s" (counting down) with a "Retry now" button, "Offline",
// "Signed out". Fed from the api's ConnectionState; knows nothing of sockets.
class ConnectionStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusWidget)

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    void setState(const ConnectionState &state);
    ConnectionState state() const { return m_state; }
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
