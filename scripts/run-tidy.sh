#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy over every translation unit of
# app/, views/, models/ and api/ in <build dir>/compile_commands.json (any
# preset exports one; build first so moc output exists). Generated files
# live in the build tree and are not linted. Exits non-zero on any finding
# (.clang-tidy: WarningsAsErrors '*'). CTest runs it as clang_tidy (label
# `tidy`) in the main CI stage.
#
# A full run costs about 11 CPU-minutes, so clean results are cached, like
# ccache does for compiles: a file is skipped only when clang-tidy already
# found it clean with the same tool version, the same .clang-tidy and the
# same preprocessed input (the file, every header it includes, its moc
# output and its compile flags). Any change to any of those lints it again.
# LUMIO_TIDY_CACHE sets the cache directory; LUMIO_TIDY_CACHE=off disables it.
#
#   scripts/run-tidy.sh build/ci            # all cores; LUMIO_TIDY_JOBS=n to limit
#   scripts/run-tidy.sh build/ci views/     # only files whose path matches
set -euo pipefail
build=${1:?usage: run-tidy.sh <build dir> [path regex]}
filter=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
tidy=$(command -v clang-tidy-14 || command -v clang-tidy) || {
    echo "run-tidy: clang-tidy not found (scripts/bootstrap-debian.sh installs it)" >&2
    exit 1
}
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy) || {
    echo "run-tidy: run-clang-tidy not found" >&2
    exit 1
}
[ -f "$build/compile_commands.json" ] || {
    echo "run-tidy: no $build/compile_commands.json (configure with a preset first)" >&2
    exit 1
}
jobs=${LUMIO_TIDY_JOBS:-$(nproc)}
cache=${LUMIO_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lumio-tidy}
start=$SECONDS
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Which files need linting, and the cache key of each (files.tsv: key, path).
python3 - "$root" "$build" "$filter" "$tidy" "$cache" "$jobs" "$work" <<'EOF'
import hashlib, json, os, re, shlex, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
root, build, filt, tidy, cache, jobs, work = sys.argv[1:8]
pattern = re.compile('^' + re.escape(root) + '/(app|views|models|api)/.*' + filt + r'.*\.cpp$')
entries = [e for e in json.load(open(os.path.join(build, 'compile_commands.json')))
           if pattern.match(os.path.realpath(os.path.join(e['directory'], e['file'])))]
version = subprocess.run([tidy, '--version'], capture_output=True, text=True).stdout
config = open(os.path.join(root, '.clang-tidy'), 'rb').read()

def key(entry):
    args = entry.get('arguments') or shlex.split(entry['command'])
    out, skip = [], False
    for a in args:  # the compile command, preprocessing only, to stdout
        if skip:
            skip = False
            continue
        if a == '-o':
            skip = True
            continue
        if a == '-c':
            continue
        out.append(a)
    cpp = subprocess.run(out + ['-E', '-P', '-o', '-'], cwd=entry['directory'],
                         capture_output=True)
    if cpp.returncode != 0:
        return None  # cannot preprocess: lint it, clang-tidy will say why
    h = hashlib.sha256()
    for part in (version.encode(), config, ' '.join(out).replace(root, '@').encode(),
                 cpp.stdout.replace(root.encode(), b'@').replace(build.encode(), b'@build')):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()

use_cache = cache != 'off'
with ThreadPoolExecutor(max_workers=int(jobs)) as pool:
    keys = list(pool.map(key, entries)) if use_cache else [None] * len(entries)
todo, cached = [], 0
for entry, k in zip(entries, keys):
    path = os.path.realpath(os.path.join(entry['directory'], entry['file']))
    if k and os.path.exists(os.path.join(cache, k)):
        cached += 1
    else:
        todo.append((k or '-', path))
with open(os.path.join(work, 'files.tsv'), 'w') as f:
    for k, path in todo:
        f.write(k + '\t' + path + '\n')
print(f'run-tidy: {len(entries)} files, {cached} clean in the cache, {len(todo)} to lint')
EOF

if [ -s "$work/files.tsv" ]; then
    regexes=()
    while IFS=$'\t' read -r _ path; do
        regexes+=("^$(printf '%s' "$path" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$")
    done <"$work/files.tsv"
    # Only the findings: drop clang-tidy's per-file "N warnings generated" noise.
    "$runner" -clang-tidy-binary "$tidy" -p "$build" -j "$jobs" -quiet "${regexes[@]}" 2>&1 |
        { grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|clang-tidy[-0-9]* .* -quiet |^$' || true; }
    # Reached only when every file was clean (set -e, pipefail): remember them.
    if [ "$cache" != off ]; then
        mkdir -p "$cache"
        while IFS=$'\t' read -r key _; do
            [ "$key" = - ] || : >"$cache/$key"
        done <"$work/files.tsv"
    fi
fi
echo "run-tidy: clean ($((SECONDS - start)) s, $jobs jobs)"
