#!/usr/bin/env python3
"""Fails when a source file of api/, models/, views/ or app/ grows past the
size a reader can hold in mind (700 lines), unless ALLOWED names it with the
reason it must stay whole. A class that long does more than one job: split it
along its seams (see docs/ARCHITECTURE.md).

    check-file-sizes.py ROOT [LIMIT]   # exit 0: all within, 1: too long
"""
import pathlib
import sys

FOLDERS = ["api", "models", "views", "app"]
# path relative to ROOT -> why it may be longer (none today).
ALLOWED = {}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    limit = int(argv[2]) if len(argv) > 2 else 700
    too_long = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            with open(path, encoding="utf-8", errors="replace") as f:
                lines = sum(1 for _ in f)
            if lines > limit and rel not in ALLOWED:
                too_long.append((lines, rel))
    for lines, rel in sorted(too_long, reverse=True):
        print(f"{rel}: {lines} lines (limit {limit}); split it, or name it in ALLOWED with why")
    if too_long:
        return 1
    print(f"check-file-sizes: every file within {limit} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
