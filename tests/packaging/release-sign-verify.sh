#!/usr/bin/env bash
# release-sign-verify.sh <packaging/release dir> <packages dir>
# The offline signing kit end to end with throwaway keys made here (a GPG key
# in a temp GNUPGHOME, a self-signed code-signing certificate): sign the .deb,
# the tarball and a tiny Windows PE, verify; then flip one byte in an
# artifact, in SHA256SUMS, in SHA256SUMS.asc and in the PE's Authenticode
# signature, and expect verification to fail naming what failed. The attacks
# on the verifier itself (unpinned keys, symlinks, odd names, unsigned
# Windows files, expiry) are in release-verify-attacks.sh.
source "$(dirname "$0")/common.sh"
kit=$1
deb=$(find_deb "$2") tarball=$(find_tarball "$2")
for tool in gpg openssl osslsigncode python3; do
  command -v $tool >/dev/null || skip "$tool missing (scripts/bootstrap-debian.sh installs it)"
done
make_tmp
export GNUPGHOME="$TMP/gnupg"
mkdir -m 700 "$GNUPGHOME"

# --- throwaway keys --------------------------------------------------------------
gpg --batch --quiet --passphrase '' --quick-gen-key "Lumio Test Release <test@lumio.invalid>" ed25519 sign 1d
fpr=$(gpg --batch --with-colons --list-keys test@lumio.invalid | awk -F: '$1=="fpr"{print $10; exit}')
gpg --batch --armor --export "$fpr" >"$TMP/release-key.asc"
openssl req -x509 -newkey rsa:3072 -nodes -keyout "$TMP/cs.key" -out "$TMP/cs.crt" -days 2 \
  -subj "/CN=Lumio Test Code Signing" -addext "extendedKeyUsage=codeSigning" \
  -addext "keyUsage=critical,digitalSignature" 2>/dev/null
printf 'throwaway\n' >"$TMP/p12.pass"
openssl pkcs12 -export -inkey "$TMP/cs.key" -in "$TMP/cs.crt" -out "$TMP/cs.p12" -passout file:"$TMP/p12.pass"

# --- a release folder as CI would hand it over -----------------------------------
rel="$TMP/release"
mkdir "$rel"
cp "$deb" "$tarball" "$rel/"
python3 "$(dirname "$0")/make-tiny-pe.py" "$rel/lumio-bot-control-tiny.exe"
# The files to sign, by name: sign-release.sh signs nothing else.
printf '%s\n' "$(basename "$deb")" "$(basename "$tarball")" lumio-bot-control-tiny.exe >"$TMP/artifacts"

"$kit/sign-release.sh" sign "$rel" --artifacts "$TMP/artifacts" --gpg-key "$fpr" \
  --pkcs12 "$TMP/cs.p12" --pass-file "$TMP/p12.pass"
verify() { "$kit/verify-release.sh" --key "$TMP/release-key.asc" --pin "$fpr" --ca-file "$TMP/cs.crt" "$@"; }

