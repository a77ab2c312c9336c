#!/usr/bin/env bash
# sign-macos.sh: Developer ID signing and notarization of the macOS DMG.
# Runs on a Mac only (codesign, hdiutil, xcrun notarytool, stapler).
#
#   sign-macos.sh sign <unsigned.dmg> <signed.dmg> --identity "Developer ID Application: Lumio (TEAMID)"
#       (offline Mac, identity in its keychain or on a token) copies the app
#       out of the CI DMG, signs every nested framework, plugin and dylib,
#       then the app, with the hardened runtime and
#       packaging/macos/entitlements.plist, builds a new DMG and signs it.
#   sign-macos.sh notarize <signed.dmg> --keychain-profile <profile>
#       (networked Mac; uses an App Store Connect API key stored with
#       `xcrun notarytool store-credentials`, not the signing key)
#       submits, waits for Apple's verdict, prints the log on failure.
#   sign-macos.sh staple <signed.dmg>
#       staples the notarization ticket so Gatekeeper accepts it offline.
# Then copy the stapled DMG into the release folder before sign-release.sh
# writes SHA256SUMS (the checksum must be of the final bytes).
set -euo pipefail
prog=$(basename "$0")
here=$(cd "$(dirname "$0")" && pwd)
entitlements="$here/../macos/entitlements.plist"
die() { echo "$prog: $*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "runs on macOS only"

identity="" profile=""
args=()
while (($#)); do
  case $1 in
    --identity) identity=$2; shift 2 ;;
    --keychain-profile) profile=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
set -- "${args[@]}"
cmd=${1:-}; shift || true

case $cmd in
sign)
  [ $# -eq 2 ] && [ -n "$identity" ] || die "usage: $prog sign <in.dmg> <out.dmg> --identity <Developer ID Application: ...>"
  in=$1 out=$2
  work=$(mktemp -d); trap 'hdiutil detach -quiet "$work/mnt" 2>/dev/null || true; rm -rf "$work"' EXIT
  hdiutil attach -quiet -nobrowse -readonly -mountpoint "$work/mnt" "$in"
  mkdir "$work/stage"
  ditto "$work/mnt" "$work/stage"
  hdiutil detach -quiet "$work/mnt"
  app=$(find "$work/stage" -maxdepth 1 -name '*.app' | head -n1)
  [ -n "$app" ] || die "no .app in $in"
  sign() { codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$@"; }
  # Inside out: nested code first (Apple discourages --deep), the bundle last.
  find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f -print0 | while IFS= read -r -d '' f; do sign "$f"; done
  find "$app/Contents" -name '*.framework' -type d -prune -print0 | while IFS= read -r -d '' f; do sign "$f"; done
  sign "$app"
  codesign --verify --strict --deep --verbose=2 "$app"
  rm -f "$out"
  hdiutil create -quiet -fs HFS+ -format UDZO -volname "Lumio Bot Control" -srcfolder "$work/stage" "$out"
  codesign --force --timestamp --sign "$identity" "$out"
  echo "$prog: signed $out; next: $prog notarize $out --keychain-profile <profile>"
  ;;
notarize)
  [ $# -eq 1 ] && [ -n "$profile" ] || die "usage: $prog notarize <signed.dmg> --keychain-profile <profile>"
  out=$(xcrun notarytool submit "$1" --keychain-profile "$profile" --wait --output-format json) || true
  echo "$out"
  id=$(echo "$out" | plutil -extract id raw -o - - 2>/dev/null || true)
  status=$(echo "$out" | plutil -extract status raw -o - - 2>/dev/null || true)
  if [ "$status" != Accepted ]; then
    [ -z "$id" ] || xcrun notarytool log "$id" --keychain-profile "$profile" || true
    die "notarization status: ${status:-unknown}"
  fi
  echo "$prog: accepted; next: $prog staple $1"
  ;;
staple)
  [ $# -eq 1 ] || die "usage: $prog staple <signed.dmg>"
  xcrun stapler staple "$1"
  xcrun stapler validate "$1"
  spctl --assess --type open --context context:primary-signature --verbose "$1"
  ;;
*) die "usage: $prog sign|notarize|staple ... (see the comment at the top)" ;;
esac
