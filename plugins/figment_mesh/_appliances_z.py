"""More of the device family's appliances, from 552: a smoke detector, a hole punch, a glue
stick, a lever-arch file, cotton buds, a name badge, a litter box, a cat tree, a shipping
container, a conveyor belt, a tissue box and a pad of sticky notes.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import ZYX, block_ring, rounded
from ._lettering import paint_strokes, paint_text
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube
from ._shapes import sharp

__all__ = ["MORE_APPLIANCES_Z"]

Rng = np.random.Generator


def _bar_shape(half: float) -> np.ndarray:
    """A flat bar's cross-section for ``tube``: 2 wide across, ``2 * half`` thick."""
    return np.array([[-1.0, -half], [1.0, -half], [1.0, half], [-1.0, half]])


def _pebble(c, r: float, slot) -> Part:
    """A small rounded pebble (a grain of gravel) of radius about r at c: a few triangles."""
    return lathe([(0.0, 0.0), (r, 0.45 * r), (0.0, 0.9 * r)], at(*c), slot, sides=5)


# ---- 552 smoke detector -----------------------------------------------------------------------


def _smoke_detector(rng: Rng) -> list[Part]:
    """A round ceiling smoke alarm tilted up to show its face: a low white disc on its mounting
    plate, vent slots all round its edge and its shoulder, a test button in the middle and a
    small red light glowing beside it."""
    R, tilt = 0.56, 58.0
    plate = at(0, np.sin(np.radians(tilt)) * (R + 0.01), 0) @ rot("x", tilt)
    parts = [cylinder(R + 0.01, R + 0.01, 0.05, plate, 0)]  # the mounting plate
    m = plate @ at(0, 0.05, 0)
    body = [(0.0, 0.0), (R, 0.0), (R, 0.1), (R - 0.04, 0.15), (0.34, 0.185), (0.2, 0.2),
            (0.0, 0.2)]  # fmt: skip
    parts.append(lathe(body, m, 0, "body"))
    for k in range(32):  # vent slots round its edge
        a = 2 * np.pi * k / 32
        slit = m @ at(R * np.cos(a), 0.025, R * np.sin(a)) @ rot("y", -np.degrees(a))
        parts.append(box(0.02, 0.07, 0.045, slit, "pupil"))
    slit = np.array([[-1.0, -1.6], [1.0, -1.6], [1.0, 1.6], [-1.0, 1.6]])
    for r, y, n in ((0.42, 0.17, 8), (0.26, 0.194, 6)):  # arcs of vent slits on its face
        for k in range(n):
            a0 = 2 * np.pi * k / n + 0.3 * (n == 6)
            arc = [
                (r * np.cos(t), y, r * np.sin(t))
                for t in a0 + np.linspace(0, 0.7 * 2 * np.pi / n, 5)
            ]
            parts.append(tube(arc, 0.011, m, "pupil", shape=slit))
    parts.append(cylinder(0.09, 0.08, 0.045, m @ at(0, 0.19, 0), 1))  # the test button
    parts.append(torus(0.1, 0.01, m @ at(0, 0.2, 0), 0))
    led = m @ at(0.0, 0.205, 0.2)
    parts.append(cylinder(0.04, 0.04, 0.012, led, "marking"))
    parts.append(sphere(1.0, led @ at(0, 0.012, 0) @ scl(0.028, 0.02, 0.028), "rainbow-red"))
    del rng
    return parts


# ---- 553 hole punch ---------------------------------------------------------------------------