note "clean release must verify"
verify "$rel" >"$TMP/out" 2>&1 || { cat "$TMP/out"; fail "a correctly signed release does not verify"; }
cat "$TMP/out"
grep -q "ok: Authenticode signature of lumio-bot-control-tiny.exe" "$TMP/out" || fail "the PE's Authenticode signature was not checked"
(cd "$rel" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS is not sha256sum -c compatible"

# expect_failure <what> <pattern the report must contain>: verification of
# $TMP/t must fail and name the problem.
expect_failure() {
  local what=$1 pattern=$2 rc=0
  verify "$TMP/t" >"$TMP/out" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then cat "$TMP/out"; fail "$what: verification passed"; fi
  grep -q -- "$pattern" "$TMP/out" || { cat "$TMP/out"; fail "$what: report does not say '$pattern'"; }
  note "$what: fails as expected: $(grep -m1 -- "$pattern" "$TMP/out")"
}
fresh_copy() { rm -rf "$TMP/t"; cp -a "$rel" "$TMP/t"; }
flip_byte() {  # <file> <offset>: inverts the bits of one byte
  python3 - "$1" "$2" <<'PY'
import sys
path, off = sys.argv[1], int(sys.argv[2])
data = bytearray(open(path, "rb").read())
off = off % len(data)
data[off] ^= 0xFF
open(path, "wb").write(bytes(data))
PY
}

note "one byte flipped in the .deb"
fresh_copy; flip_byte "$TMP/t/$(basename "$deb")" 5000
expect_failure "flipped .deb" "FAILED: checksum of $(basename "$deb")"

note "one byte flipped in the tarball"
fresh_copy; flip_byte "$TMP/t/$(basename "$tarball")" 100
expect_failure "flipped tarball" "FAILED: checksum of $(basename "$tarball")"

note "one byte flipped in SHA256SUMS"
fresh_copy; flip_byte "$TMP/t/SHA256SUMS" 10
expect_failure "flipped manifest" "FAILED: manifest signature SHA256SUMS.asc does not verify"

note "one byte flipped in SHA256SUMS.asc (inside the signature packet)"
fresh_copy
# Flip a base64 character of the signature body (line 3), keeping it base64.
python3 - "$TMP/t/SHA256SUMS.asc" <<'PY'
import sys
p = sys.argv[1]
lines = open(p).read().split("\n")
i = next(n for n, l in enumerate(lines) if l and not l.startswith("-----") and ":" not in l)
l = lines[i]
c = l[20]
lines[i] = l[:20] + ("A" if c != "A" else "B") + l[21:]
open(p, "w").write("\n".join(lines))
PY
expect_failure "flipped signature" "FAILED: manifest signature SHA256SUMS.asc does not verify"

note "one byte flipped in the PE's Authenticode signature, manifest re-signed"
fresh_copy
pe="$TMP/t/lumio-bot-control-tiny.exe"
# The signature is appended after the 0x400 bytes of the image; flip a byte in it.
flip_byte "$pe" 1400
"$kit/sign-release.sh" manifest "$TMP/t" --artifacts "$TMP/artifacts" --gpg-key "$fpr" >/dev/null
expect_failure "flipped Authenticode signature" "FAILED: Authenticode signature of lumio-bot-control-tiny.exe"

note "a file added to the folder after signing"
fresh_copy; echo extra >"$TMP/t/extra.txt"
expect_failure "unlisted file" "FAILED: extra.txt is in the folder but not in SHA256SUMS"

note "signed by another key"
fresh_copy
gpg --batch --quiet --passphrase '' --quick-gen-key "Mallory <mallory@lumio.invalid>" ed25519 sign 1d
mallory=$(gpg --batch --with-colons --list-keys mallory@lumio.invalid | awk -F: '$1=="fpr"{print $10; exit}')
"$kit/sign-release.sh" manifest "$TMP/t" --artifacts "$TMP/artifacts" --gpg-key "$mallory" >/dev/null
expect_failure "wrong signer" "FAILED: manifest signature SHA256SUMS.asc does not verify"

note "missing public key fails clearly"
rc=0; "$kit/verify-release.sh" --key "$TMP/nonexistent.asc" --pin "$fpr" "$rel" >"$TMP/out" 2>&1 || rc=$?
[ "$rc" -ne 0 ] && grep -q "release public key not found" "$TMP/out" || { cat "$TMP/out"; fail "missing key not reported"; }

note "hash-travels flow: extract-data offline signature, attach"
rm -rf "$TMP/t" "$TMP/transfer"; mkdir "$TMP/t"
python3 "$(dirname "$0")/make-tiny-pe.py" "$TMP/t/lumio-bot-control-tiny.exe"
cp "$tarball" "$TMP/t/"
"$kit/sign-release.sh" extract "$TMP/t" "$TMP/transfer"
"$kit/sign-release.sh" sign-requests "$TMP/transfer" --pkcs12 "$TMP/cs.p12" --pass-file "$TMP/p12.pass"
"$kit/sign-release.sh" attach "$TMP/t" "$TMP/transfer" --ca-file "$TMP/cs.crt"
"$kit/sign-release.sh" manifest "$TMP/t" lumio-bot-control-tiny.exe "$(basename "$tarball")" --gpg-key "$fpr"
verify "$TMP/t" >"$TMP/out" 2>&1 || { cat "$TMP/out"; fail "release signed through extract/attach does not verify"; }
grep -q "ok: Authenticode signature of lumio-bot-control-tiny.exe" "$TMP/out" || fail "attached signature not verified"

echo "OK: signing kit signs and verifies; every tampering is caught and named"
