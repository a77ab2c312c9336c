#!/usr/bin/env bash
# version-consistency.sh <source dir> <project version> <app id>
# The release notes that ship in packages must name the version being built:
# debian/changelog's newest entry and the newest AppStream <release>.
source "$(dirname "$0")/common.sh"
src=$1 version=$2 app_id=$3

changelog_version=$(sed -n '1s/^lumio-bot-control (\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")
[ "$changelog_version" = "$version" ] ||
  fail "packaging/debian/changelog starts with version '$changelog_version', project is $version (add an entry)"

metainfo="$src/packaging/linux/$app_id.metainfo.xml"
release_version=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | sed 's/.*"\(.*\)"/\1/')
[ "$release_version" = "$version" ] ||
  fail "$metainfo: newest <release> is '$release_version', project is $version (add a <release>)"

grep -q "^Exec=lumio-bot-control" "$src/packaging/linux/$app_id.desktop" ||
  fail "desktop file does not start lumio-bot-control"
echo "OK: changelog and metainfo name version $version"
