#!/usr/bin/env bash
# deb-contents.sh <packages dir> <app id>: the .deb and tarball carry what
# the issue asks for, in the places Debian and freedesktop expect.
source "$(dirname "$0")/common.sh"
deb=$(find_deb "$1") tarball=$(find_tarball "$1") app_id=$2
make_tmp

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$TMP/deb.list"
expect=(
  /usr/bin/lumio-bot-control
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/doc/lumio-bot-control/copyright
  /usr/share/doc/lumio-bot-control/changelog.gz
  /usr/share/man/man1/lumio-bot-control.1.gz
)
for s in 16 22 24 32 48 64 128 256 512; do
  expect+=("/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png")
done
for f in "${expect[@]}"; do
  grep -qxF "$f" "$TMP/deb.list" || fail ".deb lacks $f"
done

dpkg-deb -x "$deb" "$TMP/root"
head -n1 "$TMP/root/usr/share/doc/lumio-bot-control/copyright" |
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "copyright is not machine-readable (DEP-5)"
first=$(zcat "$TMP/root/usr/share/doc/lumio-bot-control/changelog.gz" | sed -n 1p)
[[ $first == "lumio-bot-control ("* ]] || fail "changelog.gz is not a Debian changelog"
for s in 16 48 256 512; do
  info=$(file "$TMP/root/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png")
  [[ $info == *"$s x $s"* ]] || fail "icon ${s}x${s} has the wrong size: $info"
done

depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
[[ $depends == *libsecret-1-0* ]] || fail "Depends lacks libsecret-1-0 (QtKeychain dlopens it)"
[[ $depends == *libqt6core6* ]] || fail "Depends lacks the Qt libraries (dpkg-shlibdeps did not run?)"
[[ $recommends == *gnome-keyring* ]] || fail "Recommends lacks a Secret Service provider"
[ "$(dpkg-deb -f "$deb" Package)" = lumio-bot-control ] || fail "package name is not lumio-bot-control"

tar -tzf "$tarball" >"$TMP/tar.list"
grep -q '/bin/lumio-bot-control$' "$TMP/tar.list" || fail "tarball lacks bin/lumio-bot-control"
grep -q "/share/applications/$app_id.desktop$" "$TMP/tar.list" || fail "tarball lacks the desktop file"
echo "OK: $(basename "$deb") and $(basename "$tarball") carry the expected files"
