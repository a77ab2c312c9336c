#include "TransportSecurity.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return 443;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        return 80;
    return -1;
}

ApiError policyError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Policy;
    error.message = message;
    return error;
}

} // namespace

namespace TransportSecurity {

bool isLoopbackHost(const QString &host)
{
    // The bare name only: "localhost." (a trailing dot) is a fully qualified
    // name the resolver sends to DNS, which may answer with any address, and
    // so is every other name ("localhost.example", "127.0.0.1.nip.io").
    // QUrl lower-cases hosts; compare without case anyway for other callers.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // A literal address: 127.0.0.0/8 or ::1.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return policyError(QCoreApplication::translate(
                               "TransportSecurity", "The server address “%1” is not a valid URL.")
                               .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    if (!url.userInfo().isEmpty()) {
        // Credentials in a URL end up in logs and history: refuse them.
        return policyError(QCoreApplication::translate(
            "TransportSecurity", "The server address must not contain a user name or password."));
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return {};
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        && isLoopbackHost(url.host()))
        return {};
    return policyError(
        QCoreApplication::translate("TransportSecurity",
                                    "Refusing to connect to %1 without encryption: use https:// "
                                    "(plain %2 is only allowed to this computer).")
            .arg(url.host(), scheme));
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme();
    return scheme == b.scheme() && !a.host().isEmpty() && a.host() == b.host()
        && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

} // namespace TransportSecurity
