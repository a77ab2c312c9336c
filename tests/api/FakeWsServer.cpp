#include "FakeWsServer.h"

#include <QTest>

#include <QHostAddress>
#include <QNetworkRequest>

using Proto = GraphQLWsProtocol;

FakeWsServer::FakeWsServer(QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("fake-graphql-ws"), QWebSocketServer::NonSecureMode)
{
    m_server.setSupportedSubprotocols({QString(Proto::kSubprotocol)});
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeWsServer::onNewConnection);
}

FakeWsServer::~FakeWsServer()
{
    for (Connection &c : m_connections) {
        if (c.socket) {
            disconnect(c.socket, nullptr, this, nullptr);
            c.socket->abort();
            delete c.socket;
        }
    }
}

bool FakeWsServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeWsServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("ws"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    u.setPath(QStringLiteral("/graphql"));
    return u;
}

const FakeWsServer::Connection &FakeWsServer::connection(int index) const
{
    static const Connection none;
    return index >= 0 && index < connectionCount() ? m_connections.at(index) : none;
}

QList<Proto::Message> FakeWsServer::received(int index, Proto::MessageType type) const
{
    QList<Proto::Message> out;
    for (const Proto::Message &m : connection(index).received) {
        if (m.type == type)
            out.append(m);
    }
    return out;
}

QString FakeWsServer::lastSubscribeId(int index) const
{
    const QList<Proto::Message> subs = received(index, Proto::MessageType::Subscribe);
    return subs.isEmpty() ? QString() : subs.constLast().id;
}

bool FakeWsServer::roundTrip(int index, int timeoutMs)
{
    const qsizetype pongs = received(index, Proto::MessageType::Pong).size();
    sendText(index, QByteArray(R"({"type":"ping"})"));
    return QTest::qWaitFor(
        [&] { return received(index, Proto::MessageType::Pong).size() > pongs; }, timeoutMs);
}

QStringList FakeWsServer::allSubscribeIds() const
{
    QStringList ids;
    for (int i = 0; i < connectionCount(); ++i) {
        for (const Proto::Message &m : received(i, Proto::MessageType::Subscribe))
            ids.append(m.id);
    }
    return ids;
}

void FakeWsServer::sendText(int index, const QByteArray &text)
{
    if (QWebSocket *s = connection(index).socket)
        s->sendTextMessage(QString::fromUtf8(text));
}

void FakeWsServer::sendBinary(int index, const QByteArray &data)
{
    if (QWebSocket *s = connection(index).socket)
        s->sendBinaryMessage(data);
}

void FakeWsServer::sendNext(int index, const QString &id, const QJsonObject &data)
{
    Proto::Message m;
    m.type = Proto::MessageType::Next;
    m.id = id;
    m.payload.insert(QLatin1String("data"), data);
    m.hasPayload = true;
    sendText(index, Proto::serialize(m));
}

void FakeWsServer::closeConnection(int index, int code, const QString &reason)
{
    if (QWebSocket *s = connection(index).socket)
        s->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void FakeWsServer::abortConnection(int index)
{
    if (QWebSocket *s = connection(index).socket)
        s->abort();
}

void FakeWsServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        const int index = int(m_connections.size());
        Connection c;
        c.socket = socket;
        c.subprotocol = socket->subprotocol();
        c.requestedSubprotocols = socket->request().rawHeader("Sec-WebSocket-Protocol");
        c.userAgent = socket->request().rawHeader("User-Agent");
        m_connections.append(c);
        socket->setParent(this);

        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, index, socket](const QString &text) {
                    const QByteArray frame = text.toUtf8();
                    const Proto::ParseResult parsed = Proto::parseMessage(frame);
                    if (!parsed.message) {
                        m_connections[index].invalidFrames.append(frame);
                        return;
                    }
                    const Proto::Message &m = *parsed.message;
                    m_connections[index].received.append(m);
                    if (m.type == Proto::MessageType::ConnectionInit && autoAck)
                        socket->sendTextMessage(QStringLiteral("{\"type\":\"connection_ack\"}"));
                    if (m.type == Proto::MessageType::Ping && autoPong) {
                        Proto::Message pong;
                        pong.type = Proto::MessageType::Pong;
                        socket->sendTextMessage(QString::fromUtf8(Proto::serialize(pong)));
                    }
                    if (onMessage)
                        onMessage(index, m);
                    Q_EMIT messageReceived(index, m);
                });
        connect(socket, &QWebSocket::disconnected, this, [this, index, socket] {
            m_connections[index].closed = true;
            m_connections[index].peerCloseCode = int(socket->closeCode());
            Q_EMIT connectionClosed(index);
        });
        Q_EMIT connectionOpened(index);
    }
}
