#!/usr/bin/env bash
# lintian.sh <packages dir>: no lintian errors or warnings. Warnings that are
# right for this package are overridden, with a reason, in
# packaging/debian/lintian-overrides (installed in the .deb when not empty).
source "$(dirname "$0")/common.sh"
deb=$(find_deb "$1")
command -v lintian >/dev/null || skip "lintian missing (apt-get install lintian)"
make_tmp
# Info and pedantic tags are printed for reading; errors and warnings fail.
rc=0
lintian --display-info --pedantic --fail-on error,warning "$deb" >"$TMP/out" 2>&1 || rc=$?
grep -v 'running with root privileges is not recommended' "$TMP/out" || true
if [ "$rc" -ne 0 ] || grep -qE '^[EW]: ' "$TMP/out"; then
  fail "lintian reports errors or warnings (see above)"
fi
echo "OK: lintian reports no errors or warnings on $(basename "$deb")"
