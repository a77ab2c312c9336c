#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Where the sandbox fixture of this test runs. The CTest fixture started by
// lumio_add_test(... SANDBOX) writes a JSON file and passes its path in
// LUMIO_SANDBOX_INFO:
//   { "url": "http://127.0.0.1:PORT/graphql", "ws": "ws://127.0.0.1:PORT/graphql",
//     "control": "http://127.0.0.1:PORT/control", "pid": 123,
//     "tokens": { "admin": "...", "readonly": "...", "operator": "...", "noaccess": "..." } }
class SandboxInfo
{
public:
    // Loads the fixture's file; isValid() is false (and error() says why) when
    // the test was not started with a sandbox fixture.
    static SandboxInfo fromEnvironment();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QUrl httpUrl() const { return m_httpUrl; }
    QUrl wsUrl() const { return m_wsUrl; }
    QUrl controlUrl() const { return m_controlUrl; }
    // Demo token of a seeded role: "admin", "readonly", "operator", "noaccess".
    QString token(const QString &role) const;

    // POSTs a JSON body to <control>/<path> and waits (test code only) for the
    // JSON reply. Returns an empty object and sets *error on failure.
    QJsonObject control(const QString &path, const QJsonObject &body = {}, QString *error = nullptr,
                        int timeoutMs = 15000) const;

    // One GraphQL request over HTTP with the given role's token, waited for
    // synchronously (test code only). Returns the whole response object.
    QJsonObject graphql(const QString &role, const QString &query,
                        const QJsonObject &variables = {}, int timeoutMs = 15000) const;

    // The status ("ACTIVE", "PAUSED", ...) the server has for one bot
    // (platform as on the wire, "TWITCH"); empty when it has none.
    QString botStatus(const QString &accountId, const QString &platform) const;
    // A server-side change of one bot's status (control verb set-row),
    // published like any other. Returns the error, empty on success.
    QString setBotStatus(const QString &accountId, const QString &platform,
                         const QString &status) const;

private:
    QUrl m_httpUrl;
    QUrl m_wsUrl;
    QUrl m_controlUrl;
    QJsonObject m_tokens;
    QString m_error;
};
