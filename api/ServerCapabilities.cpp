#include "ServerCapabilities.h"

#include "GraphQLClient.h"
#include "ServerContract.h"
#include "ServiceSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr int kProbeTimeoutMs = 10000;
// A hostile or broken server cannot make the app keep or show more than this.
constexpr qsizetype kMaxNames = 2000;

// What the server says is untrusted text: only GraphQL names
// (/[_A-Za-z][_0-9A-Za-z]*/) are enum values or fields; anything else is not
// kept (it would end up in the status bar and in tool tips).
bool isGraphQLName(QStringView s)
{
    if (s.isEmpty() || s.size() > 256)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// {"fields": [{"name": ...}, ...]} or null.
bool decodeRoot(const QJsonValue &value, bool *exists, QSet<QString> *fields, QString *why)
{
    *exists = false;
    fields->clear();
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isObject()) {
        *why = QStringLiteral("a root type is not an object");
        return false;
    }
    *exists = true;
    const QJsonValue list = value.toObject().value(QLatin1String("fields"));
    if (list.isNull())
        return true;
    if (!list.isArray()) {
        *why = QStringLiteral("a root type's fields are not a list");
        return false;
    }
    for (const QJsonValue f : list.toArray()) {
        const QString name = f.toObject().value(QLatin1String("name")).toString();
        if (isGraphQLName(name) && fields->size() < kMaxNames)
            fields->insert(name);
    }
    return true;
}

} // namespace

ServerCapabilities ServerCapabilities::assumed(const QString &why)
{
    ServerCapabilities c;
    c.m_assumed = true;
    c.m_assumedBecause = why;
    return c;
}

int ServerCapabilities::index(GraphQLRequest::OperationType type)
{
    switch (type) {
    case GraphQLRequest::OperationType::Query:
        return 0;
    case GraphQLRequest::OperationType::Mutation:
        return 1;
    case GraphQLRequest::OperationType::Subscription:
        return 2;
    case GraphQLRequest::OperationType::Unknown:
        break;
    }
    return -1;
}

bool ServerCapabilities::decode(const QJsonObject &data, ServerCapabilities &out, QString *why)
{
    QString reason;
    ServerCapabilities c;
    c.m_assumed = false;
    const QJsonValue schema = data.value(QLatin1String("__schema"));
    if (!schema.isObject()) {
        *why = QStringLiteral("the answer has no __schema");
        return false;
    }
    const QJsonObject s = schema.toObject();
    const QLatin1String roots[] = {QLatin1String("queryType"), QLatin1String("mutationType"),
                                   QLatin1String("subscriptionType")};
    for (int i = 0; i < 3; ++i) {
        if (!decodeRoot(s.value(roots[i]), &c.m_hasType[i], &c.m_fields[i], &reason)) {
            *why = reason;
            return false;
        }
    }
    if (!c.m_hasType[0]) {
        *why = QStringLiteral("the schema has no query type");
        return false;
    }
    for (const auto &[name, alias] : ServerContract::enumNames()) {
        const QJsonValue type = data.value(alias);
        if (type.isNull() || type.isUndefined())
            continue; // the server has no such type
        if (!type.isObject()) {
            *why = QStringLiteral("%1 is not a type").arg(name);
            return false;
        }
        const QJsonObject t = type.toObject();
        // A type of that name that is not an enum counts as no enum.
        if (t.value(QLatin1String("kind")).toString() != QLatin1String("ENUM"))
            continue;
        QStringList values;
        for (const QJsonValue v : t.value(QLatin1String("enumValues")).toArray()) {
            const QString value = v.toObject().value(QLatin1String("name")).toString();
            if (isGraphQLName(value) && !values.contains(value) && values.size() < kMaxNames)
                values.append(value);
        }
        c.m_enums.insert(name, values);
    }
    out = std::move(c);
    return true;
}

ValueJob<ServerCapabilities> *ServerCapabilities::fetch(GraphQLClient *client, QObject *parent)
{
    auto *job = new ValueJob<ServerCapabilities>(parent);
    if (!client) {
        job->finishLater(ServiceSupport::noClientError());
        return job;
    }
    GraphQLRequest request = GraphQLRequest::fromOperation(QStringLiteral("ServerCapabilities"));
    request.timeoutMs = kProbeTimeoutMs;
    GraphQLReply *reply = client->execute(request);
    job->track(reply);
    QObject::connect(reply, &GraphQLReply::finished, job, [job, reply] {
        ApiError error = reply->error();
        // A server that refuses introspection answers with errors and no
        // data (or data without __schema): the error says why.
        if (!error && reply->hasData()) {
            ServerCapabilities capabilities;
            QString why;
            if (decode(reply->data(), capabilities, &why))
                job->setValue(std::move(capabilities));
            else
                error = ServiceSupport::decodeError(QLatin1String("__schema"), why);
        } else if (!error) {
            error = ServiceSupport::decodeError(QLatin1String("__schema"),
                                                QStringLiteral("the answer has no data"));
        }
        job->finish(error);
    });
    return job;
}

bool ServerCapabilities::isRefusal(const ApiError &error)
{
    if (error.code == QLatin1String("UNAUTHENTICATED") || error.httpStatus == 401)
        return false;
    switch (error.kind) {
    case ApiError::Kind::GraphQL:
    case ApiError::Kind::Decode:
        return true;
    case ApiError::Kind::HttpStatus:
        return error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 408
            && error.httpStatus != 429;
    default:
        return false;
    }
}

bool ServerCapabilities::hasField(GraphQLRequest::OperationType type, const QString &field) const
{
    if (m_assumed)
        return true;
    const int i = index(type);
    return i >= 0 && m_hasType[i] && m_fields[i].contains(field);
}

bool ServerCapabilities::supports(const QString &operationName) const
{
    if (m_assumed)
        return true;
    for (const ServerContract::Operation &op : ServerContract::current().operations) {
        if (op.name == operationName && !hasField(op.type, op.field))
            return false;
    }
    return true;
}

bool ServerCapabilities::hasSubscriptions() const
{
    return m_assumed || (m_hasType[2] && !m_fields[2].isEmpty());
}

std::optional<QStringList> ServerCapabilities::enumValues(const QString &name) const
{
    if (m_assumed) {
        if (const ServerContract::Enum *e = ServerContract::current().findEnum(name))
            return e->values;
        return std::nullopt;
    }
    const auto it = m_enums.constFind(name);
    if (it == m_enums.cend())
        return std::nullopt;
    return *it;
}
