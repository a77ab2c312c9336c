#include "GraphQLWsProtocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <array>

namespace {
struct TypeName
{
    GraphQLWsProtocol::MessageType type;
    QLatin1String name;
};
using MT = GraphQLWsProtocol::MessageType;
constexpr std::array<TypeName, 8> kTypeNames {{
    {MT::ConnectionInit, QLatin1String("connection_init")},
    {MT::ConnectionAck, QLatin1String("connection_ack")},
    {MT::Ping, QLatin1String("ping")},
    {MT::Pong, QLatin1String("pong")},
    {MT::Subscribe, QLatin1String("subscribe")},
    {MT::Next, QLatin1String("next")},
    {MT::Error, QLatin1String("error")},
    {MT::Complete, QLatin1String("complete")},
}};

GraphQLWsProtocol::ParseResult fail(const QString &why)
{
    GraphQLWsProtocol::ParseResult r;
    r.error = why;
    return r;
}

bool isNullish(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// graphql-ws: an array with at least one item, each an object with a string
// "message" (areGraphQLFormattedErrors).
bool isGraphQLErrorList(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray errors = v.toArray();
    if (errors.isEmpty())
        return false;
    for (const auto &e : errors) {
        if (!e.isObject() || !e.toObject().value(QLatin1String("message")).isString())
            return false;
    }
    return true;
}
} // namespace

QLatin1String GraphQLWsProtocol::typeName(MessageType type) noexcept
{
    for (const TypeName &t : kTypeNames) {
        if (t.type == type)
            return t.name;
    }
    return {};
}

std::optional<GraphQLWsProtocol::MessageType>
GraphQLWsProtocol::typeFromName(QStringView name) noexcept
{
    for (const TypeName &t : kTypeNames) {
        if (name == t.name)
            return t.type;
    }
    return std::nullopt;
}

GraphQLWsProtocol::ParseResult GraphQLWsProtocol::parseMessage(const QByteArray &frame)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1").arg(jsonError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("message is not a JSON object"));
    const QJsonObject obj = doc.object();

    const QJsonValue typeValue = obj.value(QLatin1String("type"));
    if (!typeValue.isString())
        return fail(QStringLiteral("message has no string \"type\""));
    const QString typeString = typeValue.toString();
    const std::optional<MessageType> type = typeFromName(typeString);
    if (!type)
        return fail(QStringLiteral("unknown message type \"%1\"").arg(typeString.left(64)));

    Message msg;
    msg.type = *type;
    const QJsonValue payload = obj.value(QLatin1String("payload"));

    switch (*type) {
    case MT::ConnectionInit:
    case MT::ConnectionAck:
    case MT::Ping:
    case MT::Pong:
        if (!isNullish(payload)) {
            if (!payload.isObject())
                return fail(QStringLiteral("\"%1\" payload must be an object").arg(typeString));
            msg.payload = payload.toObject();
            msg.hasPayload = true;
        }
        break;
    case MT::Subscribe:
    case MT::Next:
    case MT::Error:
    case MT::Complete: {
        const QJsonValue id = obj.value(QLatin1String("id"));
        if (!id.isString() || id.toString().isEmpty())
            return fail(QStringLiteral("\"%1\" needs a non-empty string \"id\"").arg(typeString));
        msg.id = id.toString();
        if (*type == MT::Subscribe) {
            if (!payload.isObject())
                return fail(QStringLiteral("\"subscribe\" payload must be an object"));
            const QJsonObject p = payload.toObject();
            if (!p.value(QLatin1String("query")).isString())
                return fail(QStringLiteral("\"subscribe\" payload needs a string \"query\""));
            const QJsonValue vars = p.value(QLatin1String("variables"));
            if (!isNullish(vars) && !vars.isObject())
                return fail(QStringLiteral("\"subscribe\" variables must be an object"));
            const QJsonValue opName = p.value(QLatin1String("operationName"));
            if (!isNullish(opName) && !opName.isString())
                return fail(QStringLiteral("\"subscribe\" operationName must be a string"));
            const QJsonValue ext = p.value(QLatin1String("extensions"));
            if (!isNullish(ext) && !ext.isObject())
                return fail(QStringLiteral("\"subscribe\" extensions must be an object"));
            msg.payload = p;
            msg.hasPayload = true;
        } else if (*type == MT::Next) {
            if (!payload.isObject())
                return fail(QStringLiteral("\"next\" payload must be an object"));
            msg.payload = payload.toObject();
            msg.hasPayload = true;
        } else if (*type == MT::Error) {
            if (!isGraphQLErrorList(payload))
                return fail(QStringLiteral("\"error\" payload must be a non-empty list of errors"));
            msg.errors = payload.toArray();
            msg.hasPayload = true;
        }
        break;
    }
    }

