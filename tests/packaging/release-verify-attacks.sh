#!/usr/bin/env bash
# release-verify-attacks.sh <packaging/release dir>
# One case per attack on the release verifier and the signing kit (security
# issue 14, "The release verifier is strict"). Every key is made here, in a
# temp GNUPGHOME (an OpenPGP release key with a signing subkey, an attacker's
# key, a key whose signing subkey has expired, a self-signed code-signing
# certificate); the artifacts are small stand-ins, so no package build is
# needed. No network. Every case runs; the failed ones are listed at the end.
#
#   attacker_key_appended          attacker's key appended to the key file, manifest signed by it
#   no_pin_refused                 no pinned fingerprint: nothing is trusted
#   malformed_pin_refused          --pin with a short key ID
#   symlinked_artifact             an artifact replaced by a symlink (same bytes)
#   newline_name_matches_listed    a file whose name is two listed names joined by a newline
#   escaped_name_in_manifest       a SHA256SUMS line with a sha256sum-escaped name
#   unsigned_exe                   a listed, checksummed .exe without Authenticode
#   no_authenticode_is_loud        --no-authenticode passes, but says so on stderr
#   expired_subkey_sig_before_expiry_accepted / _after_expiry_refused
#   revoked_key_refused            a good signature by a since-revoked key
#   revoked_subkey_refused         ... by a since-revoked signing subkey
#   fifo_in_folder, socket_in_folder, subfolder_in_folder
#   sign_short_key_id_refused, sign_long_key_id_refused, sign_email_refused
#   sign_ignores_unlisted_file     a stray file is neither signed nor listed
#   sign_refuses_symlinked_artifact
source "$(dirname "$0")/common.sh"
kit=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
for tool in gpg gpgconf openssl osslsigncode python3 sha256sum timeout; do
  command -v $tool >/dev/null || skip "$tool missing (scripts/bootstrap-debian.sh installs it)"
done
make_tmp
export GNUPGHOME="$TMP/gnupg"
mkdir -m 700 "$GNUPGHOME"
printf "no-auto-check-trustdb\ntrust-model always\n" >"$GNUPGHOME/gpg.conf"
trap 'gpgconf --kill all >/dev/null 2>&1; rm -rf "$TMP"' EXIT
export LC_ALL=C

g() { gpg --batch --quiet --no-auto-check-trustdb --passphrase '' --pinentry-mode loopback "$@"; }
fpr_of() { gpg --batch --with-colons --list-keys "$1" | awk -F: '$1=="fpr"{print $10; exit}'; }

# --- keys ------------------------------------------------------------------------
# Release key as RELEASING.md makes it: a certify-only primary, a signing subkey.
g --quick-gen-key "Lumio Test Release <release@lumio.invalid>" ed25519 cert 1y
fpr=$(fpr_of release@lumio.invalid)
g --quick-add-key "$fpr" ed25519 sign 1y
gpg --batch --armor --export "$fpr" >"$TMP/release-key.asc"

g --quick-gen-key "Mallory <mallory@lumio.invalid>" ed25519 sign 1y
mallory=$(fpr_of mallory@lumio.invalid)

# A release key of 2020 whose signing subkey expired on 2020-12-01. Clock faked
# throughout ("!" freezes it), so the dates are the same on every run.
at() { echo "--faked-system-time=$1!"; }
g "$(at 20200101T000000)" --quick-gen-key "Lumio Old Release <old@lumio.invalid>" ed25519 cert never 2>/dev/null
old_fpr=$(fpr_of old@lumio.invalid)
g "$(at 20200101T000000)" --quick-add-key "$old_fpr" ed25519 sign 2y 2>/dev/null
old_sub=$(gpg --batch --with-colons --list-keys "$old_fpr" | awk -F: '$1=="fpr"{n++; if (n==2) print $10}')

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TMP/cs.key" -out "$TMP/cs.crt" -days 2 \
  -subj "/CN=Lumio Test Code Signing" -addext "extendedKeyUsage=codeSigning" \
  -addext "keyUsage=critical,digitalSignature" 2>/dev/null
