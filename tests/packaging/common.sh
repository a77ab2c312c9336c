# Sourced by the packaging test scripts.
set -euo pipefail

SKIP=77   # SKIP_RETURN_CODE of every packaging test

skip() { echo "SKIP: $*"; exit "$SKIP"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "-- $*"; }

# only_one <glob>: the single file matching, or fail.
only_one() {
  local matches=()
  # shellcheck disable=SC2206
  matches=($1)
  [ -e "${matches[0]}" ] || fail "no file matches $1 (did packaging_cpack run?)"
  [ "${#matches[@]}" -eq 1 ] || fail "several files match $1: ${matches[*]}"
  echo "${matches[0]}"
}

find_deb() { only_one "$1/lumio-bot-control_*.deb"; }
find_tarball() { only_one "$1/lumio-bot-control-*.tar.gz"; }

# A temp dir removed on exit.
make_tmp() {
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/lumio-pkgtest.XXXXXX")
  trap 'rm -rf "$TMP"' EXIT
}
