#include "GraphQLReply.h"

#include "ApiHttpLogging.h"
#include "GraphQLClient.h"
#include "GraphQLResponse.h"
#include "TransportSecurity.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphQLReply", text);
}

ApiError makeError(ApiError::Kind kind, const QString &message, bool retryable = false)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.retryable = retryable;
    return error;
}

// A token goes into an HTTP header: anything outside visible ASCII could
// split the header (CR/LF injection) or leak into another one.
bool isSendableToken(const QString &token)
{
    return std::all_of(token.cbegin(), token.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

#if QT_CONFIG(ssl)
QString describe(const QSslError &error)
{
    const QSslCertificate cert = error.certificate();
    if (cert.isNull())
        return error.errorString();
    return tr("%1 (certificate for “%2” issued by “%3”, valid %4 to %5, SHA-256 %6)")
        .arg(error.errorString(),
             cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
             cert.issuerInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
             cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
}
#endif

} // namespace

GraphQLReply::GraphQLReply(QNetworkAccessManager *network, const GraphQLClientConfig &config,
                           const GraphQLRequest &request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_request(request)
    , m_url(request.endpoint.isEmpty() ? config.endpoint : request.endpoint)
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A server's Retry-After is a floor: a coarse timer may fire up to 5%
    // early (950 ms for "1 s"), i.e. before the server said it would accept.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortAttempt(AbortReason::Timeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphQLReply::startAttempt);
}

GraphQLReply::~GraphQLReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void GraphQLReply::start()
{
    // Everything that can be decided without the network is decided here,
    // and then the request never leaves the client.
    if (!m_request.isValid()) {
        finishLater(makeError(ApiError::Kind::Policy,
                              tr("The operation “%1” is unknown to this version of the app.")
                                  .arg(m_request.operationName)));
        return;
    }
    if (m_request.type == GraphQLRequest::OperationType::Subscription) {
        finishLater(makeError(ApiError::Kind::Policy,
                              tr("Subscriptions are sent over the WebSocket client, not HTTP.")));
        return;
    }
    if (const ApiError insecure = TransportSecurity::checkUrl(m_url)) {
        finishLater(insecure);
        return;
    }
    if (!m_network) {
        finishLater(makeError(ApiError::Kind::Network, tr("The network is not available.")));
        return;
    }
    startAttempt();
}

void GraphQLReply::startAttempt()
{
    if (!m_network) {
        finishLater(makeError(ApiError::Kind::Network, tr("The network is not available.")));
        return;
    }
    QByteArray authorization;
    if (TransportSecurity::isSameOrigin(m_url, m_config.endpoint)) {
        const QString token = m_config.tokenProvider ? m_config.tokenProvider() : m_config.token;
        if (!isSendableToken(token)) {
            finishLater(
                makeError(ApiError::Kind::Policy,
                          tr("The stored access token is malformed; please sign in again.")));
            return;
        }
        if (!token.isEmpty())
            authorization = "Bearer " + token.toLatin1();
        m_sentToken = token;
    }
    ++m_attempts;
    m_abortReason = AbortReason::None;
    m_tlsProblems.clear();
    m_attemptSent = false;

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/graphql-response+json, application/json;q=0.9");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      m_config.userAgent.isEmpty() ? GraphQLClient::defaultUserAgent()
                                                   : m_config.userAgent);
    // Accept-Encoding is deliberately not set: Qt then asks for gzip/deflate
    // itself and decompresses transparently. Setting it would turn that off.
    //
    // Redirects are followed only within the same origin; a redirect to
    // another host fails with InsecureRedirectError, so the Authorization
    // header can never follow it. (NoLessSafeRedirectPolicy would allow
    // https://a -> https://b and send the token to b.)
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    // The API authenticates with the bearer token only: no cookies, no cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const int timeoutMs = m_request.timeoutMs > 0 ? m_request.timeoutMs : m_config.timeoutMs;
    request.setTransferTimeout(timeoutMs);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);

    qCDebug(lcApiHttp).nospace() << "POST " << m_request.operationName << " to "
                                 << m_url.toDisplayString(QUrl::RemoveQuery) << " attempt "
                                 << m_attempts;
    m_reply = m_network->post(request, m_request.toJson());
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &GraphQLReply::onAttemptFinished);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { checkSize(-1); });
    // Bytes of the request left the client: from here on, a failure may
    // come after the server did the work (Qt may also have sent it again on
    // a new connection by itself, whose refusal says nothing of the first).
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_attemptSent = true;
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64, qint64 total) { checkSize(total); });
#if QT_CONFIG(ssl)
    // Recorded for the error message; never ignored. Without a call to
    // ignoreSslErrors() Qt fails the handshake after this signal.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsProblems.append(describe(e));
    });
#endif
    m_deadline.start(timeoutMs);
}

void GraphQLReply::checkSize(qint64 announcedTotal)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    if (announcedTotal > m_config.maxResponseBytes
        || m_reply->bytesAvailable() > m_config.maxResponseBytes)
        abortAttempt(AbortReason::TooLarge);
}

void GraphQLReply::abortAttempt(AbortReason reason)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort(); // emits finished() synchronously -> onAttemptFinished()
}

