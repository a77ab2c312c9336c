#include "app/CommandLine.h"
#include "app/ProfileStore.h"
#include "models/session/ServerProfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void options_parsed()
    {
        QCommandLineParser parser;
        CommandLineOptions::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("app"), QStringLiteral("--profile"),
                              QStringLiteral("Staging"), QStringLiteral("--server"),
                              QStringLiteral("https://staging.lumio.example/graphql"),
                              QStringLiteral("--lang"), QStringLiteral("de"),
                              QStringLiteral("--quit-after-ms"), QStringLiteral("1500"),
                              QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png")}));
        CommandLineOptions o;
        QString error;
        QVERIFY2(CommandLineOptions::read(parser, o, &error), qPrintable(error));
        QCOMPARE(o.profile, QStringLiteral("Staging"));
        QCOMPARE(o.server, QUrl(QStringLiteral("https://staging.lumio.example/graphql")));
        QCOMPARE(o.language, QStringLiteral("de"));
        QCOMPARE(o.quitAfterMs, 1500);
        QCOMPARE(o.screenshotPath, QStringLiteral("/tmp/x.png"));
        QCOMPARE(o.sandboxRole, QStringLiteral("admin"));
    }

    void options_invalidValuesRejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("lang") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("quit") << QStringList {QStringLiteral("--quit-after-ms"),
                                              QStringLiteral("soon")};
        QTest::newRow("theme") << QStringList {QStringLiteral("--theme"), QStringLiteral("pink")};
    }

    void options_invalidValuesRejected()
    {
        QFETCH(QStringList, args);
        QCommandLineParser parser;
        CommandLineOptions::addOptions(parser);
        args.prepend(QStringLiteral("app"));
        QVERIFY(parser.parse(args));
        CommandLineOptions o;
        QString error;
        QVERIFY(!CommandLineOptions::read(parser, o, &error));
        QVERIFY(!error.isEmpty());
    }

    void sandboxDescription_loaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"url\":\"http://127.0.0.1:4000/graphql\",\"ws\":\"ws://127.0.0.1:4000/graphql\","
                "\"tokens\":{\"admin\":\"a-token\",\"readonly\":\"r-token\"}}");
        f.close();
        SandboxDescription d;
        QString error;
        QVERIFY2(SandboxDescription::load(path, d, &error), qPrintable(error));
        QCOMPARE(d.url, QUrl(QStringLiteral("http://127.0.0.1:4000/graphql")));
        QCOMPARE(d.token(QStringLiteral("readonly")), QStringLiteral("r-token"));
        QVERIFY(!SandboxDescription::load(dir.filePath(QStringLiteral("missing.json")), d, &error));
    }

    void wsUrl_derivedFromGraphqlUrl()
    {
        QCOMPARE(ServerProfile::deriveWsUrl(QUrl(QStringLiteral("https://a.example/graphql"))),
                 QUrl(QStringLiteral("wss://a.example/graphql")));
        QCOMPARE(
            ServerProfile::deriveWsUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api/graphql"))),
            QUrl(QStringLiteral("ws://127.0.0.1:8080/api/graphql")));
        ServerProfile p {.name = QStringLiteral("x"),
                         .graphqlUrl = QUrl(QStringLiteral("https://a.example/graphql")),
                         .wsUrlOverride = QUrl(QStringLiteral("wss://push.a.example/ws"))};
        QCOMPARE(p.wsUrl(), QUrl(QStringLiteral("wss://push.a.example/ws")));
    }

    void urlPolicy_plainHttpOnlyToLoopback()
    {
        QVERIFY(ServerProfile::checkHttpUrl(QUrl(QStringLiteral("https://a.example/graphql")))
                    .isEmpty());
        QVERIFY(ServerProfile::checkHttpUrl(QUrl(QStringLiteral("http://localhost:4000/graphql")))
                    .isEmpty());
        QVERIFY(ServerProfile::checkHttpUrl(QUrl(QStringLiteral("http://127.0.0.1/graphql")))
                    .isEmpty());
        QVERIFY(
            ServerProfile::checkHttpUrl(QUrl(QStringLiteral("http://[::1]/graphql"))).isEmpty());
        QVERIFY(!ServerProfile::checkHttpUrl(QUrl(QStringLiteral("http://a.example/graphql")))
                     .isEmpty());
        QVERIFY(!ServerProfile::checkHttpUrl(QUrl(QStringLiteral("ftp://a.example/graphql")))
                     .isEmpty());
        QVERIFY(
            !ServerProfile::checkWsUrl(QUrl(QStringLiteral("ws://a.example/graphql"))).isEmpty());
        QVERIFY(!ServerProfile::checkHttpUrl(QUrl()).isEmpty());
    }

    void profiles_saveThenLoad_roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        {
            QSettings qs(path, QSettings::IniFormat);
            ProfileStore store(qs);
            store.upsert({.name = QStringLiteral("Production"),
                          .graphqlUrl = QUrl(QStringLiteral("https://api.lumio.example/graphql"))});
            store.upsert(
                {.name = QStringLiteral("Staging"),
                 .graphqlUrl = QUrl(QStringLiteral("https://staging.lumio.example/graphql")),
                 .wsUrlOverride = QUrl(QStringLiteral("wss://push.staging.example/ws"))});
            store.setLastUsed(QStringLiteral("Staging"));
        }
        QSettings qs(path, QSettings::IniFormat);
        ProfileStore store(qs);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.lastUsed(), QStringLiteral("Staging"));
        QCOMPARE(store.profile(QStringLiteral("Staging")).wsUrl(),
                 QUrl(QStringLiteral("wss://push.staging.example/ws")));
        QCOMPARE(
            store.profileForUrl(QUrl(QStringLiteral("https://api.lumio.example/graphql"))).name,
            QStringLiteral("Production"));
        store.remove(QStringLiteral("Staging"));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.lastUsed().isEmpty());
    }
};

QTEST_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