printf 'throwaway\n' >"$TMP/p12.pass"
openssl pkcs12 -export -inkey "$TMP/cs.key" -in "$TMP/cs.crt" -out "$TMP/cs.p12" -passout file:"$TMP/p12.pass"

# --- a signed release of stand-in artifacts --------------------------------------
deb=lumio-bot-control_0.1.0_amd64.deb
tar=lumio-bot-control-0.1.0-linux-x86_64.tar.gz
exe=lumio-bot-control-tiny.exe
authenticode() {  # <in> <out>
  osslsigncode sign -pkcs12 "$TMP/cs.p12" -readpass "$TMP/p12.pass" -h sha256 \
    -n "Lumio Bot Control" -in "$1" -out "$2" >/dev/null
}
# sign_manifest <dir> <gpg key> [gpg options]: SHA256SUMS over the regular files
# in <dir>, signed. Done here with gpg itself, so the verifier is tested
# independently of sign-release.sh.
sign_manifest() {
  local dir=$1 key=$2; shift 2
  rm -f "$dir/SHA256SUMS" "$dir/SHA256SUMS.asc"
  (cd "$dir" && find . -maxdepth 1 -type f -printf '%P\0' | sort -z | xargs -0 -r sha256sum --) >"$TMP/sums"
  mv "$TMP/sums" "$dir/SHA256SUMS"
  g --yes --armor --detach-sign --local-user "$key" "$@" -o "$dir/SHA256SUMS.asc" "$dir/SHA256SUMS"
}
base="$TMP/base"
mkdir "$base"
head -c 20000 /dev/zero | tr '\0' 'd' >"$base/$deb"
head -c 30000 /dev/zero | tr '\0' 't' >"$base/$tar"
python3 "$here/make-tiny-pe.py" "$TMP/unsigned.exe"
authenticode "$TMP/unsigned.exe" "$base/$exe"
sign_manifest "$base" "$fpr"

# release <dir>: a fresh copy of the signed release.
release() { rm -rf "$1"; cp -a "$base" "$1"; }

# The 2020 key signs two releases at chosen times while its subkey is valid
# until 2022 (gpg signs with no expired key): 2020-06-01 and 2021-06-01. Then
# a later self-signature (2020-02-01) shortens the subkey's expiry to
# 2020-12-01, and that is the key published: one signature made before the
# expiry, one after.
release "$TMP/old-before"; sign_manifest "$TMP/old-before" "$old_fpr" "$(at 20200601T000000)" 2>/dev/null
release "$TMP/old-after"; sign_manifest "$TMP/old-after" "$old_fpr" "$(at 20210601T000000)" 2>/dev/null
g "$(at 20200201T000000)" --quick-set-expire "$old_fpr" 2020-12-01 "$old_sub" 2>/dev/null
gpg --batch --armor --export "$old_fpr" >"$TMP/old-key.asc"

verify() { timeout 30 "$kit/verify-release.sh" --key "$TMP/release-key.asc" --pin "$fpr" --ca-file "$TMP/cs.crt" "$@"; }
# accepted <cmd...> / refused <pattern> <cmd...>: the command's output in $TMP/out.
accepted() {
  local rc=0
  "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
  [ "$rc" -eq 0 ] || { cat "$TMP/out" "$TMP/err"; fail "refused (exit $rc), expected to pass"; }
}
refused() {
  local pattern=$1 rc=0; shift
  "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
  cat "$TMP/err" >>"$TMP/out"
  if [ "$rc" -eq 0 ]; then cat "$TMP/out"; fail "accepted, expected to be refused"; fi
  grep -q -- "$pattern" "$TMP/out" || { cat "$TMP/out"; fail "refused (exit $rc) but the report does not say '$pattern'"; }
  note "refused: $(grep -m1 -- "$pattern" "$TMP/out")"
}

