// WireEnumRegistry: enum values a newer server sends are interned as one-byte
// values that give their wire text back; the table is bounded, refuses what
// cannot be an enum name, and is safe to use from several threads.

#include "api/BotTypes.h"
#include "api/DiscordTypes.h"
#include "api/WireEnumRegistry.h"

#include <QTest>
#include <QThread>

#include <array>
#include <atomic>
#include <vector>

class TestWireEnumRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intern_givesStableValuesAndTheWireTextBack()
    {
        WireEnumRegistry registry(6);
        QCOMPARE(registry.count(), 0);
        QCOMPARE(registry.find(u"RUMBLE"), -1);
        const int rumble = registry.intern(u"RUMBLE");
        QCOMPARE(rumble, 6);
        QCOMPARE(registry.intern(u"RUMBLE"), rumble);
        QCOMPARE(registry.find(u"RUMBLE"), rumble);
        QCOMPARE(registry.name(rumble), QLatin1String("RUMBLE"));
        // Case matters: an enum value is exact text.
        const int lower = registry.intern(u"rumble");
        QCOMPARE(lower, 7);
        QCOMPARE(registry.name(lower), QLatin1String("rumble"));
        QCOMPARE(registry.values(), (QList<quint8> {6, 7}));
        QVERIFY(registry.name(5).isEmpty());
        QVERIFY(registry.name(8).isEmpty());
    }

    void intern_refusesWhatCannotBeAnEnumName_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" ");
        QTest::newRow("space inside") << QStringLiteral("NEW PLATFORM");
        QTest::newRow("digit first") << QStringLiteral("3D");
        QTest::newRow("dash") << QStringLiteral("NO-CONNECTION");
        QTest::newRow("non-ASCII") << QStringLiteral("KÜCHE");
        QTest::newRow("markup") << QStringLiteral("<b>X</b>");
        QTest::newRow("literal true") << QStringLiteral("true");
        QTest::newRow("literal null") << QStringLiteral("null");
        QTest::newRow("65 characters") << QString(65, u'A');
    }

    void intern_refusesWhatCannotBeAnEnumName()
    {
        QFETCH(QString, wire);
        WireEnumRegistry registry(6);
        QCOMPARE(registry.intern(wire), -1);
        QCOMPARE(registry.count(), 0);
    }

    void intern_acceptsEveryEnumName()
    {
        WireEnumRegistry registry(6);
        QVERIFY(registry.intern(u"_private") >= 0);
        QVERIFY(registry.intern(u"v2_BETA") >= 0);
        QVERIFY(registry.intern(QString(64, u'Z')) >= 0);
    }

    void registry_isBounded()
    {
        WireEnumRegistry registry(6);
        for (int i = 0; i < WireEnumRegistry::kCapacity; ++i)
            QCOMPARE(registry.intern(QStringLiteral("VALUE_%1").arg(i)), 6 + i);
        QCOMPARE(registry.count(), WireEnumRegistry::kCapacity);
        QCOMPARE(registry.intern(u"ONE_TOO_MANY"), -1);
        QCOMPARE(registry.count(), WireEnumRegistry::kCapacity);
        // What is in stays reachable.
        QCOMPARE(registry.intern(u"VALUE_0"), 6);
        QCOMPARE(registry.name(6 + WireEnumRegistry::kCapacity - 1),
                 QLatin1String("VALUE_63"));
    }

    void registry_staysWithinOneByte()
    {
        WireEnumRegistry registry(250);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(registry.intern(QStringLiteral("V%1").arg(i)), 250 + i);
        QCOMPARE(registry.intern(u"V6"), -1); // 256 does not fit in quint8
    }

    void concurrentInterning_agreesOnEveryValue()
    {
        WireEnumRegistry registry(6);
        constexpr int kThreads = 4;
        constexpr int kNames = 40;
        std::array<std::array<int, kNames>, kThreads> seen {};
        std::atomic<int> ready {0};
        std::vector<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.push_back(QThread::create([&, t] {
                ready.fetch_add(1);
                while (ready.load() < kThreads) { }
                // Each thread walks every name, in its own order (stride 7 is
                // coprime with kNames; odd threads walk backwards).
                for (int k = 0; k < kNames; ++k) {
                    const int step = t % 2 ? kNames - 1 - k : k;
                    const int n = (step * 7 + t * 11) % kNames;
                    seen[size_t(t)][size_t(n)] = registry.intern(QStringLiteral("N%1").arg(n));
                }
            }));
            threads.back()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(20000));
            delete thread;
        }
        QCOMPARE(registry.count(), kNames);
        for (int n = 0; n < kNames; ++n) {
            const int value = seen[0][size_t(n)];
            QVERIFY(value >= 6);
            QCOMPARE(QString(registry.name(value)), QStringLiteral("N%1").arg(n));
            for (int t = 1; t < kThreads; ++t)
                QCOMPARE(seen[size_t(t)][size_t(n)], value);
        }
    }

    // The process-wide tables behind the API's enums.
    void apiEnums_roundTripTheirWireText()
    {
        QCOMPARE(platformFromWire(u"TWITCH"), Platform::Twitch);
        QCOMPARE(platformToWire(Platform::Discord), QLatin1String("DISCORD"));
        QVERIFY(platformToWire(Platform::Unknown).isEmpty());
        const Platform rumble = platformFromWire(u"RUMBLE");
        QVERIFY(isExtraPlatform(rumble));
        QVERIFY(!isKnownPlatform(rumble));
        QCOMPARE(platformToWire(rumble), QLatin1String("RUMBLE"));
        QVERIFY(extraPlatforms().contains(rumble));
        QCOMPARE(platformFromWire(u"no such platform"), Platform::Unknown);

        const BotStatus suspended = botStatusFromWire(u"SUSPENDED");
        QVERIFY(isExtraBotStatus(suspended));
        QCOMPARE(botStatusToWire(suspended), QLatin1String("SUSPENDED"));
        QCOMPARE(botStatusFromWire(u"NO_CONNECTION"), BotStatus::NoConnection);

        const DiscordChannelType media = discordChannelTypeFromWire(u"MEDIA");
        QVERIFY(isExtraDiscordChannelType(media));
        QCOMPARE(discordChannelTypeToWire(media), QLatin1String("MEDIA"));
        QCOMPARE(discordChannelTypeFromWire(u"OTHER"), DiscordChannelType::Other);

        const DiscordGuildEventKind renamed = discordGuildEventKindFromWire(u"RENAMED");
        QVERIFY(!isKnownDiscordGuildEventKind(renamed));
        QVERIFY(renamed != DiscordGuildEventKind::Unknown);
        QCOMPARE(discordGuildEventKindToWire(renamed), QLatin1String("RENAMED"));
    }
};

QTEST_GUILESS_MAIN(TestWireEnumRegistry)
#include "TestWireEnumRegistry.moc"
