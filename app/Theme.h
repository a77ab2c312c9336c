#pragma once

#include "models/settings/AppSettings.h"

// Applies a theme to the whole application. Follow system restores the
// platform's own style and palette (captured on the first call); explicit
// light and dark use the Fusion style with a complete palette, because
// native styles ignore most palette colours.
namespace Theme {
void apply(AppSettings::Theme theme);
QPalette lightPalette();
QPalette darkPalette();
} // namespace Theme
