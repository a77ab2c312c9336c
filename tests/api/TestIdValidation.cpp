// IdValidation: what may be sent as an account UUID (any case, never
// rewritten) or a Discord snowflake.

#include <api/IdValidation.h>

#include <QTest>

class TestIdValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString canonical = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
        QTest::newRow("canonical") << canonical << true;
        QTest::newRow("uppercase") << QStringLiteral("123E4567-E89B-12D3-A456-426614174000") << true;
        QTest::newRow("mixed case") << QStringLiteral("123e4567-E89B-12d3-A456-426614174000") << true;
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("braces") << QStringLiteral("{123e4567-e89b-12d3-a456-426614174000}") << false;
        QTest::newRow("no dashes") << QStringLiteral("123e4567e89b12d3a456426614174000") << false;
        QTest::newRow("dash misplaced")
            << QStringLiteral("123e4567e-89b-12d3-a456-426614174000") << false;
        QTest::newRow("non-hex") << QStringLiteral("123e4567-e89b-12d3-a456-42661417400g") << false;
        QTest::newRow("too long") << canonical + u'0' << false;
        QTest::newRow("whitespace") << u' ' + canonical.left(35) << false;
        QTest::newRow("trailing blank") << canonical + u' ' << false;
        QTest::newRow("fullwidth digit")
            << QStringLiteral("１23e4567-e89b-12d3-a456-426614174000") << false;
        QTest::newRow("injection")
            << QStringLiteral("123e4567-e89b-12d3-a456-4266141\"}) {") << false;
    }

    // Validation refuses; it never rewrites: the text that passes is the
    // text that is sent, case included (there is no normalising API left).
    void uuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QString before = text;
        QCOMPARE(IdValidation::isValidUuid(text), valid);
        QCOMPARE(text, before);
    }

    void snowflake_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("17 digits") << QStringLiteral("81384788765712384") << true;
        QTest::newRow("18 digits") << QStringLiteral("175928847299117063") << true;
        QTest::newRow("19 digits") << QStringLiteral("1234567890123456789") << true;
        QTest::newRow("uint64 max") << QStringLiteral("18446744073709551615") << true;
        QTest::newRow("uint64 max + 1") << QStringLiteral("18446744073709551616") << false;
        QTest::newRow("20 digits too big") << QStringLiteral("99999999999999999999") << false;
        QTest::newRow("16 digits") << QStringLiteral("8138478876571238") << false;
        QTest::newRow("21 digits") << QStringLiteral("123456789012345678901") << false;
        QTest::newRow("leading zero") << QStringLiteral("01384788765712384") << false;
        QTest::newRow("negative") << QStringLiteral("-1384788765712384") << false;
        QTest::newRow("letter") << QStringLiteral("8138478876571238a") << false;
        QTest::newRow("space") << QStringLiteral("81384788765712384 ") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("٨١٣٨٤٧٨٨٧٦٥٧١٢٣٨٤") << false;
    }

    void snowflake()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(IdValidation::isValidSnowflake(text), valid);
    }
};

QTEST_GUILESS_MAIN(TestIdValidation)
#include "TestIdValidation.moc"
