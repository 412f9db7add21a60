"""Pantry stuffs that show: marshmallows are puffy white pillows heaped with a few toasted, walnut
shells are domed halves wrinkled all over (not bark's furrows), citrus peel is glossy dimpled skin
peeled in strips with pale pith at their edges, broad leaves are a few big leaves with a long pale
midrib; each read from a wish and measured on its maps."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from figment_mesh._textures import PATTERNS


@pytest.fixture(scope="module")
def reader():
    from figment_parse import SpecParse

    return SpecParse()


def made_of(reader, text: str):
    return reader.parse(text, 1, False).spec.materials[0]


def maps(name: str, seed: int, n: int = 256):
    m = PATTERNS[name](n, np.random.default_rng(seed))
    albedo = np.broadcast_to(m.albedo, (n, n, 3))
    return m, albedo, (m.height - m.height.min()) / np.ptp(m.height)


def minima(line: np.ndarray) -> int:
    """How many dips a row of values has."""
    mid = line[1:-1]
    return int(((mid < line[:-2]) & (mid <= line[2:])).sum())


def test_marshmallows_are_puffy_white_pillows_heaped_with_a_few_toasted(reader) -> None:
    for text in ("a bed of marshmallows", "a snowman of toasted marshmallows"):
        assert made_of(reader, text).made_of == "marshmallow", text
    for seed in (1, 2, 3):
        m, albedo, height = maps("marshmallow", seed)
        lum = albedo.mean(-1)
        assert np.median(lum) > 0.7  # white ...
        assert np.percentile(lum, 5) < 0.55  # ... with soft shadows between them
        toasted = (albedo[..., 0] - albedo[..., 2]) > 0.2
        assert 0.04 < toasted.mean() < 0.35  # a few toasted golden-brown ...
        r, g, b = (albedo[..., k][toasted].mean() for k in range(3))
        assert r > g > b  # ... brown, not grey
        labels, _ = ndimage.label(height > 0.5)
        sizes = np.bincount(labels.ravel())[1:]
        assert (sizes > 0.03 * height.size).sum() >= 3  # big puffy pieces on top, not noise
        assert np.asarray(m.rough).min() > 0.9  # powdered matte


def test_walnut_shells_are_domed_halves_wrinkled_all_over_not_bark(reader) -> None:
    for text in ("a yo-yo carved from a walnut shell", "a boat made of walnut shells"):
        assert made_of(reader, text).made_of == "walnut shells", text

    def across_over_along(name: str, seed: int) -> float:
        h = maps(name, seed)[2]
        return float((np.diff(h, axis=1) ** 2).mean() / (np.diff(h, axis=0) ** 2).mean())

    for seed in (1, 2, 3):
        _, albedo, _ = maps("walnut shells", seed)
        assert np.ptp(albedo, axis=-1).max() < 0.02  # one colour: the wish's tints it
        lum = albedo.mean(-1)
        assert 0.08 < (lum < 0.15).mean() < 0.35  # dark gaps between the shells
        furrows_x = np.mean([minima(lum[i]) for i in range(0, 256, 16)])
        furrows_y = np.mean([minima(lum[:, i]) for i in range(0, 256, 16)])
        assert furrows_x > 12 and furrows_y > 12  # wrinkled all over ...
        assert 0.6 < furrows_x / furrows_y < 1.6  # ... every way
        assert 0.5 < across_over_along("walnut shells", seed) < 2.0  # not furrows one way ...
    assert across_over_along("bark", 1) > 5  # ... as bark's are


def test_citrus_peel_is_glossy_dimpled_skin_with_pale_pith_at_curled_edges(reader) -> None:
    orange = made_of(reader, "an umbrella whose canopy is orange peel")
    lemon = made_of(reader, "a lamp of lemon peel")
    assert orange.made_of == lemon.made_of == "citrus peel"
    assert orange.base_color.g < 0.4 * orange.base_color.r  # orange ...
    assert lemon.base_color.g > 0.7 * lemon.base_color.r  # ... and lemon yellow
    for seed in (1, 2, 3):
        m, albedo, height = maps("citrus peel", seed)
        assert np.ptp(albedo, axis=-1).max() < 0.02  # one colour
        pores = ndimage.minimum_filter(height, size=5, mode="wrap") == height
        assert pores.sum() > 150  # packed with small dimples
        rough = np.broadcast_to(np.asarray(m.rough), height.shape)
        assert (rough < 0.7).mean() > 0.6  # glossy skin ...
        pith = albedo.mean(-1) > 0.97
        assert 0.02 < pith.mean() < 0.15  # ... pale pith where an edge curls up ...
        assert pith.any(0).all()  # ... running right across the tile
        assert rough[pith].mean() > 2 * np.median(rough)  # ... and matte


def test_broad_leaves_are_a_few_big_leaves_with_a_long_pale_midrib(reader) -> None:
    boots = made_of(reader, "a pair of boots stitched from banana leaves")
    cabbage = made_of(reader, "an accordion whose bellows are cabbage leaves")
    hat = made_of(reader, "a hat of lettuce leaves")
    assert boots.made_of == cabbage.made_of == hat.made_of == "broad leaves"
    assert boots.base_color.g > 2 * boots.base_color.r  # leaf green; cabbage paler
    assert cabbage.base_color.r > boots.base_color.r and cabbage.base_color.b > boots.base_color.b
    for seed in (1, 2, 3):
        m, albedo, _ = maps("broad leaves", seed)
        assert np.ptp(albedo, axis=-1).max() < 0.02  # one colour
        pale = albedo.mean(-1) > 0.97  # the midribs and veins
        labels, _ = ndimage.label(pale)
        sizes = np.bincount(labels.ravel())[1:]
        longest = 0.0
        for i, box in enumerate(ndimage.find_objects(labels)):
            if sizes[i] >= 150:
                ys, xs = np.nonzero(labels[box] == i + 1)
                w = np.linalg.eigvalsh(np.cov(np.stack([xs, ys]).astype(float)))
                if w[1] > 16 * w[0]:  # thin and straight: a midrib
                    longest = max(longest, 3.46 * np.sqrt(w[1]))  # its length
        assert longest > 0.45 * 256  # a leaf half a tile long and more, not many small ones
        assert np.median(np.asarray(m.rough)) < 0.85  # glossy
