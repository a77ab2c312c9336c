#!/usr/bin/env bash
# sign-release.sh: the offline signing kit (see RELEASING.md).
#
# One command on the offline machine signs a folder of CI artifacts:
#   sign-release.sh sign <folder> --gpg-key <fingerprint> <artifacts> <Authenticode key>
#     1. Authenticode-signs every listed .exe, .dll and .msi, in place;
#     2. writes SHA256SUMS over exactly the listed files (sha256sum format);
#     3. writes SHA256SUMS.asc, a detached, armored OpenPGP signature of it.
#
# --gpg-key takes the FULL fingerprint (40 hex digits, spaces allowed) of the
# release key (its primary: gpg picks the signing subkey) or of one signing
# subkey. Short or long key IDs, user IDs and e-mail addresses are refused:
# they can name a key other than the one meant.
#
# <artifacts>: the files to sign, by name (no paths), as arguments after the
# folder and/or --artifacts <list file> (one name per line; empty lines and
# lines starting with # are skipped). Only these are signed and listed; any
# other file in the folder is left out with a warning (and verify-release.sh
# refuses a folder holding it, so remove it before publishing). Each must be a
# regular file (not a symlink); names with a newline, backslash or other
# control character are refused.
#
# Authenticode key, one of:
#   --pkcs12 <file.p12> [--pass-file <file>]      key and chain in a PKCS#12 file
#   --pkcs11-module <module.so> --pkcs11-key <pkcs11: URI>
#       (--pkcs11-cert <pkcs11: URI> | --cert <chain.pem>)   key on a token
#   --no-authenticode                              the folder has no Windows files
#   --timestamp-url <url>  RFC 3161 timestamp (needs network: normally added
#                          later on a networked machine, see RELEASING.md)
# The PKCS#12 password is read from --pass-file, else asked on the terminal.
#
# When the artifacts must not travel to the offline machine, the Windows
# files' hashes travel instead (osslsigncode extract-data/attach-signature):
#   sign-release.sh extract <folder> <transfer dir>     (networked machine)
#       writes <transfer>/<file>.req.pem for each .exe/.dll/.msi
#   sign-release.sh sign-requests <transfer dir> <Authenticode key>   (offline)
#       writes <transfer>/<file>.sig.pem for each request
#   sign-release.sh attach <folder> <transfer dir> [--ca-file <ca.pem>]  (networked)
#       attaches the signatures to the files in <folder>
#   sign-release.sh manifest <folder> --gpg-key <fingerprint> <artifacts>   (offline)
#       SHA256SUMS and SHA256SUMS.asc only (the folder, or a copy of it)
set -euo pipefail
export LC_ALL=C

prog=$(basename "$0")
die() { echo "$prog: $*" >&2; exit 1; }
say() { echo "$prog: $*"; }

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-2}"; }

windows_files() {  # <folder>: Windows files to Authenticode-sign, NUL-separated
  find "$1" -maxdepth 1 -type f \( -iname '*.exe' -o -iname '*.dll' -o -iname '*.msi' \) -print0 | sort -z
}

