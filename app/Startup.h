#pragma once

#include "models/settings/AppSettings.h"

class MainWindow;
class Session;
class Translations;
struct CommandLineOptions;
struct SandboxDescription;

// Start-up steps shared by main() and the GUI tests, so the tests drive what
// the app really does.
namespace Startup {

AppSettings::Theme themeFromName(const QString &name, AppSettings::Theme fallback);

// Applies theme and language now, and again whenever settings change (unless
// overridden for this run by --theme/--lang).
void applyPreferences(AppSettings &settings, Translations &translations,
                      const QString &languageOverride = {}, const QString &themeOverride = {});

// What to do once the window is shown: sign in to the sandbox, to a named or
// the last profile with its stored token, or ask (first start).
void startSession(MainWindow &window, Session &session, const CommandLineOptions &options,
                  const SandboxDescription *sandbox);

// Saves a PNG of the window; false when it could not be written.
bool saveScreenshot(MainWindow &window, const QString &path);

} // namespace Startup
