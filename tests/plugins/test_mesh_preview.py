"""The preview: a physically based PNG of any GLB, where metal, glow, glass and textures show."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
import trimesh
from studio_samples import decode_png, need_studio, open_studio, sphere_glb

from figment.errors import MissingDependency
from figment.spec import ObjectSpec
from figment_mesh import register_renderers
from figment_mesh._browser import living
from figment_mesh._build import build
from figment_mesh.preview import MAX_SIZE, MIN_SIZE, PreviewFailed, Studio, Tile, render_png

SIZE = 96


def red_cup() -> bytes:
    """A pure red cup's GLB."""
    spec = ObjectSpec.model_validate(
        {
            "name": "red cup",
            "archetype": "cup",
            "size": {"x": 0.3, "y": 0.3, "z": 0.3},
            "materials": [{"made_of": "clay", "base_color": {"r": 0.9, "g": 0.02, "b": 0.02}}],
        }
    )
    return build(spec, 1, 3000, lod_levels=0).glb


def pbr(rgb=(0.8, 0.8, 0.8), metallic=0.0, roughness=0.5, **more) -> dict:
    """A glTF material."""
    return {
        "pbrMetallicRoughness": {
            "baseColorFactor": [*rgb, more.pop("alpha", 1.0)],
            "metallicFactor": metallic,
            "roughnessFactor": roughness,
            **more.pop("pbr", {}),
        },
        **more,
    }


@pytest.fixture(scope="module")
def studio() -> Iterator[Studio]:
    """One browser for the whole module."""
    s = open_studio()
    try:
        yield s
    finally:
        s.close()


def look(studio: Studio, glb: bytes) -> np.ndarray:
    """The studio's picture of a GLB as float RGB."""
    png = studio.render(glb, SIZE)
    img = decode_png(png)
    assert img.shape == (SIZE, SIZE, 4)
    return img[..., :3].astype(float)


def centre(img: np.ndarray, r: int = 8) -> np.ndarray:
    """Mean colour of the middle of the picture (on the sphere)."""
    c = SIZE // 2
    return img[c - r : c + r, c - r : c + r].reshape(-1, 3).mean(0)


def test_render_png_is_a_png_of_the_object_in_its_colour() -> None:
    need_studio()
    img = decode_png(render_png(red_cup(), size=SIZE)).astype(int)
    assert img.shape == (SIZE, SIZE, 4)
    reddish = (img[..., 0] > img[..., 1] + 40) & (img[..., 0] > img[..., 2] + 40)
    assert 0.05 < reddish.mean() < 0.9, "the cup should cover part of the frame"
    assert not reddish[:3].any() and not reddish[-3:].any(), "framed with a margin"
    assert not reddish[:, :3].any() and not reddish[:, -3:].any(), "framed with a margin"


def test_any_glb_from_trimesh(studio: Studio) -> None:
    box = trimesh.creation.box((1.0, 2.0, 0.5))
    box.visual.face_colors = [0, 200, 0, 255]
    img = look(studio, trimesh.Scene(box).export(file_type="glb"))
    greenish = (img[..., 1] > img[..., 0] + 40) & (img[..., 1] > img[..., 2] + 40)
    assert greenish.mean() > 0.05


