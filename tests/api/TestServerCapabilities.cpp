// What this build knows of the API (ServerContract, read from the compiled-in
// contract and operations), what a server says it has (ServerCapabilities,
// decoded from the introspection answer) and the comparison of the two
// (CapabilityReport), without a server: issue 13, "the operator is told when
// the server is newer" and "an older server works too".

#include "api/BotTypes.h"
#include "api/CapabilityReport.h"
#include "api/DiscordTypes.h"
#include "api/ServerCapabilities.h"
#include "api/ServerContract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using OpType = GraphQLRequest::OperationType;

QJsonObject enumType(const QStringList &values)
{
    QJsonArray list;
    for (const QString &v : values)
        list.append(QJsonObject {{QStringLiteral("name"), v}});
    return {{QStringLiteral("kind"), QStringLiteral("ENUM")}, {QStringLiteral("enumValues"), list}};
}

QJsonValue rootType(const QStringList &fields)
{
    QJsonArray list;
    for (const QString &f : fields)
        list.append(QJsonObject {{QStringLiteral("name"), f}});
    return QJsonObject {{QStringLiteral("fields"), list}};
}

const QStringList kQuery {QStringLiteral("viewer"),
                          QStringLiteral("adminBotStatuses"),
                          QStringLiteral("adminDiscordGuilds"),
                          QStringLiteral("discordFeatureCatalog"),
                          QStringLiteral("discordGuildChannels"),
                          QStringLiteral("discordGuildRoles"),
                          QStringLiteral("discordGuildFeatures")};
const QStringList kMutation {
    QStringLiteral("adminToggleBotForAccount"), QStringLiteral("adminRejoinBot"),
    QStringLiteral("authorizeDiscordGuild"), QStringLiteral("setDiscordGuildFeature"),
    QStringLiteral("disconnectDiscordGuild")};
const QStringList kSubscription {QStringLiteral("botStatusChanged"),
                                 QStringLiteral("discordGuildChanged")};

// The answer a server with exactly the contract gives; tests edit it.
QJsonObject contractAnswer()
{
    QJsonObject data;
    for (const ServerContract::Enum &e : ServerContract::current().enums)
        data.insert(e.alias, enumType(e.values));
    data.insert(QStringLiteral("__schema"),
                QJsonObject {{QStringLiteral("queryType"), rootType(kQuery)},
                             {QStringLiteral("mutationType"), rootType(kMutation)},
                             {QStringLiteral("subscriptionType"), rootType(kSubscription)}});
    return data;
}

ServerCapabilities decoded(const QJsonObject &data)
{
    ServerCapabilities c;
    QString why;
    if (!ServerCapabilities::decode(data, c, &why))
        qWarning().noquote() << "decode failed:" << why;
    return c;
}

QStringList contractValues(const QString &name)
{
    const ServerContract::Enum *e = ServerContract::current().findEnum(name);
    return e ? e->values : QStringList();
}

} // namespace

class TestServerCapabilities final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contract_enumsAreTheSchemasAndTheDecodersKnowEachValue();
    void contract_operationsAreTheCompiledInOnesWithTheirRootFields();
    void contract_readsTheSchemaFileItself();
    void parser_skipsDescriptionsCommentsAndDirectives();
    void parser_rootFieldsResolveAliasesAndIgnoreNestedFields();
    void decode_contractAnswer_matches();
    void decode_newerServer_listsTheValuesTheAppLacks();
    void decode_olderServer_listsMissingEnumsValuesAndOperations();
    void decode_rejectsWhatIsNotASchema();
    void decode_dropsNamesThatAreNotGraphQLNames();
    void assumed_hasEverythingAndMatches();
    void isRefusal_tellsRefusedFromUnreachable();
};

void TestServerCapabilities::contract_enumsAreTheSchemasAndTheDecodersKnowEachValue()
{
    const ServerContract &contract = ServerContract::current();
    QCOMPARE(contract.enums.size(), 4);
    QStringList platforms;
    for (int p = 0; p < kKnownPlatformCount; ++p)
        platforms.append(QString(platformToWire(Platform(p))));
    QCOMPARE(contractValues(QStringLiteral("Platform")), platforms);
    QStringList statuses;
    for (const BotStatus s : {BotStatus::Active, BotStatus::Paused, BotStatus::NoConnection})
        statuses.append(QString(botStatusToWire(s)));
    QCOMPARE(contractValues(QStringLiteral("BotStatus")), statuses);
    // Every value of the two Discord enums decodes to itself: the app knows it.
    for (const QString &v : contractValues(QStringLiteral("DiscordChannelType")))
        QCOMPARE(QString(discordChannelTypeToWire(discordChannelTypeFromWire(v))), v);
    for (const QString &v : contractValues(QStringLiteral("DiscordGuildEventKind")))
        QCOMPARE(QString(discordGuildEventKindToWire(discordGuildEventKindFromWire(v))), v);
    QCOMPARE(contractValues(QStringLiteral("DiscordChannelType")).size(), 7);
    QCOMPARE(contractValues(QStringLiteral("DiscordGuildEventKind")),
             (QStringList {QStringLiteral("CONNECTED"), QStringLiteral("UPDATED"),
                           QStringLiteral("DISCONNECTED"), QStringLiteral("FEATURES_CHANGED")}));
}

