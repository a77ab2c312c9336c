#pragma once

#include "ApiError.h"
#include "GraphQLClientConfig.h"
#include "GraphQLErrorItem.h"
#include "GraphQLRequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
struct GraphQLResponse;

// One GraphQL operation in flight, retries included. Created by
// GraphQLClient::execute().
//
// Lifetime: emits finished() exactly once, unless cancelled, then deletes
// itself (deleteLater). Read the results in the slot connected to finished()
// and do not delete the reply yourself. Connect with a context object (as the
// project's QT_NO_CONTEXTLESS_CONNECT enforces) so that nothing is delivered
// to a receiver that no longer exists.
class GraphQLReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLReply)

public:
    ~GraphQLReply() override;

    const GraphQLRequest &request() const noexcept { return m_request; }
    bool isFinished() const noexcept { return m_finished; }

    // The "data" object (empty when hasData() is false). Both data and
    // errors can be present: partial results are delivered as both.
    const QJsonObject &data() const noexcept { return m_data; }
    bool hasData() const noexcept { return m_hasData; }
    const QList<GraphQLErrorItem> &errors() const noexcept { return m_errors; }
    // None on full success; otherwise summarises the failure (for partial
    // data: the first GraphQL error).
    const ApiError &error() const noexcept { return m_error; }
    // How many times the request was sent (0 when refused before sending).
    int attempts() const noexcept { return m_attempts; }

    // Stops the request and any pending retry. Nothing is emitted afterwards
    // (it is safe to call from a receiver's destructor); the reply deletes
    // itself later.
    void cancel();

Q_SIGNALS:
    // An attempt failed with a retryable error; the next one starts in
    // delayMs (before RetryPolicy::timeScale). For "retrying in N s" UIs.
    void retrying(int failedAttempt, int delayMs, const ApiError &error);
    void finished();

private:
    friend class GraphQLClient;
    GraphQLReply(QNetworkAccessManager *network, const GraphQLClientConfig &config,
                 const GraphQLRequest &request, QObject *parent);

    enum class AbortReason : quint8 { None, Timeout, TooLarge };

    void start();
    void startAttempt();
    void abortAttempt(AbortReason reason);
    void onAttemptFinished();
    void checkSize(qint64 announcedTotal);
    ApiError errorOfFailedTransfer(QNetworkReply *reply, int httpStatus) const;
    void handleResult(const GraphQLResponse &answer);
    void finish();
    void finishLater(const ApiError &error);

    QPointer<QNetworkAccessManager> m_network;
    GraphQLClientConfig m_config;
    GraphQLRequest m_request;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    QTimer m_deadline;
    QTimer m_retryTimer;
    AbortReason m_abortReason = AbortReason::None;
    QStringList m_tlsProblems;
    QString m_sentToken; // what the last attempt sent, to redact it from echoed errors

    QJsonObject m_data;
    bool m_hasData = false;
    QList<GraphQLErrorItem> m_errors;
    ApiError m_error;
    int m_attempts = 0;
    bool m_answerLost = false; // an earlier attempt's answer was lost
    bool m_attemptSent = false; // bytes of this attempt's request left the client
    bool m_finished = false;
    bool m_cancelled = false;
};
