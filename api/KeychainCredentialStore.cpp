#include "KeychainCredentialStore.h"

#include "ApiHttpLogging.h"

#include <qt6keychain/keychain.h>

namespace {

QString keyFor(const QString &profileId)
{
    return QStringLiteral("token/") + profileId;
}

ApiError credentialsError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Credentials;
    error.message = message;
    return error;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent, const QString &service)
    : CredentialStore(parent)
    , m_service(service)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcApiHttp) << "keychain did not answer within" << m_timeoutMs << "ms";
        ++m_generation; // whatever the job says later is ignored
        complete({{},
                  false,
                  credentialsError(tr("The system keychain did not answer in time. It may be "
                                      "locked or waiting for a password."))});
    });
}

KeychainCredentialStore::~KeychainCredentialStore()
{
    // Running jobs delete themselves; their answers are dropped because
    // the connections below are bound to this object.
    m_queue.clear();
}

void KeychainCredentialStore::readToken(const QString &profileId, QObject *context, Callback done)
{
    enqueue({Operation::Read, profileId, {}, context, std::move(done)});
}

void KeychainCredentialStore::writeToken(const QString &profileId, const QString &token,
                                         QObject *context, Callback done)
{
    enqueue({Operation::Write, profileId, token, context, std::move(done)});
}

void KeychainCredentialStore::deleteToken(const QString &profileId, QObject *context, Callback done)
{
    enqueue({Operation::Delete, profileId, {}, context, std::move(done)});
}

void KeychainCredentialStore::enqueue(Call call)
{
    m_queue.append(std::move(call)); // enqueue() would copy
    scheduleNext();
}

void KeychainCredentialStore::scheduleNext()
{
    if (m_busy || m_scheduled || m_queue.isEmpty())
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &KeychainCredentialStore::startNext, Qt::QueuedConnection);
}

void KeychainCredentialStore::startNext()
{
    m_scheduled = false;
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    const Call &call = m_queue.head();

    QKeychain::Job *job = nullptr;
    switch (call.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(call.token);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(call.profileId));
    const quint64 generation = ++m_generation;
    connect(job, &QKeychain::Job::finished, this,
            [this, generation](QKeychain::Job *finished) { onJobFinished(finished, generation); });
    m_timeout.start(m_timeoutMs);
    job->start();
}

void KeychainCredentialStore::onJobFinished(QKeychain::Job *job, quint64 generation)
{
    if (generation != m_generation || !m_busy)
        return; // answered after its time limit; already reported
    m_timeout.stop();
    const Operation operation = m_queue.head().operation;
    Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read) {
            result.found = true;
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        }
        break;
    case QKeychain::EntryNotFound:
        break; // reading or deleting nothing is not a failure
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.error = credentialsError(tr("Access to the system keychain was denied."));
        break;
    case QKeychain::NoBackendAvailable:
        result.error = credentialsError(
            tr("No system keychain is available (on Linux, a Secret Service such as GNOME "
               "Keyring or KWallet must be running). The token was not stored."));
        break;
    default:
        // QtKeychain's message names the backend's problem, never the secret.
        result.error =
            credentialsError(tr("The system keychain failed: %1").arg(job->errorString()));
        break;
    }
    complete(std::move(result));
}

void KeychainCredentialStore::complete(Result result)
{
    m_timeout.stop();
    Call call = m_queue.dequeue();
    m_busy = false;
    deliver(call.context, std::move(call.done), std::move(result));
    scheduleNext(); // queued: never from inside the job's finished signal
}
