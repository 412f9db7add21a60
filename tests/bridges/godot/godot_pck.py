"""Write Godot 4 resource packs (.pck) from plain files, for the web engine the tests run.

The layout follows Godot's ``core/io/file_access_pack.cpp`` (pack format 3, used since 4.4):

    header   magic "GDPC", u32 format (3), u32 major, u32 minor, u32 patch, u32 pack flags,
             u64 file base, u64 directory offset, 16 reserved u32, padding to 16
    files    each file's bytes, each starting on a 16-byte boundary (offsets relative to file base)
    dir      u32 count, then per file: u32 path length (NUL padded to a multiple of 4), the path
             without "res://", u64 offset, u64 size, 16-byte md5, u32 flags

All integers are little-endian. The engine reads the project settings from ``project.godot`` as
text when no ``project.binary`` is present, loads ``.gd`` sources as text, and finds ``class_name``
scripts only through ``.godot/global_script_class_cache.cfg``, which the editor normally writes;
:func:`class_cache` generates it.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Mapping
from pathlib import Path

__all__ = ["PCK_FORMAT", "build_pack", "class_cache", "collect", "read_pack"]

MAGIC = 0x43504447  # "GDPC"
PCK_FORMAT = 3
PACK_REL_FILEBASE = 1 << 1
ALIGN = 16

_CLASS_RE = re.compile(r"^class_name\s+(\w+)", re.MULTILINE)
_EXTENDS_RE = re.compile(r"^extends\s+(\w+)", re.MULTILINE)


def _pad(n: int, align: int) -> int:
    return (align - n % align) % align


def build_pack(files: Mapping[str, bytes], version: tuple[int, int, int] = (4, 6, 0)) -> bytes:
    """Return a pack holding ``files`` (keys are ``res://`` paths or paths relative to it)."""
    header_size = 4 * 6 + 8 + 8 + 16 * 4
    file_base = header_size + _pad(header_size, ALIGN)
    body = bytearray()
    entries: list[tuple[str, int, int, bytes]] = []
    for name in sorted(files):
        path = name.removeprefix("res://")
        if not path or path.startswith("/") or ".." in path.split("/"):
            raise ValueError(f"bad pack path: {name!r}")
        data = files[name]
        entries.append((path, len(body), len(data), hashlib.md5(data).digest()))
        body += data
        body += b"\0" * _pad(len(body), ALIGN)
    directory = bytearray(struct.pack("<I", len(entries)))
    for path, offset, size, md5 in entries:
        raw = path.encode()
        raw += b"\0" * _pad(len(raw), 4)
        directory += struct.pack("<I", len(raw)) + raw + struct.pack("<QQ", offset, size) + md5
        directory += struct.pack("<I", 0)
    header = struct.pack(
        "<IIIIIIQQ",
        MAGIC,
        PCK_FORMAT,
        *version,
        PACK_REL_FILEBASE,
        file_base,
        file_base + len(body),
    )
    header += b"\0" * (file_base - len(header))
    return bytes(header + body + directory)


def read_pack(data: bytes) -> dict[str, bytes]:
    """Parse a format-3 pack back into ``{res_path: bytes}`` (to test the writer and inspect packs)."""
    magic, fmt, _major, _minor, _patch, flags, file_base, dir_offset = struct.unpack_from(
        "<IIIIIIQQ", data, 0
    )
    if magic != MAGIC or fmt != PCK_FORMAT:
        raise ValueError(f"not a format-{PCK_FORMAT} pack (magic {magic:#x}, format {fmt})")
    if flags & ~PACK_REL_FILEBASE:
        raise ValueError(f"unsupported pack flags {flags:#x}")
    (count,) = struct.unpack_from("<I", data, dir_offset)
    pos = dir_offset + 4
    out: dict[str, bytes] = {}
    for _ in range(count):
        (length,) = struct.unpack_from("<I", data, pos)
        path = data[pos + 4 : pos + 4 + length].rstrip(b"\0").decode()
        pos += 4 + length
        offset, size = struct.unpack_from("<QQ", data, pos)
        md5 = data[pos + 16 : pos + 32]
        pos += 36
        blob = data[file_base + offset : file_base + offset + size]
        if hashlib.md5(blob).digest() != md5:
            raise ValueError(f"md5 mismatch for {path}")
        out["res://" + path] = blob
    return out


def class_cache(files: Mapping[str, bytes]) -> bytes:
    """The ``global_script_class_cache.cfg`` the editor would write for the ``class_name`` scripts."""
    items = []
    for name in sorted(files):
        if not name.endswith(".gd"):
            continue
        source = files[name].decode()
        cls = _CLASS_RE.search(source)
        if cls is None:
            continue
        base = _EXTENDS_RE.search(source)
        items.append(
            "{\n"
            f'"base": &"{base.group(1) if base else "RefCounted"}",\n'
            f'"class": &"{cls.group(1)}",\n'
            '"icon": "",\n"is_abstract": false,\n'
            f'"is_tool": {"true" if "@tool" in source.split("extends", 1)[0] else "false"},\n'
            '"language": &"GDScript",\n'
            f'"path": "{name}"\n'
            "}"
        )
    return ("list=[" + ", ".join(items) + "]\n").encode()


def collect(root: Path, prefix: str = "res://") -> dict[str, bytes]:
    """Every file under ``root`` as ``{prefix + relative path: bytes}``, skipping dot-folders."""
    out: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            out[prefix + rel.as_posix()] = path.read_bytes()
    return out