def _hole_punch(rng: Rng) -> list[Part]:
    """A two-hole paper punch: a flat metal base with a paper slot under its housing and a
    ruled paper guide sliding out of its front, two punch cylinders standing on the housing
    and a long lever arm hinged at the back arching over them to a rubber-tipped handle."""
    W = 1.0
    plate = rounded([(-W / 2, -0.32), (W / 2, -0.32), (W / 2, 0.3), (-W / 2, 0.3)],
                     [0.05, 0.05, 0.12, 0.12])  # fmt: skip
    parts = [slab(sharp(plate), 0.05, at(0, 0.025, 0) @ rot("x", 90), 1, "body")]  # the base
    house = [(-0.3, 0.05), (0.04, 0.05), (0.06, 0.1), (0.04, 0.17), (-0.28, 0.17),
             (-0.32, 0.13)]  # fmt: skip
    parts.append(slab(sharp(house), W - 0.08, ZYX, 0))  # the housing
    parts.append(box(W - 0.1, 0.014, 0.03, at(0, 0.06, 0.045), "pupil"))  # the paper slot
    guide = at(0.0, 0.05, 0.22)  # the paper guide: a ruled bar and its stop
    parts.append(box(W + 0.3, 0.014, 0.08, guide @ at(-0.15, 0, 0), 1))
    for k in range(15):
        x = -0.78 + 0.07 * k
        tick = 0.035 if k % 2 else 0.055
        parts.append(box(0.008, 0.004, tick, guide @ at(x, 0.014, 0.04 - tick / 2), "marking"))
    parts.append(box(0.035, 0.08, 0.1, guide @ at(-0.76, 0.0, -0.01), 1))
    for sx in (-1, 1):  # the punch cylinders, each with its collar and cap
        x = sx * 0.34
        parts.append(cylinder(0.07, 0.07, 0.24, at(x, 0.17, -0.08), 1))
        parts.append(cylinder(0.09, 0.09, 0.03, at(x, 0.17, -0.08), 1))
        for k in range(3):  # the spring's coils
            parts.append(torus(0.075, 0.008, at(x, 0.23 + 0.045 * k, -0.08), "steel"))
        parts.append(cylinder(0.085, 0.085, 0.03, at(x, 0.4, -0.08), 1))
        parts.append(box(0.05, 0.34, 0.12, at(sx * (W / 2 - 0.04), 0.17, -0.26), 0))  # hinge cheek
    parts.append(stick((-W / 2 + 0.01, 0.48, -0.26), (W / 2 - 0.01, 0.48, -0.26), 0.028, "steel"))
    arm = [(0, 0.48, -0.3), (0, 0.5, -0.2), (0, 0.47, -0.02), (0, 0.44, 0.04)]
    parts.append(tube(arm, W / 2 - 0.05, slot=0, shape=_bar_shape(0.06)))  # the lever arm
    handle = [(0, 0.49, -0.1), (0, 0.47, 0.05), (0, 0.42, 0.22), (0, 0.36, 0.38)]
    parts.append(tube(handle, 0.12, slot=0, shape=_bar_shape(0.3)))
    parts.append(tube([(0, 0.375, 0.33), (0, 0.35, 0.38), (0, 0.335, 0.4)], 0.125,
                      slot="marking", shape=_bar_shape(0.32)))  # its rubber tip # fmt: skip
    del rng
    return parts


# ---- 554 glue stick ---------------------------------------------------------------------------


def _glue_stick(rng: Rng) -> list[Part]:
    """A glue stick standing uncapped: a round tube on a ribbed twist base, a white stick of
    glue pushed up out of its top; its cap lies on its side beside it, open end to the
    viewer."""
    R, H = 0.17, 0.78
    parts = [
        lathe(
            [(0.0, 0.0), (R, 0.0), (R, 0.13), (0.0, 0.13)], None, 1, shape=block_ring(30, 0.07, 0.0)
        )
    ]  # the twist base, ribbed
    tube_prof = [(0.0, 0.13), (R - 0.005, 0.13), (R - 0.005, 0.14), (R, 0.2), (R, H - 0.04),
                 (R - 0.01, H), (0.0, H)]  # fmt: skip
    parts.append(lathe(tube_prof, None, 0, "body"))
    parts.append(cylinder(R + 0.004, R + 0.004, 0.24, at(0, 0.3, 0), 1))  # the label band
    parts.append(cylinder(R - 0.02, R - 0.02, 0.012, at(0, H, 0), 0))  # the rim
    up = float(rng.uniform(0.14, 0.2))
    glue = [(0.0, H - 0.02), (R - 0.035, H - 0.02), (R - 0.035, H + up - 0.02),
            (R - 0.05, H + up + 0.005), (0.0, H + up + 0.03)]  # fmt: skip
    parts.append(lathe(glue, None, "snow"))
    cap = at(0.4, R + 0.015, 0.12) @ rot("y", 35) @ rot("x", -90) @ at(0, -0.15, 0)
    cup = [(0.0, 0.3), (R + 0.005, 0.3), (R + 0.015, 0.26), (R + 0.015, 0.0), (R - 0.005, 0.0),
           (R - 0.005, 0.27), (0.0, 0.27)]  # fmt: skip
    parts.append(lathe(cup, cap, 1))
    parts.append(torus(R + 0.004, 0.01, cap @ at(0, 0.04, 0), 0))
    return parts


