#pragma once

#include "api/GraphQLWsProtocol.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

// An in-process graphql-transport-ws server on 127.0.0.1 for fault tests: it
// records everything a client sends and can misbehave on demand (no ack, no
// pong, any close code, malformed or oversized frames).
class FakeWsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeWsServer)

public:
    struct Connection
    {
        QPointer<QWebSocket> socket;
        QString subprotocol; // negotiated
        QByteArray requestedSubprotocols; // raw Sec-WebSocket-Protocol header
        QByteArray userAgent;
        QList<GraphQLWsProtocol::Message> received;
        QList<QByteArray> invalidFrames;
        int peerCloseCode = -1; // close code the client sent; -1 until closed
        bool closed = false;
    };

    explicit FakeWsServer(QObject *parent = nullptr);
    ~FakeWsServer() override;

    bool listen();
    QUrl url() const;

    // Behaviour knobs.
    bool autoAck = true; // answer connection_init with connection_ack
    bool autoPong = true; // answer client pings
    // Called for every valid client message after the automatic answers.
    std::function<void(int connection, const GraphQLWsProtocol::Message &)> onMessage;

    int connectionCount() const { return int(m_connections.size()); }
    // Out-of-range indexes give an empty connection, so QTRY_* conditions can
    // be written before the client has connected.
    const Connection &connection(int index) const;
    const Connection &last() const { return connection(connectionCount() - 1); }
    // Messages of one type the client sent on a connection.
    QList<GraphQLWsProtocol::Message> received(int index,
                                               GraphQLWsProtocol::MessageType type) const;
    // All subscribe ids ever received, in order.
    QStringList allSubscribeIds() const;
    // The id of the last subscribe on a connection (empty before one).
    QString lastSubscribeId(int index) const;
    // Returns once the client has processed everything sent on the connection
    // so far: frames are handled in order, so the answer to a ping sent now
    // proves it. False after timeoutMs without that answer.
    bool roundTrip(int index, int timeoutMs = 5000);

    void sendText(int index, const QByteArray &text);
    void sendBinary(int index, const QByteArray &data);
    void sendNext(int index, const QString &id, const QJsonObject &data);
    // Closes with any code; 4xxx codes are cast into QWebSocketProtocol::CloseCode,
    // which QWebSocket puts on the wire as-is (test code only).
    void closeConnection(int index, int code, const QString &reason = {});
    void abortConnection(int index);

Q_SIGNALS:
    void connectionOpened(int index);
    void messageReceived(int index, const GraphQLWsProtocol::Message &message);
    void connectionClosed(int index);

private:
    void onNewConnection();

    QWebSocketServer m_server;
    QList<Connection> m_connections;
};
