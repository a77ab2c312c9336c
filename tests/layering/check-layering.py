#!/usr/bin/env python3
"""Fails when a source file includes a header from a layer above its own.

Layers, lowest first: api < models < sync (app/sync) < views < app. A file may
include its own layer and the layers below; an include that resolves into a
higher layer is reported with file, line and both layers. Includes are
resolved the way the compiler does for quoted includes: next to the including
file first, then from the project root.

    check-layering.py [ROOT]      # exit 0: clean, 1: violations, 2: usage
"""
import pathlib
import re
import sys

LAYERS = ["api", "models", "sync", "views", "app"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_of(path: pathlib.Path, root: pathlib.Path):
    try:
        parts = path.resolve().relative_to(root.resolve()).parts
    except ValueError:
        return None
    if not parts:
        return None
    if parts[0] == "app":
        return "sync" if len(parts) > 1 and parts[1] == "sync" else "app"
    return parts[0] if parts[0] in LAYERS else None


def resolve(include: str, source: pathlib.Path, root: pathlib.Path):
    for base in (source.parent, root):
        candidate = base / include
        if candidate.is_file():
            return candidate
    return None


def main(argv):
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1] if len(argv) == 2 else pathlib.Path(__file__).parents[2])
    violations = []
    unresolved = []
    checked = 0
    for top in ("api", "models", "views", "app"):
        for source in sorted((root / top).rglob("*")):
            if source.suffix not in (".h", ".cpp") or not source.is_file():
                continue
            own = layer_of(source, root)
            checked += 1
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = resolve(match.group(1), source, root)
                if target is None:
                    # Generated files (moc, ui) are not ours to judge; a
                    # missing header of a layer folder is a typo worth a line.
                    if match.group(1).split("/")[0] in ("api", "models", "views", "app"):
                        unresolved.append(f"{source.relative_to(root)}:{number}: {match.group(1)} not found")
                    continue
                theirs = layer_of(target, root)
                if theirs is None:
                    continue
                if LAYERS.index(theirs) > LAYERS.index(own):
                    violations.append(
                        f"{source.relative_to(root)}:{number}: {own} includes {match.group(1)} ({theirs}, a higher layer)")
    for line in unresolved + violations:
        print(line)
    print(f"LAYERING-FIGURES files={checked} violations={len(violations)} unresolved={len(unresolved)}")
    return 1 if violations or unresolved else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
