#pragma once

#include "ApiError.h"

#include <QMetaType>

// What the live connection is doing, as a value the UI can show without
// knowing anything about WebSockets:
//   Offline       not wanted (stopped) or impossible (invalid URL); error() says why
//   Connecting    a socket is opening or waiting for connection_ack (attempt k)
//   Live          acknowledged; subscriptions are flowing
//   Reconnecting  lost; the next attempt k starts in retryInMs, at nextAttemptAtMs
//   Unauthorized  the server refused the token; no retries until a new start()
class ConnectionState final
{
public:
    enum class Kind : quint8 { Offline, Connecting, Live, Reconnecting, Unauthorized };

    ConnectionState() = default;

    static ConnectionState offline(const ApiError &error = {});
    static ConnectionState connecting(int attempt);
    static ConnectionState live();
    // nowMs is the wall clock (ms since epoch) used to compute nextAttemptAtMs.
    static ConnectionState reconnecting(int attempt, int retryInMs, qint64 nowMs,
                                        const ApiError &error);
    static ConnectionState unauthorized(const ApiError &error);

    Kind kind() const noexcept { return m_kind; }
    bool isLive() const noexcept { return m_kind == Kind::Live; }
    // Connection attempt number; 1 for the first attempt after a loss or start.
    int attempt() const noexcept { return m_attempt; }
    // Reconnecting only: delay before the next attempt, and when that is (UTC ms).
    int retryInMs() const noexcept { return m_retryInMs; }
    qint64 nextAttemptAtMs() const noexcept { return m_nextAttemptAtMs; }
    // Why the connection is not live (None when it is, or when stopped cleanly).
    const ApiError &error() const noexcept { return m_error; }

    friend bool operator==(const ConnectionState &a, const ConnectionState &b) noexcept
    {
        return a.m_kind == b.m_kind && a.m_attempt == b.m_attempt && a.m_retryInMs == b.m_retryInMs
            && a.m_nextAttemptAtMs == b.m_nextAttemptAtMs && a.m_error.kind == b.m_error.kind
            && a.m_error.code == b.m_error.code && a.m_error.message == b.m_error.message;
    }

private:
    Kind m_kind = Kind::Offline;
    int m_attempt = 0;
    int m_retryInMs = 0;
    qint64 m_nextAttemptAtMs = 0;
    ApiError m_error;
};

Q_DECLARE_METATYPE(ConnectionState)
