#pragma once

// The behaviour every CredentialStore must show, shared by the in-memory and
// the real-keychain tests so the fake cannot drift from the real thing.

#include <api/CredentialStore.h>

#include <QTest>

namespace CredentialStoreContract {

struct Outcome
{
    bool called = false;
    CredentialStore::Result result;
};

// Test-only: waits for done() to run.
inline Outcome wait(const std::function<void(QObject *, CredentialStore::Callback)> &call,
                    int waitMs = 15000)
{
    Outcome out;
    QObject context;
    bool synchronous = true;
    call(&context, [&out](const CredentialStore::Result &r) {
        out.called = true;
        out.result = r;
    });
    synchronous = out.called;
    if (!QTest::qWaitFor([&out] { return out.called; }, waitMs))
        qWarning("credential store call timed out in test");
    if (synchronous)
        qFatal("CredentialStore delivered synchronously");
    return out;
}

inline Outcome read(CredentialStore &s, const QString &profile)
{
    return wait([&](QObject *c, CredentialStore::Callback d) { s.readToken(profile, c, d); });
}
inline Outcome write(CredentialStore &s, const QString &profile, const QString &token)
{
    return wait(
        [&](QObject *c, CredentialStore::Callback d) { s.writeToken(profile, token, c, d); });
}
inline Outcome remove(CredentialStore &s, const QString &profile)
{
    return wait([&](QObject *c, CredentialStore::Callback d) { s.deleteToken(profile, c, d); });
}

// Write, read back, overwrite, isolate profiles, delete, delete again.
inline void roundTrip(CredentialStore &store, const QString &prefix)
{
    const QString a = prefix + QStringLiteral("-profile-a");
    const QString b = prefix + QStringLiteral("-profile-b");
    QVERIFY(!remove(store, a).result.error);
    QVERIFY(!remove(store, b).result.error);

    Outcome r = read(store, a);
    QVERIFY(r.called);
    QVERIFY2(!r.result.error, qPrintable(r.result.error.message));
    QVERIFY(!r.result.found);

    QVERIFY(!write(store, a, QStringLiteral("token-ä-1")).result.error);
    QVERIFY(!write(store, b, QStringLiteral("token-b")).result.error);
    r = read(store, a);
    QVERIFY(r.result.found);
    QCOMPARE(r.result.token, QStringLiteral("token-ä-1"));

    QVERIFY(!write(store, a, QStringLiteral("token-2")).result.error);
    QCOMPARE(read(store, a).result.token, QStringLiteral("token-2"));
    QCOMPARE(read(store, b).result.token, QStringLiteral("token-b"));

    QVERIFY(!remove(store, a).result.error);
    QVERIFY(!read(store, a).result.found);
    QVERIFY(read(store, b).result.found);
    QVERIFY(!remove(store, a).result.error); // deleting nothing is fine
    QVERIFY(!remove(store, b).result.error);
}

// Calls queued back to back complete in order; the last write wins.
inline void queuedCallsKeepOrder(CredentialStore &store, const QString &prefix)
{
    const QString p = prefix + QStringLiteral("-order");
    QObject context;
    QList<int> order;
    for (int i = 0; i < 10; ++i)
        store.writeToken(p, QString::number(i), &context,
                         [&order, i](const CredentialStore::Result &) { order.append(i); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 10, 30000);
    QCOMPARE(order, (QList<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(read(store, p).result.token, QStringLiteral("9"));
    QVERIFY(!remove(store, p).result.error);
}

// A receiver that is gone gets nothing; the store keeps working.
inline void deadContextGetsNothing(CredentialStore &store, const QString &prefix)
{
    bool called = false;
    {
        QObject context;
        store.writeToken(prefix + QStringLiteral("-dead"), QStringLiteral("x"), &context,
                         [&called](const CredentialStore::Result &) { called = true; });
    }
    QVERIFY(read(store, prefix + QStringLiteral("-dead")).called);
    QVERIFY(!called);
    QVERIFY(!remove(store, prefix + QStringLiteral("-dead")).result.error);
}

// Starting a call from inside another call's callback works.
inline void chainedCalls(CredentialStore &store, const QString &prefix)
{
    const QString p = prefix + QStringLiteral("-chain");
    QObject context;
    QString seen;
    bool done = false;
    store.writeToken(p, QStringLiteral("chained"), &context, [&](const CredentialStore::Result &) {
        store.readToken(p, &context, [&](const CredentialStore::Result &r) {
            seen = r.token;
            done = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(seen, QStringLiteral("chained"));
    QVERIFY(!remove(store, p).result.error);
}

} // namespace CredentialStoreContract
