#pragma once

#include "ApiError.h"
#include "DecodeReport.h"

#include <QObject>
#include <QPointer>

class GraphQLReply;

// Base of the typed services' jobs: one asynchronous call that ends with
// finished(error) (error.kind == None on success).
//
// Lifetime: a job is a child of its service, emits finished() exactly once
// (unless cancelled) and then deletes itself. Connect with a context object;
// nothing is delivered to a receiver that has been destroyed. cancel() stops
// the work, emits nothing more and is safe in a receiver's destructor.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    const ApiError &error() const noexcept { return m_error; }
    bool isFinished() const noexcept { return m_finished; }
    // Items the decoders skipped (malformed rows), if any.
    const DecodeReport &decodeReport() const noexcept { return m_report; }

    void cancel();

Q_SIGNALS:
    void finished(const ApiError &error);

protected:
    explicit ApiJob(QObject *parent);

    bool isCancelled() const noexcept { return m_cancelled; }
    DecodeReport &report() noexcept { return m_report; }
    // The request in flight; cancelled with the job.
    void track(GraphQLReply *reply);
    void finish(const ApiError &error = {});
    // For failures known before anything is sent: delivered from the event
    // loop so that the caller can connect first.
    void finishLater(const ApiError &error);

private:
    QPointer<GraphQLReply> m_reply;
    ApiError m_error;
    DecodeReport m_report;
    bool m_finished = false;
    bool m_cancelled = false;
};
