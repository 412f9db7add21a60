"""Twists of strands, sparks and wind, and one of skins: lightning, unravelling and tangled grow
parts; blowing away carries the finished geometry off and inside out peels it open.

- ``lightning``: a jagged bolt strikes its top from above, forking on the way, and short arcs
  crackle over its body, in a glowing blue-white (or the colour the text gives it).
- ``unravelling``: a strand of its own stuff comes loose from its front, hangs in a loop to the
  floor and lies there in loose coils.
- ``tangled``: loops of string (or the stuff the text says it is tangled in) wind round it at
  every height and slant, hugging its outline, a few loose ends hanging down.
- ``blowing_away``: its upper downwind side comes apart into flakes of itself that stream off
  with the wind, spreading and shrinking as they go.
- ``inside_out``: its upper half peels back in petals that show a red lining, and what was inside
  bulges out of the top.
- ``unfolding``: its upper half opens out in broad flaps of itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from figment.spec import Modifier, ObjectSpec

from ._geometry import Part, Slot, Solid, at, build_part, rot
from ._kit import chain
from ._modifiers import noise3
from ._parts import Anchor
from ._primitives import cylinder, sphere, torus, tube

__all__ = [
    "WIND", "blowing_away", "flakes", "inside_out", "lightning", "sinking", "tangled",
    "unfolding", "unravelling",
]  # fmt: skip

Rng = np.random.Generator

WIND = np.array([0.8, 0.0, -0.6])
"""Where the wind blows what it carries off: across a still taken from the front right."""
_FRONT = np.array([0.6, 0.0, 0.8])
"""The side a still is taken from (front right), where a loose strand shows."""
_SKIN = frozenset(("sclera", "pupil", "tooth", "marking"))
"""Specials that are the object's own skin (its eyes, teeth, markings): they come apart, peel
and blow away with it; flames and glows it grew stay whole."""


def _zigzag(a: np.ndarray, b: np.ndarray, n: int, jag: float, rng: Rng) -> list[np.ndarray]:
    """Points from a to b with every inner point knocked sideways, alternately, by up to ``jag``."""
    d = b - a
    side = np.cross(d, rng.normal(size=3))
    side /= max(float(np.linalg.norm(side)), 1e-9)
    other = np.cross(d / max(float(np.linalg.norm(d)), 1e-9), side)
    pts = [a]
    for k in range(1, n):
        t = k / n + rng.uniform(-0.3, 0.3) / n
        kick = side * (-1) ** k * rng.uniform(0.4, 1.0) + other * rng.uniform(-0.5, 0.5)
        pts.append(a + d * t + kick * jag)
    return [*pts, b]


def _bolt(pts: list[np.ndarray], r: float, slot: Slot, tag: str) -> list[Part]:
    """A bolt: a straight glowing rod along each leg of a zigzag, thinning toward its end, so
    its corners stay sharp (one smooth tube would round them off)."""
    n = len(pts) - 1
    out = []
    for k in range(n):
        r0, r1 = r * (1 - 0.5 * k / n), r * (1 - 0.5 * (k + 1) / n)
        out.append(tube([pts[k], pts[k + 1]], [r0, r1], slot=slot, tag=tag))
    return out


def lightning(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """A bolt from above striking its top (a fork or two breaking off it), a flash where it
    strikes, and arcs crackling between points of its surface a little off it."""
    s = a.size
    top = max((np.asarray(p, dtype=float) for p, _ in a.scatter(rng, 12, up_bias=6.0)),
              key=lambda q: q[1])  # fmt: skip
    sky = top + np.array([rng.uniform(-0.15, 0.15) * s, 0.6 * s, rng.uniform(-0.15, 0.15) * s])
    main = _zigzag(sky, top, 7, 0.07 * s, rng)
    out = _bolt(main, 0.02 * s, "spark", "lightning")
    for k in rng.choice(np.arange(2, 5), size=1 + round(m.amount), replace=False):
        start = main[int(k)]
        away = np.array([rng.uniform(-1, 1), -0.9, rng.uniform(-1, 1)]) * 0.22 * s
        out += _bolt(_zigzag(start, start + away, 3, 0.035 * s, rng), 0.01 * s, "spark",
                     "lightning")  # fmt: skip
    out.append(sphere(0.045 * s, at(*top), "spark", "lightning"))
    points = a.scatter(rng, 2 * (3 + round(4 * m.amount)), up_bias=0.5)
    for (p, n), (q, n2) in zip(points[::2], points[1::2], strict=True):
        p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
        if np.linalg.norm(q - p) > 0.45 * s:  # an arc jumps a short gap, not across it
            q = p + (q - p) * 0.45 * s / float(np.linalg.norm(q - p))
        lift = (np.asarray(n, dtype=float) + np.asarray(n2, dtype=float)) * 0.06 * s
        arc = _zigzag(p + lift * 0.3, q + lift * 0.3, 5, 0.025 * s, rng)
        arc = [x + lift * np.sin(np.pi * j / (len(arc) - 1)) for j, x in enumerate(arc)]
        out += _bolt(arc, 0.007 * s, "spark", "lightning")
    return out


def unravelling(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """A strand of its own stuff come loose from its front: it leaves the surface a little
    below the middle, hangs in a loop to the floor and lies there in loose coils."""
    s, r = a.size, 0.014 * a.size
    turn = rng.uniform(-0.35, 0.35)
    out_dir = np.array([_FRONT[0] * np.cos(turn) - _FRONT[2] * np.sin(turn), 0.0,
                        _FRONT[0] * np.sin(turn) + _FRONT[2] * np.cos(turn)])  # fmt: skip
    height = a.lo[1] + a.ext[1] * rng.uniform(0.35, 0.55)
    hit = a.exit(np.array([a.axis[0], height, a.axis[2]]), out_dir)
    start, n = hit if hit is not None else a.surface(a.mid, out_dir)
    start = np.asarray(start, dtype=float)
    floor = float(a.lo[1]) + r
    reach = start + out_dir * (0.25 + 0.2 * m.amount) * s
    path = [start - np.asarray(n, dtype=float) * r, start + np.asarray(n, dtype=float) * 0.03 * s]
    drop = start[1] - floor
    for t in (0.3, 0.6, 0.85):  # it hangs out and down in a loose loop
        p = start + (reach - start) * t
        path.append(
            np.array([p[0], start[1] - drop * t**1.6, p[2]]) + rng.normal(size=3) * 0.01 * s
        )
    centre = np.array([reach[0], floor, reach[2]])
    path.append(centre)
    # loose coils on the floor: loops of wandering size round where it landed
    angle = rng.uniform(0, 2 * np.pi)
    for k in range(10 + round(8 * m.amount)):
        angle += rng.uniform(0.6, 1.1)
        rad = s * rng.uniform(0.05, 0.12)
        c = centre + out_dir * 0.04 * s * (k / 6)
        lift = r * (1.0 + 1.5 * (k % 3 == 1))  # lying over itself where the coils cross
        path.append(c + np.array([np.cos(angle) * rad, lift - r, np.sin(angle) * rad]))
    out = [tube(path, r, slot=0, tag="unravelling")]
    for _ in range(2):  # small loops of it pulled loose beside where it leaves
        p, nn = a.exit(np.array([a.axis[0], height + rng.uniform(-0.1, 0.1) * a.ext[1],
                                 a.axis[2]]),
                       out_dir + rng.normal(size=3) * np.array([0.4, 0, 0.4])) or (start, n)  # fmt: skip
        p, nn = np.asarray(p, dtype=float), np.asarray(nn, dtype=float)
        loop = [p - nn * r, p + nn * 0.04 * s + np.array([0, -0.03 * s, 0]),
                p + nn * 0.05 * s + np.array([0, -0.07 * s, 0]), p + np.array([0, -0.05 * s, 0]) - nn * r]  # fmt: skip
        out.append(tube(loop, r * 0.9, slot=0, tag="unravelling"))
    return out


def sinking(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Sinking into something: a wide pool of it (what the text says it sinks into, else
    water) round the object at a quarter to a third of its height, hiding what is under, with
    rings of ripples spreading from it."""
    from ._twists import said_flow  # (it imports this module)

    said = said_flow(spec, "sinking")
    slot: Slot = "rain" if said is None else said
    # melting into it, it is low already: the water only laps at its foot
    level = a.lo[1] + a.ext[1] * (0.06 if spec.has("melting") else 0.15 + 0.25 * m.amount)
    reach = 0.5 * float(max(a.ext[0], a.ext[2]))
    c = np.array([a.mid[0], level, a.mid[2]])
    pool = cylinder(1.6 * reach, 1.6 * reach, 0.02 * a.size, at(*(c - (0, 0.02 * a.size, 0))),
                    slot, "sinking")  # fmt: skip
    out = [pool]
    for k in range(3):  # ripples spreading out from where it went in
        r = reach * (1.05 + 0.2 * k) + 0.02 * a.size * rng.uniform(-1, 1)
        out.append(torus(r, 0.01 * a.size, at(*c), slot, "sinking"))
    return out


