#pragma once

#include "BotTypes.h"
#include "DecodeReport.h"
#include "DiscordTypes.h"
#include "Page.h"
#include "Viewer.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// JSON -> value types for every object the operations return. Pure functions,
// no QObject, safe on any thread.
//
// Strict where it protects the app: a required field that is missing, null or
// of the wrong type, an ID that is not a UUID or a snowflake, or a timestamp
// that is not RFC 3339 makes the item unusable. Forgiving where a newer server
// is legitimate: unknown enum values become the explicit Unknown value, and
// unknown fields are ignored. In lists and pages a bad item is skipped and
// counted in a DecodeReport instead of losing the whole page.
namespace Decoders {

// Single objects: false (and *error says which field and why) when json is
// not a usable object of that type.
bool decode(const QJsonValue &json, BotStatusEntry &out, QString *error = nullptr);
bool decode(const QJsonValue &json, Viewer &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordGuild &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordChannel &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordRole &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordFeatureInfo &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordGuildFeature &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordAuthorization &out, QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordGuildEvent &out, QString *error = nullptr);
bool decode(const QJsonValue &json, PageInfo &out, QString *error = nullptr);

// Pages: false when the page itself is unusable (not an object, nodes not an
// array, pageInfo or totalCount missing); bad nodes only go to the report.
bool decode(const QJsonValue &json, BotStatusPage &out, DecodeReport &report,
            QString *error = nullptr);
bool decode(const QJsonValue &json, DiscordGuildPage &out, DecodeReport &report,
            QString *error = nullptr);

// A list of T: false when json is not an array; items that do not decode are
// skipped and reported as "<what>[index]: <reason>".
template<typename T>
bool decodeList(const QJsonValue &json, QList<T> &out, DecodeReport &report, QLatin1String what,
                QString *error = nullptr)
{
    if (!json.isArray()) {
        if (error)
            *error = QString(what) + QLatin1String(": expected a list");
        return false;
    }
    const QJsonArray array = json.toArray();
    out.clear();
    out.reserve(array.size());
    QString why;
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item;
        if (decode(array.at(i), item, &why))
            out.append(std::move(item));
        else
            report.addSkipped(QString(what) + u'[' + QString::number(i) + QLatin1String("]: ")
                              + why);
    }
    return true;
}

} // namespace Decoders
