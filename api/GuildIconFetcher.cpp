#include "GuildIconFetcher.h"

#include "GraphQLClient.h"
#include "PrivateFiles.h"
#include "TransportSecurity.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

Q_LOGGING_CATEGORY(lcGuildIcons, "lumio.api.icons")

namespace {

// Icon failures are never shown (the row keeps its initials); the messages
// are for the log, hence not translated.
ApiError makeError(ApiError::Kind kind, const QString &message, int httpStatus = 0)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    error.retryable = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout
        || kind == ApiError::Kind::Cancelled || httpStatus >= 500;
    return error;
}

QString forLog(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

bool isHttpScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

} // namespace

GuildIconFetcher::GuildIconFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

GuildIconFetcher::~GuildIconFetcher()
{
    cancelAll();
}

QStringList GuildIconFetcher::defaultAllowedHosts()
{
    return {QStringLiteral("cdn.discordapp.com"), QStringLiteral("media.discordapp.net")};
}

void GuildIconFetcher::setAllowedHosts(const QStringList &hosts)
{
    m_allowedHosts.clear();
    for (const QString &h : hosts) {
        const QString host = h.trimmed().toLower();
        if (!host.isEmpty() && !m_allowedHosts.contains(host))
            m_allowedHosts.append(host);
    }
}

ApiError GuildIconFetcher::checkUrl(const QUrl &url) const
{
    // The API's rules first: a valid URL, no credentials in it, plain http
    // only to a literal loopback address or the bare name localhost.
    if (ApiError insecure = TransportSecurity::checkUrl(url))
        return insecure;
    if (!isHttpScheme(url))
        return makeError(ApiError::Kind::Policy,
                         QStringLiteral("Icons are fetched over https only."));
    if (TransportSecurity::isLoopbackHost(url.host())) {
        if (m_loopbackAllowed)
            return {};
        return makeError(ApiError::Kind::Policy,
                         QStringLiteral("Icons are not fetched from this computer for a server "
                                        "that is not on it."));
    }
    if (url.scheme() != QLatin1String("https"))
        return makeError(ApiError::Kind::Policy,
                         QStringLiteral("Icons are fetched over https only."));
    if (!m_allowedHosts.contains(url.host().toLower()) || (url.port() != -1 && url.port() != 443))
        return makeError(ApiError::Kind::Policy,
                         QStringLiteral("Icons are fetched from %1 only, not from %2.")
                             .arg(m_allowedHosts.join(QLatin1String(", ")), url.host()));
    return {};
}

void GuildIconFetcher::setDiskCacheDirectory(const QString &directory, qint64 maxBytes)
{
    m_diskCacheDirectory = directory;
    m_diskCacheBytes = maxBytes;
    if (!directory.isEmpty()) {
        // Owner only (0700 folder, 0600 files), also what an older version
        // left there. QNetworkDiskCache writes through temporary files (0600)
        // and its subfolders sit inside this one.
        PrivateFiles::ensureDirectory(directory);
        PrivateFiles::tightenTree(directory);
    }
    if (m_ownNetwork) {
        // Applies to the next requests.
        if (directory.isEmpty()) {
            m_ownNetwork->setCache(nullptr);
        } else {
            auto *cache = new QNetworkDiskCache(m_ownNetwork);
            cache->setCacheDirectory(directory);
            cache->setMaximumCacheSize(maxBytes);
            m_ownNetwork->setCache(cache);
        }
    }
}

QNetworkAccessManager *GuildIconFetcher::network()
{
    if (m_network)
        return m_network;
    if (!m_ownNetwork) {
        // Its own manager: no cookie jar shared with anyone, no credentials.
        m_ownNetwork = new QNetworkAccessManager(this);
        m_network = m_ownNetwork;
        if (!m_diskCacheDirectory.isEmpty())
            setDiskCacheDirectory(m_diskCacheDirectory, m_diskCacheBytes);
    }
    return m_ownNetwork;
}

bool GuildIconFetcher::isPending(const QUrl &url) const
{
    if (m_queue.contains(url))
        return true;
    for (const Running &r : m_running) {
        if (r.url == url)
            return true;
    }
    return false;
}

void GuildIconFetcher::fetch(const QUrl &url)
{
    if (isPending(url))
        return;
    if (const ApiError refused = checkUrl(url)) {
        qCInfo(lcGuildIcons).noquote() << "refusing icon URL" << forLog(url) << refused.message;
        failLater(url, refused);
        return;
    }
    if (m_running.size() < m_limits.maxConcurrent) {
        start(url);
        return;
    }
    m_queue.append(url);
    while (m_queue.size() > qMax(0, m_limits.maxQueued)) {
        const QUrl dropped = m_queue.takeFirst();
        failLater(dropped,
                  makeError(ApiError::Kind::Cancelled,
                            QStringLiteral("Dropped from a full icon queue.")));
    }
}

void GuildIconFetcher::cancelAll()
{
    ++m_generation;
    m_queue.clear();
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void GuildIconFetcher::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < m_limits.maxConcurrent)
        start(m_queue.takeFirst());
}

