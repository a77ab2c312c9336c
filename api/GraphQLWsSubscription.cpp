#include "GraphQLWsSubscription.h"

#include "GraphQLWsClient.h"

GraphQLWsSubscription::GraphQLWsSubscription(GraphQLWsClient *client, const QString &query,
                                             const QJsonObject &variables,
                                             const QString &operationName)
    : QObject(client)
    , m_client(client)
    , m_query(query)
    , m_variables(variables)
    , m_operationName(operationName)
{ }

GraphQLWsSubscription::~GraphQLWsSubscription()
{
    if (m_client)
        m_client->detach(this);
}

void GraphQLWsSubscription::unsubscribe()
{
    if (isFinished())
        return;
    if (m_client)
        m_client->cancel(this);
    else
        m_state = State::Cancelled;
}
