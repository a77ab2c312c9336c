// Issue #9, security checks: invalid snowflakes and UUIDs never leave the
// client. Every api entry point that takes an account UUID or a Discord
// snowflake is called with each invalid ID against an in-process HTTP server
// (tests/api/FakeHttpServer) that counts connections and requests: the job
// must fail with a local BAD_USER_INPUT policy error that says what is wrong,
// and nothing may reach the server, not even a TCP connection. A valid ID
// through the same entry point does reach it (so the test can fail), with the
// account ID normalised to lowercase.
//
// The ID predicates themselves are unit-tested in tests/api/TestIdValidation;
// this is the end-to-end "nothing is sent" property of the services.

#include "FakeHttpServer.h"

#include <api/BotControlApi.h>
#include <api/DiscordGuildApi.h>
#include <api/GraphQLClient.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>

namespace {

const QString kToken = QStringLiteral("invalid-ids-test-token");
const QString kGoodUuid = QStringLiteral("123e4567-e89b-42d3-a456-426614174000");
const QString kGoodSnowflake = QStringLiteral("175928847299117063");

enum class IdKind : quint8 { Uuid, Snowflake };

struct EntryPoint
{
    const char *name;
    IdKind kind;
    bool optional; // empty means "none" (sent as null), so it is not an invalid ID here
    // Starts the call with id in the ID position under test; returns its job.
    std::function<ApiJob *(BotControlApi &, DiscordGuildApi &, const QString &id)> call;
};

DiscordGuildFeatureInput featureInput(const QString &guild, const QString &channel,
                                      const QString &role)
{
    DiscordGuildFeatureInput in;
    in.guildId = guild;
    in.feature = QStringLiteral("live_notification");
    in.enabled = true;
    in.channelId = channel;
    in.mentionRoleId = role;
    return in;
}

QList<EntryPoint> entryPoints()
{
    using B = BotControlApi;
    using D = DiscordGuildApi;
    return {
        {"BotControlApi::toggle(accountId)", IdKind::Uuid, false,
         [](B &b, D &, const QString &id) {
             return b.toggle(id, Platform::Twitch, false);
         }},
        {"BotControlApi::rejoin(accountId)", IdKind::Uuid, false,
         [](B &b, D &, const QString &id) {
             return b.rejoin(id, Platform::Kick);
         }},
        {"DiscordGuildApi::authorize(accountId)", IdKind::Uuid, false,
         [](B &, D &d, const QString &id) {
             return d.authorize(id);
         }},
        {"DiscordGuildApi::channels(guildId)", IdKind::Snowflake, false,
         [](B &, D &d, const QString &id) {
             return d.channels(id);
         }},
        {"DiscordGuildApi::roles(guildId)", IdKind::Snowflake, false,
         [](B &, D &d, const QString &id) {
             return d.roles(id);
         }},
        {"DiscordGuildApi::features(guildId)", IdKind::Snowflake, false,
         [](B &, D &d, const QString &id) {
             return d.features(id);
         }},
        {"DiscordGuildApi::disconnectGuild(guildId)", IdKind::Snowflake, false,
         [](B &, D &d, const QString &id) {
             return d.disconnectGuild(id);
         }},
        {"DiscordGuildApi::setFeature(guildId)", IdKind::Snowflake, false,
         [](B &, D &d, const QString &id) {
             return d.setFeature(featureInput(id, kGoodSnowflake, {}));
         }},
        {"DiscordGuildApi::setFeature(channelId)", IdKind::Snowflake, true,
         [](B &, D &d, const QString &id) {
             return d.setFeature(featureInput(kGoodSnowflake, id, {}));
         }},
        {"DiscordGuildApi::setFeature(mentionRoleId)", IdKind::Snowflake, true,
         [](B &, D &d, const QString &id) {
             return d.setFeature(featureInput(kGoodSnowflake, kGoodSnowflake, id));
         }},
    };
}

// Invalid by the policy of api/IdValidation.h: a canonical 8-4-4-4-12 hex UUID
// (any case, normalised to lowercase), and a 17-20 digit snowflake that fits
// in 64 bits.
QList<QPair<const char *, QString>> invalidUuids()
{
    const QString good = kGoodUuid;
    return {
        {"empty", QString()},
        {"braces", u'{' + good + u'}'},
        {"urn", QStringLiteral("urn:uuid:") + good},
        {"no dashes", QString(good).remove(u'-')},
        {"leading space", u' ' + good},
        {"trailing newline", good + u'\n'},
        {"inner space", good.left(8) + QStringLiteral(" ") + good.mid(9)},
        {"non-hex g", good.left(35) + u'g'},
        {"arabic-indic digit", QString(good).replace(0, 1, QChar(0x0663))},
        {"fullwidth digit", QString(good).replace(0, 1, QChar(0xFF11))},
        {"too short", good.left(35)},
        {"too long", good + u'0'},
        {"very long", QString(good).repeated(300)},
        {"injection", good.left(30) + QStringLiteral("\"){x}")},
        {"snowflake instead", kGoodSnowflake},
        {"null char", good.left(35) + QChar(0)},
    };
}

QList<QPair<const char *, QString>> invalidSnowflakes()
{
    return {
        {"empty", QString()},
        {"16 digits", QStringLiteral("8138478876571238")},
        {"21 digits", QStringLiteral("123456789012345678901")},
        {"above uint64 max", QStringLiteral("18446744073709551616")},
        {"leading plus", QStringLiteral("+175928847299117063")},
        {"leading minus", QStringLiteral("-175928847299117063")},
        {"leading zero", QStringLiteral("075928847299117063")},
        {"arabic-indic digits",
         QStringLiteral("\u0661\u0667\u0665\u0669\u0662\u0668\u0668\u0664"
                        "\u0667\u0662\u0669\u0669\u0661\u0661\u0667\u0660"
                        "\u0666\u0663")},
        {"one arabic-indic digit", QStringLiteral("17592884729911706") + QChar(0x0663)},
        {"fullwidth digits", QString(18, QChar(0xFF11))},
        {"leading space", QStringLiteral(" 175928847299117063")},
        {"trailing space", QStringLiteral("175928847299117063 ")},
        {"tab inside", QStringLiteral("175928847\t299117063")},
        {"hex", QStringLiteral("0x27107FE2C6C00007")},
        {"very long", QString(5000, u'9')},
        {"uuid instead", kGoodUuid},
        {"mention syntax", QStringLiteral("<#175928847299117063>")},
        {"url", QStringLiteral("https://discord.com/channels/175928847299117063")},
    };
}

struct Result
{
    bool finished = false;
    ApiError error;
};

Result await(ApiJob *job)
{
    Result r;
    QObject context;
    QObject::connect(job, &ApiJob::finished, &context, [&r](const ApiError &e) {
        r.finished = true;
        r.error = e;
    });
    (void)QTest::qWaitFor([&r] { return r.finished; }, 10000);
    return r;
}

} // namespace

