#include "GraphQLClient.h"

#include <QNetworkAccessManager>

GraphQLClient::GraphQLClient(QNetworkAccessManager *network, Config config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{ }

GraphQLReply *GraphQLClient::execute(const GraphQLRequest &request)
{
    auto *reply = new GraphQLReply(m_network, m_config, request, this);
    reply->start();
    return reply;
}

QString GraphQLClient::defaultUserAgent()
{
    return QStringLiteral("LumioBotControl/" LUMIO_VERSION_STRING " (Qt ")
        + QLatin1String(qVersion()) + u')';
}