def _outline(a: Anchor, angles: np.ndarray, heights: np.ndarray) -> np.ndarray:
    """How far the object reaches from its axis in each direction at each height: its outline
    seen from above, read off the vertices near that height and direction (all at once)."""
    rel = a.verts - a.axis
    ang = np.arctan2(rel[:, 2], rel[:, 0])
    rad = np.hypot(rel[:, 0], rel[:, 2])
    band = max(0.08 * a.ext[1], 0.04 * a.size)
    toward = np.abs(np.angle(np.exp(1j * (ang[:, None] - angles[None, :])))) < 0.35
    near = toward & (np.abs(a.verts[:, 1:2] - heights[None, :]) < band)
    # nothing at that height that way: its outline that way at any height
    use = np.where(near.any(0)[None, :], near, toward)
    reach = np.where(use, rad[:, None], -np.inf).max(0)
    return np.where(np.isfinite(reach), reach, float(np.median(rad)))


def tangled(a: Anchor, m: Modifier, spec: ObjectSpec, rng: Rng) -> list[Part]:
    """Loops of string winding round it at every height and slant, just off its outline, and a
    few loose ends hanging from them: in what the text says it is tangled in ("tangled in red
    yarn"), else in plain string; cobwebs ("draped in cobwebs") in twice as many fine threads."""
    from ._twists import said_flow  # (it imports this module)

    said = said_flow(spec, "tangled")
    slot: Slot = said if said is not None else "ivy" if "vines" in spec.parts else "string"
    webs = isinstance(said, int) and spec.materials[said].made_of == "lace"
    if isinstance(said, int) and spec.materials[said].made_of == "chains":
        return _chained(a, m, said, rng)
    s, r = a.size, (0.0022 if webs else 0.006) * a.size  # cobwebs: fine threads, many of them
    out: list[Part] = []
    lo, h = float(a.lo[1]), float(a.ext[1])
    loops = (6 + round(6 * m.amount)) * (2 if webs else 1)
    for k in range(loops):
        y0 = lo + h * (0.12 + 0.8 * (k + rng.uniform(0, 1)) / loops)
        tilt, phase = rng.uniform(-0.35, 0.35) * h, rng.uniform(0, 2 * np.pi)
        angles = np.linspace(0, 2 * np.pi, 17) + phase
        heights = np.clip(y0 + tilt * np.cos(angles - rng.uniform(0, 2 * np.pi)), lo + 0.02 * h,
                          lo + h)  # fmt: skip
        reach = _outline(a, angles, heights) + 0.012 * s + r
        loop = np.stack([a.axis[0] + np.cos(angles) * reach, heights,
                         a.axis[2] + np.sin(angles) * reach], 1)  # fmt: skip
        loop[-1] = loop[0]
        out.append(tube(loop, r, slot=slot, tag="tangled"))
        if k % 4 == 1:  # a loose end hanging off it, curling at the tip
            p = loop[rng.integers(0, 16)]
            length = min(float(p[1]) - lo, 0.3 * s)
            bends = np.array([[0, 0, 0], [0.01 * s, -0.5 * length, 0.02 * s],
                              [0.04 * s, -0.9 * length, 0.0], [0.02 * s, -length, -0.03 * s]])  # fmt: skip
            out.append(tube(p + bends, r, slot=slot, tag="tangled"))
    return out