# bad_name <name>: why a name cannot be a release file (the same rules as
# verify-release.sh), or nothing.
bad_name() {
  case $1 in
    "") echo "empty name" ;;
    . | ..) echo "not a file name" ;;
    */*) echo "a path, not a file name in the folder" ;;
    *\\*) echo "backslash in the name (sha256sum would escape it)" ;;
    *[[:cntrl:]]*) echo "newline or other control character in the name" ;;
    SHA256SUMS | SHA256SUMS.asc) echo "written by this script, not an artifact" ;;
  esac
}

# --- Authenticode key options -> osslsigncode arguments ------------------------
pkcs12="" pass_file="" p11_module="" p11_key="" p11_cert="" cert="" ts_url="" no_authenticode=0
gpg_key="" ca_file="" artifacts_file=""
positional=()
while (($#)); do
  case $1 in
    --pkcs12) pkcs12=$2; shift 2 ;;
    --pass-file) pass_file=$2; shift 2 ;;
    --pkcs11-module) p11_module=$2; shift 2 ;;
    --pkcs11-key) p11_key=$2; shift 2 ;;
    --pkcs11-cert) p11_cert=$2; shift 2 ;;
    --cert) cert=$2; shift 2 ;;
    --timestamp-url) ts_url=$2; shift 2 ;;
    --no-authenticode) no_authenticode=1; shift ;;
    --gpg-key) gpg_key=$2; shift 2 ;;
    --ca-file) ca_file=$2; shift 2 ;;
    --artifacts) artifacts_file=$2; shift 2 ;;
    -h | --help) usage 0 ;;
    --) shift; positional+=("$@"); break ;;
    -*) die "unknown option $1 (see $prog --help)" ;;
    *) positional+=("$1"); shift ;;
  esac
done
set -- "${positional[@]}"
(($# >= 1)) || usage
command=$1; shift

signer_args=()
authenticode_key() {
  signer_args=()
  if [ -n "$pkcs12" ]; then
    [ -f "$pkcs12" ] || die "PKCS#12 file $pkcs12 not found"
    signer_args=(-pkcs12 "$pkcs12")
    if [ -n "$pass_file" ]; then
      signer_args+=(-readpass "$pass_file")
    else
      signer_args+=(-askpass)
    fi
  elif [ -n "$p11_module" ]; then
    [ -n "$p11_key" ] || die "--pkcs11-module needs --pkcs11-key"
    signer_args=(-pkcs11module "$p11_module" -key "$p11_key")
    if [ -n "$p11_cert" ]; then
      signer_args+=(-pkcs11cert "$p11_cert")
    elif [ -n "$cert" ]; then
      signer_args+=(-certs "$cert")
    else
      die "--pkcs11-module needs --pkcs11-cert or --cert"
    fi
    [ -z "$pass_file" ] || signer_args+=(-readpass "$pass_file")
  else
    return 1
  fi
  signer_args+=(-h sha256 -n "Lumio Bot Control" -i "https://lumio.example/bot-control")
  [ -z "$ts_url" ] || signer_args+=(-ts "$ts_url")
}

need() { command -v "$1" >/dev/null || die "$1 not found ($2)"; }

# full_fingerprint <value>: the 40-hex-digit fingerprint in upper case, or die.
full_fingerprint() {
  local v=${1// /}
  [[ $v =~ ^[0-9A-Fa-f]{40}$ ]] ||
    die "--gpg-key needs the key's full fingerprint (40 hex digits, see gpg --fingerprint), not '$1': short or long key IDs, user IDs and e-mail addresses are refused"
  echo "${v^^}"
}

# collect_artifacts <folder> [names...]: sets the array artifacts to the named files
# (arguments, then the --artifacts list), checked and sorted; warns about any
# other entry in the folder.
artifacts=()
collect_artifacts() {
  local folder=$1 name why path; shift
  local -a names=("$@")
  local -A seen=()
  if [ -n "$artifacts_file" ]; then
    [ -f "$artifacts_file" ] || die "artifact list $artifacts_file not found"
    while IFS= read -r name || [ -n "$name" ]; do
      [[ -z $name || $name == \#* ]] && continue
      names+=("$name")
    done <"$artifacts_file"
  fi
  ((${#names[@]})) || die "name the files to sign: after the folder, or --artifacts <list file> (files not named are never signed)"
  for name in "${names[@]}"; do
    why=$(bad_name "$name")
    [ -z "$why" ] || die "artifact $(printf '%q' "$name"): $why"
    [[ -z ${seen[$name]+x} ]] || die "artifact $name named twice"
    seen[$name]=1
    [ ! -L "$folder/$name" ] || die "artifact $name is a symbolic link: copy the file itself into $folder"
    [ -f "$folder/$name" ] || die "artifact $name is not a regular file in $folder"
  done
  mapfile -d '' -t artifacts < <(printf '%s\0' "${names[@]}" | sort -z)
  while IFS= read -r -d '' path; do
    name=${path#./}
    case $name in SHA256SUMS | SHA256SUMS.asc) continue ;; esac
    [[ -n ${seen[$name]+x} ]] ||
      say "WARNING: $(printf '%q' "$name") is in $folder but not named as an artifact: NOT signed, NOT in SHA256SUMS; remove it before publishing (verify-release.sh refuses a folder holding it)"
  done < <(cd "$folder" && find . -mindepth 1 -maxdepth 1 -print0 | sort -z)
}

authenticode_sign_folder() {
  local folder=$1 name f tmp count=0
  for name in "${artifacts[@]}"; do
    case ${name,,} in *.exe | *.dll | *.msi) ;; *) continue ;; esac
    f="$folder/$name"
    if ((no_authenticode)); then die "$f is a Windows file but --no-authenticode was given"; fi
    authenticode_key || die "$f needs Authenticode: give --pkcs12 or --pkcs11-module (or remove it)"
    need osslsigncode "apt-get install osslsigncode"
    tmp="$f.signing"
    osslsigncode sign "${signer_args[@]}" -in "$f" -out "$tmp" >/dev/null ||
      { rm -f "$tmp"; die "Authenticode signing of $(basename "$f") failed"; }
    mv -f "$tmp" "$f"
    say "Authenticode-signed $(basename "$f")"
    count=$((count + 1))
  done
  ((count)) || say "no .exe/.dll/.msi to Authenticode-sign"
}

# resolve_gpg_key: sets fpr (from --gpg-key, full fingerprint only) and
# local_user (what gpg --local-user gets), or dies. The fingerprint must name
# a secret (sub)key here; a subkey is used as is ("!"), a primary lets gpg
# pick its signing subkey.
fpr="" local_user=""
resolve_gpg_key() {
  [ -n "$gpg_key" ] || die "--gpg-key <fingerprint> is required to sign SHA256SUMS"
  fpr=$(full_fingerprint "$gpg_key")
  need gpg "apt-get install gnupg"
  local_user=$(gpg --batch --with-colons --fixed-list-mode --list-secret-keys -- "$fpr" 2>/dev/null |
    awk -F: -v f="$fpr" '$1=="sec"||$1=="ssb"{t=$1} $1=="fpr"&&$10==f{print (t=="ssb" ? f"!" : f); exit}')
  [ -n "$local_user" ] || die "no secret key with fingerprint $fpr in ${GNUPGHOME:-~/.gnupg}"
}

write_manifest() {
  local folder=$1 status tmp
  [ -n "$local_user" ] || die "internal error: the OpenPGP key was not resolved"
  rm -f "$folder/SHA256SUMS" "$folder/SHA256SUMS.asc"
  # Exactly the named files, in byte order: the same files always give the
  # same manifest. No name needs escaping (checked above).
  tmp=$(mktemp)
  (cd "$folder" && printf '%s\0' "${artifacts[@]}" | xargs -0 sha256sum --) >"$tmp" ||
    { rm -f "$tmp"; die "cannot checksum the artifacts"; }
  if [ ! -s "$tmp" ] || grep -q '^\\' "$tmp"; then rm -f "$tmp"; die "unexpected sha256sum output"; fi
  cp "$tmp" "$folder/SHA256SUMS"
  rm -f "$tmp"
  gpg --batch --yes --local-user "$local_user" --digest-algo SHA512 --armor \
    --detach-sign --output "$folder/SHA256SUMS.asc" "$folder/SHA256SUMS" ||
    die "OpenPGP signing of SHA256SUMS with key $fpr failed"
  # Check what was made: a good signature by that key (as primary or subkey).
  status=$(gpg --batch --status-fd 1 --trust-model always --verify "$folder/SHA256SUMS.asc" "$folder/SHA256SUMS" 2>/dev/null) || true
  awk -v f="$fpr" '$2=="VALIDSIG" && ($3==f || $12==f) {found=1} END{exit !found}' <<<"$status" ||
    { rm -f "$folder/SHA256SUMS.asc"; die "SHA256SUMS.asc does not verify as a signature by $fpr"; }
  say "wrote SHA256SUMS ($(wc -l <"$folder/SHA256SUMS") files) and SHA256SUMS.asc (key $fpr)"
}

case $command in
sign)
  (($# >= 1)) || die "usage: $prog sign <folder> [<artifact>...] [--artifacts <list>] --gpg-key <fpr> <Authenticode key>"
  folder=$1; shift
  [ -d "$folder" ] || die "$folder is not a folder"
  resolve_gpg_key
  collect_artifacts "$folder" "$@"
  authenticode_sign_folder "$folder"
  write_manifest "$folder"
  ;;
manifest)
  (($# >= 1)) || die "usage: $prog manifest <folder> [<artifact>...] [--artifacts <list>] --gpg-key <fpr>"
  folder=$1; shift
  [ -d "$folder" ] || die "$folder is not a folder"
  resolve_gpg_key
  collect_artifacts "$folder" "$@"
  write_manifest "$folder"
  ;;
extract)
  (($# == 2)) || die "usage: $prog extract <folder> <transfer dir>"
  folder=$1 transfer=$2
  need osslsigncode "apt-get install osslsigncode"
  mkdir -p "$transfer"
  n=0
  while IFS= read -r -d '' f; do
    osslsigncode extract-data -pem -h sha256 -in "$f" -out "$transfer/$(basename "$f").req.pem" >/dev/null ||
      die "extract-data failed for $(basename "$f")"
    say "request $(basename "$f").req.pem"
    n=$((n + 1))
  done < <(windows_files "$folder")
  ((n)) || die "no .exe/.dll/.msi in $folder"
  ;;
sign-requests)
  (($# == 1)) || die "usage: $prog sign-requests <transfer dir> <Authenticode key>"
  transfer=$1
  need osslsigncode "apt-get install osslsigncode"
  authenticode_key || die "give --pkcs12 or --pkcs11-module"
  n=0
  for req in "$transfer"/*.req.pem; do
    [ -e "$req" ] || break
    sig="${req%.req.pem}.sig.pem"
    osslsigncode sign "${signer_args[@]}" -pem -in "$req" -out "$sig" >/dev/null ||
      die "signing request $(basename "$req") failed"
    say "signature $(basename "$sig")"
    n=$((n + 1))
  done
  ((n)) || die "no *.req.pem in $transfer"
  ;;
attach)
  (($# == 2)) || die "usage: $prog attach <folder> <transfer dir> [--ca-file <ca.pem>]"
  folder=$1 transfer=$2
  need osslsigncode "apt-get install osslsigncode"
  while IFS= read -r -d '' f; do
    sig="$transfer/$(basename "$f").sig.pem"
    [ -f "$sig" ] || die "no signature $sig for $(basename "$f")"
    ca_args=()
    [ -z "$ca_file" ] || ca_args=(-CAfile "$ca_file")
    osslsigncode attach-signature -sigin "$sig" "${ca_args[@]}" -in "$f" -out "$f.signing" >/dev/null ||
      { rm -f "$f.signing"; die "attaching $(basename "$sig") to $(basename "$f") failed (wrong file or stale request?)"; }
    mv -f "$f.signing" "$f"
    say "attached signature to $(basename "$f")"
  done < <(windows_files "$folder")
  ;;
*) die "unknown command $command (sign, manifest, extract, sign-requests, attach)" ;;
esac
