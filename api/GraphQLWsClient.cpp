#include "GraphQLWsClient.h"

#include "GraphQLWsSubscription.h"
#include "TransportSecurity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <utility>

Q_LOGGING_CATEGORY(lcApiWs, "lumio.api.ws")

namespace {
using Proto = GraphQLWsProtocol;

// Server-supplied close reasons end up in the UI; keep them short.
QString clip(const QString &text)
{
    constexpr qsizetype kMax = 200;
    return text.size() > kMax ? text.left(kMax) + QStringLiteral("…") : text;
}

ApiError errorFromGraphQLErrors(const QJsonArray &errors, bool terminal)
{
    ApiError e;
    e.kind = ApiError::Kind::GraphQL;
    const QJsonObject first = errors.at(0).toObject();
    e.code =
        first.value(QLatin1String("extensions")).toObject().value(QLatin1String("code")).toString();
    e.message = clip(first.value(QLatin1String("message")).toString());
    if (errors.size() > 1)
        e.message += QStringLiteral(" (and %1 more errors)").arg(errors.size() - 1);
    e.retryable = !terminal;
    return e;
}
} // namespace

GraphQLWsClient::GraphQLWsClient(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_backoff(1000, 30000)
{
    m_ackTimer.setSingleShot(true);
    m_pongTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        failConnection(Proto::ConnectionAcknowledgementTimeout,
                       QStringLiteral("no connection_ack within %1 ms").arg(m_timing.ackTimeoutMs),
                       /*abortSocket=*/true);
    });
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        // A half-open TCP connection can look healthy for minutes; a close
        // handshake would wait on the same dead peer, so abort.
        failConnection(Proto::Terminated,
                       QStringLiteral("no pong within %1 ms").arg(m_timing.pongTimeoutMs),
                       /*abortSocket=*/true);
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &GraphQLWsClient::sendKeepAlivePing);
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphQLWsClient::openSocket);
}

GraphQLWsClient::~GraphQLWsClient()
{
    // Subscriptions are our children and are destroyed after this body; they
    // must not call back into a half-destroyed client.
    for (const QPointer<GraphQLWsSubscription> &sub : std::as_const(m_subscriptions)) {
        if (sub)
            sub->m_client = nullptr;
    }
    m_wanted = false;
    releaseSocket(true);
}

bool GraphQLWsClient::isAllowedUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("wss") && scheme != QLatin1String("ws"))
        return false;
    // The HTTP client's rule, word for word: no credentials in the URL (they
    // would go out in the upgrade request and end up in logs), plain ws only
    // to a literal loopback address or the bare name localhost.
    return !TransportSecurity::checkUrl(url);
}

QString GraphQLWsClient::operationText(const QString &name)
{
    QFile file(QStringLiteral(":/graphql/") + name + QStringLiteral(".graphql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

GraphQLWsSubscription *GraphQLWsClient::subscribe(const QString &query,
                                                  const QJsonObject &variables,
                                                  const QString &operationName)
{
    auto *sub = new GraphQLWsSubscription(this, query, variables, operationName);
    m_subscriptions.append(sub);
    if (m_phase == Phase::Acknowledged)
        sendSubscription(sub);
    return sub;
}

void GraphQLWsClient::start()
{
    if (!isAllowedUrl(m_url)) {
        ApiError e;
        e.kind = ApiError::Kind::Policy;
        e.message = m_url.userInfo().isEmpty()
            ? tr("Live updates need a secure (wss://) server address.")
            : TransportSecurity::checkUrl(m_url).message;
        m_wanted = false;
        setState(ConnectionState::offline(e));
        return;
    }
    if (m_wanted && m_state.kind() != ConnectionState::Kind::Unauthorized)
        return; // already connecting, live or waiting to retry
    m_wanted = true;
    m_attempt = 0;
    m_retryTimer.stop();
    openSocket();
}

void GraphQLWsClient::stop()
{
    m_wanted = false;
    m_retryTimer.stop();
    releaseSocket(false);
    setState(ConnectionState::offline());
}

void GraphQLWsClient::retryNow()
{
    if (!m_wanted || m_state.kind() == ConnectionState::Kind::Unauthorized) {
        m_wanted = false;
        start();
        return;
    }
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        openSocket();
    }
    // Connecting or live: nothing to skip.
}

void GraphQLWsClient::openSocket()
{
    m_retryTimer.stop();
    releaseSocket(true);
    ++m_attempt;
    m_lastTransportError = {};

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    m_phase = Phase::Opening;
    socket->setMaxAllowedIncomingMessageSize(quint64(m_maxMessageSize));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_maxMessageSize));
    if (!m_sslConfig.isNull())
        socket->setSslConfiguration(m_sslConfig);

    connect(socket, &QWebSocket::connected, this, &GraphQLWsClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &GraphQLWsClient::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { handleFrame(message.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        failConnection(Proto::BadResponse, QStringLiteral("binary frame received"), false);
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &GraphQLWsClient::onSocketError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &GraphQLWsClient::onSocketError);
#endif
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Deliberately never ignoreSslErrors(): the handshake fails and we
        // retry with backoff, showing why.
        m_lastTransportError.kind = ApiError::Kind::Tls;
        m_lastTransportError.message = errors.isEmpty()
            ? tr("The server's certificate was not accepted.")
            : tr("The server's certificate was not accepted: %1").arg(errors.first().errorString());
        qCWarning(lcApiWs) << "TLS errors, not ignored:" << errors;
    });

    setState(ConnectionState::connecting(m_attempt));
    // One deadline for TCP, TLS, the HTTP upgrade and connection_ack: a
    // black-holed server must not leave us "connecting" for minutes.
    m_ackTimer.start(m_timing.ackTimeoutMs);

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString(Proto::kSubprotocol)});
    qCDebug(lcApiWs) << "connecting to" << m_url.toDisplayString() << "attempt" << m_attempt;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("LumioBotControl/" LUMIO_VERSION_STRING));
    socket->open(request, options);
}