def _chained(a: Anchor, m: Modifier, slot: int, rng: Rng) -> list[Part]:
    """A few heavy chains wound round it at slants, just off its outline: oval links along
    each loop, every other one turned on its edge, and one end hanging loose."""
    s, out = a.size, []
    # a link's radius: big enough to read as a chain from across a room, not so big that it
    # hides a thin thing (a sword)
    r = min(0.03 * s, 0.4 * float(a.ext.min()))
    lo, h = float(a.lo[1]), float(a.ext[1])
    loops = 3 + round(2 * m.amount)
    long = int(np.argmax([a.ext[0], 0.0, a.ext[2]]))
    if h < 0.5 * a.ext[long]:  # a long low thing (a sword, a crossbow): round its length
        return [p for k in range(loops) for p in _links(_girth(a, long, k, loops, r, rng), r, slot)]
    for k in range(loops):
        y0 = lo + h * (0.2 + 0.65 * (k + rng.uniform(0.2, 0.8)) / loops)
        tilt, phase = rng.uniform(-0.25, 0.25) * h, rng.uniform(0, 2 * np.pi)
        angles = np.linspace(0, 2 * np.pi, 49) + phase
        heights = np.clip(y0 + tilt * np.cos(angles - phase), lo + 0.04 * h, lo + h)
        reach = _outline(a, angles, heights) + 0.01 * s + 0.6 * r
        loop = np.stack([a.axis[0] + np.cos(angles) * reach, heights,
                         a.axis[2] + np.sin(angles) * reach], 1)  # fmt: skip
        path = np.concatenate([loop, loop[-1] + np.array([[0, -0.08, 0], [0, -0.2, 0]]) * s])
        out += _links(path if k == 0 else loop, r, slot)
    return out


