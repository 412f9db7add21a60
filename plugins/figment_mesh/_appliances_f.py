"""More of the device family's appliances, from 318: binoculars, a thermometer, a camera
tripod, a propeller, a TV remote control, a fire extinguisher, kitchen tongs, a tobacco pipe,
a bullwhip, a fountain pen, a wallet and a lipstick.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, Slot, Sweep, at, rot, scl, segs, v3
from ._kit import FLAT_SECTION, swept
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import gear

__all__ = ["MORE_APPLIANCES_F"]

Rng = np.random.Generator


def _round_rect(w: float, h: float, p: float = 0.25):
    """A rounded rectangle w by h as a superellipse outline (smaller p: squarer corners)."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        c, s = np.cos(t), np.sin(t)
        return np.stack(
            [w / 2 * np.sign(c) * np.abs(c) ** p, h / 2 * np.sign(s) * np.abs(s) ** p], 1
        )

    return outline


def _binoculars(rng: Rng) -> list[Part]:
    """Binoculars lying on the table: two fat barrels side by side, big dark objective lenses
    in their rims toward the viewer, the narrower eyepieces with rubber cups behind, joined by
    a hinge bridge with a ridged focus wheel."""
    m = at(0, 0.18, 0) @ rot("y", 18)
    fwd = rot("x", 90)  # a lathe's +y along +z
    parts = []
    for s in (-1, 1):
        x = s * 0.26
        objective = [(0.0, 0.0), (0.14, 0.0), (0.15, 0.12), (0.17, 0.3), (0.18, 0.42),
                     (0.16, 0.43), (0.14, 0.38), (0.0, 0.38)]  # fmt: skip
        parts.append(lathe(objective, m @ at(x, 0, 0.0) @ fwd, 0, "body" if s < 0 else ""))
        parts.append(cylinder(0.14, 0.14, 0.012, m @ at(x, 0, 0.38) @ fwd, "window"))
        parts.append(torus(0.165, 0.014, m @ at(x, 0, 0.425) @ fwd, 1))
        parts.append(sphere(1.0, m @ at(s * 0.23, 0.0, -0.04) @ scl(0.15, 0.15, 0.17), 0))
        eye = m @ at(s * 0.19, 0.0, -0.45) @ fwd
        parts.append(cylinder(0.085, 0.1, 0.3, eye, 0))  # the eyepiece
        parts.append(lathe([(0.0, 0.0), (0.095, 0.0), (0.1, 0.06), (0.1, 0.12), (0.07, 0.12),
                            (0.0, 0.11)], eye @ at(0, -0.1, 0), "marking"))  # fmt: skip
        for z in (-0.25, 0.12):  # the hinge plates
            parts.append(box(abs(x) + 0.02, 0.04, 0.1, m @ at(s * abs(x) / 2, 0.02, z), 1))
    parts.append(cylinder(0.05, 0.05, 0.6, m @ at(0, 0.04, -0.38) @ fwd, 1))  # the hinge
    wheel = m @ at(0, 0.05, -0.2) @ fwd
    parts.append(slab(gear(18, 0.12), 0.07, wheel @ rot("x", -90) @ scl(0.085), "marking"))
    del rng
    return parts


