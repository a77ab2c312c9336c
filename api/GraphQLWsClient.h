#pragma once

#include "ApiError.h"
#include "Backoff.h"
#include "ConnectionState.h"
#include "GraphQLWsProtocol.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QWebSocket;
class GraphQLWsSubscription;

Q_DECLARE_LOGGING_CATEGORY(lcApiWs)

// A graphql-transport-ws client (graphql-ws PROTOCOL.md) that keeps live data
// flowing for as long as it is started: it connects, sends connection_init
// with the bearer token, waits for connection_ack, (re)sends every active
// subscription with fresh ids, keeps the socket honest with ping/pong both
// ways, and reconnects forever with capped, fully jittered exponential
// backoff, except when the server refuses the token.
//
// Security: only wss:// URLs are accepted, plus ws:// to a loopback host (the
// sandbox and tests). TLS errors are never ignored. The token is sent only in
// connection_init and never logged.
//
// What each close code does (attempt counting: the backoff attempt counter is
// reset when a connection was acknowledged, except for codes marked
// "penalised": a server that acks and then kills every connection with them
// gets growing delays instead of a hot reconnect loop):
//
//   code       meaning (who sends it)                       reaction
//   1000       normal closure (server)                      reconnect
//   1001       going away, e.g. server shutdown              reconnect
//   1005/1006  no status / connection lost (transport)       reconnect
//   1012/1013/1014  restart, try again later, bad gateway    reconnect (Qt 6.4 reports
//              these as 1002 "Invalid close code"; recognised, penalised reconnect)
//   3008       timeout (async-graphql)                       reconnect
//   1002       before ack: auth failed (async-graphql)       Unauthorized, stop
//   1002       after ack: protocol error                     reconnect, penalised
//   1011       internal error (async-graphql)                reconnect, penalised
//   4400       bad request: we sent something invalid        reconnect, penalised
//   4401       unauthorized                                  Unauthorized, stop
//   4403       forbidden: connection_init rejected (token)   Unauthorized, stop
//   4406       subprotocol not acceptable                    reconnect, penalised
//   4408       connection initialisation timeout (slow link) reconnect
//   4409       subscriber already exists (ids collided)      reconnect, penalised (ids are new)
//   4429       too many initialisation requests              reconnect, penalised
//   4500       internal server error                         reconnect, penalised
//   4004       ours: the server sent an invalid message      reconnect, penalised
//   4499       ours: no pong in time, socket terminated      reconnect
//   4504       ours: no connection_ack in time               reconnect
//   other      anything else                                 reconnect, penalised
//
// Unlike graphql-ws's own client, protocol errors do not end the session for
// good: a desktop console that wants live data must heal after a server
// deploy; the penalised backoff (capped at 30 s) keeps that cheap. On the wire
// our own closes use standard codes (1000, 1002) because QWebSocket's close()
// takes a CloseCode enum that cannot portably hold 4xxx values; the 4xxx code
// is kept in the resulting state's ApiError::code.
class GraphQLWsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLWsClient)

public:
    // Returns the current access token; asked before every connection_init so
    // a refreshed token is used on the next reconnect.
    using TokenProvider = std::function<QString()>;

    struct Timing
    {
        int ackTimeoutMs = 10000; // from open() to connection_ack, handshake included
        int pingIntervalMs = 15000; // client pings while live
        int pongTimeoutMs = 10000; // a ping unanswered this long kills the socket
    };

    explicit GraphQLWsClient(const QUrl &url, QObject *parent = nullptr);
    ~GraphQLWsClient() override;

    QUrl url() const { return m_url; }
    // True for wss://, and for ws:// to a loopback host.
    static bool isAllowedUrl(const QUrl &url);
    // The text of an operation compiled into the api library
    // (":/graphql/<name>.graphql"); empty if there is none.
    static QString operationText(const QString &name);

    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setTiming(const Timing &timing) { m_timing = timing; }
    Timing timing() const { return m_timing; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    // Extra CAs for a staging server, client certificates... never a way to
    // ignore errors.
    void setSslConfiguration(const QSslConfiguration &config) { m_sslConfig = config; }
    // Messages larger than this close the socket (1009) instead of being
    // buffered without bound.
    void setMaxIncomingMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }

    ConnectionState state() const { return m_state; }
    // How many times a connection was acknowledged since construction.
    int acknowledgedCount() const noexcept { return m_ackCount; }

    // Registers a subscription. It is sent now if live, or on the next ack.
    // The returned object is a child of this client; delete it or call
    // unsubscribe() to stop it.
    GraphQLWsSubscription *subscribe(const QString &query, const QJsonObject &variables = {},
                                     const QString &operationName = {});

public Q_SLOTS:
    // Wants live data: connects, and keeps reconnecting until stop(). Also
    // leaves Unauthorized (call it after signing in again).
    void start();
    // Closes the connection and stays Offline. Subscriptions are kept and are
    // sent again after the next start().
    void stop();
    // Skips the current backoff wait (e.g. the network came back, or the user
    // clicked "retry"). Restarts from Unauthorized too.
    void retryNow();

Q_SIGNALS:
    void stateChanged(const ConnectionState &state);
    // The server acknowledged a connection and every active subscription has
    // been sent on it.
    void acknowledged(const QJsonObject &payload);
    // The first pong after an ack: the server has read everything we sent
    // before it, including the (re)subscriptions. The protocol has no
    // "subscription started" message; this is the closest observable point,
    // and where a consumer should start a resync fetch.
    void subscriptionsSettled();

private:
    friend class GraphQLWsSubscription;
    friend class GraphQLWsTestSeam; // fuzz target and tests: drive handleFrame() directly

    enum class Phase : quint8 { Idle, Opening, Initialising, Acknowledged };

    void openSocket();
    void onConnected();
    void onSocketError();
    void onDisconnected();
    void handleFrame(const QByteArray &frame);
    void handleMessage(const GraphQLWsProtocol::Message &message);
    void onAcknowledged(const QJsonObject &payload);
    void sendKeepAlivePing();
    void sendFrame(const QByteArray &frame);
    void sendSubscription(GraphQLWsSubscription *sub);

    // Our own reasons to end a connection, as graphql-ws codes (see the table).
    void failConnection(int internalCode, const QString &reason, bool abortSocket);
    void handleClose(int code, const QString &reason, bool wasAcknowledged);
    void releaseSocket(bool abortSocket, bool protocolError = false);
    void scheduleReconnect(const ApiError &error);
    void setState(const ConnectionState &state);

    void detach(GraphQLWsSubscription *sub);
    void cancel(GraphQLWsSubscription *sub);
    void finish(GraphQLWsSubscription *sub);

    QUrl m_url;
    TokenProvider m_tokenProvider;
    Timing m_timing;
    Backoff m_backoff;
    QSslConfiguration m_sslConfig;
    qint64 m_maxMessageSize = qint64(16) * 1024 * 1024;

    QWebSocket *m_socket = nullptr;
    Phase m_phase = Phase::Idle;
    bool m_wanted = false;
    bool m_awaitingPong = false;
    bool m_settled = false;
    int m_attempt = 0; // attempts since the last healthy connection
    int m_ackCount = 0;
    quint64 m_nextId = 0;
    ApiError m_lastTransportError; // a TLS or socket error seen before the close

    QTimer m_ackTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QTimer m_retryTimer;

    ConnectionState m_state;
    QList<QPointer<GraphQLWsSubscription>> m_subscriptions; // registration order
    QHash<QString, GraphQLWsSubscription *> m_byWireId; // current connection only
};
