#include "CheckServer.h"

#include "ProfileStore.h"
#include "ProfileTokens.h"
#include "api/CapabilityReport.h"
#include "api/CredentialKey.h"
#include "api/GraphQLClient.h"
#include "api/ServerCapabilities.h"
#include "api/TransportSecurity.h"
#include "models/session/ServerProfile.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

CheckServer::CheckServer(const QUrl &url, CredentialStore &store, ProfileStore &profiles,
                         QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_store(store)
    , m_profiles(profiles)
    , m_tokens(new ProfileTokens(store, profiles, this))
{ }

CheckServer::~CheckServer() = default;

void CheckServer::print(const QString &text)
{
    m_out += text + u'\n';
    Q_EMIT line(text);
}

void CheckServer::fail(const QString &text)
{
    m_err += text + u'\n';
    Q_EMIT errorLine(text);
    Q_EMIT finished(CannotCheck);
}

void CheckServer::start()
{
    // The same rules as signing in: https, or plain http to this computer.
    if (const QString why = ServerProfile::checkHttpUrl(m_url); !why.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, why] { fail(why); }, Qt::QueuedConnection);
        return;
    }
    m_tokens->readForOrigin(
        m_url, this,
        [this](const QString &token, const QString &profileName, const QString &error) {
            if (!error.isEmpty()) {
                const QString note = tr("The saved token could not be read "
                                        "(%1); checking without one.")
                                         .arg(error);
                m_err += note + u'\n';
                Q_EMIT errorLine(note);
            }
            check(token, profileName);
        });
}

void CheckServer::check(const QString &token, const QString &profileName)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    GraphQLClient::Config config;
    config.endpoint = m_url;
    config.token = token;
    config.retry.maxAttempts = 2;
    auto *client = new GraphQLClient(m_network, config, this);
    print(tr("server: %1").arg(m_url.toDisplayString(QUrl::RemoveUserInfo)));
    print(tr("app: %1 %2")
              .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
    print(token.isEmpty()
              ? tr("token: none (none is saved for %1)").arg(CredentialKey::originOf(m_url))
              : tr("token: the one saved by profile “%1”").arg(profileName));
    ValueJob<ServerCapabilities> *job = ServerCapabilities::fetch(client, client);
    connect(job, &ApiJob::finished, this, [this, job, token](const ApiError &error) {
        if (!job->hasValue()) {
            const bool auth =
                error.code == QLatin1String("UNAUTHENTICATED") || error.httpStatus == 401;
            if (auth && token.isEmpty())
                fail(tr("The server wants a token to tell what it offers, and none is saved for "
                        "%1. Sign in to this server once with the app (it saves the token in "
                        "the system keychain), then check again.")
                         .arg(CredentialKey::originOf(m_url)));
            else if (auth)
                fail(tr("The server refused the saved token: %1").arg(error.message));
            else if (ServerCapabilities::isRefusal(error))
                fail(tr("The server refused to say what it offers (introspection): %1")
                         .arg(error.message));
            else
                fail(tr("Could not check %1: %2")
                         .arg(m_url.toDisplayString(QUrl::RemoveUserInfo), error.message));
            return;
        }
        const CapabilityReport report =
            CapabilityReport::compare(ServerContract::current(), job->value());
        for (const QString &text : report.lines())
            print(text);
        print(tr("result: %1").arg(report.summary()));
        Q_EMIT finished(report.matches() ? Matches : Differs);
    });
}
