"""More of the device family's appliances, from 1544: a saxophone, a desk lamp, a wizard's staff.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ALONG_Z, arc, band, crisp, lobed, loft, strands, unit
from ._primitives import box, cylinder, lathe, sphere, torus, tube

__all__ = ["MORE_APPLIANCES_ZZZZZW"]

Rng = np.random.Generator


# 1544 saxophone


def _sax_path() -> tuple[np.ndarray, np.ndarray]:
    """The centre line of an alto saxophone's body in the xy plane, from the neck socket at the
    top down the straight body, round the U-bend and up the bell's tube, and its radii."""
    body = [(0.0, y, 0.0) for y in np.linspace(0.57, 0.15, 5)]
    bow = arc((0.064, 0.13), 0.064, 180, 360, 9)[1:-1]
    bell = [(0.128, 0.13, 0.0), (0.132, 0.2, 0.0), (0.138, 0.265, 0.0)]
    pts = np.array(body + bow + bell, float)
    rad = np.concatenate([np.linspace(0.013, 0.029, 5), np.linspace(0.03, 0.033, 7),
                          [0.033, 0.036, 0.04]])  # fmt: skip
    return pts, rad


def _key_cup(p, n, r: float) -> Part:
    """A saxophone's key cup at p on the body, facing out along n: a shallow domed lid r round
    over its pad."""
    prof = [(0.0, 0.0), (r, 0.0), (r, 0.004), (r * 0.8, 0.006), (0.0, 0.0065)]
    return lathe(prof, at(*p) @ align(n), 0, sides=12)


