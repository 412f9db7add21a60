"""The foods' textures show what they are: a waffle's grid of pockets, a pizza's sauce, cheese and
pepperoni, a cookie's dark chips in crumbly dough, a heap of popcorn and streaky bacon."""

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


def maps(name: str, seed: int = 3, n: int = 256):
    m = PATTERNS[name](n, np.random.default_rng(seed))
    albedo = np.broadcast_to(m.albedo, (n, n, 3))
    return m, albedo, (m.height - m.height.min()) / np.ptp(m.height)


def test_waffle_is_a_regular_grid_of_deep_square_pockets(reader) -> None:
    for text in ("a shield made of waffle", "a chair made of belgian waffles"):
        assert made_of(reader, text).made_of == "waffle", text
    for seed in (1, 2, 3):
        _, albedo, h = maps("waffle", seed)
        spectrum = np.abs(np.fft.rfft(h.mean(0) - h.mean()))  # ridges across the tile
        assert int(np.argmax(spectrum)) in (3, 4, 5)
        assert np.allclose(h.mean(0), h.mean(1), atol=0.05)  # the same both ways: squares
        pocket, ridge = h < 0.3, h > 0.7
        assert 0.25 < pocket.mean() < 0.7 and ridge.mean() > 0.2
        shade = albedo.mean(-1)
        assert shade[pocket].mean() < shade[ridge].mean() - 0.2  # pockets deep in shadow
        assert np.ptp(albedo, -1).max() < 0.35  # near grey: the colour a wish names tints it


def test_pizza_shows_red_sauce_pale_cheese_round_pepperoni_and_herbs(reader) -> None:
    for text in ("a whale made of pizza", "a teapot made of pepperoni pizza"):
        m = made_of(reader, text)
        assert m.made_of == "pizza" and min(m.base_color.r, m.base_color.g) > 0.9, text
    m, albedo, h = maps("pizza")
    r, g, b = albedo[..., 0], albedo[..., 1], albedo[..., 2]
    sauce = (r > 0.45) & (g < 0.15)
    cheese = (r > 0.8) & (g > 0.6) & (b > 0.25)
    pepperoni = (r < 0.35) & (r > 0.1) & (r > 6 * g)
    herb = g > 1.5 * r
    assert 0.08 < sauce.mean() < 0.5 and 0.3 < cheese.mean() < 0.8
    assert 0.08 < pepperoni.mean() < 0.4 and 0 < herb.mean() < 0.03
    slices, _ = ndimage.label(ndimage.binary_opening(pepperoni, iterations=2))
    sizes = np.bincount(slices.ravel())[1:]
    big = sizes[sizes > 200]
    assert len(big) >= 3  # several slices, round: about as wide as they are tall
    for k in np.flatnonzero(sizes > 600)[:3] + 1:
        ys, xs = np.nonzero(slices == k)
        assert 0.6 < np.ptp(ys) / max(np.ptp(xs), 1) < 1.6
    assert h[pepperoni].mean() > h[sauce].mean() + 0.3  # slices lie on top


def test_cookie_is_crumbly_dough_with_dark_chocolate_chunks(reader) -> None:
    tan = made_of(reader, "a castle of chocolate chip cookies")
    assert tan.made_of == "cookie" and tan.base_color.r > 2 * tan.base_color.b
    oreo = made_of(reader, "a teddy bear made of oreo cookies")
    assert oreo.made_of == "cookie" and oreo.base_color.r < 0.05
    for seed in (1, 2, 3):
        _, albedo, h = maps("cookie", seed)
        shade = albedo.mean(-1)
        chip = shade < 0.25  # dark under any colour of dough (the albedo multiplies it)
        assert 0.03 < chip.mean() < 0.25
        labels, _ = ndimage.label(chip)
        assert np.sum(np.bincount(labels.ravel())[1:] > 60) >= 4  # several chunks
        assert shade[~chip].mean() > 0.65  # golden dough round them
        assert h[chip].mean() > h[~chip].mean()  # the chunks stand out of it
        grain = np.abs(np.diff(h, axis=1))
        assert np.percentile(grain[~chip[:, 1:]], 90) > 0.01  # crumbly, not smooth


def test_popcorn_is_a_heap_of_puffy_kernels_with_shadow_between(reader) -> None:
    for text in ("a necklace of popcorn", "a whale made of popcorn"):
        assert made_of(reader, text).made_of == "popcorn", text
    for seed in (1, 2, 3):
        _, albedo, h = maps("popcorn", seed)
        shade = albedo.mean(-1)
        assert 0.05 < (shade < 0.15).mean() < 0.4  # deep shadow in the gaps
        assert (shade > 0.6).mean() > 0.35  # cream-white puffs
        peaks = (h == ndimage.maximum_filter(h, size=9)) & (h > 0.3)
        assert peaks.sum() > 60  # many round puffs, not a few blobs
        hull = (albedo[..., 0] > 1.3 * albedo[..., 2]) & (shade > 0.2)
        assert 0 < hull.mean() < 0.05  # some small bits of hull