def _thermometer(rng: Rng) -> list[Part]:
    """A thermometer on its board: a tall glass tube with a fat red bulb at its foot and the red
    column risen partway up it, a pale scale plate marked either side, the board standing on a
    foot."""
    H, W = 1.35, 0.34
    parts = [box(W, H - W / 2, 0.04, at(0, 0.06, 0), 0, "body")]
    parts.append(cylinder(W / 2, W / 2, 0.04, at(0, 0.06 + H - W / 2, -0.02) @ rot("x", 90), 0))
    parts.append(box(0.5, 0.06, 0.3, None, 1))  # its foot
    parts.append(box(0.1, 0.12, 0.1, at(0, 0.05, -0.05), 1))
    parts.append(torus(0.04, 0.012, at(0, H - 0.02, 0.025) @ rot("x", 90), 1))  # a hanging ring
    z = 0.02 + 0.05
    y0, y1 = 0.3, H - 0.16
    parts.append(box(0.24, y1 - y0 + 0.04, 0.008, at(0, y0 - 0.01, 0.022), "pages"))  # the scale
    parts.append(cylinder(0.04, 0.04, y1 - y0, at(0, y0, z), "pane"))  # the glass tube
    parts.append(sphere(0.045, at(0, y1, z), "pane"))
    parts.append(sphere(0.085, at(0, y0 - 0.03, z), "card-red"))  # the bulb
    top = y0 + (y1 - y0) * float(rng.uniform(0.5, 0.72))
    parts.append(cylinder(0.022, 0.022, top - y0, at(0, y0, z), "card-red"))  # the column
    for k in range(21):  # its marks across behind the tube, a long one every fifth
        y = y0 + 0.06 + (y1 - y0 - 0.1) * k / 20
        long = k % 5 == 0
        parts.append(box(0.2 if long else 0.13, 0.008, 0.006, at(0, y, 0.027), "marking"))
        if long:  # a number beside the long marks
            parts.append(box(0.035, 0.035, 0.006, at(-0.085, y - 0.05, 0.027), "marking"))
    for y in (y0 + 0.02, y1 - 0.06):  # the clips holding the tube
        parts.append(box(0.11, 0.03, 0.08, at(0, y, 0.05), 1))
    return parts


def _tripod(rng: Rng) -> list[Part]:
    """A camera tripod: three legs splayed wide, each in three telescoping sections with clamps
    at the joins and rubber feet, a centre column, a pan head with its handle and a camera on
    top with its lens toward the viewer."""
    top, foot = 1.02, 0.62
    parts = [cylinder(0.1, 0.1, 0.07, at(0, top - 0.02, 0), 1, "body")]  # the spider
    for k in range(3):
        a = np.radians(90 + 120 * k)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        p0 = d * 0.09 + v3(0, top, 0)
        p1 = d * foot
        for (t0, t1), r in (((0.0, 0.42), 0.032), ((0.4, 0.72), 0.025), ((0.7, 1.0), 0.018)):
            parts.append(stick(p0 + (p1 - p0) * t0, p0 + (p1 - p0) * t1, r, 0))
        for t in (0.41, 0.71):  # the clamps
            c = p0 + (p1 - p0) * t
            parts.append(stick(c - (p1 - p0) * 0.03, c + (p1 - p0) * 0.03, 0.042, 1))
        parts.append(sphere(0.035, at(*p1) @ at(0, 0.02, 0), "marking"))
    parts.append(stick((0, 0.6, 0), (0, top + 0.14, 0), 0.028, 0))  # the centre column
    parts.append(cylinder(0.07, 0.06, 0.06, at(0, top + 0.12, 0), 1))  # the head
    parts.append(box(0.1, 0.05, 0.08, at(0, top + 0.18, 0), 1))
    parts.append(box(0.16, 0.02, 0.14, at(0, top + 0.23, 0), 1))  # its plate
    handle = [(0.04, top + 0.2, -0.04), (0.18, top + 0.12, -0.25), (0.26, top + 0.06, -0.42)]
    parts.append(tube(handle, 0.018, slot=1))
    parts.append(stick(handle[1], handle[2], 0.026, "marking"))
    cam = at(0, top + 0.25, 0.0)
    parts.append(box(0.4, 0.22, 0.14, cam, "marking"))  # the camera
    parts.append(box(0.15, 0.09, 0.12, cam @ at(0, 0.2, 0.0), "marking"))  # its prism hump
    parts.append(box(0.08, 0.2, 0.1, cam @ at(0.17, 0.0, 0.04), "marking"))  # its grip
    parts.append(cylinder(0.02, 0.02, 0.02, cam @ at(0.14, 0.22, 0.02), 1))  # the shutter
    lens = cam @ at(0, 0.11, 0.07) @ rot("x", 90)
    parts.append(cylinder(0.085, 0.085, 0.16, lens, "marking"))
    parts.append(cylinder(0.09, 0.09, 0.04, lens @ at(0, 0.06, 0), "steel"))
    parts.append(cylinder(0.065, 0.065, 0.01, lens @ at(0, 0.16, 0), "window"))
    parts.append(box(0.1, 0.08, 0.01, cam @ at(0, 0.22, -0.07), "window"))  # the viewfinder
    del rng
    return parts