class TestInvalidIds final : public QObject
{
    Q_OBJECT

private:
    int m_calls = 0;
    int m_reached = 0; // connections the invalid calls caused: must stay 0

private Q_SLOTS:
    void invalidIds_neverLeaveTheClient_data()
    {
        QTest::addColumn<int>("entry");
        QTest::addColumn<QString>("id");
        const QList<EntryPoint> entries = entryPoints();
        for (int e = 0; e < entries.size(); ++e) {
            const auto ids = entries[e].kind == IdKind::Uuid ? invalidUuids() : invalidSnowflakes();
            for (const auto &[label, id] : ids) {
                if (entries[e].optional && id.isEmpty())
                    continue;
                QTest::addRow("%s %s", entries[e].name, label) << e << id;
            }
        }
    }

    void invalidIds_neverLeaveTheClient()
    {
        QFETCH(int, entry);
        QFETCH(QString, id);
        const EntryPoint ep = entryPoints().at(entry);

        FakeHttpServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        GraphQLClient::Config config;
        config.endpoint = server.url();
        config.token = kToken;
        GraphQLClient client(&nam, config);
        BotControlApi bots(&client);
        DiscordGuildApi discord(&client);

        const Result r = await(ep.call(bots, discord, id));
        QTest::qWait(20);
        ++m_calls;
        m_reached += server.connectionCount();
        QVERIFY(r.finished);
        QCOMPARE(r.error.kind, ApiError::Kind::Policy);
        QCOMPARE(r.error.code, QStringLiteral("BAD_USER_INPUT"));
        // A clear message naming what was expected.
        const QString expected = ep.kind == IdKind::Uuid ? QStringLiteral("not a valid account ID")
                                                         : QStringLiteral("not a valid Discord");
        QVERIFY2(r.error.message.contains(expected), qPrintable(r.error.message));
        QVERIFY2(r.error.message.size() < 400, "the message echoes an unbounded ID");
        QVERIFY(!r.error.message.contains(kToken));
        // Nothing reached the server, not even a connection.
        QCOMPARE(server.connectionCount(), 0);
        QCOMPARE(server.requests().size(), 0);
    }

    // The control: the same entry points with valid IDs do reach the server,
    // so a zero above means "refused", not "never tried".
    void validIds_reachTheServer_data()
    {
        QTest::addColumn<int>("entry");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sent");
        const QList<EntryPoint> entries = entryPoints();
        for (int e = 0; e < entries.size(); ++e) {
            if (entries[e].kind == IdKind::Uuid) {
                QTest::addRow("%s lowercase", entries[e].name) << e << kGoodUuid << kGoodUuid;
                // Any case is accepted and sent byte for byte: IDs are opaque,
                // validation refuses but never rewrites (api/IdValidation.h).
                QTest::addRow("%s uppercase", entries[e].name)
                    << e << kGoodUuid.toUpper() << kGoodUuid.toUpper();
            } else {
                QTest::addRow("%s", entries[e].name) << e << kGoodSnowflake << kGoodSnowflake;
                QTest::addRow("%s 17 digits", entries[e].name)
                    << e << QStringLiteral("81384788765712384")
                    << QStringLiteral("81384788765712384");
            }
        }
    }

    void validIds_reachTheServer()
    {
        QFETCH(int, entry);
        QFETCH(QString, id);
        QFETCH(QString, sent);
        const EntryPoint ep = entryPoints().at(entry);
        FakeHttpServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        GraphQLClient::Config config;
        config.endpoint = server.url();
        config.token = kToken;
        GraphQLClient client(&nam, config);
        BotControlApi bots(&client);
        DiscordGuildApi discord(&client);
        (void)await(ep.call(bots, discord, id)); // the fake's "{}" does not decode; irrelevant
        QCOMPARE(server.requests().size(), 1);
        const QByteArray body = server.requests().first().body;
        QVERIFY2(body.contains(sent.toUtf8()), body.constData());
        QCOMPARE(server.requests().first().header("authorization"), "Bearer " + kToken.toUtf8());
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << QStringLiteral("SECURITY-FIGURES test=invalid_ids entry_points=%1 "
                                            "invalid_calls=%2 connections_reaching_server=%3")
                                 .arg(entryPoints().size())
                                 .arg(m_calls)
                                 .arg(m_reached);
    }
};

QTEST_GUILESS_MAIN(TestInvalidIds)
#include "TestInvalidIds.moc"
