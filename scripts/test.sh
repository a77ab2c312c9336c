#!/usr/bin/env bash
# Installs, builds and runs the whole test suite. CTest starts the API sandbox
# as a fixture. Stages:
#   main  - the `ci` preset: every unit, GUI, sandbox and packaging test,
#           and clang-tidy over app/ views/ models/ api/ (CTest clang_tidy,
#           label tidy: scripts/run-tidy.sh, config in .clang-tidy)
#   fuzz  - the `fuzz` preset: each libFuzzer target for a bounded time
#   asan  - the `asan` preset: the unit and GUI suites under ASan + UBSan
# LUMIO_TEST_STAGES selects stages (default: all). Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/bootstrap-debian.sh"

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Relative paths in the cache key, so a fresh clone anywhere reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
stages=${LUMIO_TEST_STAGES:-main fuzz asan}
jobs=$(nproc)
status=0
summary=()

run_stage() {
  local name=$1; shift
  local start=$SECONDS
  echo "=== stage $name ==="
  if "$@"; then
    summary+=("$name: ok ($((SECONDS - start)) s)")
  else
    summary+=("$name: FAILED ($((SECONDS - start)) s)")
    status=1
  fi
}

stage_main() {
  cmake --preset ci >/dev/null &&
  cmake --build --preset ci -j "$jobs" &&
  ctest --preset ci
}

stage_fuzz() {
  cmake --preset fuzz >/dev/null &&
  cmake --build --preset fuzz -j "$jobs" &&
  ctest --preset fuzz
}

stage_asan() {
  cmake --preset asan >/dev/null &&
  cmake --build --preset asan -j "$jobs" &&
  ctest --preset asan
}

for s in $stages; do
  run_stage "$s" "stage_$s"
done

echo "=== summary ==="
printf '%s\n' "${summary[@]}"
exit $status