def _saxophone(rng: Rng) -> list[Part]:
    """An alto saxophone standing upright on the curve of its U-bend, seen from the side its keys
    face: a long conical brass body widening downward to a U-bend at the bottom, the bell's tube
    rising beside it to a wide flared bell opening upward and forward with a rolled rim, a
    curved neck at the top bending back to a black mouthpiece with its reed and ligature, and
    all along the body rows of round key cups and pearl finger buttons on rods, key guards over
    the low keys and a brace between body and bell."""
    pts, rad = _sax_path()
    parts = [tube(pts, rad, None, 0, "body")]
    top = pts[0]
    # the bell: a thin flared horn with a rolled rim, open so its dark inside shows
    lean = float(rng.uniform(-2, 2))
    bm = at(*pts[-1]) @ rot("z", -12 + lean) @ rot("x", 8)
    bell = [(0.036, -0.01), (0.04, 0.03), (0.046, 0.06), (0.055, 0.085), (0.068, 0.103),
            (0.077, 0.108), (0.073, 0.104), (0.062, 0.096), (0.049, 0.078), (0.04, 0.055),
            (0.033, 0.02), (0.031, -0.01)]  # fmt: skip
    parts.append(lathe(bell, bm, 0, closed=True))
    parts.append(torus(0.075, 0.004, bm @ at(0, 0.107, 0), 0))  # the rolled rim
    parts.append(torus(0.038, 0.004, bm @ at(0, 0.005, 0), 0))  # the bell's collar
    # the neck: up from the socket and bending back to the mouthpiece
    bend = [(0.0, 0.0, 0.0), (0.0, 0.05, 0.0), (-0.02, 0.095, 0.0), (-0.06, 0.115, 0.0),
            (-0.11, 0.117, 0.0), (-0.14, 0.112, 0.0)]  # fmt: skip
    neck = top + np.array(bend)
    parts.append(tube(neck, [0.0125, 0.0115, 0.01, 0.009, 0.008, 0.0075], None, 0))
    parts.append(cylinder(0.016, 0.016, 0.02, at(*top) @ at(0, -0.01, 0), 0))  # its collar
    mp_dir = unit((-1.0, -0.12, 0.0))
    mp = at(*(top + v3(-0.13, 0.113, 0.0))) @ align(mp_dir)
    mouth = [(0.0, 0.0), (0.011, 0.0), (0.012, 0.03), (0.011, 0.06), (0.007, 0.085),
             (0.0, 0.088)]  # fmt: skip
    parts.append(lathe(mouth, mp @ scl(0.8, 1.0, 1.0), "pupil"))  # (local -x is down)
    parts.append(box(0.003, 0.07, 0.016, mp @ at(-0.0095, 0.012, 0), "seed"))  # the reed
    parts.append(cylinder(0.0125, 0.0125, 0.012, mp @ at(0, 0.025, 0), "steel"))  # ligature
    # the octave key's arm along the top of the neck
    parts.append(tube([top + v3(-0.04, 0.118, 0.0), top + v3(-0.1, 0.13, 0.0)], 0.0025, None, 0))
    # keys along the front of the body: pearl buttons on cups, big pad cups, rods
    front = np.array([0.0, 0.0, 1.0])
    side = unit((0.75, 0.0, 0.66))

    def r_at(y: float) -> float:
        return float(np.interp(-y, -pts[:5, 1], rad[:5]))

    for y in (0.49, 0.455, 0.42, 0.32, 0.285, 0.25):  # the finger buttons
        r = r_at(y)
        p = np.array([-0.003, y, r + 0.008])
        parts.append(_key_cup(p, front, 0.011))
        parts.append(sphere(1.0, at(*(p + front * 0.006)) @ scl(0.0075, 0.0075, 0.004), "sclera"))
        parts.append(stick((-0.003, y, r), p, 0.002, 0))
    for k, y in enumerate(np.linspace(0.53, 0.18, 9)):  # the big pad cups toward the bell
        r = r_at(y)
        n = side if k % 2 == 0 else unit((0.95, 0.0, 0.3))
        size = 0.012 + 0.01 * (0.53 - y) / 0.35
        parts.append(_key_cup(np.array([0.0, y, 0.0]) + n * (r + 0.003), n, size))
    for x, z in ((0.02, 0.02), (-0.016, 0.022)):  # the long rods and their posts
        y0, y1 = 0.17, 0.54
        parts.append(stick((x, y0, z), (x, y1, z), 0.0025, 0))
        for y in (y0 + 0.01, (y0 + y1) / 2, y1 - 0.01):
            parts.append(stick((x * 0.5, y, z * 0.5), (x, y, z), 0.003, 0))
    # the low keys by the U-bend and on the bell's tube, under a wire guard
    low = unit((-0.6, 0.0, 0.8))
    for y in (0.17, 0.225):
        parts.append(_key_cup(np.array([pts[-2][0], y, 0.0]) + low * 0.04, low, 0.017))
    guard = [(0.09, 0.15, 0.04), (0.08, 0.2, 0.055), (0.085, 0.26, 0.045)]
    parts.append(tube(guard, 0.0025, None, 0))
    guard2 = [(0.02, 0.1, 0.035), (0.0, 0.14, 0.045), (0.012, 0.19, 0.04)]
    parts.append(tube(guard2, 0.0025, None, 0))
    parts.append(stick((0.02, 0.3, 0.0), (0.115, 0.3, 0.0), 0.005, 0))  # the brace
    parts.append(sphere(1.0, at(-0.03, 0.36, -0.005) @ scl(0.012, 0.02, 0.008), 0))  # thumb rest
    parts.append(torus(0.008, 0.002, at(-0.018, 0.5, 0.0) @ rot("x", 90), 0))  # strap ring
    return [q.moved(rot("y", 12)) for q in parts]


# 1545 desk lamp


