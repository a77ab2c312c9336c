#include "views/StatusBarWidgets.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signedOut_overridesState()
    {
        ConnectionStatusWidget w;
        w.setState(ConnectionState::live());
        QCOMPARE(w.text(), QStringLiteral("Signed out"));
        w.setSignedIn(true);
        QCOMPARE(w.text(), QStringLiteral("Live"));
    }

    void reconnecting_countsDownAndOffersRetry()
    {
        ConnectionStatusWidget w;
        qint64 now = 1'000'000;
        w.setClock([&] { return now; });
        w.setSignedIn(true);
        w.show();
        w.setState(ConnectionState::reconnecting(3, 5000, now, ApiError {}));
        QCOMPARE(w.text(), QStringLiteral("Reconnecting, attempt 3, next try in 5 s"));
        QVERIFY(w.retryButton()->isVisible());
        now += 2100;
        QTRY_COMPARE_WITH_TIMEOUT(w.text(),
                                  QStringLiteral("Reconnecting, attempt 3, next try in 3 s"), 2500);
        QSignalSpy retry(&w, &ConnectionStatusWidget::retryRequested);
        QTest::mouseClick(w.retryButton(), Qt::LeftButton);
        QCOMPARE(retry.count(), 1);

        w.setState(ConnectionState::live());
        QCOMPARE(w.text(), QStringLiteral("Live"));
        QVERIFY(!w.retryButton()->isVisible());
    }

    void offline_andUnauthorized()
    {
        ConnectionStatusWidget w;
        w.setSignedIn(true);
        w.show();
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = QStringLiteral("connection refused");
        w.setState(ConnectionState::offline(error));
        QCOMPARE(w.text(), QStringLiteral("Offline"));
        QVERIFY(w.retryButton()->isVisible());
        w.setState(ConnectionState::connecting(2));
        QCOMPARE(w.text(), QStringLiteral("Connecting, attempt 2…"));
        w.setState(ConnectionState::unauthorized(error));
        QVERIFY(w.text().startsWith(QStringLiteral("Signed out")));
        QVERIFY(!w.retryButton()->isVisible());
    }
};

QTEST_MAIN(TestConnectionStatus)
#include "TestConnectionStatus.moc"
