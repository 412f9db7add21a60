"""For the preview tests: PNG in and out, GLBs with chosen materials, and the studio or a skip."""

from __future__ import annotations

import json
import shutil
import struct
import zlib

import numpy as np
import pytest

from figment.errors import MissingDependency

__all__ = ["decode_png", "encode_png", "need_studio", "open_studio", "sphere_glb"]


def decode_png(png: bytes) -> np.ndarray:
    """RGBA pixels (h, w, 4) of an 8-bit RGB or RGBA, non-interlaced PNG, any row filters."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", png[16:29])
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    pos, data = 8, b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        if png[pos + 4 : pos + 8] == b"IDAT":
            data += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    bpp = 3 if colour == 2 else 4
    stride = w * bpp
    raw = zlib.decompress(data)
    out = np.zeros((h, stride), np.int32)
    prev = np.zeros(stride, np.int32)
    for y in range(h):
        kind = raw[y * (stride + 1)]
        row = np.frombuffer(raw, np.uint8, stride, y * (stride + 1) + 1).astype(np.int32)
        if kind == 0:
            cur = row
        elif kind == 2:
            cur = (row + prev) & 255
        else:  # Sub, Average and Paeth depend on the pixel to the left: walk the row
            cur = row.copy()
            for x in range(stride):
                a = int(cur[x - bpp]) if x >= bpp else 0
                b = int(prev[x])
                c = int(prev[x - bpp]) if x >= bpp else 0
                if kind == 1:
                    pred = a
                elif kind == 3:
                    pred = (a + b) // 2
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                cur[x] = (cur[x] + pred) & 255
        out[y] = cur
        prev = cur
    pixels = out.astype(np.uint8).reshape(h, w, bpp)
    if bpp == 3:
        pixels = np.concatenate([pixels, np.full((h, w, 1), 255, np.uint8)], axis=2)
    return pixels


def encode_png(rgba: np.ndarray) -> bytes:
    """An 8-bit RGBA PNG of an (h, w, 4) uint8 array (filter 0 rows)."""
    h, w, _ = rgba.shape
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rgba.reshape(h, w * 4)], axis=1).tobytes()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def sphere_glb(material: dict, images: list[np.ndarray] = (), rings: int = 48) -> bytes:
    """A unit UV sphere with normals and texture coordinates, in one glTF ``material``.

    ``images`` become PNG images 0, 1, ... with one texture each (texture i uses image i), so
    the material can name ``{"index": i}`` in any texture slot. Extensions the material uses
    are declared.
    """
    lat = np.linspace(0, np.pi, rings + 1)
    lon = np.linspace(0, 2 * np.pi, 2 * rings + 1)
    la, lo = np.meshgrid(lat, lon, indexing="ij")
    normals = np.stack([np.sin(la) * np.cos(lo), np.cos(la), -np.sin(la) * np.sin(lo)], -1)
    uv = np.stack([lo / (2 * np.pi), la / np.pi], -1)
    cols = 2 * rings + 1
    quads = []
    for i in range(rings):
        for j in range(2 * rings):
            a, b, c, d = i * cols + j, i * cols + j + 1, (i + 1) * cols + j, (i + 1) * cols + j + 1
            quads += [(a, c, b), (b, c, d)]
    arrays = [
        normals.reshape(-1, 3).astype("<f4"),
        normals.reshape(-1, 3).astype("<f4"),
        uv.reshape(-1, 2).astype("<f4"),
        np.array(quads, "<u4").reshape(-1),
    ]
    blob = bytearray()
    views = []
    for arr in arrays:
        views.append({"buffer": 0, "byteOffset": len(blob), "byteLength": arr.nbytes})
        blob += arr.tobytes()
        blob += b"\0" * (-len(blob) % 4)
    pngs = [encode_png(img) for img in images]
    for png in pngs:
        views.append({"buffer": 0, "byteOffset": len(blob), "byteLength": len(png)})
        blob += png
        blob += b"\0" * (-len(blob) % 4)
    n = len(normals.reshape(-1, 3))
    doc = {
        "asset": {"version": "2.0"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [
            {
                "primitives": [
                    {
                        "attributes": {"POSITION": 0, "NORMAL": 1, "TEXCOORD_0": 2},
                        "indices": 3,
                        "material": 0,
                    }
                ]
            }
        ],
        "materials": [material],
        "accessors": [
            {
                "bufferView": 0,
                "componentType": 5126,
                "count": n,
                "type": "VEC3",
                "min": [-1, -1, -1],
                "max": [1, 1, 1],
            },
            {"bufferView": 1, "componentType": 5126, "count": n, "type": "VEC3"},
            {"bufferView": 2, "componentType": 5126, "count": n, "type": "VEC2"},
            {"bufferView": 3, "componentType": 5125, "count": len(quads) * 3, "type": "SCALAR"},
        ],
        "bufferViews": views,
        "buffers": [{"byteLength": len(blob)}],
    }
    if pngs:
        doc["images"] = [{"bufferView": 4 + i, "mimeType": "image/png"} for i in range(len(pngs))]
        doc["textures"] = [{"source": i} for i in range(len(pngs))]
    used = sorted(material.get("extensions", {}))
    if used:
        doc["extensionsUsed"] = used
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    body = struct.pack("<I4s", len(text), b"JSON") + text
    body += struct.pack("<I4s", len(blob), b"BIN\0") + bytes(blob)
    return struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body


def need_studio() -> None:
    """Skip the test, naming what is missing, when this machine cannot render previews.

    Chromium missing is a skip; three.js missing fails where npm is here, because then the
    setup should have installed it.
    """
    from figment_mesh.preview import find_chromium, find_three

    try:
        find_chromium()
    except MissingDependency as exc:
        pytest.skip(str(exc))
    try:
        find_three()
    except MissingDependency as exc:
        if shutil.which("npm") is None:
            pytest.skip(f"{exc} (and npm is not installed)")
        raise


def open_studio():  # -> figment_mesh.preview.Studio
    """A studio (see :func:`need_studio` for when there is none)."""
    from figment_mesh.preview import Studio

    need_studio()
    return Studio()