void TestServerCapabilities::contract_operationsAreTheCompiledInOnesWithTheirRootFields()
{
    const ServerContract &contract = ServerContract::current();
    QStringList seen;
    for (const ServerContract::Operation &op : contract.operations)
        seen.append(ServerContract::typeName(op.type) + u'.' + op.field + u'=' + op.name);
    // Every root field of the contract, each from the file named after its operation.
    QStringList expected;
    for (const QString &f : kQuery)
        expected.append(QStringLiteral("Query.") + f);
    for (const QString &f : kMutation)
        expected.append(QStringLiteral("Mutation.") + f);
    for (const QString &f : kSubscription)
        expected.append(QStringLiteral("Subscription.") + f);
    QCOMPARE(seen.size(), expected.size());
    for (const QString &e : expected) {
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                             [&e](const QString &s) { return s.startsWith(e + u'='); }),
                 qPrintable(e + QStringLiteral(" not in ") + seen.join(u' ')));
    }
    QVERIFY(seen.contains(QStringLiteral("Mutation.adminRejoinBot=AdminRejoinBot")));
    QVERIFY(seen.contains(QStringLiteral("Subscription.botStatusChanged=BotStatusChanged")));
    // The introspection query itself is not an operation of the API.
    QVERIFY(!seen.join(u' ').contains(QLatin1String("__")));
}

