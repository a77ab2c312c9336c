#!/bin/sh
# Fails when the German catalogue misses a string of the sources, or the
# English one (plural forms only) misses the forms of a %n string.
#
# Runs lupdate over app/, views/ and models/ (the same sources the lumio_app_lupdate
# target scans) into a temporary copy of translations/lumio_de.ts, so the
# committed file is never touched, and counts what lupdate leaves unfinished:
# new strings, and strings whose source text changed.
#
#   translations/check-translations.sh [SOURCE_DIR] [LUPDATE]
set -eu

src=${1:-$(cd "$(dirname "$0")/.." && pwd)}
lupdate=${2:-}
if [ -z "$lupdate" ]; then
    for candidate in lupdate /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
        if command -v "$candidate" >/dev/null 2>&1; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cp "$src/translations/lumio_de.ts" "$tmp/lumio_de.ts"

"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
    "$src/app" "$src/views" "$src/models" -ts "$tmp/lumio_de.ts" >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2
    exit 2
}

unfinished=$(grep -c 'type="unfinished"' "$tmp/lumio_de.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "check-translations: $unfinished German string(s) missing or out of date:" >&2
    # Print the source text of each unfinished message.
    awk '/<name>/ { c = $0; gsub(/ *<\/?name>/, "", c) }
         /<source>/ { s = $0; gsub(/ *<\/?source>/, "", s) }
         /type="unfinished"/ { print "  " c ": " s }' "$tmp/lumio_de.ts" >&2
    echo "Run: cmake --build <build> --target lumio_app_lupdate, translate in Qt Linguist," >&2
    echo "and commit translations/lumio_de.ts." >&2
    exit 1
fi
total=$(grep -c '<message' "$tmp/lumio_de.ts" || true)
echo "check-translations: German complete ($total strings)"

# English: a catalogue of plural forms only ("1 bot" / "2 bots"). Every %n
# message of the sources must have its two forms.
if [ -f "$src/translations/lumio_en.ts" ]; then
    cp "$src/translations/lumio_en.ts" "$tmp/lumio_en.ts"
    "$lupdate" -silent -no-obsolete -locations none -pluralonly -extensions cpp,h \
        "$src/app" "$src/views" "$src/models" -ts "$tmp/lumio_en.ts" >"$tmp/lupdate-en.log" 2>&1 || {
        cat "$tmp/lupdate-en.log" >&2
        exit 2
    }
    unfinished=$(grep -c 'type="unfinished"' "$tmp/lumio_en.ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "check-translations: $unfinished English plural form(s) missing:" >&2
        awk '/<source>/ { s = $0; gsub(/ *<\/?source>/, "", s) }
             /type="unfinished"/ { print "  " s }' "$tmp/lumio_en.ts" >&2
        echo "Run: cmake --build <build> --target lumio_app_lupdate_plurals, then" >&2
        echo "translations/fill-en-plurals.py (or write the forms), and commit lumio_en.ts." >&2
        exit 1
    fi
    plurals=$(grep -c '<message' "$tmp/lumio_en.ts" || true)
    echo "check-translations: English plural forms complete ($plurals strings)"
fi