void GraphQLWsClient::onConnected()
{
    if (!m_socket)
        return;
    m_phase = Phase::Initialising;
    const QString subprotocol = m_socket->subprotocol();
    if (subprotocol.isEmpty()) {
        // RFC 6455 allows a server to pick none; graphql-ws servers always echo
        // it, so this is worth a warning but not a failure.
        qCWarning(lcApiWs) << "server did not confirm the graphql-transport-ws subprotocol";
    } else if (subprotocol != Proto::kSubprotocol) {
        failConnection(Proto::SubprotocolNotAcceptable,
                       QStringLiteral("server chose subprotocol %1").arg(clip(subprotocol)), false);
        return;
    }
    QJsonObject payload;
    const QString token = m_tokenProvider ? m_tokenProvider() : QString();
    if (!token.isEmpty())
        payload.insert(QLatin1String("authorization"), QString(QStringLiteral("Bearer ") + token));
    sendFrame(Proto::connectionInit(payload));
}

void GraphQLWsClient::onSocketError()
{
    if (!m_socket)
        return;
    if (m_lastTransportError.kind == ApiError::Kind::None) {
        m_lastTransportError.kind = ApiError::Kind::Network;
        m_lastTransportError.message = m_socket->errorString();
    }
    qCDebug(lcApiWs) << "socket error:" << m_socket->errorString();
    if (m_phase == Phase::Opening) {
        // Refused, unreachable, TLS or upgrade failure: no disconnected()
        // follows reliably, so end the attempt here.
        const QString why = m_lastTransportError.message;
        releaseSocket(true);
        handleClose(1006, why, false);
    }
    // Once connected, disconnected() follows with the close code.
}

void GraphQLWsClient::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = int(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    const bool wasAcknowledged = m_phase == Phase::Acknowledged;
    releaseSocket(false);
    handleClose(code, reason, wasAcknowledged);
}

void GraphQLWsClient::handleFrame(const QByteArray &frame)
{
    Proto::ParseResult parsed = Proto::parseServerMessage(frame);
    if (!parsed.message) {
        qCWarning(lcApiWs) << "invalid message from the server:" << parsed.error;
        failConnection(Proto::BadResponse, parsed.error, false);
        return;
    }
    handleMessage(*parsed.message);
}