# ---- 555 lever-arch file ----------------------------------------------------------------------


def _ring_binder(rng: Rng) -> list[Part]:
    """A lever-arch file standing on edge, its spine to the viewer: two thick stiff covers, the
    pages' edges between them, a label panel at the top of the spine and a metal-rimmed
    finger hole below it."""
    H, D, T = 1.1, 0.82, 0.3  # tall, deep (front to back), thick (the spine's width)
    z0 = D / 2
    parts = [box(T, H, 0.03, at(0, 0, z0 - 0.015), 0, "body")]  # the spine
    for sx in (-1, 1):  # the covers
        parts.append(box(0.03, H, D, at(sx * (T / 2 - 0.015), 0, 0), 0))
        parts.append(box(0.034, 0.03, D * 0.98, at(sx * (T / 2 - 0.015), 0, 0), 1))  # edging
    parts.append(box(T - 0.08, H - 0.1, D - 0.06, at(0, 0.05, -0.02), "pages"))
    parts.append(box(T - 0.07, 0.004, D - 0.08, at(0, H - 0.05, -0.02), "marking"))
    face = at(0, 0, z0)  # the spine's face
    parts.append(box(T - 0.08, 0.42, 0.012, face @ at(0, H - 0.5, 0), 1))  # the label panel
    parts.append(box(T - 0.11, 0.39, 0.016, face @ at(0, H - 0.485, 0), "sheet"))
    for k in range(3):  # writing on the label
        width = (0.14, 0.1, 0.12)[k]
        parts.append(box(width, 0.025, 0.02, face @ at(0, H - 0.2 - 0.07 * k, 0), "marking"))
    hole = face @ at(0, 0.3, 0.0) @ rot("x", 90)
    parts.append(torus(0.075, 0.02, hole @ at(0, -0.01, 0), 1))  # the finger hole
    parts.append(cylinder(0.075, 0.075, 0.022, hole @ at(0, -0.02, 0), "pupil"))
    del rng
    return parts


# ---- 556 cotton buds --------------------------------------------------------------------------


