#include "StatusPalette.h"

#include <QPalette>

namespace StatusPalette {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    const qreal s = 1.0 - t;
    return QColor::fromRgbF(float(a.redF() * s + b.redF() * t),
                            float(a.greenF() * s + b.greenF() * t),
                            float(a.blueF() * s + b.blueF() * t));
}

QColor colour(State state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case State::Ok:
        return dark ? QColor(0x4c, 0xc3, 0x6f) : QColor(0x1f, 0x8a, 0x45);
    case State::Warning:
        return dark ? QColor(0xe8, 0xb3, 0x3c) : QColor(0xb7, 0x79, 0x00);
    case State::Error:
        return dark ? QColor(0xf0, 0x6a, 0x55) : QColor(0xc0, 0x2f, 0x1d);
    case State::Information:
        return palette.color(QPalette::Highlight);
    case State::Attention:
        return QColor(0xe8, 0x9a, 0x10);
    case State::Discord:
        return QColor(0x58, 0x65, 0xf2);
    }
    return palette.color(QPalette::Text);
}

QColor tint(State state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    return blend(palette.color(QPalette::Window), colour(state, palette), dark ? 0.25 : 0.14);
}

} // namespace StatusPalette
