#pragma once

#include "api/BotTypes.h"

#include <QIcon>

// The platform glyphs of resources/icons/platforms (SVG, sharp at any scale).
// A namespace of functions rather than a class: there is no state but a cache.
namespace PlatformIcons {

// A neutral glyph for a platform this version does not know (one a newer
// server named, or Unknown).
QIcon icon(Platform platform);

} // namespace PlatformIcons
