#!/usr/bin/env bash
# deb-install.sh install|uninstall <packages dir>
# Installs the .deb on this machine with apt-get, as a user would, and later
# removes it and checks nothing of it is left. Changes the system, so it runs
# only as root and when asked: CI=true or LUMIO_PACKAGING_INSTALL_TEST=1.
# Otherwise it exits with the skip code and says why.
source "$(dirname "$0")/common.sh"
action=$1
state=${LUMIO_PACKAGING_STATE:?}
stamp="$state/installed-by-test"

may_change_system() {
  [ "$(id -u)" -eq 0 ] || skip "not root: the .deb install/uninstall test changes the system (run as root with CI=true or LUMIO_PACKAGING_INSTALL_TEST=1)"
  [ "${CI:-}" = true ] || [ "${LUMIO_PACKAGING_INSTALL_TEST:-}" = 1 ] ||
    skip "install test not enabled: set CI=true or LUMIO_PACKAGING_INSTALL_TEST=1 to install the .deb on this machine"
  command -v apt-get >/dev/null || skip "apt-get missing"
}

case $action in
install)
  rm -f "$stamp"
  may_change_system
  deb=$(find_deb "$2")
  mkdir -p "$state"
  # --no-install-recommends: the test must not reach a mirror for a
  # Recommends (keyring daemons); the Depends must all be satisfiable here.
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$(realpath "$deb")" ||
    fail "apt-get install $(basename "$deb") failed"
  [ -x /usr/bin/lumio-bot-control ] || fail "/usr/bin/lumio-bot-control missing after install"
  dpkg -L lumio-bot-control >"$stamp"
  echo "OK: installed $(basename "$deb") ($(wc -l <"$stamp") paths)"
  ;;
uninstall)
  [ -f "$stamp" ] || skip "the .deb was not installed by packaging_deb_install, nothing to remove"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y lumio-bot-control || fail "apt-get remove lumio-bot-control failed"
  status=$(dpkg-query -W -f='${Status}' lumio-bot-control 2>/dev/null || true)
  case $status in
    "" | "unknown ok not-installed" | "deinstall ok not-installed") ;;
    *) fail "after apt-get remove, dpkg says: '$status' (leftover conffiles?)" ;;
  esac
  left=()
  while read -r path; do
    # Directories shared with other packages (/usr/share/icons/...) stay.
    if [ -e "$path" ] && [ ! -d "$path" ]; then left+=("$path"); fi
  done <"$stamp"
  rm -f "$stamp"
  [ "${#left[@]}" -eq 0 ] || fail "files left after uninstall: ${left[*]}"
  [ ! -e /usr/share/doc/lumio-bot-control ] || fail "/usr/share/doc/lumio-bot-control left after uninstall"
  echo "OK: lumio-bot-control removed, no files left"
  ;;
*) fail "usage: deb-install.sh install|uninstall <packages dir>" ;;
esac
