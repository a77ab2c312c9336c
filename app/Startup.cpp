#include "Startup.h"

#include "CommandLine.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "Session.h"
#include "Theme.h"
#include "Translations.h"
#include "api/CredentialKey.h"
#include "views/SignInDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPixmap>

Q_LOGGING_CATEGORY(lcStartup, "lumio.app.startup")

namespace Startup {

AppSettings::Theme themeFromName(const QString &name, AppSettings::Theme fallback)
{
    if (name == QLatin1String("light"))
        return AppSettings::Theme::Light;
    if (name == QLatin1String("dark"))
        return AppSettings::Theme::Dark;
    if (name == QLatin1String("system"))
        return AppSettings::Theme::FollowSystem;
    return fallback;
}

bool saveScreenshot(MainWindow &window, const QString &path)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    if (!dir.exists())
        QDir().mkpath(dir.path());
    if (window.grab().save(path)) {
        qCInfo(lcStartup) << "screenshot saved to" << path;
        return true;
    }
    qCWarning(lcStartup) << "could not save the screenshot to" << path;
    return false;
}

void startSession(MainWindow &window, Session &session, const CommandLineOptions &options,
                  const SandboxDescription *sandbox)
{
    ProfileStore &profiles = session.profiles();
    if (sandbox) {
        ServerProfile profile {.name = QStringLiteral("Sandbox"),
                               .graphqlUrl = sandbox->url,
                               .wsUrlOverride = sandbox->ws};
        // The demo token stays in memory (the sandbox uses an in-memory store).
        session.signIn(profile, sandbox->token(options.sandboxRole), false);
        return;
    }
    if (!options.profile.isEmpty()) {
        if (!options.server.isEmpty()) {
            ServerProfile profile = profiles.profile(options.profile);
            profile.name = options.profile;
            // Another server: its token is asked for (tokens are kept per
            // origin), and a WebSocket override of the old server goes with it.
            if (CredentialKey::originOf(profile.graphqlUrl)
                != CredentialKey::originOf(options.server)) {
                profile.wsUrlOverride = QUrl();
                profile.wsTokenOrigin.clear();
            }
            profile.graphqlUrl = options.server;
            if (const QString why = ServerProfile::checkHttpUrl(profile.graphqlUrl);
                !why.isEmpty()) {
                window.showSignIn(why);
                window.signInDialog()->prefillNewProfile(profile);
                return;
            }
            profiles.upsert(profile);
        }
        if (profiles.contains(options.profile)) {
            session.signInWithStoredToken(options.profile);
        } else {
            window.showSignIn(QCoreApplication::translate("Startup",
                                                          "There is no profile named “%1” yet: "
                                                          "create it here.")
                                  .arg(options.profile));
            window.signInDialog()->prefillNewProfile({.name = options.profile});
        }
        return;
    }
    if (!options.server.isEmpty()) {
        const ServerProfile known = profiles.profileForUrl(options.server);
        if (!known.name.isEmpty()) {
            session.signInWithStoredToken(known.name);
        } else {
            window.showSignIn();
            window.signInDialog()->prefillNewProfile(
                {.name = options.server.host(), .graphqlUrl = options.server});
        }
        return;
    }
    const QString last = profiles.lastUsed();
    if (!last.isEmpty() && profiles.contains(last))
        session.signInWithStoredToken(last);
    else
        window.showSignIn(); // first start: no profile yet
}

void applyPreferences(AppSettings &settings, Translations &translations,
                      const QString &languageOverride, const QString &themeOverride)
{
    translations.setLanguage(languageOverride.isEmpty() ? settings.language() : languageOverride);
    Theme::apply(themeFromName(themeOverride, settings.theme()));
    QObject::connect(&settings, &AppSettings::changed, &translations,
                     [&settings, &translations](AppSettings::Key key) {
                         if (key == AppSettings::Key::Theme)
                             Theme::apply(settings.theme());
                         else if (key == AppSettings::Key::Language)
                             translations.setLanguage(settings.language());
                     });
}

} // namespace Startup
