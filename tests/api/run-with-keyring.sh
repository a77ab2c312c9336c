#!/bin/sh
# Runs a command against a real, throw-away Secret Service: a private D-Bus
# session with GNOME Keyring unlocked in a fresh data dir under <base-dir>,
# so the keyring of whoever runs the tests is never seen or touched.
#   run-with-keyring.sh <base-dir> <command> [args...]
# The keyring password is a fixed test value: an empty one leaves a fresh
# keyring without its "login" collection (gnome-keyring 42).
set -eu
base=$1
shift
rm -rf "$base"
mkdir -p -m 700 "$base/run" "$base/data"
export XDG_RUNTIME_DIR="$base/run" XDG_DATA_HOME="$base/data" LUMIO_KEYCHAIN_TEST=1
exec dbus-run-session -- sh -c \
    'echo -n "lumio-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@"
