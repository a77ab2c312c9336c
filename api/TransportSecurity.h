#pragma once

#include "ApiError.h"

#include <QString>
#include <QUrl>

// The transport rules every request obeys, shared by the HTTP and the
// WebSocket clients so they cannot drift apart.
namespace TransportSecurity {

// The bare name localhost and the literal addresses 127.0.0.0/8 and ::1:
// traffic that never leaves the machine. "localhost." (trailing dot) and any
// other name are not: the resolver may send them to DNS.
bool isLoopbackHost(const QString &host);

// Encrypted schemes (https, wss) are always allowed; their plain twins
// (http, ws) only to a loopback host, for the sandbox and local servers.
// Anything else is an ApiError of kind Policy, decided before any connection.
ApiError checkUrl(const QUrl &url);

// Same scheme, host and port (default ports filled in): the only case in
// which the bearer token may be sent to url.
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace TransportSecurity
