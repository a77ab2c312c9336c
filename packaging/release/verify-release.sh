#!/usr/bin/env bash
# verify-release.sh: checks a downloaded Lumio Bot Control release folder.
#
#   verify-release.sh [--key <public key .asc>] [--ca-file <ca.pem>]
#                     [--no-authenticode] <folder>
#
# 1. SHA256SUMS.asc is a good signature of SHA256SUMS by the release key
#    (default packaging/release/keys/release-signing-key.asc, published by the
#    release manager; see RELEASING.md). Only that key is trusted, never the
#    keys in your own keyring.
# 2. Every file listed in SHA256SUMS is present with that SHA-256, and every
#    file in the folder is listed.
# 3. Every .exe, .dll and .msi with an Authenticode signature verifies
#    (osslsigncode verify, against --ca-file or the system CA bundle).
# Exits 0 when all holds; otherwise names each failure and exits 1.
# Needs: gpg (gnupg), sha256sum (coreutils), osslsigncode for Windows files.
set -uo pipefail

prog=$(basename "$0")
here=$(cd "$(dirname "$0")" && pwd)
key="$here/keys/release-signing-key.asc"
ca_file="" check_authenticode=1 folder=""
while (($#)); do
  case $1 in
    --key) key=$2; shift 2 ;;
    --ca-file) ca_file=$2; shift 2 ;;
    --no-authenticode) check_authenticode=0; shift ;;
    -h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "$prog: unknown option $1" >&2; exit 2 ;;
    *) [ -z "$folder" ] || { echo "$prog: one folder only" >&2; exit 2; }; folder=$1; shift ;;
  esac
done
[ -n "$folder" ] || { echo "usage: $prog [--key key.asc] [--ca-file ca.pem] <folder>" >&2; exit 2; }

failures=()
failed() { echo "FAILED: $*"; failures+=("$*"); }
ok() { echo "ok: $*"; }
finish() {
  if ((${#failures[@]})); then
    echo
    echo "$prog: release in $folder does NOT verify (${#failures[@]} problem(s)):"
    printf '  - %s\n' "${failures[@]}"
    exit 1
  fi
  echo
  echo "$prog: release in $folder verifies: signature, all checksums$( ((check_authenticode)) && echo ", Authenticode")."
  exit 0
}

[ -d "$folder" ] || { echo "$prog: $folder is not a folder" >&2; exit 2; }
if [ ! -f "$key" ]; then
  echo "$prog: release public key not found at $key" >&2
  echo "$prog: the release manager publishes it (RELEASING.md, 'Publishing the key');" >&2
  echo "$prog: fetch it, check its fingerprint, then pass --key <file> or put it there." >&2
  exit 2
fi
command -v gpg >/dev/null || { echo "$prog: gpg not found (apt-get install gnupg)" >&2; exit 2; }

# --- 1. manifest signature -------------------------------------------------------
gnupghome=$(mktemp -d "${TMPDIR:-/tmp}/lumio-verify.XXXXXX")
trap 'rm -rf "$gnupghome"' EXIT
chmod 700 "$gnupghome"
manifest="$folder/SHA256SUMS"
signature="$folder/SHA256SUMS.asc"
manifest_ok=0
if ! gpg --homedir "$gnupghome" --batch --quiet --import "$key" 2>/dev/null; then
  failed "cannot read the release public key $key"
elif [ ! -f "$manifest" ]; then
  failed "SHA256SUMS missing"
elif [ ! -f "$signature" ]; then
  failed "SHA256SUMS.asc (manifest signature) missing"
else
  # Trust exactly the keys in $key: gpg's own trust model is not consulted;
  # the status lines must show a good, valid signature by one of them.
  status=$(gpg --homedir "$gnupghome" --batch --status-fd 1 --trust-model always \
    --verify "$signature" "$manifest" 2>"$gnupghome/verify.err")
  rc=$?
  fprs=$(gpg --homedir "$gnupghome" --batch --with-colons --fingerprint 2>/dev/null | awk -F: '$1=="fpr"{print $10}')
  signer=$(echo "$status" | awk '$2=="VALIDSIG"{print $3" "$12}')
  if [ "$rc" -eq 0 ] && echo "$status" | grep -q '^\[GNUPG:\] GOODSIG' && [ -n "$signer" ] &&
     grep -qxF -f <(echo "$fprs") <(echo "$signer" | tr ' ' '\n'); then
    ok "SHA256SUMS is signed by release key $(echo "$signer" | awk '{print $2}')"
    manifest_ok=1
  else
    reason=$(echo "$status" | grep -Eo '(BADSIG|ERRSIG|EXPKEYSIG|REVKEYSIG|NODATA|NO_PUBKEY)' | head -n1)
    failed "manifest signature SHA256SUMS.asc does not verify against $(basename "$key")${reason:+ ($reason)}"
    sed 's/^/    gpg: /' "$gnupghome/verify.err" | grep -v '^    gpg: gpg: WARNING' | head -n 5
  fi
fi

# --- 2. checksums ----------------------------------------------------------------
if [ -f "$manifest" ]; then
  listed="$gnupghome/listed"
  : >"$listed"
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    want=${line%% *}
    name=${line#*  }
    name=${name#\*}
    echo "$name" >>"$listed"
    if ! [[ $want =~ ^[0-9a-f]{64}$ ]] || [[ $name == /* || $name == *..* ]]; then
      failed "SHA256SUMS has a malformed line: $line"
      continue
    fi
    if [ ! -f "$folder/$name" ]; then
      failed "$name listed in SHA256SUMS but missing"
      continue
    fi
    have=$(sha256sum -- "$folder/$name" | cut -d' ' -f1)
    if [ "$have" = "$want" ]; then
      ok "checksum of $name"
    else
      failed "checksum of $name does not match SHA256SUMS (file altered or corrupted)"
    fi
  done <"$manifest"
  while IFS= read -r -d '' f; do
    rel=${f#"$folder"/}
    grep -qxF -- "$rel" "$listed" || failed "$rel is in the folder but not in SHA256SUMS"
  done < <(find "$folder" -type f ! -name SHA256SUMS ! -name SHA256SUMS.asc -print0)
  ((manifest_ok)) || failed "checksums cannot be trusted: the manifest signature failed"
fi

# --- 3. Authenticode -------------------------------------------------------------
if ((check_authenticode)); then
  while IFS= read -r -d '' f; do
    name=${f#"$folder"/}
    command -v osslsigncode >/dev/null || { failed "osslsigncode missing: cannot check Authenticode of $name"; continue; }
    ca_args=()
    [ -z "$ca_file" ] || ca_args=(-CAfile "$ca_file")
    out=$(osslsigncode verify "${ca_args[@]}" -in "$f" 2>&1)
    if [ $? -eq 0 ]; then
      ok "Authenticode signature of $name"
    elif echo "$out" | grep -qiE 'No signature found|does not have a signature|not signed'; then
      echo "note: $name carries no Authenticode signature (its checksum above still applies)"
    else
      failed "Authenticode signature of $name does not verify"
      echo "$out" | grep -iE 'fail|mismatch|error' | head -n 3 | sed 's/^/    osslsigncode: /'
    fi
  done < <(find "$folder" -type f \( -iname '*.exe' -o -iname '*.dll' -o -iname '*.msi' \) -print0 | sort -z)
fi

finish
