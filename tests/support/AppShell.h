#pragma once

#include "HostileTextSweep.h"

#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "models/settings/AppSettings.h"

#include <QSettings>
#include <QTest>

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
    // Every GUI suite on the real window sweeps the application once more at
    // teardown (unless the test already failed or it set sweepAtTeardown to
    // false): server text shown where Qt could interpret it, or raw
    // controls, fail the test function.
    ~AppShell()
    {
        if (sweepAtTeardown && !QTest::currentTestFailed()) {
            const QList<HostileTextSweep::Finding> findings = untrustedTextFindings();
            QTest::qVerify(findings.isEmpty(), "untrustedTextFindings().isEmpty()",
                           qPrintable(QStringLiteral("server text shown unsafely:\n")
                                      + HostileTextSweep::describe(findings)),
                           __FILE__, __LINE__);
        }
        window.close();
    }

    // Server text shown where Qt could interpret it, or with raw controls
    // (HostileTextSweep): every widget of the application, now. Suites call
    // it at a step, and the destructor at teardown:
    //   QVERIFY2(shell.untrustedTextFindings().isEmpty(), ...)
    // The default probes are the markup fragments of the skew sandbox's names.
    QList<HostileTextSweep::Finding>
    untrustedTextFindings(const QStringList &probes = HostileTextSweep::defaultProbes()) const
    {
        return HostileTextSweep::sweep(probes).findings;
    }

    bool sweepAtTeardown = true;
    QSettings qsettings;
    AppSettings settings;
    Translations translations;
    InMemoryCredentialStore store;
    ProfileStore profiles;
    Session session;
    MainWindow window;
};
