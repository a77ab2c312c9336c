// Rfc3339::parse: the DateTime scalar, parsed without QDateTime on the hot path.

#include <api/Rfc3339.h>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

class TestRfc3339 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("schema example")
            << QStringLiteral("2026-11-21T10:00:00Z") << qint64(1795255200000);
        QTest::newRow("millis") << QStringLiteral("2026-11-21T10:00:00.123Z")
                                << qint64(1795255200123);
        QTest::newRow("one fraction digit")
            << QStringLiteral("2026-11-21T10:00:00.5Z") << qint64(1795255200500);
        QTest::newRow("nanos truncated")
            << QStringLiteral("2026-11-21T10:00:00.123999999Z") << qint64(1795255200123);
        QTest::newRow("plus offset")
            << QStringLiteral("2026-11-21T12:30:00+02:30") << qint64(1795255200000);
        QTest::newRow("minus offset")
            << QStringLiteral("2026-11-21T05:00:00-05:00") << qint64(1795255200000);
        QTest::newRow("lowercase")
            << QStringLiteral("2026-11-21t10:00:00z") << qint64(1795255200000);
        QTest::newRow("space separator")
            << QStringLiteral("2026-11-21 10:00:00Z") << qint64(1795255200000);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z")
                                  << qint64(1709164800000);
        QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:59:59.999Z") << qint64(-1);
        QTest::newRow("leap second")
            << QStringLiteral("2016-12-31T23:59:60Z") << qint64(1483228800000);
        QTest::newRow("year 0001")
            << QStringLiteral("0001-01-01T00:00:00Z") << qint64(-62135596800000);
        QTest::newRow("year 9999")
            << QStringLiteral("9999-12-31T23:59:59Z") << qint64(253402300799000);
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = Rfc3339::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *s :
             {"",
              "garbage",
              "2026-11-21",
              "2026-11-21T10:00:00", // no offset
              "2026-11-21T10:00Z", // no seconds
              "2026-13-01T00:00:00Z",
              "2026-00-01T00:00:00Z",
              "2026-02-29T00:00:00Z",
              "1900-02-29T00:00:00Z",
              "2026-04-31T00:00:00Z",
              "2026-11-21T24:00:00Z",
              "2026-11-21T10:60:00Z",
              "2026-11-21T10:00:61Z",
              "2026-11-21T10:00:00.Z",
              "2026-11-21T10:00:00+0200",
              "2026-11-21T10:00:00+24:00",
              "2026-11-21T10:00:00+02:60",
              "2026-11-21T10:00:00Zjunk",
              "2026-11-21T10:00:00 Z",
              "2026/11/21T10:00:00Z",
              "+2026-11-21T10:00:00Z",
              "2026-1x-21T10:00:00Z",
              "2026-11-21X10:00:00Z",
              "2026-11-21T10:00:00.123456789012345678901234567890123456789012345678901Z",
              "２026-11-21T10:00:00Z"}) {
            QTest::newRow(s) << QString::fromUtf8(s);
        }
    }

    void invalid()
    {
        QFETCH(QString, text);
        QVERIFY(!Rfc3339::parse(text).has_value());
    }

    // Cross-check against QDateTime over a sweep of dates and offsets.
    void agreesWithQDateTime()
    {
        QDateTime t(QDate(1971, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime end(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        int checked = 0;
        while (t < end) {
            const QString text = t.toString(Qt::ISODateWithMs);
            const auto parsed = Rfc3339::parse(text);
            QVERIFY2(parsed.has_value(), qPrintable(text));
            QCOMPARE(*parsed, t.toMSecsSinceEpoch());
            t = t.addSecs(86400 * 3 + 3671).addMSecs(7);
            ++checked;
        }
        QVERIFY(checked > 15000);
    }

    void format_roundTrips()
    {
        QCOMPARE(Rfc3339::format(1795255200123), QStringLiteral("2026-11-21T10:00:00.123Z"));
        QCOMPARE(Rfc3339::parse(Rfc3339::format(1795255200123)).value_or(0), 1795255200123);
        QVERIFY(Rfc3339::format(kNoTimestamp).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "TestRfc3339.moc"
