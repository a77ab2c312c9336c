// Decoders: strict where it protects the app, forgiving where a newer server
// is legitimate, and never losing a whole page to one bad row.

#include <api/Decoders.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kAccount = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
const QString kGuild = QStringLiteral("175928847299117063");

QJsonObject row(int i = 0)
{
    return QJsonObject {
        {QStringLiteral("accountId"),
         QStringLiteral("123e4567-e89b-12d3-a456-%1").arg(i, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("accountName"), QStringLiteral("Account %1").arg(i)},
        {QStringLiteral("platform"), QStringLiteral("TWITCH")},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("lastHeartbeatAt"), QStringLiteral("2026-11-21T09:59:30.250Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-11-21T10:00:00Z")},
    };
}

QJsonObject page(const QJsonArray &nodes, bool hasNext = false, int total = -1)
{
    return QJsonObject {
        {QStringLiteral("totalCount"), total < 0 ? int(nodes.size()) : total},
        {QStringLiteral("pageInfo"),
         QJsonObject {{QStringLiteral("hasNextPage"), hasNext},
                      {QStringLiteral("endCursor"),
                       hasNext ? QJsonValue(QStringLiteral("c1")) : QJsonValue()}}},
        {QStringLiteral("nodes"), nodes},
    };
}

QJsonObject guild()
{
    return QJsonObject {
        {QStringLiteral("guildId"), kGuild},
        {QStringLiteral("name"), QStringLiteral("Lumio Fans")},
        {QStringLiteral("iconUrl"), QJsonValue()},
        {QStringLiteral("accountId"), kAccount},
        {QStringLiteral("accountName"), QStringLiteral("lumio")},
        {QStringLiteral("connectedAt"), QStringLiteral("2026-01-02T03:04:05Z")},
        {QStringLiteral("available"), false},
        {QStringLiteral("mappedFeatureCount"), 3},
    };
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

class TestDecoders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void botStatusEntry_good()
    {
        BotStatusEntry e;
        QString why;
        QVERIFY2(Decoders::decode(row(7), e, &why), qPrintable(why));
        QCOMPARE(e.accountId, QStringLiteral("123e4567-e89b-12d3-a456-000000000007"));
        QCOMPARE(e.accountName, QStringLiteral("Account 7"));
        QCOMPARE(e.platform, Platform::Twitch);
        QCOMPARE(e.status, BotStatus::Active);
        QCOMPARE(e.lastHeartbeatAt, 1795255170250);
        QCOMPARE(e.updatedAt, 1795255200000);
    }

    void botStatusEntry_nullHeartbeatAndUppercaseId()
    {
        QJsonObject o = with(row(), QStringLiteral("lastHeartbeatAt"), QJsonValue());
        o = with(o, QStringLiteral("accountId"), kAccount.toUpper());
        BotStatusEntry e;
        QVERIFY(Decoders::decode(o, e));
        QCOMPARE(e.lastHeartbeatAt, kNoTimestamp);
        // IDs are opaque: kept byte for byte, never lower-cased.
        QCOMPARE(e.accountId, kAccount.toUpper());
        QVERIFY(e.accountId != kAccount);
        QVERIFY(
            Decoders::decode(with(o, QStringLiteral("lastHeartbeatAt"), QJsonValue::Undefined), e));
    }

    void botStatusEntry_unknownEnumsAreKept()
    {
        QJsonObject o = with(row(), QStringLiteral("platform"), QStringLiteral("MASTODON"));
        o = with(o, QStringLiteral("status"), QStringLiteral("HIBERNATING"));
        o.insert(QStringLiteral("aFieldFromTheFuture"), 42);
        BotStatusEntry e;
        QVERIFY(Decoders::decode(o, e));
        // Interned, not collapsed into "Unknown": each value keeps its own
        // one-byte code and gives its wire text back unchanged.
        QVERIFY(isExtraPlatform(e.platform));
        QVERIFY(isExtraBotStatus(e.status));
        QCOMPARE(platformToWire(e.platform), QLatin1String("MASTODON"));
        QCOMPARE(botStatusToWire(e.status), QLatin1String("HIBERNATING"));
        BotStatusEntry again;
        QVERIFY(Decoders::decode(o, again));
        QCOMPARE(again.platform, e.platform);
        BotStatusEntry other;
        QVERIFY(Decoders::decode(with(o, QStringLiteral("platform"), QStringLiteral("BLUESKY")),
                                 other));
        QVERIFY(isExtraPlatform(other.platform));
        QVERIFY(other.platform != e.platform);
    }

    void botStatusEntry_platformThatCannotBeAnEnumValue_isRefused()
    {
        // Not a GraphQL enum name: no server sends it, so no row is made of it.
        for (const QString &bad : {QStringLiteral(""), QStringLiteral("two words"),
                                   QStringLiteral("9LIVES"), QString(65, u'A')}) {
            QString why;
            BotStatusEntry e;
            QVERIFY2(!Decoders::decode(with(row(), QStringLiteral("platform"), bad), e, &why),
                     qPrintable(bad));
            QVERIFY2(why.contains(QLatin1String("platform")), qPrintable(why));
        }
    }

    void botStatusEntry_badFields_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject r = row();
        for (const char *key : {"accountId", "accountName", "platform", "status", "updatedAt"}) {
            const QString k = QString::fromLatin1(key);
            QTest::addRow("%s missing", key) << QJsonValue(with(r, k, QJsonValue::Undefined)) << k;
            QTest::addRow("%s null", key) << QJsonValue(with(r, k, QJsonValue())) << k;
            QTest::addRow("%s number", key) << QJsonValue(with(r, k, 12)) << k;
            QTest::addRow("%s object", key) << QJsonValue(with(r, k, QJsonObject())) << k;
        }
        QTest::newRow("accountId not uuid")
            << QJsonValue(with(r, QStringLiteral("accountId"), QStringLiteral("42")))
            << "accountId";
        QTest::newRow("updatedAt garbage")
            << QJsonValue(with(r, QStringLiteral("updatedAt"), QStringLiteral("yesterday")))
            << "updatedAt";
        QTest::newRow("heartbeat wrong type")
            << QJsonValue(with(r, QStringLiteral("lastHeartbeatAt"), true)) << "lastHeartbeatAt";
        QTest::newRow("not an object") << QJsonValue(QJsonArray {1, 2}) << "object";
        QTest::newRow("string") << QJsonValue(QStringLiteral("row")) << "object";
    }

    void botStatusEntry_badFields()
    {
        QFETCH(QJsonValue, json);
        QFETCH(QString, field);
        BotStatusEntry e;
        QString why;
        QVERIFY(!Decoders::decode(json, e, &why));
        QVERIFY2(why.contains(field), qPrintable(why));
    }

    void page_skipsBadRowsAndReportsThem()
    {
        QJsonArray nodes;
        for (int i = 0; i < 10; ++i)
            nodes.append(i % 4 == 1 ? QJsonValue(with(row(i), QStringLiteral("updatedAt"), 5))
                                    : QJsonValue(row(i)));
        nodes.append(QJsonValue());
        BotStatusPage p;
        DecodeReport report;
        QString why;
        QVERIFY2(Decoders::decode(page(nodes, true, 20000), p, report, &why), qPrintable(why));
        QCOMPARE(p.nodes.size(), 7); // rows 1, 5 and 9 are bad, and the null
        QCOMPARE(report.skipped, 4);
        QCOMPARE(report.messages.size(), 4);
        QVERIFY2(report.messages.first().startsWith(QLatin1String("nodes[1]: updatedAt")),
                 qPrintable(report.messages.first()));
        QCOMPARE(p.totalCount, 20000);
        QVERIFY(p.pageInfo.hasNextPage);
        QCOMPARE(p.pageInfo.endCursor, QStringLiteral("c1"));
    }

    void page_reportKeepsOnlyTheFirstMessages()
    {
        QJsonArray nodes;
        for (int i = 0; i < 100; ++i)
            nodes.append(i);
        BotStatusPage p;
        DecodeReport report;
        QVERIFY(Decoders::decode(page(nodes), p, report));
        QCOMPARE(report.skipped, 100);
        QCOMPARE(report.messages.size(), DecodeReport::kMaxMessages);
        QVERIFY(p.nodes.isEmpty());
    }

    void page_unusable_data()
    {
        QTest::addColumn<QJsonValue>("json");
        const QJsonObject good = page({row()});
        QTest::newRow("nodes missing")
            << QJsonValue(with(good, QStringLiteral("nodes"), QJsonValue::Undefined));
        QTest::newRow("nodes object")
            << QJsonValue(with(good, QStringLiteral("nodes"), QJsonObject()));
        QTest::newRow("pageInfo missing")
            << QJsonValue(with(good, QStringLiteral("pageInfo"), QJsonValue::Undefined));
        QTest::newRow("totalCount string")
            << QJsonValue(with(good, QStringLiteral("totalCount"), QStringLiteral("1")));
        QTest::newRow("totalCount fraction")
            << QJsonValue(with(good, QStringLiteral("totalCount"), 1.5));
        QTest::newRow("totalCount huge")
            << QJsonValue(with(good, QStringLiteral("totalCount"), 1e12));
        QTest::newRow("totalCount negative")
            << QJsonValue(with(good, QStringLiteral("totalCount"), -1));
        QTest::newRow("next without cursor")
            << QJsonValue(with(good, QStringLiteral("pageInfo"),
                               QJsonObject {{QStringLiteral("hasNextPage"), true},
                                            {QStringLiteral("endCursor"), QJsonValue()}}));
        QTest::newRow("null") << QJsonValue();
    }

    void page_unusable()
    {
        QFETCH(QJsonValue, json);
        BotStatusPage p;
        DecodeReport report;
        QString why;
        QVERIFY(!Decoders::decode(json, p, report, &why));
        QVERIFY(!why.isEmpty());
    }

    void duplicateKeys_doNotCrash()
    {
        // JSON allows duplicate names; Qt keeps one. Either way, a valid row
        // or a reported one, never a crash or a mix-up of types.
        const QByteArray json = R"({"accountId":"123e4567-e89b-12d3-a456-426614174000",)"
                                R"("accountId":7,"accountName":"a","accountName":"b",)"
                                R"("platform":"KICK","status":"PAUSED",)"
                                R"("updatedAt":"2026-11-21T10:00:00Z"})";
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isObject());
        BotStatusEntry e;
        QString why;
        if (Decoders::decode(doc.object(), e, &why)) {
            QCOMPARE(e.accountId, kAccount);
            QVERIFY(e.accountName == QLatin1String("a") || e.accountName == QLatin1String("b"));
        } else {
            QVERIFY(why.contains(QLatin1String("accountId")));
        }
    }

    void deepNesting_isRejectedCleanly()
    {
        const int depth = 5000;
        const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
        const QJsonDocument doc = QJsonDocument::fromJson(deep); // Qt caps nesting
        BotStatusPage p;
        DecodeReport report;
        QVERIFY(
            !Decoders::decode(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(), p, report));

        QJsonValue nested = QStringLiteral("leaf");
        for (int i = 0; i < 200; ++i)
            nested = QJsonObject {{QStringLiteral("accountName"), nested}};
        BotStatusEntry e;
        QString why;
        QVERIFY(!Decoders::decode(with(row(), QStringLiteral("accountName"), nested), e, &why));
        QVERIFY(why.contains(QLatin1String("accountName")));
    }

    void truncatedJson_neverCrashesOrInventsRows()
    {
        QJsonArray nodes;
        for (int i = 0; i < 3; ++i)
            nodes.append(row(i));
        const QByteArray full =
            QJsonDocument(QJsonObject {{QStringLiteral("adminBotStatuses"), page(nodes)}})
                .toJson(QJsonDocument::Compact);
        int decoded = 0;
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const QJsonDocument doc = QJsonDocument::fromJson(full.left(cut));
            BotStatusPage p;
            DecodeReport report;
            if (Decoders::decode(doc.object().value(QLatin1String("adminBotStatuses")), p,
                                 report)) {
                QVERIFY(p.nodes.size() <= 3);
                ++decoded;
            }
        }
        QCOMPARE(decoded, 0); // a truncated document never parses
        BotStatusPage p;
        DecodeReport report;
        QVERIFY(Decoders::decode(
            QJsonDocument::fromJson(full).object().value(QLatin1String("adminBotStatuses")), p,
            report));
        QCOMPARE(p.nodes.size(), 3);
    }

    void viewer()
    {
        const QJsonObject o {
            {QStringLiteral("id"), QStringLiteral("u1")},
            {QStringLiteral("displayName"), QStringLiteral("Ada")},
            {QStringLiteral("permissions"),
             QJsonArray {QStringLiteral("admin:access"), QStringLiteral("bot-control:read")}},
            {QStringLiteral("isSystemAdmin"), false},
        };
        Viewer v;
        QVERIFY(Decoders::decode(o, v));
        QCOMPARE(v.displayName, QStringLiteral("Ada"));
        QVERIFY(v.hasPermission(QStringLiteral("bot-control:read")));
        QVERIFY(!v.hasPermission(QStringLiteral("bot-control:edit")));
        v.isSystemAdmin = true;
        QVERIFY(v.hasPermission(QStringLiteral("bot-control:edit")));

        QString why;
        QVERIFY(!Decoders::decode(
            with(o, QStringLiteral("permissions"), QJsonArray {QStringLiteral("a"), 1}), v, &why));
        QVERIFY(why.contains(QLatin1String("permissions")));
        QVERIFY(
            !Decoders::decode(with(o, QStringLiteral("isSystemAdmin"), QStringLiteral("true")), v));
    }

    void discordGuild()
    {
        DiscordGuild g;
        QString why;
        QVERIFY2(Decoders::decode(guild(), g, &why), qPrintable(why));
        QCOMPARE(g.guildId, kGuild);
        QVERIFY(g.iconUrl.isEmpty());
        QVERIFY(!g.available);
        QCOMPARE(g.mappedFeatureCount, 3);
        QCOMPARE(g.connectedAt, 1767323045000);
        QVERIFY(!Decoders::decode(with(guild(), QStringLiteral("guildId"), QStringLiteral("123")),
                                  g, &why));
        QVERIFY(why.contains(QLatin1String("guildId")));
        QVERIFY(!Decoders::decode(with(guild(), QStringLiteral("guildId"), 175928847299117063.0),
                                  g)); // a number loses precision: refuse
    }

    void discordGuildPage_partial()
    {
        const QJsonArray nodes {guild(), with(guild(), QStringLiteral("available"), 1), guild()};
        DiscordGuildPage p;
        DecodeReport report;
        QVERIFY(Decoders::decode(page(nodes), p, report));
        QCOMPARE(p.nodes.size(), 2);
        QCOMPARE(report.skipped, 1);
    }

    void discordChannel()
    {
        const QJsonObject o {
            {QStringLiteral("id"), QStringLiteral("175928847299117064")},
            {QStringLiteral("name"), QStringLiteral("general")},
            {QStringLiteral("type"), QStringLiteral("TEXT")},
            {QStringLiteral("parentId"), QJsonValue()},
            {QStringLiteral("position"), 2},
            {QStringLiteral("botCanPost"), true},
        };
        DiscordChannel c;
        QVERIFY(Decoders::decode(o, c));
        QCOMPARE(c.type, DiscordChannelType::Text);
        QVERIFY(c.parentId.isEmpty());
        QVERIFY(Decoders::decode(with(o, QStringLiteral("type"), QStringLiteral("MEDIA")), c));
        QVERIFY(isExtraDiscordChannelType(c.type));
        QCOMPARE(discordChannelTypeToWire(c.type), QLatin1String("MEDIA"));
        QVERIFY(!Decoders::decode(with(o, QStringLiteral("parentId"), QStringLiteral("x")), c));
        QVERIFY(!Decoders::decode(with(o, QStringLiteral("position"), 2.5), c));
        QVERIFY(Decoders::decode(with(o, QStringLiteral("parentId"), kGuild), c));
        QCOMPARE(c.parentId, kGuild);
    }

    void discordRole()
    {
        const QJsonObject o {
            {QStringLiteral("id"), kGuild},
            {QStringLiteral("name"), QStringLiteral("@everyone")},
            {QStringLiteral("color"), 0x3498db},
            {QStringLiteral("position"), 0},
            {QStringLiteral("mentionable"), false},
        };
        DiscordRole r;
        QVERIFY(Decoders::decode(o, r));
        QCOMPARE(r.color, 0x3498dbu);
        QVERIFY(!Decoders::decode(with(o, QStringLiteral("color"), 0x1000000), r));
        QVERIFY(!Decoders::decode(with(o, QStringLiteral("color"), -1), r));
    }

    void discordFeatureInfoAndFeature()
    {
        DiscordFeatureInfo info;
        QVERIFY(Decoders::decode(
            QJsonObject {{QStringLiteral("key"), QStringLiteral("clip_feed")},
                         {QStringLiteral("description"), QStringLiteral("New clips")}},
            info));
        QCOMPARE(info.key, QStringLiteral("clip_feed"));
        QVERIFY(!Decoders::decode(QJsonObject {{QStringLiteral("key"), QString()},
                                               {QStringLiteral("description"), QString()}},
                                  info));

        const QJsonObject f {
            {QStringLiteral("guildId"), kGuild},
            {QStringLiteral("feature"), QStringLiteral("live_notification")},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("channelId"), QStringLiteral("175928847299117064")},
            {QStringLiteral("mentionRoleId"), QJsonValue()},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-11-21T10:00:00+00:00")},
        };
        DiscordGuildFeature feature;
        QVERIFY(Decoders::decode(f, feature));
        QVERIFY(feature.mentionRoleId.isEmpty());
        QCOMPARE(feature.channelId, QStringLiteral("175928847299117064"));
        QVERIFY(!Decoders::decode(with(f, QStringLiteral("enabled"), QJsonValue()), feature));
    }

    void discordAuthorization_onlyHttps_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://discord.com/oauth2/authorize?client_id=1")
                               << true;
        QTest::newRow("http") << QStringLiteral("http://discord.com/oauth2/authorize") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("garbage") << QStringLiteral("::::") << false;
    }

    void discordAuthorization_onlyHttps()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        DiscordAuthorization a;
        QCOMPARE(Decoders::decode(QJsonObject {{QStringLiteral("url"), url},
                                               {QStringLiteral("expiresAt"),
                                                QStringLiteral("2026-11-21T10:10:00Z")}},
                                  a),
                 ok);
    }

    void discordGuildEvent()
    {
        DiscordGuildEvent e;
        QVERIFY(
            Decoders::decode(QJsonObject {{QStringLiteral("kind"), QStringLiteral("DISCONNECTED")},
                                          {QStringLiteral("guildId"), kGuild},
                                          {QStringLiteral("guild"), QJsonValue()}},
                             e));
        QCOMPARE(e.kind, DiscordGuildEventKind::Disconnected);
        QVERIFY(!e.guild.has_value());

        QVERIFY(Decoders::decode(QJsonObject {{QStringLiteral("kind"), QStringLiteral("RENAMED")},
                                              {QStringLiteral("guildId"), kGuild},
                                              {QStringLiteral("guild"), guild()}},
                                 e));
        QVERIFY(!isKnownDiscordGuildEventKind(e.kind));
        QCOMPARE(discordGuildEventKindToWire(e.kind), QLatin1String("RENAMED"));
        QVERIFY(e.guild.has_value());
        QCOMPARE(e.guild->name, QStringLiteral("Lumio Fans"));

        QString why;
        QVERIFY(!Decoders::decode(QJsonObject {{QStringLiteral("kind"), QStringLiteral("UPDATED")},
                                               {QStringLiteral("guildId"), kGuild},
                                               {QStringLiteral("guild"), QJsonArray()}},
                                  e, &why));
        QVERIFY(why.startsWith(QLatin1String("guild:")));
    }

    void lists_requireAnArray()
    {
        QList<DiscordRole> roles;
        DecodeReport report;
        QString why;
        QVERIFY(!Decoders::decodeList(QJsonObject(), roles, report, QLatin1String("roles"), &why));
        QCOMPARE(why, QStringLiteral("roles: expected a list"));
        QVERIFY(Decoders::decodeList(QJsonArray(), roles, report, QLatin1String("roles")));
        QVERIFY(roles.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecoders)
#include "TestDecoders.moc"
