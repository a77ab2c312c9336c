#!/bin/sh
# make-icns.sh <icons dir> <output.icns>: builds the macOS icon from the
# committed hicolor PNGs with iconutil (macOS only). Called by the build
# (packaging/LumioAppMetadata.cmake); usable by hand too.
set -eu
icons=$1
out=$2
set_dir="${out%.icns}.iconset"
rm -rf "$set_dir"
mkdir -p "$set_dir"
png() { cp "$icons/hicolor/$1x$1/apps/com.lumio.BotControl.png" "$set_dir/$2"; }
png 16 icon_16x16.png
png 32 icon_16x16@2x.png
png 32 icon_32x32.png
png 64 icon_32x32@2x.png
png 128 icon_128x128.png
png 256 icon_128x128@2x.png
png 256 icon_256x256.png
png 512 icon_256x256@2x.png
png 512 icon_512x512.png
iconutil --convert icns --output "$out" "$set_dir"
rm -rf "$set_dir"