def _blade(centre: np.ndarray, angle: float, slot: Slot = 0, tag: str = "") -> Part:
    """One propeller blade out from ``centre`` in the xy plane at ``angle`` degrees: an
    airfoil section widening out from the root and rounding to its tip, twisted from steep at
    the root to flat at the tip."""
    a = np.radians(angle)
    out = np.array([np.cos(a), np.sin(a), 0.0])
    side = np.array([-np.sin(a), np.cos(a), 0.0])
    fwd = np.array([0.0, 0.0, 1.0])
    span = [0.06, 0.15, 0.3, 0.45, 0.6, 0.7, 0.77, 0.8, 0.81]
    chord = [0.04, 0.07, 0.12, 0.14, 0.14, 0.13, 0.11, 0.07, 0.0]
    pitch = [62, 50, 38, 29, 22, 18, 16, 15, 15]

    def gen(k: float) -> Sweep:
        n = segs(k, 16, 6)
        r = np.linspace(span[0], span[-1], n)
        c = np.interp(r, span, chord)
        p = np.radians(np.interp(r, span, pitch))[:, None]
        u = np.cos(p) * side + np.sin(p) * fwd  # along the chord
        v = np.cross(out, u)  # through its thickness
        m = segs(k, 14, 6)
        t = np.arange(m) * (2 * np.pi / m)
        shape = np.stack([np.cos(t), 0.14 * np.sin(t) * (1.0 + 0.6 * np.cos(t))], 1)
        centres = centre + r[:, None] * out + 0.02 * np.sin(p) * fwd
        # a pole at the root closes it (inside the hub)
        centres = np.vstack([centres[:1], centres])
        u, v, c = np.vstack([u[:1], u]), np.vstack([v[:1], v]), np.concatenate([[0.0], c])
        return Sweep(centres, u, v, c, shape)

    return swept(gen, slot, tag)


def _propeller(rng: Rng) -> list[Part]:
    """A three-blade propeller on its stand: twisted blades round a hub, a pointed spinner
    toward the viewer, its shaft back into a post on a heavy base."""
    hub = v3(0, 0.86, 0.1)
    spin = float(rng.uniform(-12, 12))
    parts = [_blade(hub, 90 + spin + 120 * k, 0, "" if k else "body") for k in range(3)]
    fwd = at(*hub) @ rot("x", 90)
    parts.append(cylinder(0.13, 0.13, 0.1, fwd @ at(0, -0.06, 0), 1))  # the hub
    spinner = [(0.0, 0.0), (0.13, 0.0), (0.125, 0.06), (0.1, 0.14), (0.055, 0.21), (0.0, 0.25)]
    parts.append(lathe(spinner, fwd @ at(0, 0.04, 0), 1))
    parts.append(stick(hub, (0, 0.86, -0.3), 0.035, "steel"))  # the shaft
    parts.append(cylinder(0.07, 0.07, 0.1, at(0, 0.86, -0.28) @ rot("x", 90), 1))
    parts.append(box(0.1, 0.82, 0.1, at(0, 0.06, -0.32), 1))  # the post
    parts.append(box(0.55, 0.06, 0.45, at(0, 0.0, -0.3), 1))  # the base
    return [p.moved(rot("y", 15)) for p in parts]


def _remote(rng: Rng) -> list[Part]:
    """A TV remote control lying on the table: a long rounded bar, a red power button at its
    top end, a grid of number buttons, a ring of arrow keys round an OK button and two long
    rocker keys, a dark window at its tip."""
    L, W, T = 1.2, 0.28, 0.07
    m = rot("y", -22)
    flat = m @ at(0, T / 2, 0) @ rot("x", -90)
    parts = [slab(_round_rect(W, L, 0.3), T, flat, 0, "body")]
    top = T
    parts.append(box(0.16, 0.04, 0.02, m @ at(0, 0.015, -L / 2 + 0.005), "window"))
    parts.append(cylinder(0.04, 0.04, 0.025, m @ at(-0.07, top, -0.46), "card-red"))  # power
    for k in range(3):  # small function keys
        parts.append(box(0.05, 0.02, 0.03, m @ at(-0.05 + 0.06 * k, top, -0.33), "snow"))
        parts.append(box(0.05, 0.02, 0.03, m @ at(-0.05 + 0.06 * k, top, -0.38), 1))
    for row in range(4):  # the number keys
        for col in range(3):
            if row == 3 and col != 1:
                continue
            c = m @ at(-0.075 + 0.075 * col, top, -0.24 + 0.075 * row)
            parts.append(cylinder(0.028, 0.026, 0.022, c, 1))
    pad = m @ at(0, top, 0.14)
    parts.append(torus(0.075, 0.022, pad @ at(0, 0.005, 0), 1))  # the arrow ring
    parts.append(cylinder(0.038, 0.036, 0.025, pad, "snow"))  # OK
    for s in (-1, 1):  # volume and channel rockers
        parts.append(box(0.05, 0.025, 0.16, m @ at(s * 0.07, top, 0.36), 1))
    for k in range(4):  # coloured keys
        slot = ("card-red", "vine", "glow", "plume")[k]
        parts.append(box(0.04, 0.018, 0.025, m @ at(-0.075 + 0.05 * k, top, 0.49), slot))
    del rng
    return parts


