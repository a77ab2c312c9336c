#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QUrl>

class GuildIconFetcher;

// Guild icons as decoded images, for the guild list: a GuildIconFetcher for
// the bytes, a decoder with limits, an in-memory LRU cache of decoded images
// by URL and a memory of failures, so a broken URL is not asked for again on
// every paint (only after forgetFailures(), e.g. on an explicit reload).
//
// Decoding is bounded before any pixel is decoded: the header's size must be
// known and at most maxSourceEdge on each side (a small file can announce a
// huge image); larger than targetEdge it is scaled while decoding.
class GuildIconLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildIconLoader)

public:
    struct Limits
    {
        int maxSourceEdge = 1024;
        int targetEdge = 128; // enough for a 40 px avatar at 3x
        qint64 cacheBytes = qint64(16) * 1024 * 1024; // decoded images kept in memory
    };

    // fetcher may be null: a private one with its own network manager is made.
    explicit GuildIconLoader(GuildIconFetcher *fetcher = nullptr, QObject *parent = nullptr);
    ~GuildIconLoader() override;

    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }
    GuildIconFetcher *fetcher() const { return m_fetcher; }

    // Asks for url's image. Answers with loaded() or failed(), never from
    // inside this call (a cached image or a remembered failure included).
    void request(const QString &url);
    // The cached image, or a null one.
    QImage cached(const QString &url) const;
    bool hasFailed(const QString &url) const;
    // Lets remembered failures be tried again (an explicit reload).
    void forgetFailures();
    // Drops waiting and running downloads (signed out); the cache stays.
    void cancelPending();

    // The decoder on its own: bytes to an image within limits, or a null
    // image and why.
    static QImage decode(const QByteArray &bytes, const Limits &limits, QString *why = nullptr);

Q_SIGNALS:
    void loaded(const QString &url, const QImage &image);
    // Remembered: not asked for again until forgetFailures().
    void failed(const QString &url);
    // Not loaded for now (dropped from a full queue, cancelled): ask again
    // when it is needed again.
    void dropped(const QString &url);

private:
    void onFetched(const QUrl &url, const QByteArray &bytes);
    void onFailed(const QUrl &url, const ApiError &error);
    QStringList takeWaiting(const QUrl &url);

    GuildIconFetcher *m_fetcher = nullptr;
    Limits m_limits;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_failed;
    QHash<QUrl, QStringList> m_waiting; // what is being fetched -> the URLs as asked for
    quint64 m_generation = 0; // answers queued before cancelPending() are dropped
};
