#pragma once

#include "GraphQLClientConfig.h"
#include "GraphQLReply.h"
#include "GraphQLRequest.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

// GraphQL over HTTP (POST JSON) on an injected QNetworkAccessManager.
//
// Sends the bearer token only to the configured origin, refuses plain http
// except to loopback, never ignores TLS errors, follows redirects only within
// the origin, caps response size, applies a per-attempt time limit and
// retries what is safe to retry (queries and mutations marked idempotent) on
// network errors, timeouts, 502/503/504 and RATE_LIMITED, and also on HTTP 500
// when the mutation states the value it wants (RetryPolicy::shouldRetry). An
// error whose answer may have been lost says so (ApiError::answerLost).
//
//     auto *reply = client->execute(GraphQLRequest::fromOperation(u"Viewer"_s));
//     connect(reply, &GraphQLReply::finished, this, [reply] { ... reply->data() ... });
class GraphQLClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLClient)

public:
    using Config = GraphQLClientConfig;

    // network must outlive the client (usually the app's one manager).
    GraphQLClient(QNetworkAccessManager *network, Config config, QObject *parent = nullptr);

    const Config &config() const noexcept { return m_config; }
    // Applies to requests started afterwards.
    void setConfig(const Config &config) { m_config = config; }
    void setToken(const QString &token) { m_config.token = token; }

    // Starts the request. The reply is a child of the client (deleted with
    // it) and deletes itself after finished(); never nullptr.
    GraphQLReply *execute(const GraphQLRequest &request);

    // "LumioBotControl/<version> (Qt <runtime version>)"
    static QString defaultUserAgent();

private:
    QPointer<QNetworkAccessManager> m_network;
    Config m_config;
};