def test_bacon_is_wavy_strips_of_red_meat_and_white_fat(reader) -> None:
    for text in ("an armchair upholstered in raw bacon", "a vase made of prosciutto"):
        m = made_of(reader, text)
        assert m.made_of == "bacon" and min(m.base_color.r, m.base_color.g) > 0.9, text
    for seed in (1, 2, 3):
        m, albedo, _ = maps("bacon", seed)
        r, g = albedo[..., 0], albedo[..., 1]
        fat = albedo.min(-1) > 0.5
        meat = (r > 0.3) & (r > 3 * g)
        assert 0.12 < fat.mean() < 0.45 and meat.mean() > 0.45
        across = fat.mean(1).std()  # rows: through a streak or not
        along = fat.mean(0).std()  # columns: each crosses every streak
        assert across > 3 * along  # strips running along the tile
        assert max(np.mean(fat[:, 0] != fat[:, x]) for x in (64, 128, 192)) > 0.05  # wavy
        assert np.asarray(m.rough).min() < 0.7  # glistening


def test_gingerbread_is_brown_biscuit_piped_with_raised_white_icing(reader) -> None:
    for text in ("a castle tower of gingerbread", "a dragon made of gingerbread"):
        assert made_of(reader, text).made_of == "gingerbread", text
    _, albedo, height = maps("gingerbread")
    white = albedo.min(-1) > 0.8
    brown = (albedo[..., 0] > 1.6 * albedo[..., 2]) & (albedo.max(-1) < 0.7)
    assert 0.02 < white.mean() < 0.25 and brown.mean() > 0.6  # icing lines on the biscuit
    assert height[white].mean() > height[brown].mean() + 0.3  # piped on, raised
    rows = white.mean(1)
    assert (rows > 0.3).sum() < 0.3 * rows.size  # lines and dots across it, not a white sheet


def test_blue_cheese_is_ivory_paste_with_branching_blue_green_mould_veins(reader) -> None:
    for text in ("a teapot made of gorgonzola", "a candle made of stilton"):
        assert made_of(reader, text).made_of == "blue cheese", text
    n = 256
    for seed in (1, 2, 3):
        m, albedo, h = maps("blue cheese", seed, n)
        r, g, b = albedo[..., 0], albedo[..., 1], albedo[..., 2]
        paste = (r > 1.3 * b) & (albedo.min(-1) > 0.35)
        mould = (b > r) & (g > r)
        assert paste.mean() > 0.55 and 0.1 < mould.mean() < 0.4  # cream paste, veined
        labels, _ = ndimage.label(mould)
        size = np.bincount(labels.ravel())[1:]
        box = ndimage.find_objects(labels)[int(np.argmax(size))]
        span = (box[0].stop - box[0].start, box[1].stop - box[1].start)
        assert max(span) > 0.6 * n  # a vein branching right through the tile ...
        assert size.max() < 0.35 * span[0] * span[1]  # ... a network of lines, not a blot
        assert np.sum(size < 30) > 50  # and a spray of small specks
        hole = albedo.max(-1) < 0.12
        assert 0.03 < hole.mean() < 0.25 and h[hole].mean() < h[paste].mean() - 0.1  # pits
        assert np.asarray(m.rough).mean() > 1.1  # crumbly, matte


def test_salami_is_big_overlapping_slices_of_red_meat_flecked_with_fat(reader) -> None:
    for text in ("a clock made of salami", "a shield made of salami slices"):
        assert made_of(reader, text).made_of == "salami", text
    n = 256
    for seed in (1, 2, 3):
        m, albedo, h = maps("salami", seed, n)
        r, g = albedo[..., 0], albedo[..., 1]
        meat = (r > 4 * g) & (r > 0.08)
        fat = albedo.min(-1) > 0.3
        dark = albedo.max(-1) < 0.06  # the rims, the shadows and the gaps
        assert meat.mean() > 0.5 and 0.05 < fat.mean() < 0.25 and 0.05 < dark.mean() < 0.35
        _, flecks = ndimage.label(fat)
        assert flecks > 80  # fat in many small flecks
        gy, gx = np.gradient(h)
        labels, _ = ndimage.label((np.hypot(gx, gy) < 0.02) & ~dark)
        assert np.sum(np.bincount(labels.ravel())[1:] > 1500) >= 4  # slices at their own heights
        inside = ndimage.distance_transform_edt(np.tile(~dark, (3, 3)))[n : 2 * n, n : 2 * n]
        assert inside.max() > 0.15 * n  # big round slices between their dark rims
        assert np.asarray(m.rough).min() < 0.6  # glistening fat