def _bud(a, b, r: float = 0.012, tip=(0.036, 0.07)) -> list[Part]:
    """One cotton bud from a to b: a thin stick with a fluffy white tip at each end."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = (b - a) / np.linalg.norm(b - a)
    parts = [stick(a + d * 0.04, b - d * 0.04, r, 0)]
    for end, sgn in ((a, 1), (b, -1)):
        c = end + sgn * d * 0.035
        parts.append(sphere(1.0, at(*c) @ align(d) @ scl(tip[0], tip[1], tip[0]), "snow"))
    return parts


def _cotton_buds(rng: Rng) -> list[Part]:
    """Cotton buds (swabs): a small cup holding a bunch of them fanning out, thin sticks with a
    fluffy white tip at each end, and two more lying crossed on the ground before it."""
    Rc, Hc = 0.2, 0.36
    cup = [(0.0, 0.0), (Rc - 0.02, 0.0), (Rc, 0.02), (Rc + 0.01, Hc), (Rc - 0.01, Hc),
           (Rc - 0.02, 0.03), (0.0, 0.03)]  # fmt: skip
    parts = [lathe(cup, at(-0.15, 0, -0.1), 1, "body")]
    for k in range(9):
        a = 2 * np.pi * k / 9 + float(rng.uniform(-0.2, 0.2))
        r = 0.06 + 0.05 * (k % 2)
        foot = v3(-0.15 + r * np.cos(a), 0.04, -0.1 + r * np.sin(a))
        lean = v3(np.cos(a) * 0.22, 1.0, np.sin(a) * 0.22)
        top = foot + lean / np.linalg.norm(lean) * 0.74
        parts += _bud(foot, top)
    for (x0, z0), (x1, z1) in (((0.0, 0.35), (0.62, 0.05)), ((0.1, 0.05), (0.62, 0.42))):
        y = 0.037
        parts += _bud((x0, y, z0), (x1, y + 0.012, z1))
    return parts


# ---- 557 name badge ---------------------------------------------------------------------------


def _name_badge(rng: Rng) -> list[Part]:
    """A name badge leaning back a little: a white card with a bold coloured band across its top
    lettered HELLO, a name scrawled below it and a line of print, a metal clip on a strap at
    its top."""
    W, H = 1.0, 0.66
    m = at(0, 0, 0) @ rot("x", -10)
    parts = [box(W + 0.03, H + 0.03, 0.025, m @ at(0, 0, -0.005), "membrane")]  # the sleeve
    parts.append(box(W, H, 0.02, m @ at(0, 0.015, 0), 0, "body"))  # the card
    face = m @ at(0, 0.015, 0.011)
    parts.append(box(W, 0.2, 0.004, face @ at(0, H - 0.22, 0), 1))  # the HELLO band
    parts += paint_text("HELLO", face @ at(0, H - 0.12, 0.003), 0.11, "snow", stroke=0.2)
    parts.append(box(W, 0.03, 0.004, face @ at(0, 0.03, 0), 1))  # a thin band at its foot
    xs = np.linspace(-0.36, 0.36, 19)  # a name scrawled in marker: humps, loops, tall strokes
    ys = 0.3 + np.where(np.arange(19) % 2, 0.07, 0.0) + rng.uniform(-0.015, 0.015, 19)
    ys[[3, 9, 14]] += 0.07
    parts += paint_strokes([list(zip(xs, ys, strict=True))], face @ at(0, 0.0, 0.003), 0.026,
                      "marking")  # fmt: skip
    parts.append(box(0.6, 0.022, 0.004, face @ at(0, 0.13, 0), "marking"))  # a line of print
    strap = m @ at(0, H + 0.015, 0)
    parts.append(box(0.1, 0.16, 0.01, strap @ at(0, -0.04, 0.0), "membrane"))  # the strap
    parts.append(box(0.14, 0.1, 0.016, strap @ at(0, 0.06, 0.005), "steel"))  # the clip's face
    parts.append(cylinder(0.02, 0.02, 0.14, strap @ at(-0.07, 0.16, -0.012) @ rot("z", -90),
                          "steel"))  # its rolled top # fmt: skip
    parts.append(box(0.14, 0.14, 0.012, strap @ at(0, 0.03, -0.028), "steel"))  # its jaw
    parts.append(box(0.06, 0.03, 0.018, strap @ at(0, 0.08, 0.01), "pupil"))  # a slot in it
    return parts


# ---- 558 litter box ---------------------------------------------------------------------------


def _litter_box(rng: Rng) -> list[Part]:
    """A cat litter tray: a rectangular plastic tray with high rounded rims and a lip, full of
    grey gravel, a slotted scoop leaning on its side."""
    L, D, H = 1.3, 0.9, 0.34
    sq = 1 / np.sqrt(2.0)
    shell = [(0.0, 0.0), (0.8, 0.0), (0.94, 0.0), (0.97, 0.03), (0.985, H / 2), (1.0, H - 0.02),
             (1.06, H), (1.06, H + 0.03), (0.96, H + 0.02), (0.945, H - 0.04), (0.92, 0.12),
             (0.9, 0.06), (0.8, 0.06), (0.0, 0.06)]  # fmt: skip
    tray = scl(L / 2 / sq, 1.0, D / 2 / sq) @ rot("y", 45)
    parts = [lathe(shell, tray, 0, "body", sides=4)]
    top = H - 0.07  # the gravel's level
    fill = [(0.0, 0.05), (0.7, 0.05), (0.88, 0.05), (0.89, 0.07), (0.915, top - 0.02),
            (0.915, top), (0.7, top + 0.01), (0.0, top + 0.01)]  # fmt: skip
    parts.append(lathe(fill, tray, 1, sides=4))  # the gravel's bed
    for _ in range(110):  # grains of gravel on top
        x, z = rng.uniform(-L / 2 + 0.08, L / 2 - 0.08), rng.uniform(-D / 2 + 0.08, D / 2 - 0.08)
        r = float(rng.uniform(0.035, 0.06))
        parts.append(_pebble((x, top - 0.3 * r, z), r, 1))
    # the scoop, leaning on the front of the tray: a slotted blade on a handle
    lean = at(0.25, 0.0, D / 2 + 0.2) @ rot("x", -22)
    blade = rounded([(-0.14, 0.0), (0.14, 0.0), (0.16, 0.3), (-0.16, 0.3)], [0.03] * 4)
    parts.append(slab(sharp(blade), 0.025, lean @ at(0, 0.02, 0), 0))
    for k in range(5):
        parts.append(box(0.025, 0.2, 0.03, lean @ at(-0.1 + 0.05 * k, 0.07, 0), "pupil"))
    for s in (-1, 1):  # its raised sides
        parts.append(box(0.02, 0.3, 0.06, lean @ at(s * 0.15, 0.02, 0.02), 0))
    parts.append(box(0.06, 0.34, 0.03, lean @ at(0, 0.3, 0), 0))  # the handle
    parts.append(torus(0.04, 0.012, lean @ at(0, 0.6, 0) @ rot("x", 90), 0))
    return parts


# ---- 559 cat tree -----------------------------------------------------------------------------


def _sisal_post(x: float, z: float, y0: float, y1: float, r: float = 0.075) -> Part:
    """A post from y0 to y1 at (x, z) wrapped in sisal rope: a finely ribbed column."""
    n = max(int((y1 - y0) / 0.022), 2)
    prof = [(0.0, y0)]
    for k in range(n + 1):
        prof.append((r if k % 2 == 0 else r + 0.007, y0 + (y1 - y0) * k / n))
    prof.append((0.0, y1))
    return lathe(prof, at(x, 0, z), 1, sides=10)


def _carpet(shape: str, w: float, d: float, y: float, x: float, z: float, t: float = 0.06):
    """A carpeted platform (a square ``box`` or a round ``disc``) w by d, its top at y."""
    if shape == "disc":
        return lathe([(0.0, y - t), (0.98, y - t), (1.0, y - t / 2), (0.98, y), (0.0, y)],
                     at(x, 0, z) @ scl(w / 2, 1.0, d / 2), 0)  # fmt: skip
    return box(w, t, d, at(x, y - t, z), 0)


def _cat_tree(rng: Rng) -> list[Part]:
    """A cat climbing tree: sisal-wrapped posts up from a carpeted base, a little cube den with
    a round doorway, two carpeted platforms at different heights, a round bed at the top and a
    toy ball dangling on a string."""
    parts = [box(1.1, 0.07, 0.75, None, 0, "body")]  # the base
    dx = -0.26  # the den
    parts.append(box(0.5, 0.46, 0.5, at(dx, 0.07, 0.0), 0))
    door = at(dx, 0.28, 0.25) @ rot("x", 90)
    parts.append(cylinder(0.14, 0.14, 0.012, door, "pupil"))
    parts.append(torus(0.14, 0.02, door @ at(0, 0.006, 0), 0))
    parts.append(_carpet("box", 0.56, 0.56, 0.56, dx, 0.0, 0.03))  # its roof
    parts.append(_sisal_post(0.3, 0.12, 0.07, 0.72))
    parts.append(_carpet("box", 0.46, 0.46, 0.78, 0.3, 0.1))  # the first platform
    parts.append(_sisal_post(dx - 0.1, -0.1, 0.56, 1.15))
    parts.append(_carpet("disc", 0.48, 0.44, 1.21, dx - 0.06, -0.05))  # the second
    parts.append(_sisal_post(0.35, 0.0, 0.78, 1.45, 0.055))
    top = at(0.3, 0, -0.02)  # the bed on top: a disc with a padded rim
    parts.append(_carpet("disc", 0.5, 0.5, 1.5, 0.3, -0.02))
    parts.append(torus(0.22, 0.045, top @ at(0, 1.52, 0), 0))
    drop = float(rng.uniform(0.22, 0.3))  # a toy ball on a string below the first platform
    parts.append(stick((0.47, 0.72, 0.28), (0.49, 0.72 - drop, 0.3), 0.005, "marking"))
    parts.append(sphere(0.045, at(0.49, 0.72 - drop - 0.04, 0.3), "card-red"))
    return parts


# ---- 560 shipping container -------------------------------------------------------------------


def _shipping_container(rng: Rng) -> list[Part]:
    """A shipping container: a long steel box with corrugated walls, a ridged roof, double doors
    at one end with four vertical locking bars and their handles, and corner castings at its
    eight corners."""
    L, H, D = 2.0, 0.86, 0.8
    parts = [box(L - 0.04, H - 0.04, D - 0.04, at(0, 0.02, 0), 0, "body")]
    for sz in (-1, 1):  # the long walls' corrugation
        for k in range(18):
            x = -L / 2 + 0.1 + (L - 0.2) * (k + 0.5) / 18
            parts.append(box(0.05, H - 0.1, 0.025, at(x, 0.05, sz * (D / 2 - 0.015)), 0))
    for k in range(10):  # the roof's shallow ridges
        x = -L / 2 + 0.1 + (L - 0.2) * (k + 0.5) / 10
        parts.append(box(0.09, 0.02, D - 0.08, at(x, H - 0.03, 0), 0))
    for k in range(5):  # the back end's corrugation
        z = -D / 2 + 0.1 + (D - 0.2) * (k + 0.5) / 5
        parts.append(box(0.025, H - 0.1, 0.05, at(-L / 2 + 0.015, 0.05, z), 0))
    for y in (0.0, H - 0.05):  # the rails along its top and bottom
        for sz in (-1, 1):
            parts.append(box(L - 0.06, 0.05, 0.04, at(0, y, sz * (D / 2 - 0.01)), 1))
        for sx in (-1, 1):
            parts.append(box(0.04, 0.05, D - 0.06, at(sx * (L / 2 - 0.01), y, 0), 1))
    for sx in (-1, 1):  # the corner posts and castings
        for sz in (-1, 1):
            x, z = sx * (L / 2 - 0.03), sz * (D / 2 - 0.03)
            parts.append(box(0.06, H, 0.06, at(x, 0, z), 1))
            for y in (0.0, H - 0.07):
                parts.append(box(0.08, 0.07, 0.08, at(x, y, z), 1))
                parts.append(box(0.03, 0.03, 0.01, at(x, y + 0.02, z + sz * 0.04), "pupil"))
    x1 = L / 2 + 0.005  # the door end
    parts.append(box(0.01, H - 0.12, 0.006, at(x1, 0.06, 0), "marking"))  # the doors' seam
    for z in (-0.3, -0.1, 0.1, 0.3):  # the locking bars, their keepers and handles
        parts.append(stick((x1 + 0.02, 0.03, z), (x1 + 0.02, H - 0.03, z), 0.014, 1))
        for y in (0.06, H - 0.06):
            parts.append(box(0.04, 0.05, 0.06, at(x1, y - 0.025, z), 1))
        parts.append(box(0.04, 0.03, 0.03, at(x1 + 0.02, 0.38, z), 1))
        handle = at(x1 + 0.045, 0.38, z) @ rot("x", 90)
        parts.append(box(0.02, 0.16, 0.02, handle @ at(0, -0.04, 0), 1))
    for k in range(4):  # pressed ribs on the doors
        y = 0.12 + (H - 0.24) * k / 3
        for sz in (-1, 1):
            parts.append(box(0.01, 0.04, D / 2 - 0.08, at(x1 - 0.01, y, sz * D / 4), 0))
    del rng
    return parts


# ---- 561 conveyor belt ------------------------------------------------------------------------


def _conveyor(rng: Rng) -> list[Part]:
    """A conveyor belt: a long flat dark belt running over a drum at each end and rollers
    between, on a steel frame with legs and cross braces, boxes riding along it."""
    L, W, Y = 2.0, 0.46, 0.62  # long, belt width, the belt's top
    r = 0.06
    parts = []
    for sx in (-1, 1):  # the drums, the belt wrapping round them
        drum = at(sx * L / 2, Y - r, -W / 2) @ rot("x", 90)
        parts.append(cylinder(r, r, W, drum, "marking"))
        parts.append(cylinder(0.025, 0.025, W + 0.14, drum @ at(0, -0.07, 0), "steel"))
    parts.append(box(L, 0.012, W, at(0, Y - 0.012, 0), "marking", "body"))  # the belt's run
    parts.append(box(L, 0.012, W, at(0, Y - 2 * r, 0), "marking"))  # and its return
    for sz in (-1, 1):  # the side frames: channels along the belt
        parts.append(box(L + 0.1, 0.1, 0.03, at(0, Y - 0.085, sz * (W / 2 + 0.035)), 0))
        for k in range(9):  # the rollers' axle ends
            x = -L / 2 + L * (k + 0.5) / 9
            end = at(x, Y - 0.04, sz * (W / 2 + 0.05)) @ rot("x", 90 * sz)
            parts.append(cylinder(0.018, 0.018, 0.012, end, "steel"))
    for k in range(3):  # return rollers visible under the belt
        x = -L / 2 + L * (k + 0.5) / 3
        parts.append(cylinder(0.022, 0.022, W, at(x, Y - 2 * r - 0.03, -W / 2) @ rot("x", 90),
                              "steel"))  # fmt: skip
    for x in (-L / 2 + 0.12, 0.0, L / 2 - 0.12):  # the legs, braced, on feet
        for sz in (-1, 1):
            z = sz * (W / 2 + 0.035)
            parts.append(box(0.05, Y - 0.085, 0.05, at(x, 0, z), 0))
            parts.append(box(0.1, 0.02, 0.1, at(x, 0, z), "marking"))
        parts.append(box(0.04, 0.04, W + 0.07, at(x, 0.16, 0), 0))
    parts.append(box(L - 0.24, 0.04, 0.04, at(0, 0.16, W / 2 + 0.035), 0))
    parts.append(box(0.22, 0.16, 0.18, at(L / 2 - 0.2, Y - 0.27, W / 2 + 0.14), 1))  # the motor
    for k, size in enumerate((0.3, 0.24, 0.34)):  # boxes riding the belt
        x = -0.65 + 0.6 * k + float(rng.uniform(-0.05, 0.05))
        turn = float(rng.uniform(-12, 12))
        h = size * 0.8
        b = at(x, Y, 0.0) @ rot("y", turn)
        parts.append(box(size, h, size * 0.85, b, 1))
        parts.append(box(0.06, 0.004, size * 0.86, b @ at(0, h, 0), "seed"))  # its tape
    return parts


# ---- 562 tissue box ---------------------------------------------------------------------------


def _puff(n: int) -> np.ndarray:
    """A pleated tissue's cross-section: a wavy oval (star-shaped round 0)."""
    t = np.arange(n) * (2 * np.pi / n)
    r = 1.0 + 0.45 * np.abs(np.sin(3.5 * t)) - 0.12 * np.cos(11 * t + 1.0)
    return np.stack([1.5 * r * np.cos(t), r * np.sin(t)], 1)


