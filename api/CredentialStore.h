#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Where access tokens are kept between runs, one per server profile.
//
// Every call returns at once and delivers its result later, on the caller's
// thread, through `done`, and only while `context` still exists (as with a
// context-object connect). Implementations: KeychainCredentialStore (the OS
// keychain via QtKeychain) and InMemoryCredentialStore (tests).
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    struct Result
    {
        QString token; // readToken: the token, empty when none is stored
        bool found = false; // readToken: whether an entry existed
        ApiError error; // Kind::Credentials on failure; "not found" is not an error
    };
    using Callback = std::function<void(const Result &result)>;

    ~CredentialStore() override = default;

    virtual void readToken(const QString &profileId, QObject *context, Callback done) = 0;
    virtual void writeToken(const QString &profileId, const QString &token, QObject *context,
                            Callback done) = 0;
    // Deleting a token that does not exist succeeds.
    virtual void deleteToken(const QString &profileId, QObject *context, Callback done) = 0;

protected:
    explicit CredentialStore(QObject *parent)
        : QObject(parent)
    { }

    // Queues done(result) on context's thread; dropped if context is gone by
    // then. Never calls done synchronously, so callers see one behaviour.
    static void deliver(QObject *context, Callback done, Result result)
    {
        if (!context || !done)
            return;
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)] { done(result); },
            Qt::QueuedConnection);
    }
};
