#!/usr/bin/env python3
"""Writes (or, with --check, verifies) the .meta file of every asset in the Unity package.

Unity identifies assets by the GUID in their .meta file; a package must ship them, and a GUID must
never change, or scenes and prefabs that reference a script lose it. So a GUID is stored, not
derived: an existing .meta keeps its GUID whatever the file is called, a new asset gets a random
one, and `mv` renames an asset together with its .meta, as Unity does on a move:

    unity_meta.py            write missing .meta files, refresh stale ones (GUIDs kept)
    unity_meta.py --check    report missing, stale, orphaned or duplicate .meta files
    unity_meta.py mv OLD NEW rename an asset (file or folder) and its .meta, inside the package

Unity ignores hidden names and folders ending in "~"; the contents of Samples~ still get .meta files,
because an imported sample keeps them and its scene refers to its scripts by GUID.
"""

from __future__ import annotations

import argparse
import re
import sys
import uuid
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
GUID = re.compile(r"^guid: ([0-9a-f]{32})$", re.MULTILINE)


def new_guid() -> str:
    """A fresh GUID, as Unity makes one for a new asset."""
    return uuid.uuid4().hex


def stored_guid(meta: Path) -> str | None:
    """The GUID a .meta file holds, or None."""
    if not meta.is_file():
        return None
    found = GUID.search(meta.read_text())
    return found.group(1) if found else None


def assets(root: Path) -> list[Path]:
    """Every path that needs a .meta file."""
    found = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(p.startswith(".") for p in parts) or path.suffix == ".meta":
            continue
        if parts[0] == "Documentation~" or (len(parts) == 1 and parts[0].endswith("~")):
            continue
        found.append(path)
    return found


def meta_text(path: Path, guid: str) -> str:
    """The .meta file Unity writes for ``path``, with ``guid``."""
    head = f"fileFormatVersion: 2\nguid: {guid}\n"
    if path.is_dir():
        return head + "folderAsset: yes\n" + DEFAULT + TRAILER
    importer = IMPORTERS.get(path.suffix, DEFAULT)
    if path.suffix == ".json" and path.name != "package.json":
        importer = "TextScriptImporter:\n  externalObjects: {}\n"
    return head + importer + TRAILER


def meta_of(path: Path) -> Path:
    return path.with_name(path.name + ".meta")


def sync(root: Path, check: bool) -> list[str]:
    """Problems found; unless ``check``, also writes what is missing or stale (GUIDs kept)."""
    problems = []
    wanted = set()
    owners: dict[str, Path] = {}
    for path in assets(root):
        meta = meta_of(path)
        wanted.add(meta)
        guid = stored_guid(meta)
        rel = meta.relative_to(root)
        if guid is None:
            problems.append(f"missing: {rel}")
            guid = new_guid()
        elif guid in owners:
            problems.append(f"duplicate GUID {guid}: {rel} and {owners[guid].relative_to(root)}")
            guid = new_guid()  # the later one (in path order) gives way
        elif meta.read_text() != meta_text(path, guid):
            problems.append(f"stale: {rel}")
        owners[guid] = meta
        text = meta_text(path, guid)
        if not check and (not meta.exists() or meta.read_text() != text):
            meta.write_text(text)
    for meta in sorted(root.rglob("*.meta")):
        if meta not in wanted:
            problems.append(
                f"orphan: {meta.relative_to(root)} (its asset is gone; after a rename, move the "
                ".meta with it: unity_meta.py mv OLD NEW)"
            )
    return problems


def move(root: Path, old: str, new: str) -> None:
    """Renames ``old`` to ``new`` (package-relative) with its .meta, so its GUID stays."""
    source, target = root / old, root / new
    for p in (source, target):
        if root.resolve() not in p.resolve().parents:
            raise SystemExit(f"{p} is not inside the package")
    if not source.exists():
        raise SystemExit(f"no such asset: {old}")
    if target.exists() or meta_of(target).exists():
        raise SystemExit(f"already exists: {new}")
    target.parent.mkdir(parents=True, exist_ok=True)
    source.rename(target)
    if meta_of(source).exists():
        meta_of(source).rename(meta_of(target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems instead of writing")
    parser.add_argument("--package", type=Path, default=PACKAGE, help="the package folder")
    parser.add_argument("command", nargs="*", help="mv OLD NEW: rename an asset with its .meta")
    args = parser.parse_args(argv)
    root = args.package.resolve()
    if args.command:
        if len(args.command) != 3 or args.command[0] != "mv":
            parser.error("the only command is: mv OLD NEW")
        move(root, args.command[1], args.command[2])
        return 0
    problems = sync(root, args.check)
    if args.check:
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    print(f"{len(assets(root))} .meta files, {len(problems)} problems fixed or reported")
    for p in problems:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
