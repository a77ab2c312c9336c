#!/usr/bin/env bash
# run-cpack.sh <build dir> <packages dir>: fixture setup. Makes the .deb and
# .tar.gz from this build tree into an emptied <packages dir>.
source "$(dirname "$0")/common.sh"
build=$1 out=$2
command -v cpack >/dev/null || fail "cpack not on PATH"
command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps missing (apt-get install dpkg-dev): cannot make the .deb"
[ -x "$build/bin/lumio-bot-control" ] || fail "$build/bin/lumio-bot-control not built (build the lumio-bot-control target first)"

rm -rf "$out"
mkdir -p "$out"
cd "$build"
# Only the generators the tests check; the RPM is made by a plain `cpack`.
cpack --config CPackConfig.cmake -G "DEB;TGZ" -B "$out"
rm -rf "$out/_CPack_Packages"
ls -l "$out"
find_deb "$out" >/dev/null
find_tarball "$out" >/dev/null
