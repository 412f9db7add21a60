"""PNG plots without a plotting library: a numpy canvas, a 3x5 pixel font and a zlib PNG writer.

matplotlib is not a dependency of Figment; these plots need only numpy and the standard library.
Text is upper-case (the font has digits, A-Z and a few signs).
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from figment.files import write_atomic

__all__ = ["PALETTE", "Canvas", "line_panels", "png_bytes", "scatter_plot"]

PALETTE = [(31, 119, 180), (214, 39, 40), (44, 160, 44), (148, 103, 189), (255, 127, 14),
           (23, 190, 207), (140, 86, 75), (127, 127, 127)]  # fmt: skip
"""Series colours, in order."""

# Each glyph: five rows of three pixels, one octal digit per row (4 = left, 1 = right).
_FONT = dict(zip(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.-+:%/()=@, ",
    ["75557", "26227", "71747", "71317", "55711", "74717", "74757", "71122", "75757", "75717", "25755", "65656", "34443", "65556", "74647", "74644", "34553", "55755", "72227", "11152", "55655", "44447", "57755", "65555", "25552", "65644", "25563", "65655", "34216", "72222", "55557", "55552", "55775", "55255", "55222", "71247", "00002", "00700", "02720", "02020", "51245", "11244", "24442", "21112", "07070", "25743", "00024", "00000"], strict=True,
))  # fmt: skip


def png_bytes(rgb: np.ndarray) -> bytes:
    """An 8-bit RGB PNG of an (h, w, 3) uint8 array."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].tobytes() for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))  # fmt: skip


