#include "GraphQLResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

// Waits beyond a day are nonsense for an API call; clamping keeps the
// arithmetic below in int range whatever the server says.
constexpr qint64 kMaxRetryAfterMs = qint64(24) * 3600 * 1000;

bool isRetryableStatus(int status) noexcept
{
    return status == 502 || status == 503 || status == 504 || status == 429;
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("GraphQLResponse", text, nullptr, n);
}

} // namespace

GraphQLErrorItem GraphQLErrorItem::fromJson(const QJsonValue &json)
{
    GraphQLErrorItem item;
    const QJsonObject o = json.toObject();
    item.message = o.value(QLatin1String("message")).toString();
    if (item.message.isEmpty())
        item.message = tr("The server reported an error without a message.");
    item.path = o.value(QLatin1String("path")).toArray();
    item.extensions = o.value(QLatin1String("extensions")).toObject();
    item.code = item.extensions.value(QLatin1String("code")).toString();
    return item;
}

int GraphQLResponse::parseRetryAfter(QByteArrayView header)
{
    const QByteArray value = header.trimmed().toByteArray();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        // Clamp before multiplying: a hostile header must not overflow.
        return seconds < 0 ? -1 : int(std::min(seconds, kMaxRetryAfterMs / 1000) * 1000);
    // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 9110), which is
    // RFC 2822 compatible.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, kMaxRetryAfterMs));
}

GraphQLResponse GraphQLResponse::fromHttp(int httpStatus, const QByteArray &body,
                                          QByteArrayView retryAfterHeader)
{
    GraphQLResponse response;
    ApiError &error = response.error;
    error.httpStatus = httpStatus;

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = document.object();
    const bool isGraphQL = parseError.error == QJsonParseError::NoError && document.isObject()
        && (root.contains(QLatin1String("data")) || root.contains(QLatin1String("errors")));

    if (!isGraphQL) {
        if (httpStatus >= 200 && httpStatus < 300) {
            error.kind = ApiError::Kind::Decode;
            error.message = parseError.error != QJsonParseError::NoError
                ? tr("The server's answer is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : tr("The server's answer is not a GraphQL response.");
        } else {
            error.kind = ApiError::Kind::HttpStatus;
            error.message = tr("The server answered with HTTP status %1.").arg(httpStatus);
            error.retryable = isRetryableStatus(httpStatus);
            error.retryAfterMs = parseRetryAfter(retryAfterHeader);
            // A gateway that lost the upstream's answer (bad gateway, gateway
            // timeout) cannot say whether the API did the work.
            error.answerLost = httpStatus == 502 || httpStatus == 504;
        }
        return response;
    }

    const QJsonValue data = root.value(QLatin1String("data"));
    if (data.isObject()) {
        response.data = data.toObject();
        response.hasData = true;
    } else if (!data.isNull() && !data.isUndefined()) {
        error.kind = ApiError::Kind::Decode;
        error.message = tr("The server's answer has a \"data\" member that is not an object.");
        return response;
    }

    const QJsonValue errors = root.value(QLatin1String("errors"));
    if (errors.isArray()) {
        const QJsonArray list = errors.toArray();
        response.errors.reserve(list.size());
        for (const auto &e : list)
            response.errors.append(GraphQLErrorItem::fromJson(e));
    } else if (!errors.isUndefined() && !errors.isNull()) {
        response.errors.append(GraphQLErrorItem::fromJson(QJsonValue()));
    }

    if (!response.errors.isEmpty()) {
        // Summarise with the first error that has a code: that is what a
        // caller branches on (FORBIDDEN, NO_CONNECTION, RATE_LIMITED...).
        const GraphQLErrorItem *primary = &response.errors.first();
        for (const GraphQLErrorItem &e : std::as_const(response.errors)) {
            if (!e.code.isEmpty()) {
                primary = &e;
                break;
            }
        }
        error.kind = ApiError::Kind::GraphQL;
        error.code = primary->code;
        error.message = primary->message;
        if (response.errors.size() > 1)
            error.message += tr(" (and %n more error(s))", int(response.errors.size() - 1));
        const QJsonValue retryAfterSeconds =
            primary->extensions.value(QLatin1String("retryAfterSeconds"));
        if (retryAfterSeconds.isDouble() && retryAfterSeconds.toDouble() >= 0) {
            error.retryAfterMs = int(
                std::min<double>(std::ceil(retryAfterSeconds.toDouble() * 1000), kMaxRetryAfterMs));
        } else {
            error.retryAfterMs = parseRetryAfter(retryAfterHeader);
        }
        // Only a request that produced nothing is worth repeating; partial
        // data is delivered as it is.
        error.retryable = !response.hasData
            && (primary->code == QLatin1String("RATE_LIMITED") || isRetryableStatus(httpStatus));
        return response;
    }

    if (!response.hasData) {
        error.kind = ApiError::Kind::Decode;
        error.message = tr("The server's answer has neither data nor errors.");
        return response;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        // Data without errors under an error status breaks the spec; trust
        // the status, not the body.
        error.kind = ApiError::Kind::HttpStatus;
        error.message = tr("The server answered with HTTP status %1.").arg(httpStatus);
        error.retryable = isRetryableStatus(httpStatus);
        return response;
    }
    error = ApiError {}; // success
    error.httpStatus = httpStatus;
    return response;
}
