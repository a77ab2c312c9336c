#!/usr/bin/env bash
# Installs, builds and runs the whole test suite (CTest starts the sandbox as
# a fixture). Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/bootstrap-debian.sh"

preset=${LUMIO_PRESET:-ci}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" "$@"
