#!/usr/bin/env python3
"""Writes (or, with --check, verifies) the .meta file of every asset in the Unity package.

Unity identifies assets by the GUID in their .meta file; a package must ship them, and they must never
change, or scenes and prefabs that reference a script lose it. Here each GUID is derived from the
asset's path (md5 of "com.figment.bridge/<path>"), so regenerating gives the same files.

Unity ignores hidden names and folders ending in "~"; the contents of Samples~ still get .meta files,
because an imported sample keeps them and its scene refers to its scripts by GUID.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "com.figment.bridge"
TRAILER = "  userData: \n  assetBundleName: \n  assetBundleVariant: \n"
IMPORTERS = {
    ".cs": "MonoImporter:\n  externalObjects: {}\n  serializedVersion: 2\n  defaultReferences: []\n"
    "  executionOrder: 0\n  icon: {instanceID: 0}\n",
    ".asmdef": "AssemblyDefinitionImporter:\n  externalObjects: {}\n",
    ".json": "PackageManifestImporter:\n  externalObjects: {}\n",
    ".md": "TextScriptImporter:\n  externalObjects: {}\n",
}
DEFAULT = "DefaultImporter:\n  externalObjects: {}\n"


def guid(rel: str) -> str:
    """The asset's GUID: stable, derived from its package path."""
    return hashlib.md5(f"com.figment.bridge/{rel}".encode()).hexdigest()


def assets(root: Path) -> list[Path]:
    """Every path that needs a .meta file."""
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        parts = rel.parts
        if any(p.startswith(".") for p in parts) or path.suffix == ".meta":
            continue
        if parts[0] == "Documentation~" or (len(parts) == 1 and parts[0].endswith("~")):
            continue
        found.append(path)
    return found


def meta_text(path: Path, root: Path) -> str:
    """The .meta file Unity would write, with the derived GUID."""
    rel = path.relative_to(root).as_posix()
    head = f"fileFormatVersion: 2\nguid: {guid(rel)}\n"
    if path.is_dir():
        return head + "folderAsset: yes\n" + DEFAULT + TRAILER
    importer = IMPORTERS.get(path.suffix, DEFAULT)
    if path.suffix == ".json" and path.name != "package.json":
        importer = "TextScriptImporter:\n  externalObjects: {}\n"
    return head + importer + TRAILER


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems instead of writing")
    args = parser.parse_args()
    wanted = {Path(f"{p}.meta"): meta_text(p, PACKAGE) for p in assets(PACKAGE)}
    problems = []
    for meta, text in wanted.items():
        if not meta.exists() or meta.read_text() != text:
            problems.append(
                f"{'stale' if meta.exists() else 'missing'}: {meta.relative_to(PACKAGE)}"
            )
            if not args.check:
                meta.write_text(text)
    for meta in PACKAGE.rglob("*.meta"):
        if meta not in wanted:
            problems.append(f"orphan: {meta.relative_to(PACKAGE)}")
            if not args.check:
                meta.unlink()
    if args.check:
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    print(f"{len(wanted)} .meta files, {len(problems)} written or removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
