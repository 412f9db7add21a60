"""PNG previews of GLBs: three.js's physically based renderer in headless Chromium, on the CPU.

``render_png(glb, size=512)`` renders one GLB; a :class:`Studio` keeps one browser open for
many (``figment gallery``) and lays out contact sheets. What the picture shows: the glTF 2.0
metallic-roughness material with its textures (base colour, metallic-roughness, normal,
occlusion, emissive), alpha blend and mask, and the extensions three.js implements
(transmission, volume, ior, clearcoat, sheen, specular, iridescence, emissive strength, texture
transform), lit by a neutral studio environment (image-based light) from a 3/4 view; see
:mod:`figment_mesh._studio_page` for the studio itself.

Why this renderer. Measured here (2 cores, no GPU, 512², 20 GLBs of ~19k triangles from the
mesh stage; the machine was shared with other jobs, so ranges):

- three.js 0.187 in Debian Chromium (WebGL on SwiftShader): 220–950 ms a render (median 380)
  once the browser runs, the glow pass included; a browser starts in ~0.7 s and its first
  render takes 3–8 s more, almost all of it compiling the prefiltering shaders of the
  environment light (``render_png`` alone: ~6 s). Metal reflects the studio, glass is clear,
  emissive surfaces glow, and its glTF loader is the most complete of the four (the one
  ``<model-viewer>`` uses), with KHR_materials_transmission, which glass, ice and water need.
- pygfx 0.17 + wgpu 0.32 on Mesa's lavapipe: ~250 ms warm, ~3 s cold, pip-installable; but no
  transmission, its glTF loader calls itself experimental, and with a cube-map environment
  chrome came out near black.
- pyrender 0.1.45 on OSMesa: 170–430 ms warm, ~1.2 s cold; no image-based light (metals read
  dark), no transmission, and it pins PyOpenGL 3.1.0, whose OSMesa binding is broken (3.1.10
  works by overriding the pin). Alpha and emissive strength are lost through trimesh.
- bpy 5.0 (Blender as a module, ~1 GB installed): Cycles at 32 samples 6–9 s a render;
  EEVEE on llvmpipe 35–44 s.
- The numpy rasterizer this replaced: 80–260 ms (median 120) on the same GLBs, Lambert only.

So the picture closest to what Unity and Godot show, well under a second a render, from a
browser the Godot tests already install; a browser start and its first render are the price
(a studio kept open for many renders pays it once). Chromium comes from Debian (``chromium``);
three.js from npm into ``.cache/gltf`` (both by ``scripts/setup``).
``FIGMENT_CHROMIUM`` and ``FIGMENT_THREE`` (the ``three`` package folder) point elsewhere.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from figment.errors import FigmentError, MissingDependency

from ._browser import Browser, BrowserError
from ._studio_page import PAGE

__all__ = [
    "MAX_SIZE",
    "MIN_SIZE",
    "THREE_VERSION",
    "PreviewFailed",
    "Studio",
    "Tile",
    "find_chromium",
    "find_three",
    "render_png",
]

MIN_SIZE, MAX_SIZE = 16, 2048
THREE_VERSION = "0.187.0"
"""The three.js release the studio page is written for (what scripts/setup installs)."""

_CHECKOUT_THREE = Path(__file__).resolve().parents[2] / ".cache" / "gltf" / "node_modules" / "three"
_INSTALL_THREE = (
    f"run scripts/setup in the Figment checkout, or `npm install --prefix DIR three@{THREE_VERSION}`"
    " and set FIGMENT_THREE=DIR/node_modules/three"
)


class PreviewFailed(FigmentError):
    """The browser could not render (it died, timed out, or three.js could not read the GLB)."""


@dataclass(frozen=True)
class Tile:
    """One picture of a contact sheet: the PNG (None when there is none) and its text."""

    png: bytes | None
    caption: str
    note: str = ""


def find_chromium() -> str:
    """The Chromium (or Chrome) executable: ``FIGMENT_CHROMIUM``, else the first on PATH."""
    given = os.environ.get("FIGMENT_CHROMIUM")
    if given:
        if shutil.which(given) is None:
            raise MissingDependency(
                f"Chromium at FIGMENT_CHROMIUM={given}", "point it at a Chromium executable"
            )
        return given
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise MissingDependency(
        "Chromium (the preview renders with three.js in headless Chromium)",
        "install Debian's `chromium` (apt-get install chromium; scripts/setup does) or set "
        "FIGMENT_CHROMIUM",
    )


def find_three() -> Path:
    """The three.js package folder: ``FIGMENT_THREE``, else the checkout's ``.cache/gltf``."""
    given = os.environ.get("FIGMENT_THREE")
    folder = Path(given) if given else _CHECKOUT_THREE
    needed = ("build/three.module.js", "examples/jsm/loaders/GLTFLoader.js")
    if not all((folder / f).is_file() for f in needed):
        raise MissingDependency(
            f"three.js {THREE_VERSION} (npm `three`) at {folder}", _INSTALL_THREE
        )
    return folder


