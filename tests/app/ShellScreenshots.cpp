// Screenshots of the shell for the docs and for looking at: the main window
// and its dialogs, light and dark, English, German and Arabic.
//
//   shell_screenshots SANDBOX_INFO_JSON OUTPUT_DIR
//
// Run it under Xvfb (or offscreen) against a running sandbox; it is a
// program, not a test.

#include "api/InMemoryCredentialStore.h"
#include "app/CommandLine.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Theme.h"
#include "app/Translations.h"
#include "models/settings/AppSettings.h"
#include "views/SettingsDialog.h"
#include "views/ShortcutHelpDialog.h"
#include "views/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
bool save(QWidget *w, const QString &path)
{
    QTest::qWait(150);
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: shell_screenshots SANDBOX_INFO_JSON OUTPUT_DIR\n");
        return 2;
    }
    SandboxDescription sandbox;
    QString error;
    if (!SandboxDescription::load(QString::fromLocal8Bit(argv[1]), sandbox, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());

    const QStringList themes {QStringLiteral("light"), QStringLiteral("dark")};
    const QStringList languages {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")};
    for (const QString &theme : themes) {
        for (const QString &language : languages) {
            QTemporaryDir dir;
            QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            AppSettings settings(&qs);
            settings.setTheme(Startup::themeFromName(theme, AppSettings::Theme::FollowSystem));
            settings.setLanguage(language);
            Translations translations;
            Startup::applyPreferences(settings, translations);
            InMemoryCredentialStore store;
            ProfileStore profiles(qs);
            Session session(store, profiles);
            MainWindow window(session, settings);
            window.resize(1000, 620);
            window.show();
            const QString stem = theme + QLatin1Char('-') + language + QLatin1Char('-');

            // First start: the sign-in dialog, with the noaccess refusal.
            window.showSignIn();
            SignInDialog *signIn = window.signInDialog();
            signIn->nameEdit()->setText(QStringLiteral("Sandbox"));
            signIn->urlEdit()->setText(sandbox.url.toString());
            signIn->tokenEdit()->setText(sandbox.token(QStringLiteral("noaccess")));
            signIn->signInButton()->click();
            (void)QTest::qWaitFor(
                [&] {
                    return !signIn->messageText().isEmpty()
                        && session.state() == Session::State::SignedOut;
                },
                5000);
            QTest::qWait(300);
            save(signIn, out.filePath(stem + QStringLiteral("signin-refused.png")));

            signIn->tokenEdit()->setText(sandbox.token(QStringLiteral("readonly")));
            signIn->signInButton()->click();
            (void)QTest::qWaitFor([&] { return session.isSignedIn(); }, 5000);
            (void)QTest::qWaitFor([&] { return session.connectionState().isLive(); }, 5000);
            window.setCurrentPage(QStringLiteral("bots"));
            QTest::qWait(1500); // let a real page load its first rows
            save(&window, out.filePath(stem + QStringLiteral("main.png")));

            window.showSettings();
            save(window.settingsDialog(), out.filePath(stem + QStringLiteral("settings.png")));
            window.settingsDialog()->close();
            window.showShortcutHelp();
            save(window.shortcutHelpDialog(), out.filePath(stem + QStringLiteral("shortcuts.png")));
            window.shortcutHelpDialog()->close();
            window.close();
            session.endSession();
        }
    }
    Theme::apply(AppSettings::Theme::FollowSystem);
    return 0;
}
