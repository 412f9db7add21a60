"""Fruit that shows: cut watermelon is red flesh with black teardrop seeds and a green rind band,
citrus is round slices with radiating pale membranes, pumpkin is skin with broad vertical ribs;
each read from a wish and measured on its maps."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from figment_mesh._textures import PATTERNS


def made_of(text: str):
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec.materials[0]


def test_watermelon_is_red_flesh_with_black_teardrop_seeds_and_a_green_rind() -> None:
    for text in ("a chair made of watermelon", "a teapot made of watermelon slices"):
        assert made_of(text).made_of == "watermelon", text
    for seed in (1, 2, 3):
        a = PATTERNS["watermelon"](256, np.random.default_rng(seed)).albedo
        r, g = a[..., 0], a[..., 1]
        assert ((r > 4 * g) & (r > 0.4)).mean() > 0.55  # mostly red flesh (its own colours)
        rind = g > r
        assert 0.05 < rind.mean() < 0.3
        assert rind.any(0).all()  # a band running right across the tile
        seeds = a.max(-1) < 0.06
        assert 0.01 < seeds.mean() < 0.1
        labels, _ = ndimage.label(seeds)
        sizes = np.bincount(labels.ravel())[1:]
        assert 12 <= (sizes >= 20).sum() <= 60  # a good many separate seeds ...
        assert sizes.max() < 0.005 * a.shape[0] ** 2  # ... each small
        stretch, skew = [], []
        for i, box in enumerate(ndimage.find_objects(labels)):
            if sizes[i] >= 20:
                ys, xs = np.nonzero(labels[box] == i + 1)
                p = np.stack([xs, ys]).astype(float)
                p -= p.mean(1, keepdims=True)
                w, vec = np.linalg.eigh(np.cov(p))
                t = vec[:, 1] @ p  # along the seed
                stretch.append(w[1] / w[0])
                skew.append(abs((t**3).mean() / (t**2).mean() ** 1.5))
        assert np.median(stretch) > 3  # ... longer than wide
        assert np.median(skew) > 0.15  # ... and teardrops: round at one end, pointed at the other
        assert not (seeds & ndimage.binary_dilation(rind, iterations=3)).any()  # none in the rind


def ring(image: np.ndarray, cy: float, cx: float, r: float) -> np.ndarray:
    """The image's values round a circle."""
    t = np.linspace(0, 2 * np.pi, 1440, endpoint=False)
    ys = np.round(cy + r * np.sin(t)).astype(int)
    xs = np.round(cx + r * np.cos(t)).astype(int)
    return image[ys, xs]


def test_citrus_is_round_slices_with_segments_radiating_between_pale_membranes() -> None:
    lemon = made_of("a lamp made of lemon slices")
    lime = made_of("a teapot made of lime slices")
    orange = made_of("a wall clock made of sliced oranges")
    assert lemon.made_of == lime.made_of == orange.made_of == "citrus"
    assert lime.base_color.g > lime.base_color.r  # the fruit's colour is the base colour
    assert lemon.base_color.g > 2 * orange.base_color.g
    for seed in (1, 2, 3):
        maps = PATTERNS["citrus"](256, np.random.default_rng(seed))
        a = maps.albedo
        assert np.allclose(a[..., 0], a[..., 1]) and np.allclose(a[..., 1], a[..., 2])  # grey
        shade = a[..., 0]
        gap = shade < 0.2
        assert 0.08 < gap.mean() < 0.35  # dark gaps between the slices
        inside = np.tile(~gap, (3, 3))  # (tiled: a slice cut by the edge is whole)
        depth = ndimage.distance_transform_edt(inside)[256:512, 256:512]
        cy, cx = np.unravel_index(np.argmax(depth), depth.shape)
        radius = depth[cy, cx]
        assert radius > 0.2 * 256  # a few large slices to a tile
        big = np.tile(shade, (3, 3))
        mid = ring(big, 256 + cy, 256 + cx, 0.5 * radius)
        bright = mid > 0.95
        crests = int((bright & ~np.roll(bright, 1)).sum())
        assert 7 <= crests <= 12, crests  # membranes radiating between the segments
        assert mid.min() < 0.75  # the segments darker than them
        assert (
            np.median(ring(big, 256 + cy, 256 + cx, 0.82 * radius)) > 0.95
        )  # a pale ring of pith ...
        assert (
            np.median(ring(big, 256 + cy, 256 + cx, 0.93 * radius)) < 0.8
        )  # ... inside a darker rind


