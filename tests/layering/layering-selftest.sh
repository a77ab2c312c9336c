#!/usr/bin/env bash
# Proves check-layering.py can fail: a copy of a tiny tree passes, then one
# deliberate upward include (models -> views) and one into app from app/sync
# must each be reported with a non-zero exit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"/{api,models,views,app/sync}
printf '#pragma once\n' >"$tmp/api/Value.h"
printf '#pragma once\n#include "api/Value.h"\n' >"$tmp/models/Model.h"
printf '#pragma once\n#include "models/Model.h"\n#include "../api/Value.h"\n' >"$tmp/views/Page.h"
printf '#pragma once\n#include "models/Model.h"\n' >"$tmp/app/sync/Controller.h"
printf '#include "views/Page.h"\n#include "sync/Controller.h"\n' >"$tmp/app/Window.cpp"

python3 "$here/check-layering.py" "$tmp" || { echo "FAIL: clean tree reported"; exit 1; }

printf '#include "views/Page.h"\n' >>"$tmp/models/Model.h"
if python3 "$here/check-layering.py" "$tmp"; then echo "FAIL: models -> views not reported"; exit 1; fi
printf '#pragma once\n#include "api/Value.h"\n' >"$tmp/models/Model.h"

printf '#include "../Window.cpp"\n' >>"$tmp/app/sync/Controller.h"
if python3 "$here/check-layering.py" "$tmp"; then echo "FAIL: sync -> app not reported"; exit 1; fi
printf '#pragma once\n#include "api/Value.h"\n' >"$tmp/app/sync/Controller.h"

# The size check: the tiny tree passes; one file past the limit fails.
python3 "$here/check-file-sizes.py" "$tmp" || { echo "FAIL: short files reported"; exit 1; }
seq 1 701 | sed 's|^|// line |' >>"$tmp/views/Page.h"
if python3 "$here/check-file-sizes.py" "$tmp"; then echo "FAIL: a 704-line file not reported"; exit 1; fi
echo "layering self-test: clean tree passes, both upward includes and a long file fail"
