"""A small deterministic GLB (binary glTF 2.0) writer and the spec → PBR material mapping.

Written by hand rather than through trimesh's exporter so the bytes depend only on the geometry
(no timestamps, no dict-order surprises) and so emissive strength above 1 can use the standard
``KHR_materials_emissive_strength`` extension.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass

import numpy as np

from figment.spec import Material, ObjectSpec

from ._geometry import Slot

__all__ = ["Primitive", "material_for", "write_glb"]

_SPECIAL: dict[str, dict] = {
    "sclera": {"rgb": (0.92, 0.9, 0.86), "metallic": 0.0, "roughness": 0.25},
    "pupil": {"rgb": (0.02, 0.02, 0.03), "metallic": 0.0, "roughness": 0.05},
    "tooth": {"rgb": (0.93, 0.9, 0.8), "metallic": 0.0, "roughness": 0.45},
    "flame": {
        "rgb": (1.0, 0.45, 0.08),
        "metallic": 0.0,
        "roughness": 0.9,
        "emissive": (1.0, 0.4, 0.05),
        "strength": 3.0,
        "alpha": 0.85,
    },
    "glow": {
        "rgb": (1.0, 0.85, 0.4),
        "metallic": 1.0,
        "roughness": 0.2,
        "emissive": (1.0, 0.8, 0.35),
        "strength": 2.0,
    },
}
"""Materials of grown features that are the same whatever the object is made of."""


@dataclass(frozen=True)
class Primitive:
    """One material group: float32 positions and normals, uint32 triangle indices."""

    positions: np.ndarray
    normals: np.ndarray
    indices: np.ndarray
    material: dict


def _r(x: float) -> float:
    return round(float(x), 6)


def _from_spec(m: Material, shade: int) -> dict:
    rgb = np.array([m.base_color.r, m.base_color.g, m.base_color.b])
    metallic, roughness = m.metallic, m.roughness
    # Slots past the spec's list are shades of the primary so parts stay distinguishable.
    if shade == 1:
        rgb = rgb * 0.55
    elif shade == 2:
        rgb = rgb + (1.0 - rgb) * 0.45
        roughness = max(0.05, roughness * 0.6)
    elif shade == 3:
        rgb = rgb * 0.35
        metallic = min(1.0, metallic + 0.3)
    emissive = np.array([m.emissive.r, m.emissive.g, m.emissive.b])
    return {
        "name": m.made_of if shade == 0 else f"{m.made_of}-shade{shade}",
        "rgb": tuple(rgb),
        "alpha": m.base_color.a * m.opacity,
        "metallic": metallic,
        "roughness": roughness,
        "emissive": tuple(emissive),
        "strength": m.emissive_strength,
    }


def material_for(spec: ObjectSpec, slot: Slot) -> dict:
    """The glTF material of a slot: spec.materials[slot], a shade of the primary, or a special."""
    if isinstance(slot, str):
        return _gltf({"name": slot, **_SPECIAL[slot]})
    mats = spec.materials
    if slot < len(mats):
        return _gltf(_from_spec(mats[slot], 0))
    return _gltf(_from_spec(mats[0], 1 + (slot - len(mats)) % 3))


def _gltf(m: dict) -> dict:
    alpha = float(m.get("alpha", 1.0))
    out: dict = {
        "name": m["name"],
        "pbrMetallicRoughness": {
            "baseColorFactor": [*(_r(c) for c in m["rgb"]), _r(alpha)],
            "metallicFactor": _r(m["metallic"]),
            "roughnessFactor": _r(m["roughness"]),
        },
    }
    emissive = np.asarray(m.get("emissive", (0.0, 0.0, 0.0)), dtype=float)
    strength = float(m.get("strength", 0.0))
    if strength > 0 and emissive.any():
        if strength <= 1.0:
            out["emissiveFactor"] = [_r(c) for c in emissive * strength]
        else:
            out["emissiveFactor"] = [_r(c) for c in emissive]
            out["extensions"] = {"KHR_materials_emissive_strength": {"emissiveStrength": strength}}
    if alpha < 1.0:
        out["alphaMode"] = "BLEND"
    return out


def write_glb(prims: list[Primitive], name: str) -> bytes:
    """Serialise material groups as one node with one mesh into GLB bytes."""
    blob = bytearray()
    views: list[dict] = []
    accessors: list[dict] = []

    def add(data: bytes, target: int) -> int:
        views.append(
            {"buffer": 0, "byteOffset": len(blob), "byteLength": len(data), "target": target}
        )
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
        materials.append(p.material)
        gl_prims.append(
            {
                "attributes": {"POSITION": n - 3, "NORMAL": n - 2},
                "indices": n - 1,
                "material": len(materials) - 1,
            }
        )
    doc: dict = {
        "asset": {"version": "2.0", "generator": "figment-mesh"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"name": name, "mesh": 0}],
        "meshes": [{"name": name, "primitives": gl_prims}],
        "materials": materials,
        "accessors": accessors,
        "bufferViews": views,
        "buffers": [{"byteLength": len(blob)}],
    }
    if any("extensions" in m for m in materials):
        doc["extensionsUsed"] = ["KHR_materials_emissive_strength"]
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