def _tissue_box(rng: Rng) -> list[Part]:
    """A cube box of tissues: a printed cardboard box with an oval opening in its top, a white
    tissue puffing up out of it in soft folds."""
    S, H = 0.74, 0.74
    parts = [box(S, H, S, None, 0, "body")]
    for y in (0.0, H - 0.075):  # printed bands round its top and foot
        parts.append(box(S + 0.008, 0.06, S + 0.008, at(0, y, 0), 1))
    for k in range(3):  # a printed pattern of dashes on its sides
        y = 0.2 + 0.14 * k
        for sx in (-1, 1):
            parts.append(box(0.14, 0.04, 0.006, at(sx * 0.16 + 0.07 * (k - 1), y, S / 2), 1))
            parts.append(box(0.006, 0.04, 0.14, at(S / 2, y, sx * 0.16 + 0.07 * (k - 1)), 1))
    hole = at(0, H, 0)
    parts.append(slab(_oval(0.25, 0.12), 0.012, hole @ rot("x", -90), "pupil"))  # the opening
    parts.append(torus(1.0, 0.012, hole @ scl(0.25, 1.0, 0.12), "sheet"))  # its film rim
    lean = float(rng.uniform(-6, 6))
    puff = [(0.0, -0.05), (0.1, -0.05), (0.11, 0.03), (0.12, 0.1), (0.09, 0.2), (0.05, 0.3),
            (0.015, 0.37), (0.0, 0.38)]  # fmt: skip
    shear = np.eye(4)
    shear[0, 1], shear[2, 1] = 0.25, -0.1  # its peak flops over to one side
    tissue = hole @ rot("z", lean) @ shear @ scl(1.0, 1.0, 0.75)
    parts.append(lathe(puff, tissue, "snow", shape=_puff(48)))
    flap = [(-0.1, 0.0), (0.12, 0.0), (0.13, 0.12), (0.02, 0.2), (-0.1, 0.12)]
    drape = hole @ at(-0.05, 0.1, 0.02) @ rot("y", -30) @ rot("z", 55)
    parts.append(slab(flap, 0.012, drape, "snow"))  # a corner drooping over the rim
    return parts


