#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// One entry of a GraphQL response's "errors" list.
struct GraphQLErrorItem
{
    QString message;
    QString code; // extensions.code; empty if none
    QJsonArray path; // where in data the error happened; empty for request errors
    QJsonObject extensions;

    // Lenient: a malformed entry still yields an item (with a generic message)
    // so that the presence of an error is never lost.
    static GraphQLErrorItem fromJson(const QJsonValue &json);
};