def _girth(a: Anchor, long: int, k: int, loops: int, r: float, rng: Rng) -> np.ndarray:
    """The k-th of ``loops`` slanted rings round a long low thing's length, each just off the
    outline of the part of it where it lies."""
    t = float(a.lo[long] + a.ext[long] * (0.15 + 0.7 * (k + rng.uniform(0.3, 0.7)) / loops))
    near = a.verts[np.abs(a.verts[:, long] - t) < 0.06 * a.ext[long]]
    near = near if len(near) else a.verts
    other = 2 - long
    lo, hi = near.min(0), near.max(0)
    mid, half = (lo + hi) / 2, (hi - lo) / 2 + 0.01 * a.size + 0.6 * r
    angles = np.linspace(0, 2 * np.pi, 41) + rng.uniform(0, 2 * np.pi)
    ring = np.zeros((len(angles), 3))
    ring[:, long] = t + np.cos(angles) * rng.uniform(-0.12, 0.12) * a.ext[long]  # a slant
    ring[:, 1] = mid[1] + np.sin(angles) * half[1]
    ring[:, other] = mid[other] + np.cos(angles) * half[other]
    return ring


def _links(path: np.ndarray, r: float, slot: int) -> list[Part]:
    """Chain links of radius ``r`` along a polyline (``_kit.chain``), tagged as the twist's."""
    length = float(np.linalg.norm(np.diff(path, axis=0), axis=1).sum())
    links = max(2, round(length / (2.6 * r)))
    return [replace(p, tag="tangled") for p in chain(path, links, slot, r)]


def blowing_away(solids: list[Solid], amount: float, seed: int) -> list[Solid]:
    """Faces on its upper downwind side, beyond a wavering line, come apart into flakes of
    itself carried off with the wind, rising a little, spreading and shrinking the further they
    go; what it grew (flames, glows) stays whole."""
    body = [s for s in solids if len(s.verts)]
    lo = np.min([s.verts.min(0) for s in body], axis=0)
    hi = np.max([s.verts.max(0) for s in body], axis=0)
    mid, top = (lo + hi) / 2, float(hi[1])
    wind = WIND / np.linalg.norm(WIND)
    reach = float(np.abs((hi - lo) * wind).sum()) / 2
    rng = np.random.default_rng(seed)
    out: list[Solid] = []
    for s in solids:
        if isinstance(s.slot, str) and s.slot not in _SKIN:
            out.append(s)
            continue
        centre = s.verts[s.faces].mean(1)
        downwind = ((centre - mid) @ wind) / max(reach, 1e-6)  # -1 upwind .. 1 downwind
        up = (centre[:, 1] - lo[1]) / max(top - lo[1], 1e-6)
        wave = 0.25 * noise3(centre * 4.0, seed)[:, 0]
        score = downwind + 0.8 * up + wave
        line = 1.45 - 0.75 * amount
        off = score > line
        if len(s.faces[~off]):
            out.append(_used(Solid(s.verts, s.faces[~off], s.slot, s.tag, s.welded, s.uv)))
        if not off.any():
            continue
        faces, c = s.faces[off], centre[off]
        kept = rng.random(len(faces)) < 0.7
        faces, c = faces[kept], c[kept]
        gone = np.clip((score[off][kept] - line) / 0.8, 0, 1)[:, None] + rng.uniform(
            0, 0.35, (len(c), 1)
        )
        drift = (wind * 0.9 + np.array([0.0, 0.2, 0.0])) * top * gone**1.3
        drift = drift + rng.normal(0, 0.06 * top, drift.shape) * gone
        out.append(flakes(s, faces, c, 1.0 - 0.55 * np.clip(gone, 0, 1), drift))
    return out