def test_metal_and_rough_paint_look_different(studio: Studio) -> None:
    metal = look(studio, sphere_glb(pbr(metallic=1.0, roughness=0.05)))
    rough = look(studio, sphere_glb(pbr(metallic=0.0, roughness=0.9)))
    assert np.abs(metal - rough).mean() > 8
    # The mirror shows the studio's lights and dark floor; matte paint shades smoothly.
    disc = np.hypot(*np.mgrid[-SIZE // 2 : SIZE // 2, -SIZE // 2 : SIZE // 2]) < SIZE * 0.3
    assert metal[disc].std() > rough[disc].std() + 5


def test_emissive_glows(studio: Studio) -> None:
    dark = (0.05, 0.05, 0.05)
    plain = look(studio, sphere_glb(pbr(dark)))
    lit = look(
        studio,
        sphere_glb(
            pbr(
                dark,
                emissiveFactor=[1.0, 0.4, 0.1],
                extensions={"KHR_materials_emissive_strength": {"emissiveStrength": 3.0}},
            )
        ),
    )
    assert centre(lit).sum() > centre(plain).sum() + 150
    assert centre(lit)[0] > centre(lit)[2] + 40, "in the emitted colour"
    # The glow spreads past the silhouette onto the background.
    assert lit[SIZE // 2, :4].mean() > plain[SIZE // 2, :4].mean() + 20


def test_the_object_stands_on_a_gridded_floor_that_fades_into_the_background(
    studio: Studio,
) -> None:
    img = look(studio, sphere_glb(pbr()))
    n = SIZE // 6
    for floor in (img[-n:, :n], img[-n:, -n:]):  # the floor round its foot: lines on it
        assert floor.reshape(-1, 3).std(0).max() > 1.5
    for far in (img[:n, :n], img[:n, -n:]):  # far off, the background alone
        assert far.reshape(-1, 3).std(0).max() < 0.5


def test_transparency_and_transmission_show_the_background(studio: Studio) -> None:
    blue = (0.05, 0.15, 0.9)
    background = look(studio, sphere_glb(pbr(blue)))[1:4, 1:4].reshape(-1, 3).mean(0)
    opaque = centre(look(studio, sphere_glb(pbr(blue))))
    blended = centre(look(studio, sphere_glb(pbr(blue, alpha=0.2, alphaMode="BLEND"))))
    glass = centre(
        look(
            studio,
            sphere_glb(
                pbr(
                    (1.0, 1.0, 1.0),
                    roughness=0.05,
                    extensions={"KHR_materials_transmission": {"transmissionFactor": 1.0}},
                )
            ),
        )
    )
    assert np.abs(opaque - background).sum() > np.abs(blended - background).sum() + 60
    # Clear glass: close to what is behind it, not a white ball.
    assert np.abs(glass - background).sum() < 120


def test_textures_and_normal_maps_are_used(studio: Studio) -> None:
    checker = np.zeros((64, 64, 4), np.uint8)
    tiles = (np.add.outer(np.arange(64) // 8, np.arange(64) // 8) % 2).astype(bool)
    checker[tiles] = (230, 20, 20, 255)
    checker[~tiles] = (20, 20, 230, 255)
    img = look(
        studio, sphere_glb(pbr((1, 1, 1), pbr={"baseColorTexture": {"index": 0}}), [checker])
    )
    red = (img[..., 0] > img[..., 2] + 60).mean()
    blue = (img[..., 2] > img[..., 0] + 60).mean()
    assert red > 0.05 and blue > 0.05, (red, blue)

    bumps = np.zeros((64, 64, 4), np.uint8)
    slope = np.sin(np.arange(64) / 64 * 16 * np.pi)  # stripes of tilted normals in tangent space
    bumps[..., 0] = (128 + 110 * slope)[None, :]
    bumps[..., 1] = 128
    bumps[..., 2] = 200
    bumps[..., 3] = 255
    smooth = look(studio, sphere_glb(pbr(roughness=0.3)))
    bumped = look(studio, sphere_glb(pbr(roughness=0.3, normalTexture={"index": 0}), [bumps]))
    assert np.abs(smooth - bumped).mean() > 3


def test_sheet_lays_out_tiles_with_their_text(studio: Studio) -> None:
    red = studio.render(sphere_glb(pbr((0.9, 0.05, 0.05))), 64)
    tiles = [Tile(red, "a red ball", "seed 1"), Tile(None, "nothing came", "mesh: failed")]
    sheet = decode_png(studio.sheet(tiles, tile=64, columns=5))
    pad = round(64 * 0.04)
    assert sheet.shape[1] == 2 * (64 + pad) + pad
    picture = sheet[pad : pad + 64, pad : pad + 64, :3].astype(int)
    assert (picture[..., 0] > picture[..., 2] + 40).mean() > 0.05
    text = sheet[pad + 64 :, :, :3].astype(int)
    assert (text.sum(-1) > 500).any(), "light caption text under the pictures"


def test_a_glb_three_cannot_read_fails_with_the_page_error(studio: Studio) -> None:
    broken = bytearray(sphere_glb(pbr(), rings=4))
    broken[20:24] = b"{{{{"  # the JSON chunk no longer parses
    with pytest.raises(PreviewFailed, match="could not render: the page threw"):
        studio.render(bytes(broken), SIZE)
    assert decode_png(studio.render(sphere_glb(pbr()), SIZE)).shape == (SIZE, SIZE, 4), (
        "the studio still renders after a failure"
    )


def test_closing_the_studio_ends_the_browser_and_its_helpers() -> None:
    studio = open_studio()
    proc = studio._browser._proc
    assert len(living(proc.pid)) > 1, "the browser runs helper processes in its group"
    studio.close()
    assert proc.poll() is not None
    assert living(proc.pid) == [], "nothing of the browser's process group is left running"


def test_sizes_outside_the_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="size"):
        render_png(red_cup(), size=MIN_SIZE - 1)
    with pytest.raises(ValueError, match="size"):
        render_png(red_cup(), size=MAX_SIZE + 1)


def test_not_a_glb_is_refused() -> None:
    with pytest.raises(ValueError, match="GLB"):
        render_png(b"not a glb at all, clearly")


def test_a_missing_browser_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIGMENT_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(MissingDependency, match="Chromium"):
        render_png(red_cup(), size=SIZE)


def test_missing_three_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("FIGMENT_CHROMIUM", "sh")  # found, never started
    monkeypatch.setenv("FIGMENT_THREE", str(tmp_path))
    with pytest.raises(MissingDependency, match=r"three\.js.*npm install"):
        render_png(red_cup(), size=SIZE)


def test_the_plugin_registers_the_renderer() -> None:
    found = {}
    register_renderers(lambda media_type, render: found.setdefault(media_type, render))
    assert set(found) == {"model/gltf-binary"}
