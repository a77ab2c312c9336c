#pragma once

#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "models/settings/AppSettings.h"

#include <QSettings>

// One application instance as main() builds it, with its own settings file and
// an in-memory credential store, for GUI tests on the real main window. Tests
// using it link Lumio::App.
struct AppShell
{
    explicit AppShell(const QString &settingsPath)
        : qsettings(settingsPath, QSettings::IniFormat)
        , settings(&qsettings)
        , profiles(qsettings)
        , session(store, profiles)
        , window(session, settings)
    {
        Startup::applyPreferences(settings, translations);
        window.restoreWindowState();
        window.show();
    }
    ~AppShell() { window.close(); }

    QSettings qsettings;
    AppSettings settings;
    Translations translations;
    InMemoryCredentialStore store;
    ProfileStore profiles;
    Session session;
    MainWindow window;
};
