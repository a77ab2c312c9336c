#pragma once

#include <QMetaType>
#include <QString>

// The one error type of the whole app. Every failure that reaches a model or a
// view is one of these: what kind of thing went wrong, the server's
// extensions.code when it gave one, a message a person can act on (never
// containing a token), and whether trying again may help.
struct ApiError
{
    enum class Kind : quint8 {
        None,
        Network, // connection refused, reset, DNS, socket dropped
        Timeout, // no complete answer within the request's time limit
        Tls, // certificate or handshake failure; never bypassed
        HttpStatus, // an HTTP error status without a GraphQL body
        GraphQL, // the server answered with GraphQL errors
        Decode, // the reply was not what the schema promises
        Policy, // refused by the client: insecure URL, invalid ID, cross-origin redirect, too large
        Cancelled, // the caller cancelled
        Credentials, // the OS keychain failed, refused access or did not answer in time
    };

    Kind kind = Kind::None;
    QString code; // extensions.code, e.g. RATE_LIMITED, FORBIDDEN; empty if none
    QString message; // human-readable, actionable, token-free
    int httpStatus = 0; // 0 when there was no HTTP response
    bool retryable = false;
    int retryAfterMs = -1; // from extensions.retryAfterSeconds or Retry-After; -1 if none
    // The request may have reached the server but its answer never came back
    // (a timeout, a connection reset or dropped mid-answer, a server restart,
    // a gateway that lost the upstream: 502/504): whether it took effect is
    // unknown, so a caller must not report it as "failed". Also set when an
    // earlier attempt of a retried request ended this way and the last one
    // could not tell either.
    bool answerLost = false;

    bool isError() const noexcept { return kind != Kind::None; }
    explicit operator bool() const noexcept { return isError(); }
};

Q_DECLARE_METATYPE(ApiError)
