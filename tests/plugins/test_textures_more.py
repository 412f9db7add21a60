"""Paper money, bubblegum and pretzels that show what they are: overlapping green notes with
pale borders and dark print, pink gum in lumps with glossy blown bubbles, pretzel knots of
dark glossy crust with white salt. Each is measured from its maps, so a generic noise fails."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from figment_mesh._textures import PATTERNS


def made_of(text: str):
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec.materials[0]


def test_banknotes_are_overlapping_green_notes_with_pale_borders_and_dark_print() -> None:
    for text in ("a rose made of paper money", "a throne of dollar bills"):
        m = made_of(text)
        assert m.made_of == "banknotes" and min(m.base_color.r, m.base_color.b) > 0.95, text
    for seed in (1, 2):
        albedo = np.asarray(PATTERNS["banknotes"](256, np.random.default_rng(seed)).albedo)
        r, g, b = albedo[..., 0], albedo[..., 1], albedo[..., 2]
        assert ((g > 1.15 * r) & (g > 1.15 * b)).mean() > 0.3  # money green, mostly
        shade = albedo.mean(-1)
        pale = shade > 0.6  # the notes' borders: long straight pale bands
        assert 0.04 < pale.mean() < 0.4
        assert (shade < 0.12).mean() > 0.03  # dark print: numerals, portrait, frame
        edges = np.abs(np.diff(shade, axis=1)) > 0.08
        assert edges.mean() > 0.05  # fine guilloche and print, not a smooth wash


def test_bubblegum_is_pink_lumps_with_glossy_blown_bubbles() -> None:
    for text in ("a coral reef made of bubblegum", "a pig made of bubble gum"):
        m = made_of(text)
        assert m.made_of == "bubblegum" and m.base_color.r > 1.5 * m.base_color.g, text
    blue = made_of("a chair made of blue bubblegum")
    assert blue.made_of == "bubblegum" and blue.base_color.b > blue.base_color.r
    for seed in (1, 2):
        maps = PATTERNS["bubblegum"](256, np.random.default_rng(seed))
        albedo, h, rough = np.asarray(maps.albedo), maps.height, np.asarray(maps.rough)
        assert float((albedo.max(-1) - albedo.min(-1)).max()) < 0.01  # grey: the colour tints
        high = h > np.percentile(h, 100 - 8)
        count = ndimage.label(high)[1]
        assert 1 <= count <= 12  # a few round domes standing proud (blown bubbles)
        assert rough[high].mean() < 0.6 < rough[~high].mean()  # glossy bubbles, satin gum
        lap = np.abs(sum(np.roll(h, s, a) for a in (0, 1) for s in (-1, 1)) - 4 * h)
        assert np.percentile(lap, 90) > 1e-3  # lumps, creases, dimples, strands: not plastic


def test_pretzels_are_dark_glossy_knots_sprinkled_with_white_salt() -> None:
    for text in ("a teapot made of pretzels", "a harp whose frame is a pretzel"):
        assert made_of(text).made_of == "pretzel", text
    for seed in (1, 2):
        maps = PATTERNS["pretzel"](256, np.random.default_rng(seed))
        albedo, rough = np.asarray(maps.albedo), np.asarray(maps.rough)
        salt = albedo.min(-1) > 0.9
        assert 0.01 < salt.mean() < 0.15  # white crystals
        assert ndimage.label(salt)[1] > 30  # many of them, scattered
        dough = (albedo[..., 0] > 2 * albedo[..., 2]) & (albedo[..., 0] > 0.08)
        assert dough.mean() > 0.25  # brown crust
        holes = ndimage.label(albedo.max(-1) < 0.03)[1]
        assert holes >= 3  # the knot's holes between its ropes
        assert rough[dough & ~salt].min() < 0.7 < rough[salt].min()  # glossy crust, dull salt
