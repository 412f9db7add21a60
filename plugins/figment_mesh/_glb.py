"""A small deterministic GLB (binary glTF 2.0) writer.

Written by hand rather than through trimesh's exporter so the bytes depend only on the geometry
and the images (no timestamps, no dict-order surprises) and so materials can carry the
extensions engines read (see ``_materials``). Images are embedded (JPEG) and sampled with
repeat, since UVs run past 1 on tiling textures. A breathing object (``_breath``) carries one
morph target per primitive and a looping animation of its weight.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ._breath import ANIMATION, TARGET, Breath
from ._materials import material_for

__all__ = ["Primitive", "material_for", "write_glb"]

_SAMPLER = {"magFilter": 9729, "minFilter": 9987, "wrapS": 10497, "wrapT": 10497}
"""Linear, mipmapped, repeating: every texture tiles."""


@dataclass(frozen=True)
class Primitive:
    """One material group: float32 positions and normals, uint32 triangle indices, for a
    textured material its texture coordinates and tangents, and for a breathing object the
    position offsets of its morph target at the top of a breath."""

    positions: np.ndarray
    normals: np.ndarray
    indices: np.ndarray
    material: dict
    uv: np.ndarray | None = None
    tangents: np.ndarray | None = None
    swell: np.ndarray | None = None


def write_glb(
    prims: list[Primitive], name: str, images: Sequence[bytes] = (), breath: Breath | None = None
) -> bytes:
    """Serialise material groups as one node with one mesh into GLB bytes; texture i of the
    materials samples ``images[i]`` (JPEG). With ``breath``, every primitive gets a morph target
    (its ``swell``, zero where it has none) and the node an animation of its weight."""
    blob = bytearray()
    views: list[dict] = []
    accessors: list[dict] = []

    def add(data: bytes, target: int | None) -> int:
        view = {"buffer": 0, "byteOffset": len(blob), "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        views.append(view)
        blob.extend(data)
        blob.extend(b"\0" * (-len(blob) % 4))
        return len(views) - 1

    gl_prims, materials = [], []
    for p in prims:
        pos = np.ascontiguousarray(p.positions, dtype="<f4")
        nrm = np.ascontiguousarray(p.normals, dtype="<f4")
        wide = len(pos) > 65535
        idx = np.ascontiguousarray(p.indices.ravel(), dtype="<u4" if wide else "<u2")
        accessors.append(
            {
                "bufferView": add(pos.tobytes(), 34962),
                "componentType": 5126,
                "count": len(pos),
                "type": "VEC3",
                "min": [float(x) for x in pos.min(0)],
                "max": [float(x) for x in pos.max(0)],
            }
        )
        accessors.append(
            {"bufferView": add(nrm.tobytes(), 34962), "componentType": 5126, "count": len(nrm),
             "type": "VEC3"}
        )  # fmt: skip
        accessors.append(
            {"bufferView": add(idx.tobytes(), 34963), "componentType": 5125 if wide else 5123,
             "count": len(idx), "type": "SCALAR"}
        )  # fmt: skip
        n = len(accessors)
        attributes = {"POSITION": n - 3, "NORMAL": n - 2}
        for key, arr, kind in (("TEXCOORD_0", p.uv, "VEC2"), ("TANGENT", p.tangents, "VEC4")):
            if arr is not None:
                data = np.ascontiguousarray(arr, dtype="<f4")
                accessors.append(
                    {"bufferView": add(data.tobytes(), 34962), "componentType": 5126,
                     "count": len(data), "type": kind}
                )  # fmt: skip
                attributes[key] = len(accessors) - 1
        materials.append(p.material)
        gl_prim = {"attributes": attributes, "indices": n - 1, "material": len(materials) - 1}
        if breath is not None:
            # glTF: every primitive of a mesh has the same targets; min/max are required.
            swell = np.zeros_like(pos) if p.swell is None else p.swell
            data = np.ascontiguousarray(swell, dtype="<f4")
            accessors.append(
                {"bufferView": add(data.tobytes(), 34962), "componentType": 5126,
                 "count": len(data), "type": "VEC3",
                 "min": [float(x) for x in data.min(0)], "max": [float(x) for x in data.max(0)]}
            )  # fmt: skip
            gl_prim["targets"] = [{"POSITION": len(accessors) - 1}]
        gl_prims.append(gl_prim)
    mesh: dict = {"name": name, "primitives": gl_prims}
    if breath is not None:
        mesh["weights"] = [0.0]
        mesh["extras"] = {"targetNames": [TARGET]}
    doc: dict = {
        "asset": {"version": "2.0", "generator": "figment-mesh"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"name": name, "mesh": 0}],
        "meshes": [mesh],
        "materials": materials,
        "accessors": accessors,
        "bufferViews": views,
    }
    if breath is not None:
        doc["animations"] = [_animation(breath, add, accessors)]
    if images:
        doc["images"] = [{"bufferView": add(img, None), "mimeType": "image/jpeg"} for img in images]
        doc["samplers"] = [_SAMPLER]
        doc["textures"] = [{"sampler": 0, "source": i} for i in range(len(images))]
    doc["buffers"] = [{"byteLength": len(blob)}]
    used = sorted({k for m in materials for k in m.get("extensions", {})})
    if used:
        doc["extensionsUsed"] = used
    js = json.dumps(doc, separators=(",", ":")).encode()
    js += b" " * (-len(js) % 4)
    total = 12 + 8 + len(js) + 8 + len(blob)
    return b"".join(
        [
            struct.pack("<4sII", b"glTF", 2, total),
            struct.pack("<I4s", len(js), b"JSON"),
            js,
            struct.pack("<I4s", len(blob), b"BIN\0"),
            bytes(blob),
        ]
    )


def _animation(
    breath: Breath, add: Callable[[bytes, int | None], int], accessors: list[dict[str, object]]
) -> dict[str, object]:
    """One looping breath: node 0's morph weight over one period, linearly interpolated."""
    times, weights = breath.times(), breath.weights()
    accessors.append(
        {"bufferView": add(times.astype("<f4").tobytes(), None), "componentType": 5126,
         "count": len(times), "type": "SCALAR",
         "min": [float(times.min())], "max": [float(times.max())]}
    )  # fmt: skip
    accessors.append(
        {"bufferView": add(weights.astype("<f4").tobytes(), None), "componentType": 5126,
         "count": len(weights), "type": "SCALAR"}
    )  # fmt: skip
    n = len(accessors)
    return {
        "name": ANIMATION,
        "samplers": [{"input": n - 2, "output": n - 1, "interpolation": "LINEAR"}],
        "channels": [{"sampler": 0, "target": {"node": 0, "path": "weights"}}],
    }
