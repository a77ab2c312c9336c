#include "SandboxInfo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

namespace {
QJsonObject postJson(const QUrl &url, const QJsonObject &body, const QByteArray &authorization,
                     QString *error, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    QJsonObject result;
    if (!finished) {
        if (error)
            *error = QStringLiteral("timed out after %1 ms: %2").arg(timeoutMs).arg(url.toString());
        reply->abort();
    } else {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError && error)
            *error = QStringLiteral("%1 (%2)").arg(parseError.errorString(), reply->errorString());
        result = doc.object();
    }
    delete reply;
    return result;
}
} // namespace

SandboxInfo SandboxInfo::fromEnvironment()
{
    SandboxInfo info;
    const QString path = qEnvironmentVariable("LUMIO_SANDBOX_INFO");
    if (path.isEmpty()) {
        info.m_error = QStringLiteral("LUMIO_SANDBOX_INFO is not set: run this test through ctest");
        return info;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.m_error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return info;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    info.m_httpUrl = QUrl(o.value(QLatin1String("url")).toString());
    info.m_wsUrl = QUrl(o.value(QLatin1String("ws")).toString());
    info.m_controlUrl = QUrl(o.value(QLatin1String("control")).toString());
    info.m_tokens = o.value(QLatin1String("tokens")).toObject();
    if (!info.m_httpUrl.isValid() || info.m_httpUrl.isEmpty())
        info.m_error = QStringLiteral("%1 has no url").arg(path);
    return info;
}

QString SandboxInfo::token(const QString &role) const
{
    return m_tokens.value(role).toString();
}

QJsonObject SandboxInfo::control(const QString &path, const QJsonObject &body, QString *error,
                                 int timeoutMs) const
{
    QUrl url = m_controlUrl;
    url.setPath(url.path() + QLatin1Char('/') + path);
    return postJson(url, body, {}, error, timeoutMs);
}

QJsonObject SandboxInfo::graphql(const QString &role, const QString &query,
                                 const QJsonObject &variables, int timeoutMs) const
{
    QJsonObject body {{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    return postJson(m_httpUrl, body, "Bearer " + token(role).toUtf8(), nullptr, timeoutMs);
}

QString SandboxInfo::botStatus(const QString &accountId, const QString &platform) const
{
    const QJsonObject reply = graphql(
        QStringLiteral("admin"),
        QStringLiteral("query($s: String!, $p: Platform) { adminBotStatuses(filter: {search: $s, "
                       "platform: $p}) { nodes { accountId status } } }"),
        {{QStringLiteral("s"), accountId}, {QStringLiteral("p"), platform}});
    const QJsonArray nodes =
        reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
            .toArray();
    for (const QJsonValue &n : nodes) {
        if (n[QLatin1String("accountId")].toString() == accountId)
            return n[QLatin1String("status")].toString();
    }
    return {};
}

QString SandboxInfo::setBotStatus(const QString &accountId, const QString &platform,
                                  const QString &status) const
{
    QString error;
    control(QStringLiteral("set-row"),
            {{QStringLiteral("accountId"), accountId},
             {QStringLiteral("platform"), platform},
             {QStringLiteral("status"), status}},
            &error);
    return error;
}
