#include "GraphQLRequest.h"

#include "ApiHttpLogging.h"

#include <QFile>
#include <QJsonDocument>

GraphQLRequest GraphQLRequest::fromOperation(const QString &name, const QJsonObject &variables)
{
    GraphQLRequest request;
    request.operationName = name;
    request.variables = variables;
    QFile file(QStringLiteral(":/graphql/") + name + QLatin1String(".graphql"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcApiHttp) << "no compiled-in GraphQL operation named" << name;
        return request;
    }
    request.document = QString::fromUtf8(file.readAll());
    request.type = detectType(request.document);
    return request;
}

GraphQLRequest::OperationType GraphQLRequest::detectType(QStringView document) noexcept
{
    qsizetype i = 0;
    // Skip what GraphQL ignores before the first token: white space, commas,
    // a byte order mark and # comments.
    while (i < document.size()) {
        const QChar c = document[i];
        if (c.isSpace() || c == u',' || c == QChar(0xFEFF)) {
            ++i;
        } else if (c == u'#') {
            while (i < document.size() && document[i] != u'\n' && document[i] != u'\r')
                ++i;
        } else {
            break;
        }
    }
    const QStringView rest = document.mid(i);
    const auto startsWithWord = [rest](QLatin1String word) {
        return rest.startsWith(word)
            && (rest.size() == word.size()
                || !(rest[word.size()].isLetterOrNumber() || rest[word.size()] == u'_'));
    };
    if (rest.startsWith(u'{') || startsWithWord(QLatin1String("query")))
        return OperationType::Query;
    if (startsWithWord(QLatin1String("mutation")))
        return OperationType::Mutation;
    if (startsWithWord(QLatin1String("subscription")))
        return OperationType::Subscription;
    return OperationType::Unknown;
}

QByteArray GraphQLRequest::toJson() const
{
    QJsonObject body {{QStringLiteral("query"), document}};
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