def _oval(a: float, b: float):
    """An ellipse outline a by b (half-axes) for ``slab``."""

    def outline(n: int) -> np.ndarray:
        t = np.arange(n) * (2 * np.pi / n)
        return np.stack([a * np.cos(t), b * np.sin(t)], 1)

    return outline


# ---- 563 sticky notes -------------------------------------------------------------------------


def _sticky_notes(rng: Rng) -> list[Part]:
    """A square pad of sticky notes: a thick stack of yellow sheets, the top one written on and
    peeling up at its corner, a pen lying beside it."""
    S, H = 0.8, 0.14
    turn = float(rng.uniform(-6, 6))
    pad = at(-0.15, 0, 0.0) @ rot("y", turn)
    parts = [box(S, H, S, pad, 0, "body")]
    for k in range(6):  # the sheets' edges
        y = 0.02 + 0.02 * k
        parts.append(box(S + 0.004, 0.003, S + 0.004, pad @ at(0, y, 0), "pages"))
    h = S / 2
    # the top sheet: all but its back right corner, which curls up in three strips
    c = 0.42  # how far along each edge the peeling corner reaches
    top = [(-h, -h), (h - c, -h), (h, c - h), (h, h), (-h, h)]
    flat = pad @ at(0, H, 0) @ rot("x", 90)  # outline x along x, y along z (toward the viewer)
    parts.append(slab(sharp(top), 0.012, flat @ at(0, 0, -0.006), 0))
    fold0, fold1 = np.array([h - c, -h]), np.array([h, c - h])
    width = float(np.linalg.norm(fold1 - fold0))
    reach = float(np.linalg.norm(np.array([h, -h]) - (fold0 + fold1) / 2))
    fold = flat @ at(*((fold0 + fold1) / 2), -0.006) @ rot("z", -135)  # y toward the corner
    p, steps = np.zeros(2), 3
    for k in range(steps):  # the curl: strips toward the corner, each bent further up
        y0, y1 = reach * k / steps, reach * (k + 1) / steps
        w0, w1 = width * (1 - y0 / reach) / 2, width * (1 - y1 / reach) / 2
        strip = (
            [(-w0, 0.0), (w0, 0.0), (w1, y1 - y0), (-w1, y1 - y0)]
            if w1 > 1e-6
            else [(-w0, 0.0), (w0, 0.0), (0.0, y1 - y0)]
        )
        bend = 18.0 * (k + 1)
        parts.append(slab(sharp(strip), 0.012, fold @ at(0, *p) @ rot("x", -bend), 0))
        p = p + (y1 - y0) * np.array([np.cos(np.radians(bend)), -np.sin(np.radians(bend))])
    lines = [  # a few words scribbled on it
        [(-0.3, 0.2), (-0.2, 0.26), (-0.1, 0.18), (0.0, 0.25), (0.12, 0.2)],
        [(-0.3, 0.02), (-0.18, 0.08), (-0.06, 0.0), (0.06, 0.06)],
        [(-0.3, -0.16), (-0.2, -0.1), (-0.08, -0.18), (0.04, -0.12), (0.16, -0.18)],
    ]
    parts += paint_strokes(lines, pad @ at(0, H + 0.013, 0) @ rot("x", -90), 0.022, "marking")
    pen = at(0.55, 0.045, 0.05) @ rot("y", 70 + turn) @ rot("z", 90)  # lying beside the pad
    parts.append(cylinder(0.045, 0.045, 0.9, pen @ at(0, -0.45, 0), 1))
    parts.append(cylinder(0.045, 0.012, 0.12, pen @ at(0, -0.45, 0) @ rot("x", 180), 1))
    parts.append(cylinder(0.048, 0.048, 0.28, pen @ at(0, 0.2, 0), "marking"))  # the cap
    parts.append(box(0.02, 0.22, 0.02, pen @ at(0.055, 0.22, 0), "steel"))  # its clip
    return parts


MORE_APPLIANCES_Z = {
    552: _smoke_detector, 553: _hole_punch, 554: _glue_stick, 555: _ring_binder,
    556: _cotton_buds, 557: _name_badge, 558: _litter_box, 559: _cat_tree,
    560: _shipping_container, 561: _conveyor, 562: _tissue_box, 563: _sticky_notes,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