def _check_glb(glb: bytes) -> None:
    if len(glb) < 20 or glb[:4] != b"glTF" or struct.unpack_from("<I", glb, 4)[0] != 2:
        raise ValueError("not a glTF 2.0 GLB")


def _check_size(size: int) -> None:
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be in [{MIN_SIZE}, {MAX_SIZE}] (got {size})")


class Studio:
    """One headless browser with the studio page; render many GLBs, then :meth:`close`."""

    def __init__(self, timeout: float = 180.0) -> None:
        chromium = find_chromium()
        three = find_three()
        self._dir = tempfile.TemporaryDirectory(prefix="figment-page-", ignore_cleanup_errors=True)
        page = Path(self._dir.name) / "studio.html"
        page.write_text(PAGE.replace("THREE_URL", three.resolve().as_uri()), encoding="utf-8")
        try:
            self._browser = Browser(chromium, page, timeout)
            if self._browser.evaluate("window.figmentReady === true") is not True:
                raise BrowserError(f"the studio page did not load three.js from {three}")
        except BrowserError as exc:
            self._dir.cleanup()
            raise PreviewFailed(f"the preview browser did not start: {exc}") from exc
        except BaseException:
            self._dir.cleanup()
            raise

    def render(self, glb: bytes, size: int = 512) -> bytes:
        """A size × size PNG of the GLB from a 3/4 view, in the studio's light."""
        _check_glb(glb)
        _check_size(size)
        b64 = base64.b64encode(glb).decode("ascii")
        return self._png(f"window.figmentRender({json.dumps(b64)}, {int(size)})", "render")

    def sheet(self, tiles: Sequence[Tile], tile: int = 256, columns: int = 5) -> bytes:
        """A contact sheet: the tiles' pictures in rows of ``columns``, each with its text."""
        _check_size(tile)
        if not tiles:
            raise ValueError("a contact sheet needs at least one tile")
        data = [
            {
                "png": base64.b64encode(t.png).decode("ascii") if t.png else None,
                "caption": t.caption,
                "note": t.note,
            }
            for t in tiles
        ]
        expr = f"window.figmentSheet({json.dumps(data)}, {int(tile)}, {max(1, int(columns))})"
        return self._png(expr, "lay out the sheet")

    def _png(self, expression: str, what: str) -> bytes:
        try:
            value = self._browser.evaluate(expression)
        except BrowserError as exc:
            raise PreviewFailed(f"could not {what}: {exc}") from exc
        return base64.b64decode(value["png"])

    def close(self) -> None:
        """End the browser."""
        self._browser.close()
        self._dir.cleanup()

    def __enter__(self) -> Studio:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def render_png(glb: bytes, size: int = 512) -> bytes:
    """A PNG (size × size) of the GLB from a 3/4 view, rendered physically based."""
    _check_glb(glb)
    _check_size(size)
    with Studio() as studio:
        return studio.render(glb, size)
