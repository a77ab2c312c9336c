// KeychainCredentialStore against a real Secret Service (GNOME Keyring in a
// private D-Bus session, see tests/api/CMakeLists.txt). Skips when no
// keychain answers, so it never touches a developer's own keyring by accident.

#include "CredentialStoreContract.h"

#include <api/KeychainCredentialStore.h>

#include <QUuid>

using namespace CredentialStoreContract;

class TestCredentialStoreKeychain final : public QObject
{
    Q_OBJECT

private:
    // A service name per run: entries of an aborted run never collide.
    const QString m_service = QStringLiteral("com.lumio.BotControl.test-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("LUMIO_KEYCHAIN_TEST"))
            QSKIP("run through ctest (dbus-run-session + gnome-keyring-daemon)");
        KeychainCredentialStore store(nullptr, m_service);
        const Outcome probe = write(store, QStringLiteral("probe"), QStringLiteral("x"));
        QVERIFY(probe.called);
        QVERIFY2(!probe.result.error, qPrintable(probe.result.error.message));
        QVERIFY(!remove(store, QStringLiteral("probe")).result.error);
    }

    void defaultServiceName()
    {
        QCOMPARE(KeychainCredentialStore().service(), QStringLiteral("com.lumio.BotControl"));
    }

    void roundTrip()
    {
        KeychainCredentialStore s(nullptr, m_service);
        CredentialStoreContract::roundTrip(s, QStringLiteral("kc"));
    }
    void queuedCallsKeepOrder()
    {
        KeychainCredentialStore s(nullptr, m_service);
        CredentialStoreContract::queuedCallsKeepOrder(s, QStringLiteral("kc"));
    }
    void deadContextGetsNothing()
    {
        KeychainCredentialStore s(nullptr, m_service);
        CredentialStoreContract::deadContextGetsNothing(s, QStringLiteral("kc"));
    }
    void chainedCalls()
    {
        KeychainCredentialStore s(nullptr, m_service);
        CredentialStoreContract::chainedCalls(s, QStringLiteral("kc"));
    }

    void persistsAcrossStoreInstances()
    {
        {
            KeychainCredentialStore s(nullptr, m_service);
            QVERIFY(!write(s, QStringLiteral("persist"), QStringLiteral("kept")).result.error);
        }
        KeychainCredentialStore again(nullptr, m_service);
        QCOMPARE(read(again, QStringLiteral("persist")).result.token, QStringLiteral("kept"));
        QVERIFY(!remove(again, QStringLiteral("persist")).result.error);
    }

    void timeout_reportsAndTheQueueMovesOn()
    {
        KeychainCredentialStore s(nullptr, m_service);
        s.setTimeout(0); // fires before D-Bus can possibly answer
        const Outcome slow = read(s, QStringLiteral("timeout"));
        QCOMPARE(slow.result.error.kind, ApiError::Kind::Credentials);
        s.setTimeout(10000);
        const Outcome next = read(s, QStringLiteral("timeout"));
        QVERIFY2(!next.result.error, qPrintable(next.result.error.message));
        QTest::qWait(200); // the late answer of the first job is ignored, not delivered
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreKeychain)
#include "TestCredentialStoreKeychain.moc"
