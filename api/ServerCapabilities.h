#pragma once

#include "ApiError.h"
#include "GraphQLRequest.h"
#include "ValueJob.h"

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class GraphQLClient;
class QJsonObject;

// What a server has of what this app depends on, read by one small
// introspection query (api/operations/ServerCapabilities.graphql): the values
// of the enums the app decodes and the root fields of each operation type.
// The server is another program, newer or older than this app; see
// CapabilityReport for the comparison with ServerContract.
//
// A server that refuses introspection (or was not asked yet) is "assumed":
// it is taken to have exactly the contract this app was built with, and
// assumedBecause() says why, so nothing ever waits on it.
class ServerCapabilities
{
public:
    // Everything the contract names counts as present.
    static ServerCapabilities assumed(const QString &why = {});

    // Decodes the data of a ServerCapabilities answer; false (with *why) when
    // it is not one (a missing __schema, fields of the wrong type).
    static bool decode(const QJsonObject &data, ServerCapabilities &out, QString *why);

    // Sends the ServerCapabilities query (a 10 s limit, retried like every
    // query). The job's value is set when the server answered with the schema.
    static ValueJob<ServerCapabilities> *fetch(GraphQLClient *client, QObject *parent);

    // Whether an error of fetch() means the server answered but would not be
    // introspected (introspection disabled, forbidden, an answer that is not
    // a schema): then assume the contract. Unreachable servers, TLS failures,
    // timeouts and UNAUTHENTICATED are not refusals.
    static bool isRefusal(const ApiError &error);

    bool isAssumed() const noexcept { return m_assumed; }
    QString assumedBecause() const { return m_assumedBecause; }

    // Whether the server has this root field (always true when assumed).
    bool hasField(GraphQLRequest::OperationType type, const QString &field) const;
    // Whether the server has what one of the app's operations calls, by the
    // operation's name ("AdminRejoinBot"); true for a name the contract lacks.
    bool supports(const QString &operationName) const;
    // Whether the server has a Subscription type with at least one field.
    bool hasSubscriptions() const;

    // The server's values of an enum; nullopt when it has no such enum.
    // Assumed capabilities answer with the contract's values.
    std::optional<QStringList> enumValues(const QString &name) const;

    friend bool operator==(const ServerCapabilities &a, const ServerCapabilities &b)
    {
        return a.m_assumed == b.m_assumed && a.m_assumedBecause == b.m_assumedBecause
            && a.m_enums == b.m_enums && a.m_fields[0] == b.m_fields[0]
            && a.m_fields[1] == b.m_fields[1] && a.m_fields[2] == b.m_fields[2]
            && a.m_hasType[0] == b.m_hasType[0] && a.m_hasType[1] == b.m_hasType[1]
            && a.m_hasType[2] == b.m_hasType[2];
    }

private:
    static int index(GraphQLRequest::OperationType type);

    bool m_assumed = true;
    QString m_assumedBecause;
    QHash<QString, QStringList> m_enums; // by name; a missing enum has no entry
    QSet<QString> m_fields[3]; // Query, Mutation, Subscription
    bool m_hasType[3] = {true, true, true};
};

Q_DECLARE_METATYPE(ServerCapabilities)
