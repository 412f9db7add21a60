"""Goods that show what they are: rock salt in faceted cubic crystals, denim in an indigo twill
with gold topstitched seams, cork board speckled with dark pits, bubble wrap in a regular grid
of glossy domes on a clear film. Each is measured from its maps, so a generic noise fails."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from figment_mesh._textures import PATTERNS


def made_of(text: str):
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec.materials[0]


def corr(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a - a.mean(), b - b.mean()
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


def test_salt_is_cubic_crystals_cloudy_and_clear_glossy_on_their_planes() -> None:
    for text in ("a castle carved from rock salt", "a whale made of salt"):
        assert made_of(text).made_of == "salt", text
    pink = made_of("a hammer of pink himalayan salt")
    assert pink.made_of == "salt" and pink.base_color.r > 1.5 * pink.base_color.g
    for seed in (1, 2):
        maps = PATTERNS["salt"](256, np.random.default_rng(seed))
        h, albedo = maps.height, np.asarray(maps.albedo)
        lap = np.abs(sum(np.roll(h, s, a) for a in (0, 1) for s in (-1, 1)) - 4 * h)
        assert (lap < 1e-4).mean() > 0.5  # flat planes (noise, stone, bread: curved everywhere)
        assert (np.abs(np.roll(h, 1, 1) - np.roll(h, -1, 1)) > 1e-3).mean() > 0.5  # tilted
        assert float((albedo.max(-1) - albedo.min(-1)).max()) < 0.02  # grey: pink salt tints it
        shade = albedo.mean(-1)
        assert (shade < 0.5).mean() > 0.05 and (shade > 0.9).mean() > 0.1  # clear and cloudy
        rough = np.asarray(maps.rough)
        assert (rough < 0.5).mean() > 0.04 and (rough > 1.0).mean() > 0.05  # glossy facets


def test_denim_is_an_indigo_twill_with_gold_topstitched_seams() -> None:
    for text in ("a shark made of denim", "a teddy bear stitched from denim patches"):
        m = made_of(text)
        assert m.made_of == "denim", text
        assert min(m.base_color.r, m.base_color.g, m.base_color.b) > 0.95  # indigo: texture's
    for seed in (1, 2):
        maps = PATTERNS["denim"](256, np.random.default_rng(seed))
        albedo, h = np.asarray(maps.albedo), maps.height
        assert float(np.median(albedo[..., 2] / np.maximum(albedo[..., 0], 1e-4))) > 2.5  # indigo
        gold = (albedo[..., 0] > albedo[..., 2] + 0.2).mean()
        assert 0.005 < gold < 0.1  # stitches, not an orange cloth
        assert (albedo.min(-1) > 0.25).mean() > 0.02  # white weft flecks
        thread = 256 // 32
        assert corr(h, np.roll(h, (thread, thread), (0, 1))) > 0.08 + corr(
            h, np.roll(h, (thread, -thread), (0, 1))
        )  # ribs run one way diagonally: a twill, not a basket weave
        row = h[3 * thread + 2]
        crests = ((row[1:-1] > row[:-2]) & (row[1:-1] >= row[2:])).sum()
        assert crests >= 20  # fine threads


def test_cork_is_tan_granules_speckled_with_small_dark_pits() -> None:
    for text in ("a robot toy made of wine corks", "a teapot made of cork"):
        m = made_of(text)
        assert m.made_of == "cork" and m.base_color.r > 1.5 * m.base_color.g, text
    for seed in (1, 2):
        maps = PATTERNS["cork"](256, np.random.default_rng(seed))
        shade = np.asarray(maps.albedo).mean(-1)
        dark = shade < 0.5 * np.median(shade)
        assert 0.03 < dark.mean() < 0.2
        labels, count = ndimage.label(dark)
        sizes = np.bincount(labels.ravel())[1:]
        assert count > 300 and np.median(sizes) < 20 and sizes.max() > 4 * np.median(sizes)
        # (a dense speckle of small pits of varying size, not a few blotches)
        lit = shade[~dark]
        assert np.percentile(lit, 90) > 1.2 * np.percentile(lit, 10)  # granules of many shades
        assert float(np.min(maps.rough)) >= 1.0  # matte


def test_bubble_wrap_is_a_regular_grid_of_glossy_domes_on_a_clear_film() -> None:
    for text in ("a stingray of bubble wrap", "a chair wrapped in bubble wrap"):
        m = made_of(text)
        assert m.made_of == "bubble wrap" and m.opacity < 0.8, text
    for seed in (1, 2):
        maps = PATTERNS["bubble wrap"](256, np.random.default_rng(seed))
        h, shade = maps.height, np.asarray(maps.albedo).mean(-1)
        tops = (h == ndimage.maximum_filter(h, size=15, mode="wrap")) & (h > 0.8)
        assert 20 <= tops.sum() <= 40  # a few large bubbles to a tile
        pitch = 256 / 5
        assert corr(h, np.roll(h, round(pitch), 1)) > 0.95  # regular
        assert corr(h, np.roll(h, round(pitch / 2), 1)) < 0.0
        assert (shade > 0.9).mean() > 0.03  # bright rings and highlights
        assert np.median(shade) < 0.65  # on a film the background shows through
        rough = np.asarray(maps.rough)
        assert float(rough[tops].max()) < 0.5 < float(rough.max())  # glossy domes


def test_barbed_wire_is_twisted_strands_with_sharp_barbs_over_dark_gaps() -> None:
    for text in ("a crown woven from barbed wire", "a chair of razor wire"):
        assert made_of(text).made_of == "barbed wire", text
    rusted = [m.made_of for m in _spec("a trumpet made of rusted barbed wire").materials]
    assert rusted[:2] == ["barbed wire", "rust"]  # the wire, rust in patches over it
    maps = PATTERNS["barbed wire"](256, np.random.default_rng(3))
    metal = np.asarray(maps.metal)
    assert 0.3 < (metal < 0.05).mean() < 0.85  # strands over dark gaps, not a solid sheet
    labels, _ = ndimage.label(metal > 0.05)
    sizes = np.bincount(labels.ravel())[1:]
    assert sizes.max() > 0.6 * sizes.sum()  # strands crossing one another, not scattered specks
    strand = metal[:, 0] > 0.3  # down one column: each strand's two wires, and barbs between
    assert 2 <= int((np.diff(strand.astype(int)) == 1).sum()) <= 12


def _spec(text: str):
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec


def test_circuit_board_is_green_mask_with_gold_traces_at_45_degrees_and_black_chips() -> None:
    for text in ("an owl made of circuit boards", "a teapot made of circuitry"):
        m = made_of(text)
        assert m.made_of == "circuit board", text
        assert min(m.base_color.r, m.base_color.g, m.base_color.b) > 0.95  # colours: texture's
    for seed in (1, 2):
        maps = PATTERNS["circuit board"](256, np.random.default_rng(seed))
        albedo, metal = np.asarray(maps.albedo), np.asarray(maps.metal)
        r, g, b = albedo[..., 0], albedo[..., 1], albedo[..., 2]
        green = (g > 2 * r) & (g > 2 * b)
        gold = (r > 0.5) & (r > g) & (g > b + 0.1)
        assert green.mean() > 0.4 and 0.08 < gold.mean() < 0.4  # gold traces on a green mask
        assert float(metal[green].max()) < 0.1 and float(metal[gold].min()) > 0.45
        assert 0.005 < (albedo.min(-1) > 0.7).mean() < 0.08  # white silkscreen marks
        labels, _ = ndimage.label(np.tile(albedo.max(-1) < 0.05, (2, 2)))
        blobs = ndimage.find_objects(labels)
        chips = [(labels[s] == i + 1).mean() for i, s in enumerate(blobs)
                 if (labels[s] == i + 1).sum() > 1500]  # fmt: skip
        assert chips and max(chips) > 0.8  # a large black rectangle
        soft = ndimage.gaussian_filter(metal.astype(float), 1.0, mode="wrap")
        gx, gy = ndimage.sobel(soft, 1, mode="wrap"), ndimage.sobel(soft, 0, mode="wrap")
        edge = np.hypot(gx, gy) > 0.5 * np.hypot(gx, gy).max()
        turn = np.degrees(np.arctan2(gy, gx))[edge] % 45
        assert ((turn < 6) | (turn > 39)).mean() > 0.6  # straight and at 45° (noise: 0.25)


def test_chainmail_is_a_regular_mesh_of_leaning_rings_over_dark_holes() -> None:
    for text in ("a teapot made of chainmail", "a whale made of chain mail"):
        m = made_of(text)
        assert m.made_of == "chainmail" and m.metallic > 0.9, text
        assert max(m.base_color.r, m.base_color.g, m.base_color.b) < 1.2 * m.base_color.r
    for seed in (1, 2):
        maps = PATTERNS["chainmail"](256, np.random.default_rng(seed))
        albedo = np.asarray(maps.albedo)
        assert float((albedo.max(-1) - albedo.min(-1)).max()) < 0.02  # grey: a colour tints it
        shade = albedo.mean(-1)
        hole = shade < 0.03
        assert 0.2 < hole.mean() < 0.45
        labels, count = ndimage.label(hole, structure=np.ones((3, 3)))
        sizes = np.bincount(labels.ravel())[1:]
        assert count > 120 and sizes.max() < 4 * np.median(sizes)  # many small even holes
        column = 256 // 8
        assert corr(shade, np.roll(shade, 2 * column, 1)) > 0.95  # regular rings
        assert corr(shade, np.roll(shade, column, 1)) < 0.5  # the next column leans the other way
        assert (np.asarray(maps.metal) > 0.9).mean() > 0.5 and np.percentile(shade, 95) > 0.7
