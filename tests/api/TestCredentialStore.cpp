// InMemoryCredentialStore honours the CredentialStore contract.

#include "CredentialStoreContract.h"

#include <api/InMemoryCredentialStore.h>

using namespace CredentialStoreContract;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        InMemoryCredentialStore s;
        CredentialStoreContract::roundTrip(s, QStringLiteral("mem"));
    }
    void queuedCallsKeepOrder()
    {
        InMemoryCredentialStore s;
        CredentialStoreContract::queuedCallsKeepOrder(s, QStringLiteral("mem"));
    }
    void deadContextGetsNothing()
    {
        InMemoryCredentialStore s;
        CredentialStoreContract::deadContextGetsNothing(s, QStringLiteral("mem"));
    }
    void chainedCalls()
    {
        InMemoryCredentialStore s;
        CredentialStoreContract::chainedCalls(s, QStringLiteral("mem"));
    }

    void failureIsReported()
    {
        InMemoryCredentialStore s;
        ApiError broken;
        broken.kind = ApiError::Kind::Credentials;
        broken.message = QStringLiteral("locked");
        s.setFailure(broken);
        QCOMPARE(write(s, QStringLiteral("p"), QStringLiteral("t")).result.error.kind,
                 ApiError::Kind::Credentials);
        QCOMPARE(s.entryCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
