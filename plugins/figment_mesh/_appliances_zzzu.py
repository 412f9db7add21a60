"""More of the device family's appliances, from 1171: a carnival feather headdress, brigadeiros,
a giant water lily, a stilt house, a tambourine, a capybara, a piranha, a banana plant.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl
from ._kit import band, blob, cone, lobed, loft, rod, solid, studs, unit
from ._primitives import box, cylinder, lathe, slab, sphere, strip, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_ZZZU"]

Rng = np.random.Generator

_HEX = np.stack([np.cos(np.arange(6) * np.pi / 3), np.sin(np.arange(6) * np.pi / 3)], 1)
"""A six-sided cross-section for the many small round tubes (bananas)."""


def _feather(root, d, side, length: float, width: float, slot, tip) -> list[Part]:
    """One long plume from root along d (bowing back a little), flat across ``side``: a quill,
    a broad vane tapering to both ends, its tip in another colour."""
    r, d, s = np.asarray(root, float), unit(d), unit(side)
    back = np.array([0.0, 0.0, -1.0])
    pts = [r + d * length * t + back * length * 0.12 * t * t for t in (0.0, 0.3, 0.6, 0.85, 1.0)]
    parts = [band(pts[:4], [width * 0.25, width * 0.85, width, width * 0.8], 0.006, s, slot)]
    parts.append(band(pts[2:], [width * 0.9, width * 0.95, width * 0.3], 0.008, s, tip))
    parts.append(rod(pts[0], pts[-1], 0.008, slot))
    return parts


def _carnival_headdress(rng: Rng) -> list[Part]:
    """A Brazilian carnival feather headdress on its own: a jewelled headband with a tall shield
    of a crown at its front studded with red, blue and yellow gems and glinting sequins, and
    rising behind it a huge semicircular fan of long plumes, twice the head's height, their tips
    alternately golden and pink, a shorter inner row in front of them."""
    R, hb = 0.12, 0.07
    ring = [(R, 0.0), (R + 0.012, 0.0), (R + 0.012, hb), (R, hb)]
    parts = [lathe(ring, at(0, 0.02, 0) @ scl(1.0, 1.0, 1.15), 0, "body", closed=True)]
    crown = [(-0.14, 0.0), (0.14, 0.0), (0.15, 0.1), (0.09, 0.17), (0.0, 0.22), (-0.09, 0.17),
             (-0.15, 0.1)]  # fmt: skip
    front = at(0, 0.02, R * 1.15 + 0.01) @ rot("x", -8) @ scl(1.3, 1.3, 1.0)
    parts.append(slab(sharp(crown), 0.02, front, 0))
    gems = [((0.0, 0.12), 0.035, "card-red"), ((-0.08, 0.08), 0.022, "plume"),
            ((0.08, 0.08), 0.022, "plume"), ((-0.045, 0.15), 0.016, "cloth-yellow"),
            ((0.045, 0.15), 0.016, "cloth-yellow"), ((0.0, 0.04), 0.02, "cloth-yellow"),
            ((-0.11, 0.035), 0.016, "card-red"), ((0.11, 0.035), 0.016, "card-red")]  # fmt: skip
    for (x, y), r, c in gems:
        parts.append(sphere(r, front @ at(x, y, 0.012) @ scl(1.0, 1.0, 0.6), c))
    t = np.linspace(-0.13, 0.13, 12)  # sequins along the crown's foot and the band
    pts = [(front @ np.array([x, 0.012, 0.012, 1.0]))[:3] for x in t]
    a = np.radians(np.linspace(-60, 240, 26))
    band_pts = [(R * 1.02 * np.cos(q), 0.055, R * 1.17 * np.sin(q)) for q in a]
    nrm = [(0, 0, 1)] * len(pts) + [(np.cos(q), 0, np.sin(q)) for q in a]
    parts.append(studs(pts + band_pts, nrm, 0.008, 0.006, "mirror"))
    root = np.array([0.0, 0.1, -0.06])
    n = 25
    for i in range(n):  # the great fan
        ang = np.radians(-88 + 176 * i / (n - 1) + float(rng.uniform(-1.5, 1.5)))
        d = (np.sin(ang), np.cos(ang), -0.25)
        side = (np.cos(ang), -np.sin(ang), 0.0)
        tip = "plume-tip" if i % 2 else "eraser"
        parts += _feather(root + unit(d) * 0.05, d, side, 0.62, 0.075, 0, tip)
    for i in range(11):  # the shorter inner row
        ang = np.radians(-70 + 140 * i / 10)
        d = (np.sin(ang), np.cos(ang), -0.1)
        side = (np.cos(ang), -np.sin(ang), 0.0)
        tip = "eraser" if i % 2 else "plume-tip"
        parts += _feather(root + np.array([0, 0, 0.04]), d, side, 0.4, 0.045, "plume", tip)
    return parts


def _sprinkles(c, r: float, n: int, rng: Rng, slot="marking") -> Part:
    """n short rod-shaped sprinkles lying every which way over a ball of radius r at c: one
    mesh of little four-sided bars."""
    v = rng.normal(size=(n, 3))
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    v = v[v[:, 1] > -0.45]
    ref = rng.normal(size=(len(v), 3))
    t = np.cross(v, ref)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    b = np.cross(v, t)
    L, w = 0.17 * r, 0.028 * r
    p = np.asarray(c, float) + v * (r + w * 0.6)
    e = np.repeat([-1.0, 1.0], 4)[:, None]  # each bar's 8 corners: end, side, height
    cu = np.tile([-1.0, 1.0, 1.0, -1.0], 2)[:, None]
    cv = np.tile([-1.0, -1.0, 1.0, 1.0], 2)[:, None]
    local = e * L / 2, cu * w, cv * w  # (8, 1) each
    verts = p[:, None] + sum(k[None] * a[:, None] for k, a in zip(local, (t, b, v), strict=True))
    one = [(0, 2, 1), (0, 3, 2), (4, 5, 6), (4, 6, 7)]
    for k in range(4):
        k1 = (k + 1) % 4
        one += [(k, k1, 4 + k1), (k, 4 + k1, 4 + k)]
    faces = np.array(one)[None] + 8 * np.arange(len(v))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot, facets=True)


def _brigadeiro(m: np.ndarray, rng: Rng, tag: str = "") -> list[Part]:
    """One brigadeiro at m: a fluted paper cup and a round ball of fudge sitting in it, covered
    all over in chocolate sprinkles."""
    cup = [(0.0, 0.0), (0.075, 0.0), (0.1, 0.055), (0.094, 0.055), (0.07, 0.006), (0.0, 0.006)]
    pm = m[:3, 3]
    parts = [sphere(0.082, m @ at(0, 0.088, 0), 0, tag)]
    parts.append(lathe(cup, m, 1, shape=lobed(48, 16, 0.08)))
    parts.append(_sprinkles(pm + np.array([0, 0.088, 0]), 0.082, 260, rng))
    return parts


def _brigadeiros(rng: Rng) -> list[Part]:
    """Three Brazilian brigadeiros together: small round balls of dark chocolate fudge covered
    all over in tiny rod-shaped chocolate sprinkles, each sitting in a small fluted paper cup."""
    parts = _brigadeiro(at(-0.11, 0, 0.05), rng, "body")
    parts += _brigadeiro(at(0.1, 0, 0.07) @ rot("y", 30), rng)
    parts += _brigadeiro(at(0.0, 0, -0.12) @ rot("y", 70), rng)
    return parts


def _lily_flower(m: np.ndarray) -> list[Part]:
    """A big water-lily flower at m: rings of pointed petals opening upward, white outside and
    pink inside, round a yellow heart."""
    parts = []
    petal = [(0.0, 0.0), (0.05, 0.08), (0.045, 0.2), (0.0, 0.27), (-0.045, 0.2), (-0.05, 0.08)]
    for ring, (n, lean, size, slot) in enumerate(((12, 62, 1.0, "snow"), (10, 40, 0.85, "snow"),
                                                  (8, 22, 0.7, "eraser"))):  # fmt: skip
        for i in range(n):
            yaw = 360 * (i + 0.5 * ring) / n
            pm = m @ rot("y", yaw) @ at(0, 0.02, 0.02) @ rot("x", lean) @ scl(size)
            parts.append(slab(petal, 0.012, pm, slot))
    parts.append(sphere(0.06, m @ at(0, 0.06, 0) @ scl(1.0, 0.6, 1.0), "cloth-yellow"))
    return parts


def _water_lily(rng: Rng) -> list[Part]:
    """An Amazon giant water lily (Victoria) on a patch of water: a huge round flat floating leaf
    like a tray, its rim turned straight up all round, ribs radiating over it, a smaller leaf
    behind, and one big white-and-pink flower standing up out of the water beside it."""
    pond = [(0.0, 0.0), (0.95, 0.0), (0.95, 0.02), (0.0, 0.02)]
    parts = [lathe(pond, at(0.05, 0, 0), "glaze", "body", sides=40)]
    parts += _lily_leaf(at(-0.12, 0.02, 0.05), 0.5, 0.12)
    parts += _lily_leaf(at(0.42, 0.02, -0.52) @ rot("y", 40), 0.3, 0.08)
    spin = float(rng.uniform(0, 30))
    parts += _lily_flower(at(0.52, 0.02, 0.38) @ rot("y", spin) @ scl(1.4))
    parts.append(cylinder(0.05, 0.03, 0.03, at(0.5, 0.0, 0.35), "vine"))
    return parts


def _lily_leaf(m: np.ndarray, R: float, rim: float) -> list[Part]:
    """One giant water-lily leaf at m, R round: a flat floating disc with its rim turned up
    straight like a tray's, raised ribs radiating from its middle and rings of veins."""
    t = 0.012
    prof = [(0.0, 0.0), (R - 0.01, 0.0), (R, 0.01), (R + 0.01, rim), (R - t, rim),
            (R - t, t + 0.01), (R - t - 0.02, t), (0.0, t)]  # fmt: skip
    parts = [lathe(prof, m, 0)]
    for i in range(16):
        a = 2 * np.pi * i / 16
        d = np.array([np.cos(a), 0, np.sin(a)])
        p0 = (m @ np.array([*(d * 0.03), 1.0]))[:3] + np.array([0, t, 0])
        p1 = (m @ np.array([*(d * (R - 0.03)), 1.0]))[:3] + np.array([0, t, 0])
        parts.append(rod(p0, p1, 0.012, 0))
    for f in (0.35, 0.68):
        parts.append(torus(R * f, 0.005, m @ at(0, t, 0), 0))
    parts.append(torus(R, 0.009, m @ at(0, rim, 0), "card-red"))
    return parts


