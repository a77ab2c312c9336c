#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QUrl>

// One GraphQL operation to send: the document, its variables and how it may
// be sent. Build it from a compiled-in operation with fromOperation() so the
// app only ever sends documents the schema tests have validated.
struct GraphQLRequest
{
    enum class OperationType : quint8 { Query, Mutation, Subscription, Unknown };

    QString operationName;
    QString document;
    QJsonObject variables;
    OperationType type = OperationType::Unknown;
    // The caller asserts that repeating this mutation is harmless (it sets a
    // state rather than adding to one). Queries are always retry-safe.
    bool idempotent = false;
    // The mutation states the value it wants (a toggle's explicit `enabled`),
    // so repeating it after an HTTP 500 / INTERNAL_SERVER_ERROR is safe too: a
    // server that failed after doing the work answers the repeat with the
    // same state. Only meaningful with idempotent (see RetryPolicy).
    bool retryOnServerError = false;
    // Empty: the client's endpoint. The token is only attached when this has
    // the same origin as the client's endpoint.
    QUrl endpoint;
    // Per-request time limit in ms; <= 0: the client's.
    int timeoutMs = 0;

    // Loads ":/graphql/<name>.graphql" (api/operations/<name>.graphql).
    // isValid() is false when there is no such operation.
    static GraphQLRequest fromOperation(const QString &name, const QJsonObject &variables = {});

    // The operation type of the first definition in a document ("{ ... }" is
    // a query); Unknown when the document does not start like GraphQL.
    static OperationType detectType(QStringView document) noexcept;

    bool isValid() const noexcept { return !document.isEmpty() && type != OperationType::Unknown; }
    bool mayRetry() const noexcept { return type == OperationType::Query || idempotent; }

    // The POST body: {"query", "operationName", "variables"}.
    QByteArray toJson() const;
};