def flakes(
    s: Solid, faces: np.ndarray, centres: np.ndarray, shrink: np.ndarray, drift: np.ndarray
) -> Solid:
    """Each of ``faces`` of ``s`` a flake of its own: its corners shrunk toward its centre (by
    ``shrink``, one a face) and carried off by ``drift`` (a row a face), each flake its own
    three vertices."""
    corners = s.verts[faces]
    moved = centres[:, None, :] + (corners - centres[:, None, :]) * shrink[:, :, None]
    moved = moved + drift[:, None, :]
    uv = s.uv[faces].reshape(-1, 4) if s.uv is not None else None
    idx = np.arange(len(faces) * 3).reshape(-1, 3)
    return Solid(moved.reshape(-1, 3), idx, s.slot, s.tag, False, uv)


def _used(s: Solid) -> Solid:
    """The solid with only the vertices its faces use (those of faces torn away would count in
    its bounds, and the object would be fitted off centre)."""
    keep = np.unique(s.faces)
    if len(keep) == len(s.verts):
        return s
    index = np.full(len(s.verts), -1, dtype=np.int64)
    index[keep] = np.arange(len(keep))
    uv = s.uv[keep] if s.uv is not None else None
    return Solid(s.verts[keep], index[s.faces], s.slot, s.tag, s.welded, uv)


def _turn(v: np.ndarray, axis: np.ndarray, angle: np.ndarray) -> np.ndarray:
    """Each row of ``v`` turned about the unit ``axis`` (one per row) by its ``angle``."""
    c, s = np.cos(angle)[:, None], np.sin(angle)[:, None]
    along = (v * axis).sum(1, keepdims=True) * axis
    return v * c + np.cross(axis, v) * s + along * (1 - c)


def inside_out(solids: list[Solid], amount: float, seed: int) -> list[Solid]:
    """Turned inside out: its upper part splits into petals that peel back outward and down
    (further the higher they were, so they curl), showing their inside, lined in a deep red,
    while what was inside bulges out of the top in the same red; the rest keeps its shape, so
    the thing still reads. A thing that lies long and low (a flute, a fish) peels back from
    its end only (its petals flung far shrank a flute to red shards)."""
    return _lengthwise(
        solids,
        lambda upright, long: _peeled(
            upright, amount, seed, 0.86 - 0.06 * amount if long else 0.7 - 0.1 * amount
        ),
    )


def unfolding(solids: list[Solid], amount: float, seed: int) -> list[Solid]:
    """Unfolding: its upper half opens out in broad flaps, as a folded thing opening up, their
    insides its own stuff (a long low thing opens at one end)."""
    return _lengthwise(
        solids, lambda upright, long: _peeled(upright, amount, seed, 0.85 if long else 0.68, False)
    )


def _lengthwise(
    solids: list[Solid], peel: Callable[[list[Solid], bool], list[Solid]]
) -> list[Solid]:
    """``peel`` applied with the thing's length upward: as it stands, or, for a thing that lies
    long and low, turned on end and back (``peel`` told which)."""
    body = [s for s in solids if len(s.faces)]
    ext = np.ptp(np.concatenate([s.verts for s in body]), axis=0)
    if ext[1] >= 0.6 * max(ext[0], ext[2]):
        return peel(solids, False)
    turn = rot("z", 90)[:3, :3] if ext[0] >= ext[2] else rot("x", -90)[:3, :3]  # its length up
    upright = [Solid(s.verts @ turn.T, s.faces, s.slot, s.tag, s.welded, s.uv) for s in solids]
    return [
        Solid(s.verts @ turn, s.faces, s.slot, s.tag, s.welded, s.uv) for s in peel(upright, True)
    ]


