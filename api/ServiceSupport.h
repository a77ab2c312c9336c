#pragma once

// Internal to the typed services (BotControlApi, DiscordGuildApi): the
// plumbing between a GraphQLReply and a ValueJob. Not part of the public API.

#include "ApiError.h"
#include "Decoders.h"
#include "GraphQLClient.h"
#include "ValueJob.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace ServiceSupport {

// A refusal before sending: the kind of error a server would have returned
// as BAD_USER_INPUT, produced locally so the request never leaves the client.
inline ApiError invalidInput(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Policy;
    error.code = QStringLiteral("BAD_USER_INPUT");
    error.message = message;
    return error;
}

// Refuses what cannot be an ID; never rewrites one (IDs are sent as received).
ApiError checkAccountId(const QString &accountId);
ApiError checkSnowflake(const QString &id, const char *what);
ApiError checkPlatform(Platform platform);

// The service outlived its client (e.g. signed out): nothing can be sent.
inline ApiError noClientError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message =
        QCoreApplication::translate("ServiceSupport", "The connection to the server was closed.");
    return error;
}

inline ApiError decodeError(QLatin1String field, const QString &why)
{
    ApiError error;
    error.kind = ApiError::Kind::Decode;
    error.message = QCoreApplication::translate("ServiceSupport",
                                                "The server's answer to %1 was not understood: %2")
                        .arg(QString(field), why);
    return error;
}

// Decoder adapters with one signature: (json, out, report, error) -> bool.
template<typename T>
bool decodeObject(const QJsonValue &json, T &out, DecodeReport &, QString *error)
{
    return Decoders::decode(json, out, error);
}

template<typename T>
bool decodeListOf(const QJsonValue &json, QList<T> &out, DecodeReport &report, QString *error)
{
    return Decoders::decodeList(json, out, report, QLatin1String("items"), error);
}

inline bool decodeBool(const QJsonValue &json, bool &out, DecodeReport &, QString *error)
{
    if (!json.isBool()) {
        if (error)
            *error = QStringLiteral("expected true or false");
        return false;
    }
    out = json.toBool();
    return true;
}

// Sends request and, when it finishes, decodes data.<field> into the job.
// A GraphQL error wins over a decode error: it is the one the user can act on.
template<typename T, typename DecodeFn>
void run(ValueJob<T> *job, GraphQLClient *client, const GraphQLRequest &request,
         QLatin1String field, DecodeFn decode)
{
    if (!client) {
        job->finishLater(noClientError());
        return;
    }
    GraphQLReply *reply = client->execute(request);
    job->track(reply);
    QObject::connect(reply, &GraphQLReply::finished, job, [job, reply, field, decode] {
        ApiError error = reply->error();
        if (reply->hasData()) {
            T value {};
            QString why;
            if (decode(reply->data().value(field), value, job->report(), &why))
                job->setValue(std::move(value));
            else if (!error)
                error = decodeError(field, why);
        }
        job->finish(error);
    });
}

} // namespace ServiceSupport
