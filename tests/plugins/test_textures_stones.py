"""Granite, jade, sea glass and soap: each wish reads as its stuff, and each pattern shows its
signature (measured on the maps, so generic noise would fail)."""

from __future__ import annotations

import numpy as np
import pytest

from figment_mesh._textures import PATTERNS


def _made_of(text: str) -> str:
    from figment_parse import SpecParse

    return SpecParse().parse(text, 1, False).spec.materials[0].made_of


def _maps(name: str, seed: int = 3, n: int = 128):
    maps = PATTERNS[name](n, np.random.default_rng(seed))
    albedo = np.broadcast_to(maps.albedo, (n, n, 3))
    rough = np.broadcast_to(np.asarray(maps.rough, np.float32), (n, n))
    return maps, albedo, albedo.mean(-1), rough


def _shifted_likeness(a: np.ndarray, shift: int) -> float:
    """How alike the field is to itself moved ``shift`` pixels: ~0 for fine grain, ~1 for
    broad soft clouds."""
    return float(np.corrcoef(a.ravel(), np.roll(a, shift, 1).ravel())[0, 1])


@pytest.mark.parametrize("seed", [1, 4])
def test_granite_is_a_dense_salt_and_pepper_of_crystal_grains(seed: int) -> None:
    for text in ("a teapot made of granite", "a donut of pink granite"):
        assert _made_of(text) == "granite", text
    _, albedo, lum, rough = _maps("granite", seed)
    dark, pale = (lum < 0.15).mean(), (lum > 0.75).mean()
    assert 0.12 < dark < 0.4 and pale > 0.25  # black mica among white feldspar and quartz
    assert lum.max() > 6 * lum.min()  # a contrast that shows under any tint
    assert _shifted_likeness(lum, 8) < 0.2  # grains a few pixels across, not blotches
    pink = (albedo[..., 0] > 1.3 * albedo[..., 1]).mean()
    assert 0.02 < pink < 0.25  # a few salmon-pink feldspar grains
    assert rough[lum < 0.15].mean() < rough[lum > 0.75].mean()  # the mica glints


@pytest.mark.parametrize("seed", [1, 4])
def test_jade_is_a_glossy_deep_green_clouded_softly_from_within(seed: int) -> None:
    for text in ("a dragon carved from jade", "an orb of green jade"):
        assert _made_of(text) == "jade stone", text
    maps, albedo, lum, rough = _maps("jade stone", seed)
    assert lum.std() > 0.08  # milky clouds and deep pools
    assert _shifted_likeness(lum, 8) > 0.6  # broad and soft: no grain, no sharp veins
    assert albedo.max() <= 1.0 and float(np.ptp(albedo, -1).max()) < 0.15  # its own green
    assert rough.mean() < 1.2 and maps.bump < 0.02  # polished, waxy


@pytest.mark.parametrize("seed", [1, 4])
def test_sea_glass_is_a_mosaic_of_frosted_shards_with_bright_rims(seed: int) -> None:
    for text in ("a whale made of sea glass", "a longsword of green sea glass"):
        assert _made_of(text) == "sea glass", text
    maps, albedo, lum, rough = _maps("sea glass", seed)
    grout = (lum > 0.9) & (np.ptp(albedo, -1) < 0.05)
    assert 0.05 < grout.mean() < 0.35  # pale seams between the shards
    shard = ~grout
    # a shard's flat middle is its deepest tone, its bevelled rim its brightest
    assert np.corrcoef(maps.height[shard], lum[shard])[0, 1] < -0.4
    tint = (albedo[..., 0] - albedo[..., 2])[shard]
    assert tint.std() > 0.05  # greener, bluer, whiter shard to shard
    assert rough.min() >= 1.0  # frosted all over


@pytest.mark.parametrize("seed", [1, 4])
def test_soap_is_smooth_and_glossy_with_patches_of_bubbly_lather(seed: int) -> None:
    for text in ("a duck made of soap", "a crescent moon carved from soap"):
        assert _made_of(text) == "soap", text
    maps, _, lum, rough = _maps("soap", seed)
    lather = lum > 0.9
    assert 0.08 < lather.mean() < 0.5  # patches, not all over
    assert lum[lum < 0.8].std() < 0.04  # the bare soap smooth
    assert rough[lather].mean() > 1.8 * rough[~lather].mean()  # matte foam on glossy soap
    h = maps.height
    tops = (h > np.roll(h, 1, 0)) & (h >= np.roll(h, -1, 0)) & (h > np.roll(h, 1, 1))
    tops &= (h >= np.roll(h, -1, 1)) & lather
    assert tops.sum() >= 15  # the foam a crowd of little domed bubbles
