#include "ApiJob.h"

#include "ApiHttpLogging.h"
#include "GraphQLReply.h"
#include "ServiceSupport.h"

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
{ }

ApiJob::~ApiJob()
{
    if (m_reply)
        m_reply->cancel();
}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->cancel();
    m_error.kind = ApiError::Kind::Cancelled;
    deleteLater();
}

void ApiJob::track(GraphQLReply *reply)
{
    m_reply = reply;
    // A reply only dies unfinished when its client does (sign-out, profile
    // switch). Still end the job, so that "finished exactly once" holds;
    // queued, because the client is mid-destruction right now.
    connect(reply, &QObject::destroyed, this, [this, reply] {
        const bool current = m_reply.isNull() || m_reply.data() == reply; // not a newer one
        if (current && !m_finished && !m_cancelled)
            finishLater(ServiceSupport::noClientError());
    });
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished || m_cancelled)
        return;
    m_finished = true;
    m_error = error;
    if (m_reply && !m_reply->isFinished())
        m_reply->cancel(); // e.g. a next page already requested
    if (!m_report.isClean())
        qCWarning(lcApiHttp) << "skipped" << m_report.skipped
                             << "malformed item(s), first:" << m_report.messages.value(0);
    Q_EMIT finished(m_error);
    deleteLater();
}

void ApiJob::finishLater(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}
