"""Stroke lettering for signs, labels and dials: block capitals, figures, ``$`` and ``.`` drawn
as flat painted bars on a face.

A glyph is its advance width and its strokes, polylines through (x, y) in letter heights: x
from 0 to the width, y from 0 (the foot) to 1 (the top). Each stroke is a bar centred on its
line, so a drawn letter reaches half a stroke past its box all round. To lay text flat, facing
up with its tops away from the viewer, draw it under ``m @ rot("x", -90)``.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ._geometry import Part
from ._primitives import strip

__all__ = ["GLYPHS", "paint_bar", "paint_strokes", "paint_text"]

GLYPHS = {
    " ": (0.3, []),
    "$": (0.5, [[(0.5, 0.85), (0.4, 0.95), (0.1, 0.95), (0.0, 0.8), (0.05, 0.6), (0.45, 0.4),
                 (0.5, 0.2), (0.4, 0.05), (0.1, 0.05), (0.0, 0.15)], [(0.25, 1.1), (0.25, -0.1)]]),
    ".": (0.06, [[(0.0, 0.04), (0.06, 0.04)]]),
    "0": (0.55, [[(0.0, 0.0), (0.0, 1.0), (0.55, 1.0), (0.55, 0.0), (0.0, 0.0)]]),
    "1": (0.3, [[(0.0, 0.8), (0.22, 1.0), (0.22, 0.0)]]),
    "2": (0.55, [[(0.0, 1.0), (0.55, 1.0), (0.55, 0.5), (0.0, 0.5), (0.0, 0.0), (0.55, 0.0)]]),
    "3": (0.55, [[(0.0, 1.0), (0.55, 1.0), (0.55, 0.0), (0.0, 0.0)], [(0.1, 0.5), (0.55, 0.5)]]),
    "4": (0.55, [[(0.0, 1.0), (0.0, 0.45), (0.55, 0.45)], [(0.42, 1.0), (0.42, 0.0)]]),
    "5": (0.5, [[(0.5, 1.0), (0.0, 1.0), (0.0, 0.55), (0.4, 0.55), (0.5, 0.42), (0.5, 0.12),
                 (0.38, 0.0), (0.0, 0.0)]]),
    "6": (0.55, [[(0.55, 1.0), (0.0, 1.0), (0.0, 0.0), (0.55, 0.0), (0.55, 0.5), (0.0, 0.5)]]),
    "7": (0.55, [[(0.0, 1.0), (0.55, 1.0), (0.2, 0.0)]]),
    "8": (0.55, [[(0.0, 0.0), (0.0, 1.0), (0.55, 1.0), (0.55, 0.0), (0.0, 0.0)],
                 [(0.0, 0.5), (0.55, 0.5)]]),
    "9": (0.55, [[(0.55, 0.5), (0.0, 0.5), (0.0, 1.0), (0.55, 1.0), (0.55, 0.0), (0.0, 0.0)]]),
    "A": (0.66, [[(0.0, 0.0), (0.33, 1.0), (0.66, 0.0)], [(0.14, 0.4), (0.52, 0.4)]]),
    "C": (0.58, [[(0.58, 1.0), (0.0, 1.0), (0.0, 0.0), (0.58, 0.0)]]),
    "D": (0.62, [[(0.0, 0.0), (0.0, 1.0), (0.38, 1.0), (0.62, 0.72), (0.62, 0.28), (0.38, 0.0),
                  (0.0, 0.0)]]),
    "E": (0.55, [[(0.55, 1.0), (0.0, 1.0), (0.0, 0.0), (0.55, 0.0)], [(0.0, 0.5), (0.42, 0.5)]]),
    "F": (0.55, [[(0.55, 1.0), (0.0, 1.0), (0.0, 0.0)], [(0.0, 0.5), (0.42, 0.5)]]),
    "G": (0.62, [[(0.62, 0.85), (0.5, 1.0), (0.0, 1.0), (0.0, 0.0), (0.62, 0.0), (0.62, 0.45),
                  (0.32, 0.45)]]),
    "H": (0.62, [[(0.0, 0.0), (0.0, 1.0)], [(0.62, 0.0), (0.62, 1.0)], [(0.0, 0.5), (0.62, 0.5)]]),
    "I": (0.0, [[(0.0, 0.0), (0.0, 1.0)]]),
    "J": (0.5, [[(0.5, 1.0), (0.5, 0.0), (0.0, 0.0), (0.0, 0.3)]]),
    "K": (0.58, [[(0.0, 0.0), (0.0, 1.0)], [(0.58, 1.0), (0.05, 0.45)], [(0.2, 0.6), (0.58, 0.0)]]),
    "L": (0.52, [[(0.0, 1.0), (0.0, 0.0), (0.52, 0.0)]]),
    "M": (0.8, [[(0.0, 0.0), (0.0, 1.0), (0.4, 0.45), (0.8, 1.0), (0.8, 0.0)]]),
    "N": (0.62, [[(0.0, 0.0), (0.0, 1.0), (0.62, 0.0), (0.62, 1.0)]]),
    "O": (0.62, [[(0.18, 0.0), (0.0, 0.2), (0.0, 0.8), (0.18, 1.0), (0.44, 1.0), (0.62, 0.8),
                  (0.62, 0.2), (0.44, 0.0), (0.18, 0.0)]]),
    "P": (0.55, [[(0.0, 0.0), (0.0, 1.0), (0.55, 1.0), (0.55, 0.5), (0.0, 0.5)]]),
    "R": (0.58, [[(0.0, 0.0), (0.0, 1.0), (0.58, 1.0), (0.58, 0.5), (0.0, 0.5)],
                 [(0.22, 0.5), (0.58, 0.0)]]),
    "S": (0.58, [[(0.58, 1.0), (0.0, 1.0), (0.0, 0.5), (0.58, 0.5), (0.58, 0.0), (0.0, 0.0)]]),
    "T": (0.66, [[(0.0, 1.0), (0.66, 1.0)], [(0.33, 1.0), (0.33, 0.0)]]),
    "U": (0.62, [[(0.0, 1.0), (0.0, 0.15), (0.15, 0.0), (0.47, 0.0), (0.62, 0.15), (0.62, 1.0)]]),
    "V": (0.66, [[(0.0, 1.0), (0.33, 0.0), (0.66, 1.0)]]),
    "W": (0.9, [[(0.0, 1.0), (0.2, 0.0), (0.45, 0.7), (0.7, 0.0), (0.9, 1.0)]]),
    "X": (0.66, [[(0.0, 0.0), (0.66, 1.0)], [(0.0, 1.0), (0.66, 0.0)]]),
    "Z": (0.58, [[(0.0, 1.0), (0.58, 1.0), (0.0, 0.0), (0.58, 0.0)]]),
}  # fmt: skip
"""Block capitals, figures, a dollar sign, a point and a space: for each its advance width and
its strokes, polylines through (x, y) in letter heights (x from 0 to the width, y from 0 at the
foot to 1 at the top). The figures are square, like a display's, but for a round-bottomed 5."""