def _extinguisher(rng: Rng) -> list[Part]:
    """A fire extinguisher: a tall red cylinder with a domed top, a black carrying handle and
    squeeze lever over its valve, a round pressure gauge, a pin, a label, and a black hose
    curving down to its nozzle clipped to the side."""
    body = [(0.0, 0.0), (0.17, 0.0), (0.185, 0.03), (0.185, 0.76), (0.17, 0.86), (0.11, 0.93),
            (0.05, 0.95), (0.0, 0.95)]  # fmt: skip
    parts = [lathe(body, None, 0, "body")]
    parts.append(cylinder(0.195, 0.195, 0.05, None, "marking"))
    parts.append(cylinder(0.193, 0.193, 0.3, at(0, 0.3, 0), "snow"))
    for k in range(3):  # the label's pictograms and lettering
        a = 30 + 14 * k
        face = rot("y", a) @ at(0, 0.36, 0.195)
        parts.append(box(0.06, 0.06 if k else 0.1, 0.01, face, "card-red" if k else "marking"))
    parts.append(box(0.2, 0.02, 0.01, rot("y", 44) @ at(0, 0.54, 0.195), "marking"))
    parts.append(cylinder(0.045, 0.045, 0.08, at(0, 0.94, 0), "steel"))  # the valve
    parts.append(box(0.1, 0.08, 0.09, at(0, 1.0, 0), 1))
    handle = [(0.0, 1.03, 0.0), (-0.18, 1.02, 0.02), (-0.32, 0.99, 0.03)]
    parts.append(tube(handle, 0.035, slot="marking", shape=FLAT_SECTION))  # the carrying handle
    lever = [(0.03, 1.1, 0.0), (-0.15, 1.16, 0.02), (-0.32, 1.2, 0.03)]
    parts.append(tube(lever, 0.035, slot="marking", shape=FLAT_SECTION))  # the squeeze lever
    parts.append(torus(0.03, 0.006, at(-0.03, 1.07, 0.06) @ rot("x", 90), "steel"))  # the pin
    gauge = at(0.0, 1.04, 0.0) @ rot("y", 40) @ at(0, 0, 0.06) @ rot("x", 90)
    parts.append(cylinder(0.055, 0.055, 0.03, gauge, "steel"))  # the gauge
    parts.append(cylinder(0.045, 0.045, 0.006, gauge @ at(0, 0.03, 0), "snow"))
    parts.append(box(0.008, 0.004, 0.035, gauge @ at(0.01, 0.036, 0.0) @ rot("y", 50), "marking"))
    parts.append(box(0.02, 0.004, 0.045, gauge @ at(-0.02, 0.034, 0.0) @ rot("y", 90), "vine"))
    hose = [(0.05, 1.0, -0.02), (0.2, 0.98, -0.06), (0.27, 0.8, -0.06), (0.24, 0.55, 0.0),
            (0.2, 0.45, 0.05)]  # fmt: skip
    parts.append(tube(hose, 0.025, slot="marking"))  # the hose
    parts.append(cylinder(0.028, 0.042, 0.16, at(0.2, 0.3, 0.05), "marking"))  # the nozzle
    parts.append(box(0.04, 0.05, 0.05, at(0.19, 0.32, 0.05), 1))  # its clip
    del rng
    return parts


