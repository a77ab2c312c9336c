#!/usr/bin/env bash
# check-reproducible.sh [--build-root <dir>] [--no-ccache] [--keep]
# Builds the source tree twice, in two separate build directories, with the
# same SOURCE_DATE_EPOCH (Release, app only, no tests), makes the .deb and the
# .tar.gz in each, and fails unless both pairs are byte-identical. It also
# fails when a build path leaks into the binary, which a shared ccache could
# otherwise hide (--no-ccache builds both from scratch without it).
#
# SOURCE_DATE_EPOCH: taken from the environment, else from the last commit.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
root="$src/build/repro"
use_ccache=1 keep=0
while (($#)); do
  case $1 in
    --build-root) root=$2; shift 2 ;;
    --no-ccache) use_ccache=0; shift ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--build-root <dir>] [--no-ccache] [--keep]" >&2; exit 2 ;;
  esac
done

for tool in cmake cpack ninja sha256sum; do
  command -v $tool >/dev/null || { echo "SKIP: $tool missing"; exit 77; }
done
command -v dpkg-shlibdeps >/dev/null || { echo "SKIP: dpkg-shlibdeps missing (dpkg-dev)"; exit 77; }

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$src" log -1 --format=%ct 2>/dev/null || true)
fi
[[ ${SOURCE_DATE_EPOCH:-} =~ ^[0-9]+$ ]] || { echo "FAIL: no SOURCE_DATE_EPOCH and no git commit to take it from" >&2; exit 1; }
export SOURCE_DATE_EPOCH
echo "-- SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH ($(date -u -d "@$SOURCE_DATE_EPOCH" +%FT%TZ))"

launcher=()
if ((use_ccache)) && command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Paths under the common parent of source and build dirs are hashed
  # relative to the build dir, so the second build reuses the first's objects.
  common=$src
  while [[ $root != "$common"/* ]]; do common=$(dirname "$common"); done
  [ "$common" != / ] && export CCACHE_BASEDIR="$common"
fi

build_one() {  # <name>
  local dir="$root/$1"
  rm -rf "$dir"
  echo "-- build $1 in $dir"
  cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLUMIO_BUILD_TESTS=OFF -DLUMIO_BUILD_BENCH=OFF "${launcher[@]}" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log"; echo "FAIL: configure $1" >&2; exit 1; }
  cmake --build "$dir" -j "${LUMIO_REPRO_JOBS:-2}" >"$dir.build.log" 2>&1 ||
    { tail -n 40 "$dir.build.log"; echo "FAIL: build $1" >&2; exit 1; }
  (cd "$dir" && cpack -G "DEB;TGZ" >"$dir.cpack.log" 2>&1) ||
    { cat "$dir.cpack.log"; echo "FAIL: cpack $1" >&2; exit 1; }
}

start=$(date +%s)
mkdir -p "$root"
build_one a
build_one b

status=0
for pattern in 'lumio-bot-control_*.deb' 'lumio-bot-control-*.tar.gz'; do
  a=$(find "$root/a/packages" -maxdepth 1 -name "$pattern" | head -n1)
  b=$(find "$root/b/packages" -maxdepth 1 -name "$pattern" | head -n1)
  [ -n "$a" ] && [ -n "$b" ] || { echo "FAIL: no $pattern made"; status=1; continue; }
  ha=$(sha256sum "$a" | cut -d' ' -f1)
  hb=$(sha256sum "$b" | cut -d' ' -f1)
  if [ "$ha" = "$hb" ]; then
    echo "OK: $(basename "$a") identical in both builds (sha256 $ha)"
  else
    echo "FAIL: $(basename "$a") differs: a=$ha b=$hb"
    status=1
    if command -v diffoscope >/dev/null; then
      diffoscope "$a" "$b" | head -n 80 || true
    fi
  fi
done

# A build path in the binary would make builds elsewhere differ even when
# these two agree (ccache can reuse objects across the two directories).
for d in a b; do
  bin="$root/$d/bin/lumio-bot-control"
  for path in "$root/$d" "$src"; do
    if grep -qaF "$path" "$bin"; then
      echo "FAIL: $bin contains the path $path"
      status=1
    fi
  done
done

echo "-- took $(($(date +%s) - start)) s"
((keep)) || ((status)) || rm -rf "$root"
exit $status
