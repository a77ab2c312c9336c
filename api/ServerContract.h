#pragma once

#include "GraphQLRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

// What this build of the app knows of the Lumio API: the enums it decodes,
// with the values of the contract it was built against
// (api/schema/botcontrol.graphql, compiled in as :/schema/botcontrol.graphql),
// and the root field each of its operations calls (api/operations/*.graphql,
// compiled in as :/graphql/<name>.graphql). Both are read from those
// resources, so this table cannot drift from the contract: a value added to
// the schema is known here with the next build.
//
// ServerCapabilities says what a server has; CapabilityReport compares the two.
struct ServerContract
{
    struct Enum
    {
        QString name; // "Platform"
        QString alias; // its field in the ServerCapabilities query: "platform"
        QStringList values; // in schema order
    };
    struct Operation
    {
        QString name; // "AdminRejoinBot" (the file's name)
        GraphQLRequest::OperationType type = GraphQLRequest::OperationType::Unknown;
        QString field; // "adminRejoinBot"
    };

    QList<Enum> enums; // in the order of enumNames()
    QList<Operation> operations; // sorted by type, then field; introspection excluded

    // The contract compiled into this build (parsed once, then shared).
    static const ServerContract &current();

    // Builds a contract from a schema's SDL and operation documents (name,
    // text). Enums the schema lacks get no values; an operation whose root
    // field cannot be read is left out. Exposed for tests.
    static ServerContract parse(const QString &schemaSdl,
                                const QList<std::pair<QString, QString>> &operations);

    // The enums the app decodes, with their aliases in the query, in order.
    static QList<std::pair<QString, QString>> enumNames();

    const Enum *findEnum(const QString &name) const;

    // "Query", "Mutation", "Subscription" (the GraphQL root type names by
    // convention; the comparison uses the operation type, not the name).
    static QString typeName(GraphQLRequest::OperationType type);

    // Values of every enum declared in sdl, by name, in declaration order.
    // Descriptions, comments and directives are skipped. Exposed for tests.
    static QList<std::pair<QString, QStringList>> enumsInSchema(const QString &sdl);
    // The root fields an operation document selects ("adminRejoinBot"),
    // aliases resolved. Exposed for tests.
    static QStringList rootFields(const QString &document);
};