# --- cases -----------------------------------------------------------------------
case_clean_release_verifies() {
  release "$TMP/r"
  accepted verify "$TMP/r"
  grep -q "ok: Authenticode signature of $exe" "$TMP/out" || fail "Authenticode not checked"
  grep -q "signed by pinned release key $fpr" "$TMP/out" || fail "signer not named"
}

case_attacker_key_appended() {
  release "$TMP/r"
  cat "$TMP/release-key.asc" >"$TMP/key+mallory.asc"
  gpg --batch --armor --export "$mallory" >>"$TMP/key+mallory.asc"
  cp "$TMP/unsigned.exe" "$TMP/r/$exe"   # the attacker's payload, re-listed
  sign_manifest "$TMP/r" "$mallory"
  refused "FAILED: manifest signature SHA256SUMS.asc does not verify.*not a pinned release key" \
    timeout 30 "$kit/verify-release.sh" --key "$TMP/key+mallory.asc" --pin "$fpr" --no-authenticode "$TMP/r"
}

case_no_pin_refused() {
  # Without --pin only the fingerprints built into the script count; the test
  # key is not one of them (and in the repository, until the release manager
  # sets it, there is none at all: the script refuses to verify).
  release "$TMP/r"
  refused "no release key fingerprint is pinned\|not a pinned release key" \
    timeout 30 "$kit/verify-release.sh" --key "$TMP/release-key.asc" --ca-file "$TMP/cs.crt" "$TMP/r"
}

case_malformed_pin_refused() {
  release "$TMP/r"
  refused "not a full 40-hex-digit" \
    timeout 30 "$kit/verify-release.sh" --key "$TMP/release-key.asc" --pin "${fpr: -16}" --ca-file "$TMP/cs.crt" "$TMP/r"
}

case_symlinked_artifact() {
  release "$TMP/r"
  mkdir -p "$TMP/elsewhere"
  mv "$TMP/r/$tar" "$TMP/elsewhere/$tar"
  ln -s "$TMP/elsewhere/$tar" "$TMP/r/$tar"
  refused "FAILED: $tar is a symbolic link" verify "$TMP/r"
}

case_newline_name_matches_listed() {
  release "$TMP/r"
  echo payload >"$TMP/r/$deb"$'\n'"$tar"
  refused "FAILED: \$'$deb\\\\n$tar' is in the folder but not in SHA256SUMS" verify "$TMP/r"
}

case_escaped_name_in_manifest() {
  # sha256sum escapes a name with a newline or backslash and marks the line
  # with a leading backslash; such a name is refused even when signed.
  release "$TMP/r"
  echo payload >"$TMP/r/a"$'\n'"b"
  sign_manifest "$TMP/r" "$fpr"
  grep -q '^\\' "$TMP/r/SHA256SUMS" || fail "sha256sum did not escape the name (test setup)"
  refused "FAILED: SHA256SUMS line 1 has an escaped file name" verify "$TMP/r"
}

case_unsigned_exe() {
  release "$TMP/r"
  cp "$TMP/unsigned.exe" "$TMP/r/$exe"
  sign_manifest "$TMP/r" "$fpr"
  refused "FAILED: $exe is not Authenticode-signed" verify "$TMP/r"
}

case_no_authenticode_is_loud() {
  release "$TMP/r"
  cp "$TMP/unsigned.exe" "$TMP/r/$exe"
  sign_manifest "$TMP/r" "$fpr"
  accepted verify --no-authenticode "$TMP/r"
  grep -q "AUTHENTICODE WAS NOT CHECKED" "$TMP/err" || { cat "$TMP/out" "$TMP/err"; fail "no warning on stderr"; }
  grep -q "WARNING:   $exe" "$TMP/err" || { cat "$TMP/err"; fail "the unchecked file is not named"; }
}