def _tongs(rng: Rng) -> list[Part]:
    """Kitchen tongs lying open on the table: two long metal arms springing apart from a
    rounded hinge end with its pull ring, silicone grips, and broad scalloped heads at their
    tips turned in toward each other."""
    spread = float(rng.uniform(0.15, 0.19))
    x0, x1, h = -0.62, 0.5, 0.05
    parts = []

    def arm_z(x: np.ndarray, s: int) -> np.ndarray:
        f = np.clip((x - x0) / (x1 - x0), 0.0, 1.0)
        return s * (0.02 + spread * f**1.4)

    strip = FLAT_SECTION[:, ::-1]  # thin across, tall up and down
    for s in (-1, 1):
        xs = np.linspace(x0, x1, 7)
        path = [(x, h, z) for x, z in zip(xs, arm_z(xs, s), strict=True)]
        parts.append(tube(path, 0.045, slot=0, tag="body" if s < 0 else "", shape=strip))
        gx = np.linspace(x0 + 0.08, x0 + 0.45, 4)
        grip = [(x, h, z) for x, z in zip(gx, arm_z(gx, s), strict=True)]
        parts.append(tube(grip, 0.055, slot=1, shape=strip * (1.8, 1.0)))
        head = at(x1 + 0.08, h, s * (spread + 0.01)) @ rot("y", s * 12)
        outline = _scallop(0.15, 0.075, 7)
        parts.append(slab(outline, 0.016, head, 0))
        for k in range(6):  # the teeth along the head's inner face
            x = -0.11 + 0.045 * k
            parts.append(box(0.02, 0.1, 0.018, head @ at(x, -0.05, -s * 0.012), 0))
    hinge = [(x0 + 0.02, h, 0.02), (x0 - 0.06, h, 0.015), (x0 - 0.08, h, 0.0),
             (x0 - 0.06, h, -0.015), (x0 + 0.02, h, -0.02)]  # fmt: skip
    parts.append(tube(hinge, 0.045, slot=0, shape=strip))
    parts.append(torus(0.055, 0.01, at(x0 - 0.1, h, 0.0) @ rot("x", 90), 1))  # the pull ring
    parts.append(cylinder(0.012, 0.012, 0.08, at(x0 + 0.02, h, -0.04) @ rot("x", 90), 1))
    return parts


def _scallop(w: float, hgt: float, bumps: int):
    """An oval w by hgt with a scalloped (wavy) rim, for a pair of tongs' heads."""

    def outline(n: int) -> np.ndarray:
        m = max(n, bumps * 8)
        t = np.arange(m) * (2 * np.pi / m)
        r = 1.0 + 0.12 * np.abs(np.sin(bumps * t / 2)) ** 0.7
        return np.stack([w * r * np.cos(t), hgt * r * np.sin(t)], 1)

    return outline


def _pipe(rng: Rng) -> list[Part]:
    """A tobacco pipe standing on its bowl: a round wooden bowl glowing with embers, a shank
    and a gently curved black stem rising to its flat mouthpiece, a wisp of smoke curling up
    from the bowl."""
    m = rot("y", 35)
    bowl = [(0.0, 0.0), (0.1, 0.005), (0.155, 0.07), (0.175, 0.22), (0.17, 0.36), (0.155, 0.42),
            (0.115, 0.42), (0.11, 0.25), (0.0, 0.2)]  # fmt: skip
    parts = [lathe(bowl, m, 0, "body")]
    parts.append(cylinder(0.11, 0.11, 0.02, m @ at(0, 0.34, 0), "cork"))  # the tobacco
    for k in range(5):  # embers
        a = 2 * np.pi * k / 5 + rng.uniform(-0.3, 0.3)
        r = rng.uniform(0.02, 0.07)
        parts.append(sphere(0.025, m @ at(r * np.cos(a), 0.36, r * np.sin(a)), "glow"))
    shank = [(-0.1, 0.12, 0.0), (-0.24, 0.15, 0.0), (-0.36, 0.18, 0.0)]
    parts.append(tube(shank, [0.07, 0.058, 0.052], m, 0))
    parts.append(cylinder(0.05, 0.05, 0.025, m @ at(-0.36, 0.18, 0) @ rot("z", 72), "steel"))
    stem = [(-0.38, 0.187, 0.0), (-0.55, 0.23, 0.0), (-0.72, 0.3, 0.0), (-0.85, 0.37, 0.0)]
    parts.append(tube(stem, [0.046, 0.04, 0.034, 0.03], m, 1))
    bit = [*stem[2:], (-0.93, 0.41, 0.0)]
    parts.append(tube(bit, [0.03, 0.03, 0.018], m, 1, shape=FLAT_SECTION * (1.0, 1.6)))
    wisp = [(0.0, 0.45, 0.0), (0.06, 0.6, 0.02), (-0.03, 0.76, 0.04), (0.05, 0.92, 0.03),
            (-0.02, 1.06, 0.0), (0.03, 1.16, -0.02)]  # fmt: skip
    parts.append(tube(wisp, [0.025, 0.04, 0.05, 0.045, 0.035, 0.0], m, "membrane"))
    return parts


