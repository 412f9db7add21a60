"""Crafts that show what they are: silk in long lustrous folds, a patchwork quilt of printed
patches joined by seams, neon tubes glowing on a dark backing, black vinyl records with
coloured labels and concentric grooves. Each is measured from its maps, so a generic noise
fails."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from figment.lexicon import MATERIAL_PBR
from figment_mesh._textures import PATTERNS


def made_of(text: str):
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec.materials[0]


def corr(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a - a.mean(), b - b.mean()
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


def test_silk_hangs_in_long_lustrous_folds_not_a_coarse_weave() -> None:
    for text in ("a wave made of blue silk", "a teapot made of satin"):
        assert made_of(text).made_of == "silk", text
    blue = made_of("a wave made of blue silk")
    assert blue.base_color.b > 3 * blue.base_color.r  # a named colour tints it
    for seed in (1, 2):
        maps = PATTERNS["silk"](256, np.random.default_rng(seed))
        albedo = np.asarray(maps.albedo)
        assert float((albedo.max(-1) - albedo.min(-1)).max()) < 0.02  # grey: its colour tints it
        shade = albedo.mean(-1)
        assert np.percentile(shade, 5) < 0.3 and np.percentile(shade, 95) > 0.65  # strong sheen
        # long folds: alike far along their length, unlike a fold's width across it
        assert (
            corr(shade, np.roll(shade, 32, 0)) > 0.4 and corr(shade, np.roll(shade, 64, 1)) < -0.4
        )
        fine = shade - ndimage.uniform_filter(shade, 5, mode="wrap")
        assert float(fine.std()) < 0.03  # smooth: a barely visible weave (canvas: coarse)
        rough = np.broadcast_to(np.asarray(maps.rough), shade.shape)
        assert MATERIAL_PBR["silk"].roughness * float(rough.max()) < 0.55  # lustrous
        assert corr(rough, shade) < -0.9  # glossiest on the bright crests


def test_patchwork_is_a_quilt_of_printed_patches_joined_by_seams() -> None:
    for text in ("a hot air balloon sewn from patchwork quilts", "an armchair of patchwork"):
        m = made_of(text)
        assert m.made_of == "patchwork", text
        assert min(m.base_color.r, m.base_color.g, m.base_color.b) > 0.95  # colours: texture's
    for seed in (1, 2):
        maps = PATTERNS["patchwork"](256, np.random.default_rng(seed))
        albedo, h = np.asarray(maps.albedo), maps.height
        hi, lo = albedo.max(-1), albedo.min(-1)
        saturated = (hi - lo) / np.maximum(hi, 1e-4) > 0.5
        hue = np.argmax(albedo, -1) * 2 + (np.median(albedo, -1) > 0.5 * hi)  # a coarse hue
        shares = np.bincount(hue[saturated], minlength=6) / saturated.sum()
        assert (shares > 0.04).sum() >= 4  # many colours
        assert 0.05 < (lo > 0.7).mean() < 0.5  # cream prints and stitches on the colours
        # a grid of patches: puffy, with sunk seams every third of the tile, each way
        for axis in (0, 1):
            line = np.roll(h.mean(axis), -int(np.argmax(h.mean(axis))))  # from a patch's middle
            low = np.flatnonzero(line < line.min() + 0.3 * np.ptp(line))
            seams = [c.mean() for c in np.split(low, np.flatnonzero(np.diff(low) > 10) + 1)]
            assert len(seams) == 3 and np.allclose(np.diff(seams), 256 / 3, atol=3), (seed, axis)
            shade = np.roll(albedo.mean(-1).mean(axis), -int(np.argmax(h.mean(axis))))
            assert shade[np.round(seams).astype(int)].mean() < 0.8 * shade.mean()  # dark seams


def test_neon_is_thin_glowing_tubes_on_a_dark_backing() -> None:
    for text in ("a lightning bolt made of neon tubes", "a cat made of neon tubes"):
        m = made_of(text)
        assert m.made_of == "neon" and m.emissive_strength > 1, text
    blue = made_of("a guitar made of blue neon")
    assert blue.made_of == "neon" and blue.emissive.b > 3 * blue.emissive.r  # blue light
    for seed in (1, 2):
        maps = PATTERNS["neon"](256, np.random.default_rng(seed))
        albedo, glow = np.asarray(maps.albedo), maps.glow
        assert glow is not None
        assert float((albedo.max(-1) - albedo.min(-1)).max()) < 0.02  # grey: its colour tints it
        lit = glow > 0.1
        assert 0.08 < lit.mean() < 0.35  # tubes, not a glowing slab
        backing = glow == 0
        assert backing.mean() > 0.6 and float(albedo.mean(-1)[backing].max()) < 0.05  # dark
        # thin tubes: a disc a tube's width across fits nowhere inside the light
        disc = np.hypot(*np.mgrid[-6:7, -6:7]) <= 6
        assert ndimage.binary_erosion(lit, disc).mean() < 0.01 * lit.mean()  # (crossings)
        parts, count = ndimage.label(lit)
        sizes = np.bincount(parts.ravel())[1:]
        assert count >= 3 and sizes.max() > 0.1 * lit.sum()  # long bent strokes, not dots


def test_vinyl_is_black_grooved_discs_with_coloured_labels() -> None:
    for text in ("a drum built from stacked vinyl records", "a tower of vinyl records"):
        m = made_of(text)
        assert m.made_of == "vinyl", text
        assert min(m.base_color.r, m.base_color.g, m.base_color.b) > 0.95  # black: texture's
    for seed in (1, 2):
        maps = PATTERNS["vinyl"](256, np.random.default_rng(seed))
        albedo, h = np.asarray(maps.albedo), maps.height
        rough = np.broadcast_to(np.asarray(maps.rough), h.shape)
        assert (albedo.max(-1) < 0.1).mean() > 0.5  # mostly black
        label = ndimage.binary_fill_holes(np.tile(albedo.max(-1) > 0.6, (2, 2)))
        parts, count = ndimage.label(label)
        centres = ndimage.center_of_mass(label, parts, range(1, count + 1))
        found = 0
        for k, (cy, cx) in enumerate(centres, 1):
            ys, xs = np.nonzero(parts == k)
            if ys.min() == 0 or xs.min() == 0 or ys.max() == 511 or xs.max() == 511:
                continue  # cut by the doubled tile's edge
            found += 1
            assert abs(len(ys) / ((np.ptp(ys) + 1) * (np.ptp(xs) + 1)) - np.pi / 4) < 0.1  # round
            y, x = round(cy) % 256, round(cx) % 256
            assert albedo[y, x].max() < 0.05  # a spindle hole in its middle
            assert rough[y, (x + 10) % 256] > 2 * rough.min()  # matte paper, glossy vinyl
            ring = h[y, (x + np.arange(32, 60)) % 256]  # out across the grooves
            crests = (ring[1:-1] > ring[:-2]) & (ring[1:-1] >= ring[2:])
            if albedo[y, (x + np.arange(32, 60)) % 256].max() < 0.5:  # (not under a label)
                assert crests.sum() >= 5  # fine concentric grooves
        assert found >= 8  # labels of several records (on the doubled tile)
