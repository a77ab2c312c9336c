// libFuzzer target: arbitrary bytes through everything that reads server
// answers over HTTP: the GraphQL-over-HTTP interpretation of a body, every
// decoder (via QJsonDocument), the RFC 3339 parser and the ID validators.
// Besides crashes and sanitizer reports, it checks the decoders' promises:
// whatever they accept is well-formed (canonical IDs, real timestamps).

#include <api/Decoders.h>
#include <api/GraphQLResponse.h>
#include <api/IdValidation.h>
#include <api/Rfc3339.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer reports it with the input that broke the promise
}

// An 8-4-4-4-12 UUID in any case: the decoders keep IDs exactly as sent.
bool isUuid(const QString &id)
{
    return IdValidation::isValidUuid(id);
}

void decodeEverything(const QJsonValue &json)
{
    QString why;
    DecodeReport report;

    BotStatusEntry entry;
    if (Decoders::decode(json, entry, &why)) {
        check(isUuid(entry.accountId));
        check(entry.updatedAt != kNoTimestamp);
    }
    Viewer viewer;
    (void)Decoders::decode(json, viewer, &why);
    DiscordGuild guild;
    if (Decoders::decode(json, guild, &why)) {
        check(IdValidation::isValidSnowflake(guild.guildId));
        check(isUuid(guild.accountId));
    }
    DiscordChannel channel;
    if (Decoders::decode(json, channel, &why))
        check(channel.parentId.isEmpty() || IdValidation::isValidSnowflake(channel.parentId));
    DiscordRole role;
    if (Decoders::decode(json, role, &why))
        check(role.color <= 0xFFFFFF);
    DiscordFeatureInfo info;
    (void)Decoders::decode(json, info, &why);
    DiscordGuildFeature feature;
    (void)Decoders::decode(json, feature, &why);
    DiscordAuthorization authorization;
    if (Decoders::decode(json, authorization, &why))
        check(authorization.url.scheme() == QLatin1String("https"));
    DiscordGuildEvent event;
    (void)Decoders::decode(json, event, &why);
    PageInfo pageInfo;
    if (Decoders::decode(json, pageInfo, &why))
        check(!pageInfo.hasNextPage || !pageInfo.endCursor.isEmpty());

    BotStatusPage page;
    if (Decoders::decode(json, page, report, &why)) {
        check(page.totalCount >= 0);
        for (const BotStatusEntry &row : std::as_const(page.nodes))
            check(isUuid(row.accountId));
    }
    DiscordGuildPage guildPage;
    (void)Decoders::decode(json, guildPage, report, &why);
    QList<DiscordChannel> channels;
    (void)Decoders::decodeList(json, channels, report, QLatin1String("channels"), &why);
    QList<DiscordRole> roles;
    (void)Decoders::decodeList(json, roles, report, QLatin1String("roles"), &why);
    QList<DiscordGuildFeature> features;
    (void)Decoders::decodeList(json, features, report, QLatin1String("features"), &why);
    QList<DiscordFeatureInfo> catalog;
    (void)Decoders::decodeList(json, catalog, report, QLatin1String("catalog"), &why);
    check(report.messages.size() <= DecodeReport::kMaxMessages);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // The HTTP layer: any status, the body, a Retry-After built from the bytes.
    for (const int status : {200, 400, 429, 503}) {
        const GraphQLResponse r = GraphQLResponse::fromHttp(status, bytes, bytes.left(16));
        check(r.error.kind != ApiError::Kind::None || (r.hasData && r.errors.isEmpty()));
        check(r.error.kind == ApiError::Kind::None || !r.error.message.isEmpty());
    }

    // The decoders: the document itself, every member, and data.<field>
    // (where the real answers put them), plus the elements of lists.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    decodeEverything(root);
    const QJsonObject object = root.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        decodeEverything(it.value());
        const QJsonObject inner = it.value().toObject();
        for (auto in = inner.constBegin(); in != inner.constEnd(); ++in)
            decodeEverything(in.value());
    }
    for (const QJsonValue &element : root.toArray())
        decodeEverything(element);

    // The scalar parsers on the raw text.
    const QString text = QString::fromUtf8(bytes);
    if (const auto t = Rfc3339::parse(text)) {
        // Every accepted timestamp within 0001-9999 UTC formats and parses
        // back to itself (an offset can push 0000 or 9999 outside that).
        constexpr TimestampMs kYear1 = -62135596800000;
        constexpr TimestampMs kYear10000 = 253402300800000;
        if (*t >= kYear1 && *t < kYear10000)
            check(Rfc3339::parse(Rfc3339::format(*t)) == t);
    }
    if (IdValidation::isValidUuid(text))
        check(text.size() == 36 && text.count(u'-') == 4);
    if (IdValidation::isValidSnowflake(text))
        check(text.size() >= 17 && text.size() <= 20);
    return 0;
}
