"""Godot 4.4+ resource uids for scripts: the ``.gd.uid`` file the editor writes beside each script.

A uid is a random 63-bit number written as ``uid://`` and base-34 digits (``a``-``y`` then ``0``-``8``:
Godot's alphabet, which never uses ``z`` or ``9``; core/io/resource_uid.cpp). It is stored, not
derived from the path, so a moved script keeps it. Run this file to give every script of
``bridges/godot`` that has none a new uid (the editor would do the same on first open)::

    python tests/bridges/godot/godot_uid.py
"""

from __future__ import annotations

import re
import secrets
import sys
from pathlib import Path

__all__ = ["UID_TEXT", "id_to_text", "new_uid", "scripts_without_uid", "write_missing"]

_ALPHABET = "abcdefghijklmnopqrstuvwxy012345678"
UID_TEXT = re.compile(r"uid://[a-y0-8]{1,13}")


def id_to_text(uid: int) -> str:
    """The text form of ``uid`` (a non-negative 63-bit number), as ResourceUID::id_to_text."""
    if not 0 <= uid < 1 << 63:
        raise ValueError(f"not a 63-bit uid: {uid}")
    digits = ""
    while True:
        uid, c = divmod(uid, len(_ALPHABET))
        digits = _ALPHABET[c] + digits
        if uid == 0:
            return "uid://" + digits


def new_uid() -> str:
    """A fresh random uid, as the editor makes one."""
    return id_to_text(secrets.randbits(63))


def scripts_without_uid(root: Path) -> list[Path]:
    """Scripts under ``root`` (outside ``.godot`` and symlinked folders) without a ``.uid`` file."""
    return [
        p
        for p in sorted(root.rglob("*.gd"))
        if ".godot" not in p.parts
        and p.resolve() == p.absolute()
        and not p.with_name(p.name + ".uid").exists()
    ]


def write_missing(root: Path) -> list[Path]:
    """Give each script without a uid a new one; returns the files written."""
    written = []
    for script in scripts_without_uid(root):
        target = script.with_name(script.name + ".uid")
        target.write_text(new_uid() + "\n")
        written.append(target)
    return written


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[3] / "bridges" / "godot"
    for path in write_missing(root):
        print("wrote", path.relative_to(root))
    sys.exit(0)
