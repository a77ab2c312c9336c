#!/usr/bin/env bash
# sign-release.sh: the offline signing kit (see RELEASING.md).
#
# One command on the offline machine signs a folder of CI artifacts:
#   sign-release.sh sign <folder> --gpg-key <fingerprint> <Authenticode key>
#     1. Authenticode-signs every .exe, .dll and .msi in the folder, in place;
#     2. writes SHA256SUMS over every file in the folder (sha256sum format);
#     3. writes SHA256SUMS.asc, a detached, armored OpenPGP signature of it.
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
#   sign-release.sh manifest <folder> --gpg-key <fingerprint>   (offline)
#       SHA256SUMS and SHA256SUMS.asc only (the folder, or a copy of it)
set -euo pipefail

prog=$(basename "$0")
die() { echo "$prog: $*" >&2; exit 1; }
say() { echo "$prog: $*"; }

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-2}"; }

windows_files() {  # <folder>: Windows files to Authenticode-sign, NUL-separated
  find "$1" -maxdepth 1 -type f \( -iname '*.exe' -o -iname '*.dll' -o -iname '*.msi' \) -print0 | sort -z
}

# --- Authenticode key options -> osslsigncode arguments ------------------------
pkcs12="" pass_file="" p11_module="" p11_key="" p11_cert="" cert="" ts_url="" no_authenticode=0
gpg_key="" ca_file=""
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

authenticode_sign_folder() {
  local folder=$1 f tmp count=0
  while IFS= read -r -d '' f; do
    if ((no_authenticode)); then die "$f is a Windows file but --no-authenticode was given"; fi
    authenticode_key || die "$f needs Authenticode: give --pkcs12 or --pkcs11-module (or remove it)"
    need osslsigncode "apt-get install osslsigncode"
    tmp="$f.signing"
    osslsigncode sign "${signer_args[@]}" -in "$f" -out "$tmp" >/dev/null ||
      { rm -f "$tmp"; die "Authenticode signing of $(basename "$f") failed"; }
    mv -f "$tmp" "$f"
    say "Authenticode-signed $(basename "$f")"
    count=$((count + 1))
  done < <(windows_files "$folder")
  ((count)) || say "no .exe/.dll/.msi to Authenticode-sign"
}

write_manifest() {
  local folder=$1
  [ -n "$gpg_key" ] || die "--gpg-key <fingerprint> is required to sign SHA256SUMS"
  need gpg "apt-get install gnupg"
  rm -f "$folder/SHA256SUMS" "$folder/SHA256SUMS.asc"
  # Every file, by path relative to the folder, in byte order: the same
  # folder always gives the same manifest.
  local tmp
  tmp=$(mktemp)
  (cd "$folder" && find . -type f ! -name SHA256SUMS ! -name SHA256SUMS.asc -printf '%P\0' |
    LC_ALL=C sort -z | xargs -0 -r sha256sum --) >"$tmp"
  [ -s "$tmp" ] || { rm -f "$tmp"; die "$folder holds no artifacts"; }
  cp "$tmp" "$folder/SHA256SUMS"
  rm -f "$tmp"
  gpg --batch --yes --local-user "$gpg_key" --digest-algo SHA512 --armor \
    --detach-sign --output "$folder/SHA256SUMS.asc" "$folder/SHA256SUMS" ||
    die "OpenPGP signing of SHA256SUMS with key $gpg_key failed"
  say "wrote SHA256SUMS ($(wc -l <"$folder/SHA256SUMS") files) and SHA256SUMS.asc"
}

case $command in
sign)
  (($# == 1)) || die "usage: $prog sign <folder> --gpg-key <fpr> <Authenticode key>"
  folder=$1
  [ -d "$folder" ] || die "$folder is not a folder"
  [ -n "$gpg_key" ] || die "--gpg-key <fingerprint> is required"
  authenticode_sign_folder "$folder"
  write_manifest "$folder"
  ;;
manifest)
  (($# == 1)) || die "usage: $prog manifest <folder> --gpg-key <fpr>"
  [ -d "$1" ] || die "$1 is not a folder"
  write_manifest "$1"
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
