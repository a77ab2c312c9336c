#!/usr/bin/env bash
# Installs, builds, starts the local API sandbox with demo data, and opens the
# app against it. Ctrl+C (or closing the app) stops the sandbox.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/bootstrap-debian.sh"

preset=${LUMIO_PRESET:-dev}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target lumio-bot-control

info=$(mktemp -t lumio-sandbox-XXXXXX.json)
node tests/sandbox/fixture.mjs start "$info" -- --accounts "${LUMIO_DEMO_ACCOUNTS:-2000}" --events-per-second "${LUMIO_DEMO_EVENTS:-150}"
trap 'node tests/sandbox/fixture.mjs stop "$info" || true; rm -f "$info"' EXIT

"build/$preset/bin/lumio-bot-control" --sandbox "$info" "$@"