def paint_bar(a, b, normal, w: float, slot, depth: float = 0.006) -> Part:
    """A painted stroke w wide from a to b on a face of outward normal ``normal``, ``depth``
    proud of it, running on a little past a and b."""
    return strip(a, b, normal, w, depth, slot, reach=w * 0.45, lift=depth * 0.2)


def paint_strokes(lines, m: np.ndarray, w: float, slot, depth: float = 0.006) -> list[Part]:
    """Flat strokes ``w`` wide and ``depth`` proud along 2D polylines drawn on the face z = 0
    under ``m`` (each straight run its own bar)."""
    normal = m[:3, :3] @ np.array([0.0, 0.0, 1.0])
    parts = []
    for line in lines:
        for (xa, ya), (xb, yb) in pairwise(line):
            a, b = m @ np.array([xa, ya, 0.0, 1.0]), m @ np.array([xb, yb, 0.0, 1.0])
            parts.append(paint_bar(a[:3], b[:3], normal, w, slot, depth))
    return parts


def paint_text(
    text: str,
    m: np.ndarray,
    h: float,
    slot,
    stroke: float = 0.17,
    depth: float = 0.006,
    gap: float = 0.3,
) -> list[Part]:
    """``text`` (of ``GLYPHS``) in block capitals ``h`` high on the face z = 0 under ``m``,
    centred on 0 in x and y and reading along +x: each stroke a flat bar ``stroke`` heights
    wide standing ``depth`` proud, ``gap`` heights between one letter's width and the next."""
    total = sum(GLYPHS[ch][0] for ch in text) + gap * (len(text) - 1)
    x0, lines = -total / 2, []
    for ch in text:
        width, strokes = GLYPHS[ch]
        lines += [[((x0 + x) * h, (y - 0.5) * h) for x, y in line] for line in strokes]
        x0 += width + gap
    return paint_strokes(lines, m, stroke * h, slot, depth)