def test_pumpkin_is_skin_with_broad_vertical_ribs_between_deep_creases() -> None:
    for text in ("a carriage made of pumpkin", "a chair made of pumpkin skin"):
        m = made_of(text)
        assert m.made_of == "pumpkin" and m.base_color.r > 2 * m.base_color.g, text
    for seed in (1, 2, 3):
        maps = PATTERNS["pumpkin"](256, np.random.default_rng(seed))
        a, h = maps.albedo, maps.height
        assert np.allclose(a[..., 0], a[..., 2])  # greyscale: orange from the base colour
        assert np.abs(np.diff(h, axis=0)).mean() < 0.25 * np.abs(np.diff(h, axis=1)).mean()
        for row in (h[10], h[128], h[200]):  # ribs running along the length
            lo = np.percentile(row, 5)
            low = row < lo + 0.1 * (row.max() - lo)
            creases = int((low & ~np.roll(low, 1)).sum())
            assert 2 <= creases <= 3  # a few broad lobes to a tile
        shade = a[..., 0]
        crease = h < np.percentile(h, 8)
        crown = h > np.percentile(h, 60)
        assert shade[crease].mean() < 0.6 * shade[crown].mean()  # dark creases
        rough = np.asarray(maps.rough)
        assert rough[crown].mean() < rough[crease].mean()  # waxy, shinier on the lobes
        speck = (shade > 0.97) & crown
        assert 0.001 < speck.mean() < 0.05  # small pale speckles


def test_cactus_is_green_ribs_with_rows_of_spiny_areoles_on_their_crests() -> None:
    for text in ("a hammer made of cactus", "a whale made of cactus"):
        assert made_of(text).made_of == "cactus", text
    n = 256
    for seed in (1, 2, 3):
        maps = PATTERNS["cactus"](n, np.random.default_rng(seed))
        a, h = maps.albedo, (maps.height - maps.height.min()) / np.ptp(maps.height)
        green = (a[..., 1] > 1.8 * a[..., 0]) & (a[..., 1] > 1.8 * a[..., 2])
        assert green.mean() > 0.85  # green skin (its colours in the texture)
        for row in (h[10], h[128], h[200]):  # ribs running along the length
            lo = np.percentile(row, 5)
            low = row < lo + 0.1 * (row.max() - lo)
            assert int((low & ~np.roll(low, 1)).sum()) == 4  # narrower than a pumpkin's lobes
        pale = np.tile(a.min(-1) > 0.3, (2, 2))  # (tiled: a star across the edge counted once)
        labels, count = ndimage.label(pale)
        at = np.array(ndimage.center_of_mass(pale, labels, range(1, count + 1)))
        size = np.bincount(labels.ravel())[1:]
        star = np.all((at >= n / 2) & (at < 1.5 * n), 1) & (size > 40)
        assert star.sum() in (12, 16)  # a row of areoles along each rib
        cy, cx = (at[star] % n).astype(int).T
        assert np.all(h[cy, cx] > np.percentile(h, 70))  # on the crests
        boxes = ndimage.find_objects(labels)
        reach = np.array([max(b[0].stop - b[0].start, b[1].stop - b[1].start) for b in boxes])
        assert np.all(reach[star] > 0.1 * n)  # spines radiating well out of the woolly dot ...
        assert np.all(size[star] < 0.35 * np.pi / 4 * reach[star] ** 2)  # ... thin: a star
        rough = np.asarray(maps.rough)
        crest, crease = h > np.percentile(h, 60), h < np.percentile(h, 8)
        assert rough[crest & ~pale[:n, :n]].mean() < 0.7 * rough[crease].mean()  # waxy ribs
