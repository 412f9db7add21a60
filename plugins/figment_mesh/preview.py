"""Offscreen PNG preview of a GLB: a small numpy z-buffer rasterizer, no GPU or display.

``render_png(glb_bytes, size=512)`` reads the GLB's triangles and base colours (any glTF 2.0 GLB
with triangle primitives, node transforms included), looks at it from a 3/4 view with an
orthographic camera, shades each face with Lambert lighting and writes an 8-bit RGB PNG.
"""

from __future__ import annotations

import json
import struct
import zlib

import numpy as np

__all__ = ["MAX_SIZE", "MIN_SIZE", "read_glb", "render_png"]

MIN_SIZE, MAX_SIZE = 16, 4096
_TRI_BITS = 22
_DTYPES = {5120: "i1", 5121: "u1", 5122: "<i2", 5123: "<u2", 5125: "<u4", 5126: "<f4"}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT4": 16}


def _accessor(doc: dict, blob: bytes, i: int) -> np.ndarray:
    acc = doc["accessors"][i]
    view = doc["bufferViews"][acc["bufferView"]]
    dtype = np.dtype(_DTYPES[acc["componentType"]])
    width = _WIDTH[acc["type"]]
    start = view.get("byteOffset", 0) + acc.get("byteOffset", 0)
    stride = view.get("byteStride", 0) or dtype.itemsize * width
    raw = np.frombuffer(blob, np.uint8, acc["count"] * stride, start).reshape(-1, stride)
    return raw[:, : dtype.itemsize * width].copy().view(dtype).reshape(-1, width).astype(float)