def _whip(rng: Rng) -> list[Part]:
    """A bullwhip lying on the ground: a stiff braided handle with a knob at its butt, and the
    long lash running from it in loose coils, tapering to its thin fall and frayed cracker."""
    butt, neck = v3(-0.72, 0.05, 0.42), v3(-0.36, 0.05, 0.2)
    d = (neck - butt) / np.linalg.norm(neck - butt)
    parts = [stick(butt, neck, 0.042, 0, "body")]
    parts.append(sphere(0.06, at(*(butt - d * 0.03)), 1))  # the knob
    parts.append(stick(neck - d * 0.02, neck + d * 0.04, 0.047, 1))  # the ferrule
    side = np.cross(d, [0.0, 1.0, 0.0])
    up = np.cross(side, d)
    for k in range(8):  # the diamond braid: strands winding both ways
        turn = 1 if k < 4 else -1
        ph = 2 * np.pi * (k % 4) / 4
        pts = []
        for i in range(9):
            t = i / 8
            a = ph + turn * 2.5 * np.pi * t
            pts.append(butt + (neck - butt) * t + 0.042 * (np.cos(a) * side + np.sin(a) * up))
        parts.append(tube(pts, 0.007, slot=1))
    # the lash: from the handle round in loose, widening coils on the ground
    c = v3(0.12, 0.0, -0.05)
    turns = 2.3 + float(rng.uniform(-0.1, 0.1))
    t = np.linspace(0.0, 1.0, 36)
    a0 = np.arctan2(neck[2] - c[2], neck[0] - c[0])
    ang = a0 - t * turns * 2 * np.pi
    rad = 0.52 - 0.3 * t + 0.04 * np.sin(9 * t)
    thick = 0.045 - 0.036 * t
    lash = np.stack(
        [c[0] + rad * np.cos(ang), thick + 0.002 + 0.01 * t, c[2] + rad * np.sin(ang)], 1
    )
    lash[0] = neck + d * 0.04
    lash[1] = (lash[0] + lash[2]) / 2 + v3(0, 0.01, 0)
    parts.append(tube(lash, list(thick), slot=0))
    for k in range(3):  # a braid of strands along the thick start of the lash
        ph = 2 * np.pi * k / 3
        pts = [p + 0.9 * r * np.array([np.cos(3 * i + ph), np.sin(3 * i + ph), np.sin(3 * i + ph)])
               for i, (p, r) in enumerate(zip(lash[:12], thick[:12], strict=True))]  # fmt: skip
        parts.append(tube(pts, 0.006, slot=1))
    end = lash[-1]
    dirn = (lash[-1] - lash[-2]) / np.linalg.norm(lash[-1] - lash[-2])
    fall = [end, end + dirn * 0.12 + v3(0.01, 0, 0.02), end + dirn * 0.22]
    parts.append(tube(fall, [0.008, 0.006, 0.005], slot=1))
    for k in range(4):  # the cracker's frayed threads
        tip = fall[-1] + dirn * 0.08 + v3(0.03 * (k - 1.5), 0.0, 0.02 * (k - 1.5))
        parts.append(tube([fall[-1], tip], [0.005, 0.002], slot="snow"))
    return parts


