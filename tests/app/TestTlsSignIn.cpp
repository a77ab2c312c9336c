// Sign-in against a server whose certificate is not trusted: the main window
// shows the certificate's details, is not signed in, and the token never
// crosses the wire (the handshake fails before any request is sent).

#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "models/settings/AppSettings.h"
#include "models/session/ServerProfile.h"
#include "views/SignInDialog.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTlsSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void untrustedCertificate_isShownWithDetailsAndNeverBypassed();
};

void TestTlsSignIn::untrustedCertificate_isShownWithDetailsAndNeverBypassed()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt build");
    QFile cert(QStringLiteral(LUMIO_TEST_TLS_DIR "/selfsigned.crt"));
    QFile key(QStringLiteral(LUMIO_TEST_TLS_DIR "/selfsigned.key"));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(cert.readAll()));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    qint64 plaintextSeen = 0; // what the server decrypted: must stay 0
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket *socket) {
        connect(socket, &QSslSocket::readyRead, this,
                [&plaintextSeen, socket] { plaintextSeen += socket->readAll().size(); });
    });

    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    Translations translations;
    InMemoryCredentialStore store;
    ProfileStore profiles(qsettings);
    Session session(store, profiles);
    MainWindow window(session, settings);
    Startup::applyPreferences(settings, translations);
    window.show();

    QSignalSpy failed(&session, &Session::signInFailed);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(server.serverPort());
    url.setPath(QStringLiteral("/graphql"));
    session.signIn({.name = QStringLiteral("Untrusted"), .graphqlUrl = url},
                   QStringLiteral("tls-test-token"), false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QVERIFY(!session.isSignedIn());

    // The sign-in dialog is back, naming the certificate so a person can check it.
    SignInDialog *dialog = window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *details = dialog->findChild<QLabel *>(QStringLiteral("signInDetails"));
    QVERIFY(details);
    const QString shown = dialog->messageText() + QLatin1Char('\n') + details->text();
    QVERIFY2(shown.contains(QLatin1String("SHA-256")) && shown.contains(QLatin1String("localhost")),
             qPrintable(shown));
    // No bypass: nothing was ever sent in the clear or over the rejected channel.
    QTest::qWait(50);
    QCOMPARE(plaintextSeen, 0);
    QVERIFY(!shown.contains(QLatin1String("tls-test-token")));
}

QTEST_MAIN(TestTlsSignIn)
#include "TestTlsSignIn.moc"
