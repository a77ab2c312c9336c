#include "GuildIconLoader.h"

#include "api/GuildIconFetcher.h"

#include <QBuffer>
#include <QImageReader>
#include <QTimer>

namespace {

// Formats an icon may be in (what Discord serves); anything else, SVG
// included, is refused without looking further.
bool isAllowedFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "jpg" || format == "gif"
        || format == "webp";
}

QImage refuse(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return {};
}

} // namespace

GuildIconLoader::GuildIconLoader(GuildIconFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher ? fetcher : new GuildIconFetcher(nullptr, this))
{
    m_cache.setMaxCost(m_limits.cacheBytes);
    connect(m_fetcher, &GuildIconFetcher::fetched, this, &GuildIconLoader::onFetched);
    connect(m_fetcher, &GuildIconFetcher::failed, this, &GuildIconLoader::onFailed);
}

GuildIconLoader::~GuildIconLoader() = default;

void GuildIconLoader::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_cache.setMaxCost(limits.cacheBytes);
}

QImage GuildIconLoader::decode(const QByteArray &bytes, const Limits &limits, QString *why)
{
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return refuse(why, QStringLiteral("unreadable"));
    QImageReader reader(&buffer);
    // The bytes decide, never a file name or a Content-Type.
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead() || !isAllowedFormat(reader.format()))
        return refuse(why, QStringLiteral("not a PNG, JPEG, GIF or WebP image"));
    // The header's size, before a single pixel is decoded: a few hundred
    // bytes can announce gigapixels. (QImageReader::setAllocationLimit is
    // process-wide, so it is not the tool for one kind of image.)
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(why, QStringLiteral("the image does not say its size"));
    if (size.width() > limits.maxSourceEdge || size.height() > limits.maxSourceEdge)
        return refuse(why,
                      QStringLiteral("the image is %1x%2, more than %3 px on a side")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(limits.maxSourceEdge));
    if (size.width() > limits.targetEdge || size.height() > limits.targetEdge)
        reader.setScaledSize(
            size.scaled(limits.targetEdge, limits.targetEdge, Qt::KeepAspectRatio));
    QImage image = reader.read(); // the first frame of an animated icon
    if (image.isNull())
        return refuse(why, reader.errorString());
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

void GuildIconLoader::request(const QString &url)
{
    if (url.isEmpty())
        return;
    const quint64 generation = m_generation;
    if (const QImage *image = m_cache.object(url)) {
        QTimer::singleShot(0, this, [this, url, image = *image, generation] {
            if (generation == m_generation)
                Q_EMIT loaded(url, image);
        });
        return;
    }
    if (m_failed.contains(url)) {
        QTimer::singleShot(0, this, [this, url, generation] {
            if (generation == m_generation)
                Q_EMIT failed(url);
        });
        return;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    QStringList &waiting = m_waiting[parsed];
    if (!waiting.contains(url))
        waiting.append(url);
    m_fetcher->fetch(parsed);
}

QImage GuildIconLoader::cached(const QString &url) const
{
    const QImage *image = m_cache.object(url);
    return image ? *image : QImage();
}

bool GuildIconLoader::hasFailed(const QString &url) const
{
    return m_failed.contains(url);
}

void GuildIconLoader::forgetFailures()
{
    m_failed.clear();
}

void GuildIconLoader::cancelPending()
{
    ++m_generation;
    m_waiting.clear();
    m_fetcher->cancelAll();
}

QStringList GuildIconLoader::takeWaiting(const QUrl &url)
{
    QStringList urls = m_waiting.take(url);
    if (urls.isEmpty())
        urls.append(url.toString());
    return urls;
}

void GuildIconLoader::onFetched(const QUrl &url, const QByteArray &bytes)
{
    QString why;
    const QImage image = decode(bytes, m_limits, &why);
    const QStringList urls = takeWaiting(url);
    if (image.isNull()) {
        qCInfo(lcGuildIcons).noquote()
            << "icon" << url.toDisplayString(QUrl::RemoveQuery) << "refused:" << why;
        for (const QString &u : urls) {
            m_failed.insert(u);
            Q_EMIT failed(u);
        }
        return;
    }
    for (const QString &u : urls) {
        m_cache.insert(u, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
        Q_EMIT loaded(u, image);
    }
}

void GuildIconLoader::onFailed(const QUrl &url, const ApiError &error)
{
    const QStringList urls = takeWaiting(url);
    for (const QString &u : urls) {
        if (error.kind == ApiError::Kind::Cancelled) {
            Q_EMIT dropped(u);
        } else {
            m_failed.insert(u);
            Q_EMIT failed(u);
        }
    }
}