void TestServerCapabilities::contract_readsTheSchemaFileItself()
{
    // The compiled-in schema is the contract in the source tree, byte for byte.
    QFile source(qEnvironmentVariable("LUMIO_SOURCE_DIR")
                 + QStringLiteral("/api/schema/botcontrol.graphql"));
    QFile compiled(QStringLiteral(":/schema/botcontrol.graphql"));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
    QVERIFY(compiled.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    QCOMPARE(compiled.readAll(), bytes);
    // And a value added to the schema is known to the contract it makes.
    QString sdl = QString::fromUtf8(bytes);
    QVERIFY(sdl.contains(QStringLiteral("  DISCORD\n}")));
    sdl.replace(QStringLiteral("  DISCORD\n}"), QStringLiteral("  DISCORD\n  RUMBLE\n}"));
    const ServerContract grown = ServerContract::parse(sdl, {});
    QCOMPARE(grown.findEnum(QStringLiteral("Platform"))->values.last(), QStringLiteral("RUMBLE"));
}

void TestServerCapabilities::parser_skipsDescriptionsCommentsAndDirectives()
{
    const QString sdl = QStringLiteral("# enum Fake { NO }\n"
                                       "\"\"\"\nenum Inside { NOPE }\n\"\"\"\n"
                                       "enum Platform @tag(name: \"x { y }\") {\n"
                                       "  \"A description with { braces } and \\\"quotes\\\"\"\n"
                                       "  TWITCH\n"
                                       "  # a comment VALUE\n"
                                       "  OLD @deprecated(reason: \"use NEW\")\n"
                                       "  \"\"\"block\n  description BLOCK\"\"\" NEW\n"
                                       "}\n"
                                       "type Query { viewer: String }\n"
                                       "extend enum Platform { EXTRA }\n");
    const auto enums = ServerContract::enumsInSchema(sdl);
    QCOMPARE(enums.size(), 1);
    QCOMPARE(enums.first().first, QStringLiteral("Platform"));
    QCOMPARE(enums.first().second,
             (QStringList {QStringLiteral("TWITCH"), QStringLiteral("OLD"), QStringLiteral("NEW"),
                           QStringLiteral("EXTRA")}));
}

void TestServerCapabilities::parser_rootFieldsResolveAliasesAndIgnoreNestedFields()
{
    QCOMPARE(ServerContract::rootFields(QStringLiteral(
                 "query Q($f: BotStatusFilter = {platform: TWITCH}) @x(a: {b: 1}) {\n"
                 "  # comment { field }\n"
                 "  a: adminBotStatuses(filter: $f, first: 1) { nodes { accountId } }\n"
                 "  viewer { id displayName }\n"
                 "  __typename\n"
                 "}")),
             (QStringList {QStringLiteral("adminBotStatuses"), QStringLiteral("viewer"),
                           QStringLiteral("__typename")}));
    QCOMPARE(ServerContract::rootFields(QStringLiteral("{ viewer { id } }")),
             QStringList {QStringLiteral("viewer")});
    QVERIFY(ServerContract::rootFields(QStringLiteral("query Broken(")).isEmpty());
}

void TestServerCapabilities::decode_contractAnswer_matches()
{
    const ServerCapabilities c = decoded(contractAnswer());
    QVERIFY(!c.isAssumed());
    QVERIFY(c.hasSubscriptions());
    QVERIFY(c.supports(QStringLiteral("AdminRejoinBot")));
    const CapabilityReport report = CapabilityReport::compare(ServerContract::current(), c);
    QVERIFY(report.matches());
    QVERIFY(report.missingOperations.isEmpty());
    const QStringList lines = report.lines();
    QCOMPARE(lines.first(),
             QStringLiteral("enum Platform: matches (TWITCH, YOUTUBE, KICK, TROVO, DISCORD)"));
    QCOMPARE(lines.last(), QStringLiteral("operations: all 14 the app uses are on the server"));
}

void TestServerCapabilities::decode_newerServer_listsTheValuesTheAppLacks()
{
    QJsonObject data = contractAnswer();
    data.insert(QStringLiteral("platform"),
                enumType(contractValues(QStringLiteral("Platform")) << QStringLiteral("RUMBLE")));
    data.insert(
        QStringLiteral("botStatus"),
        enumType(contractValues(QStringLiteral("BotStatus")) << QStringLiteral("SUSPENDED")));
    const ServerCapabilities c = decoded(data);
    const CapabilityReport report = CapabilityReport::compare(ServerContract::current(), c);
    QVERIFY(report.isNewer());
    QVERIFY(!report.isOlder());
    QVERIFY(!report.matches());
    QCOMPARE(report.findEnum(QStringLiteral("Platform"))->appLacks,
             QStringList {QStringLiteral("RUMBLE")});
    QVERIFY(report.lines().contains(QStringLiteral("enum Platform: this app lacks RUMBLE")));
    QVERIFY(report.lines().contains(QStringLiteral("enum BotStatus: this app lacks SUSPENDED")));
    QVERIFY(report.summary().contains(QLatin1String("newer")));
}

void TestServerCapabilities::decode_olderServer_listsMissingEnumsValuesAndOperations()
{
    QJsonObject data = contractAnswer();
    data.insert(QStringLiteral("guildEventKind"), QJsonValue::Null); // no such enum
    data.insert(QStringLiteral("botStatus"),
                enumType({QStringLiteral("ACTIVE"), QStringLiteral("NO_CONNECTION"),
                          QStringLiteral("SUSPENDED")}));
    QJsonObject schema = data.value(QStringLiteral("__schema")).toObject();
    QStringList mutations = kMutation;
    mutations.removeAll(QStringLiteral("adminRejoinBot"));
    schema.insert(QStringLiteral("mutationType"), rootType(mutations));
    schema.insert(QStringLiteral("subscriptionType"), QJsonValue::Null);
    data.insert(QStringLiteral("__schema"), schema);
    const ServerCapabilities c = decoded(data);
    QVERIFY(!c.hasSubscriptions());
    QVERIFY(!c.supports(QStringLiteral("AdminRejoinBot")));
    QVERIFY(!c.supports(QStringLiteral("BotStatusChanged")));
    QVERIFY(c.supports(QStringLiteral("AdminToggleBotForAccount")));
    QVERIFY(!c.hasField(OpType::Subscription, QStringLiteral("botStatusChanged")));
    const CapabilityReport report = CapabilityReport::compare(ServerContract::current(), c);
    QVERIFY(report.isOlder());
    QVERIFY(report.isNewer()); // SUSPENDED
    const QStringList lines = report.lines();
    QVERIFY2(lines.contains(QStringLiteral(
                 "enum BotStatus: this app lacks SUSPENDED; the server no longer has PAUSED")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(
        QStringLiteral("enum DiscordGuildEventKind: not on the server (this app expects "
                       "CONNECTED, UPDATED, DISCONNECTED, FEATURES_CHANGED)")));
    QVERIFY(lines.contains(QStringLiteral(
        "operation Mutation.adminRejoinBot (AdminRejoinBot): missing on the server")));
    QVERIFY(lines.contains(QStringLiteral(
        "operation Subscription.botStatusChanged (BotStatusChanged): missing on the server")));
    QCOMPARE(report.missingOperations.size(), 3);
}

void TestServerCapabilities::decode_rejectsWhatIsNotASchema()
{
    ServerCapabilities c;
    QString why;
    QVERIFY(!ServerCapabilities::decode({}, c, &why));
    QVERIFY(why.contains(QLatin1String("__schema")));
    QJsonObject data = contractAnswer();
    QJsonObject schema = data.value(QStringLiteral("__schema")).toObject();
    schema.insert(QStringLiteral("mutationType"), QStringLiteral("a string"));
    data.insert(QStringLiteral("__schema"), schema);
    QVERIFY(!ServerCapabilities::decode(data, c, &why));
    schema.insert(QStringLiteral("mutationType"), rootType(kMutation));
    schema.insert(QStringLiteral("queryType"), QJsonValue::Null);
    data.insert(QStringLiteral("__schema"), schema);
    QVERIFY(!ServerCapabilities::decode(data, c, &why));
    // A type of an enum's name that is not an enum counts as no enum.
    data = contractAnswer();
    data.insert(QStringLiteral("platform"),
                QJsonObject {{QStringLiteral("kind"), QStringLiteral("OBJECT")}});
    QVERIFY(ServerCapabilities::decode(data, c, &why));
    QVERIFY(!c.enumValues(QStringLiteral("Platform")).has_value());
}

void TestServerCapabilities::decode_dropsNamesThatAreNotGraphQLNames()
{
    // Whatever a server says is untrusted text: only GraphQL names are values
    // or fields (they end up in the status bar and in tool tips).
    QJsonObject data = contractAnswer();
    data.insert(QStringLiteral("platform"),
                enumType(contractValues(QStringLiteral("Platform"))
                         << QStringLiteral("<b>BOLD</b>") << QString() << QStringLiteral("9X")
                         << QStringLiteral("OK_2")));
    QJsonObject schema = data.value(QStringLiteral("__schema")).toObject();
    schema.insert(QStringLiteral("queryType"),
                  rootType(kQuery + QStringList {QStringLiteral("<img src=x>")}));
    data.insert(QStringLiteral("__schema"), schema);
    const ServerCapabilities c = decoded(data);
    QCOMPARE(c.enumValues(QStringLiteral("Platform"))->last(), QStringLiteral("OK_2"));
    QCOMPARE(c.enumValues(QStringLiteral("Platform"))->size(), kKnownPlatformCount + 1);
    QVERIFY(!c.hasField(OpType::Query, QStringLiteral("<img src=x>")));
}

void TestServerCapabilities::assumed_hasEverythingAndMatches()
{
    const ServerCapabilities c = ServerCapabilities::assumed(QStringLiteral("refused"));
    QVERIFY(c.isAssumed());
    QCOMPARE(c.assumedBecause(), QStringLiteral("refused"));
    QVERIFY(c.hasSubscriptions());
    QVERIFY(c.supports(QStringLiteral("AdminRejoinBot")));
    QCOMPARE(*c.enumValues(QStringLiteral("Platform")), contractValues(QStringLiteral("Platform")));
    const CapabilityReport report = CapabilityReport::compare(ServerContract::current(), c);
    QVERIFY(report.matches());
    QVERIFY(report.assumed);
    // A default-constructed value is "not asked yet": assumed too.
    QVERIFY(ServerCapabilities().isAssumed());
}

void TestServerCapabilities::isRefusal_tellsRefusedFromUnreachable()
{
    ApiError e;
    e.kind = ApiError::Kind::GraphQL;
    e.code = QStringLiteral("GRAPHQL_VALIDATION_FAILED");
    QVERIFY(ServerCapabilities::isRefusal(e)); // introspection disabled
    e.code = QStringLiteral("FORBIDDEN");
    QVERIFY(ServerCapabilities::isRefusal(e));
    e.code = QStringLiteral("UNAUTHENTICATED");
    QVERIFY(!ServerCapabilities::isRefusal(e)); // a token is needed: not a refusal
    e = {};
    e.kind = ApiError::Kind::HttpStatus;
    e.httpStatus = 403;
    QVERIFY(ServerCapabilities::isRefusal(e));
    e.httpStatus = 503;
    QVERIFY(!ServerCapabilities::isRefusal(e));
    e.httpStatus = 401;
    QVERIFY(!ServerCapabilities::isRefusal(e));
    for (const ApiError::Kind kind :
         {ApiError::Kind::Network, ApiError::Kind::Timeout, ApiError::Kind::Tls}) {
        e = {};
        e.kind = kind;
        QVERIFY(!ServerCapabilities::isRefusal(e));
    }
    e = {};
    e.kind = ApiError::Kind::Decode;
    QVERIFY(ServerCapabilities::isRefusal(e)); // an answer that is not a schema
}

QTEST_GUILESS_MAIN(TestServerCapabilities)
#include "TestServerCapabilities.moc"
