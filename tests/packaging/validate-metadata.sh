#!/usr/bin/env bash
# validate-metadata.sh <packages dir> <app id>: the desktop file and AppStream
# metainfo as shipped in the .deb pass desktop-file-validate and appstreamcli.
source "$(dirname "$0")/common.sh"
deb=$(find_deb "$1") app_id=$2
command -v desktop-file-validate >/dev/null || skip "desktop-file-validate missing (apt-get install desktop-file-utils)"
command -v appstreamcli >/dev/null || skip "appstreamcli missing (apt-get install appstream)"
make_tmp
dpkg-deb -x "$deb" "$TMP/root"

desktop="$TMP/root/usr/share/applications/$app_id.desktop"
metainfo="$TMP/root/usr/share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate rejects $app_id.metainfo.xml"
# The tree check also sees the desktop file, the icons and their names together.
appstreamcli validate-tree --no-net "$TMP/root" || fail "appstreamcli validate-tree rejects the installed tree"
echo "OK: desktop file and metainfo are valid"