void GraphQLWsClient::handleMessage(const GraphQLWsProtocol::Message &message)
{
    using MT = Proto::MessageType;
    // Ping and pong are valid at any time; everything else needs the ack.
    if (message.type == MT::Ping) {
        sendFrame(Proto::pong(message.payload));
        return;
    }
    if (message.type == MT::Pong) {
        m_pongTimer.stop();
        m_awaitingPong = false;
        if (m_phase == Phase::Acknowledged && !m_settled) {
            m_settled = true;
            Q_EMIT subscriptionsSettled();
        }
        return;
    }
    if (message.type == MT::ConnectionAck) {
        if (m_phase == Phase::Initialising)
            onAcknowledged(message.payload);
        else
            qCDebug(lcApiWs) << "ignoring a repeated connection_ack";
        return;
    }
    if (m_phase != Phase::Acknowledged) {
        failConnection(
            Proto::BadResponse,
            QStringLiteral("\"%1\" before connection_ack").arg(Proto::typeName(message.type)),
            false);
        return;
    }

    // next/error/complete for an id we no longer know are normal: the server
    // may have sent them before it read our complete.
    const QPointer<GraphQLWsSubscription> sub = m_byWireId.value(message.id);
    if (!sub)
        return;
    switch (message.type) {
    case MT::Next: {
        const QJsonArray errors = message.payload.value(QLatin1String("errors")).toArray();
        const QJsonValue data = message.payload.value(QLatin1String("data"));
        if (data.isObject())
            Q_EMIT sub->next(data.toObject());
        if (sub && !errors.isEmpty())
            Q_EMIT sub->executionError(errorFromGraphQLErrors(errors, false));
        break;
    }
    case MT::Error:
        finish(sub);
        sub->m_state = GraphQLWsSubscription::State::Failed;
        Q_EMIT sub->error(errorFromGraphQLErrors(message.errors, true));
        break;
    case MT::Complete:
        finish(sub);
        sub->m_state = GraphQLWsSubscription::State::Completed;
        Q_EMIT sub->completed();
        break;
    default:
        break;
    }
}

void GraphQLWsClient::onAcknowledged(const QJsonObject &payload)
{
    m_ackTimer.stop();
    m_phase = Phase::Acknowledged;
    ++m_ackCount;
    qCInfo(lcApiWs) << "live after attempt" << m_attempt;
    // Iterate over a copy: sending cannot change the list, but keep it robust
    // against a slot that subscribes while we are here.
    const auto subs = m_subscriptions;
    for (const QPointer<GraphQLWsSubscription> &sub : subs) {
        if (sub && !sub->isFinished())
            sendSubscription(sub);
    }
    // The first ping doubles as the barrier behind subscriptionsSettled().
    m_settled = false;
    m_pingTimer.start(m_timing.pingIntervalMs);
    sendKeepAlivePing();
    setState(ConnectionState::live());
    Q_EMIT acknowledged(payload);
}

void GraphQLWsClient::sendKeepAlivePing()
{
    if (!m_socket || m_phase != Phase::Acknowledged || m_awaitingPong)
        return;
    m_awaitingPong = true;
    m_pongTimer.start(m_timing.pongTimeoutMs);
    sendFrame(Proto::ping());
}

