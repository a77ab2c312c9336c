#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class CredentialStore;
class ProfileStore;
class ProfileTokens;
#include <QNetworkAccessManager>

// `lumio-bot-control --check-server URL`, for support staff and scripts: asks
// the server what it offers (the ServerCapabilities introspection query) and
// prints, for each enum the app depends on, the values this version lacks and
// those it expects that the server no longer has, then the operations the app
// uses that the server lacks. Runs without a window (QCoreApplication: no
// display needed), without a token when the server allows introspection,
// and with the token a saved profile keeps for the URL's origin when there
// is one (never a token saved for another origin).
//
// Exit codes (finished()):
//   0  the server matches this app
//   1  it differs (newer values, missing values or operations)
//   2  it could not be checked: not a usable URL, unreachable, TLS refused,
//      the token refused or missing, introspection refused
class CheckServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckServer)

public:
    enum ExitCode : int { Matches = 0, Differs = 1, CannotCheck = 2 };

    // store and profiles must outlive the check; out and err receive UTF-8 lines.
    CheckServer(const QUrl &url, CredentialStore &store, ProfileStore &profiles,
                QObject *parent = nullptr);
    ~CheckServer() override;

    void setNetwork(QNetworkAccessManager *network) { m_network = network; }
    // Starts; finished() follows from the event loop.
    void start();

    QString output() const { return m_out; }
    QString errors() const { return m_err; }

Q_SIGNALS:
    void line(const QString &text); // one line of the report (stdout)
    void errorLine(const QString &text); // one line of why not (stderr)
    void finished(int exitCode);

private:
    void check(const QString &token, const QString &profileName);
    void print(const QString &text);
    void fail(const QString &text);

    QUrl m_url;
    CredentialStore &m_store;
    ProfileStore &m_profiles;
    ProfileTokens *m_tokens = nullptr;
    QPointer<QNetworkAccessManager> m_network;
    QString m_out;
    QString m_err;
};