class Canvas:
    """A white RGB image with pixel-level drawing."""

    def __init__(self, width: int, height: int) -> None:
        self.img = np.full((height, width, 3), 255, np.uint8)

    def dot(self, x: float, y: float, r: int, colour: Sequence[int]) -> None:
        """A filled disc of radius ``r`` at (x, y)."""
        h, w, _ = self.img.shape
        yy, xx = np.ogrid[:h, :w]
        self.img[(xx - x) ** 2 + (yy - y) ** 2 <= r * r] = colour

    def rect(self, x0: int, y0: int, x1: int, y1: int, colour: Sequence[int]) -> None:
        """A filled rectangle, corners inclusive-exclusive."""
        self.img[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)] = colour

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: Sequence[int], width: int = 1) -> None:  # fmt: skip
        """A straight line ``width`` pixels thick."""
        n = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        h, w, _ = self.img.shape
        for x, y in zip(np.linspace(x0, x1, n), np.linspace(y0, y1, n), strict=True):
            xi, yi = int(np.rint(x)), int(np.rint(y))
            self.img[max(yi - width // 2, 0) : min(yi + (width + 1) // 2, h),
                     max(xi - width // 2, 0) : min(xi + (width + 1) // 2, w)] = colour  # fmt: skip

    def text(self, x: int, y: int, s: str, colour: Sequence[int] = (0, 0, 0), scale: int = 2) -> None:  # fmt: skip
        """Upper-cased text with its top-left corner at (x, y); unknown characters are blanks."""
        for i, ch in enumerate(s.upper()):
            rows = _FONT.get(ch, "00000")
            for r, digit in enumerate(rows):
                bits = int(digit)
                for c in range(3):
                    if bits & (4 >> c):
                        px, py = x + (i * 4 + c) * scale, y + r * scale
                        self.rect(px, py, px + scale, py + scale, colour)

    def save(self, path: Path) -> None:
        """Write the canvas as a PNG (write, then rename)."""
        write_atomic(path, png_bytes(self.img))


def _fmt(v: float) -> str:
    if not math.isfinite(v):
        return "NAN"
    return f"{v:.3g}" if abs(v) < 1000 else f"{v:.0f}"


def _scale(lo: float, hi: float) -> tuple[float, float]:
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return 0.0, 1.0
    if hi - lo < 1e-12:
        return lo - 0.5, hi + 0.5
    pad = (hi - lo) * 0.08
    return lo - pad, hi + pad


def scatter_plot(path: Path, points: dict[str, np.ndarray], title: str, size: int = 560) -> None:
    """Scatter of 2-D points per named series, with a legend."""
    c = Canvas(size, size + 20 * len(points))
    m, top = 40, 30
    allp = np.vstack([p for p in points.values() if len(p)]) if points else np.zeros((0, 2))
    xlo, xhi = _scale(*(allp[:, 0].min(), allp[:, 0].max()) if len(allp) else (0, 1))
    ylo, yhi = _scale(*(allp[:, 1].min(), allp[:, 1].max()) if len(allp) else (0, 1))
    c.text(m, 8, title)
    x0, y0, x1, y1 = m, top, size - 10, size - m
    for a, b, cc, d in ((x0, y1, x1, y1), (x0, y0, x0, y1)):
        c.line(a, b, cc, d, (0, 0, 0))
    c.text(x0, y1 + 6, _fmt(xlo))
    c.text(x1 - 40, y1 + 6, _fmt(xhi))
    c.text(2, y0, _fmt(yhi), scale=1)
    c.text(2, y1 - 6, _fmt(ylo), scale=1)
    c.text((x0 + x1) // 2 - 12, y1 + 6, "PC1")
    for k, (name, p) in enumerate(points.items()):
        colour = PALETTE[k % len(PALETTE)]
        for px, py in p:
            c.dot(x0 + (px - xlo) / (xhi - xlo) * (x1 - x0), y1 - (py - ylo) / (yhi - ylo) * (y1 - y0), 4, colour)  # fmt: skip
        ly = size + 20 * k
        c.rect(m, ly, m + 12, ly + 12, colour)
        c.text(m + 20, ly + 1, name)
    c.save(path)


def line_panels(
    path: Path, x: Sequence[float], panels: dict[str, dict[str, Sequence[float]]], title: str
) -> None:
    """Small multiples: one panel per measure, one line per series, against shared x values."""
    pw, ph, cols = 300, 210, 3
    rows = max(1, math.ceil(len(panels) / cols))
    series = sorted({s for p in panels.values() for s in p})
    c = Canvas(pw * cols + 20, ph * rows + 40 + 20 * len(series))
    c.text(10, 8, title)
    xlo, xhi = _scale(min(x), max(x)) if len(x) else (0.0, 1.0)
    for i, (name, lines) in enumerate(panels.items()):
        ox, oy = 10 + (i % cols) * pw, 30 + (i // cols) * ph
        x0, y0, x1, y1 = ox + 40, oy + 20, ox + pw - 15, oy + ph - 30
        vals = [v for s in lines.values() for v in s if math.isfinite(v)]
        ylo, yhi = _scale(min(vals), max(vals)) if vals else (0.0, 1.0)
        c.text(ox + 40, oy + 4, name)
        c.line(x0, y1, x1, y1, (0, 0, 0))
        c.line(x0, y0, x0, y1, (0, 0, 0))
        c.text(ox, y0, _fmt(yhi), scale=1)
        c.text(ox, y1 - 5, _fmt(ylo), scale=1)
        for xv in x:
            px = x0 + (xv - xlo) / (xhi - xlo) * (x1 - x0)
            c.line(px, y1, px, y1 + 3, (0, 0, 0))
            c.text(int(px) - 6, y1 + 6, _fmt(xv), scale=1)
        for s, ys in lines.items():
            colour = PALETTE[series.index(s) % len(PALETTE)]
            pts = [(x0 + (xv - xlo) / (xhi - xlo) * (x1 - x0), y1 - (yv - ylo) / (yhi - ylo) * (y1 - y0))
                   for xv, yv in zip(x, ys, strict=True) if math.isfinite(yv)]  # fmt: skip
            for a, b in itertools.pairwise(pts):
                c.line(*a, *b, colour, width=2)
            for px, py in pts:
                c.dot(px, py, 3, colour)
    ly = 30 + rows * ph
    for k, s in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        c.rect(10, ly + 20 * k, 22, ly + 20 * k + 12, colour)
        c.text(30, ly + 20 * k + 1, s)
    c.save(path)
