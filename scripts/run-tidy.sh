#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy over every translation unit of
# app/, views/, models/ and api/ in <build dir>/compile_commands.json (any
# preset exports one; build first so moc output exists). Generated files
# live in the build tree and are not linted. Exits non-zero on any finding
# (.clang-tidy: WarningsAsErrors '*'). CTest runs it as clang_tidy (label
# `tidy`) in the main CI stage.
#
#   scripts/run-tidy.sh build/ci            # all cores; LUMIO_TIDY_JOBS=n to limit
#   scripts/run-tidy.sh build/ci views/     # only files whose path matches
set -euo pipefail
build=${1:?usage: run-tidy.sh <build dir> [path regex]}
filter=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
tidy=$(command -v clang-tidy-14 || command -v clang-tidy) || {
    echo "run-tidy: clang-tidy not found (scripts/bootstrap-debian.sh installs it)" >&2
    exit 1
}
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy) || {
    echo "run-tidy: run-clang-tidy not found" >&2
    exit 1
}
[ -f "$build/compile_commands.json" ] || {
    echo "run-tidy: no $build/compile_commands.json (configure with a preset first)" >&2
    exit 1
}
jobs=${LUMIO_TIDY_JOBS:-$(nproc)}
start=$SECONDS
# Only the findings: drop clang-tidy's per-file "N warnings generated" noise.
"$runner" -clang-tidy-binary "$tidy" -p "$build" -j "$jobs" -quiet \
    "^$root/(app|views|models|api)/.*$filter.*\.cpp\$" 2>&1 |
    { grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|clang-tidy[-0-9]* .* -quiet |^$' || true; }
echo "run-tidy: clean ($((SECONDS - start)) s, $jobs jobs)"
