"""Junk that shows: bottle caps are coloured printed tops in fluted metal skirts, tin cans are
rounded columns of bright labels between ribbed silver ends, nuts and bolts are grey hexagons
and washers round holes, eyeballs are white balls each with a coloured iris round a black
pupil; each read from a wish and measured on its maps."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from figment_mesh._textures import PATTERNS


def made_of(text: str):
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec.materials[0]


def ring(image: np.ndarray, cy: float, cx: float, r: float, k: int = 1440) -> np.ndarray:
    """The image's values round a circle (the tile wrapping round)."""
    t = np.linspace(0, 2 * np.pi, k, endpoint=False)
    ys = np.round(cy + r * np.sin(t)).astype(int) % image.shape[0]
    xs = np.round(cx + r * np.cos(t)).astype(int) % image.shape[1]
    return image[ys, xs]


def waves(line: np.ndarray, level: float | None = None) -> int:
    """How many times a closed line rises above a level and falls back."""
    above = line > (np.median(line) if level is None else level)
    return int((above != np.roll(above, 1)).sum() // 2)


def field(value: np.ndarray | float, shape: tuple[int, ...]) -> np.ndarray:
    """A map that may be one number as a whole array."""
    return np.broadcast_to(np.asarray(value, np.float32), shape)


def blobs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Connected regions of a mask: their labels and sizes."""
    labels, _ = ndimage.label(mask)
    return labels, np.bincount(labels.ravel())[1:]


def test_bottle_caps_are_printed_tops_in_fluted_crimped_skirts_not_coins() -> None:
    for text in ("a fish whose scales are bottle caps", "a crown of bottle caps"):
        assert made_of(text).made_of == "bottle caps", text
    for seed in (1, 2, 3):
        m = PATTERNS["bottle caps"](256, np.random.default_rng(seed))
        metal, a = field(m.metal, m.height.shape), m.albedo
        top = (np.abs(metal - 0.5) < 0.05) & (a.max(-1) > 0.2)  # the printed (lacquered) tops
        assert top.mean() > 0.2
        labels, sizes = blobs(top)
        whole = np.nonzero(sizes > 0.8 * sizes.max())[0]
        assert len(whole) >= 6  # many caps, all one size
        pleats, flat = [], []
        for i in whole:
            cy, cx = ndimage.center_of_mass(labels == i + 1)
            r = np.sqrt(sizes[i] / np.pi) / 0.655  # the cap's radius, from its top's
            pleats.append(waves(ring(m.height, cy, cx, 0.87 * r)))
            flat.append(waves(ring(m.height, cy, cx, 0.5 * r)))
        assert 18 <= np.median(pleats) <= 25  # a crown cap's fluted skirt (a coin's milling: 60)
        assert max(flat) == 0  # inside it a flat top
        gap = metal < 1e-3
        assert metal.max() == 1.0 and 0.1 < gap.mean() < 0.35 and a[gap].max() < 0.1  # dark gaps
        tops = a[top]
        hues = np.unique(np.round(3 * tops / tops.max(-1, keepdims=True)), axis=0)
        assert len(hues) >= 5  # tops in many colours (and their prints), not silver coins
        assert ((a[..., 0] > 4 * a[..., 2]) & (a[..., 0] > 0.3)).mean() > 0.02  # red ones
        assert ((a[..., 2] > 4 * a[..., 0]) & (a[..., 2] > 0.3)).mean() > 0.01  # blue ones


def test_tin_cans_are_rounded_columns_of_bright_labels_between_ribbed_silver_ends() -> None:
    for text in ("a robot toy made of tin cans", "a castle of tin cans"):
        assert made_of(text).made_of == "tin cans", text
    for seed in (1, 2, 3):
        m = PATTERNS["tin cans"](256, np.random.default_rng(seed))
        metal, a, h = field(m.metal, m.height.shape), m.albedo, m.height
        assert np.ptp(metal, axis=1).max() == 0  # labels and bare tin in bands round the cans
        assert 0.55 < (metal < 0.5).mean() < 0.75  # a paper label round most of each can ...
        bare = metal[:, 0] > 0.5
        column = a.mean((0, 2))
        dark = column < 0.25 * column.max()
        assert 2 <= waves(dark.astype(float), 0.5) <= 3  # ... on cans turning away at each seam
        assert 0.02 < dark.mean() < 0.2
        middle = int(np.argmax(column))
        assert waves(h[bare, middle], float(np.median(h[bare, middle]))) >= 8  # ribbed, ridged
        label = a[~bare, middle]
        saturation = (label.max(-1) - label.min(-1)) / np.maximum(label.max(-1), 1e-3)
        assert (saturation > 0.7).mean() > 0.5  # bright printed colours ...
        assert (label.min(-1) > 0.7).mean() > 0.08  # ... with a white stripe
        assert (
            field(m.rough, m.height.shape)[bare].max() < field(m.rough, m.height.shape)[~bare].min()
        )  # shiny tin


def test_nuts_and_bolts_are_grey_hexagons_and_washers_round_holes_on_dark_gaps() -> None:
    for text in ("a dragon sculpted from nuts and bolts", "an owl made of nuts and bolts"):
        m = made_of(text)
        assert m.made_of == "nuts and bolts" and m.metallic == 1.0, text
    hexagons = rounds = 0
    for seed in (1, 2, 3, 4):
        m = PATTERNS["nuts and bolts"](256, np.random.default_rng(seed))
        metal, a = field(m.metal, m.height.shape), m.albedo
        assert np.ptp(a, axis=-1).max() < 1e-3  # grey: the wish's colour tints it
        assert 0.2 < (a.max(-1) < 0.1).mean() < 0.45  # dark gaps between the pieces
        labels, sizes = blobs(metal < 0.5)
        assert sizes.max() > 0.25 * a.shape[0] ** 2  # one network of gaps ...
        holes = np.nonzero((sizes > 100) & (sizes < 1500))[0]
        assert 5 <= len(holes) <= 14  # ... and round holes through nuts and washers
        for i in holes:
            cy, cx = ndimage.center_of_mass(labels == i + 1)
            r = np.sqrt(sizes[i] / np.pi)
            line = ndimage.uniform_filter1d(ring(metal, cy, cx, 2.15 * r, 360), 9, mode="wrap")
            lobes = waves(line, 0.5)  # just past a nut's flats: its six corners
            hexagons += lobes == 6
            rounds += lobes == 0
        bright = a.max(-1) > 0.5
        assert field(m.rough, m.height.shape)[bright].mean() < 1.0 and metal[bright].mean() > 0.95
    assert hexagons >= 8 and rounds >= 4  # hex nuts and round washers


def test_eyeballs_are_glossy_white_balls_each_with_a_coloured_iris_and_black_pupil() -> None:
    for text in ("a tree made of eyeballs", "a teapot made of eyeballs"):
        assert made_of(text).made_of == "eyeballs", text
    for seed in (1, 2, 3):
        m = PATTERNS["eyeballs"](256, np.random.default_rng(seed))
        a = m.albedo
        assert (a.min(-1) > 0.6).mean() > 0.3  # mostly the whites of the eyes
        labels, sizes = blobs(a.max(-1) < 0.03)
        pupils = np.nonzero(sizes > 0.6 * np.median(sizes))[0]
        assert 9 <= len(pupils) <= 16  # a good many eyes, each with one pupil ...
        assert sizes.max() < 0.005 * a.shape[0] ** 2  # ... small and round
        irises = []
        for i in pupils:
            cy, cx = ndimage.center_of_mass(labels == i + 1)
            band = ring(a, cy, cx, 1.9 * np.sqrt(sizes[i] / np.pi), 360)
            irises.append(np.median((band.max(-1) - band.min(-1)) / band.max(-1)))
        assert np.median(irises) > 0.6  # ... ringed by a coloured iris
        colours = {
            tuple(np.round(3 * c / c.max())) for c in a[(a.max(-1) > 0.1) & (a.min(-1) < 0.05)]
        }
        assert len(colours) >= 3  # blue, green, brown, hazel
        r, g = a[..., 0], a[..., 1]
        veins = (r > 3 * g) & (r > 0.3)
        assert 0.002 < veins.mean() < 0.06  # faint red veins
        rough = field(m.rough, m.height.shape)
        assert rough[a.min(-1) > 0.6].max() < rough.max()  # glossy balls, dull between