def _peeled(
    solids: list[Solid], amount: float, seed: int, keep: float, lined: bool = True
) -> list[Solid]:
    """Its part above ``keep`` of its height peeled back in petals, lined in red, its inside
    bulging out of the top (``lined``; else the flaps only, their inside its own stuff)."""
    rng = np.random.default_rng(seed)
    body = [s for s in solids if len(s.faces)]
    verts = np.concatenate([s.verts for s in body])
    lo, hi = verts.min(0), verts.max(0)
    axis_xz = (lo + hi)[[0, 2]] / 2
    cut = lo[1] + (hi[1] - lo[1]) * keep
    petals = 5 + int(rng.integers(0, 2))
    phase = rng.uniform(0, 2 * np.pi)
    width = 2 * np.pi / petals
    out: list[Solid] = []
    # each petal hinges where the outline is at the cut, that way
    ring = verts[np.abs(verts[:, 1] - cut) < 0.06 * (hi[1] - lo[1])]
    ring_rel = ring[:, [0, 2]] - axis_xz
    ring_sector = np.floor(((np.arctan2(ring_rel[:, 1], ring_rel[:, 0]) - phase) % (2 * np.pi))
                           / width).astype(np.int64)  # fmt: skip
    ring_r = np.hypot(ring_rel[:, 0], ring_rel[:, 1])
    fallback = float(ring_r.max()) if len(ring) else 0.3 * float((hi - lo).max())
    reach = np.array([float(ring_r[ring_sector == j].max()) if (ring_sector == j).any()
                      else fallback for j in range(petals)])  # fmt: skip
    for s in solids:
        if isinstance(s.slot, str) and s.slot not in _SKIN:
            out.append(s)  # flames, glows: as they were
            continue
        v = s.verts
        rel = v[:, [0, 2]] - axis_xz
        ang = np.arctan2(rel[:, 1], rel[:, 0]) - phase
        sector = np.floor((ang % (2 * np.pi)) / width).astype(np.int64)
        up = v[:, 1] > cut
        if not up.any():
            out.append(s)
            continue
        centre = phase + (sector + 0.5) * width
        out_dir = np.stack([np.cos(centre), np.zeros_like(centre), np.sin(centre)], 1)
        r = reach[np.minimum(sector, petals - 1)][:, None]
        hinge = np.concatenate([axis_xz[0] + out_dir[:, :1] * r, np.full((len(v), 1), cut),
                                axis_xz[1] + out_dir[:, 2:] * r], 1)  # fmt: skip
        tangent = np.stack([-out_dir[:, 2], np.zeros(len(v)), out_dir[:, 0]], 1)
        t = np.clip((v[:, 1] - cut) / max(hi[1] - cut, 1e-6), 0, 1)
        bend = 40 + 100 * amount if lined else 35 + 45 * amount
        angle = np.where(up, -np.radians(bend) * t**0.6, 0.0)
        moved = hinge + _turn(v - hinge, tangent, angle)
        nv = np.where(up[:, None], moved, v)
        f = s.faces
        torn = up[f].any(1) & (sector[f] != sector[f][:, :1]).any(1)  # between two petals
        kept = f[~torn]
        out.append(_used(Solid(nv, kept, s.slot, s.tag, s.welded, s.uv)))
        flap = kept[up[kept].all(1)]
        if len(flap):  # its inside, now outside: a lining just under the petal's old inner face
            n = np.zeros_like(nv)
            tri = np.cross(nv[flap[:, 1]] - nv[flap[:, 0]], nv[flap[:, 2]] - nv[flap[:, 0]])
            for k in range(3):
                np.add.at(n, flap[:, k], tri)
            n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
            lining = nv - n * 0.006 * float((hi - lo).max())
            slot, tag = ("lining", "inside_out") if lined else (s.slot, "unfolding")
            out.append(_used(Solid(lining, flap[:, ::-1].copy(), slot, tag, s.welded, s.uv)))
    if not lined:
        return out
    # what was inside, bulging out of the open top
    c = np.array([axis_xz[0], cut, axis_xz[1]])
    b = min(0.4 * float(np.median(reach)), 0.1 * float((hi - lo).max()))
    bulge = sphere(1.0, at(*c) @ np.diag([b, 0.8 * b, b, 1.0]), "lining", "inside_out")
    out.append(build_part(bulge, 1.0))
    return out
