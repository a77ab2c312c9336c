#pragma once

#include <QColor>

class QPalette;

// The state colours of every page: one place that says what "ok", "warning",
// "error", "information" and "attention" look like in light and dark themes.
// The palette has no roles for them, so the hues are fixed and their
// lightness follows the palette so text keeps its contrast (KeePassXC's
// StateColorPalette does the same job).
namespace StatusPalette {

enum class State : quint8 {
    Ok, // green: active, saved
    Warning, // amber: paused, waiting, stale notice
    Error, // red: failed, missing, stale heartbeat
    Information, // the palette's highlight
    Attention, // orange: a watched row changed, an edit conflict
    Discord, // Discord's blurple, for Discord-specific notes
};

// A dark theme: the base colour is dark.
bool isDark(const QPalette &palette);
// a * (1 - t) + b * t, opaque.
QColor blend(const QColor &a, const QColor &b, qreal t);
// The state's hue for palette (text, outlines, icons).
QColor colour(State state, const QPalette &palette);
// A background for a strip or panel in that state: the hue mixed into the
// window colour, light enough for WindowText to stay readable.
QColor tint(State state, const QPalette &palette);

} // namespace StatusPalette
