#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A minimal HTTP/1.1 server on loopback for tests of what a real server will
// not do on demand: fail, stall, trickle, truncate, oversize, redirect. It
// speaks just enough HTTP for QNetworkAccessManager (Content-Length bodies,
// keep-alive) and records every request it receives.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lowercased
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool contentLength = true; // false: no length, body ends when the connection closes
        qsizetype truncateAfter = -1; // send only this many body bytes, then close
        int trickleIntervalMs = 0; // send the body one byte per interval (slow loris)
        bool hang = false; // accept the request and never answer
        int delayMs = 0; // answer this much later (the body is what it was when asked)

        static Response json(const QByteArray &body, int status = 200);
        static Response graphqlData(const QByteArray &dataJson);
        static Response graphqlError(const QByteArray &code, int status = 200,
                                     const QByteArray &extraExtensions = {});
    };

    using Handler = std::function<Response(const Request &request, int index)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    // http://<host>:<port><path>; host "127.0.0.1" or "localhost" (both
    // loopback, but different origins from each other).
    QUrl url(const QString &host = QStringLiteral("127.0.0.1"),
             const QString &path = QStringLiteral("/graphql")) const;

    // index counts requests from 0, so a handler can fail the first n.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};
