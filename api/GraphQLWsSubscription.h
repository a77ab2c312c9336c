#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class GraphQLWsClient;

// One GraphQL subscription on a GraphQLWsClient. It outlives connections: the
// client sends it again, with a fresh id, after every reconnect until it
// completes, fails or is unsubscribed. Deleting it unsubscribes.
class GraphQLWsSubscription final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLWsSubscription)

public:
    enum class State : quint8 {
        Pending, // waiting for the connection to be acknowledged
        Active, // sent on the current connection under wireId()
        Completed, // the server completed it
        Failed, // the server answered with an error message
        Cancelled, // unsubscribed by us
    };

    ~GraphQLWsSubscription() override;

    State state() const noexcept { return m_state; }
    bool isFinished() const noexcept
    {
        return m_state == State::Completed || m_state == State::Failed
            || m_state == State::Cancelled;
    }
    // The id used on the current connection; empty while Pending or finished.
    QString wireId() const { return m_wireId; }
    QString query() const { return m_query; }
    QJsonObject variables() const { return m_variables; }
    QString operationName() const { return m_operationName; }

public Q_SLOTS:
    // Stops the subscription: sends complete if it is live on the wire, and
    // never resubscribes it. Idempotent.
    void unsubscribe();

Q_SIGNALS:
    // One execution result's data (a next message).
    void next(const QJsonObject &data);
    // A next message that carried GraphQL errors (with or without data); the
    // subscription continues.
    void executionError(const ApiError &error);
    // The server ended the subscription with an error message; terminal.
    void error(const ApiError &error);
    // The server completed the subscription; terminal.
    void completed();

private:
    friend class GraphQLWsClient;
    GraphQLWsSubscription(GraphQLWsClient *client, const QString &query,
                          const QJsonObject &variables, const QString &operationName);

    QPointer<GraphQLWsClient> m_client;
    QString m_query;
    QJsonObject m_variables;
    QString m_operationName;
    QString m_wireId;
    State m_state = State::Pending;
};