def _stilt_house(rng: Rng) -> list[Part]:
    """A riverside hut on tall wooden stilts over a patch of water: a grid of tall poles rising
    out of the water under a plank floor, a small plank house with a door and a window under a
    steep thatched roof, a railed veranda in front, a ladder from it down to a little dugout
    canoe tied at the foot."""
    W, D, fy = 0.62, 0.5, 0.55
    parts = [box(W + 0.2, 0.04, D + 0.32, at(0, fy, 0.08), 0, "body")]  # the floor
    parts.append(box(1.5, 0.02, 1.4, at(0, 0, 0.1), "glaze"))  # the water
    for x in (-0.38, 0.0, 0.38):  # the stilts
        for z in (-0.22, 0.08, 0.38):
            parts.append(cylinder(0.025, 0.022, fy, at(x, 0.0, z), 0))
    for z in (-0.22, 0.38):  # bracing
        parts.append(rod((-0.38, 0.1, z), (0.38, fy - 0.05, z), 0.02, 0))
    h = 0.34
    hz = -0.05
    parts.append(box(W, h, D, at(0, fy + 0.04, hz), 0))  # the house
    for k in range(1, 6):  # plank lines
        parts.append(box(W + 0.006, 0.006, D + 0.006, at(0, fy + 0.04 + h * k / 6, hz), 1))
    parts.append(box(0.15, 0.25, 0.01, at(-0.12, fy + 0.04, hz + D / 2), "marking"))  # door
    parts.append(box(0.14, 0.1, 0.01, at(0.15, fy + 0.2, hz + D / 2), "window"))
    top = fy + 0.04 + h
    roof = [(-W / 2 - 0.1, -0.03), (W / 2 + 0.1, -0.03), (0.0, 0.42)]
    parts.append(slab(sharp(roof), D + 0.24, at(0, top, hz), "thatch"))
    half = W / 2 + 0.1
    pitch = np.degrees(np.arctan2(0.45, half))
    for k in range(4):  # ragged thatch layers
        f = 0.08 + 0.22 * k
        for s in (-1, 1):
            p = at(s * half * (1 - f), top - 0.03 + 0.45 * f, hz) @ rot("z", -s * pitch)
            parts.append(box(0.05, 0.035, D + 0.28, p @ at(0, -0.005, 0), "thatch"))
    vz = hz + D / 2 + 0.2  # the veranda rail
    for x in (-0.4, -0.2, 0.2, 0.4):
        parts.append(box(0.02, 0.16, 0.02, at(x, fy + 0.04, vz), 0))
    parts.append(box(0.84, 0.02, 0.02, at(0, fy + 0.2, vz), 0))
    for s in (-1, 1):
        parts.append(box(0.02, 0.02, 0.22, at(s * 0.41, fy + 0.2, vz - 0.11), 0))
    lx, lz = 0.05, vz + 0.02  # the ladder
    for s in (-1, 1):
        parts.append(rod((lx + s * 0.05, 0.02, lz + 0.25), (lx + s * 0.05, fy + 0.04, lz), 0.02, 0))
    for k in range(1, 6):
        f = k / 6
        y = 0.02 + (fy + 0.02) * f
        z = lz + 0.25 * (1 - f)
        parts.append(rod((lx - 0.05, y, z), (lx + 0.05, y, z), 0.014, 0))
    yaw = float(rng.uniform(-8, 8))
    canoe = at(0.1, 0.02, lz + 0.38) @ rot("y", yaw) @ scl(1.0, 0.45, 0.55)
    parts.append(tube([(-0.4, 0.08, 0), (-0.25, 0.04, 0), (0.25, 0.04, 0), (0.4, 0.08, 0)],
                      [0.0, 0.1, 0.1, 0.0], canoe, 1))  # fmt: skip
    parts.append(tube([(-0.3, 0.12, 0), (0.3, 0.12, 0)], [0.0, 0.085], canoe, "marking"))
    return parts