verify_old() { timeout 30 "$kit/verify-release.sh" --key "$TMP/old-key.asc" --pin "$old_fpr" --ca-file "$TMP/cs.crt" "$@"; }

case_expired_subkey_sig_before_expiry_accepted() {
  gpg --batch --with-colons --list-keys "$old_fpr" | grep -q '^sub:e:' || fail "the subkey has not expired (test setup)"
  accepted verify_old "$TMP/old-before"
  grep -q "signed by pinned release key $old_fpr" "$TMP/out" || fail "signer not named"
}

case_expired_subkey_sig_after_expiry_refused() {
  refused "after the signing subkey expired" verify_old "$TMP/old-after"
}

case_revoked_key_refused() {
  g --quick-gen-key "Lumio Revoked <revoked@lumio.invalid>" ed25519 sign 1y
  local rfpr
  rfpr=$(fpr_of revoked@lumio.invalid)
  release "$TMP/r"
  sign_manifest "$TMP/r" "$rfpr"
  # gpg made a revocation certificate with the key; import it (minus the ":"
  # guard gpg puts in front of its armor line).
  sed 's/^:-----BEGIN/-----BEGIN/' "$GNUPGHOME/openpgp-revocs.d/$rfpr.rev" | g --import
  gpg --batch --armor --export "$rfpr" >"$TMP/revoked-key.asc"
  refused "manifest signature SHA256SUMS.asc does not verify" \
    timeout 30 "$kit/verify-release.sh" --key "$TMP/revoked-key.asc" --pin "$rfpr" --ca-file "$TMP/cs.crt" "$TMP/r"
}

case_revoked_subkey_refused() {
  # The signing subkey revoked after signing (what RELEASING.md says to do
  # when a subkey leaks: an expired one could still sign backdated).
  g --quick-gen-key "Lumio Leaked <leaked@lumio.invalid>" ed25519 cert 1y
  local lfpr
  lfpr=$(fpr_of leaked@lumio.invalid)
  g --quick-add-key "$lfpr" ed25519 sign 1y
  release "$TMP/r"
  sign_manifest "$TMP/r" "$lfpr"
  printf 'key 1\nrevkey\ny\n0\n\ny\nsave\n' |
    g --yes --command-fd 0 --edit-key "$lfpr" >/dev/null 2>&1
  gpg --batch --with-colons --list-keys "$lfpr" | grep -q '^sub:r:' || fail "the subkey was not revoked (test setup)"
  gpg --batch --armor --export "$lfpr" >"$TMP/leaked-key.asc"
  refused "manifest signature SHA256SUMS.asc does not verify" \
    timeout 30 "$kit/verify-release.sh" --key "$TMP/leaked-key.asc" --pin "$lfpr" --ca-file "$TMP/cs.crt" "$TMP/r"
}

case_fifo_in_folder() {
  release "$TMP/r"
  mkfifo "$TMP/r/notes.txt"
  refused "FAILED: notes.txt is a FIFO" verify "$TMP/r"
}

case_socket_in_folder() {
  release "$TMP/r"
  python3 -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$TMP/r/agent.sock"
  refused "FAILED: agent.sock is a socket" verify "$TMP/r"
}

case_subfolder_in_folder() {
  release "$TMP/r"
  mkdir "$TMP/r/extras"
  refused "FAILED: extras is a folder" verify "$TMP/r"
}

sign() { "$kit/sign-release.sh" "$@"; }

case_sign_short_key_id_refused() {
  release "$TMP/r"; rm "$TMP/r"/SHA256SUMS*
  refused "full fingerprint" sign manifest "$TMP/r" "$deb" "$tar" "$exe" --gpg-key "${fpr: -8}"
  [ ! -e "$TMP/r/SHA256SUMS.asc" ] || fail "signed anyway"
}

case_sign_long_key_id_refused() {
  release "$TMP/r"; rm "$TMP/r"/SHA256SUMS*
  refused "full fingerprint" sign manifest "$TMP/r" "$deb" "$tar" "$exe" --gpg-key "${fpr: -16}"
  [ ! -e "$TMP/r/SHA256SUMS.asc" ] || fail "signed anyway"
}