def _helix(a, b, r: float, turns: int, per: int = 8) -> np.ndarray:
    """Points along a coil spring's wire from a to b: ``turns`` turns of radius r round the line
    between them, ``per`` points a turn."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    m = at(*a) @ align(b - a)
    t = np.linspace(0.0, 1.0, turns * per + 1)
    w = 2 * np.pi * turns * t
    local = np.stack([r * np.cos(w), t * np.linalg.norm(b - a), r * np.sin(w), np.ones_like(t)])
    return (m @ local)[:3].T


def _desk_lamp(rng: Rng) -> list[Part]:
    """An anglepoise desk lamp, its arms side on, reaching toward the viewer's left: a round
    heavy stepped base with a pivot bracket on it, a lower arm of two parallel rods leaning back
    to a round elbow hinge, coil springs stretched from the base along the lower arm, an upper
    arm of two rods reaching forward from the elbow with a spring along it, and at its end a
    cone-shaped metal shade (second material) with a round back and a rolled rim, tilted down
    toward the desk, a glowing bulb inside it and a switch on its back."""
    parts = []
    base = [(0.0, 0.0), (0.09, 0.0), (0.092, 0.012), (0.088, 0.024), (0.06, 0.034),
            (0.03, 0.04), (0.0, 0.041)]  # fmt: skip
    parts.append(lathe(base, None, 0, "body"))
    parts.append(cylinder(0.022, 0.02, 0.03, at(-0.02, 0.035, 0), 0))  # the turret
    p0 = np.array([-0.02, 0.08, 0.0])  # the base pivot
    for z in (-0.02, 0.02):  # its bracket's cheeks
        parts.append(box(0.03, 0.045, 0.006, at(-0.02, 0.055, z), 0))
    parts.append(cylinder(0.008, 0.008, 0.05, at(*p0) @ at(0, 0, -0.025) @ ALONG_Z, 0))
    a1 = np.radians(72 + float(rng.uniform(-3, 3)))
    elbow = p0 + 0.34 * np.array([-np.cos(a1), np.sin(a1), 0.0])
    a2 = np.radians(12 + float(rng.uniform(-3, 3)))
    head = elbow + 0.36 * np.array([np.cos(a2), np.sin(a2), 0.0])
    for z in (-0.013, 0.013):  # the two arms, each a pair of rods
        parts.append(stick(p0 + v3(0, 0, z), elbow + v3(0, 0, z), 0.0045, 0))
        parts.append(stick(elbow + v3(0, 0, z) - 0.05 * (head - elbow) / 0.36, head + v3(0, 0, z),
                           0.0045, 0))  # fmt: skip
    # the springs, from a lever at the back of the base up along the lower arm
    up = (elbow - p0) / 0.34
    along = (head - elbow) / 0.36
    springs = [_helix((-0.075, 0.055, z), p0 + 0.17 * up + v3(-0.012, 0, z), 0.008, 14)
               for z in (-0.028, 0.028)]  # fmt: skip
    springs.append(_helix(elbow + 0.05 * along + v3(0, 0.022, 0), elbow + 0.25 * along
                          + v3(0, 0.016, 0), 0.007, 12))  # fmt: skip
    parts.append(strands(springs, 0.0016, 0, 5, len(springs[0])))
    for z in (-0.028, 0.028):  # their hooks
        parts.append(stick(p0 + 0.17 * up + v3(-0.012, 0, z), p0 + 0.19 * up + v3(0, 0, z * 0.5),
                           0.002, 0))  # fmt: skip
    parts.append(stick((-0.075, 0.055, -0.035), (-0.075, 0.055, 0.035), 0.004, 0))
    parts.append(stick((-0.02, 0.045, 0.0), (-0.075, 0.055, 0.0), 0.006, 0))  # the lever
    parts.append(cylinder(0.022, 0.022, 0.044, at(*elbow) @ at(0, 0, -0.022) @ ALONG_Z, 0))
    parts.append(cylinder(0.01, 0.01, 0.06, at(*elbow) @ at(0, 0, -0.03) @ ALONG_Z, 0))
    # the head: a knuckle, then the shade tilted down toward the desk
    parts.append(cylinder(0.012, 0.012, 0.04, at(*head) @ at(0, 0, -0.02) @ ALONG_Z, 0))
    tilt = np.radians(-42 + float(rng.uniform(-4, 4)))
    # (swivelled on its knuckle a little toward the viewer, so the bulb shows)
    d = (rot("y", 50) @ np.array([np.cos(tilt), np.sin(tilt), 0.0, 0.0]))[:3]
    sm = at(*(head + d * 0.015 + np.array([0.0, 0.02, 0.0]))) @ align(d)
    shade = crisp([(0.0, -0.005), (0.03, 0.0), (0.034, 0.05), (0.078, 0.16), (0.074, 0.16),
                   (0.03, 0.052), (0.027, 0.004), (0.0, 0.0)], 0.08)  # fmt: skip
    parts.append(lathe(shade, sm, 1))
    parts.append(torus(0.077, 0.0045, sm @ at(0, 0.159, 0), 1))  # the rolled rim
    parts.append(sphere(1.0, sm @ at(0, 0.002, 0) @ scl(0.032, 0.02, 0.032), 1))  # the round back
    parts.append(cylinder(0.009, 0.009, 0.03, sm @ at(0.0, 0.02, 0) @ rot("z", 90), 0))
    parts.append(sphere(1.0, sm @ at(0, 0.118, 0) @ scl(0.036, 0.042, 0.036), "glow"))  # bulb
    parts.append(cylinder(0.018, 0.018, 0.05, sm @ at(0, 0.05, 0), 0))  # its socket
    return [q.moved(rot("y", -115)) for q in parts]


# 1546 wizard's staff


def _staff_line(rng: Rng, ys: np.ndarray) -> np.ndarray:
    """The wandering centre line of a gnarled staff at heights ys: (n, 3)."""
    ph = rng.uniform(0, 2 * np.pi, 2)
    x = 0.012 * np.sin(ys * 4.1 + ph[0]) + 0.006 * np.sin(ys * 11.0 + ph[1])
    z = 0.01 * np.sin(ys * 3.3 + ph[1]) + 0.005 * np.cos(ys * 9.0 + ph[0])
    return np.stack([x, ys, z], 1)


def _staff_line_at(c: np.ndarray, ys: np.ndarray, yy: np.ndarray) -> np.ndarray:
    """The staff's centre line at heights yy (read off its points c at heights ys)."""
    return np.stack([np.interp(yy, ys, c[:, 0]), yy, np.interp(yy, ys, c[:, 2])], 1)