def _pen(rng: Rng) -> list[Part]:
    """A fountain pen lying on the table, its big gold nib with the slit and breather hole
    toward the right, gold bands, and its cap beside it with a clip."""
    m = rot("y", 22)
    lay = m @ at(-0.55, 0.065, -0.08) @ rot("z", -90)  # a lathe's +y along +x
    barrel = [(0.0, 0.0), (0.035, 0.004), (0.055, 0.04), (0.062, 0.2), (0.06, 0.6),
              (0.052, 0.64), (0.0, 0.64)]  # fmt: skip
    parts = [lathe(barrel, lay, 0, "body")]
    parts.append(cylinder(0.067, 0.067, 0.03, lay @ at(0, 0.52, 0), 1))  # a band
    parts.append(lathe([(0.0, 0.0), (0.05, 0.0), (0.045, 0.12), (0.036, 0.18), (0.0, 0.18)],
                       lay @ at(0, 0.63, 0), "marking"))  # the grip  # fmt: skip
    nib = [(-0.05, 0.0), (0.05, 0.0), (0.055, 0.08), (0.03, 0.17), (0.0, 0.24), (-0.03, 0.17),
           (-0.055, 0.08)]  # fmt: skip
    parts.append(slab(nib, 0.012, lay @ at(-0.02, 0.77, 0) @ rot("y", 90), 1))  # the nib
    parts.append(box(0.006, 0.14, 0.006, lay @ at(-0.027, 0.88, 0), "marking"))  # its slit
    parts.append(cylinder(0.012, 0.012, 0.01, lay @ at(-0.022, 0.86, 0) @ rot("z", 90), "marking"))
    cap = m @ at(-0.2, 0.07, 0.2) @ rot("z", -90)
    shell = [(0.0, 0.0), (0.04, 0.004), (0.062, 0.04), (0.07, 0.2), (0.07, 0.48), (0.0, 0.48)]
    parts.append(lathe(shell, cap, 0))
    parts.append(cylinder(0.074, 0.074, 0.05, cap @ at(0, 0.43, 0), 1))  # its band
    clip = [(-0.07, 0.08, 0.0), (-0.09, 0.2, 0.0), (-0.09, 0.36, 0.0), (-0.082, 0.4, 0.0)]
    parts.append(tube(clip, 0.016, cap, 1, shape=FLAT_SECTION))  # its clip
    parts.append(sphere(0.02, cap @ at(-0.082, 0.4, 0.0), 1))
    del rng
    return parts


def _wallet(rng: Rng) -> list[Part]:
    """A leather bifold wallet lying half open: its lower half flat with cards peeking in a
    staircase from its pockets, the upper half raised and leaning back with a clear ID window,
    a fan of banknotes standing out of the fold, stitching round the edges."""
    W, T, D = 0.8, 0.03, 0.44
    z0 = -0.2
    parts = [box(W, T, D, at(0, 0, z0 + D / 2), 0, "body")]  # the lower half
    upper = at(0, T, z0) @ rot("x", -104)  # the upper half, hinged at the fold
    parts.append(box(W, T, D, upper @ at(0, 0, D / 2), 0))
    parts.append(cylinder(T, T, W, at(-W / 2, T / 2, z0) @ rot("z", -90), 0))  # the fold
    cards = ("card-red", "plume", "plume-tip")
    shift = float(rng.uniform(-0.04, 0.04))
    for k in range(3):  # pockets in a staircase on the lower half, a card peeking from each
        back = z0 + 0.16 + 0.07 * k
        y = T + 0.007 * k
        x = 0.12 + shift - 0.05 * k
        parts.append(box(0.42, 0.005, 0.1, at(x, y, back - 0.01), cards[k]))
        depth = z0 + D - 0.03 - back
        parts.append(box(W * 0.94, 0.007, depth, at(0, y, back + depth / 2), 2))  # the pocket
        parts.append(box(W * 0.9, 0.003, 0.006, at(0, y + 0.007, back + 0.015), 1))  # stitched
    # the upper half: a clear window over an ID card
    parts.append(box(0.34, 0.006, 0.22, upper @ at(-0.15, -0.006, D * 0.6), "pane"))
    parts.append(box(0.3, 0.006, 0.18, upper @ at(-0.15, -0.005, D * 0.6), "sclera"))
    parts.append(box(0.1, 0.004, 0.12, upper @ at(-0.24, -0.007, D * 0.6), 2))
    tilt = float(rng.uniform(-3, 3))
    for k in range(3):  # banknotes fanned out of the fold: a pale margin round a green print
        note = at(0.07 * k + 0.02, T + 0.01, z0 + 0.02 + 0.01 * k) @ rot("x", -100 + 12 * k + tilt)
        note = note @ rot("z", -5 + 6 * k) @ at(0, 0, 0.15)
        parts.append(box(W * 0.72, 0.004, 0.3, note, "seed"))
        parts.append(box(W * 0.64, 0.008, 0.24, note @ at(0, -0.002, 0), "land"))
        parts.append(cylinder(0.05, 0.05, 0.01, note @ at(0.12, -0.001, 0.01), "seed"))
        parts.append(box(0.05, 0.01, 0.04, note @ at(-0.2, -0.001, 0.07), "seed"))
    for k in range(10):  # stitching along the lower half's front edge
        x = -W / 2 + 0.05 + (W - 0.1) * k / 9
        parts.append(box(0.03, 0.004, 0.006, at(x, T, z0 + D - 0.02), 1))
    for s in (-1, 1):  # and along its ends
        parts.append(box(0.006, 0.004, D * 0.9, at(s * (W / 2 - 0.02), T, z0 + D / 2), 1))
    return parts


