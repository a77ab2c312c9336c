#include "FakeHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

FakeHttpServer::Response FakeHttpServer::Response::json(const QByteArray &body, int status)
{
    Response r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/graphql-response+json")});
    r.body = body;
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::graphqlData(const QByteArray &dataJson)
{
    return json("{\"data\":" + dataJson + '}');
}

FakeHttpServer::Response FakeHttpServer::Response::graphqlError(const QByteArray &code, int status,
                                                                const QByteArray &extraExtensions)
{
    const QByteArray extensions = "{\"code\":\"" + code + '"'
        + (extraExtensions.isEmpty() ? QByteArray() : ',' + extraExtensions) + '}';
    return json("{\"data\":null,\"errors\":[{\"message\":\"" + code
                    + " from fake\",\"extensions\":" + extensions + "}]}",
                status);
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // Sockets are children of m_server; close them before it goes.
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *s : sockets)
        s->disconnect(this);
}

bool FakeHttpServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl FakeHttpServer::url(const QString &host, const QString &path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(host);
    u.setPort(port());
    u.setPath(path);
    return u;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_buffers[socket] += socket->readAll();
            processBuffer(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::processBuffer(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // body incomplete
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const int index = int(m_requests.size());
        m_requests.append(request);
        respond(socket, m_handler ? m_handler(request, index) : Response::graphqlData("{}"));
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const Response &response)
{
    if (response.hang)
        return;
    if (response.delayMs > 0) {
        Response later = response;
        later.delayMs = 0;
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, later] { respond(socket, later); });
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    const bool closes = !response.contentLength || response.truncateAfter >= 0;
    if (response.contentLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closes)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);

    if (response.trickleIntervalMs > 0) {
        // One byte per tick: the transfer never goes idle, so only a total
        // deadline can stop it.
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        const QByteArray body = response.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
            if (*sent >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(response.trickleIntervalMs);
        return;
    }
    socket->write(response.truncateAfter >= 0 ? response.body.left(response.truncateAfter)
                                              : response.body);
    if (closes)
        socket->disconnectFromHost();
}
