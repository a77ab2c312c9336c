#!/usr/bin/env bash
# Renders resources/icons/com.lumio.BotControl.svg into the committed PNG
# sizes (hicolor theme layout) and the Windows .ico. Run it after editing the
# SVG and commit the results: builds then need no SVG renderer, and every
# platform packs the same bytes. Needs rsvg-convert (librsvg2-bin) and
# ImageMagick's convert (for the .ico only).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
icons="$root/resources/icons"
svg="$icons/com.lumio.BotControl.svg"
sizes=(16 22 24 32 48 64 128 256 512)

command -v rsvg-convert >/dev/null || { echo "generate-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
command -v convert >/dev/null || { echo "generate-icons: ImageMagick convert missing" >&2; exit 1; }

for s in "${sizes[@]}"; do
  out="$icons/hicolor/${s}x${s}/apps/com.lumio.BotControl.png"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio --format png "$svg" --output "$out"
done

# Windows icon: the sizes Explorer and the MSI dialogs ask for. -strip and the
# excluded chunks keep the file free of timestamps so it is reproducible.
ico_inputs=()
for s in 16 24 32 48 64 256; do
  ico_inputs+=("$icons/hicolor/${s}x${s}/apps/com.lumio.BotControl.png")
done
convert "${ico_inputs[@]}" -strip -define png:exclude-chunks=date,time "$icons/com.lumio.BotControl.ico"
echo "generate-icons: wrote ${#sizes[@]} PNG sizes and com.lumio.BotControl.ico under $icons"
