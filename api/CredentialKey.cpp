#include "CredentialKey.h"

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return 443;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        return 80;
    return -1;
}

} // namespace

namespace CredentialKey {

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (scheme.isEmpty() || host.isEmpty())
        return {};
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host; // IPv6
    return scheme + QStringLiteral("://") + shownHost + u':'
        + QString::number(url.port(defaultPort(scheme)));
}

QString httpOriginOf(const QUrl &url)
{
    QUrl http = url;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("wss"))
        http.setScheme(QStringLiteral("https"));
    else if (scheme == QLatin1String("ws"))
        http.setScheme(QStringLiteral("http"));
    else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {};
    // The default port follows the scheme: wss://h is https://h:443.
    if (url.port() < 0)
        http.setPort(-1);
    return originOf(http);
}

QString forProfile(const QString &profileName, const QUrl &graphqlUrl)
{
    return forOrigin(profileName, originOf(graphqlUrl));
}

QString forOrigin(const QString &profileName, const QString &origin)
{
    return origin + u'|' + profileName;
}

} // namespace CredentialKey
