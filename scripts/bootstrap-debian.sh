#!/usr/bin/env bash
# Installs everything the project needs on Debian 12 (apt packages, then the
# sandbox's pinned npm packages). Idempotent and quiet when all is present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config git python3
  # Qt 6 and QtKeychain
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qtkeychain-qt6-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6svg6
  qt6-qpa-plugins libgl-dev
  # sandbox
  nodejs
  # GUI runs, screenshots, the real keychain under D-Bus
  xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  # fuzzing and analysis
  clang libclang-rt-14-dev clang-tidy clang-format
  # packaging checks and signing
  openssl desktop-file-utils appstream lintian dpkg-dev fakeroot file osslsigncode gnupg rpm librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
# Node comes from Debian (18) or NodeSource (20); either runs the sandbox.
if command -v node >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs}")
fi
if command -v npm >/dev/null 2>&1; then :; else missing+=(npm); fi
read -r -a missing <<<"${missing[*]}"

if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The sandbox's dependencies, pinned by its package-lock.json.
if [ -f "$root/tests/sandbox/package-lock.json" ]; then
  stamp="$root/tests/sandbox/node_modules/.lumio-lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$root/tests/sandbox/package-lock.json"; then
    (cd "$root/tests/sandbox" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$root/tests/sandbox/package-lock.json" "$stamp"
  fi
fi