void GuildIconFetcher::start(const QUrl &url)
{
    QNetworkAccessManager *manager = network();
    if (!manager) {
        failLater(url, makeError(ApiError::Kind::Network, QStringLiteral("No network.")));
        return;
    }
    QNetworkRequest request(url);
    // Every redirect is checked in onRedirected(): same origin, or https.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    // Public images: no cookies either way, no HTTP authentication reused.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setRawHeader("Accept", "image/png, image/webp, image/jpeg, image/gif;q=0.8");
    request.setHeader(QNetworkRequest::UserAgentHeader, GraphQLClient::defaultUserAgent());

    qCDebug(lcGuildIcons).noquote() << "GET" << forLog(url);
    QNetworkReply *reply = manager->get(request);
    Running running;
    running.url = url;
    running.current = url;
    m_running.insert(reply, running);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            abortReply(reply, Abort::TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::redirected, this,
            [this, reply](const QUrl &target) { onRedirected(reply, target); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
#if QT_CONFIG(ssl)
    // Recorded for the log; never ignored (Qt then fails the handshake).
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const auto it = m_running.find(reply);
        if (it == m_running.end())
            return;
        for (const QSslError &e : errors)
            it->tlsProblems.append(e.errorString());
    });
#endif
}

void GuildIconFetcher::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end() || it->abort != Abort::None)
        return;
    it->body.append(reply->readAll());
    if (it->body.size() > m_limits.maxBytes)
        abortReply(reply, Abort::TooLarge);
}

void GuildIconFetcher::onRedirected(QNetworkReply *reply, const QUrl &target)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    // The hop's own origin (reply->url() may already name the target).
    const QUrl from = it->current;
    // Every hop obeys the policy (an allowed CDN host cannot bounce the
    // request to a local service), and never goes from https to http.
    const bool allowed = !checkUrl(target)
        && (target.scheme() == QLatin1String("https")
            || TransportSecurity::isSameOrigin(from, target));
    if (!allowed) {
        qCInfo(lcGuildIcons).noquote()
            << "refusing the redirect of" << forLog(it->url) << "to" << forLog(target);
        abortReply(reply, Abort::Redirect);
        return;
    }
    ++it->redirects;
    it->current = target;
    it->body.clear();
    Q_EMIT reply->redirectAllowed();
}

void GuildIconFetcher::abortReply(QNetworkReply *reply, Abort why)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end() || it->abort != Abort::None)
        return;
    it->abort = why;
    reply->abort(); // finished() follows synchronously -> onFinished()
}

void GuildIconFetcher::onFinished(QNetworkReply *reply)
{
    const auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    Running running = *it;
    m_running.erase(it);
    reply->disconnect(this);
    reply->deleteLater();

    const QUrl url = running.url;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    ApiError error;
    if (running.abort == Abort::TooLarge) {
        error =
            makeError(ApiError::Kind::Policy,
                      QStringLiteral("The icon is larger than %1 bytes.").arg(m_limits.maxBytes));
    } else if (running.abort == Abort::Redirect || code == QNetworkReply::InsecureRedirectError
               || code == QNetworkReply::TooManyRedirectsError) {
        error = makeError(ApiError::Kind::Policy,
                          QStringLiteral("The icon was redirected where it may not go."));
    } else if (!running.tlsProblems.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        error = makeError(
            ApiError::Kind::Tls,
            QStringLiteral("TLS: %1").arg(running.tlsProblems.isEmpty()
                                              ? reply->errorString()
                                              : running.tlsProblems.join(QLatin1String("; "))));
    } else if (status >= 300) {
        error =
            makeError(ApiError::Kind::HttpStatus, QStringLiteral("HTTP %1").arg(status), status);
    } else if (code == QNetworkReply::TimeoutError
               || code == QNetworkReply::OperationCanceledError) {
        error = makeError(ApiError::Kind::Timeout, QStringLiteral("No answer in time."));
    } else if (code != QNetworkReply::NoError) {
        error = makeError(ApiError::Kind::Network, reply->errorString(), status);
    } else {
        running.body.append(reply->readAll());
        if (running.body.size() > m_limits.maxBytes) {
            error = makeError(
                ApiError::Kind::Policy,
                QStringLiteral("The icon is larger than %1 bytes.").arg(m_limits.maxBytes));
        } else if (running.body.isEmpty()) {
            error = makeError(ApiError::Kind::Decode, QStringLiteral("The icon is empty."));
        }
    }

    startNext();
    if (error) {
        qCInfo(lcGuildIcons).noquote() << "icon" << forLog(url) << "failed:" << error.message;
        Q_EMIT failed(url, error);
    } else {
        Q_EMIT fetched(url, running.body);
    }
}

void GuildIconFetcher::failLater(const QUrl &url, const ApiError &error)
{
    QTimer::singleShot(0, this, [this, url, error, generation = m_generation] {
        if (generation == m_generation)
            Q_EMIT failed(url, error);
    });
}