def _tambourine(rng: Rng) -> list[Part]:
    """A tambourine tilted up to show its skin: a shallow round wooden hoop much wider than deep,
    a drum skin stretched over one side, six slots round the rim each holding a pair of small
    metal jingle discs on a pin."""
    R, H, t = 0.3, 0.085, 0.018
    tilt = 50.0
    m = at(0, R * np.sin(np.radians(tilt)) + 0.02, 0) @ rot("x", tilt) @ at(0, -H / 2, 0)
    ring = [(R - t, 0.0), (R, 0.0), (R, H), (R - t, H)]
    parts = [lathe(ring, m, 0, "body", closed=True)]
    parts.append(cylinder(R + 0.002, R + 0.002, 0.006, m @ at(0, H - 0.004, 0), 1))  # the skin
    parts.append(torus(R + 0.002, 0.006, m @ at(0, H - 0.004, 0), 1))
    turn = float(rng.uniform(0, 20))
    for i in range(6):  # the jingle slots
        a = np.radians(turn + 60 * i)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        yaw = -np.degrees(a) + 90
        sm = m @ at(*(d * (R + 0.001))) @ rot("y", yaw)
        parts.append(box(0.1, H * 0.45, 0.006, sm @ at(0, H * 0.28, 0), "marking"))
        parts.append(rod((sm @ [-0.05, H * 0.5, 0, 1])[:3], (sm @ [0.05, H * 0.5, 0, 1])[:3],
                         0.005, "steel"))  # fmt: skip
        for s in (-1, 1):  # the pair of discs on the pin
            disc = sm @ at(s * 0.008, H * 0.5, 0.006) @ rot("z", 90)
            parts.append(cylinder(0.036, 0.026, 0.007, disc @ at(0, -0.0035, 0), "steel"))
    return parts


