#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <optional>

// The graphql-transport-ws wire protocol (graphql-ws PROTOCOL.md), without any
// I/O: encoding messages and validating what arrives. It is kept pure so the
// fuzz target (tests/fuzz/ws) can hammer the parser directly.
//
// Every message is one JSON object in one text frame:
//   connection_init {payload?}   client -> server, once, first
//   connection_ack  {payload?}   server -> client
//   ping / pong     {payload?}   both ways, any time
//   subscribe       {id, payload: {query, variables?, operationName?, extensions?}}
//   next            {id, payload: ExecutionResult}
//   error           {id, payload: [GraphQLError, ...]}   (terminal for that id)
//   complete        {id}                                  both ways
class GraphQLWsProtocol final
{
public:
    static constexpr QLatin1String kSubprotocol {"graphql-transport-ws"};

    // Close codes of the protocol, plus the ones graphql-ws clients use for
    // their own closes (4004, 4005, 4499, 4504), so logs read the same.
    enum CloseCode : int {
        BadResponse = 4004, // client: the server sent something invalid
        InternalClientError = 4005,
        BadRequest = 4400, // server: the client sent something invalid
        Unauthorized = 4401,
        Forbidden = 4403,
        SubprotocolNotAcceptable = 4406,
        ConnectionInitialisationTimeout = 4408,
        SubscriberAlreadyExists = 4409,
        TooManyInitialisationRequests = 4429,
        Terminated = 4499, // client: socket declared dead (pong timeout)
        InternalServerError = 4500,
        ConnectionAcknowledgementTimeout = 4504, // client: no connection_ack in time
    };

    enum class MessageType : quint8 {
        ConnectionInit,
        ConnectionAck,
        Ping,
        Pong,
        Subscribe,
        Next,
        Error,
        Complete,
    };

    struct Message
    {
        MessageType type = MessageType::Ping;
        QString id; // subscribe, next, error, complete
        QJsonObject payload; // object payloads; empty when absent or null
        QJsonArray errors; // error messages: the GraphQLError list
        bool hasPayload = false;
    };

    struct ParseResult
    {
        std::optional<Message> message;
        QString error; // why the frame is invalid; empty when message is set
        bool isValid() const noexcept { return message.has_value(); }
    };

    // Validates one frame of either direction the way graphql-ws does.
    static ParseResult parseMessage(const QByteArray &frame);
    // Only what a server may send to a client: connection_ack, ping, pong,
    // next, error, complete. Anything else is an error (the client then
    // closes with BadResponse).
    static ParseResult parseServerMessage(const QByteArray &frame);

    static QByteArray serialize(const Message &message);

    // Builders for the messages a client sends.
    static QByteArray connectionInit(const QJsonObject &payload);
    static QByteArray ping(const QJsonObject &payload = {});
    static QByteArray pong(const QJsonObject &payload = {});
    static QByteArray subscribe(const QString &id, const QString &query,
                                const QJsonObject &variables = {},
                                const QString &operationName = {});
    static QByteArray complete(const QString &id);

    static QLatin1String typeName(MessageType type) noexcept;
    static std::optional<MessageType> typeFromName(QStringView name) noexcept;
    // A short human description of a close code, for logs and ApiError messages.
    static QString describeCloseCode(int code);

    GraphQLWsProtocol() = delete; // a namespace with types: never instantiated
};