ApiError GraphQLReply::errorOfFailedTransfer(QNetworkReply *reply, int httpStatus) const
{
    switch (m_abortReason) {
    case AbortReason::Timeout: {
        ApiError error = makeError(ApiError::Kind::Timeout,
                                   tr("The server did not answer in time. Check the connection "
                                      "and try again."),
                                   true);
        error.answerLost = true;
        return error;
    }
    case AbortReason::TooLarge:
        return makeError(ApiError::Kind::Policy,
                         tr("The server's response was too large (more than %1 MiB) and was "
                            "refused.")
                             .arg(m_config.maxResponseBytes / (qint64(1024) * 1024)));
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError code = reply->error();
    if (!m_tlsProblems.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        const QString details = m_tlsProblems.isEmpty() ? reply->errorString()
                                                        : m_tlsProblems.join(QLatin1String("; "));
        return makeError(
            ApiError::Kind::Tls,
            tr("The secure connection to %1 could not be verified: %2").arg(m_url.host(), details));
    }
    if (code == QNetworkReply::InsecureRedirectError || code == QNetworkReply::TooManyRedirectsError
        || code == QNetworkReply::ProtocolUnknownError) {
        return makeError(ApiError::Kind::Policy,
                         tr("The server redirected the request to another address; it was "
                            "stopped so that your credentials are not sent there."));
    }
    // Qt's transfer timeout aborts the reply itself (OperationCanceledError).
    if (code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError) {
        ApiError error = makeError(ApiError::Kind::Timeout,
                                   tr("The server did not answer in time. Check the connection "
                                      "and try again."),
                                   true);
        error.answerLost = true;
        return error;
    }
    ApiError error = makeError(
        ApiError::Kind::Network,
        httpStatus == 0 ? tr("Could not reach %1: %2").arg(m_url.host(), reply->errorString())
                        : tr("The connection to %1 broke before the whole answer "
                             "arrived: %2")
                              .arg(m_url.host(), reply->errorString()),
        true);
    error.httpStatus = httpStatus;
    // Refused or unresolved before a byte was sent: the request never
    // reached the server. Anything else (reset, closed mid-answer) may have
    // come after the server did the work.
    const bool neverSent = !m_attemptSent
        && (code == QNetworkReply::ConnectionRefusedError
            || code == QNetworkReply::HostNotFoundError
            || code == QNetworkReply::ProxyConnectionRefusedError
            || code == QNetworkReply::ProxyNotFoundError);
    error.answerLost = !neverSent;
    return error;
}

void GraphQLReply::onAttemptFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_deadline.stop();
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    // HTTP error statuses (Qt maps them to codes 201-499) still carry a body
    // worth reading; everything else is a transport failure.
    const bool isHttpStatusError = status != 0 && code >= QNetworkReply::ContentAccessDenied
        && code <= QNetworkReply::UnknownServerError;
    if (m_abortReason != AbortReason::None
        || (code != QNetworkReply::NoError && !isHttpStatusError)) {
        const ApiError error = errorOfFailedTransfer(reply, status);
        handleResult(GraphQLResponse {{}, false, {}, error});
        return;
    }
    const QByteArray body = reply->readAll();
    if (body.size() > m_config.maxResponseBytes) {
        m_abortReason = AbortReason::TooLarge;
        handleResult(GraphQLResponse {{}, false, {}, errorOfFailedTransfer(reply, status)});
        return;
    }
    handleResult(GraphQLResponse::fromHttp(status, body, reply->rawHeader("Retry-After")));
}

void GraphQLReply::handleResult(const GraphQLResponse &answer)
{
    // A server or proxy that echoes the Authorization header into an error
    // message must not put the token into text that is shown and logged.
    GraphQLResponse response = answer;
    if (!m_sentToken.isEmpty()) {
        // Language-neutral, like a password field: nothing to translate.
        const QString redacted = QStringLiteral("\u2022\u2022\u2022");
        response.error.message.replace(m_sentToken, redacted);
        for (GraphQLErrorItem &item : response.errors)
            item.message.replace(m_sentToken, redacted);
    }
    ApiError &error = response.error;
    // A lost answer may have been a change the server made: the request's
    // outcome stays unknown unless a later attempt is answered by the server
    // itself (a GraphQL error other than RATE_LIMITED, or success).
    const bool serverAnswered = error.kind == ApiError::Kind::GraphQL
        && error.code != QLatin1String("RATE_LIMITED");
    if (error && m_answerLost && !serverAnswered)
        error.answerLost = true;
    if (error.answerLost)
        m_answerLost = true;
    if (m_config.retry.shouldRetry(error, m_request, m_attempts)) {
        const int delayMs = m_config.retry.delayMs(m_attempts, error.retryAfterMs);
        qCInfo(lcApiHttp).nospace()
            << m_request.operationName << " attempt " << m_attempts << " failed (" << error.message
            << "); retrying in " << delayMs << " ms";
        Q_EMIT retrying(m_attempts, delayMs, error);
        if (m_cancelled)
            return; // a receiver cancelled us
        m_retryTimer.start(int(std::llround(delayMs * std::max(0.0, m_config.retry.timeScale))));
        return;
    }
    m_data = response.data;
    m_hasData = response.hasData;
    m_errors = response.errors;
    m_error = error;
    if (error)
        qCInfo(lcApiHttp).nospace() << m_request.operationName << " failed after " << m_attempts
                                    << " attempt(s): " << error.message;
    finish();
}

void GraphQLReply::finishLater(const ApiError &error)
{
    // Queued: this can run inside execute(), before the caller could connect.
    m_error = error;
    QMetaObject::invokeMethod(this, &GraphQLReply::finish, Qt::QueuedConnection);
}

void GraphQLReply::finish()
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

void GraphQLReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_error = makeError(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    deleteLater();
}
