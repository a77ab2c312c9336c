#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcGuildIcons)

// Downloads guild icons (public images on Discord's CDN, not the API), as
// bytes: decoding is the caller's business (this layer has no Qt Gui).
//
// Deliberately separate from GraphQLClient: it has its own network manager
// path and knows no token, so no Authorization header, cookie or credential
// is ever sent with an icon, whatever the icon's origin. Where it may go is
// narrower than the API's transport rules (issue 14: an icon URL is chosen
// by whoever names a guild's icon, and a GET to a local service is a request
// forgery): https to the allowed hosts only (Discord's CDN by default,
// setAllowedHosts()), and loopback (http or https) only when
// setLoopbackAllowed(true), which the app sets only for a profile whose own
// GraphQL URL is loopback (the sandbox serves its icons there). Decided
// before any connection, and again for every redirect hop. TLS errors are
// never ignored; a redirect is followed at most three times; a body larger than maxBytes is aborted
// (by its Content-Length, or as it arrives); at most maxConcurrent downloads run at once, the rest
// wait in a bounded queue (the oldest waiting one is dropped first: it is the one least likely to
// be on screen still).
//
// Results come as fetched() or failed(), never synchronously from fetch().
class GuildIconFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildIconFetcher)

public:
    struct Limits
    {
        qint64 maxBytes = qint64(512) * 1024;
        int maxConcurrent = 4;
        int maxQueued = 256;
        int timeoutMs = 15000;
        int maxRedirects = 3;
    };

    // network may be null: a private manager is made (the usual case; tests
    // inject theirs). It must outlive the fetcher and must not be the API's
    // if that one carries credentials of its own (a cookie jar, a proxy login).
    explicit GuildIconFetcher(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~GuildIconFetcher() override;

    // The default hosts icons are fetched from: Discord's CDN.
    static QStringList defaultAllowedHosts();
    // Host names (exact, lower case) icons may be fetched from over https.
    void setAllowedHosts(const QStringList &hosts);
    QStringList allowedHosts() const { return m_allowedHosts; }
    // Whether a loopback URL (127.0.0.0/8, ::1, localhost) may be fetched,
    // over http or https. Off by default; on only for a loopback profile.
    void setLoopbackAllowed(bool allowed) { m_loopbackAllowed = allowed; }
    bool isLoopbackAllowed() const { return m_loopbackAllowed; }
    // Why url may not be fetched under the current policy; no error if it may.
    ApiError checkUrl(const QUrl &url) const;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // An HTTP disk cache (QNetworkDiskCache) in directory, for the private
    // manager only; honours the CDN's cache headers. Empty turns it off.
    void setDiskCacheDirectory(const QString &directory, qint64 maxBytes = qint64(20) * 1024 * 1024);

    // Queues url (again: nothing; already running: nothing). Every call
    // ends in exactly one fetched() or failed() for that url, unless
    // cancelAll() comes first.
    void fetch(const QUrl &url);
    // Drops queued and running downloads without a signal.
    void cancelAll();

    int runningCount() const { return int(m_running.size()); }
    int queuedCount() const { return int(m_queue.size()); }
    bool isPending(const QUrl &url) const;

Q_SIGNALS:
    void fetched(const QUrl &url, const QByteArray &bytes);
    // error.kind: Policy (insecure URL or redirect, too large), Tls,
    // HttpStatus (404...), Network, Timeout, Cancelled (dropped from a full
    // queue: worth asking again later).
    void failed(const QUrl &url, const ApiError &error);

private:
    enum class Abort : quint8 { None, TooLarge, Redirect };

    struct Running
    {
        QUrl url; // as asked for
        QUrl current; // where it is now, after redirects
        QByteArray body;
        Abort abort = Abort::None;
        int redirects = 0;
        QStringList tlsProblems;
    };

    void startNext();
    void start(const QUrl &url);
    void onReadyRead(QNetworkReply *reply);
    void onRedirected(QNetworkReply *reply, const QUrl &target);
    void onFinished(QNetworkReply *reply);
    void abortReply(QNetworkReply *reply, Abort why);
    void failLater(const QUrl &url, const ApiError &error);
    QNetworkAccessManager *network();

    QPointer<QNetworkAccessManager> m_network;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    QString m_diskCacheDirectory;
    qint64 m_diskCacheBytes = 0;
    Limits m_limits;
    QStringList m_allowedHosts = defaultAllowedHosts();
    bool m_loopbackAllowed = false;
    QList<QUrl> m_queue;
    QHash<QNetworkReply *, Running> m_running;
    quint64 m_generation = 0; // failures queued before cancelAll() are dropped
};
