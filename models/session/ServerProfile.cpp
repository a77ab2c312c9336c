#include "ServerProfile.h"

#include "api/CredentialKey.h"
#include "api/TransportSecurity.h"

#include <QCoreApplication>

QUrl ServerProfile::wsUrl() const
{
    return wsUrlOverride.isEmpty() ? deriveWsUrl(graphqlUrl) : wsUrlOverride;
}

QUrl ServerProfile::deriveWsUrl(const QUrl &graphqlUrl)
{
    QUrl ws = graphqlUrl;
    const QString scheme = graphqlUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        ws.setScheme(QStringLiteral("wss"));
    else if (scheme == QLatin1String("http"))
        ws.setScheme(QStringLiteral("ws"));
    else
        return {};
    ws.setQuery(QString());
    ws.setFragment(QString());
    return ws;
}

namespace {
QString check(const QUrl &url, const char *secure, const char *plain)
{
    if (url.isEmpty())
        return QCoreApplication::translate("ServerProfile", "Enter the server's URL.");
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ServerProfile", "This is not a valid URL: %1")
            .arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String(secure) && scheme != QLatin1String(plain))
        return QCoreApplication::translate("ServerProfile", "The URL must start with %1:// .")
            .arg(QLatin1String(secure));
    if (scheme == QLatin1String(plain) && !TransportSecurity::isLoopbackHost(url.host()))
        return QCoreApplication::translate(
                   "ServerProfile",
                   "%1:// sends your token unencrypted, so it is only allowed to this machine "
                   "(localhost). Use %2:// for %3.")
            .arg(QLatin1String(plain), QLatin1String(secure), url.host());
    return {};
}
} // namespace

QString ServerProfile::checkHttpUrl(const QUrl &url)
{
    return check(url, "https", "http");
}

QString ServerProfile::checkWsUrl(const QUrl &url)
{
    return check(url, "wss", "ws");
}

bool ServerProfile::wsOnOtherOrigin() const
{
    if (wsUrlOverride.isEmpty())
        return false;
    return CredentialKey::httpOriginOf(wsUrlOverride) != CredentialKey::originOf(graphqlUrl);
}

bool ServerProfile::wsMayReceiveToken() const
{
    return !wsOnOtherOrigin()
        || (!wsTokenOrigin.isEmpty() && wsTokenOrigin == CredentialKey::originOf(wsUrlOverride));
}
