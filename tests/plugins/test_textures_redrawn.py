"""Redrawn textures that show their stuff: sugar cubes in a regular grid of white cubes with
shadowed seams and glints, seashells as ribbed scallop fans and spiral shells in cream and pink,
marble with bold crisp veins across white stone, cardboard with its flutes, packing tape and
printed marks. Each is measured from its maps, so a generic noise fails."""

from __future__ import annotations

import numpy as np
import pytest

from figment_mesh._textures import PATTERNS

SEEDS = (1, 2, 3, 4)


def maps(name: str, seed: int, n: int = 256):
    return PATTERNS[name](n, np.random.default_rng(seed))


def peak(profile: np.ndarray) -> tuple[int, float]:
    """The strongest repeat of a periodic profile (cycles per tile) and its share of the power."""
    power = np.abs(np.fft.rfft(profile - profile.mean()))[1:] ** 2
    return int(np.argmax(power)) + 1, float(power.max() / power.sum())


def harmonics(profile: np.ndarray, k: int) -> float:
    """The share of a profile's power in a repeat k times a tile and its overtones."""
    power = np.abs(np.fft.rfft(profile - profile.mean())) ** 2
    return float(power[k::k].sum() / power[1:].sum())


@pytest.mark.parametrize("seed", SEEDS)
def test_sugar_cubes_are_a_regular_grid_of_white_cubes(seed: int) -> None:
    m = maps("sugar cubes", seed)
    grey = m.albedo.mean(-1)
    # the seams between rows of cubes run straight across: four to a tile, evenly spaced
    k, _ = peak(grey.mean(1))
    assert k == 4 and harmonics(grey.mean(1), 4) > 0.8, harmonics(grey.mean(1), 4)
    faces = grey > 0.7
    assert 0.6 < faces.mean() < 0.92  # mostly faces, a grid of shadowed seams between them
    assert np.percentile(grey, 5) < 0.45  # the seams are dark
    chroma = m.albedo.max(-1) - m.albedo.min(-1)
    assert chroma.max() < 0.02  # pure white (the material's colour tints it), no grey blotches
    assert np.percentile(grey[faces], 10) > 0.7
    # the crystalline grain: fine bright glints, glossier than the face around them
    glint = faces & (np.asarray(m.rough) < 0.6)
    assert 0.01 < glint.mean() < 0.2 and grey[glint].mean() > grey[faces].mean()


@pytest.mark.parametrize("seed", SEEDS)
def test_shells_are_ribbed_fans_and_spirals_in_cream_and_pink(seed: int) -> None:
    m = maps("shells", seed)
    r, g, b = m.albedo[..., 0], m.albedo[..., 1], m.albedo[..., 2]
    grey = m.albedo.mean(-1)
    shell = grey > 0.3
    assert 0.6 < shell.mean() < 0.995  # packed together, dark sand in a few gaps
    pink = shell & (r - g > 0.12) & (g - b < 0.08)
    cream = shell & (r - b > 0.08) & (g - b > 0.06)
    white = shell & (r - b < 0.06)
    assert min(pink.mean(), cream.mean() + white.mean()) > 0.04, (pink.mean(), cream.mean())
    # ribs: the shade swings up and down over a few pixels inside the shells (a fan's ribs),
    # far more than a blotchy noise does
    swing = np.abs(np.diff(grey, axis=1))
    assert np.mean(swing[shell[:, 1:] & shell[:, :-1]] > 0.03) > 0.15
    # pearly insides and shiny mouths: a glossy share
    assert 0.01 < np.mean(np.asarray(m.rough) < 0.5) < 0.5


@pytest.mark.parametrize("seed", SEEDS)
def test_marble_has_bold_crisp_veins_across_white_stone(seed: int) -> None:
    m = maps("marble", seed)
    grey = m.albedo.mean(-1)
    assert np.median(grey) > 0.85  # white stone
    vein = grey < 0.6
    assert 0.02 < vein.mean() < 0.2, vein.mean()  # bold, but veins, not a grey stone
    assert np.percentile(grey, 0.5) < 0.3  # some of them dark
    # crisp: few pixels in between the vein and the stone
    mid = (grey > 0.6) & (grey < 0.8)
    assert mid.mean() < vein.mean()
    # several veins running across the tile: most rows and columns cross one
    assert vein.any(1).mean() > 0.8 and vein.any(0).mean() > 0.8
    assert float(np.mean(m.rough)) < 1.3  # polished, the veins a little duller


@pytest.mark.parametrize("seed", SEEDS)
def test_cardboard_shows_flutes_tape_and_printed_marks(seed: int) -> None:
    m = maps("cardboard", seed)
    grey = m.albedo.mean(-1)
    rough = np.asarray(m.rough)
    tape = rough < 0.5
    # the flutes: parallel ridges at a fine, even period across the liner
    k, share = peak(m.height[~tape.any(1)].mean(0))
    assert k in (14, 16, 18) and share > 0.4, (k, share)
    # a strip of shiny packing tape right across the tile, in a brown of its own
    assert 0.12 < tape.mean() < 0.25 and tape.all(1).sum() > 0.1 * len(tape)
    tint = m.albedo[tape].mean(0)
    assert tint[0] > tint[1] > tint[2] + 0.1
    # printed marks: solid dark ink, arrows and a barcode
    ink = grey < 0.2
    assert 0.01 < ink.mean() < 0.12, ink.mean()
    # a torn patch bares the corrugation: strong light-and-dark waves
    assert np.percentile(grey, 99) > 0.95