def _capybara(rng: Rng) -> list[Part]:
    """A capybara standing side-on, head to +x: a heavy barrel of a body almost square in
    profile, a big blunt square head with a deep snout, small round ears on top, small eyes
    set high, short thick legs, no tail, coarse brown fur in ragged tufts along its back."""
    look = float(rng.uniform(-4, 4))
    shapes = [
        blob((-0.06, 0.42, 0.0), (0.36, 0.19, 0.2)),  # the barrel
        blob((-0.2, 0.42, 0.0), (0.24, 0.22, 0.21), blend=0.08),  # the heavy rump
        blob((0.1, 0.44, 0.0), (0.2, 0.19, 0.19), blend=0.08),  # the chest
        blob((0.36, 0.5, 0.0), (0.14, 0.12, 0.11), blend=0.07),  # the neck and head
        blob((0.5, 0.46, 0.0), (0.11, 0.12, 0.1), blend=0.05),  # the deep snout
        blob((0.55, 0.44, 0.0), (0.07, 0.1, 0.085), blend=0.04),
    ]
    for x, z in ((0.14, 0.1), (0.14, -0.1), (-0.26, 0.11), (-0.26, -0.11)):
        shapes.append(cone((x, 0.34, z), (x + 0.01, 0.03, z), 0.07, 0.045, 0.05))
    parts = [solid(shapes, 0.022, 0, "body")]
    for x, z in ((0.15, 0.1), (0.15, -0.1), (-0.25, 0.11), (-0.25, -0.11)):
        parts.append(sphere(1.0, at(x + 0.02, 0.0, z) @ scl(0.06, 0.03, 0.05), 1))  # feet
    head = at(0.42, 0.0, 0.0) @ rot("y", look)
    for s in (-1, 1):
        parts.append(sphere(1.0, head @ at(-0.05, 0.63, s * 0.07) @ scl(0.025, 0.035, 0.03), 0))
        parts.append(sphere(0.016, head @ at(0.04, 0.57, s * 0.085), "pupil"))
        parts.append(sphere(1.0, head @ at(0.19, 0.5, s * 0.03) @ scl(0.01, 0.008, 0.012),
                            "marking"))  # nostrils # fmt: skip
    parts.append(box(0.005, 0.05, 0.02, head @ at(0.205, 0.41, 0), "marking"))  # the mouth
    for i in range(12):  # coarse tufts along the back and flanks
        x = -0.3 + 0.055 * i
        for z in (-0.08, 0.0, 0.08):
            y = 0.6 - 0.02 * abs(z) / 0.08 - (0.04 if x < -0.3 else 0.0)
            p0 = np.array([x, y - 0.02, z])
            parts.append(rod(p0, p0 + np.array([-0.04, 0.02, z * 0.2]), 0.012, 0))
    return parts