def _local(node: dict) -> np.ndarray:
    if "matrix" in node:
        return np.array(node["matrix"], dtype=float).reshape(4, 4).T
    m = np.eye(4)
    x, y, z, w = node.get("rotation", (0.0, 0.0, 0.0, 1.0))
    m[:3, :3] = [
        [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
        [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
        [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
    ]
    m[:3, :3] *= np.asarray(node.get("scale", (1.0, 1.0, 1.0)))
    m[:3, 3] = node.get("translation", (0.0, 0.0, 0.0))
    return m


def read_glb(glb: bytes) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Triangle primitives of a GLB in world space: (vertices, faces, RGBA base colour)."""
    magic, version, _ = struct.unpack_from("<4sII", glb, 0)
    if magic != b"glTF" or version != 2:
        raise ValueError("not a glTF 2.0 GLB")
    jlen, _ = struct.unpack_from("<I4s", glb, 12)
    doc = json.loads(glb[20 : 20 + jlen])
    blob = glb[20 + jlen + 8 :] if len(glb) > 20 + jlen else b""
    out = []
    scene = doc.get("scenes", [{"nodes": list(range(len(doc.get("nodes", []))))}])
    stack = [(n, np.eye(4)) for n in scene[doc.get("scene", 0)]["nodes"]]
    while stack:
        idx, parent = stack.pop()
        node = doc["nodes"][idx]
        world = parent @ _local(node)
        stack += [(c, world) for c in node.get("children", [])]
        if "mesh" not in node:
            continue
        for prim in doc["meshes"][node["mesh"]]["primitives"]:
            if prim.get("mode", 4) != 4:
                continue
            v = _accessor(doc, blob, prim["attributes"]["POSITION"])
            v = v @ world[:3, :3].T + world[:3, 3]
            if "indices" in prim:
                f = _accessor(doc, blob, prim["indices"]).astype(np.int64).reshape(-1, 3)
            else:
                f = np.arange(len(v)).reshape(-1, 3)
            mat = doc["materials"][prim["material"]] if "material" in prim else {}
            rgba = mat.get("pbrMetallicRoughness", {}).get("baseColorFactor", [0.8] * 3 + [1])
            emissive = np.asarray(mat.get("emissiveFactor", [0, 0, 0]), dtype=float)
            out.append((v, f, np.concatenate([np.maximum(rgba[:3], emissive), rgba[3:]])))
    return out


def _png(rgb: np.ndarray) -> bytes:
    h, w, _ = rgb.shape
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rgb.reshape(h, w * 3)], 1).tobytes()

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def _view(yaw: float, pitch: float) -> np.ndarray:
    cy, sy = np.cos(np.radians(yaw)), np.sin(np.radians(yaw))
    cp, sp = np.cos(np.radians(pitch)), np.sin(np.radians(pitch))
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rx = np.array([[1, 0, 0], [0, cp, -sp], [0, sp, cp]])
    return rx @ ry


def render_png(glb: bytes, size: int = 512, yaw: float = -35.0, pitch: float = 25.0) -> bytes:
    """A PNG (size × size) of the GLB from a 3/4 view, Lambert-shaded in its base colours."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be in [{MIN_SIZE}, {MAX_SIZE}] (got {size})")
    ss = 2  # supersampling factor for anti-aliased edges
    n = size * ss
    yy = np.linspace(0.0, 1.0, n)[:, None, None]
    image = np.array([0.17, 0.18, 0.22]) * (1 - yy) + np.array([0.08, 0.08, 0.1]) * yy
    image = np.broadcast_to(image, (n, n, 3)).reshape(-1, 3).copy()
    prims = read_glb(glb)
    if prims:
        rot = _view(yaw, pitch)
        verts = [v @ rot.T for v, _, _ in prims]
        allv = np.concatenate(verts)
        lo, hi = allv.min(0), allv.max(0)
        scale = 0.86 * n / max(float((hi - lo)[:2].max()), 1e-9)
        centre = (lo + hi) / 2
        tris, cols = [], []
        light = np.array([0.35, 0.6, 0.72])
        light /= np.linalg.norm(light)
        for v, (_, f, rgba) in zip(verts, prims, strict=True):
            p = (v - centre) * scale
            p[:, 0] += n / 2
            p[:, 1] = n / 2 - p[:, 1]
            t = p[f]
            fn = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
            fn /= np.maximum(np.linalg.norm(fn, axis=1, keepdims=True), 1e-12)
            lam = 0.3 + 0.7 * np.abs(fn @ light)
            tris.append(t)
            cols.append(np.clip(rgba[:3], 0, 1) ** (1 / 2.2) * lam[:, None])
        _raster(np.concatenate(tris), np.concatenate(cols), image, n)
    img = image.reshape(n, n, 3).reshape(size, ss, size, ss, 3).mean((1, 3))
    return _png((np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8))


def _spans(t: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per triangle and pixel row: (triangle, row, first column, last column) it covers."""
    y0 = np.clip(np.ceil(t[:, :, 1].min(1) - 0.5), 0, n).astype(np.int64)
    y1 = np.clip(np.floor(t[:, :, 1].max(1) - 0.5), -1, n - 1).astype(np.int64)
    rows = np.maximum(y1 - y0 + 1, 0)
    tri = np.repeat(np.arange(len(t)), rows)
    y = y0[tri] + np.arange(len(tri)) - np.repeat(np.cumsum(rows) - rows, rows)
    yc = y + 0.5
    lo = np.full(len(tri), np.inf)
    hi = np.full(len(tri), -np.inf)
    for i, j in ((0, 1), (1, 2), (2, 0)):
        p, q = t[tri, i], t[tri, j]
        dy = q[:, 1] - p[:, 1]
        cross = (np.minimum(p[:, 1], q[:, 1]) <= yc) & (yc <= np.maximum(p[:, 1], q[:, 1]))
        cross &= np.abs(dy) > 1e-12
        x = p[:, 0] + (yc - p[:, 1]) * (q[:, 0] - p[:, 0]) / np.where(cross, dy, 1.0)
        lo = np.where(cross, np.minimum(lo, x), lo)
        hi = np.where(cross, np.maximum(hi, x), hi)
    ok = np.isfinite(lo)
    x0 = np.clip(np.ceil(np.where(ok, lo, 0) - 0.5), 0, n).astype(np.int64)
    x1 = np.clip(np.floor(np.where(ok, hi, -1) - 0.5), -1, n - 1).astype(np.int64)
    return tri, y, x0, np.where(ok, x1, x0 - 1)


def _raster(t: np.ndarray, col: np.ndarray, image: np.ndarray, n: int) -> None:
    """Z-buffer the triangles (screen x, y, depth toward the viewer is +z) into ``image``.

    Triangles are walked row by row over the pixels whose centres they cover. Each sample keeps
    max(depth key): the depth quantised to 40 bits in the high bits and the triangle index in the
    low 22, so one ``np.maximum.at`` pass is the whole z-test.
    """
    if len(t) >= 1 << _TRI_BITS:
        raise ValueError(f"at most {(1 << _TRI_BITS) - 1} triangles can be previewed")
    a, b, c = t[:, 0], t[:, 1], t[:, 2]
    det = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1])
    keep = np.abs(det) > 1e-12
    t, col, a, b, c, det = t[keep], col[keep], a[keep], b[keep], c[keep], det[keep]
    # Depth as a plane over the screen: z = a.z + gx (x - a.x) + gy (y - a.y).
    gx = (
        (b[:, 2] - a[:, 2]) * (c[:, 1] - a[:, 1]) - (c[:, 2] - a[:, 2]) * (b[:, 1] - a[:, 1])
    ) / det
    gy = (
        (c[:, 2] - a[:, 2]) * (b[:, 0] - a[:, 0]) - (b[:, 2] - a[:, 2]) * (c[:, 0] - a[:, 0])
    ) / det
    zlo, zhi = float(t[:, :, 2].min(initial=0.0)), float(t[:, :, 2].max(initial=1.0))
    zscale = ((1 << 40) - 1) / max(zhi - zlo, 1e-12)
    tri, y, x0, x1 = _spans(t, n)
    width = np.maximum(x1 - x0 + 1, 0)
    tri, y, x0, width = tri[width > 0], y[width > 0], x0[width > 0], width[width > 0]
    zbuf = np.full(n * n, -1, dtype=np.int64)
    step = 1 << 16
    for s in range(0, len(tri), step):
        tr, yy, xx, w = tri[s : s + step], y[s : s + step], x0[s : s + step], width[s : s + step]
        pt = np.repeat(tr, w)
        px = np.repeat(xx, w) + np.arange(len(pt)) - np.repeat(np.cumsum(w) - w, w)
        py = np.repeat(yy, w)
        z = a[pt, 2] + gx[pt] * (px + 0.5 - a[pt, 0]) + gy[pt] * (py + 0.5 - a[pt, 1])
        key = (np.clip(z - zlo, 0, None) * zscale).astype(np.int64) << _TRI_BITS | pt
        np.maximum.at(zbuf, py * n + px, key)
    hit = zbuf >= 0
    image[hit] = col[zbuf[hit] & ((1 << _TRI_BITS) - 1)]
