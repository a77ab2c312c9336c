#pragma once

#include "CredentialStore.h"

#include <QHash>

// A CredentialStore in a hash, for unit tests and for running without a
// keychain. Same asynchronous contract as the real one. setFailure() makes
// every call fail, to test how callers handle a broken keychain.
class InMemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InMemoryCredentialStore)

public:
    explicit InMemoryCredentialStore(QObject *parent = nullptr)
        : CredentialStore(parent)
    { }

    void setFailure(const ApiError &error) { m_failure = error; }
    int entryCount() const { return int(m_tokens.size()); }

    void readToken(const QString &profileId, QObject *context, Callback done) override
    {
        Result r;
        r.error = m_failure;
        if (!m_failure) {
            r.found = m_tokens.contains(profileId);
            r.token = m_tokens.value(profileId);
        }
        deliver(context, std::move(done), r);
    }

    void writeToken(const QString &profileId, const QString &token, QObject *context,
                    Callback done) override
    {
        if (!m_failure)
            m_tokens.insert(profileId, token);
        deliver(context, std::move(done), Result {{}, false, m_failure});
    }

    void deleteToken(const QString &profileId, QObject *context, Callback done) override
    {
        if (!m_failure)
            m_tokens.remove(profileId);
        deliver(context, std::move(done), Result {{}, false, m_failure});
    }

private:
    QHash<QString, QString> m_tokens;
    ApiError m_failure;
};
