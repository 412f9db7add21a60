"""What Godot should see in a GLB or WAV, computed independently of Godot (for the live test)."""

from __future__ import annotations

import io
import json
import struct
import wave

import numpy as np

__all__ = ["glb_stats", "wav_seconds"]


def _node_matrix(node: dict) -> np.ndarray:
    if "matrix" in node:
        return np.array(node["matrix"], dtype=float).reshape(4, 4).T  # glTF is column-major
    x, y, z, w = node.get("rotation", [0.0, 0.0, 0.0, 1.0])
    rot = np.array(
        [
            [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
        ]
    )
    out = np.eye(4)
    out[:3, :3] = rot @ np.diag(node.get("scale", [1.0, 1.0, 1.0]))
    out[:3, 3] = node.get("translation", [0.0, 0.0, 0.0])
    return out


def glb_stats(data: bytes) -> dict[str, object]:
    """Surfaces (primitives over mesh nodes), mesh nodes and the scene's bounding box."""
    magic, _version, _length = struct.unpack_from("<III", data, 0)
    if magic != 0x46546C67:
        raise ValueError("not a GLB")
    chunk_length, chunk_type = struct.unpack_from("<II", data, 12)
    if chunk_type != 0x4E4F534A:
        raise ValueError("GLB without a JSON chunk first")
    doc = json.loads(data[20 : 20 + chunk_length])
    nodes = doc.get("nodes", [])
    scene = doc.get("scenes", [{}])[doc.get("scene", 0)]
    surfaces = instances = 0
    lo = np.full(3, np.inf)
    hi = np.full(3, -np.inf)
    stack = [(index, np.eye(4)) for index in scene.get("nodes", [])]
    while stack:
        index, parent = stack.pop()
        node = nodes[index]
        world = parent @ _node_matrix(node)
        stack.extend((child, world) for child in node.get("children", []))
        if "mesh" not in node:
            continue
        primitives = doc["meshes"][node["mesh"]]["primitives"]
        instances += 1
        surfaces += len(primitives)
        for primitive in primitives:
            accessor = doc["accessors"][primitive["attributes"]["POSITION"]]
            a, b = np.array(accessor["min"], float), np.array(accessor["max"], float)
            corners = np.array(
                [[x, y, z, 1.0] for x in (a[0], b[0]) for y in (a[1], b[1]) for z in (a[2], b[2])]
            )
            moved = (world @ corners.T).T[:, :3]
            lo, hi = np.minimum(lo, moved.min(axis=0)), np.maximum(hi, moved.max(axis=0))
    return {"surfaces": surfaces, "instances": instances, "min": lo.tolist(), "max": hi.tolist()}


def wav_seconds(data: bytes) -> float:
    """Length of a PCM WAV in seconds."""
    with wave.open(io.BytesIO(data)) as reader:
        return reader.getnframes() / reader.getframerate()
