#!/usr/bin/env bash
# verify-release.sh: checks a downloaded Lumio Bot Control release folder.
#
#   verify-release.sh [--key <public key .asc>] [--pin <fingerprint>]...
#                     [--ca-file <ca.pem>] [--no-authenticode] <folder>
#
# 1. SHA256SUMS.asc is exactly one good signature of SHA256SUMS, made by a
#    PINNED release key: the signer's primary-key fingerprint (the primary of
#    the signing subkey, per gpg's VALIDSIG) must be one of
#    PINNED_FINGERPRINTS below, or of the --pin options when given (they
#    replace the built-in list). The key file (--key, default
#    packaging/release/keys/release-signing-key.asc) only supplies key
#    material: any other key in it is ignored, and so is your own keyring.
#    With no pinned fingerprint at all, nothing is verified (exit 2).
#    A signature by an expired key is accepted only if it was made before the
#    key (subkey or primary) expired, so old releases keep verifying after a
#    rotation; a revoked key is never accepted.
# 2. The folder holds only regular files: a symlink, FIFO, socket, device or
#    subfolder fails. SHA256SUMS lists every other file by its exact name
#    (compared byte for byte) with its SHA-256, and every listed file is there
#    with that SHA-256. A name with a newline, backslash or other control
#    character (sha256sum would write it escaped) is refused.
# 3. Every .exe, .dll and .msi carries an Authenticode signature that
#    verifies (osslsigncode verify, against --ca-file or the system CA
#    bundle); an unsigned one fails. --no-authenticode skips this check and
#    says so loudly.
# Exits 0 when all holds; 1 when it does not, naming each failure; 2 on a
# usage or setup error (no pin, no key file, no gpg).
# Needs: bash 4+, gpg (gnupg), sha256sum and GNU date (coreutils),
# osslsigncode for Windows files.
set -uo pipefail
export LC_ALL=C

# Primary-key fingerprint(s) of the release signing key, 40 hex digits each
# (spaces allowed). The release manager fills this in when the key is made
# and lists the same value in RELEASING.md ("Keys"). Empty until then: the
# script then refuses to verify unless --pin names the fingerprint you
# checked out of band. Never put a subkey fingerprint here.
PINNED_FINGERPRINTS=(
)