    ParseResult r;
    r.message = std::move(msg);
    return r;
}

GraphQLWsProtocol::ParseResult GraphQLWsProtocol::parseServerMessage(const QByteArray &frame)
{
    ParseResult r = parseMessage(frame);
    if (r.message && (r.message->type == MT::ConnectionInit || r.message->type == MT::Subscribe)) {
        return fail(QStringLiteral("a server must not send \"%1\"").arg(typeName(r.message->type)));
    }
    return r;
}

QByteArray GraphQLWsProtocol::serialize(const Message &message)
{
    QJsonObject obj;
    obj.insert(QLatin1String("type"), typeName(message.type));
    switch (message.type) {
    case MT::Subscribe:
    case MT::Next:
    case MT::Error:
    case MT::Complete:
        obj.insert(QLatin1String("id"), message.id);
        break;
    default:
        break;
    }
    if (message.type == MT::Error)
        obj.insert(QLatin1String("payload"), message.errors);
    else if (message.hasPayload && message.type != MT::Complete)
        obj.insert(QLatin1String("payload"), message.payload);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

QByteArray GraphQLWsProtocol::connectionInit(const QJsonObject &payload)
{
    Message m;
    m.type = MT::ConnectionInit;
    m.payload = payload;
    m.hasPayload = !payload.isEmpty();
    return serialize(m);
}

QByteArray GraphQLWsProtocol::ping(const QJsonObject &payload)
{
    Message m;
    m.type = MT::Ping;
    m.payload = payload;
    m.hasPayload = !payload.isEmpty();
    return serialize(m);
}

QByteArray GraphQLWsProtocol::pong(const QJsonObject &payload)
{
    Message m;
    m.type = MT::Pong;
    m.payload = payload;
    m.hasPayload = !payload.isEmpty();
    return serialize(m);
}

QByteArray GraphQLWsProtocol::subscribe(const QString &id, const QString &query,
                                        const QJsonObject &variables, const QString &operationName)
{
    Message m;
    m.type = MT::Subscribe;
    m.id = id;
    m.payload.insert(QLatin1String("query"), query);
    if (!variables.isEmpty())
        m.payload.insert(QLatin1String("variables"), variables);
    if (!operationName.isEmpty())
        m.payload.insert(QLatin1String("operationName"), operationName);
    m.hasPayload = true;
    return serialize(m);
}

QByteArray GraphQLWsProtocol::complete(const QString &id)
{
    Message m;
    m.type = MT::Complete;
    m.id = id;
    return serialize(m);
}

QString GraphQLWsProtocol::describeCloseCode(int code)
{
    switch (code) {
    case 1000:
        return QStringLiteral("normal closure");
    case 1001:
        return QStringLiteral("server going away");
    case 1002:
        return QStringLiteral("protocol error");
    case 1005:
        return QStringLiteral("no status received");
    case 1006:
        return QStringLiteral("connection lost");
    case 1008:
        return QStringLiteral("policy violation");
    case 1009:
        return QStringLiteral("message too big");
    case 1011:
        return QStringLiteral("server error");
    case 1012:
        return QStringLiteral("service restart");
    case 1013:
        return QStringLiteral("try again later");
    case 3008:
        return QStringLiteral("timeout");
    case BadResponse:
        return QStringLiteral("invalid message from the server");
    case InternalClientError:
        return QStringLiteral("internal client error");
    case BadRequest:
        return QStringLiteral("the server rejected a message as invalid");
    case Unauthorized:
        return QStringLiteral("unauthorized");
    case Forbidden:
        return QStringLiteral("forbidden");
    case SubprotocolNotAcceptable:
        return QStringLiteral("subprotocol not acceptable");
    case ConnectionInitialisationTimeout:
        return QStringLiteral("connection initialisation timeout");
    case SubscriberAlreadyExists:
        return QStringLiteral("subscriber already exists");
    case TooManyInitialisationRequests:
        return QStringLiteral("too many initialisation requests");
    case Terminated:
        return QStringLiteral("no answer to ping; connection declared dead");
    case InternalServerError:
        return QStringLiteral("internal server error");
    case ConnectionAcknowledgementTimeout:
        return QStringLiteral("no connection_ack in time");
    default:
        return QStringLiteral("close code %1").arg(code);
    }
}