def _slanted(r: float, h0: float, low: float, high: float, slot: Slot) -> Part:
    """A round stick of radius r from y = h0 up to a cut slanting from ``low`` at its back to
    ``high`` at its front (a lipstick's bullet), the cut's edge a little rounded."""
    tan = (high - low) / (2 * r)
    mid = (low + high) / 2
    level, slant = (0.0, 0.0, -1.0), (0.0, -tan, -1.0)

    def gen(k: float) -> Sweep:
        n = segs(k, 20, 6)
        t = np.arange(n) * (2 * np.pi / n)
        shape = np.stack([np.cos(t), np.sin(t)], 1)
        ys = np.linspace(h0, low - 0.01, segs(k, 4, 2))
        rings = [((0.0, h0, 0.0), level, 0.0)] + [((0.0, y, 0.0), level, r) for y in ys]
        rings += [((0.0, mid, 0.0), slant, r), ((0.0, mid + 0.008, 0.0), slant, 0.93 * r),
                  ((0.0, mid + 0.012, 0.0), slant, 0.0)]  # fmt: skip
        centres, v, radii = (np.array(c, dtype=float) for c in zip(*rings, strict=True))
        u = np.tile([1.0, 0.0, 0.0], (len(rings), 1))
        return Sweep(centres, u, v, radii, shape)

    return swept(gen, slot)


def _lipstick(rng: Rng) -> list[Part]:
    """A lipstick standing open: its metal case and the narrower sleeve above it, the
    coloured bullet rising out of it cut at a slant, and its cap lying on its side beside it,
    open toward the viewer."""
    colour = ("card-red", "comb", "eraser", "fruit-red")[int(rng.integers(4))]
    parts = [cylinder(0.14, 0.14, 0.4, None, 0, "body")]
    parts.append(cylinder(0.145, 0.145, 0.03, at(0, 0.36, 0), 1))  # its band
    parts.append(cylinder(0.11, 0.11, 0.2, at(0, 0.4, 0), 1))  # the sleeve
    parts.append(_slanted(0.09, 0.55, 0.78, 0.95, colour))
    cap = at(0.4, 0.145, 0.12) @ rot("y", 30) @ rot("x", 90)
    shell = [(0.0, 0.0), (0.145, 0.0), (0.145, 0.45), (0.13, 0.45), (0.13, 0.02), (0.0, 0.02)]
    parts.append(lathe(shell, cap @ at(0, -0.25, 0), 0))
    parts.append(cylinder(0.15, 0.15, 0.03, cap @ at(0, 0.16, 0), 1))
    return parts


MORE_APPLIANCES_F = {
    318: _binoculars, 319: _thermometer, 320: _tripod, 321: _propeller, 322: _remote,
    323: _extinguisher, 324: _tongs, 325: _pipe, 326: _whip, 327: _pen, 328: _wallet,
    329: _lipstick,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
