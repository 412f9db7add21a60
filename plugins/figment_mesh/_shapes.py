"""2D outlines (star-shaped around their centroid) for extruded parts, each a function of a count."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["gear", "heart", "leaf", "polygon", "sharp", "star", "wing"]

Outline = Callable[[int], np.ndarray]


def _polar(radius: Callable[[np.ndarray], np.ndarray]) -> Outline:
    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        r = radius(t)
        return np.stack([r * np.cos(t), r * np.sin(t)], 1)

    return outline


def sharp(points: Sequence[tuple[float, float]]) -> Outline:
    """The outline through ``points`` as given, whatever the count asked for: not smoothed, so
    its corners stay sharp (a plate, a panel, a pennant)."""
    shape = np.asarray(points, dtype=float)
    return lambda n: shape


def polygon(sides: int, radius: float = 1.0) -> Outline:
    """A regular polygon whatever the count asked for (crisp facets)."""
    return lambda n: _polar(lambda t: np.full_like(t, radius))(sides)


def star(points: int = 5, inner: float = 0.45) -> Outline:
    """A star with sharp tips: vertex count is always 2 × points."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(2 * points) * (np.pi / points) + np.pi / 2
        r = np.where(np.arange(2 * points) % 2 == 0, 1.0, inner)
        return np.stack([r * np.cos(t), r * np.sin(t)], 1)

    return outline


def gear(teeth: int = 10, depth: float = 0.18) -> Outline:
    """A gear wheel of radius 1 with square-ish teeth."""

    def outline(n: int) -> np.ndarray:
        m = max(n, teeth * 4)
        t = np.arange(m) * (2 * np.pi / m)
        wave = np.clip(np.sin(t * teeth) * 3.0, -1.0, 1.0)
        r = 1.0 - depth / 2 + wave * depth / 2
        return np.stack([r * np.cos(t), r * np.sin(t)], 1)

    return outline


def heart() -> Outline:
    """A heart centred near its middle, point down, about 2 wide."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        x = 16 * np.sin(t) ** 3
        y = 13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)
        return np.stack([x, y + 2.0], 1) / 16.0

    return outline


def leaf(width: float = 0.35) -> Outline:
    """A pointed leaf or petal along +y from -1 to 1."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        return np.stack([width * np.sin(t) * np.abs(np.sin(t)) ** 0.2, -np.cos(t)], 1)

    return outline


def wing() -> Outline:
    """A swept wing with a scalloped trailing edge, root at the origin, spanning +x."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        r = 0.35 + 0.65 * np.clip(np.cos(t), 0, None) ** 0.6 * (1 + 0.12 * np.sin(5 * t))
        x, y = r * np.cos(t), 0.55 * r * np.sin(t)
        return np.stack([x + 0.3, y + 0.08 * x], 1)

    return outline
