#include "CheckServer.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "Session.h"
#include "Startup.h"
#include "Translations.h"
#include "api/InMemoryCredentialStore.h"
#include "api/KeychainCredentialStore.h"
#include "models/settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Lumio Bot Control"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lumio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lumio.example"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LUMIO_VERSION_STRING));
}

// --lang (or --lang=xx) wins over the saved language, already for --help.
QString languageFor(const AppSettings &settings)
{
    QString language = settings.language();
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            language = args[i].mid(7);
    }
    return language;
}

// --check-server URL: no window and no display, only the report (CheckServer).
int checkServer(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    AppSettings settings;
    Translations translations;
    translations.setLanguage(languageFor(settings));

    QCommandLineParser parser;
    CommandLineOptions::addOptions(parser);
    parser.process(app);
    CommandLineOptions options;
    QString error;
    if (!CommandLineOptions::read(parser, options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return CheckServer::CannotCheck;
    }
    KeychainCredentialStore store;
    ProfileStore profiles(settings.settings());
    CheckServer check(options.checkServer, store, profiles);
    QObject::connect(&check, &CheckServer::line, &app, [](const QString &text) {
        std::fprintf(stdout, "%s\n", text.toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(&check, &CheckServer::errorLine, &app, [](const QString &text) {
        std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    });
    QObject::connect(&check, &CheckServer::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    check.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLineOptions::wantsCheckServer(argc, argv))
        return checkServer(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("com.lumio.BotControl"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/com.lumio.BotControl.svg")));

    // Translators first, so --help speaks the user's language too.
    AppSettings settings;
    Translations translations;
    translations.setLanguage(languageFor(settings));

    QCommandLineParser parser;
    CommandLineOptions::addOptions(parser);
    parser.process(app);
    CommandLineOptions options;
    QString error;
    if (!CommandLineOptions::read(parser, options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    Startup::applyPreferences(settings, translations, options.language, options.theme);

    std::unique_ptr<SandboxDescription> sandbox;
    if (!options.sandboxInfoFile.isEmpty()) {
        sandbox = std::make_unique<SandboxDescription>();
        if (!SandboxDescription::load(options.sandboxInfoFile, *sandbox, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        if (sandbox->token(options.sandboxRole).isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "The sandbox has no token for the role %1.")
                                        .arg(options.sandboxRole)));
            return 2;
        }
    }

    // Demo mode keeps the sandbox token in memory only; otherwise the OS keychain.
    std::unique_ptr<CredentialStore> store;
    if (sandbox)
        store = std::make_unique<InMemoryCredentialStore>();
    else
        store = std::make_unique<KeychainCredentialStore>();

    ProfileStore profiles(settings.settings());
    Session session(*store, profiles);
    // A demo run does not become the profile the next normal start opens.
    session.setRememberLastProfile(!sandbox);
    MainWindow window(session, settings);
    window.restoreWindowState();
    if (!options.page.isEmpty())
        window.setCurrentPage(options.page);
    window.show();

    QTimer::singleShot(0, &window,
                       [&] { Startup::startSession(window, session, options, sandbox.get()); });

    if (!options.screenshotPath.isEmpty()) {
        // After sign-in has settled (or a few seconds, if it does not).
        auto shoot = std::make_shared<bool>(false);
        auto take = [&window, path = options.screenshotPath, shoot] {
            if (*shoot)
                return;
            *shoot = true;
            Startup::saveScreenshot(window, path);
        };
        QObject::connect(&session, &Session::signedIn, &window,
                         [take] { QTimer::singleShot(800, take); });
        QTimer::singleShot(5000, &window, take);
    }
    if (options.quitAfterMs >= 0) {
        QTimer::singleShot(options.quitAfterMs, &window, [&window] {
            window.close();
            QCoreApplication::quit();
        });
    }
    const int code = QApplication::exec();
    session.endSession();
    return code;
}
