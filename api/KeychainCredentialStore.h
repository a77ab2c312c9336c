#pragma once

#include "CredentialStore.h"

#include <QQueue>
#include <QTimer>

namespace QKeychain {
class Job;
}

// Tokens in the OS keychain (macOS Keychain, Windows Credential Manager,
// Secret Service/KWallet on Linux) through QtKeychain.
//
// - One entry per server profile: service "com.lumio.BotControl", key
//   "token/<profileId>".
// - No insecure fallback: without a keychain, calls fail rather than write
//   the token to a plain file.
// - Calls run one at a time, each with a time limit (a locked keychain can
//   wait forever for a password prompt); a call that times out reports
//   Kind::Credentials and the queue moves on.
// - The next job is always started from the event loop, never from inside
//   the previous job's finished signal (re-entering the Secret Service
//   D-Bus client there is known to deadlock or drop results).
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(
        QObject *parent = nullptr, const QString &service = QStringLiteral("com.lumio.BotControl"));
    ~KeychainCredentialStore() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    QString service() const { return m_service; }

    void readToken(const QString &profileId, QObject *context, Callback done) override;
    void writeToken(const QString &profileId, const QString &token, QObject *context,
                    Callback done) override;
    void deleteToken(const QString &profileId, QObject *context, Callback done) override;

private:
    enum class Operation : quint8 { Read, Write, Delete };
    struct Call
    {
        Operation operation;
        QString profileId;
        QString token;
        QPointer<QObject> context;
        Callback done;
    };

    void enqueue(Call call);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job, quint64 generation);
    void complete(Result result);

    QString m_service;
    int m_timeoutMs = 10000;
    QQueue<Call> m_queue;
    bool m_busy = false;
    bool m_scheduled = false;
    quint64 m_generation = 0; // tells a late answer from a timed-out job apart
    QTimer m_timeout;
};