prog=$(basename "$0")
here=$(cd "$(dirname "$0")" && pwd)
key="$here/keys/release-signing-key.asc"
ca_file="" check_authenticode=1 folder=""
cli_pins=()
usage_error() { echo "$prog: $*" >&2; exit 2; }
while (($#)); do
  case $1 in
    --key) (($# >= 2)) || usage_error "--key needs a file"; key=$2; shift 2 ;;
    --pin) (($# >= 2)) || usage_error "--pin needs a fingerprint"; cli_pins+=("$2"); shift 2 ;;
    --ca-file) (($# >= 2)) || usage_error "--ca-file needs a file"; ca_file=$2; shift 2 ;;
    --no-authenticode) check_authenticode=0; shift ;;
    -h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) usage_error "unknown option $1" ;;
    *) [ -z "$folder" ] || usage_error "one folder only"; folder=$1; shift ;;
  esac
done
[ -n "$folder" ] || usage_error "usage: $prog [--key key.asc] [--pin FPR]... [--ca-file ca.pem] [--no-authenticode] <folder>"

# Shell-quoted when needed, so a newline or control character in a name shows.
q() { printf '%q' "$1"; }

failures=()
failed() { echo "FAILED: $*"; failures+=("$*"); }
ok() { echo "ok: $*"; }
# loud: to stdout, and to stderr too unless that is the same terminal.
loud() { echo "$*"; [ -t 1 ] && [ -t 2 ] || echo "$*" >&2; }
finish() {
  if ((${#failures[@]})); then
    echo
    echo "$prog: release in $folder does NOT verify (${#failures[@]} problem(s)):"
    printf '  - %s\n' "${failures[@]}"
    exit 1
  fi
  echo
  if ((check_authenticode)); then
    echo "$prog: release in $folder verifies: signature, all checksums, Authenticode."
  else
    echo "$prog: release in $folder verifies: signature, all checksums."
    loud "$prog: WARNING: AUTHENTICODE WAS NOT CHECKED (--no-authenticode)."
  fi
  exit 0
}

[ -d "$folder" ] || usage_error "$folder is not a folder"
if [ ! -f "$key" ]; then
  echo "$prog: release public key not found at $key" >&2
  echo "$prog: the release manager publishes it (RELEASING.md, 'Publishing the public key');" >&2
  echo "$prog: fetch it, check its fingerprint, then pass --key <file> or put it there." >&2
  exit 2
fi

# --- pins: fail closed -----------------------------------------------------------
pins=()
if ((${#cli_pins[@]})); then pin_source=("${cli_pins[@]}"); else pin_source=("${PINNED_FINGERPRINTS[@]}"); fi
for p in "${pin_source[@]}"; do
  n=${p// /}
  [[ $n =~ ^[0-9A-Fa-f]{40}$ ]] ||
    usage_error "pinned fingerprint '$p' is not a full 40-hex-digit primary-key fingerprint"
  pins+=("${n^^}")
done
if ((${#pins[@]} == 0)); then
  echo "$prog: no release key fingerprint is pinned: refusing to verify." >&2
  echo "$prog: PINNED_FINGERPRINTS in $0 is empty (no release key has been published with" >&2
  echo "$prog: this copy). Pass --pin <primary key fingerprint> with the fingerprint from" >&2
  echo "$prog: RELEASING.md / the release page, checked out of band." >&2
  exit 2
fi
is_pinned() { local p; for p in "${pins[@]}"; do [ "$p" = "${1^^}" ] && return 0; done; return 1; }
command -v gpg >/dev/null || usage_error "gpg not found (apt-get install gnupg)"

work=$(mktemp -d "${TMPDIR:-/tmp}/lumio-verify.XXXXXX")
chmod 700 "$work"
gnupghome="$work/gnupg"
mkdir -m 700 "$gnupghome"
cleanup() {
  gpgconf --homedir "$gnupghome" --kill all >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- 0. what is in the folder ----------------------------------------------------
# One level, NUL-separated, nothing followed: a release folder is flat and
# holds regular files only.
declare -A regular=()
while IFS= read -r -d '' path; do
  name=${path#./}
  if [ -L "$folder/$name" ]; then kind="symbolic link"
  elif [ -d "$folder/$name" ]; then kind="folder"
  elif [ -p "$folder/$name" ]; then kind="FIFO (named pipe)"
  elif [ -S "$folder/$name" ]; then kind="socket"
  elif [ -b "$folder/$name" ]; then kind="block device"
  elif [ -c "$folder/$name" ]; then kind="character device"
  elif [ -f "$folder/$name" ]; then regular[$name]=1; continue
  else kind="special file"
  fi
  failed "$(q "$name") is a $kind, not a regular file: a release folder holds regular files only"
done < <(cd "$folder" && find . -mindepth 1 -maxdepth 1 -print0)

# Copies of the manifest and its signature: gpg checks, and the checks below
# read, the same bytes.
manifest="$work/SHA256SUMS"
signature="$work/SHA256SUMS.asc"
have_manifest=0 have_signature=0
if [[ -n ${regular[SHA256SUMS]+x} ]] && cp -- "$folder/SHA256SUMS" "$manifest"; then have_manifest=1; fi
if [[ -n ${regular[SHA256SUMS.asc]+x} ]] && cp -- "$folder/SHA256SUMS.asc" "$signature"; then have_signature=1; fi

# --- 1. manifest signature -------------------------------------------------------
g() { gpg --homedir "$gnupghome" --batch --no-auto-key-retrieve --trust-model always "$@"; }
manifest_ok=0
utc() { date -u -d "@$1" '+%F %T UTC' 2>/dev/null || echo "$1 (seconds since 1970)"; }
sig_failed() { failed "manifest signature SHA256SUMS.asc does not verify against $(basename "$key") ($*)"; }
verify_signature() {
  local status rc reason n
  status=$(g --status-fd 1 --verify "$signature" "$manifest" 2>"$work/verify.err")
  rc=$?
  reason=$(grep -Eo '^\[GNUPG:\] (BADSIG|ERRSIG|REVKEYSIG|EXPSIG|NO_PUBKEY|NODATA|FAILURE)' <<<"$status" | head -n1)
  if [ -n "$reason" ] || [ "$rc" -ne 0 ]; then
    sig_failed "${reason#\[GNUPG:\] }${reason:+, }gpg exit $rc"
    sed 's/^/    gpg: /' "$work/verify.err" | grep -v '^    gpg: gpg: WARNING' | head -n 5
    return
  fi
  n=$(grep -c '^\[GNUPG:\] NEWSIG' <<<"$status")
  [ "$n" -eq 1 ] || { sig_failed "$n signatures in SHA256SUMS.asc, exactly one expected"; return; }
  local good expkey validsig
  good=$(grep -c '^\[GNUPG:\] GOODSIG ' <<<"$status")
  expkey=$(grep -c '^\[GNUPG:\] EXPKEYSIG ' <<<"$status")
  validsig=$(grep '^\[GNUPG:\] VALIDSIG ' <<<"$status")
  if [ $((good + expkey)) -ne 1 ] || [ "$(grep -c . <<<"$validsig")" -ne 1 ]; then
    sig_failed "no single good signature in gpg's status"
    return
  fi
  # VALIDSIG <signing fpr> <date> <sig time> <sig expiry> <ver> <rsvd> <pk algo>
  #          <hash algo> <class> <primary fpr>
  local signing_fpr sig_date sig_time primary_fpr
  read -r _ _ signing_fpr sig_date sig_time _ _ _ _ _ _ primary_fpr _ <<<"$validsig"
  if ! [[ $signing_fpr =~ ^[0-9A-F]{40}$ && $primary_fpr =~ ^[0-9A-F]{40}$ && $sig_time =~ ^[0-9]+$ ]]; then
    sig_failed "unexpected VALIDSIG line: $validsig"
    return
  fi
  if ! is_pinned "$primary_fpr"; then
    sig_failed "signed by key $primary_fpr, which is not a pinned release key (pinned: ${pins[*]})"
    return
  fi
  # The signing key and its primary as they stand now: revoked, expiry.
  local listing primary_rec signing_rec validity expires
  listing=$(g --with-colons --fixed-list-mode --list-keys -- "$primary_fpr" 2>/dev/null |
    awk -F: '$1=="pub"||$1=="sub"{t=$1; v=$2; e=$7} $1=="fpr"&&t!=""{print t, $10, (v==""?"-":v), (e==""?"never":e); t=""}')
  primary_rec=$(awk -v f="$primary_fpr" '$1=="pub"&&$2==f' <<<"$listing")
  signing_rec=$(awk -v f="$signing_fpr" '$2==f' <<<"$listing")
  if [ -z "$primary_rec" ] || [ -z "$signing_rec" ]; then
    sig_failed "signing key $signing_fpr not found under pinned key $primary_fpr"
    return
  fi
  local rec what
  for rec in "$primary_rec" "$signing_rec"; do
    read -r what _ validity expires <<<"$rec"
    if [[ $validity == *r* ]]; then
      sig_failed "key $(awk '{print $2}' <<<"$rec") is revoked"
      return
    fi
    if [ "$expires" != never ]; then
      if ! [[ $expires =~ ^[0-9]+$ ]] || ((sig_time >= expires)); then
        sig_failed "signature made $(utc "$sig_time"), after the $([ "$what" = pub ] && echo primary key || echo signing subkey) expired on $(utc "$expires")"
        return
      fi
    fi
  done
  ((expkey)) && echo "note: the signing key has expired since; the signature was made $sig_date, before it expired: accepted"
  ok "SHA256SUMS is signed by pinned release key $primary_fpr (signing key $signing_fpr, $sig_date)"
  manifest_ok=1
}
if ! g --quiet --import "$key" 2>/dev/null; then
  failed "cannot read the release public key $key"
elif ((!have_manifest)); then
  failed "SHA256SUMS missing (or not a regular file)"
elif ((!have_signature)); then
  failed "SHA256SUMS.asc (manifest signature) missing (or not a regular file)"
else
  verify_signature
fi

# --- 2. checksums ----------------------------------------------------------------
# bad_name <name>: why a name cannot be a release file, or nothing.
bad_name() {
  case $1 in
    "") echo "empty name" ;;
    . | ..) echo "not a file name" ;;
    */*) echo "a path, not a file name" ;;
    *\\*) echo "backslash in the name" ;;
    *[[:cntrl:]]*) echo "newline or other control character in the name" ;;
    SHA256SUMS | SHA256SUMS.asc) echo "the manifest cannot list itself" ;;
  esac
}
declare -A listed=()
if ((have_manifest)); then
  if [ "$(tr -d '\000' <"$manifest" | wc -c)" -ne "$(wc -c <"$manifest")" ]; then
    failed "SHA256SUMS contains NUL bytes"
  elif [ -s "$manifest" ] && [ "$(tail -c 1 "$manifest" | od -An -tx1 | tr -d ' ')" != 0a ]; then
    failed "SHA256SUMS does not end with a newline"
  else
    lineno=0
    while IFS= read -r line; do
      lineno=$((lineno + 1))
      if [[ $line == \\* ]]; then
        failed "SHA256SUMS line $lineno has an escaped file name (a newline or backslash in the name): refused"
        continue
      fi
      if ! [[ $line =~ ^([0-9a-f]{64})\ ([\ *])(.+)$ ]]; then
        failed "SHA256SUMS line $lineno is malformed: $(q "$line")"
        continue
      fi
      want=${BASH_REMATCH[1]} name=${BASH_REMATCH[3]}
      why=$(bad_name "$name")
      if [ -n "$why" ]; then failed "SHA256SUMS line $lineno names $(q "$name"): $why"; continue; fi
      if [[ -n ${listed[$name]+x} ]]; then failed "SHA256SUMS lists $(q "$name") twice"; continue; fi
      listed[$name]=$want
    done <"$manifest"
    ((${#listed[@]})) || failed "SHA256SUMS lists no files"
  fi
  while IFS= read -r -d '' name; do
    want=${listed[$name]}
    if [[ -z ${regular[$name]+x} ]]; then
      # A non-regular entry of that name was already named above.
      [ -e "$folder/$name" ] || [ -L "$folder/$name" ] || failed "$(q "$name") listed in SHA256SUMS but missing"
      continue
    fi
    have=$(sha256sum -- "$folder/$name" | cut -c1-64)
    if [ "$have" = "$want" ]; then
      ok "checksum of $(q "$name")"
    else
      failed "checksum of $(q "$name") does not match SHA256SUMS (file altered or corrupted)"
    fi
  done < <(((${#listed[@]})) && printf '%s\0' "${!listed[@]}" | sort -z)
  # Exact, byte-for-byte name comparison (associative array keys, NUL-separated
  # input): a name with a newline cannot pass for a listed one.
  while IFS= read -r -d '' name; do
    case $name in SHA256SUMS | SHA256SUMS.asc) continue ;; esac
    [[ -n ${listed[$name]+x} ]] || failed "$(q "$name") is in the folder but not in SHA256SUMS"
  done < <(((${#regular[@]})) && printf '%s\0' "${!regular[@]}" | sort -z)
  ((manifest_ok)) || failed "checksums cannot be trusted: the manifest signature failed"
fi

# --- 3. Authenticode -------------------------------------------------------------
windows=()
while IFS= read -r -d '' name; do
  case ${name,,} in *.exe | *.dll | *.msi) windows+=("$name") ;; esac
done < <(((${#regular[@]})) && printf '%s\0' "${!regular[@]}" | sort -z)
if ((!check_authenticode)); then
  if ((${#windows[@]})); then
    loud "WARNING: --no-authenticode: the Authenticode signatures of ${#windows[@]} Windows file(s) were NOT checked:"
    for name in "${windows[@]}"; do loud "WARNING:   $(q "$name")"; done
  else
    loud "WARNING: --no-authenticode: Authenticode checking is OFF"
  fi
else
  for name in "${windows[@]}"; do
    command -v osslsigncode >/dev/null || { failed "osslsigncode missing: cannot check Authenticode of $(q "$name")"; continue; }
    ca_args=()
    [ -z "$ca_file" ] || ca_args=(-CAfile "$ca_file")
    out=$(osslsigncode verify "${ca_args[@]}" -in "$folder/$name" 2>&1)
    if [ $? -eq 0 ]; then
      ok "Authenticode signature of $(q "$name")"
    elif grep -qiE 'No signature found|does not have a signature|not signed' <<<"$out"; then
      failed "$(q "$name") is not Authenticode-signed (unsigned Windows file)"
    else
      failed "Authenticode signature of $(q "$name") does not verify"
      grep -iE 'fail|mismatch|error' <<<"$out" | head -n 3 | sed 's/^/    osslsigncode: /'
    fi
  done
fi

finish