void GraphQLWsClient::sendFrame(const QByteArray &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void GraphQLWsClient::sendSubscription(GraphQLWsSubscription *sub)
{
    // Ids are never reused during the client's life, so a late message for an
    // old subscription can never be mistaken for a new one (and 4409 cannot
    // happen by our doing).
    sub->m_wireId = QString::number(++m_nextId);
    sub->m_state = GraphQLWsSubscription::State::Active;
    m_byWireId.insert(sub->m_wireId, sub);
    sendFrame(
        Proto::subscribe(sub->m_wireId, sub->m_query, sub->m_variables, sub->m_operationName));
}

void GraphQLWsClient::failConnection(int internalCode, const QString &reason, bool abortSocket)
{
    const bool wasAcknowledged = m_phase == Phase::Acknowledged;
    qCInfo(lcApiWs) << "closing:" << Proto::describeCloseCode(internalCode) << reason;
    releaseSocket(abortSocket, internalCode == Proto::BadResponse);
    handleClose(internalCode, reason, wasAcknowledged);
}

void GraphQLWsClient::releaseSocket(bool abortSocket, bool protocolError)
{
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    m_ackTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_awaitingPong = false;
    m_settled = false;
    m_phase = Phase::Idle;
    m_byWireId.clear();
    for (const QPointer<GraphQLWsSubscription> &sub : std::as_const(m_subscriptions)) {
        if (sub && sub->m_state == GraphQLWsSubscription::State::Active) {
            sub->m_state = GraphQLWsSubscription::State::Pending;
            sub->m_wireId.clear();
        }
    }
    if (!socket)
        return;
    disconnect(socket, nullptr, this, nullptr);
    if (abortSocket || socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Let the close frame go out, but never wait long on it.
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, &QObject::deleteLater);
    socket->close(protocolError ? QWebSocketProtocol::CloseCodeProtocolError
                                : QWebSocketProtocol::CloseCodeNormal);
}

void GraphQLWsClient::handleClose(int code, const QString &reason, bool wasAcknowledged)
{
    ApiError error = m_lastTransportError;
    if (error.kind == ApiError::Kind::None) {
        error.kind = code == Proto::ConnectionAcknowledgementTimeout || code == Proto::Terminated
            ? ApiError::Kind::Timeout
            : ApiError::Kind::Network;
    }
    error.code = QString::number(code);
    const QString description = Proto::describeCloseCode(code);
    if (error.message.isEmpty())
        error.message =
            reason.isEmpty() ? description : description + QStringLiteral(": ") + clip(reason);
    error.retryable = true;
    m_lastTransportError = {};

    // Qt 6.4 replaces a close code it considers invalid (1012, 1013, 1014...)
    // by 1002 with this reason; that is not async-graphql refusing the token.
    const bool qtRewroteCode = code == QWebSocketProtocol::CloseCodeProtocolError
        && reason
            == QCoreApplication::translate("QWebSocketDataProcessor",
                                           "Invalid close code %1 detected.")
                   .arg(code);
    const bool unauthorized = code == Proto::Unauthorized || code == Proto::Forbidden
        || (code == QWebSocketProtocol::CloseCodeProtocolError && !wasAcknowledged
            && !qtRewroteCode);
    if (unauthorized) {
        qCWarning(lcApiWs) << "the server refused the token:" << description << clip(reason);
        m_retryTimer.stop();
        error.kind = ApiError::Kind::GraphQL;
        error.code = QStringLiteral("UNAUTHENTICATED");
        error.message = tr("The server did not accept your sign-in for live updates (%1). "
                           "Sign in again.")
                            .arg(description);
        error.retryable = false;
        // Stay "wanted" so retryNow()/start() can restart after a new sign-in.
        setState(ConnectionState::unauthorized(error));
        return;
    }

    bool penalised = true;
    switch (code) {
    case QWebSocketProtocol::CloseCodeNormal:
    case QWebSocketProtocol::CloseCodeGoingAway:
    case QWebSocketProtocol::CloseCodeMissingStatusCode:
    case QWebSocketProtocol::CloseCodeAbnormalDisconnection:
    case 1012: // service restart
    case 1013: // try again later
    case 1014: // bad gateway
    case 3008: // async-graphql timeout
    case Proto::ConnectionInitialisationTimeout:
    case Proto::Terminated:
    case Proto::ConnectionAcknowledgementTimeout:
        penalised = false;
        break;
    default:
        break;
    }
    if (wasAcknowledged && !penalised)
        m_attempt = 0;
    qCInfo(lcApiWs) << "connection closed:" << code << description << clip(reason)
                    << (penalised ? "(penalised)" : "");
    scheduleReconnect(error);
}

void GraphQLWsClient::scheduleReconnect(const ApiError &error)
{
    if (!m_wanted) {
        setState(ConnectionState::offline(error));
        return;
    }
    const int nextAttempt = m_attempt + 1;
    // Step k of the curve for the k-th consecutive failure: the first retry
    // waits up to one base period (so does the first after a live connection
    // dropped, where m_attempt was reset to 0).
    const int delay = m_backoff.delayMs(m_attempt);
    m_retryTimer.start(delay);
    setState(ConnectionState::reconnecting(nextAttempt, delay, QDateTime::currentMSecsSinceEpoch(),
                                           error));
}

void GraphQLWsClient::setState(const ConnectionState &state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void GraphQLWsClient::detach(GraphQLWsSubscription *sub)
{
    if (sub->m_state == GraphQLWsSubscription::State::Active && m_socket
        && m_phase == Phase::Acknowledged)
        sendFrame(Proto::complete(sub->m_wireId));
    m_byWireId.remove(sub->m_wireId);
    m_subscriptions.removeIf(
        [sub](const QPointer<GraphQLWsSubscription> &p) { return !p || p.data() == sub; });
}

void GraphQLWsClient::cancel(GraphQLWsSubscription *sub)
{
    detach(sub);
    sub->m_state = GraphQLWsSubscription::State::Cancelled;
    sub->m_wireId.clear();
}

void GraphQLWsClient::finish(GraphQLWsSubscription *sub)
{
    m_byWireId.remove(sub->m_wireId);
    sub->m_wireId.clear();
    m_subscriptions.removeIf(
        [sub](const QPointer<GraphQLWsSubscription> &p) { return !p || p.data() == sub; });
}
