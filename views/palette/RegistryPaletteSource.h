#pragma once

#include "PaletteItem.h"

class ActionRegistry;

// Every action of the registry that is usable now (visible and enabled:
// permitted, on the current page or global), by its text without mnemonics;
// page switches read "Go to <page>". The palette never offers what the
// menus would refuse.
PaletteSource registryPaletteSource(ActionRegistry &registry, QString excludedId = {});
