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
    // QUrl lower-cases hosts; a trailing dot is the same DNS name.
    if (host == QLatin1String("localhost") || host == QLatin1String("localhost."))
        return true;
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
