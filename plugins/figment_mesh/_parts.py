"""Attachable parts: any entry of figment.spec.PARTS grown onto any archetype.

Parts are placed on the archetype's surface, found on a coarse build: ``Anchor.surface`` returns
the point where a ray from inside leaves the object, with its normal, so wings sit on the sides
of a whale and of a teapot alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

import numpy as np

from ._geometry import Part, Slot, Solid, align, at, rot, scl, v3
from ._mesh import vertex_normals
from ._primitives import cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear, leaf, wing

FIRM = "firm"
"""The tag of a part that does not melt with the rest (a wafer cone under melting ice cream)."""

__all__ = ["OWN_LOOK", "PART_BUILDERS", "Anchor", "exhale", "eyeball"]

Rng = np.random.Generator


class Anchor:
    """Where parts attach: a coarse build's vertices, normals and bounds."""

    def __init__(self, solids: list[Solid]) -> None:
        self.verts = np.concatenate([s.verts for s in solids])
        self.normals = np.concatenate([vertex_normals(s.verts, s.faces) for s in solids])
        self.lo, self.hi = self.verts.min(0), self.verts.max(0)
        self.ext = np.maximum(self.hi - self.lo, 1e-6)
        self.size = float(self.ext.max())
        self.mid = (self.lo + self.hi) / 2
        self._solids = solids

    @cached_property
    def axis(self) -> np.ndarray:
        """The middle of the object's body (the part tagged so), which a handle does not pull
        aside; the middle of everything when no part is."""
        body = self.tagged("body")
        return (body.min(0) + body.max(0)) / 2 if len(body) else self.mid

    @cached_property
    def melts(self) -> Slot:
        """The material slot of what runs when it melts: its own (slot 0), or where some parts
        keep their shape (an ice cream's wafer cone) the slot most of the rest is in."""
        if all(s.tag != FIRM for s in self._solids):
            return 0
        counts: dict[Slot, int] = {}
        for s in self._solids:
            if s.tag != FIRM and isinstance(s.slot, int):
                counts[s.slot] = counts.get(s.slot, 0) + len(s.verts)
        return max(counts, key=counts.__getitem__, default=0)

    @cached_property
    def firm_top(self) -> float:
        """The top of the parts that keep their shape (``FIRM``), the floor when none do."""
        firm = [s.verts[:, 1].max() for s in self._solids if s.tag == FIRM and len(s.verts)]
        return float(max(firm)) if firm else float(self.lo[1])

    @cached_property
    def grain(self) -> float:
        """The size that things covering it scale with (a gear, a coin, a feather on it): its
        size, but on a long thin object (a sword, a flute) twice its middle extent, so that what
        covers a blade stays smaller than the blade."""
        return float(min(self.size, 2.0 * np.sort(self.ext)[1]))

    @cached_property
    def eyes(self) -> np.ndarray:
        """The vertices of its eyes: the parts tagged so, else a build's own pupils where they
        are close together (a car's dark tyres are far apart); empty when it has none."""
        eyes = self.tagged("eyes")
        if not len(eyes):
            found = [s.verts for s in self._solids if s.slot == "pupil" and len(s.verts)]
            eyes = np.concatenate(found) if found else eyes
            if len(eyes) and np.ptp(eyes, axis=0).max() > 0.25 * self.size:
                eyes = eyes[:0]
        return eyes

    @cached_property
    def facing(self) -> np.ndarray:
        """The way it faces, along x or z: toward its eyes from its middle, where it has eyes
        (a fox's build runs along x), else +z, the front of every build."""
        eyes = self.eyes
        if not len(eyes):
            return np.array([0.0, 0.0, 1.0])
        d = eyes.mean(0) - self.axis
        if max(abs(d[0]), abs(d[2])) < 0.08 * self.size:  # its eyes straight above its middle:
            return np.array([0.0, 0.0, 1.0])  # it faces the viewer (a phoenix, wings spread)
        k = 0 if abs(d[0]) > abs(d[2]) else 2
        out = np.zeros(3)
        out[k] = 1.0 if d[k] >= 0 else -1.0
        return out

    def tagged(self, tag: str) -> np.ndarray:
        """The vertices of the parts tagged ``tag`` (none: an empty array)."""
        found = [s.verts for s in self._solids if s.tag == tag and len(s.verts)]
        return np.concatenate(found) if found else np.zeros((0, 3))

    @cached_property
    def tris(self) -> np.ndarray:
        """Every triangle's three corners, (t, 3, 3): gathered only when a twist looks down on
        the faces (snow)."""
        return np.concatenate([s.verts[s.faces] for s in self._solids])

    def tops(self, xz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each (x, z), the height of the highest face straight below it and that face's
        normal (NaN heights where nothing is below)."""
        a, b, c = self.tris[:, 0], self.tris[:, 1], self.tris[:, 2]
        e1, e2 = (b - a)[:, [0, 2]], (c - a)[:, [0, 2]]
        det = e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0]
        ok = np.abs(det) > 1e-12  # a wall seen edge-on from above covers nothing
        det = np.where(ok, det, 1.0)
        rel = xz[:, None, :] - a[None, :, [0, 2]]
        u = (rel[..., 0] * e2[:, 1] - rel[..., 1] * e2[:, 0]) / det
        v = (e1[:, 0] * rel[..., 1] - e1[:, 1] * rel[..., 0]) / det
        inside = ok & (u >= 0) & (v >= 0) & (u + v <= 1)
        y = np.where(inside, a[:, 1] + u * (b - a)[:, 1] + v * (c - a)[:, 1], -np.inf)
        best = np.argmax(y, axis=1)
        height = y[np.arange(len(xz)), best]
        n = np.cross(b - a, c - a)[best]
        n = n / np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
        n = np.where(n[:, 1:2] < 0, -n, n)  # a face's normal as seen from above
        return np.where(np.isfinite(height), height, np.nan), n

    def rim(self) -> float:
        """The height of its top opening: the highest level still as broad as a third of the
        object both ways (a basket's rim under its arched handle, a vase's lip)."""
        bins = np.linspace(self.lo[1], self.hi[1], 25)
        level = np.digitize(self.verts[:, 1], bins)
        for k in range(len(bins), 0, -1):
            v = self.verts[level == k]
            if len(v) and (np.ptp(v[:, [0, 2]], axis=0) >= self.ext[[0, 2]] / 3).all():
                return float(v[:, 1].max())
        return float(self.hi[1])

    def exit(self, origin, direction) -> tuple[np.ndarray, np.ndarray] | None:
        """Where a ray from ``origin`` along ``direction`` last leaves the surface, and the
        face's normal turned along the ray (None when it meets nothing): a true cast through
        the faces, where ``surface`` snaps to the nearest vertex."""
        d = np.asarray(direction, dtype=float)
        d = d / np.linalg.norm(d)
        a, b, c = self.tris[:, 0], self.tris[:, 1], self.tris[:, 2]
        e1, e2 = b - a, c - a
        pv = np.cross(d, e2)
        det = np.einsum("ij,ij->i", e1, pv)
        ok = np.abs(det) > 1e-12
        inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
        tv = np.asarray(origin, dtype=float) - a
        u = np.einsum("ij,ij->i", tv, pv) * inv
        qv = np.cross(tv, e1)
        v = (qv @ d) * inv
        t = np.einsum("ij,ij->i", e2, qv) * inv
        hit = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (t > 0)
        if not hit.any():
            return None
        k = int(np.argmax(np.where(hit, t, -np.inf)))
        n = np.cross(e1[k], e2[k])
        n = n / max(float(np.linalg.norm(n)), 1e-12)
        return np.asarray(origin, dtype=float) + t[k] * d, (n if n @ d > 0 else -n)

    def point(self, fx: float, fy: float, fz: float) -> np.ndarray:
        """A point inside the bounds by fractions of each axis (0.5 is the middle)."""
        return self.lo + self.ext * np.array([fx, fy, fz])

    def surface(self, origin, direction) -> tuple[np.ndarray, np.ndarray]:
        """Where a ray from ``origin`` along ``direction`` leaves the object, and the normal."""
        d = np.asarray(direction, dtype=float)
        d = d / np.linalg.norm(d)
        rel = self.verts - origin
        along = rel @ d
        perp = np.linalg.norm(rel - along[:, None] * d, axis=1)
        i = int(np.argmax(along - 3.0 * perp))
        n = self.normals[i] if np.dot(self.normals[i], d) > 0 else d
        return self.verts[i], n

    def scatter(self, rng: Rng, count: int, up_bias: float = 0.0):
        """``count`` seeded surface points and normals spread over the object."""
        out = []
        for _ in range(count):
            d = rng.normal(size=3)
            d[1] += up_bias
            out.append(self.surface(self.mid, d))
        return out


def _on(p: np.ndarray, n: np.ndarray, spin: float = 0.0) -> np.ndarray:
    return at(*p) @ align(n) @ rot("y", spin)


def wings(a: Anchor, rng: Rng) -> list[Part]:
    """A pair of swept wings on the upper sides."""
    out = []
    for s in (-1, 1):
        p, _ = a.surface(a.point(0.5, 0.65, 0.5), (s, 0, 0))
        m = at(*p) @ rot("z", s * 30) @ scl(s, 1, 1) @ rot("x", 90) @ scl(0.7 * a.size)
        out.append(slab(wing(), 0.04, m, 1, "wings"))
    return out


def legs(a: Anchor, rng: Rng) -> list[Part]:
    """Four legs with feet under the object."""
    out = []
    h = 0.3 * a.size
    for fx in (0.25, 0.75):
        for fz in (0.25, 0.75):
            p, _ = a.surface(a.point(fx, 0.4, fz), (0, -1, 0))
            foot = p + v3((fx - 0.5) * 0.2 * a.size, -h, (fz - 0.5) * 0.2 * a.size)
            out.append(
                tube([p + v3(0, 0.05 * a.size, 0), foot], [0.04 * a.size, 0.03 * a.size], slot=1)
            )
            out.append(sphere(0.05 * a.size, at(*foot) @ scl(1, 0.5, 1.3), 1))
    return out


def tentacles(a: Anchor, rng: Rng) -> list[Part]:
    """Six wavy tapering tentacles hanging from below."""
    out, s = [], a.size
    for i in range(6):
        ang = i * np.pi / 3
        p, _ = a.surface(a.point(0.5, 0.3, 0.5), (np.cos(ang), -1.5, np.sin(ang)))
        ph = rng.uniform(0, 6)
        pts = [
            p
            + v3(
                np.cos(ang) * j * 0.08 * s + 0.04 * s * np.sin(ph + j),
                -j * 0.12 * s,
                np.sin(ang) * j * 0.08 * s,
            )
            for j in range(5)
        ]
        out.append(tube(pts, [0.05 * s, 0.04 * s, 0.03 * s, 0.015 * s, 0.0], slot=2))
    return out


def eyes(a: Anchor, rng: Rng) -> list[Part]:
    """Two big eyes on the front, looking at the viewer."""
    out = []
    for s in (-1, 1):
        p, n = a.surface(a.point(0.5 + s * 0.18, 0.7, 0.5), (0, 0, 1))
        out += eyeball(p, n, 0.09 * a.size)
    return out


def eyeball(p: np.ndarray, n: np.ndarray, r: float) -> list[Part]:
    look = align(n)
    return [
        sphere(r, at(*p) @ look, "sclera", "eyes"),
        sphere(r * 0.45, at(*p) @ look @ at(0, r * 0.8, 0) @ scl(1, 0.45, 1), "pupil", "eyes"),
    ]


def teeth(a: Anchor, rng: Rng) -> list[Part]:
    """A grinning mouth across the front: a dark slit, a row of teeth hanging over it and a row
    standing under it, standing out of the surface so they show, two of them fangs."""

    def front(fx: float) -> tuple[np.ndarray, np.ndarray]:
        origin = a.point(fx, 0.5, 0.5)
        return a.exit(origin, (0, 0, 1)) or a.surface(origin, (0, 0, 1))

    out = []
    p, n = front(0.5)
    slit = at(*p) @ scl(0.22 * a.ext[0], 0.03 * a.size, 0.012 * a.size)  # the dark gape
    out.append(sphere(1.0, slit, "marking", "teeth"))
    for i in range(9):
        p, n = front(0.3 + 0.4 * i / 8)
        h = 0.07 * a.size * (1.5 if i in (1, 7) else 1.0)
        r = 0.025 * a.size
        for up, dy in ((False, 0.02), (True, -0.02)):
            if up and i % 2 == 0:
                continue  # fewer below
            base = p + n * 0.5 * r + np.array([0.0, dy * a.size, 0.0])
            m = at(*base) @ rot("x", -15 if up else 165)
            out.append(cylinder(r, 0.0, h * (0.8 if up else 1.0), m, "tooth", "teeth"))
    return out


def spikes(a: Anchor, rng: Rng) -> list[Part]:
    """Cones along the surface normals, mostly on top."""
    return [
        cylinder(0.035 * a.size, 0.0, 0.14 * a.size, _on(p, n), 2, "spikes")
        for p, n in a.scatter(rng, 10, up_bias=0.8)
    ]


def roots(a: Anchor, rng: Rng) -> list[Part]:
    """Tapering roots spreading outward and down from the base."""
    out, s = [], a.size
    for i in range(5):
        ang = i * 2 * np.pi / 5 + rng.uniform(0, 0.5)
        p, _ = a.surface(a.point(0.5, 0.2, 0.5), (np.cos(ang), -0.6, np.sin(ang)))
        d = np.array([np.cos(ang), 0, np.sin(ang)])
        pts = [p, p + d * 0.15 * s + (0, -0.08 * s, 0), p + d * 0.3 * s + (0, -0.2 * s, 0)]
        out.append(tube(pts, [0.04 * s, 0.025 * s, 0.0], slot=1))
    return out


def handle(a: Anchor, rng: Rng) -> list[Part]:
    """A loop handle on the right side."""
    s = a.size
    p0, _ = a.surface(a.point(0.5, 0.7, 0.5), (1, 0, 0))
    p1, _ = a.surface(a.point(0.5, 0.35, 0.5), (1, 0, 0))
    pts = [p0, p0 + v3(0.18 * s, 0.02 * s, 0), p1 + v3(0.18 * s, -0.02 * s, 0), p1]
    return [tube(pts, 0.03 * s, slot=1)]


def horns(a: Anchor, rng: Rng) -> list[Part]:
    """Two curved horns rising from the top."""
    out, s = [], a.size
    for sd in (-1, 1):
        p, _ = a.surface(a.point(0.5 + sd * 0.2, 0.5, 0.5), (0, 1, 0))
        pts = [p, p + v3(sd * 0.12 * s, 0.12 * s, 0), p + v3(sd * 0.16 * s, 0.28 * s, -0.06 * s)]
        out.append(tube(pts, [0.05 * s, 0.03 * s, 0.0], slot=2))
    return out


def tail(a: Anchor, rng: Rng) -> list[Part]:
    """A tapering tail curling out of the back."""
    s = a.size
    p, _ = a.surface(a.point(0.5, 0.35, 0.5), (0, 0, -1))
    sway = rng.uniform(-0.1, 0.1) * s
    pts = [
        p,
        p + v3(sway, 0.02 * s, -0.2 * s),
        p + v3(sway * 2, 0.15 * s, -0.35 * s),
        p + v3(sway, 0.3 * s, -0.38 * s),
    ]
    return [tube(pts, [0.05 * s, 0.04 * s, 0.025 * s, 0.0], slot=0)]


def petals(a: Anchor, rng: Rng) -> list[Part]:
    """A ring of petals opening around the top."""
    p, _ = a.surface(a.mid, (0, 1, 0))
    n = 8
    return [
        slab(
            leaf(0.45),
            0.1,
            at(*p) @ rot("y", i * 45) @ rot("x", 55) @ at(0, 0.15 * a.size, 0) @ scl(0.15 * a.size),
            2,
        )
        for i in range(n)
    ]


def gears(a: Anchor, rng: Rng) -> list[Part]:
    """Three gears on the front and sides, facing out."""
    out = []
    for i, d in enumerate(((0, 0.1, 1), (1, 0.3, 0.4), (-1, -0.1, 0.4))):
        p, n = a.surface(a.mid, d)
        m = _on(p, n, rng.uniform(0, 40)) @ rot("x", 90) @ scl((0.12 - 0.02 * i) * a.size)
        out.append(slab(gear(8 + 2 * i), 0.2, m, 3, "gears"))
    return out


def chains(a: Anchor, rng: Rng) -> list[Part]:
    """A chain of links hanging from the side."""
    s = a.size
    p, _ = a.surface(a.point(0.5, 0.8, 0.5), (1, 0, 0))
    out = []
    for i in range(8):
        m = (
            at(*(p + v3(0.06 * s, -i * 0.1 * s, 0)))
            @ rot("y", 90 * (i % 2))
            @ rot("x", 90)
            @ scl(1, 1, 1.5)
        )
        out.append(torus(0.045 * s, 0.012 * s, m, 3))
    return out


def flames(a: Anchor, rng: Rng) -> list[Part]:
    """Flames licking up from the top."""
    return [
        lathe(
            [(0, 0), (0.05, 0.03), (0.045, 0.09), (0.015, 0.15), (0, 0.18)],
            at(*p) @ scl(a.size * rng.uniform(0.8, 1.4)),
            "flame",
        )
        for p, _ in a.scatter(rng, 5, up_bias=3.0)
    ]


def antennae(a: Anchor, rng: Rng) -> list[Part]:
    """Two antennae with bulbs on the top."""
    out, s = [], a.size
    for sd in (-1, 1):
        p, _ = a.surface(a.point(0.5 + sd * 0.1, 0.5, 0.55), (0, 1, 0.3))
        tip = p + v3(sd * 0.1 * s, 0.3 * s, 0.05 * s)
        out.append(tube([p, p + v3(sd * 0.02 * s, 0.15 * s, 0), tip], 0.008 * s, slot=2))
        out.append(sphere(0.03 * s, at(*tip), 2))
    return out


def leaves(a: Anchor, rng: Rng) -> list[Part]:
    """Small leaves sprouting along the surface normals (large ones stood along a fox's back
    like a dragon's fins)."""
    return [
        slab(
            leaf(0.4),
            0.1,
            _on(p, n, rng.uniform(0, 180)) @ at(0, 0.06 * a.size, 0) @ scl(0.065 * a.size),
            1,
        )
        for p, n in a.scatter(rng, 14, up_bias=0.5)
    ]


def windows(a: Anchor, rng: Rng) -> list[Part]:
    """Lit windows set into the front and sides."""
    out = []
    for d in ((0, 0, 1), (1, 0, 0), (-1, 0, 0), (0.3, 0.4, 1)):
        p, n = a.surface(a.mid, d)
        frame = _on(p, n) @ rot("x", 90)
        out.append(
            slab(
                [(0.1, 0.12), (-0.1, 0.12), (-0.1, -0.12), (0.1, -0.12)],
                0.02,
                frame @ scl(a.size * 0.6, a.size * 0.6, a.size),
                3,
            )
        )
        out.append(
            slab(
                [(0.08, 0.1), (-0.08, 0.1), (-0.08, -0.1), (0.08, -0.1)],
                0.03,
                frame @ scl(a.size * 0.6, a.size * 0.6, a.size),
                "glow",
            )
        )
    return out


def wheels(a: Anchor, rng: Rng) -> list[Part]:
    """Four wheels with hubs at the bottom corners."""
    out, s = [], a.size
    for sx in (-1, 1):
        for fz in (0.2, 0.8):
            c = a.point(0.5, 0.0, fz) + v3(sx * (a.ext[0] / 2 + 0.02 * s), 0.04 * s, 0)
            out.append(torus(0.09 * s, 0.035 * s, at(*c) @ rot("z", 90), 3))
            out.append(
                cylinder(
                    0.05 * s, 0.05 * s, 0.05 * s, at(*c) @ rot("z", 90) @ at(0, -0.025 * s, 0), 2
                )
            )
    return out


def fins(a: Anchor, rng: Rng) -> list[Part]:
    """A dorsal fin on top and two side fins."""
    s = a.size
    p, _ = a.surface(a.mid, (0, 1, -0.2))
    out = [
        slab(
            [(0.15, 0), (-0.15, 0), (-0.2, 0.25), (-0.05, 0.2)],
            0.02,
            at(*p) @ rot("y", 90) @ scl(s),
            1,
        )
    ]
    for sd in (-1, 1):
        q, _ = a.surface(a.point(0.5, 0.4, 0.5), (sd, 0, 0.3))
        out.append(
            slab(leaf(0.4), 0.12, at(*q) @ rot("z", sd * -60) @ rot("x", 90) @ scl(0.12 * s), 1)
        )
    return out


def halo(a: Anchor, rng: Rng) -> list[Part]:
    """A glowing ring floating above the top."""
    c = np.array([a.mid[0], a.hi[1] + 0.12 * a.size, a.mid[2]])
    return [
        torus(0.25 * a.size, 0.02 * a.size, at(*c) @ rot("x", rng.uniform(-10, 10)), "glow", "halo")
    ]


_JET = [(0.0, 0.0), (0.06, 0.05), (0.16, 0.35), (0.3, 0.7), (0.34, 0.85), (0.22, 0.97), (0.0, 1.0)]
"""A breath's profile along its axis: narrow at the mouth, billowing out, a rounded front."""


def breath(a: Anchor, rng: Rng) -> list[Part]:
    """A breath from the mouth (just ahead of its eyes, where it has them; else the front-most
    point, the highest of them: a spout): a billowing cone reaching the way it faces and a
    little down, with tongues curling off it and
    puffs at its front; fire unless the wish says what it breathes (smoke, frost)."""
    s = a.size
    ahead, eyes = a.facing, a.eyes
    if len(eyes):  # the tip of its snout or beak, just ahead of its eyes (a phoenix's build
        # reaches furthest forward with its tail: it breathed from there)
        c = eyes.mean(0)
        near = a.verts[np.linalg.norm(a.verts - c, axis=1) < 0.2 * s]
        mouth = near[np.argmax(near @ ahead)].copy()
        mouth[1] = min(float(mouth[1]), float(c[1]))
    else:
        front = a.verts[a.verts @ ahead >= (a.verts @ ahead).max() - 0.03 * s]
        mouth = front[np.argmax(front[:, 1])]
    d = ahead + np.array([0.0, -0.22, 0.0])
    d = d / np.linalg.norm(d)
    reach = 0.5 * s
    out = [lathe(_JET, at(*mouth) @ align(d) @ scl(0.3 * s, reach, 0.3 * s), "flame", "breath")]
    for _ in range(5):  # tongues licking off the sides
        t = rng.uniform(0.35, 0.8)
        side = rng.normal(size=3)
        side -= d * (side @ d)
        side /= max(np.linalg.norm(side), 1e-9)
        base = mouth + d * t * reach + side * 0.07 * s * t
        m = at(*base) @ align(d + 0.8 * side) @ scl(0.4 * s * rng.uniform(0.6, 1.0))
        out.append(lathe([(0, 0), (0.05, 0.03), (0.045, 0.09), (0.015, 0.15), (0, 0.18)], m,
                         "flame", "breath"))  # fmt: skip
    for _ in range(4):  # puffs rolling off the front
        c = mouth + d * reach * rng.uniform(0.85, 1.05) + rng.normal(size=3) * 0.04 * s
        out.append(sphere(0.045 * s * rng.uniform(0.7, 1.2), at(*c), "flame", "breath"))
    return out


def exhale(a: Anchor, rng: Rng) -> list[Part]:
    """A breath seen in cold air, for what breathes (the ``breathe`` motion): a trail of small
    pale puffs of mist from the mouth (the front-most point of its upper half, the highest of
    them), growing as they drift forward and a little up."""
    s = a.size
    ahead = a.facing
    upper = a.verts[a.verts[:, 1] >= a.lo[1] + 0.45 * a.ext[1]]  # a face, not a foot
    reach = upper @ ahead
    front = upper[reach >= reach.max() - 0.03 * float(np.abs(a.ext @ ahead))]
    mouth = front[np.argmax(front[:, 1])]
    out: list[Part] = []
    for k in range(5):
        t = (k + 1) / 5
        drift = np.array([0.0, 0.05 * t, 0.0]) + ahead * (0.06 + 0.28 * t)
        c = mouth + drift * s + rng.normal(size=3) * 0.01 * s
        r = s * (0.025 + 0.045 * t) * rng.uniform(0.85, 1.15)
        out.append(sphere(1.0, at(*c) @ scl(r, 0.8 * r, r), "mist", "exhale"))
    return out


def vines(a: Anchor, rng: Rng) -> list[Part]:
    """Vines winding up round the object from its foot, hugging its surface, leaves along
    them: green unless the wish says what they are (``parts[i].made_of``)."""
    s = a.size
    out: list[Part] = []
    for k in range(3):
        a0 = 2 * np.pi * k / 3 + rng.uniform(-0.4, 0.4)
        turns = rng.uniform(0.8, 1.3) * (1 if k % 2 else -1)
        pts = []
        for t in np.linspace(0.02, 0.92, 14):
            ang = a0 + 2 * np.pi * turns * t
            origin = np.array([a.mid[0], a.lo[1] + t * a.ext[1], a.mid[2]])
            p, n = a.surface(origin, (np.cos(ang), 0.15, np.sin(ang)))
            q = p + n * 0.012 * s
            if not pts or np.linalg.norm(q - pts[-1]) > 0.02 * s:  # no zero-length step
                pts.append(q)
        if len(pts) < 3:
            continue
        out.append(tube(pts, 0.011 * s, slot="ivy", tag="vines"))
        for j in range(1, len(pts) - 1, 2):  # a leaf at every other turn of the stem
            d = pts[j + 1] - pts[j - 1]
            m = at(*pts[j]) @ align(d) @ rot("y", rng.uniform(0, 360)) @ rot("x", 60)
            m = m @ at(0, 0.04 * s, 0) @ scl(0.05 * s)
            out.append(slab(leaf(0.45), 0.1, m, "ivy", "vines"))
    return out


PART_BUILDERS: dict[str, Callable[[Anchor, Rng], list[Part]]] = {
    f.__name__: f
    for f in (wings, legs, tentacles, eyes, teeth, spikes, roots, handle, horns, tail, petals,
              gears, chains, flames, antennae, leaves, windows, wheels, fins, halo, breath, vines)
}  # fmt: skip
"""Part builders by part name."""

OWN_LOOK: frozenset[str] = frozenset({"breath", "vines"})
"""Parts built in a material of their own (a breath's fire, green vines; their specials) which
take the material the wish says they are made of ("breathing frost", "vines of gold"), where
other parts keep their specials (eyes stay eyes)."""
