"""Procedural PBR texture sets: each material's pattern (``_patterns``) encoded as the images a
glTF material needs, varied per seed.

``texture_set(made_of, seed, size, glow)`` returns base colour, tangent-space normal,
occlusion-roughness-metallic packed in one image (R, G, B as glTF reads them) and, for a material
that glows, emissive. Every image tiles (the noise wraps), so UVs may run past 1.

The base colour is a *modulation* (about 0.5 .. 1) multiplied by the material's colour factor,
so the spec's colour (and a part's shade of it) still decides the hue; roughness likewise
multiplies the factor (``rough_gain`` is the largest multiplier, so frost on ice can be rougher
than the ice). The emissive image holds the glow in its own colour, because Godot ignores the
emissive factor once a texture is present.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from figment.lexicon import MATERIAL_PBR

from ._noise import VARIANTS, cells
from ._patterns import PATTERNS as _OWN
from ._patterns import Maps, Rgb
from ._patterns_crafts import CRAFTS
from ._patterns_foods import FOODS
from ._patterns_fruit import FRUIT
from ._patterns_goods import GOODS
from ._patterns_junk import JUNK
from ._patterns_more import MORE
from ._patterns_pantry import PANTRY
from ._patterns_stones import STONES

__all__ = [
    "MAX_TEXTURE",
    "MIN_TEXTURE",
    "PATTERNS",
    "TextureSet",
    "texture_set",
    "warm",
]

MIN_TEXTURE, MAX_TEXTURE = 64, 2048
"""Texture sizes (pixels a side) the stage accepts; 0 means no textures."""

F32 = np.float32


@dataclass(frozen=True)
class TextureSet:
    """Encoded images (JPEG) of one material and what the material factors need to know."""

    base: bytes
    normal: bytes
    orm: bytes
    emissive: bytes | None
    rough_gain: float
    """Roughness factor = min(1, roughness × rough_gain); the texture holds the rest."""


PATTERNS = _OWN | FOODS | FRUIT | GOODS | STONES | CRAFTS | PANTRY | JUNK | MORE
"""The pattern of every material in ``figment.spec.MATERIALS``."""


def _srgb8(linear: np.ndarray) -> np.ndarray:
    c = np.clip(linear, 0.0, 1.0)
    s = np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1 / 2.4) - 0.055)
    return (s * 255 + 0.5).astype(np.uint8)


def _unit8(a: np.ndarray) -> np.ndarray:
    return (np.clip(a, 0.0, 1.0) * 255 + 0.5).astype(np.uint8)


def _jpeg(pixels: np.ndarray, quality: int, subsampling: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=quality, subsampling=subsampling)
    return out.getvalue()


def _normal(height: np.ndarray, bump: float) -> np.ndarray:
    """Tangent-space normals from a tiling height field (x along u, y up = against v)."""
    n = height.shape[0]
    k = bump * n / 2
    gx = (np.roll(height, -1, 1) - np.roll(height, 1, 1)) * k
    gy = (np.roll(height, -1, 0) - np.roll(height, 1, 0)) * k
    inv = 1 / np.sqrt(gx * gx + gy * gy + 1)
    return np.stack([0.5 - 0.5 * gx * inv, 0.5 + 0.5 * gy * inv, 0.5 + 0.5 * inv], -1)


def _occlusion(height: np.ndarray, bump: float) -> np.ndarray:
    """Cavities below the local average darken, more so for deep relief."""
    n = height.shape[0]
    r = max(1, n // 48)
    blur = sum(np.roll(height, s, a) for a in (0, 1) for s in (-r, r, -2 * r, 2 * r)) / 8
    return np.clip(1 - (blur - height) * min(6.0, 60 * bump), 0.35, 1.0)


def _maps(made_of: str, seed: int, n: int) -> Maps:
    rng = np.random.default_rng([seed & 0xFFFFFFFF, seed >> 32, zlib.crc32(made_of.encode())])
    maps = PATTERNS[made_of](n, rng)
    lo, hi = float(maps.height.min()), float(maps.height.max())
    maps.height = ((maps.height - lo) / max(hi - lo, 1e-6)).astype(F32)
    return maps


_LUMA = (0.2126, 0.7152, 0.0722)
_DARK = frozenset(
    name for name, pbr in MATERIAL_PBR.items() if float(np.dot(pbr.base_color, _LUMA)) < 0.02
)
"""Stuffs near black by nature (obsidian, ink, licorice): lit all over, they read as their
light, not as themselves."""


def _seams(seed: int, n: int) -> np.ndarray:
    """Where a dark stuff glows: along the seams of a cracked crust, faintly between, so a
    glowing-hot obsidian shovel is black glass with cracks of fire (lit all over it was orange)."""
    c = cells(n, 4, seed % VARIANTS)
    seam = 1 - np.clip((c.f2 - c.f1) / 0.04, 0.0, 1.0)
    return (0.06 + 0.94 * seam**1.5).astype(F32)


def _lit(brightness: np.ndarray) -> np.ndarray:
    """Where a stuff that has no glow of its own glows: its bright parts most, its grooves and
    grain least, so the pattern still shows through the light (a glowing brass gramophone is
    still brushed brass)."""
    lo, hi = np.percentile(brightness, (2, 98))
    t = np.clip((brightness - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0)
    return (0.3 + 0.7 * t**2).astype(F32)


def _hues(t: np.ndarray) -> np.ndarray:
    """Saturated rainbow colours (linear RGB) round the colour wheel, t in [0, 1)."""
    k = (t[..., None] * 6 + np.array([0.0, 4.0, 2.0], F32)) % 6
    rgb = np.clip(np.minimum(k, 4 - k), 0, 1)  # red, yellow, green, cyan, blue, magenta
    return (0.02 + 0.9 * rgb**2.2).astype(F32)


def paint(pattern: str, colour: Rgb, size: int) -> np.ndarray:
    """The colours a pattern lays over a stuff's own texture, (size, size, 3) linear RGB:
    rainbow bands running diagonally through the colour wheel; or its colour with white
    candy-cane stripes, polka dots or squares."""
    x, y = (np.mgrid[0:size, 0:size][::-1] + 0.5) / size
    base, white = np.asarray(colour, F32), np.asarray((0.9, 0.9, 0.88), F32)
    r, g, b = (float(c) for c in base)
    if pattern in ("striped", "spotted") and r > 0.3 and 0.1 * r < g < 0.6 * r and b < 0.3 * g:
        white = np.asarray((0.015, 0.012, 0.01), F32)  # on orange, a tiger's or leopard's black
    elif float(base @ np.asarray((0.2126, 0.7152, 0.0722), F32)) > 0.45:  # pale: white on it
        white = np.asarray((0.02, 0.02, 0.025) if pattern == "checked" else (0.7, 0.03, 0.04), F32)
        # would not show; a chessboard's black, a candy cane's red
    if pattern == "rainbow":
        return _hues(((x + y) * 1.2) % 1.0)
    if pattern == "striped":
        mask = ((x + y) * 3) % 1.0 < 0.45
    elif pattern == "spotted":
        u, v = (x * 4) % 1.0, (y * 4 + 0.5 * (np.floor(x * 4) % 2)) % 1.0
        mask = (u - 0.5) ** 2 + (v - 0.5) ** 2 < 0.09
    else:  # checked
        mask = (np.floor(x * 4) + np.floor(y * 4)) % 2 == 0
    return np.where(mask[..., None], white, base).astype(F32)


@lru_cache(maxsize=64)
def texture_set(
    made_of: str,
    seed: int,
    size: int,
    glow: Rgb | None = None,
    painted: tuple[str, Rgb] | None = None,
) -> TextureSet:
    """The encoded texture set of ``made_of`` at ``size``² for this seed (cached).

    ``glow`` is the emissive colour (linear RGB, at most 1 a channel) when the material glows;
    the emissive image is the pattern's glow (or its brightness) in that colour. ``painted``
    (a colour pattern and the stuff's colour) bakes that pattern's colours into the base
    colour, under the stuff's own pattern (its base colour factor is then white).
    """
    maps = _maps(made_of, seed, size)
    rough = np.broadcast_to(np.asarray(maps.rough, F32), (size, size))
    gain = max(1.0, float(rough.max()))
    metal = np.broadcast_to(np.asarray(maps.metal, F32), (size, size))
    orm = np.stack([_occlusion(maps.height, maps.bump), rough / gain, metal], -1)
    albedo = np.broadcast_to(maps.albedo, (size, size, 3))
    if painted is not None and painted[0] in ("dark veins", "dark grains"):
        # black marble: its dark veins pale on black; black granite: its pale grains grey on it
        grey = albedo.mean(-1, keepdims=True)
        grey = grey / max(float(grey.max()), 1e-3)
        light = (1.0 - grey) * 0.6 if painted[0] == "dark veins" else grey**3 * 0.3
        albedo = np.asarray(painted[1], F32) + light
    elif painted is not None:
        albedo = albedo * paint(painted[0], painted[1], size)
    emissive = None
    if glow is not None:
        g = maps.glow if maps.glow is not None else _lit(albedo.mean(-1))
        if maps.glow is None and made_of in _DARK:
            g = _seams(seed, size)
        light = np.asarray(glow, F32)
        if maps.glow is None and float(light.min()) > 0.6:  # a pale light: the stuff's own
            # colours lit (stained glass glows in its jewel panes, not grey-white)
            light = light * albedo / np.maximum(albedo.max(-1, keepdims=True), 1e-3)
        emissive = _jpeg(_srgb8(g[..., None] * light), 88, 2)
    return TextureSet(
        base=_jpeg(_srgb8(albedo), 88, 2),
        normal=_jpeg(_unit8(_normal(maps.height, maps.bump)), 92, 0),
        orm=_jpeg(_unit8(orm), 90, 0),
        emissive=emissive,
        rough_gain=gain,
    )


def warm(size: int) -> None:
    """Compute the cell fields the patterns share at ``size`` (the slow part of a first
    texture), so the first request does not pay for them."""
    for count in (4, 8, 16, 32):
        for variant in range(VARIANTS):
            cells(size, count, variant)