def _fish_body(x, h, w, shift: float, slot, tag="") -> Part:
    """A fish's flattened body through stations x, heights h and widths w (half sizes), rings
    raised ``shift`` of their height."""
    c = [(xi, 0.4 + shift * hi, 0.0) for xi, hi in zip(x, h, strict=True)]
    u = [(0.0, hi, 0.0) for hi in h]
    v = [(0.0, 0.0, wi) for wi in w]
    t = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    shape = np.stack([np.cos(t), np.sin(t)], 1)
    return loft(c, u, v, shape, slot, tag)


def _piranha(rng: Rng) -> list[Part]:
    """A piranha side-on, head to +x, on a small stand: a deep round body flattened side to side,
    a big blunt head, a strong underbite lower jaw jutting forward with a row of sharp
    triangular teeth, a silver-grey back and a red-orange belly, a dorsal fin, a forked tail."""
    t = np.linspace(-1, 1, 19)[1:-1]
    x = 0.02 + 0.29 * t
    h = 0.04 + 0.2 * (1 - t * t) ** 0.55 - 0.03 * np.clip(-t, 0, 1) ** 2
    w = 0.012 + 0.07 * (1 - t * t) ** 0.6
    parts = [_fish_body(x, h, w, 0.0, 0, "body")]
    wb = w * (0.85 + 0.22 * (1 - t * t) ** 2)  # the belly, swelling out of the body mid-way
    parts.append(_fish_body(x, h * 0.6, wb, -0.4, "fruit-orange"))
    jaw = at(0.25 + float(rng.uniform(0, 0.01)), 0.33, 0.0)  # the jutting lower jaw
    lip = [(-0.08, -0.05), (0.09, -0.02), (0.1, 0.02), (0.0, 0.015), (-0.08, 0.03)]
    parts.append(slab(sharp(lip), 0.08, jaw, 0))
    parts.append(box(0.12, 0.02, 0.07, jaw @ at(0.03, 0.005, 0), "marking"))  # the mouth gap
    for i in range(7):  # the teeth
        for s in (-1, 1):
            tx = 0.09 - 0.025 * i
            tz = s * (0.035 - 0.004 * i) if i else s * 0.012
            parts.append(cylinder(0.008, 0.0, 0.03, jaw @ at(tx, 0.015, tz), "tooth"))
    for s in (-1, 1):  # the eyes, high on the head
        parts.append(sphere(0.03, at(0.19, 0.47, s * 0.05) @ scl(1.0, 1.0, 0.5), "sclera"))
        parts.append(sphere(0.018, at(0.195, 0.47, s * 0.062) @ scl(1.0, 1.0, 0.5), "pupil"))
        gill = [(0.14, 0.52, s * 0.07), (0.1, 0.42, s * 0.08), (0.13, 0.32, s * 0.07)]
        parts.append(tube(gill, 0.007, None, 0))
        fin = at(0.07, 0.36, s * 0.08) @ rot("y", s * 25) @ rot("z", 200)
        parts.append(slab([(0, -0.02), (0.1, -0.01), (0.09, 0.02), (0, 0.02)], 0.008, fin,
                          "fruit-orange"))  # fmt: skip
    dorsal = [(-0.14, 0.0), (0.0, 0.0), (-0.09, 0.1), (-0.13, 0.08)]
    parts.append(slab(sharp(dorsal), 0.012, at(0.0, 0.62, 0), 0))
    anal = [(-0.2, 0.0), (0.0, 0.0), (-0.15, -0.09), (-0.2, -0.07)]
    parts.append(slab(sharp(anal), 0.012, at(-0.02, 0.24, 0), "fruit-orange"))
    tail = [(0.0, 0.02), (-0.16, 0.17), (-0.09, 0.01), (-0.09, -0.01), (-0.16, -0.17),
            (0.0, -0.02)]  # fmt: skip
    parts.append(slab(sharp(tail), 0.012, at(-0.27, 0.4, 0), 0))
    parts.append(cylinder(0.1, 0.1, 0.02, None, "marking"))  # the stand
    parts.append(stick((0.0, 0.02, 0.0), (0.0, 0.2, 0.0), 0.012, "steel"))
    return parts


