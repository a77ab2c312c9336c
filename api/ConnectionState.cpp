#include "ConnectionState.h"

ConnectionState ConnectionState::offline(const ApiError &error)
{
    ConnectionState s;
    s.m_kind = Kind::Offline;
    s.m_error = error;
    return s;
}

ConnectionState ConnectionState::connecting(int attempt)
{
    ConnectionState s;
    s.m_kind = Kind::Connecting;
    s.m_attempt = attempt;
    return s;
}

ConnectionState ConnectionState::live()
{
    ConnectionState s;
    s.m_kind = Kind::Live;
    return s;
}

ConnectionState ConnectionState::reconnecting(int attempt, int retryInMs, qint64 nowMs,
                                              const ApiError &error)
{
    ConnectionState s;
    s.m_kind = Kind::Reconnecting;
    s.m_attempt = attempt;
    s.m_retryInMs = retryInMs;
    s.m_nextAttemptAtMs = nowMs + retryInMs;
    s.m_error = error;
    return s;
}

ConnectionState ConnectionState::unauthorized(const ApiError &error)
{
    ConnectionState s;
    s.m_kind = Kind::Unauthorized;
    s.m_error = error;
    return s;
}
