"""The offscreen preview: a real PNG of the object, in its colours, from any GLB."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
import trimesh

from figment.spec import ObjectSpec
from figment_mesh._build import build
from figment_mesh.preview import MAX_SIZE, MIN_SIZE, read_glb, render_png


def decode_png(png: bytes) -> np.ndarray:
    """RGB pixels of an 8-bit RGB PNG with filter 0 rows (what render_png writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    w, h, depth, colour = struct.unpack(">IIBB", png[16:26])
    assert (depth, colour) == (8, 2)
    pos, data = 8, b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            data += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    rows = np.frombuffer(zlib.decompress(data), np.uint8).reshape(h, 3 * w + 1)
    assert (rows[:, 0] == 0).all()
    return rows[:, 1:].reshape(h, w, 3)


def red_cup() -> bytes:
    """A pure red cup's GLB."""
    spec = ObjectSpec.model_validate(
        {
            "name": "red cup",
            "archetype": "cup",
            "size": {"x": 0.3, "y": 0.3, "z": 0.3},
            "materials": [{"made_of": "clay", "base_color": {"r": 0.9, "g": 0.02, "b": 0.02}}],
        }
    )
    return build(spec, 1, 3000, lod_levels=0).glb


def test_render_is_a_png_of_the_object_in_its_colour() -> None:
    img = decode_png(render_png(red_cup(), size=96)).astype(int)
    assert img.shape == (96, 96, 3)
    reddish = (img[..., 0] > img[..., 1] + 40) & (img[..., 0] > img[..., 2] + 40)
    assert 0.05 < reddish.mean() < 0.9, "the cup should cover part of the frame"
    assert not reddish[:4].any() and not reddish[-2:].any(), "framed with a margin"


def test_render_of_any_glb_from_trimesh() -> None:
    box = trimesh.creation.box((1.0, 2.0, 0.5))
    box.visual.face_colors = [0, 200, 0, 255]
    glb = trimesh.Scene(box).export(file_type="glb")
    prims = read_glb(glb)
    assert sum(len(f) for _, f, _ in prims) == 12
    img = decode_png(render_png(glb, size=64))
    assert (img.reshape(-1, 3).std(0) > 5).any()


def test_render_size_limit_is_enforced() -> None:
    with pytest.raises(ValueError, match="size"):
        render_png(red_cup(), size=MIN_SIZE - 1)
    with pytest.raises(ValueError, match="size"):
        render_png(red_cup(), size=MAX_SIZE + 1)


def test_not_a_glb_is_rejected() -> None:
    with pytest.raises(ValueError, match="GLB"):
        render_png(io.BytesIO(b"not a glb at all, clearly").read())