def _banana_leaf(root, yaw: float, rise: float, length: float, rng: Rng) -> list[Part]:
    """One huge paddle-shaped banana leaf from root, arching out and drooping: a stout midrib
    and on each side of it a row of strips torn apart at ragged splits."""
    r = np.asarray(root, float)
    a = np.radians(yaw)
    out = np.array([np.cos(a), 0.0, np.sin(a)])
    side = np.array([-np.sin(a), 0.0, np.cos(a)])
    up = np.array([0.0, 1.0, 0.0])
    ts = np.linspace(0, 1, 7)
    spine = [r + out * length * t + up * length * (rise * t - 0.9 * t * t) for t in ts]
    radii = [0.016, 0.014, 0.012, 0.01, 0.008, 0.006, 0.003]
    parts = [tube(spine, radii, None, 0, shape=_HEX)]
    n = 9
    for i in range(n):
        f0, f1 = 0.12 + 0.85 * i / n, 0.12 + 0.85 * (i + 0.85) / n
        width = 0.2 * np.sin(np.pi * (0.1 + 0.85 * (i + 0.5) / n)) ** 0.6
        p0 = _along(spine, f0)
        p1 = _along(spine, f1)
        mid = (p0 + p1) / 2
        d = unit(p1 - p0)
        for s in (-1, 1):
            wj = width * float(rng.uniform(0.8, 1.05))
            tip = mid + side * s * wj + d * 0.03 - up * 0.03
            nrm = np.cross(tip - mid, d) * s
            parts.append(strip(mid, tip, nrm, float(np.linalg.norm(p1 - p0)), 0.005, 0))
    return parts