def _wizard_staff(rng: Rng) -> list[Part]:
    """A wizard's staff about 1.8 m tall standing upright on its foot: a long gnarled wooden
    shaft, wandering a little, twisted with spiral ridges and swollen at knots, a broken-off
    twig or two, thickening toward the top where it splits into branches that curl up round a
    glowing orb like the fingers of a claw, the tallest hooking over the orb's top; below the
    head, leather thongs (second material) wound round the shaft in two bindings, two loose ends
    hanging down."""
    top = 1.5
    ys = np.linspace(0.0, top, 64)
    c = _staff_line(rng, ys)
    # the radius: a slim shaft, a flared foot, knots, thickening to the head
    r = 0.023 + 0.008 * (ys / top) ** 3 + 0.004 * np.exp(-(((ys - 0.02) / 0.04) ** 2))
    knots = np.array([0.32, 0.71, 0.98, 1.22]) + rng.uniform(-0.03, 0.03, 4)
    for y in knots:
        r = r + 0.0055 * np.exp(-(((ys - y) / 0.035) ** 2))
    r = r + 0.016 * np.exp(-(((ys - top + 0.05) / 0.05) ** 2))  # the knot it splits from
    r = r * (1 - 0.5 * np.clip((ys - top + 0.04) / 0.04, 0.0, 1.0) ** 2)
    turn = ys * 2 * np.pi * 1.6  # the twist of its grain
    zero = np.zeros_like(ys)
    u = np.stack([np.cos(turn), zero, np.sin(turn)], 1) * r[:, None]
    v = np.stack([-np.sin(turn), zero, np.cos(turn)], 1) * r[:, None]
    parts = [loft(c, u, v, lobed(36, 5, 0.2), 0, "body")]
    for k, y in enumerate(knots):  # a burl on one side of each knot, two broken twigs
        a = 2.1 * k + float(rng.uniform(0, 1))
        n = np.array([np.cos(a), 0.0, np.sin(a)])
        p = _staff_line_at(c, ys, np.array([y]))[0]
        parts.append(sphere(1.0, at(*(p + n * 0.02)) @ align(n) @ scl(0.016, 0.012, 0.016), 0))
        if k in (1, 2):
            tip = p + n * 0.07 + np.array([0.0, 0.06, 0.0])
            parts.append(tube([p, p + n * 0.03 + v3(0, 0.02, 0), tip], [0.011, 0.008, 0.005]))
    # the head: branches from the top of the shaft cupping the orb, one hooking over it
    head = c[-1]
    orb = head + np.array([0.0, 0.15, 0.0])
    parts.append(sphere(0.055, at(*orb), "glow"))
    for k in range(4):
        a = np.radians(45 + 90 * k + float(rng.uniform(-12, 12)))
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        side = np.array([-np.sin(a), 0.0, np.cos(a)])
        spots = [(0.0, -0.06, 0.0), (0.03, 0.0, 0.01), (0.072, 0.08, 0.022), (0.08, 0.155, 0.03),
                 (0.056, 0.21, 0.032), (0.022, 0.225, 0.022), (0.008, 0.21, 0.012)]  # fmt: skip
        pts = [head + out * q + np.array([0.0, h, 0.0]) + side * w for q, h, w in spots]
        parts.append(tube(pts, [0.022, 0.019, 0.015, 0.013, 0.01, 0.006, 0.002], None, 0))
    hook = [(0.0, -0.05, 0.0), (-0.02, 0.05, 0.0), (-0.07, 0.13, 0.0), (-0.075, 0.23, 0.0),
            (-0.03, 0.3, 0.0), (0.03, 0.3, 0.0), (0.06, 0.26, 0.0), (0.05, 0.22, 0.0)]  # fmt: skip
    hook_r = [0.028, 0.024, 0.02, 0.017, 0.014, 0.011, 0.008, 0.004]
    parts.append(tube(head + np.array(hook), hook_r, None, 0))
    # the leather bindings, each wound round the shaft, and two loose ends
    for y0, y1, turns in ((1.27, 1.37, 4), (1.41, 1.44, 2)):
        t = np.linspace(0.0, 1.0, turns * 8 + 1)
        yy = y0 + (y1 - y0) * t
        rr = np.interp(yy, ys, r) + 0.003
        w = 2 * np.pi * turns * t
        cc = _staff_line_at(c, ys, yy)
        path = cc + np.stack([rr * np.cos(w), np.zeros_like(t), rr * np.sin(w)], 1)
        parts.append(band(path, 0.014, 0.004, (0.0, 1.0, 0.0), 1))
    end = _staff_line_at(c, ys, np.array([1.3]))[0] + np.array([0.03, 0.0, 0.02])
    for k, (dx, dz) in enumerate(((0.02, 0.03), (0.04, -0.005))):
        drop = 0.18 + 0.06 * k
        path = [end, end + v3(dx, -drop * 0.5, dz), end + v3(dx * 1.4, -drop, dz * 1.3)]
        parts.append(band(path, 0.01, 0.003, (dz, 0.0, -dx), 1))
        parts.append(sphere(1.0, at(*path[-1]) @ scl(0.009, 0.012, 0.009), 1))
    return [q.moved(rot("y", float(rng.uniform(-20, 20)))) for q in parts]


MORE_APPLIANCES_ZZZZZW: dict = {1544: _saxophone, 1545: _desk_lamp, 1546: _wizard_staff}
"""These appliances by the device family's ``appliance``."""