case_sign_email_refused() {
  release "$TMP/r"; rm "$TMP/r"/SHA256SUMS*
  refused "full fingerprint" sign manifest "$TMP/r" "$deb" "$tar" "$exe" --gpg-key release@lumio.invalid
  [ ! -e "$TMP/r/SHA256SUMS.asc" ] || fail "signed anyway"
}

case_sign_ignores_unlisted_file() {
  rm -rf "$TMP/r"; mkdir "$TMP/r"
  cp "$base/$deb" "$base/$tar" "$TMP/r/"
  cp "$TMP/unsigned.exe" "$TMP/r/$exe"
  cp "$TMP/unsigned.exe" "$TMP/r/stray.exe"
  echo stray >"$TMP/r/stray.txt"
  printf '%s\n' "# CI artifacts" "$deb" "$tar" "$exe" >"$TMP/artifacts"
  accepted sign sign "$TMP/r" --artifacts "$TMP/artifacts" --gpg-key "$fpr" \
    --pkcs12 "$TMP/cs.p12" --pass-file "$TMP/p12.pass"
  [ "$(cut -c67- "$TMP/r/SHA256SUMS")" = "$(printf '%s\n' "$deb" "$exe" "$tar" | sort)" ] ||
    { cat "$TMP/r/SHA256SUMS"; fail "SHA256SUMS does not list exactly the named files"; }
  cmp -s "$TMP/unsigned.exe" "$TMP/r/stray.exe" || fail "the stray .exe was Authenticode-signed"
  cmp -s "$TMP/unsigned.exe" "$TMP/r/$exe" && fail "the listed .exe was not Authenticode-signed"
  grep -q "WARNING: stray.exe is in" "$TMP/out" || { cat "$TMP/out"; fail "no warning about the stray file"; }
  refused "FAILED: stray.txt is in the folder but not in SHA256SUMS" verify "$TMP/r"
  rm "$TMP/r/stray.exe" "$TMP/r/stray.txt"
  accepted verify "$TMP/r"
}

case_sign_refuses_symlinked_artifact() {
  rm -rf "$TMP/r"; mkdir "$TMP/r"
  cp "$base/$deb" "$TMP/r/"
  ln -s "$base/$tar" "$TMP/r/$tar"
  refused "is a symbolic link" sign manifest "$TMP/r" "$deb" "$tar" --gpg-key "$fpr"
  [ ! -e "$TMP/r/SHA256SUMS.asc" ] || fail "signed anyway"
}

note "keys and releases made in $SECONDS s"
cases=(clean_release_verifies attacker_key_appended no_pin_refused malformed_pin_refused
  symlinked_artifact newline_name_matches_listed escaped_name_in_manifest unsigned_exe
  no_authenticode_is_loud expired_subkey_sig_before_expiry_accepted
  expired_subkey_sig_after_expiry_refused revoked_key_refused revoked_subkey_refused fifo_in_folder
  socket_in_folder subfolder_in_folder sign_short_key_id_refused sign_long_key_id_refused
  sign_email_refused sign_ignores_unlisted_file sign_refuses_symlinked_artifact)
[ "${LUMIO_RELEASE_CASES:-}" = "" ] || read -r -a cases <<<"$LUMIO_RELEASE_CASES"
failed_cases=()
for c in "${cases[@]}"; do
  note "$c"
  start=$SECONDS
  if (set -e; "case_$c"); then echo "PASS: $c ($((SECONDS - start)) s)"; else echo "FAIL: $c"; failed_cases+=("$c"); fi
done
if ((${#failed_cases[@]})); then
  fail "${#failed_cases[@]} of ${#cases[@]} case(s) failed: ${failed_cases[*]}"
fi
echo "OK: all ${#cases[@]} cases: every attack is refused, old releases keep verifying"