def _along(pts, f: float) -> np.ndarray:
    """The point a fraction f along a polyline of evenly spaced points."""
    k = f * (len(pts) - 1)
    i = min(int(k), len(pts) - 2)
    return pts[i] + (pts[i + 1] - pts[i]) * (k - i)


def _banana_plant(rng: Rng) -> list[Part]:
    """A banana plant: a soft thick trunk of wrapped leaf bases, a crown of huge long paddle-
    shaped leaves torn at their edges arching out all round, and under them a heavy bunch of
    green-yellow bananas in hands curving up round a hanging stem, a purple flower bud dangling
    at its end."""
    H = 1.15
    prof = [(0.0, 0.0), (0.11, 0.0), (0.1, 0.3), (0.085, 0.6), (0.07, H), (0.0, H + 0.02)]
    parts = [lathe(prof, None, 1, "body")]
    for k in range(6):  # the wrapped leaf bases
        y = 0.12 + 0.18 * k
        r = 0.105 - 0.03 * y
        parts.append(cylinder(r + 0.006, r + 0.003, 0.12, at(0, y, 0) @ rot("y", 70 * k), 1))
    parts.append(cylinder(0.13, 0.1, 0.03, None, "soil"))
    for i in range(8):  # the crown of leaves
        yaw = 45 * i + float(rng.uniform(-10, 10))
        rise = 0.75 + 0.25 * (i % 3)
        length = 0.85 + 0.12 * ((i * 5) % 3)
        parts += _banana_leaf((0.0, H - 0.04, 0.0), yaw, rise, length, rng)
    b0 = np.array([0.12, 0.62, 0.3])  # the bunch's hanging stem
    stem = [(0.02, H - 0.1, 0.05), (0.1, H - 0.05, 0.22), (0.13, 0.95, 0.3), b0]
    parts.append(tube(stem, 0.02, None, "vine"))
    for j in range(5):  # the hands of bananas
        c = b0 + np.array([0.0, 0.05 - 0.085 * j, 0.0])
        for i in range(8):
            a = np.radians(45 * i + 22 * j)
            d = np.array([np.cos(a), 0.0, np.sin(a)])
            b = c + d * 0.02
            pts = [b, b + d * 0.07 + np.array([0, 0.02, 0]), b + d * 0.11 + np.array([0, 0.1, 0]),
                   b + d * 0.115 + np.array([0, 0.17, 0])]  # fmt: skip
            parts.append(tube(pts, [0.01, 0.023, 0.022, 0.007], None, "fruit-green", shape=_HEX))
    low = b0 + np.array([0.0, -0.42, 0.0])
    parts.append(tube([b0, low + np.array([0, 0.1, 0])], 0.012, None, "vine"))
    parts.append(lathe([(0.0, 0.0), (0.045, 0.02), (0.06, 0.08), (0.04, 0.13), (0.0, 0.16)],
                       at(*low) @ at(0, -0.06, 0), "match-head"))  # fmt: skip
    return parts


MORE_APPLIANCES_ZZZU = {
    1171: _carnival_headdress, 1172: _brigadeiros, 1173: _water_lily, 1174: _stilt_house,
    1175: _tambourine, 1176: _capybara, 1177: _piranha, 1178: _banana_plant,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
