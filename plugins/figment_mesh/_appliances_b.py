"""More of the device family's appliances, fixtures and contraptions (its ``appliance``
parameter from 66): a treadmill, a roller coaster, a metronome, a cassette tape, an
accordion, handcuffs, a punching bag, a boxing glove, a golf club, a water tower, a tesla
coil, an igloo, a cement mixer, a sawhorse, a jukebox, a gurney and a parking meter; and
after them more props of building sites, laboratories, castles and temples."""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, align, at, rot, scl, v3
from ._kit import gas_pump, punching_bag, rails, suitcase
from ._primitives import box, cylinder, lathe, slab, sphere, torus, tube

__all__ = ["MORE_APPLIANCES", "VEHICLES", "cliff"]

Rng = np.random.Generator


def _treadmill(rng: Rng) -> list[Part]:
    """A treadmill: a long deck with its dark running belt between two rollers, two uprights
    rising at the front to the console with its screen, handrails reaching back."""
    parts = [
        box(0.72, 0.12, 1.6, at(0, 0.02, 0.1), 0, "body"),
        box(0.56, 0.012, 1.5, at(0, 0.14, 0.1), "marking"),  # the belt
        cylinder(0.07, 0.07, 0.6, at(-0.3, 0.09, 0.9) @ rot("z", -90), 1),  # the rear roller
    ]
    for s in (-1, 1):
        parts.append(stick((s * 0.33, 0.12, -0.62), (s * 0.3, 1.25, -0.78), 0.035, 1))
        parts.append(stick((s * 0.3, 1.0, -0.74), (s * 0.3, 1.0, -0.25), 0.022, 1))  # handrail
    console = at(0, 1.18, -0.8) @ rot("x", 35)
    parts.append(box(0.66, 0.32, 0.08, console, 0))
    parts.append(box(0.3, 0.16, 0.01, console @ at(0, 0.1, 0.045), "window"))  # its screen
    del rng
    return parts


def _track(t: np.ndarray) -> np.ndarray:
    """A roller coaster's centre line at t (0..1): a run, a climb to the lift hill's crest, the
    drop, a loop that steps sideways as it turns, and the run out."""
    pts = []
    for u in t:
        if u < 0.4:  # up the hill and down: a raised cosine bump
            x = -1.5 + 1.6 * u / 0.4
            y = 0.25 + 0.5 * (1 - np.cos(2 * np.pi * u / 0.4))
            z = -0.15
        elif u < 0.8:  # the loop, from its bottom round and back
            a = 2 * np.pi * (u - 0.4) / 0.4
            x, y, z = 0.55 + 0.45 * np.sin(a), 0.7 - 0.45 * np.cos(a), -0.15 + 0.3 * (u - 0.4) / 0.4
        else:
            x, y, z = 0.55 + 0.9 * (u - 0.8) / 0.2, 0.25, 0.15
        pts.append((x, y, z))
    return np.array(pts)


def _roller_coaster(rng: Rng) -> list[Part]:
    """A stretch of roller coaster: two steel rails over a hill and round a loop, sleepers
    between them, trestles down to the ground, and a car climbing the hill."""
    t = np.linspace(0, 1, 64)
    path = _track(t)
    # the rails' sideways offset: across the track (z), level everywhere
    parts = [
        tube(path + v3(0, 0, -0.1), 0.02, slot=1, tag="body"),
        tube(path + v3(0, 0, 0.1), 0.02, slot=1),
    ]
    for k in range(0, 64, 3):
        x, y, z = path[k]
        parts.append(stick((x, y - 0.02, z - 0.11), (x, y - 0.02, z + 0.11), 0.012, 0))
        if not 0.42 < t[k] < 0.78:  # the loop stands on its own base
            parts.append(stick((x, y - 0.03, z), (x, 0.0, z), 0.02, 0))
    for x in (0.3, 0.8):  # the loop's feet
        parts.append(stick((x, 0.0, 0.0), (0.55, 0.23, 0.0), 0.02, 0))
    k = 10  # the car, tilted up the hill
    d = path[k + 1] - path[k - 1]
    tilt = np.degrees(np.arctan2(d[1], d[0]))
    car = at(*path[k]) @ rot("z", tilt)
    parts.append(box(0.34, 0.14, 0.26, car @ at(0, 0.03, 0), "card-red"))
    parts.append(box(0.3, 0.12, 0.02, car @ at(0, 0.17, -0.1) @ rot("x", -10), "card-red"))
    for s in (-1, 1):
        parts.append(sphere(0.05, car @ at(s * 0.05, 0.22, 0.0), "snow"))  # two riders' heads
    del rng
    return parts


def _metronome(rng: Rng) -> list[Part]:
    """A metronome: a tall wooden pyramid on its plinth, the slot down its face, the pendulum
    swung to one side with its sliding weight, and the winding key."""
    parts = [
        box(0.42, 0.06, 0.34, None, 0, "body"),
        lathe(
            [(0.0, 0.0), (0.22, 0.0), (0.09, 0.72), (0.0, 0.72)],
            at(0, 0.06, 0) @ rot("y", 45),
            0,
            sides=4,
        ),
        box(0.07, 0.5, 0.01, at(0, 0.14, 0.11) @ rot("x", -10), "marking"),  # the slot
    ]
    swing = at(0, 0.16, 0.14) @ rot("z", -18)
    parts.append(box(0.014, 0.62, 0.01, swing, "steel"))  # the pendulum
    parts.append(box(0.07, 0.06, 0.03, swing @ at(0, 0.42, 0.0), 1))  # its weight
    parts.append(stick((0.16, 0.2, 0.0), (0.24, 0.2, 0.0), 0.012, "steel"))  # the key
    parts.append(box(0.02, 0.08, 0.06, at(0.25, 0.16, 0.0), "steel"))
    del rng
    return parts


def _cassette(rng: Rng) -> list[Part]:
    """A cassette tape standing on its edge: a flat shell, its paper label, the dark window
    with two toothed reels of brown tape behind, the screws at its corners."""
    parts = [
        box(0.62, 0.38, 0.07, None, 0, "body"),
        box(0.54, 0.24, 0.004, at(0, 0.11, 0.035), "pages"),  # the label
        box(0.3, 0.09, 0.006, at(0, 0.15, 0.036), "window"),
        box(0.4, 0.06, 0.08, at(0, 0.0, 0.0), 1),  # the head opening's lip
    ]
    for s in (-1, 1):
        reel = at(s * 0.11, 0.195, 0.0) @ rot("x", 90)
        parts.append(cylinder(0.05, 0.05, 0.078, reel @ at(0, -0.039, 0), "cork"))  # wound tape
        parts.append(cylinder(0.022, 0.022, 0.082, reel @ at(0, -0.041, 0), "snow"))  # the hub
        for x in (-0.28, 0.28):
            parts.append(
                cylinder(
                    0.012,
                    0.012,
                    0.074,
                    at(x, 0.19 + s * 0.16, 0) @ rot("x", 90) @ at(0, -0.037, 0),
                    "steel",
                )
            )
    del rng
    return parts


def _accordion(rng: Rng) -> list[Part]:
    """An accordion: two end boxes, piano keys down the face of the right one and buttons on
    the left, the pleated bellows between them fanned open."""
    parts = []
    for s in (-1, 1):
        parts.append(box(0.14, 0.62, 0.3, at(s * 0.42, 0.0, 0), 0, "body" if s < 0 else ""))
    for k in range(9):  # the bellows' folds: ridges in the second material, dark creases
        x = -0.32 + 0.08 * k
        parts.append(box(0.05, 0.56, 0.27, at(x, 0.03, 0), 1))
        if k < 8:
            parts.append(box(0.03, 0.5, 0.24, at(x + 0.04, 0.06, 0), "marking"))
    for k in range(11):  # the keyboard
        y = 0.06 + 0.05 * k
        parts.append(box(0.05, 0.044, 0.02, at(0.44, y, 0.155), "snow"))
        if k % 7 not in (2, 6):
            parts.append(box(0.03, 0.026, 0.02, at(0.43, y + 0.035, 0.17), "marking"))
    for row in range(3):
        for k in range(6):
            parts.append(sphere(0.014, at(-0.45 + 0.03 * row, 0.12 + 0.08 * k, 0.155), "snow"))
    parts.append(box(0.2, 0.04, 0.03, at(0.42, 0.62, 0), "steel"))  # the strap's clasp
    del rng
    return parts


def _handcuffs(rng: Rng) -> list[Part]:
    """A pair of handcuffs lying open: two rings, each with its lock box, joined by a short
    chain of links."""
    parts = []
    for s in (-1, 1):
        ring = at(s * 0.36, 0.03, 0.0) @ rot("z", s * 8)
        parts.append(torus(0.2, 0.028, ring, 0, "body" if s < 0 else ""))
        parts.append(box(0.14, 0.06, 0.1, ring @ at(-s * 0.2, -0.03, 0), 0))  # the lock
        parts.append(
            cylinder(
                0.012,
                0.012,
                0.07,
                at(-s * 0.2 + s * 0.36, 0.035, 0.0) @ rot("x", 90) @ at(0, -0.06, 0),
                "marking",
            )
        )
    for k in range(3):  # the chain
        x = -0.09 + 0.09 * k
        link = at(x, 0.04, 0) @ (rot("x", 90) if k % 2 else np.eye(4)) @ scl(1.5, 1, 1)
        parts.append(torus(0.03, 0.009, link, 0))
    del rng
    return parts


def _boxing_glove(rng: Rng) -> list[Part]:
    """A boxing glove standing on its cuff: the padded fist curled over, the thumb along its
    side, laces across the palm and a white band round the cuff."""
    parts = [
        cylinder(0.15, 0.16, 0.28, at(0, 0.0, 0), 0, "body"),  # the cuff
        sphere(1.0, at(0, 0.48, 0.0) @ scl(0.2, 0.24, 0.2), 0),  # the back of the hand
        sphere(1.0, at(0, 0.56, 0.08) @ scl(0.19, 0.2, 0.2), 0),  # the curled fingers
        tube(
            [(0.14, 0.34, 0.08), (0.18, 0.46, 0.14), (0.12, 0.55, 0.2)], [0.06, 0.06, 0.05], slot=0
        ),
        torus(0.155, 0.02, at(0, 0.2, 0), "snow"),  # the cuff's band
    ]
    for k in range(4):  # the laces on the palm side
        y = 0.05 + 0.05 * k
        parts.append(stick((-0.04, y, -0.15), (0.04, y + 0.04, -0.15), 0.007, "snow"))
        parts.append(stick((0.04, y, -0.15), (-0.04, y + 0.04, -0.15), 0.007, "snow"))
    del rng
    return parts


def _golf_club(rng: Rng) -> list[Part]:
    """A golf club leaning with its head on the grass: a long thin shaft, a dark grip, the
    rounded wooden head; a ball on its tee beside it."""
    lean = rot("z", 20)
    parts = [
        cylinder(0.011, 0.008, 1.05, at(-0.03, 0.06, 0) @ lean, 1, "body"),
        cylinder(0.017, 0.014, 0.26, at(-0.03, 0.06, 0) @ lean @ at(0, 0.8, 0), "marking"),
        sphere(1.0, at(0.02, 0.05, 0.02) @ rot("y", 20) @ scl(0.1, 0.05, 0.07), 0),  # the head
        sphere(0.035, at(0.26, 0.1, 0.12), "snow"),  # the ball
        cylinder(0.008, 0.02, 0.065, at(0.26, 0.0, 0.12), "pencil-wood"),  # its tee
    ]
    del rng
    return parts


def _water_tower(rng: Rng) -> list[Part]:
    """A water tower: a round tank under a conical roof, on four braced legs, a ladder up
    one of them and a walkway round the tank's foot."""
    parts = [
        cylinder(0.42, 0.42, 0.5, at(0, 1.25, 0), 0, "body"),
        cylinder(0.45, 0.02, 0.22, at(0, 1.75, 0), 0),  # the roof
        cylinder(0.44, 0.44, 0.03, at(0, 1.22, 0), 1),  # the floor of the walkway
        torus(0.5, 0.012, at(0, 1.35, 0), 1),  # its railing
    ]
    feet = [(-0.35, -0.35), (0.35, -0.35), (0.35, 0.35), (-0.35, 0.35)]
    for (x, z), (x2, z2) in zip(feet, feet[1:] + feet[:1], strict=True):
        parts.append(stick((x, 0.0, z), (x * 0.75, 1.22, z * 0.75), 0.03, 1))
        parts.append(stick((x * 0.93, 0.35, z * 0.93), (x2 * 0.84, 0.9, z2 * 0.84), 0.012, 1))
    for s in (-1, 1):  # the ladder up the front
        parts.append(stick((s * 0.08, 0.0, 0.5), (s * 0.08, 1.22, 0.44), 0.01, 1))
    for k in range(10):
        y = 0.1 + 0.11 * k
        parts.append(stick((-0.08, y, 0.5 - 0.05 * y), (0.08, y, 0.5 - 0.05 * y), 0.007, 1))
    del rng
    return parts


def _tesla_coil(rng: Rng) -> list[Part]:
    """A tesla coil: a squat base, a tall coil wound in copper, a rounded torus on top, and
    blue-white sparks of lightning arcing from it."""
    parts = [
        cylinder(0.3, 0.32, 0.15, None, 1, "body"),
        cylinder(0.09, 0.09, 0.95, at(0, 0.15, 0), 0),  # the coil's form
        cylinder(0.02, 0.02, 0.1, at(0, 1.1, 0), "steel"),
        torus(0.2, 0.08, at(0, 1.22, 0), "steel"),  # the top load
    ]
    for k in range(18):  # the winding
        parts.append(torus(0.094, 0.008, at(0, 0.25 + 0.045 * k, 0), "copper"))
    for k in range(5):  # the sparks: jagged arcs out from the torus
        a = 2 * np.pi * k / 5 + rng.uniform(0, 0.6)
        d = np.array([np.cos(a), 0.0, np.sin(a)])
        pts = [v3(0, 1.22, 0) + 0.28 * d]
        for j in range(1, 5):
            step = 0.28 + 0.12 * j
            jag = rng.uniform(-0.07, 0.07, 3)
            pts.append(v3(0, 1.22 + rng.uniform(-0.12, 0.18), 0) + step * d + jag)
        parts.append(tube(pts, [0.014, 0.011, 0.009, 0.006, 0.0], slot="spark"))
    return parts


def _igloo(rng: Rng) -> list[Part]:
    """An igloo: a dome of snow blocks (rows of seams round it, joints staggered between
    them) and a low arched tunnel to its dark doorway."""
    r = 0.6
    dome = [(r * np.cos(a), r * np.sin(a)) for a in np.linspace(0, np.pi / 2, 9)]
    parts = [lathe([(0.0, 0.0), *dome[:-1], (0.0, r)], None, 0, "body")]
    rows = np.linspace(0.12, 0.5, 5)
    for i, y in enumerate(rows):
        ring = np.sqrt(r * r - y * y)
        parts.append(torus(ring + 0.003, 0.008, at(0, y, 0), 1))
        lower = rows[i - 1] if i else 0.0
        for k in range(max(4, int(10 * ring / r))):
            a = 2 * np.pi * (k + 0.5 * (i % 2)) / max(4, int(10 * ring / r))
            mid = (y + lower) / 2
            rr = np.sqrt(r * r - mid * mid) + 0.004
            if abs(a - np.pi / 2) < 0.35:
                continue  # the tunnel is there
            parts.append(box(0.012, y - lower, 0.012, at(rr * np.cos(a), lower, rr * np.sin(a)), 1))
    parts.append(box(0.4, 0.2, 0.42, at(0, 0.0, 0.62), 0))  # the tunnel
    parts.append(cylinder(0.2, 0.2, 0.42, at(0, 0.2, 0.41) @ rot("x", 90), 0))
    parts.append(box(0.26, 0.18, 0.01, at(0, 0.0, 0.835), "marking"))  # the doorway
    parts.append(cylinder(0.13, 0.13, 0.01, at(0, 0.18, 0.83) @ rot("x", 90), "marking"))
    del rng
    return parts


def _cement_mixer(rng: Rng) -> list[Part]:
    """A site cement mixer: a pear-shaped drum tilted up on its cradle with a ring gear round
    it, the frame on two wheels and a handle, a dark mouth of wet cement."""
    drum = [
        (0.0, 0.0),
        (0.2, 0.02),
        (0.32, 0.2),
        (0.33, 0.34),
        (0.2, 0.58),
        (0.15, 0.62),
        (0.0, 0.62),
    ]
    tilt = at(0, 0.72, 0) @ rot("x", 35)
    parts = [
        lathe(drum, tilt @ at(0, -0.25, 0), 0, "body"),
        torus(0.33, 0.025, tilt @ at(0, 0.05, 0), 1),  # its ring gear
        sphere(1.0, tilt @ at(0, 0.38, 0) @ scl(0.13, 0.01, 0.13), "stones"),  # wet cement
        stick((0, 0.72, 0), (0, 0.3, -0.1), 0.04, 1),  # the cradle's post
        stick((-0.35, 0.3, -0.1), (0.35, 0.3, -0.1), 0.03, 1),  # the axle frame
        stick((0.0, 0.3, -0.1), (0.0, 0.55, -0.7), 0.02, 1),  # the handle
    ]
    for s in (-1, 1):
        hub = at(s * 0.38, 0.2, -0.1) @ rot("z", 90)
        parts.append(torus(0.16, 0.05, hub, "marking"))
        parts.append(cylinder(0.12, 0.12, 0.04, hub @ at(0, -0.02, 0), 1))
        parts.append(stick((s * 0.3, 0.3, -0.1), (s * 0.3, 0.0, 0.3), 0.02, 1))  # a leg
    del rng
    return parts


def _sawhorse(rng: Rng) -> list[Part]:
    """A sawhorse: a long beam on two pairs of splayed legs with a brace across each pair, a
    saw resting on top."""
    parts = [box(1.1, 0.09, 0.1, at(0, 0.7, 0), 0, "body")]
    for x in (-0.42, 0.42):
        for z in (-1, 1):
            parts.append(
                box(
                    0.07,
                    0.8,
                    0.06,
                    at(x, 0.72, 0) @ rot("x", z * 16) @ rot("z", 180) @ at(0, 0, 0),
                    0,
                )
            )
        parts.append(box(0.05, 0.06, 0.36, at(x, 0.28, 0), 0))  # the brace
    parts.append(box(0.6, 0.14, 0.006, at(-0.05, 0.79, 0.0) @ rot("y", 12), 1))  # a saw's blade
    parts.append(box(0.12, 0.1, 0.03, at(0.3, 0.79, -0.07) @ rot("y", 12), "pencil-wood"))
    del rng
    return parts


def _jukebox(rng: Rng) -> list[Part]:
    """A jukebox: a cabinet under a round arch edged with glowing tubes, the window onto its
    records, a grille below and chrome trim."""
    parts = [
        box(0.64, 0.9, 0.36, None, 0, "body"),
        cylinder(0.32, 0.32, 0.36, at(0, 0.9, -0.18) @ rot("x", 90), 0),  # the arch
        box(0.42, 0.24, 0.01, at(0, 0.58, 0.18), "window"),  # onto the records
        box(0.44, 0.26, 0.01, at(0, 0.12, 0.18), 1),  # the grille
    ]
    arch = [(0.3 * np.cos(a), 0.9 + 0.3 * np.sin(a), 0.19) for a in np.linspace(0, np.pi, 13)]
    parts.append(tube([(0.3, 0.05, 0.19), *arch, (-0.3, 0.05, 0.19)], 0.025, slot="rainbow-orange"))
    inner = [(0.2 * np.cos(a), 0.9 + 0.2 * np.sin(a), 0.19) for a in np.linspace(0, np.pi, 9)]
    parts.append(tube(inner, 0.018, slot="rainbow-yellow"))
    for k in range(7):
        parts.append(box(0.012, 0.24, 0.012, at(-0.18 + 0.06 * k, 0.13, 0.19), "steel"))
    for k in range(3):  # records stood in the window
        parts.append(
            cylinder(0.09, 0.09, 0.004, at(-0.12 + 0.12 * k, 0.68, 0.15) @ rot("x", 90), "marking")
        )
    del rng
    return parts


def _gurney(rng: Rng) -> list[Part]:
    """A hospital gurney: a padded stretcher on a folding frame of tubes on four castors, a
    white sheet and pillow, rails along its sides."""
    parts = [box(0.55, 0.08, 1.8, at(0, 0.8, 0), 0, "body")]
    parts.append(box(0.56, 0.02, 1.4, at(0, 0.88, 0.15), "snow"))  # the sheet
    parts.append(box(0.36, 0.07, 0.25, at(0, 0.88, -0.7), "snow"))  # the pillow
    for s in (-1, 1):
        parts.append(stick((s * 0.25, 0.8, -0.75), (-s * 0.25, 0.12, 0.75), 0.02, 1))  # the X legs
        parts.append(stick((s * 0.25, 0.8, 0.75), (-s * 0.25, 0.12, -0.75), 0.02, 1))
        parts.append(stick((s * 0.29, 0.98, -0.6), (s * 0.29, 0.98, 0.6), 0.015, 1))  # the rails
        for z in (-0.6, 0.6):
            parts.append(stick((s * 0.29, 0.84, z), (s * 0.29, 0.98, z), 0.012, 1))
    for x in (-0.25, 0.25):
        parts.append(stick((x, 0.12, -0.75), (x, 0.12, 0.75), 0.02, 1))
        for z in (-0.75, 0.75):
            parts.append(
                cylinder(
                    0.06, 0.06, 0.04, at(x, 0.06, z) @ rot("z", 90) @ at(0, -0.02, 0), "marking"
                )
            )
    del rng
    return parts


def _parking_meter(rng: Rng) -> list[Part]:
    """A parking meter: a grey post and on it the rounded head, its glass dome over a dial
    with a red flag, the coin slot and the turning handle."""
    parts = [
        cylinder(0.035, 0.035, 0.95, None, 1, "body"),
        box(0.24, 0.26, 0.16, at(0, 0.95, 0), 0),
        cylinder(0.12, 0.12, 0.16, at(0, 1.21, -0.08) @ rot("x", 90), 0),  # its round top
        sphere(1.0, at(0, 1.2, 0.08) @ scl(0.09, 0.08, 0.03), "pane"),  # the dome
        cylinder(0.075, 0.075, 0.005, at(0, 1.2, 0.075) @ rot("x", 90), "snow"),  # the dial
        box(0.05, 0.025, 0.006, at(0.02, 1.22, 0.082), "card-red"),  # the flag
        box(0.06, 0.012, 0.01, at(0, 1.08, 0.08), "marking"),  # the coin slot
        stick((0.12, 1.03, 0.0), (0.17, 1.03, 0.0), 0.012, "steel"),  # the handle
    ]
    del rng
    return parts


def _oil_lamp(rng: Rng) -> list[Part]:
    """An oil lamp of the old kind (a genie's): a low round body drawn out into a long spout
    with a flame at its tip, a looped handle behind, a lid with a knob on a little foot."""
    body = [(0.0, 0.0), (0.1, 0.0), (0.1, 0.03), (0.24, 0.1), (0.22, 0.17), (0.1, 0.22),
            (0.08, 0.26), (0.0, 0.27)]  # fmt: skip
    parts = [
        lathe(body, scl(1, 1, 0.85), 0, "body"),
        tube([(0.0, 0.12, 0.12), (0.0, 0.16, 0.3), (0.0, 0.22, 0.44)], [0.09, 0.05, 0.03], slot=0),
        tube(
            [(0.0, 0.18, -0.17), (0.0, 0.3, -0.3), (0.0, 0.16, -0.36), (0.0, 0.08, -0.2)],
            0.018,
            slot=0,
        ),
        sphere(0.03, at(0, 0.3, 0), 0),  # the lid's knob
        lathe([(0.0, 0.0), (0.018, 0.0), (0.012, 0.06), (0.0, 0.09)], at(0, 0.23, 0.45), "flame"),
    ]
    del rng
    return parts


def _brazier(rng: Rng) -> list[Part]:
    """A brazier: a wide iron bowl on three curved legs, heaped with glowing coals and
    burning."""
    bowl = [(0.0, 0.0), (0.12, 0.0), (0.32, 0.12), (0.4, 0.26), (0.37, 0.27), (0.0, 0.15)]
    parts = [lathe(bowl, at(0, 0.55, 0), 0, "body"), torus(0.39, 0.02, at(0, 0.81, 0), 0)]
    for k in range(3):
        a = 2 * np.pi * k / 3
        c, s = np.cos(a), np.sin(a)
        parts.append(
            tube(
                [(0.2 * c, 0.6, 0.2 * s), (0.36 * c, 0.35, 0.36 * s), (0.34 * c, 0.0, 0.34 * s)],
                0.025,
                slot=0,
            )
        )
    for _ in range(9):  # the coals
        x, z = rng.uniform(-0.22, 0.22, 2)
        parts.append(sphere(0.06, at(x, 0.76, z), "glow"))
    for k in range(5):  # the fire
        a = 2 * np.pi * k / 5 + rng.uniform(0, 0.5)
        h = rng.uniform(0.3, 0.45)
        parts.append(
            lathe(
                [(0.0, 0.0), (0.08, 0.05), (0.04, h * 0.6), (0.0, h)],
                at(0.12 * np.cos(a), 0.78, 0.12 * np.sin(a)),
                "flame",
            )
        )
    return parts


def _chariot(rng: Rng) -> list[Part]:
    """A war chariot: a small open car with a curved front guard on an axle between two big
    spoked wheels, the pole reaching forward to the yoke."""
    guard = [(0.3 * np.cos(a), 0.0, 0.22 * np.sin(a)) for a in np.linspace(0, np.pi, 9)]
    parts = [box(0.6, 0.05, 0.45, at(0, 0.45, -0.05), 0, "body")]  # the floor
    for x, _, z in guard:  # the guard's upright ribs
        parts.append(box(0.04, 0.5, 0.03, at(x, 0.5, z - 0.05), 0))
    parts.append(tube([(x, 1.0, z - 0.05) for x, _, z in guard], 0.03, slot=1))  # its rail
    parts.append(tube([(x, 0.5, z - 0.05) for x, _, z in guard], 0.02, slot=1))
    for x, _, z in guard[1:-1]:  # its panels between the ribs
        parts.append(
            box(
                0.1,
                0.48,
                0.01,
                at(x, 0.5, z - 0.06) @ rot("y", -np.degrees(np.arctan2(z, x)) + 90),
                0,
            )
        )
    for s in (-1, 1):
        hub = at(s * 0.38, 0.45, -0.1) @ rot("z", 90)
        parts.append(torus(0.43, 0.03, hub, 1))
        parts.append(cylinder(0.06, 0.06, 0.1, hub @ at(0, -0.05, 0), 1))
        for k in range(8):
            spoke = hub @ rot("y", 22.5 * k) @ rot("x", 90) @ at(0, -0.21, 0)
            parts.append(box(0.04, 0.42, 0.04, spoke, 0))
    parts.append(stick((-0.4, 0.45, -0.1), (0.4, 0.45, -0.1), 0.025, 1))  # the axle
    parts.append(tube([(0, 0.45, 0.15), (0, 0.55, 0.7), (0, 0.7, 1.1)], 0.03, slot=0))  # the pole
    parts.append(stick((-0.3, 0.7, 1.1), (0.3, 0.7, 1.1), 0.025, 0))  # the yoke
    del rng
    return parts


def _tracks(half: float, length: float, wheels: int = 5) -> list[Part]:
    """A pair of crawler tracks along z, ``half`` either side: dark belts round their end
    wheels, road wheels on their outer faces."""
    parts = []
    for s in (-1, 1):
        parts.append(box(0.2, 0.2, length, at(s * half, 0.02, 0), "marking"))
        for z in (-length / 2, length / 2):
            parts.append(
                cylinder(0.12, 0.12, 0.2, at(s * (half + 0.1), 0.12, z) @ rot("z", 90), "marking")
            )
        for k in range(wheels):
            z = -length / 2 + length * k / (wheels - 1)
            parts.append(
                cylinder(
                    0.07, 0.07, 0.01, at(s * (half + 0.1), 0.12, z) @ rot("z", -90 * s), "steel"
                )
            )
    return parts


def _bulldozer(rng: Rng) -> list[Part]:
    """A bulldozer: an engine body on two crawler tracks, the cab with its windows behind,
    the broad curved blade before it on its arms, a ripper's tooth at the back."""
    parts = [box(0.7, 0.35, 0.95, at(0, 0.22, 0.05), 0, "body")]
    parts += _tracks(0.45, 1.2)
    parts.append(box(0.6, 0.5, 0.5, at(0, 0.57, -0.3), 0))  # the cab
    for s in (-1, 1):
        parts.append(box(0.01, 0.3, 0.36, at(s * 0.3, 0.7, -0.3), "window"))
    parts.append(box(0.5, 0.3, 0.01, at(0, 0.7, -0.05), "window"))
    parts.append(stick((0.2, 0.57, 0.3), (0.2, 0.85, 0.3), 0.03, "marking"))  # the exhaust
    parts.append(box(1.25, 0.45, 0.06, at(0, 0.02, 0.95) @ rot("x", -8), 0))  # the blade
    parts.append(box(1.25, 0.04, 0.12, at(0, 0.0, 0.98), "steel"))  # its cutting edge
    for s in (-1, 1):
        parts.append(stick((s * 0.45, 0.25, 0.3), (s * 0.45, 0.25, 0.92), 0.04, 1))  # its arms
        parts.append(stick((s * 0.25, 0.5, 0.45), (s * 0.25, 0.35, 0.9), 0.025, "steel"))
    parts.append(box(0.06, 0.35, 0.08, at(0, 0.0, -0.72), 1))  # the ripper
    del rng
    return parts


def _excavator(rng: Rng) -> list[Part]:
    """An excavator: crawler tracks under a turning body with its cab and counterweight, the
    long boom and dipper arm folded out in front, the toothed bucket at its end."""
    parts = _tracks(0.42, 1.1)
    parts.insert(0, cylinder(0.25, 0.25, 0.1, at(0, 0.22, 0), 1, "body"))  # the turntable
    parts.append(box(0.8, 0.3, 1.0, at(0, 0.32, -0.1), 0))  # the house
    parts.append(box(0.35, 0.45, 0.4, at(-0.2, 0.62, 0.15), 0))  # the cab
    parts.append(box(0.3, 0.35, 0.01, at(-0.2, 0.68, 0.355), "window"))
    parts.append(box(0.01, 0.35, 0.3, at(-0.375, 0.68, 0.15), "window"))
    boom = [(0.18, 0.55, 0.2), (0.18, 1.25, 0.75), (0.18, 1.15, 1.1)]
    parts.append(tube(boom, [0.09, 0.08, 0.07], slot=0))  # the boom, bent
    parts.append(tube([(0.18, 1.15, 1.1), (0.18, 0.6, 1.45)], 0.06, slot=0))  # the dipper arm
    parts.append(stick((0.18, 0.5, 0.35), (0.18, 1.05, 0.75), 0.035, "steel"))  # a ram
    bucket = at(0.18, 0.45, 1.45) @ rot("x", 30)
    parts.append(box(0.4, 0.26, 0.3, bucket, 0))
    for k in range(4):
        parts.append(
            cylinder(
                0.025, 0.0, 0.1, bucket @ at(-0.15 + 0.1 * k, 0.0, 0.15) @ rot("x", 150), "steel"
            )
        )
    del rng
    return parts


def _snowmobile(rng: Rng) -> list[Part]:
    """A snowmobile: a sleek nose on two front skis, the body with its windscreen and
    handlebars, a long seat over the rubber track at the back."""
    parts = [
        sphere(1.0, at(0, 0.42, 0.35) @ scl(0.32, 0.2, 0.55), 0, "body"),  # the nose
        box(0.5, 0.22, 0.9, at(0, 0.25, -0.35), 0),  # the body over the track
        box(0.42, 0.12, 0.7, at(0, 0.47, -0.4), "marking"),  # the seat
        box(0.46, 0.24, 0.01, at(0, 0.58, 0.28) @ rot("x", -30), "pane"),  # the windscreen
        stick((-0.3, 0.62, 0.1), (0.3, 0.62, 0.1), 0.02, "steel"),  # the handlebars
        box(0.4, 0.2, 0.85, at(0, 0.02, -0.4), "marking"),  # the track
    ]
    for s in (-1, 1):
        ski = [(s * 0.32, 0.02, -0.1), (s * 0.32, 0.02, 0.75), (s * 0.32, 0.12, 0.92)]
        parts.append(
            tube(
                ski,
                0.03,
                slot=1,
                shape=np.array([[-2.0, -0.5], [2.0, -0.5], [2.0, 0.5], [-2.0, 0.5]]),
            )
        )
        parts.append(stick((s * 0.2, 0.3, 0.35), (s * 0.32, 0.04, 0.35), 0.025, 1))  # its strut
        parts.append(sphere(0.04, at(s * 0.15, 0.5, 0.78), "glow"))  # headlights
    del rng
    return parts


def _kayak(rng: Rng) -> list[Part]:
    """A kayak: a long narrow closed hull pointed at both ends, the oval cockpit with its
    dark opening, and a double-bladed paddle across it."""
    hull = [(0.0, -1.2), (0.1, -0.9), (0.2, -0.4), (0.22, 0.0), (0.2, 0.4), (0.1, 0.9), (0.0, 1.2)]
    parts = [lathe(hull, at(0, 0.12, 0) @ rot("x", 90) @ scl(1, 1, 0.6), 0, "body")]
    parts.append(torus(0.14, 0.02, at(0, 0.24, -0.05) @ scl(1, 1, 1.6), 1))  # the coaming
    parts.append(sphere(1.0, at(0, 0.23, -0.05) @ scl(0.13, 0.01, 0.21), "marking"))
    parts.append(stick((-0.9, 0.3, 0.2), (0.9, 0.3, 0.05), 0.015, 1))  # the paddle's shaft
    for s in (-1, 1):
        parts.append(
            sphere(1.0, at(s * 0.95, 0.3, 0.2 - 0.075 * (1 + s)) @ scl(0.16, 0.01, 0.07), 1)
        )
    del rng
    return parts


def _hand_plane(rng: Rng) -> list[Part]:
    """A woodworker's hand plane: a long low body, the blade leaning back under its lever cap,
    a curved handle behind and a round knob in front; a curl of shaving at its mouth."""
    parts = [
        box(0.16, 0.08, 0.62, None, 1, "body"),  # the sole and sides
        box(0.1, 0.16, 0.05, at(0, 0.06, 0.02) @ rot("x", -45), 1),  # the lever cap
        box(0.09, 0.005, 0.1, at(0, 0.2, -0.06) @ rot("x", -45), "steel"),  # the blade's top
        tube([(0, 0.08, -0.16), (0, 0.2, -0.2), (0, 0.24, -0.28), (0, 0.08, -0.27)], 0.025, slot=0),
        sphere(1.0, at(0, 0.13, 0.22) @ scl(0.045, 0.05, 0.045), 0),  # the knob
        cylinder(0.02, 0.02, 0.05, at(0, 0.08, 0.22), 0),
    ]
    curl = [(0.0, 0.08 + 0.05 * np.sin(a), 0.06 + 0.05 * np.cos(a)) for a in np.linspace(0, 4, 9)]
    parts.append(tube(curl, 0.008, slot="pencil-wood"))
    del rng
    return parts


def _jackhammer(rng: Rng) -> list[Part]:
    """A jackhammer standing on its bit: the heavy body, a T handle with grips across its
    top, the chisel bit below, and its air hose curling away."""
    parts = [
        cylinder(0.09, 0.09, 0.5, at(0, 0.35, 0), 0, "body"),
        cylinder(0.11, 0.11, 0.08, at(0, 0.7, 0), 0),
        stick((0, 0.78, 0), (0, 0.9, 0), 0.03, 1),
        stick((-0.3, 0.9, 0), (0.3, 0.9, 0), 0.028, 1),  # the handle
        cylinder(0.035, 0.0, 0.35, at(0, 0.36, 0) @ rot("x", 180), "steel"),  # the bit
        cylinder(0.05, 0.05, 0.05, at(0, 0.32, 0), 1),
    ]
    for s in (-1, 1):
        parts.append(
            cylinder(
                0.035, 0.035, 0.14, at(s * 0.2, 0.9, 0) @ rot("z", 90) @ at(0, -0.07, 0), "marking"
            )
        )
    hose = [
        (0.09, 0.6, 0.0),
        (0.25, 0.55, 0.1),
        (0.35, 0.1, 0.25),
        (0.5, 0.03, 0.5),
        (0.8, 0.03, 0.4),
    ]
    parts.append(tube(hose, 0.025, slot="marking"))
    del rng
    return parts


def _generator(rng: Rng) -> list[Part]:
    """A portable generator: an engine and its fuel tank in a frame of bent tubes, a panel of
    sockets and a pull cord, an exhaust at the side."""
    parts = [
        box(0.5, 0.3, 0.4, at(0, 0.08, 0), 0, "body"),  # the engine's housing
        box(0.5, 0.14, 0.38, at(0, 0.38, 0), 0),  # the tank
        cylinder(0.05, 0.05, 0.04, at(0.12, 0.52, 0), "marking"),  # its cap
        box(0.3, 0.18, 0.01, at(0, 0.14, 0.2), "marking"),  # the panel
        cylinder(0.06, 0.06, 0.12, at(-0.25, 0.2, -0.08) @ rot("z", 90), "steel"),  # exhaust
    ]
    for k in range(3):
        parts.append(box(0.05, 0.05, 0.01, at(-0.08 + 0.08 * k, 0.2, 0.206), "snow"))
    for s in (-1, 1):  # the frame
        loop = [
            (s * 0.3, 0.02, -0.25),
            (s * 0.3, 0.58, -0.25),
            (s * 0.3, 0.58, 0.25),
            (s * 0.3, 0.02, 0.25),
        ]
        parts.append(tube(loop, 0.022, slot=1))
        parts.append(stick((s * 0.3, 0.02, -0.25), (s * 0.3, 0.02, 0.25), 0.022, 1))
    for z in (-0.25, 0.25):
        parts.append(stick((-0.3, 0.58, z), (0.3, 0.58, z), 0.022, 1))
    del rng
    return parts


def _vise(rng: Rng) -> list[Part]:
    """A bench vise: a heavy base, the fixed and the sliding jaw with their steel faces, the
    screw between them and its sliding bar, a block of wood gripped in its jaws."""
    parts = [
        cylinder(0.16, 0.18, 0.06, None, 0, "body"),  # the swivel base
        box(0.28, 0.2, 0.16, at(0, 0.06, -0.12), 0),  # the fixed jaw's body
        box(0.28, 0.18, 0.1, at(0, 0.08, 0.2), 0),  # the sliding jaw
        box(0.16, 0.08, 0.32, at(0, 0.06, 0.04), 0),  # its slide
        box(0.3, 0.1, 0.012, at(0, 0.26, -0.04), "steel"),  # the jaw faces
        box(0.3, 0.1, 0.012, at(0, 0.26, 0.15), "steel"),
        box(0.3, 0.1, 0.06, at(0, 0.26, -0.04) @ at(0, 0, -0.03), 0),
        box(0.3, 0.1, 0.06, at(0, 0.26, 0.15) @ at(0, 0, 0.03), 0),
        box(0.5, 0.08, 0.16, at(0.05, 0.28, 0.055), 1),  # the wood it grips
        stick((0, 0.13, 0.25), (0, 0.13, 0.4), 0.02, "steel"),  # the screw
        stick((-0.16, 0.13, 0.4), (0.16, 0.13, 0.4), 0.012, "steel"),  # its bar
    ]
    parts += [sphere(0.02, at(s * 0.16, 0.13, 0.4), "steel") for s in (-1, 1)]
    del rng
    return parts


def _girder(rng: Rng) -> list[Part]:
    """A steel girder lying on the ground: an I-beam, its web between two flanges, a row of
    rivets along it."""
    parts = [
        box(0.26, 0.03, 1.8, None, 0, "body"),
        box(0.03, 0.26, 1.8, at(0, 0.03, 0), 0),
        box(0.26, 0.03, 1.8, at(0, 0.29, 0), 0),
    ]
    for k in range(9):
        z = -0.8 + 0.2 * k
        parts.append(cylinder(0.014, 0.014, 0.04, at(-0.02, 0.16, z) @ rot("z", 90), "marking"))
    del rng
    return parts


def _scaffolding(rng: Rng) -> list[Part]:
    """Scaffolding: a frame of upright poles in two bays and three lifts, ledgers across,
    diagonal braces, and a deck of planks at each lift."""
    parts = []
    xs, zs, ys = (-0.6, 0.0, 0.6), (-0.25, 0.25), (0.0, 0.6, 1.2, 1.8)
    for x in xs:
        for z in zs:
            parts.append(stick((x, 0.0, z), (x, 2.0, z), 0.02, 0, "body" if not parts else ""))
            parts.append(box(0.08, 0.02, 0.08, at(x, 0.0, z), 0))  # its base plate
    for y in ys[1:]:
        for z in zs:
            parts.append(stick((-0.6, y, z), (0.6, y, z), 0.016, 0))
        for x in xs:
            parts.append(stick((x, y, -0.25), (x, y, 0.25), 0.016, 0))
        for k in range(5):
            parts.append(box(1.25, 0.03, 0.09, at(0, y + 0.016, -0.2 + 0.1 * k), 1))  # planks
    for i in range(3):  # braces across the front, one each lift
        x0, x1 = (-0.6, 0.0) if i % 2 else (0.0, 0.6)
        parts.append(stick((x0, ys[i], 0.27), (x1, ys[i + 1], 0.27), 0.013, 0))
    del rng
    return parts


def _porta_potty(rng: Rng) -> list[Part]:
    """A portable toilet: a tall moulded cabin with a white roof, its door with a vent, a
    handle and a lock tab, a pipe up the back."""
    parts = [
        box(0.75, 1.9, 0.8, None, 0, "body"),
        box(0.8, 0.06, 0.85, at(0, 1.9, 0), "snow"),  # the roof
        cylinder(0.35, 0.35, 0.06, at(0, 1.96, 0) @ scl(1.1, 1, 1.15), "snow"),
        box(0.6, 1.75, 0.02, at(0, 0.06, 0.4), 0),  # the door
        box(0.3, 0.12, 0.02, at(0, 1.55, 0.41), "marking"),  # its vent
        box(0.03, 0.16, 0.04, at(0.22, 0.9, 0.42), "steel"),  # its handle
        box(0.08, 0.04, 0.02, at(0.22, 1.08, 0.42), "card-red"),  # the lock tab
        cylinder(0.04, 0.04, 0.4, at(0.25, 1.9, -0.3), "snow"),  # the vent pipe
    ]
    del rng
    return parts


def _tower_crane(rng: Rng) -> list[Part]:
    """A tower crane: a tall lattice mast on its base, the operator's cab at the top, a long
    lattice jib out front with its trolley and hook on a cable, the counter-jib behind with
    its concrete weights."""
    parts = [box(0.5, 0.2, 0.5, None, "stones", "body")]
    h = 2.4
    for x in (-0.12, 0.12):  # the mast's four chords and its zigzag bracing
        for z in (-0.12, 0.12):
            parts.append(stick((x, 0.2, z), (x, h, z), 0.014, 0))
    for k in range(12):
        y0, y1 = 0.2 + (h - 0.2) * k / 12, 0.2 + (h - 0.2) * (k + 1) / 12
        parts.append(stick((-0.12, y0, 0.12), (0.12, y1, 0.12), 0.008, 0))
        parts.append(stick((0.12, y0, -0.12), (0.12, y1, 0.12), 0.008, 0))
    parts.append(box(0.3, 0.22, 0.28, at(0.0, h, 0.22), 0))  # the cab
    parts.append(box(0.26, 0.14, 0.01, at(0.0, h + 0.05, 0.36), "window"))
    for x in (-0.08, 0.08):  # the jib out to +x and the counter-jib to -x
        parts.append(stick((-0.7, h + 0.25, x), (1.6, h + 0.25, x), 0.012, 0))
    parts.append(stick((0.0, h + 0.45, 0.0), (1.6, h + 0.27, 0.0), 0.012, 0))
    parts.append(stick((0.0, h + 0.45, 0.0), (-0.7, h + 0.27, 0.0), 0.012, 0))
    parts.append(stick((0.0, h, 0.0), (0.0, h + 0.6, 0.0), 0.02, 0))  # the tower head
    for k in range(11):
        x = -0.7 + 2.3 * k / 10
        parts.append(stick((x, h + 0.25, -0.08), (x + 0.115, h + 0.25, 0.08), 0.007, 0))
    parts.append(box(0.3, 0.25, 0.22, at(-0.6, h + 0.05, 0.0), "stones"))  # the weights
    parts.append(box(0.12, 0.06, 0.14, at(1.1, h + 0.19, 0.0), 1))  # the trolley
    parts.append(stick((1.1, h + 0.19, 0.0), (1.1, 1.0, 0.0), 0.004, "marking"))  # its cable
    hook = [
        (1.1, 1.0, 0.0),
        (1.1, 0.9, 0.0),
        (1.14, 0.84, 0.0),
        (1.08, 0.82, 0.0),
        (1.06, 0.86, 0.0),
    ]
    parts.append(tube(hook, 0.014, slot="steel"))
    parts.append(box(0.08, 0.08, 0.06, at(1.1, 1.0, 0.0), 1))  # the hook block
    del rng
    return parts


def _snowshoe(rng: Rng) -> list[Part]:
    """A snowshoe lying flat: a teardrop frame of bent wood, laced across with a webbing of
    rawhide, a binding for the boot in the middle."""
    frame = [(0.22 * np.sin(a), 0.02, 0.5 * np.cos(a) - 0.1 * (np.cos(a) < 0) * np.cos(a) - 0.1 * (1 - np.cos(a)) ** 2)
             for a in np.linspace(0, 2 * np.pi, 25)]  # fmt: skip
    parts = [tube(frame, 0.018, slot=0, tag="body")]
    for k in range(-3, 4):
        x = 0.055 * k
        parts.append(
            stick(
                (x, 0.02, -0.45 * np.sqrt(max(0.0, 1 - (x / 0.23) ** 2)) - 0.05),
                (x, 0.02, 0.45 * np.sqrt(max(0.0, 1 - (x / 0.23) ** 2))),
                0.004,
                1,
            )
        )
    for k in range(-8, 9):
        z = 0.06 * k
        w = 0.2 * np.sqrt(max(0.0, 1 - (z / 0.55) ** 2))
        parts.append(stick((-w, 0.02, z), (w, 0.02, z), 0.004, 1))
    parts.append(box(0.16, 0.04, 0.16, at(0, 0.02, 0.05), 1))  # the binding
    parts.append(tube([(-0.08, 0.05, 0.12), (0.0, 0.12, 0.13), (0.08, 0.05, 0.12)], 0.012, slot=1))
    del rng
    return parts


def _lumber(rng: Rng) -> list[Part]:
    """A stack of lumber: sawn planks in crossed layers on bearers, their pale ends showing."""
    parts = []
    for layer in range(4):
        y = 0.06 + 0.1 * layer
        for k in range(5):
            z = -0.36 + 0.18 * k + rng.uniform(-0.01, 0.01)
            length = 1.6 + rng.uniform(-0.08, 0.08)
            parts.append(
                box(
                    length,
                    0.08,
                    0.16,
                    at(rng.uniform(-0.04, 0.04), y, z),
                    0,
                    "" if parts else "body",
                )
            )
    for x in (-0.6, 0.0, 0.6):
        parts.append(box(0.1, 0.06, 0.9, at(x, 0.0, 0), 0))  # the bearers
    return parts


def _pallet(rng: Rng) -> list[Part]:
    """A pallet of bricks: the slatted wooden pallet on its blocks, bricks stacked on it in
    courses."""
    parts = [
        box(1.0, 0.03, 0.1, at(0, 0.1, -0.4 + 0.2 * k), 1, "" if k else "body") for k in range(5)
    ]
    for x in (-0.45, 0.0, 0.45):
        parts.append(box(0.1, 0.1, 0.9, at(x, 0.0, 0), 1))
    for course in range(5):  # the bricks, each course turned
        y = 0.13 + 0.09 * course
        for i in range(4):
            for j in range(2):
                if course % 2:
                    m = at(-0.33 + 0.22 * i, y, -0.2 + 0.4 * j)
                    parts.append(box(0.2, 0.08, 0.38, m, 0))
                else:
                    m = at(-0.33 + 0.22 * i, y, -0.2 + 0.4 * j)
                    parts.append(box(0.2, 0.08, 0.38, m @ rot("y", 90) @ scl(1.8, 1, 0.55), 0))
    del rng
    return parts


def _brain(rng: Rng) -> list[Part]:
    """A brain: two rounded hemispheres with the cleft between them, wound over with the
    folds of its ridges, the cerebellum and brain stem tucked under the back."""
    parts = []
    for s in (-1, 1):
        half = at(s * 0.14, 0.3, 0) @ scl(0.13, 0.19, 0.32)
        parts.append(sphere(1.0, half, 0, "body" if s < 0 else ""))
        for _ in range(16):  # its folds: short winding ridges over the surface
            a, b = rng.uniform(-1.2, 1.2), rng.uniform(0, 2 * np.pi)
            pts = []
            for t in np.linspace(0, 0.9, 5):
                u, w = a + 0.4 * np.sin(3 * t + b), b + t
                d = np.array([np.cos(u) * np.cos(w), np.sin(u), np.cos(u) * np.sin(w)])
                if d[0] * s < -0.3:
                    d[0] = -d[0]
                pts.append(tuple((half @ [*d, 1.0])[:3]))
            parts.append(tube(pts, 0.022, slot=0))
    parts.append(sphere(1.0, at(0, 0.17, -0.2) @ scl(0.18, 0.08, 0.1), 0))  # the cerebellum
    parts.append(cylinder(0.05, 0.04, 0.16, at(0, 0.02, -0.1) @ rot("x", -15), 0))  # the stem
    return parts


def _syringe(rng: Rng) -> list[Part]:
    """A syringe lying on its side: the clear barrel marked with its scale and part filled,
    the plunger and its thumb rest behind, the finger flange and the long steel needle."""
    lie = at(0, 0.06, 0) @ rot("z", -90)
    parts = [
        cylinder(0.05, 0.05, 0.55, lie, "pane", "body"),  # the barrel
        cylinder(0.045, 0.045, 0.28, lie @ at(0, 0.25, 0), 0),  # what it holds
        cylinder(0.042, 0.042, 0.03, lie @ at(0, 0.22, 0), "marking"),  # the plunger's seal
        cylinder(0.012, 0.012, 0.35, lie @ at(0, -0.13, 0), 1),  # its rod
        cylinder(0.06, 0.06, 0.015, lie @ at(0, -0.14, 0), 1),  # the thumb rest
        box(0.2, 0.015, 0.08, lie @ at(0, 0.0, 0) @ rot("z", 90) @ at(0, -0.1, 0), 1),
        cylinder(0.022, 0.012, 0.06, lie @ at(0, 0.55, 0), 1),  # the hub
        cylinder(0.004, 0.003, 0.3, lie @ at(0, 0.61, 0), "steel"),  # the needle
    ]
    for k in range(8):  # its scale
        parts.append(
            box(
                0.004,
                0.01,
                0.03 if k % 2 else 0.05,
                lie @ at(0, 0.08 + 0.055 * k, 0.048) @ rot("x", 90),
                "marking",
            )
        )
    del rng
    return parts


def _test_tubes(rng: Rng) -> list[Part]:
    """A rack of test tubes: a stand (its stuff) with two shelves pierced for them, six clear
    glass tubes standing in it, each part filled with a brightly coloured liquid."""
    parts = [box(0.8, 0.03, 0.2, None, 0, "body")]
    for y in (0.18, 0.3):
        parts.append(box(0.8, 0.025, 0.2, at(0, y, 0), 0))
    for x in (-0.39, 0.39):
        parts.append(box(0.025, 0.33, 0.2, at(x, 0.0, 0), 0))
    colours = (
        "fruit-red",
        "fruit-green",
        "rainbow-blue",
        "fruit-yellow",
        "rainbow-violet",
        "fruit-orange",
    )
    for k in range(6):
        x = -0.3 + 0.12 * k
        parts.append(
            lathe(
                [(0.0, 0.0), (0.035, 0.02), (0.035, 0.5), (0.04, 0.51), (0.0, 0.51)],
                at(x, 0.04, 0),
                "pane",
            )
        )
        fill = rng.uniform(0.12, 0.3)
        parts.append(
            lathe(
                [(0.0, 0.0), (0.03, 0.02), (0.03, fill), (0.0, fill)], at(x, 0.045, 0), colours[k]
            )
        )
    return parts


def _iv_stand(rng: Rng) -> list[Part]:
    """An IV drip stand: a tall pole on a five-footed wheeled base, hooks at its top, a
    clear bag of fluid hanging from one and its thin tube curling down."""
    parts = [stick((0, 0.08, 0), (0, 1.9, 0), 0.015, 0, "body")]
    for k in range(5):
        a = 2 * np.pi * k / 5
        foot = (0.3 * np.cos(a), 0.06, 0.3 * np.sin(a))
        parts.append(stick((0, 0.1, 0), foot, 0.015, 0))
        parts.append(sphere(0.035, at(foot[0], 0.035, foot[2]), "marking"))  # its castor
    for s in (-1, 1):
        parts.append(tube([(0, 1.85, 0), (s * 0.15, 1.85, 0), (s * 0.16, 1.8, 0)], 0.008, slot=0))
    parts.append(sphere(1.0, at(0.16, 1.6, 0) @ scl(0.09, 0.16, 0.04), "pane"))  # the bag
    parts.append(sphere(1.0, at(0.16, 1.56, 0) @ scl(0.07, 0.1, 0.03), 1))  # its fluid
    parts.append(
        tube(
            [(0.16, 1.44, 0), (0.2, 1.1, 0.05), (0.1, 0.8, 0.1), (0.25, 0.6, 0.15)],
            0.006,
            slot="pane",
        )
    )
    del rng
    return parts


def _defibrillator(rng: Rng) -> list[Part]:
    """A defibrillator: a case with its screen showing a heartbeat, dials and a big red button,
    the two paddles resting in front on their coiled cords."""
    parts = [
        box(0.5, 0.3, 0.35, None, 0, "body"),
        box(0.24, 0.14, 0.01, at(-0.08, 0.12, 0.176), "window"),  # the screen
        cylinder(0.035, 0.035, 0.02, at(0.16, 0.2, 0.17) @ rot("x", 90), "card-red"),
        cylinder(0.025, 0.025, 0.02, at(0.16, 0.1, 0.17) @ rot("x", 90), "snow"),
    ]
    beat = [(-0.18, 0.19, 0.183), (-0.12, 0.19, 0.183), (-0.1, 0.24, 0.183), (-0.08, 0.15, 0.183),
            (-0.06, 0.19, 0.183), (0.02, 0.19, 0.183)]  # fmt: skip
    parts.append(tube(beat, 0.004, slot="fruit-green"))
    for s in (-1, 1):
        pad = at(s * 0.15, 0.0, 0.38)
        parts.append(box(0.12, 0.05, 0.16, pad, 1))
        parts.append(box(0.05, 0.08, 0.05, pad @ at(0, 0.05, 0), 1))  # its handle
        parts.append(
            tube(
                [(s * 0.15, 0.1, 0.38), (s * 0.2, 0.15, 0.25), (s * 0.18, 0.12, 0.17)],
                0.008,
                slot="marking",
            )
        )
    del rng
    return parts


def _lightbox(rng: Rng) -> list[Part]:
    """An X-ray lightbox on the wall: a metal frame round a glowing white panel, an X-ray of a
    chest clipped to it, its ribs pale on the dark film."""
    parts = [
        box(0.9, 0.7, 0.08, at(0, 0.5, 0), 0, "body"),
        box(0.8, 0.6, 0.01, at(0, 0.55, 0.041), "glow"),
        box(0.5, 0.55, 0.004, at(0.0, 0.575, 0.048), "window"),  # the film
        stick((0, 0.65, 0.052), (0, 1.05, 0.052), 0.012, "snow"),  # the spine
    ]
    for k in range(6):  # the ribs
        y = 0.98 - 0.06 * k
        for s in (-1, 1):
            parts.append(
                tube(
                    [(0, y, 0.052), (s * 0.14, y + 0.01, 0.052), (s * 0.19, y - 0.06, 0.052)],
                    0.007,
                    slot="snow",
                )
            )
    for s in (-1, 1):  # its stand
        parts.append(stick((s * 0.35, 0.0, 0.0), (s * 0.35, 0.5, 0.0), 0.02, 0))
        parts.append(box(0.1, 0.03, 0.4, at(s * 0.35, 0.0, 0), 0))
    del rng
    return parts


def _spinning_wheel(rng: Rng) -> list[Part]:
    """A spinning wheel: a big spoked wheel on its slanting bench on three legs, the treadle
    below, the spindle and its bobbin of yarn at the other end, a distaff of wool."""
    parts = [box(1.0, 0.06, 0.22, at(0, 0.45, 0) @ rot("z", 8), 0, "body")]  # the bench
    for x, z in ((-0.45, -0.08), (-0.45, 0.08), (0.45, 0.0)):
        parts.append(stick((x, 0.47 + 0.12 * (x > 0) - 0.06, z), (x * 1.1, 0.0, z * 2.5), 0.025, 0))
    hub = at(-0.2, 0.95, 0) @ rot("x", 90)
    parts.append(torus(0.38, 0.03, hub, 0))  # the wheel
    for k in range(10):
        parts.append(
            box(0.025, 0.76, 0.025, hub @ rot("y", 18 * k) @ rot("x", 90) @ at(0, -0.38, 0), 0)
        )
    for s in (-1, 1):
        parts.append(stick((-0.2, 0.5, s * 0.07), (-0.2, 0.95, s * 0.07), 0.025, 0))  # uprights
    parts.append(stick((-0.2, 0.95, -0.09), (-0.2, 0.95, 0.09), 0.03, 0))  # the axle
    parts.append(box(0.4, 0.03, 0.2, at(-0.3, 0.06, 0.0) @ rot("z", -10), 0))  # the treadle
    parts.append(stick((-0.18, 0.95, 0.09), (-0.28, 0.1, 0.05), 0.01, 0))  # its footman
    parts.append(stick((0.35, 0.62, 0.0), (0.35, 0.78, 0.0), 0.025, 0))  # the mother-of-all
    parts.append(cylinder(0.06, 0.06, 0.16, at(0.27, 0.8, 0) @ rot("z", -90), 1))  # the bobbin
    parts.append(stick((0.45, 0.55, 0.0), (0.5, 1.2, 0.0), 0.015, 0))  # the distaff
    parts.append(sphere(1.0, at(0.5, 1.15, 0) @ scl(0.09, 0.15, 0.09), 1))  # its wool
    parts.append(tube([(-0.2, 1.33, 0.0), (0.1, 0.95, 0.02), (0.27, 0.82, 0.0)], 0.004, slot=1))
    del rng
    return parts


def _portcullis(rng: Rng) -> list[Part]:
    """A portcullis half raised in its stone archway: a grid of heavy bars, each vertical one
    ending in a spike, set in grooves of the gateway."""
    parts = [
        box(0.3, 1.8, 0.4, at(-0.75, 0.0, 0), 1, "body"),
        box(0.3, 1.8, 0.4, at(0.75, 0.0, 0), 1),
    ]
    parts.append(box(1.8, 0.35, 0.4, at(0, 1.8, 0), 1))  # the lintel
    for k in range(7):
        x = -0.54 + 0.18 * k
        parts.append(box(0.05, 1.2, 0.05, at(x, 0.55, 0), 0))
        parts.append(
            cylinder(
                0.03, 0.0, 0.14, at(x, 0.41, 0) @ rot("x", 180) @ at(0, -0.14, 0) @ rot("x", 180), 0
            )
        )
    for k in range(5):
        parts.append(box(1.2, 0.05, 0.06, at(0, 0.7 + 0.24 * k, 0), 0))
    del rng
    return parts


def _paper_lantern(rng: Rng) -> list[Part]:
    """A round paper lantern, glowing from within: ribs round its bellied paper, dark caps top
    and bottom, a loop to hang it by and a tassel below."""
    body = [
        (0.0, 0.0),
        (0.2, 0.02),
        (0.32, 0.2),
        (0.33, 0.3),
        (0.3, 0.45),
        (0.18, 0.58),
        (0.0, 0.6),
    ]
    parts = [lathe(body, at(0, 0.3, 0), 0, "body")]
    for y, r in (
        (0.38, 0.27),
        (0.47, 0.32),
        (0.56, 0.333),
        (0.65, 0.325),
        (0.74, 0.295),
        (0.83, 0.24),
    ):
        parts.append(torus(r, 0.006, at(0, y, 0), 1))
    parts.append(cylinder(0.17, 0.17, 0.05, at(0, 0.88, 0), 1))
    parts.append(cylinder(0.16, 0.16, 0.05, at(0, 0.28, 0), 1))
    parts.append(torus(0.04, 0.008, at(0, 0.97, 0) @ rot("x", 90), 1))
    parts.append(tube([(0, 0.28, 0), (0, 0.1, 0), (0, 0.0, 0)], [0.01, 0.03, 0.0], slot="card-red"))
    del rng
    return parts


def _torii(rng: Rng) -> list[Part]:
    """A torii gate: two round pillars, the tie beam across below the top, and the great
    upper lintel over them, its ends sweeping up; a plaque between the beams."""
    parts = []
    for s in (-1, 1):
        parts.append(cylinder(0.08, 0.07, 1.75, at(s * 0.6, 0.0, 0), 0, "body" if s < 0 else ""))
        parts.append(cylinder(0.11, 0.11, 0.12, at(s * 0.6, 0.0, 0), "marking"))
    parts.append(box(1.6, 0.1, 0.12, at(0, 1.45, 0), 0))  # the tie beam
    lintel = [(x, 1.78 + 0.12 * (x / 0.95) ** 4, 0.0) for x in np.linspace(-0.95, 0.95, 9)]
    parts.append(
        tube(
            lintel,
            0.07,
            slot=0,
            shape=np.array([[-1.0, -0.8], [1.0, -0.8], [1.0, 0.8], [-1.0, 0.8]]),
        )
    )
    parts.append(tube([(x, y + 0.1, z) for x, y, z in lintel], 0.06, slot="marking",
                      shape=np.array([[-1.0, -0.6], [1.0, -0.6], [1.0, 0.6], [-1.0, 0.6]])))  # fmt: skip
    parts.append(box(0.1, 0.3, 0.06, at(0, 1.5, 0), 0))  # the plaque's post
    parts.append(box(0.22, 0.26, 0.04, at(0, 1.5, 0.06), "marking"))
    del rng
    return parts


def _stone_lantern(rng: Rng) -> list[Part]:
    """A stone garden lantern: a stepped base, a round post, the platform, the firebox with its
    glowing window, and the broad curved roof with a jewel on top."""
    parts = [
        cylinder(0.28, 0.26, 0.1, None, 0, "body"),
        cylinder(0.09, 0.08, 0.55, at(0, 0.1, 0), 0),  # the post
        box(0.42, 0.1, 0.42, at(0, 0.65, 0), 0),  # the platform
        box(0.3, 0.3, 0.3, at(0, 0.75, 0), 0),  # the firebox
        box(0.14, 0.14, 0.31, at(0, 0.83, 0), "glow"),  # its windows, through
        box(0.31, 0.14, 0.14, at(0, 0.83, 0), "glow"),
        lathe(
            [(0.0, 0.0), (0.45, 0.0), (0.45, 0.04), (0.22, 0.18), (0.05, 0.26), (0.0, 0.26)],
            at(0, 1.05, 0) @ rot("y", 45),
            0,
            sides=4,
        ),
        sphere(1.0, at(0, 1.34, 0) @ scl(0.07, 0.09, 0.07), 0),  # its jewel
    ]
    del rng
    return parts


def _daruma(rng: Rng) -> list[Part]:
    """A daruma doll: a round red body weighted at the bottom, a pale face with heavy black
    brows and a moustache, one eye painted in and one left blank, gold marks on its belly."""
    parts = [
        sphere(1.0, at(0, 0.4, 0) @ scl(0.36, 0.4, 0.34), 0, "body"),
        sphere(1.0, at(0, 0.52, 0.2) @ scl(0.2, 0.17, 0.14), "snow"),  # the face
        sphere(1.0, at(-0.07, 0.55, 0.33) @ scl(0.04, 0.04, 0.01), "pupil"),  # the eye painted in
        sphere(1.0, at(0.07, 0.55, 0.33) @ scl(0.045, 0.045, 0.01), "snow"),  # and the blank one
        tube(
            [(-0.03, 0.47, 0.335), (-0.09, 0.44, 0.32), (-0.13, 0.46, 0.3)], 0.012, slot="marking"
        ),
        tube([(0.03, 0.47, 0.335), (0.09, 0.44, 0.32), (0.13, 0.46, 0.3)], 0.012, slot="marking"),
    ]
    for s in (-1, 1):  # its brows
        parts.append(
            tube(
                [(s * 0.03, 0.62, 0.32), (s * 0.09, 0.63, 0.31), (s * 0.14, 0.6, 0.28)],
                0.015,
                slot="marking",
            )
        )
    parts.append(
        tube([(-0.12, 0.22, 0.3), (0.0, 0.18, 0.33), (0.12, 0.22, 0.3)], 0.015, slot="glow")
    )
    del rng
    return parts


def _hand_mirror(rng: Rng) -> list[Part]:
    """A hand mirror lying tilted on its back: an oval frame round the bright glass, a
    turned handle below it."""
    tilt = at(0, 0.02, 0) @ rot("x", -75)
    parts = [
        cylinder(0.24, 0.24, 0.03, tilt @ scl(1, 1, 1.3), 0, "body"),  # the frame's back
        cylinder(0.21, 0.21, 0.034, tilt @ scl(1, 1, 1.3), "steel"),  # the glass
        torus(0.22, 0.02, tilt @ at(0, 0.033, 0) @ scl(1, 1, 1.3), 0),
        lathe([(0.0, 0.0), (0.03, 0.0), (0.022, 0.1), (0.035, 0.2), (0.025, 0.3), (0.0, 0.32)],
              tilt @ at(0, 0.015, 0.3) @ rot("x", 90), 0),  # the handle
    ]  # fmt: skip
    del rng
    return parts


def _beaker(rng: Rng) -> list[Part]:
    """A laboratory beaker: a straight-sided glass with a pouring lip, its scale marked up the
    side, part filled with a coloured liquid."""
    wall = [
        (0.0, 0.0),
        (0.22, 0.0),
        (0.22, 0.6),
        (0.24, 0.62),
        (0.2, 0.6),
        (0.2, 0.02),
        (0.0, 0.02),
    ]
    parts = [lathe(wall, None, "pane", "body")]
    parts.append(lathe([(0.0, 0.0), (0.2, 0.0), (0.2, 0.32), (0.0, 0.32)], at(0, 0.02, 0), 0))
    parts.append(tube([(0.16, 0.6, 0.12), (0.23, 0.63, 0.16)], 0.02, slot="pane"))  # the lip
    for k in range(5):  # the scale
        y = 0.12 + 0.1 * k
        parts.append(box(0.08 if k % 2 else 0.12, 0.008, 0.004, at(-0.0, y, 0.222), "snow"))
    del rng
    return parts


def _scalpel(rng: Rng) -> list[Part]:
    """A surgeon's scalpel lying flat: a slim flat handle, ridged where it is held, and a
    small curved steel blade."""
    parts = [
        box(0.5, 0.02, 0.05, at(-0.05, 0.0, 0), 0, "body"),  # the handle
        slab([(0.0, 0.0), (0.22, 0.0), (0.28, 0.03), (0.16, 0.08), (0.0, 0.05)], 0.006,
             at(0.2, 0.01, 0) @ rot("x", 90), "steel"),  # the blade
    ]  # fmt: skip
    for k in range(6):
        parts.append(box(0.006, 0.024, 0.052, at(-0.2 + 0.02 * k, 0.0, 0), "marking"))
    del rng
    return parts


def _pill_bottle(rng: Rng) -> list[Part]:
    """A pill bottle: a see-through amber cylinder with a white label, its white cap off
    beside it, pills spilt on the ground."""
    parts = [
        cylinder(0.14, 0.14, 0.42, None, 0, "body"),
        cylinder(0.142, 0.142, 0.2, at(0, 0.1, 0), "pages"),  # the label
        cylinder(0.15, 0.15, 0.08, at(0.32, 0.0, 0.05), "snow"),  # its cap
    ]
    for _ in range(7):
        x, z = rng.uniform(-0.1, 0.45), rng.uniform(0.18, 0.4)
        parts.append(
            sphere(
                1.0,
                at(x, 0.02, z) @ rot("y", rng.uniform(0, 180)) @ scl(0.05, 0.022, 0.025),
                "snow",
            )
        )
    return parts


def _tusk(rng: Rng) -> list[Part]:
    """A great curved tusk lying on the ground: thick at its broken root, sweeping round and
    up to a blunt point, ringed with the lines of its growth."""
    curve = [
        (-0.7 + 1.1 * t, 0.12 + 0.75 * t**2, 0.25 * np.sin(np.pi * t)) for t in np.linspace(0, 1, 7)
    ]
    parts = [tube(curve, [0.12, 0.11, 0.095, 0.08, 0.06, 0.04, 0.015], slot=0, tag="body")]
    for t in (0.1, 0.3, 0.5):  # its growth rings
        k = int(t * 6)
        parts.append(sphere(1.0, at(*curve[k]) @ scl(0.005, 0.01, 0.01), "marking"))
    parts.append(cylinder(0.12, 0.12, 0.01, at(*curve[0]) @ rot("z", 90), "marking"))  # the root
    del rng
    return parts


def _auger(rng: Rng) -> list[Part]:
    """An ice auger standing on its point: a long steel flight wound round its shaft, the
    cutting blades at the bottom, a crank handle at the top."""
    parts = [stick((0, 0.0, 0), (0, 1.5, 0), 0.02, 0, "body")]
    spiral = [
        (0.08 * np.cos(a), 0.05 + 0.9 * a / (10 * np.pi), 0.08 * np.sin(a))
        for a in np.linspace(0, 10 * np.pi, 60)
    ]
    parts.append(
        tube(
            spiral,
            0.02,
            slot=0,
            shape=np.array([[-2.0, -0.3], [2.0, -0.3], [2.0, 0.3], [-2.0, 0.3]]),
        )
    )
    parts.append(cylinder(0.02, 0.0, 0.06, at(0, 0.0, 0) @ rot("x", 180), "steel"))
    crank = [(0, 1.5, 0), (0.18, 1.5, 0), (0.18, 1.3, 0), (0.36, 1.3, 0)]
    parts.append(tube(crank, 0.018, slot=0))
    parts.append(cylinder(0.03, 0.03, 0.14, at(0.36, 1.3, 0) @ rot("z", -90) @ at(0, -0.07, 0), 1))
    parts.append(cylinder(0.03, 0.03, 0.14, at(0, 1.5, 0), 1))  # the top grip
    del rng
    return parts


def _ski_lift(rng: Rng) -> list[Part]:
    """A ski lift chair: a bench seat with its back and a safety bar, hung on a long arm from
    a grip on the cable, which runs off to both sides."""
    parts = [
        stick((-1.2, 1.8, 0.0), (1.2, 1.8, 0.0), 0.015, "steel", "body"),  # the cable
        box(0.12, 0.1, 0.1, at(0, 1.72, 0), 1),  # the grip
        tube([(0, 1.75, 0), (0, 1.2, -0.05), (0, 0.6, -0.25)], 0.025, slot=1),  # the hanger arm
        box(0.9, 0.06, 0.4, at(0, 0.45, 0.0), 0),  # the seat
        box(0.9, 0.4, 0.05, at(0, 0.5, -0.22) @ rot("x", -10), 0),  # its back
        stick((-0.45, 0.6, -0.2), (-0.45, 0.6, 0.2), 0.015, 1),  # armrests
        stick((0.45, 0.6, -0.2), (0.45, 0.6, 0.2), 0.015, 1),
        tube(
            [(-0.44, 0.8, -0.2), (-0.44, 0.85, 0.3), (0.44, 0.85, 0.3), (0.44, 0.8, -0.2)],
            0.015,
            slot=1,
        ),
        box(0.9, 0.02, 0.15, at(0, 0.2, 0.3), 1),  # the footrest
    ]
    del rng
    return parts


def _workbench(rng: Rng) -> list[Part]:
    """A carpenter's workbench: a thick top on four sturdy legs with a shelf below, a vise at
    its front corner, tools on top (a saw, a hammer, a square) and a curl of shavings."""
    parts = [box(1.6, 0.1, 0.7, at(0, 0.8, 0), 0, "body")]
    for x in (-0.7, 0.7):
        for z in (-0.28, 0.28):
            parts.append(box(0.09, 0.8, 0.09, at(x, 0.0, z), 0))
    parts.append(box(1.45, 0.04, 0.6, at(0, 0.2, 0), 0))  # the shelf
    parts.append(box(0.25, 0.16, 0.06, at(0.6, 0.74, 0.38), 1))  # the vise's jaw
    parts.append(stick((0.6, 0.8, 0.41), (0.6, 0.8, 0.55), 0.015, "steel"))
    parts.append(stick((0.52, 0.8, 0.55), (0.68, 0.8, 0.55), 0.01, "steel"))
    parts.append(slab([(0.0, 0.0), (0.5, 0.0), (0.5, 0.04), (0.0, 0.13)], 0.006,
                      at(-0.55, 0.905, 0.05) @ rot("x", -90), "steel"))  # a saw # fmt: skip
    parts.append(box(0.12, 0.1, 0.04, at(-0.62, 0.905, -0.02), "pencil-wood"))
    parts.append(stick((0.05, 0.93, -0.15), (0.35, 0.93, -0.2), 0.015, "pencil-wood"))  # hammer
    parts.append(box(0.05, 0.05, 0.14, at(0.05, 0.905, -0.15), "steel"))
    parts.append(box(0.3, 0.006, 0.04, at(0.2, 0.905, 0.2), "steel"))  # a square
    parts.append(box(0.04, 0.006, 0.2, at(0.07, 0.905, 0.28), "steel"))
    for _ in range(4):
        x, z = rng.uniform(-0.3, 0.4), rng.uniform(-0.1, 0.25)
        parts.append(torus(0.03, 0.006, at(x, 0.91, z) @ rot("x", 90), "pencil-wood"))
    return parts


def _circular_saw(rng: Rng) -> list[Part]:
    """A circular saw: the toothed steel disc half under its guard, the motor housing and
    the handle with its trigger above, a flat base plate."""
    parts = [box(0.5, 0.02, 0.3, at(0, 0.12, 0), 1, "body")]  # the base plate
    disc = at(0.0, 0.2, -0.05) @ rot("x", 90)
    parts.append(cylinder(0.2, 0.2, 0.01, disc, "steel"))
    for k in range(24):  # its teeth
        a = 2 * np.pi * k / 24
        parts.append(
            box(
                0.02,
                0.03,
                0.012,
                disc
                @ at(0.2 * np.cos(a), 0, 0.2 * np.sin(a))
                @ rot("y", -np.degrees(a))
                @ rot("z", 90),
                "steel",
            )
        )
    guard = [(0.22 * np.cos(a), 0.2 + 0.22 * np.sin(a), -0.05) for a in np.linspace(0, np.pi, 9)]
    parts.append(tube(guard, 0.04, slot=0))
    parts.append(cylinder(0.1, 0.1, 0.18, at(0, 0.25, 0.0) @ rot("x", 90), 0))  # the motor
    parts.append(
        tube(
            [(-0.15, 0.3, 0.05), (-0.1, 0.45, 0.05), (0.1, 0.45, 0.05), (0.15, 0.33, 0.05)],
            0.03,
            slot=0,
        )
    )
    parts.append(box(0.03, 0.05, 0.02, at(0.0, 0.39, 0.05), "marking"))  # the trigger
    del rng
    return parts


def _canopic_jar(rng: Rng) -> list[Part]:
    """A canopic jar: a tall tapering jar, painted with bands of hieroglyphs, its lid carved as
    a jackal's head with tall ears."""
    body = [
        (0.0, 0.0),
        (0.13, 0.0),
        (0.18, 0.12),
        (0.2, 0.35),
        (0.16, 0.52),
        (0.15, 0.55),
        (0.0, 0.55),
    ]
    parts = [lathe(body, None, 0, "body")]
    for y in (0.2, 0.28, 0.36):
        parts.append(torus(0.2, 0.006, at(0, y, 0), "marking"))
    head = v3(0, 0.68, 0.0)
    parts.append(sphere(1.0, at(*head) @ scl(0.13, 0.12, 0.13), 1))
    parts.append(tube([head + v3(0, -0.02, 0.08), head + v3(0, -0.04, 0.2)], [0.06, 0.03], slot=1))
    for s in (-1, 1):
        parts.append(
            cylinder(
                0.04, 0.0, 0.16, at(*(head + v3(s * 0.07, 0.08, -0.02))) @ rot("z", -s * 10), 1
            )
        )
        parts.append(sphere(0.014, at(*(head + v3(s * 0.05, 0.03, 0.11))), "marking"))
    del rng
    return parts


def _eagle_standard(rng: Rng) -> list[Part]:
    """A Roman eagle standard: a tall pole with a wreathed eagle spreading its wings on a bar at
    the top, a banner hanging from a crossbar below it, discs down the shaft."""
    parts = [stick((0, 0.0, 0), (0, 2.0, 0), 0.02, 1, "body")]
    top = v3(0, 2.05, 0)
    parts.append(box(0.2, 0.04, 0.06, at(*top), 0))
    parts.append(sphere(1.0, at(*(top + v3(0, 0.14, 0))) @ scl(0.07, 0.11, 0.08), 0))  # its body
    parts.append(sphere(0.045, at(*(top + v3(0, 0.27, 0.03))), 0))  # its head
    parts.append(cylinder(0.02, 0.0, 0.05, at(*(top + v3(0, 0.27, 0.07))) @ rot("x", 90), 0))
    for s in (-1, 1):  # its wings, raised
        wing = [(s * 0.05, 0.16, 0.0), (s * 0.2, 0.3, -0.02), (s * 0.3, 0.45, -0.03)]
        parts.append(tube([tuple(top + v3(*q)) for q in wing], [0.05, 0.04, 0.01], slot=0,
                          shape=np.array([[-1.0, -0.3], [1.0, -0.3], [1.0, 0.3], [-1.0, 0.3]])))  # fmt: skip
    parts.append(torus(0.1, 0.015, at(0, 1.95, 0) @ rot("x", 90), "vine"))  # the wreath
    parts.append(stick((-0.3, 1.7, 0.02), (0.3, 1.7, 0.02), 0.012, 1))
    parts.append(box(0.55, 0.5, 0.01, at(0, 1.2, 0.03), "card-red"))  # the banner
    parts.append(box(0.3, 0.06, 0.012, at(0, 1.5, 0.035), 0))  # letters on it
    for k in range(3):
        parts.append(cylinder(0.07, 0.07, 0.02, at(0, 0.6 + 0.18 * k, 0.02) @ rot("x", 90), 0))
    del rng
    return parts


def _operating_table(rng: Rng) -> list[Part]:
    """An operating table: a padded top on a single pedestal with a heavy base, a white sheet
    over it, and a round surgical lamp on an arm above."""
    parts = [
        box(0.5, 0.06, 1.6, at(0, 0.85, 0), 0, "body"),  # the top
        box(0.52, 0.02, 1.3, at(0, 0.91, 0.1), "snow"),  # its sheet
        cylinder(0.08, 0.08, 0.75, at(0, 0.1, 0), 1),  # the pedestal
        box(0.45, 0.1, 0.8, None, 1),  # its base
        box(0.3, 0.06, 0.25, at(0, 0.91, -0.65), "snow"),  # the pillow
        stick((0.5, 0.0, -0.9), (0.5, 1.9, -0.9), 0.025, 1),  # the lamp's stand
        tube([(0.5, 1.9, -0.9), (0.3, 1.95, -0.5), (0.0, 1.8, -0.2)], 0.02, slot=1),
        cylinder(0.25, 0.12, 0.12, at(0, 1.68, -0.2), 1),  # the lamp
        cylinder(0.2, 0.2, 0.01, at(0, 1.675, -0.2), "glow"),
    ]
    del rng
    return parts


def _longhouse(rng: Rng) -> list[Part]:
    """A longhouse: a long low hall of timber walls bowed along their length, under a steep
    roof of thatch that sweeps almost to the ground, a door in its gable end beneath crossed
    carved beams."""
    parts = [box(0.9, 0.4, 2.0, None, 0, "body")]
    for s in (-1, 1):  # the roof's two slopes, from the ridge down past the walls
        slope = at(s * 0.62, 0.22, 0) @ rot("z", s * 40.0)
        parts.append(box(0.08, 0.98, 2.2, slope, "thatch"))
    parts.append(cylinder(0.05, 0.05, 2.2, at(0, 0.98, -1.1) @ rot("x", 90), "thatch"))
    gable = [(-0.45, 0.4), (0.45, 0.4), (0.0, 0.95)]
    for z in (-1.0, 1.0):
        parts.append(slab(gable, 0.04, at(0, 0, z), 0))
    parts.append(box(0.26, 0.34, 0.02, at(0, 0.0, 1.02), "marking"))  # the door
    for s in (-1, 1):  # the crossed gable beams, carved into heads
        parts.append(stick((s * 0.45, 0.38, 1.1), (-s * 0.12, 1.15, 1.1), 0.025, 0))
        parts.append(sphere(0.05, at(-s * 0.13, 1.17, 1.1), 0))
    for k in range(6):  # posts along the walls
        z = -0.9 + 0.36 * k
        for s in (-1, 1):
            parts.append(box(0.05, 0.4, 0.05, at(s * 0.46, 0.0, z), "pencil-wood"))
    del rng
    return parts


def _drinking_horn(rng: Rng) -> list[Part]:
    """A horn for drinking or blowing: an ox's horn curving up from its wide mouth to a point,
    bound with metal bands at the rim and along it, on a little stand."""
    curve = [
        (-0.45 + 0.9 * t, 0.28 + 0.35 * np.sin(np.pi * t * 0.9) * t, 0.12 * np.sin(np.pi * t))
        for t in np.linspace(0, 1, 8)
    ]
    radii = [0.12 - 0.105 * t for t in np.linspace(0, 1, 8)]
    parts = [tube(curve, radii, slot=0, tag="body")]
    mouth = at(*curve[0]) @ rot("z", 90)
    parts.append(torus(0.12, 0.018, mouth, 1))
    parts.append(cylinder(0.105, 0.105, 0.01, mouth @ at(0, -0.002, 0), "marking"))  # its mouth
    for k in (2, 5):
        parts.append(torus(radii[k], 0.012, at(*curve[k]) @ rot("z", 90 - 30 * k / 7), 1))
    for x in (-0.3, 0.2):  # the stand
        parts.append(stick((x, 0.0, -0.1), (x, 0.22 + 0.1 * (x > 0), 0.0), 0.015, 1))
        parts.append(stick((x, 0.0, 0.1), (x, 0.22 + 0.1 * (x > 0), 0.0), 0.015, 1))
    del rng
    return parts


def _woodpile(rng: Rng) -> list[Part]:
    """A stack of firewood: split logs piled lengthwise in a low pyramid, their pale cut ends
    showing their rings."""
    parts = []
    for row, n in enumerate((5, 4, 3, 2)):
        for k in range(n):
            x = (k - (n - 1) / 2) * 0.22 + rng.uniform(-0.01, 0.01)
            y = 0.1 + 0.18 * row
            log = at(x, y, -0.45) @ rot("x", 90)
            parts.append(cylinder(0.1, 0.1, 0.9, log, 0, "" if parts else "body"))
            parts.append(
                cylinder(0.085, 0.085, 0.004, at(x, y, 0.452) @ rot("x", 90), "pencil-wood")
            )
            parts.append(torus(0.05, 0.004, at(x, y, 0.456) @ rot("x", 90), "marking"))
    return parts


def _geiger_counter(rng: Rng) -> list[Part]:
    """A Geiger counter: a boxy case with a carrying handle, a dial with its needle and the
    radiation sign, a switch, and the probe wand on its coiled cable."""
    parts = [
        box(0.4, 0.22, 0.24, None, 0, "body"),
        tube(
            [(-0.12, 0.22, 0), (-0.12, 0.33, 0), (0.12, 0.33, 0), (0.12, 0.22, 0)],
            0.02,
            slot="marking",
        ),
        cylinder(0.08, 0.08, 0.01, at(-0.06, 0.12, 0.12) @ rot("x", 90), "snow"),  # the dial
        box(0.005, 0.06, 0.004, at(-0.06, 0.12, 0.128) @ rot("z", -30), "card-red"),  # its needle
        cylinder(0.03, 0.03, 0.02, at(0.12, 0.13, 0.12) @ rot("x", 90), "marking"),
        cylinder(0.035, 0.035, 0.3, at(0.28, 0.03, 0.2) @ rot("z", -90), 1),  # the probe
    ]
    for k in range(3):  # the trefoil on its side
        a = np.radians(90 + 120 * k)
        parts.append(slab([(0.0, 0.0), (0.05 * np.cos(a - 0.5), 0.05 * np.sin(a - 0.5)), (0.05 * np.cos(a + 0.5), 0.05 * np.sin(a + 0.5))],
                          0.004, at(0.201, 0.11, 0) @ rot("y", 90), "marking"))  # fmt: skip
    cable = [(0.2, 0.05, 0.1), (0.3, 0.02, 0.18), (0.28, 0.02, 0.2)]
    parts.append(tube(cable, 0.01, slot="marking"))
    del rng
    return parts


def _shopping_cart(rng: Rng) -> list[Part]:
    """A shopping cart: a wire basket widening to the back over a lower tray, the handle at
    the back, on a frame with four castors."""
    parts = [box(0.5, 0.02, 0.8, at(0, 0.4, 0), 0, "body")]  # the basket's floor
    for k in range(7):  # its wire sides
        z = -0.4 + 0.8 * k / 6
        w = 0.25 + 0.05 * (0.4 - z)
        parts.append(stick((-w, 0.4, z), (-w - 0.04, 0.85, z), 0.006, 0))
        parts.append(stick((w, 0.4, z), (w + 0.04, 0.85, z), 0.006, 0))
    for y in (0.55, 0.7, 0.85):
        for s in (-1, 1):
            parts.append(
                stick((s * 0.3, y, 0.4), (s * (0.32 + 0.04 * (y - 0.4)), y, -0.4), 0.006, 0)
            )
        parts.append(stick((-0.28, y, 0.4), (0.28, y, 0.4), 0.006, 0))
        parts.append(stick((-0.36, y, -0.4), (0.36, y, -0.4), 0.006, 0))
    parts.append(stick((-0.38, 1.0, -0.55), (0.38, 1.0, -0.55), 0.02, "card-red"))  # the handle
    for s in (-1, 1):
        parts.append(stick((s * 0.36, 0.85, -0.4), (s * 0.38, 1.0, -0.55), 0.01, 0))
        parts.append(stick((s * 0.22, 0.4, 0.35), (s * 0.2, 0.08, 0.35), 0.012, 0))  # legs
        parts.append(stick((s * 0.3, 0.4, -0.4), (s * 0.25, 0.08, -0.4), 0.012, 0))
        for z in (0.35, -0.4):
            parts.append(
                cylinder(
                    0.05,
                    0.05,
                    0.03,
                    at(s * 0.22, 0.05, z) @ rot("z", 90) @ at(0, -0.015, 0),
                    "marking",
                )
            )
    parts.append(box(0.4, 0.015, 0.6, at(0, 0.15, 0), 0))  # the tray below
    del rng
    return parts


def _hookah(rng: Rng) -> list[Part]:
    """A hookah: a round glass bowl of water at the base, a tall ornate stem rising from it
    to the clay head and its coals, a tray, and a long hose curling down with its
    mouthpiece."""
    parts = [
        lathe(
            [
                (0.0, 0.0),
                (0.12, 0.0),
                (0.22, 0.12),
                (0.2, 0.3),
                (0.06, 0.4),
                (0.05, 0.45),
                (0.0, 0.45),
            ],
            None,
            "pane",
            "body",
        ),
        lathe(
            [(0.0, 0.0), (0.19, 0.02), (0.2, 0.15), (0.0, 0.15)], at(0, 0.02, 0), "rain"
        ),  # its water
        lathe(
            [
                (0.0, 0.0),
                (0.05, 0.0),
                (0.035, 0.2),
                (0.05, 0.3),
                (0.03, 0.5),
                (0.045, 0.6),
                (0.0, 0.6),
            ],
            at(0, 0.45, 0),
            0,
        ),
        cylinder(0.15, 0.15, 0.015, at(0, 0.95, 0), 0),  # the tray
        lathe([(0.0, 0.0), (0.04, 0.0), (0.07, 0.1), (0.0, 0.1)], at(0, 1.0, 0), 1),  # the head
    ]
    parts += [sphere(0.025, at(0.02 * k - 0.02, 1.11, 0.01 * k), "glow") for k in range(3)]
    hose = [
        (0.05, 0.75, 0),
        (0.3, 0.65, 0.05),
        (0.45, 0.3, 0.15),
        (0.35, 0.05, 0.3),
        (0.15, 0.05, 0.4),
    ]
    parts.append(tube(hose, 0.02, slot=1))
    parts.append(cylinder(0.02, 0.01, 0.12, at(0.15, 0.05, 0.4) @ rot("x", 90) @ rot("z", 60), 0))
    del rng
    return parts


def _loom(rng: Rng) -> list[Part]:
    """An upright loom: two posts and a crossbeam, the warp threads hanging from it weighted
    by stones, a band of woven cloth growing at the top."""
    parts = [
        stick((-0.55, 0.0, 0.0), (-0.5, 1.6, -0.15), 0.035, 0, "body"),
        stick((0.55, 0.0, 0.0), (0.5, 1.6, -0.15), 0.035, 0),
        cylinder(0.04, 0.04, 1.2, at(-0.6, 1.5, -0.13) @ rot("z", -90), 0),  # the crossbeam
        stick((-0.52, 0.7, -0.08), (0.52, 0.7, -0.08), 0.02, 0),  # the shed rod
        box(0.95, 0.35, 0.02, at(0, 1.12, -0.12) @ rot("x", -5), 1),  # the cloth woven so far
    ]
    for k in range(16):
        x = -0.45 + 0.9 * k / 15
        parts.append(stick((x, 1.12, -0.11), (x, 0.3, -0.05), 0.004, 1))  # a warp thread
        parts.append(
            sphere(1.0, at(x, 0.26, -0.05) @ scl(0.025, 0.04, 0.02), "stones")
        )  # its weight
    del rng
    return parts


def _totem_pole(rng: Rng) -> list[Part]:
    """A totem pole: a tall carved trunk of stacked faces (big eyes, beaks and snouts), a
    thunderbird with spread wings on top."""
    parts = [cylinder(0.2, 0.18, 2.2, None, 0, "body")]
    for k in range(4):  # the carved faces
        y = 0.3 + 0.5 * k
        for s in (-1, 1):
            parts.append(sphere(1.0, at(s * 0.08, y + 0.12, 0.17) @ scl(0.06, 0.045, 0.03), "snow"))
            parts.append(sphere(0.025, at(s * 0.08, y + 0.12, 0.2), "marking"))
        if k % 2:
            parts.append(cylinder(0.05, 0.0, 0.18, at(0, y, 0.18) @ rot("x", 90), 1))  # a beak
        else:
            parts.append(sphere(1.0, at(0, y, 0.2) @ scl(0.08, 0.05, 0.05), 1))  # a snout
        parts.append(box(0.2, 0.03, 0.02, at(0, y - 0.12, 0.18), "marking"))  # a mouth
        parts.append(torus(0.2, 0.015, at(0, y + 0.3, 0), 1))
    for s in (-1, 1):  # the thunderbird's wings
        parts.append(slab([(0.0, 0.0), (0.55, 0.25), (0.6, 0.05), (0.2, -0.1)], 0.04,
                          at(s * 0.15, 2.05, 0.0) @ scl(s, 1, 1), 1))  # fmt: skip
    parts.append(sphere(0.14, at(0, 2.3, 0.05), 0))
    parts.append(cylinder(0.05, 0.0, 0.16, at(0, 2.28, 0.17) @ rot("x", 100), 1))
    del rng
    return parts


def _sandbags(rng: Rng) -> list[Part]:
    """A sandbag wall: rows of plump tied sacks laid in a staggered bond, curving a little."""
    parts = []
    for row in range(4):
        n = 5 - (row % 2)
        for k in range(n):
            x = (k - (n - 1) / 2) * 0.42 + rng.uniform(-0.01, 0.01)
            z = 0.05 * (x / 0.8) ** 2
            bag = at(x, 0.08 + 0.15 * row, z) @ rot("y", rng.uniform(-4, 4))
            parts.append(sphere(1.0, bag @ scl(0.21, 0.085, 0.13), 0, "" if parts else "body"))
            parts.append(sphere(1.0, bag @ at(0.2, 0.0, 0.0) @ scl(0.03, 0.05, 0.06), 0))  # its tie
    return parts


def _handsaw(rng: Rng) -> list[Part]:
    """A handsaw: a long tapering steel blade with a row of teeth along its lower edge and a
    closed wooden handle at its wide end."""
    blade = [(0.0, 0.0), (0.75, 0.06), (0.75, 0.12), (0.0, 0.22)]
    parts = [slab(blade, 0.006, at(-0.3, 0.05, 0), "steel", "body")]
    for k in range(30):  # its teeth
        x = -0.3 + 0.025 * k + 0.01
        y = 0.05 + 0.06 * (x + 0.3) / 0.75
        parts.append(slab([(0.0, 0.0), (0.025, 0.0), (0.0, -0.025)], 0.006, at(x, y, 0), "steel"))
    grip = [(-0.1, 0.0), (0.02, 0.02), (0.02, 0.26), (-0.12, 0.3), (-0.2, 0.2), (-0.16, 0.04)]
    parts.append(slab(grip, 0.05, at(-0.3, 0.04, 0), 0))
    parts.append(slab([(-0.06, 0.08), (-0.02, 0.08), (-0.02, 0.2), (-0.09, 0.22), (-0.12, 0.16)], 0.06,
                      at(-0.3, 0.04, 0), "marking"))  # the hole for the hand # fmt: skip
    del rng
    return parts


def _power_drill(rng: Rng) -> list[Part]:
    """A power drill: the motor body lying forward with its chuck and a twist bit, the
    pistol grip with its trigger, the battery pack under the grip."""
    parts = [
        cylinder(0.07, 0.08, 0.32, at(-0.1, 0.42, 0) @ rot("z", -90), 0, "body"),  # the body
        cylinder(0.045, 0.035, 0.1, at(0.22, 0.42, 0) @ rot("z", -90), "marking"),  # the chuck
        cylinder(0.012, 0.006, 0.22, at(0.32, 0.42, 0) @ rot("z", -90), "steel"),  # the bit
        box(0.09, 0.26, 0.08, at(-0.06, 0.14, 0) @ rot("z", -12), 0),  # the grip
        box(0.03, 0.06, 0.04, at(0.0, 0.3, 0), "marking"),  # the trigger
        box(0.2, 0.1, 0.12, at(-0.06, 0.04, 0), 1),  # the battery
    ]
    spiral = [
        (0.34 + 0.2 * t, 0.42 + 0.012 * np.cos(20 * t), 0.012 * np.sin(20 * t))
        for t in np.linspace(0, 1, 12)
    ]
    parts.append(tube(spiral, 0.005, slot="steel"))
    del rng
    return parts


def _tape_measure(rng: Rng) -> list[Part]:
    """A tape measure: a rounded case with its belt clip and lock, the yellow tape pulled out
    flat along the ground, marked along its length, a hook at its end."""
    parts = [
        cylinder(0.16, 0.16, 0.09, at(0, 0.16, -0.045) @ rot("x", 90), 0, "body"),
        box(0.3, 0.18, 0.09, at(0.0, 0.0, 0), 0),
        box(0.06, 0.05, 0.04, at(0.05, 0.28, 0), "marking"),  # the lock
        box(0.6, 0.005, 0.05, at(0.45, 0.0, 0), "fruit-yellow"),  # the tape
        box(0.01, 0.04, 0.05, at(0.75, 0.0, 0), "steel"),  # its hook
    ]
    for k in range(12):
        parts.append(
            box(0.004, 0.006, 0.025 if k % 2 else 0.04, at(0.18 + 0.05 * k, 0.0, 0.0), "marking")
        )
    del rng
    return parts


def _road_roller(rng: Rng) -> list[Part]:
    """A road roller: a great smooth steel drum in front in its yoke, the engine body and the
    driver's cab with its canopy behind, two big wheels at the back."""
    parts = [
        cylinder(0.3, 0.3, 0.7, at(-0.35, 0.3, 0.55) @ rot("z", -90), 1, "body"),  # the drum
        box(0.6, 0.35, 0.9, at(0, 0.3, -0.3), 0),  # the body
        box(0.5, 0.06, 0.5, at(0, 1.05, -0.4), 0),  # the canopy
        box(0.4, 0.3, 0.03, at(0, 0.65, -0.15), "window"),
    ]
    for s in (-1, 1):
        parts.append(stick((s * 0.3, 0.65, -0.6), (s * 0.25, 1.05, -0.62), 0.02, 0))  # posts
        parts.append(stick((s * 0.25, 0.6, 0.1), (s * 0.37, 0.3, 0.55), 0.04, 0))  # the yoke
        hub = at(s * 0.38, 0.28, -0.55) @ rot("z", 90)
        parts.append(torus(0.22, 0.07, hub, "marking"))
        parts.append(cylinder(0.18, 0.18, 0.06, hub @ at(0, -0.03, 0), 1))
    parts.append(stick((0.2, 0.65, -0.5), (0.2, 0.9, -0.5), 0.03, "marking"))  # the exhaust
    del rng
    return parts


def _road_barrier(rng: Rng) -> list[Part]:
    """A road barrier: a long board in red and white blocks on two folding A-frame legs, a
    warning lamp on top."""
    parts = [box(1.4, 0.2, 0.04, at(0, 0.75, 0), 0, "body")]
    for k in range(7):  # its red and white blocks
        parts.append(box(0.1, 0.2, 0.045, at(-0.6 + 0.2 * k, 0.75, 0), "card-red"))
    for x in (-0.55, 0.55):
        for z in (-1, 1):
            parts.append(stick((x, 0.9, 0), (x, 0.0, z * 0.25), 0.02, 1))
    parts.append(sphere(0.07, at(0.6, 1.0, 0), "glow"))
    del rng
    return parts


def _cable_spool(rng: Rng) -> list[Part]:
    """A cable spool lying on its side: two big wooden discs on a drum wound with black cable,
    the cable's loose end trailing away."""
    parts = []
    for z in (-0.3, 0.3):
        parts.append(
            cylinder(
                0.5, 0.5, 0.05, at(0, 0.5, z - 0.025) @ rot("x", 90), 1, "" if parts else "body"
            )
        )
    for k in range(6):  # the wound cable
        parts.append(torus(0.3, 0.05, at(0, 0.5, -0.25 + 0.1 * k) @ rot("x", 90), 0))
    parts.append(
        tube([(0.3, 0.5, 0.25), (0.5, 0.2, 0.4), (0.7, 0.03, 0.6), (1.0, 0.03, 0.5)], 0.05, slot=0)
    )
    del rng
    return parts


def _rail_wheels(zs: tuple[float, ...]) -> list[Part]:
    """Pairs of flanged iron wheels on the rails at each z, on their axles."""
    parts = []
    for z in zs:
        for x in (-0.3, 0.3):
            hub = at(x, 0.2, z) @ rot("z", 90)
            parts.append(cylinder(0.1, 0.1, 0.05, hub @ at(0, -0.025, 0), "marking"))
            parts.append(
                cylinder(0.12, 0.12, 0.015, hub @ at(0, 0.025 if x > 0 else -0.04, 0), "marking")
            )
        parts.append(stick((-0.3, 0.2, z), (0.3, 0.2, z), 0.02, "marking"))
    return parts


def _railway_carriage(rng: Rng) -> list[Part]:
    """A railway carriage on its track: a long body with a row of windows and doors, a curved
    roof, steps and buffers at the ends, on two bogies of flanged wheels."""
    L = 2.2
    parts = [box(0.8, 0.55, L, at(0, 0.35, 0), 0, "body")]
    parts.append(cylinder(0.42, 0.42, L, at(0, 0.86, -L / 2) @ rot("x", 90) @ scl(1, 1, 0.35), 1))
    for s in (-1, 1):
        for k in range(6):
            z = -0.9 + 0.36 * k
            parts.append(box(0.01, 0.2, 0.22, at(s * 0.401, 0.6, z), "window"))
        parts.append(box(0.6, 0.06, 0.04, at(0, 0.3, s * (L / 2 + 0.02)), "marking"))  # buffer beam
        for x in (-0.22, 0.22):
            parts.append(
                cylinder(
                    0.05, 0.05, 0.1, at(x, 0.33, s * (L / 2 + 0.02)) @ rot("x", 90 * s), "steel"
                )
            )
    parts += _rail_wheels((-0.8, -0.5, 0.5, 0.8)) + rails(L + 0.6)
    del rng
    return parts


def _handcar(rng: Rng) -> list[Part]:
    """A railway handcar: a flat wooden platform on four rail wheels, a pump stand in the
    middle with its see-saw handle for two to push, on its track."""
    parts = [box(0.85, 0.06, 1.1, at(0, 0.3, 0), 0, "body")]
    parts += _rail_wheels((-0.35, 0.35)) + rails(1.6)
    parts.append(box(0.12, 0.45, 0.12, at(0, 0.36, 0), 1))  # the pump stand
    parts.append(stick((0, 0.85, -0.55), (0, 0.75, 0.55), 0.025, 1))  # the see-saw beam
    for z in (-0.55, 0.55):
        parts.append(stick((-0.3, 0.85 - 0.09 * z, z), (0.3, 0.85 - 0.09 * z, z), 0.02, 1))  # grips
    parts.append(sphere(0.05, at(0, 0.82, 0), 1))
    del rng
    return parts


def _luggage_trolley(rng: Rng) -> list[Part]:
    """A porter's luggage trolley: a long flat deck on two big wheels and two small ones, a
    tall handle at one end, cases stacked on it."""
    parts = [box(0.6, 0.05, 1.2, at(0, 0.22, 0), 0, "body")]
    for s in (-1, 1):
        hub = at(s * 0.33, 0.18, 0.2) @ rot("z", 90)
        parts.append(torus(0.16, 0.035, hub, "marking"))
        parts.append(
            cylinder(
                0.06,
                0.06,
                0.04,
                at(s * 0.25, 0.06, -0.5) @ rot("z", 90) @ at(0, -0.02, 0),
                "marking",
            )
        )
        parts.append(stick((s * 0.3, 0.25, -0.6), (s * 0.3, 1.0, -0.62), 0.02, 1))
    parts.append(stick((-0.3, 1.0, -0.62), (0.3, 1.0, -0.62), 0.025, 1))  # the handle
    for k, (w, h, d) in enumerate(((0.5, 0.2, 0.7), (0.4, 0.18, 0.5), (0.3, 0.15, 0.35))):
        y = 0.27 + sum((0.2, 0.18, 0.15)[:k])
        parts.append(box(w, h, d, at(0, y, 0.1), "card-red" if k % 2 else "cork"))
    del rng
    return parts


def _buffer_stop(rng: Rng) -> list[Part]:
    """A buffer stop at the end of the line: a sturdy frame of beams braced back, a buffer
    beam across with two sprung buffers facing the track, and a red lamp on top."""
    parts = rails(1.4)
    parts.insert(0, box(1.0, 0.25, 0.15, at(0, 0.35, -0.5), 0, "body"))  # the buffer beam
    for x in (-0.3, 0.3):
        parts.append(cylinder(0.09, 0.09, 0.2, at(x, 0.48, -0.43) @ rot("x", 90), "steel"))
        parts.append(cylinder(0.12, 0.12, 0.03, at(x, 0.48, -0.23) @ rot("x", 90), "steel"))
        parts.append(stick((x, 0.6, -0.55), (x, 0.05, -1.1), 0.05, 0))  # its raking braces
        parts.append(stick((x, 0.05, -0.5), (x, 0.6, -0.55), 0.05, 0))
    parts.append(sphere(0.08, at(0, 0.7, -0.5), "glow"))
    del rng
    return parts


def _coal_tender(rng: Rng) -> list[Part]:
    """A coal wagon or tender on its track: an open iron box on rail wheels, heaped high
    with lumps of coal."""
    parts = [box(0.8, 0.5, 1.4, at(0, 0.3, 0), 0, "body")]
    parts.append(box(0.72, 0.02, 1.32, at(0, 0.79, 0), "marking"))
    for _ in range(40):  # the coal
        x, z = rng.uniform(-0.32, 0.32), rng.uniform(-0.6, 0.6)
        y = 0.8 + 0.15 * (1 - (x / 0.4) ** 2) * (1 - (z / 0.7) ** 2)
        parts.append(sphere(rng.uniform(0.05, 0.09), at(x, y, z), "marking"))
    for z in (-0.6, -0.2, 0.2, 0.6):  # its ribs
        for s in (-1, 1):
            parts.append(box(0.02, 0.5, 0.04, at(s * 0.41, 0.3, z), 1))
    parts += _rail_wheels((-0.45, 0.45)) + rails(1.8)
    return parts


def _rail_signal(rng: Rng) -> list[Part]:
    """A railway signal: a tall post with a ladder, the semaphore arm out to one side, red with
    a white band, and the signal lamp behind its red and green glasses."""
    parts = [stick((0, 0.0, 0), (0, 2.2, 0), 0.035, 0, "body")]
    parts.append(cylinder(0.04, 0.0, 0.1, at(0, 2.2, 0), 0))
    parts.append(box(0.5, 0.09, 0.02, at(0.28, 1.9, 0.05) @ rot("z", 20), "card-red"))  # the arm
    parts.append(box(0.05, 0.095, 0.025, at(0.42, 1.95, 0.05) @ rot("z", 20), "snow"))
    parts.append(box(0.14, 0.14, 0.12, at(0, 1.72, 0.06), "marking"))  # the lamp
    parts.append(sphere(0.04, at(0, 1.8, 0.12), "glow"))
    for s in (-1, 1):  # the ladder
        parts.append(stick((s * 0.08, 0.0, -0.08), (s * 0.08, 1.7, -0.08), 0.01, 0))
    for k in range(10):
        parts.append(
            stick((-0.08, 0.15 + 0.16 * k, -0.08), (0.08, 0.15 + 0.16 * k, -0.08), 0.008, 0)
        )
    del rng
    return parts


def _idol(rng: Rng) -> list[Part]:
    """A temple idol: a squat seated figure with an oversized head, wide staring eyes and a
    grimacing mouth, arms on its knees, a headdress fanned above, on a stepped plinth."""
    parts = [box(0.5, 0.1, 0.4, None, 0, "body"), box(0.42, 0.08, 0.34, at(0, 0.1, 0), 0)]
    parts.append(sphere(1.0, at(0, 0.32, 0) @ scl(0.18, 0.16, 0.14), 0))  # the body
    for s in (-1, 1):
        parts.append(sphere(1.0, at(s * 0.1, 0.22, 0.08) @ scl(0.07, 0.05, 0.09), 0))  # knees
        parts.append(
            tube(
                [(s * 0.16, 0.4, 0.0), (s * 0.18, 0.3, 0.06), (s * 0.1, 0.26, 0.15)], 0.035, slot=0
            )
        )
    head = v3(0, 0.58, 0.02)
    parts.append(box(0.3, 0.26, 0.24, at(*(head - v3(0, 0.13, 0))), 0))
    for s in (-1, 1):
        parts.append(
            cylinder(
                0.04, 0.04, 0.02, at(*(head + v3(s * 0.07, 0.03, 0.12))) @ rot("x", 90), "glow"
            )
        )
        parts.append(box(0.05, 0.1, 0.04, at(*(head + v3(s * 0.16, -0.05, 0.0))), 0))  # ear spools
    parts.append(box(0.18, 0.03, 0.02, at(*(head + v3(0, -0.07, 0.125))), "marking"))  # mouth
    for k in range(5):  # the headdress
        a = np.radians(-50 + 25 * k)
        parts.append(
            box(
                0.05,
                0.18,
                0.03,
                at(*(head + v3(0.15 * np.sin(a), 0.13, -0.05))) @ rot("z", -np.degrees(a)),
                0,
            )
        )
    del rng
    return parts


def _lorry(load: list[Part]) -> list[Part]:
    """A lorry's cab and chassis on six wheels, with ``load`` on its back."""
    parts = [box(0.7, 0.12, 2.0, at(0, 0.3, 0), 1, "body")]
    parts.append(box(0.72, 0.55, 0.55, at(0, 0.42, 0.72), 0))  # the cab
    parts.append(box(0.6, 0.25, 0.01, at(0, 0.65, 1.0), "window"))
    for s in (-1, 1):
        parts.append(box(0.01, 0.22, 0.3, at(s * 0.361, 0.66, 0.75), "window"))
        for z in (0.72, -0.35, -0.75):
            hub = at(s * 0.37, 0.2, z) @ rot("z", 90)
            parts.append(torus(0.14, 0.06, hub, "marking"))
            parts.append(cylinder(0.1, 0.1, 0.05, hub @ at(0, -0.025, 0), "steel"))
    return parts + load


def _dump_truck(rng: Rng) -> list[Part]:
    """A dump truck: a lorry with its deep steel bed tipped up at the back, a heap of gravel
    sliding out of it."""
    tip = at(0, 0.45, -0.95) @ rot("x", -25)
    load = [
        box(0.76, 0.4, 1.3, tip @ at(0, 0, 0.65), 0),
        box(0.7, 0.02, 1.2, tip @ at(0, 0.4, 0.65), "marking"),
    ]
    load.append(stick((0, 0.42, 0.2), (0, 0.75, 0.0), 0.04, "steel"))  # the ram
    for _ in range(12):
        x, z = rng.uniform(-0.3, 0.3), rng.uniform(-1.25, -0.95)
        load.append(sphere(rng.uniform(0.05, 0.09), at(x, rng.uniform(0.02, 0.15), z), "stones"))
    return _lorry(load)


def _mixer_truck(rng: Rng) -> list[Part]:
    """A cement mixer truck: a lorry carrying the big tilted drum striped with its spiral, the
    chute at the back."""
    drum = [(0.0, 0.0), (0.2, 0.0), (0.38, 0.5), (0.36, 0.8), (0.2, 1.2), (0.12, 1.3), (0.0, 1.3)]
    tilt = at(0, 0.82, -1.0) @ rot("x", 75)
    load = [lathe(drum, tilt, 0)]
    for k in range(5):  # its spiral stripes
        load.append(
            torus(0.37 - 0.02 * abs(k - 2), 0.018, tilt @ at(0, 0.4 + 0.12 * k, 0) @ rot("x", 8), 1)
        )
    load.append(
        tube([(0, 0.85, -1.05), (0, 0.6, -1.3), (0, 0.45, -1.45)], 0.06, slot=1)
    )  # the chute
    del rng
    return _lorry(load)


def _sun_stone(rng: Rng) -> list[Part]:
    """A carved calendar stone standing on its edge: a great disc cut in concentric rings of
    glyphs, rays pointing out, and a face at its centre."""
    disc = at(0, 0.75, 0) @ rot("x", 90)
    parts = [cylinder(0.75, 0.75, 0.16, disc @ at(0, -0.08, 0), 0, "body")]
    face = at(0, 0.75, 0.085) @ rot("x", 90)
    for r in (0.2, 0.38, 0.55, 0.7):  # its rings
        parts.append(torus(r, 0.015, face, 1))
    for k in range(20):  # the glyph blocks between the rings
        a = 2 * np.pi * k / 20
        parts.append(box(0.07, 0.02, 0.07, face @ at(0.465 * np.cos(a), 0.0, 0.465 * np.sin(a)), 1))
    for k in range(8):  # the sun's rays
        a = 2 * np.pi * k / 8
        parts.append(slab([(0.0, -0.05), (0.14, 0.0), (0.0, 0.05)], 0.03,
                          at(0.25 * np.cos(a), 0.75 + 0.25 * np.sin(a), 0.09) @ rot("z", np.degrees(a)), 1))  # fmt: skip
    parts.append(sphere(1.0, at(0, 0.75, 0.1) @ scl(0.12, 0.14, 0.05), 1))  # the face
    parts += [sphere(0.02, at(s * 0.045, 0.79, 0.15), "marking") for s in (-1, 1)]
    parts.append(box(0.06, 0.015, 0.01, at(0, 0.69, 0.15), "marking"))
    parts.append(box(0.7, 0.12, 0.4, at(0, 0.0, 0), 0))  # its footing
    del rng
    return parts


def _canteen(rng: Rng) -> list[Part]:
    """A canteen: a round flat flask in its cloth cover, a screw cap on its short neck, a strap
    looped up from its shoulders."""
    body = at(0, 0.3, 0) @ rot("x", 90)
    parts = [
        sphere(1.0, body @ scl(0.28, 0.1, 0.28), 0, "body"),
        torus(0.28, 0.02, body, 1),  # its seam
        cylinder(0.04, 0.04, 0.08, at(0, 0.56, 0), "steel"),
        cylinder(0.05, 0.05, 0.04, at(0, 0.63, 0), "steel"),  # the cap
    ]
    strap = [
        (-0.27, 0.4, 0.0),
        (-0.3, 0.75, 0.0),
        (0.0, 0.95, 0.0),
        (0.3, 0.75, 0.0),
        (0.27, 0.4, 0.0),
    ]
    parts.append(
        tube(
            strap,
            0.015,
            slot=1,
            shape=np.array([[-2.0, -0.4], [2.0, -0.4], [2.0, 0.4], [-2.0, 0.4]]),
        )
    )
    del rng
    return parts


def _swing_set(rng: Rng) -> list[Part]:
    """A swing set: an A-frame at each end, the top bar across, two seats hung on chains."""
    parts = [stick((-0.9, 1.6, 0), (0.9, 1.6, 0), 0.035, 0, "body")]
    for x in (-0.9, 0.9):
        for z in (-1, 1):
            parts.append(stick((x, 1.6, 0), (x * 1.05, 0.0, z * 0.5), 0.03, 0))
    for x in (-0.4, 0.4):
        seat = v3(x, 0.45, 0)
        parts.append(box(0.4, 0.04, 0.16, at(*seat), 1))
        for dx in (-0.17, 0.17):
            parts.append(stick((x + dx, 1.58, 0), (x + dx, 0.48, 0), 0.008, "steel"))
    del rng
    return parts


def _seesaw(rng: Rng) -> list[Part]:
    """A seesaw: a long plank tilted on its pivot, a handle and a seat at each end."""
    tilt = at(0, 0.4, 0) @ rot("z", 12)
    parts = [box(2.2, 0.06, 0.25, tilt @ at(0, 0, 0), 0, "body")]
    parts.append(box(0.16, 0.4, 0.3, None, 1))  # the pivot stand
    parts.append(cylinder(0.05, 0.05, 0.34, at(0, 0.4, -0.17) @ rot("x", 90), 1))
    for x in (-0.9, 0.9):
        grip = tilt @ at(x * 0.85, 0.06, 0)
        parts.append(
            stick((grip @ [0, 0, -0.1, 1.0])[:3], (grip @ [0, 0.2, -0.1, 1.0])[:3], 0.015, 1)
        )
        parts.append(
            stick((grip @ [0, 0.2, -0.12, 1.0])[:3], (grip @ [0, 0.2, 0.12, 1.0])[:3], 0.015, 1)
        )
        parts.append(box(0.3, 0.04, 0.27, tilt @ at(x, 0.06, 0), 1))  # a seat pad
    del rng
    return parts


def _merry_go_round(rng: Rng) -> list[Part]:
    """A playground roundabout: a low round platform on its hub, handrails arching from the
    middle post out to the rim."""
    parts = [
        cylinder(0.9, 0.9, 0.08, at(0, 0.15, 0), 0, "body"),
        cylinder(0.2, 0.25, 0.15, None, 1),
    ]
    parts.append(stick((0, 0.23, 0), (0, 0.85, 0), 0.04, 1))
    for k in range(6):
        a = 2 * np.pi * k / 6
        c, s_ = np.cos(a), np.sin(a)
        rail = [
            (0.05 * c, 0.8, 0.05 * s_),
            (0.45 * c, 0.75, 0.45 * s_),
            (0.82 * c, 0.55, 0.82 * s_),
            (0.85 * c, 0.23, 0.85 * s_),
        ]
        parts.append(tube(rail, 0.022, slot=1))
        parts.append(
            box(
                0.6,
                0.01,
                0.02,
                at(0.45 * c, 0.235, 0.45 * s_) @ rot("y", -np.degrees(a)),
                "marking",
            )
        )
    del rng
    return parts


def _jungle_gym(rng: Rng) -> list[Part]:
    """A climbing frame: a cube lattice of bars two storeys high, a ladder up one side, a
    platform and a little slide off it."""
    parts = []
    xs, ys = (-0.6, 0.0, 0.6), (0.0, 0.6, 1.2)
    for x in xs:
        for z in xs:
            parts.append(stick((x, 0.0, z), (x, 1.2, z), 0.025, 0, "" if parts else "body"))
    for y in ys[1:]:
        for z in xs:
            parts.append(stick((-0.6, y, z), (0.6, y, z), 0.02, 1))
        for x in xs:
            parts.append(stick((x, y, -0.6), (x, y, 0.6), 0.02, 1))
    parts.append(box(0.6, 0.04, 0.6, at(0.3, 0.6, 0.3), "card-red"))  # a platform
    slide = [(0.6, 0.62, 0.3), (1.0, 0.45, 0.3), (1.4, 0.12, 0.3), (1.6, 0.05, 0.3)]
    parts.append(
        tube(
            slide,
            0.12,
            slot="card-red",
            shape=np.array([[-1.0, -0.1], [1.0, -0.1], [1.0, 0.1], [-1.0, 0.1]]),
        )
    )
    del rng
    return parts


def _spring_rider(rng: Rng) -> list[Part]:
    """A spring rider: a chunky toy horse with handles and footrests, on a big coiled spring
    rising from a round base plate."""
    parts = [cylinder(0.3, 0.3, 0.04, None, "steel", "body")]
    coil = [
        (0.1 * np.cos(a), 0.04 + 0.3 * a / (8 * np.pi), 0.1 * np.sin(a))
        for a in np.linspace(0, 8 * np.pi, 40)
    ]
    parts.append(tube(coil, 0.018, slot="steel"))
    parts.append(sphere(1.0, at(0, 0.5, 0) @ scl(0.18, 0.16, 0.4), 0))  # the horse's body
    parts.append(tube([(0, 0.55, 0.3), (0, 0.78, 0.42)], [0.09, 0.07], slot=0))  # its neck
    parts.append(sphere(1.0, at(0, 0.82, 0.5) @ scl(0.08, 0.09, 0.15), 0))  # its head
    for s in (-1, 1):
        parts.append(cylinder(0.02, 0.0, 0.07, at(s * 0.04, 0.9, 0.44), 0))  # ears
        parts.append(
            stick((s * 0.04, 0.78, 0.4), (s * 0.16, 0.78, 0.4), 0.015, "marking")
        )  # handles
        parts.append(box(0.1, 0.02, 0.06, at(s * 0.2, 0.36, 0.05), "marking"))  # footrests
        for z in (-0.25, 0.25):
            parts.append(tube([(s * 0.1, 0.42, z), (s * 0.13, 0.3, z)], [0.05, 0.04], slot=0))
    parts.append(tube([(0, 0.55, -0.38), (0, 0.45, -0.5)], [0.05, 0.02], slot="marking"))  # tail
    del rng
    return parts


def _picnic_table(rng: Rng) -> list[Part]:
    """A picnic table: a plank top on crossed legs, a bench either side joined to it."""
    parts = [box(1.6, 0.05, 0.7, at(0, 0.72, 0), 0, "body")]
    for k in range(4):
        parts.append(box(1.6, 0.005, 0.005, at(0, 0.77, -0.262 + 0.175 * k), "marking"))
    for x in (-0.6, 0.6):
        for s in (-1, 1):
            parts.append(box(0.06, 0.8, 0.07, at(x, 0.75, 0) @ rot("x", 180 + s * 32), 0))
        parts.append(box(0.06, 0.06, 1.5, at(x, 0.38, 0), 0))
    for z in (-0.6, 0.6):
        parts.append(box(1.6, 0.05, 0.25, at(0, 0.42, z), 0))  # the benches
    del rng
    return parts


def _sandbox(rng: Rng) -> list[Part]:
    """A sandbox: a low square frame of boards full of sand, a bucket and a spade in it."""
    parts = []
    for s in (-1, 1):
        parts.append(box(1.4, 0.22, 0.08, at(0, 0, s * 0.66), 0, "" if parts else "body"))
        parts.append(box(0.08, 0.22, 1.4, at(s * 0.66, 0, 0), 0))
    parts.append(box(1.26, 0.14, 1.26, None, 1))  # the sand
    parts.append(
        lathe(
            [(0.0, 0.0), (0.08, 0.0), (0.11, 0.16), (0.1, 0.17), (0.0, 0.02)],
            at(0.3, 0.14, 0.2),
            "card-red",
        )
    )
    parts.append(stick((-0.3, 0.15, -0.2), (-0.1, 0.4, -0.3), 0.012, "fruit-yellow"))
    parts.append(box(0.1, 0.01, 0.12, at(-0.3, 0.145, -0.2), "fruit-yellow"))
    del rng
    return parts


def _easel(rng: Rng) -> list[Part]:
    """A painter's easel: three legs, the front two splayed and crossed by the ledge, a canvas
    resting on it with a daub of colour, the third leg propped behind."""
    parts = [
        stick((-0.3, 0.0, 0.15), (-0.05, 1.7, 0.0), 0.025, 0, "body"),
        stick((0.3, 0.0, 0.15), (0.05, 1.7, 0.0), 0.025, 0),
        stick((0.0, 1.5, 0.0), (0.0, 0.0, -0.55), 0.025, 0),
        box(0.7, 0.04, 0.08, at(0, 0.6, 0.12), 0),  # the ledge
    ]
    canvas = at(0, 0.64, 0.12) @ rot("x", -8)
    parts.append(box(0.6, 0.75, 0.03, canvas, "pages"))
    for k, c in enumerate(("fruit-red", "plume", "fruit-yellow")):
        parts.append(
            sphere(
                1.0,
                canvas @ at(-0.12 + 0.12 * k, 0.3 + 0.1 * (k % 2), 0.02) @ scl(0.08, 0.06, 0.01),
                c,
            )
        )
    del rng
    return parts


def _palette(rng: Rng) -> list[Part]:
    """A painter's palette: a flat kidney-shaped board with its thumb hole, blobs of paint in
    a ring round its edge and a brush across it."""
    outline = [
        (0.0, 0.0),
        (0.3, 0.05),
        (0.42, 0.25),
        (0.3, 0.42),
        (0.0, 0.45),
        (-0.3, 0.35),
        (-0.38, 0.12),
        (-0.2, 0.02),
    ]
    parts = [slab(outline, 0.02, at(0, 0.01, 0.2) @ rot("x", -90), 0, "body")]
    parts.append(cylinder(0.05, 0.05, 0.03, at(-0.15, 0.005, -0.05), "marking"))  # the thumb hole
    for k, c in enumerate(
        ("fruit-red", "fruit-orange", "fruit-yellow", "fruit-green", "plume", "marking", "snow")
    ):
        a = np.radians(-30 + 30 * k)
        parts.append(
            sphere(
                1.0,
                at(0.05 + 0.28 * np.cos(a), 0.03, -0.02 - 0.18 * np.sin(a)) @ scl(0.04, 0.02, 0.04),
                c,
            )
        )
    parts.append(stick((-0.3, 0.04, 0.1), (0.2, 0.04, -0.15), 0.008, "pencil-wood"))
    del rng
    return parts


def _gondola(rng: Rng) -> list[Part]:
    """A Venetian gondola: a long, slender black hull curving up at both ends, the toothed iron
    prow at the front, a red cushioned seat in the middle and the oar on its rowlock."""
    hull = [(0.0, 0.0), (0.12, 0.02), (0.2, 0.08), (0.22, 0.16), (0.2, 0.18), (0.0, 0.1)]
    parts = [lathe(hull, at(0, 0.06, 0) @ scl(1, 1, 7.5), 0, "body")]
    for s in (-1, 1):
        end = [(0, 0.2, s * 1.45), (0, 0.32, s * 1.6), (0, 0.5, s * 1.68)]
        parts.append(tube(end, [0.05, 0.035, 0.02], slot=0))
    for k in range(6):  # the ferro's teeth at the prow
        parts.append(box(0.015, 0.02, 0.1, at(0, 0.28 + 0.04 * k, 1.66), "steel"))
    parts.append(box(0.3, 0.08, 0.4, at(0, 0.16, -0.1), "card-red"))  # the seat
    parts.append(stick((0.15, 0.24, -0.9), (0.15, 0.55, -0.9), 0.02, "pencil-wood"))  # the forcola
    parts.append(stick((0.15, 0.55, -0.9), (0.45, -0.05, 0.4), 0.015, "pencil-wood"))  # the oar
    del rng
    return parts


def _ceiling_fan(rng: Rng) -> list[Part]:
    """A ceiling fan hung from its rod: a round motor housing, four long blades and a light
    bowl underneath."""
    parts = [
        stick((0, 1.2, 0), (0, 0.85, 0), 0.015, 0, "body"),
        cylinder(0.1, 0.08, 0.03, at(0, 1.2, 0), 0),
    ]
    parts.append(cylinder(0.12, 0.12, 0.1, at(0, 0.75, 0), 0))
    for k in range(4):
        a = 90 * k + 15
        parts.append(
            box(0.7, 0.012, 0.15, at(0, 0.8, 0) @ rot("y", a) @ at(0.45, 0, 0) @ rot("x", 8), 1)
        )
    parts.append(sphere(1.0, at(0, 0.72, 0) @ scl(0.09, 0.06, 0.09), "glow"))
    del rng
    return parts


def _manhole(rng: Rng) -> list[Part]:
    """A manhole cover set in the road: a heavy round iron lid with a grid of raised ridges and
    two lifting holes, in its rim on a square of asphalt."""
    parts = [box(1.2, 0.04, 1.2, None, "stones"), cylinder(0.5, 0.5, 0.06, None, 0, "body")]
    parts.append(torus(0.5, 0.025, at(0, 0.05, 0), 0))
    for k in range(-3, 4):
        w = 0.46 * np.sqrt(max(0.0, 1 - (k / 3.6) ** 2))
        parts.append(box(2 * w, 0.015, 0.02, at(0, 0.06, 0.12 * k), 0))
        parts.append(box(0.02, 0.015, 2 * w, at(0.12 * k, 0.06, 0), 0))
    for x in (-0.3, 0.3):
        parts.append(cylinder(0.03, 0.03, 0.01, at(x, 0.063, 0.3), "marking"))
    del rng
    return parts


def _ashtray(rng: Rng) -> list[Part]:
    """An ashtray heaped with cigarette butts: a low round glass dish with rests notched in
    its rim, grey ash and stubbed-out ends."""
    dish = [(0.0, 0.0), (0.3, 0.0), (0.33, 0.1), (0.3, 0.1), (0.26, 0.03), (0.0, 0.03)]
    parts = [lathe(dish, None, 0, "body"), cylinder(0.25, 0.25, 0.015, at(0, 0.03, 0), "stones")]
    for _ in range(9):
        a = rng.uniform(0, 2 * np.pi)
        r = rng.uniform(0.0, 0.2)
        butt = at(r * np.cos(a), 0.06, r * np.sin(a)) @ rot("y", rng.uniform(0, 180)) @ rot("z", 80)
        parts.append(cylinder(0.02, 0.02, 0.09, butt, "snow"))
        parts.append(cylinder(0.021, 0.021, 0.04, butt @ at(0, 0.09, 0), "cork"))
    return parts


def _news_stand(rng: Rng) -> list[Part]:
    """A newspaper stand: a kiosk under a little awning, racks of folded papers and magazines
    across its front, a sign on top."""
    parts = [box(1.0, 1.3, 0.6, None, 0, "body"), box(1.2, 0.05, 0.85, at(0, 1.5, 0.12), 1)]
    parts.append(box(1.0, 0.2, 0.04, at(0, 1.55, 0.28), "pages"))  # the sign
    parts.append(box(0.7, 0.07, 0.005, at(0, 1.62, 0.305), "marking"))
    for s in (-1, 1):
        parts.append(stick((s * 0.55, 1.3, 0.5), (s * 0.55, 1.5, 0.5), 0.015, 1))
    for row in range(3):  # the racks of papers and magazines
        y = 0.3 + 0.3 * row
        parts.append(box(0.95, 0.02, 0.12, at(0, y, 0.34), 1))
        for k in range(5):
            slot = ("pages", "card-red", "pages", "rainbow-blue", "pages")[(k + row) % 5]
            parts.append(
                box(0.15, 0.22, 0.02, at(-0.36 + 0.18 * k, y + 0.02, 0.36) @ rot("x", -15), slot)
            )
    del rng
    return parts


def _kite(rng: Rng) -> list[Part]:
    """A kite flying: a diamond of cloth on its crossed spars, a long tail of bows trailing
    down from it, and its string running off to the ground."""
    top = at(0, 1.2, 0) @ rot("x", -20)
    diamond = [(0.0, 0.5), (0.35, 0.15), (0.0, -0.55), (-0.35, 0.15)]
    parts = [slab(diamond, 0.01, top, 0, "body")]
    parts.append(
        stick(
            (top @ [0, 0.5, 0.01, 1.0])[:3], (top @ [0, -0.55, 0.01, 1.0])[:3], 0.01, "pencil-wood"
        )
    )
    parts.append(
        stick(
            (top @ [-0.35, 0.15, 0.01, 1.0])[:3],
            (top @ [0.35, 0.15, 0.01, 1.0])[:3],
            0.01,
            "pencil-wood",
        )
    )
    tail = [
        (top @ [0, -0.55, 0, 1.0])[:3] + v3(0.1 * np.sin(2 * t), -0.9 * t, 0.05 * t)
        for t in np.linspace(0, 1, 8)
    ]
    parts.append(tube(tail, 0.006, slot="marking"))
    for k, q in enumerate(tail[1::2]):
        parts.append(
            sphere(1.0, at(*q) @ scl(0.05, 0.02, 0.02), "card-red" if k % 2 else "fruit-yellow")
        )
    parts.append(
        tube(
            [(top @ [0, 0.0, 0, 1.0])[:3], (0.3, 0.6, 0.4), (0.6, 0.0, 0.8)], 0.004, slot="marking"
        )
    )
    del rng
    return parts


def _arcade_cabinet(rng: Rng) -> list[Part]:
    """An arcade game cabinet: a tall upright case with a glowing screen leaning back under
    the lit marquee, the control panel jutting out with its joystick and buttons."""
    parts = [box(0.7, 1.7, 0.6, None, 0, "body")]
    parts.append(box(0.72, 0.22, 0.2, at(0, 1.5, 0.25), "glow"))  # the marquee
    parts.append(box(0.5, 0.42, 0.01, at(0, 1.0, 0.31) @ rot("x", -12), "window"))  # the screen
    parts.append(box(0.46, 0.36, 0.005, at(0, 1.03, 0.318) @ rot("x", -12), "rainbow-blue"))
    parts.append(box(0.74, 0.06, 0.3, at(0, 0.82, 0.42) @ rot("x", 10), 1))  # the panel
    parts.append(stick((-0.15, 0.88, 0.42), (-0.15, 0.98, 0.42), 0.01, "marking"))  # joystick
    parts.append(sphere(0.03, at(-0.15, 0.99, 0.42), "card-red"))
    for k, c in enumerate(("card-red", "fruit-yellow", "plume")):
        parts.append(cylinder(0.025, 0.025, 0.02, at(0.05 + 0.09 * k, 0.88, 0.42), c))
    parts.append(box(0.2, 0.1, 0.01, at(0, 0.5, 0.301), "marking"))  # the coin door
    del rng
    return parts


def _pinball(rng: Rng) -> list[Part]:
    """A pinball machine: a long sloping glass-topped table on four legs, bumpers and
    flippers under the glass, the tall lit backbox at its far end."""
    table = at(0, 0.8, 0) @ rot("x", 6)
    parts = [box(0.6, 0.2, 1.3, table, 0, "body")]
    parts.append(box(0.54, 0.005, 1.2, table @ at(0, 0.2, 0), "pane"))  # the glass
    for k in range(3):  # bumpers
        a = 2 * np.pi * k / 3
        parts.append(
            cylinder(
                0.06,
                0.06,
                0.05,
                table @ at(0.12 * np.cos(a), 0.15, -0.2 + 0.12 * np.sin(a)),
                "fruit-yellow",
            )
        )
    for s in (-1, 1):  # flippers
        parts.append(
            box(0.14, 0.03, 0.04, table @ at(s * 0.09, 0.15, 0.5) @ rot("y", s * 25), "snow")
        )
    parts.append(sphere(0.025, table @ at(0.1, 0.17, 0.2), "steel"))
    parts.append(box(0.6, 0.6, 0.15, at(0, 0.95, -0.7), 0))  # the backbox
    parts.append(box(0.5, 0.45, 0.01, at(0, 1.02, -0.62), "glow"))
    for x in (-0.26, 0.26):
        for z in (-0.55, 0.55):
            parts.append(stick((x, 0.8 + 0.1 * (z < 0), z), (x, 0.0, z), 0.02, 1))
    del rng
    return parts


def _claw_machine(rng: Rng) -> list[Part]:
    """A claw crane game: a glass case on a lit base, heaped inside with plush prizes, the
    three-pronged claw hanging on its cable from the gantry."""
    parts = [box(0.8, 0.7, 0.8, None, 0, "body"), box(0.82, 0.15, 0.82, at(0, 1.6, 0), 0)]
    parts.append(box(0.78, 0.9, 0.78, at(0, 0.7, 0), "pane"))  # the glass case
    for x in (-0.38, 0.38):
        for z in (-0.38, 0.38):
            parts.append(box(0.04, 0.9, 0.04, at(x, 0.7, z), 1))
    for _ in range(10):  # the prizes
        x, z = rng.uniform(-0.28, 0.28, 2)
        c = ("card-red", "fruit-yellow", "plume", "fruit-green", "snow")[int(rng.integers(0, 5))]
        parts.append(sphere(rng.uniform(0.07, 0.1), at(x, 0.78, z), c))
    parts.append(stick((0, 1.6, 0), (0, 1.25, 0), 0.005, "marking"))  # the cable
    for k in range(3):  # the claw
        a = 2 * np.pi * k / 3
        parts.append(
            tube(
                [
                    (0, 1.25, 0),
                    (0.07 * np.cos(a), 1.18, 0.07 * np.sin(a)),
                    (0.04 * np.cos(a), 1.1, 0.04 * np.sin(a)),
                ],
                0.008,
                slot="steel",
            )
        )
    parts.append(box(0.25, 0.05, 0.15, at(0, 0.65, 0.45), "marking"))  # the joystick panel
    del rng
    return parts


def _air_hockey(rng: Rng) -> list[Part]:
    """An air hockey table: a long smooth table edged with rails, the goals at its ends, a
    centre line and circle, two mallets and a puck."""
    parts = [
        box(0.9, 0.12, 1.7, at(0, 0.68, 0), 0, "body"),
        box(0.8, 0.005, 1.6, at(0, 0.8, 0), "snow"),
    ]
    for s in (-1, 1):
        parts.append(box(0.04, 0.06, 1.7, at(s * 0.45, 0.78, 0), 1))
        parts.append(box(0.9, 0.06, 0.04, at(0, 0.78, s * 0.85), 1))
        parts.append(box(0.25, 0.061, 0.045, at(0, 0.78, s * 0.85), "marking"))  # the goal slots
        parts.append(cylinder(0.05, 0.04, 0.05, at(0.1 * s, 0.805, s * 0.5), "card-red"))
        parts.append(sphere(0.025, at(0.1 * s, 0.87, s * 0.5), "card-red"))
        for x in (-0.35, 0.35):
            parts.append(box(0.08, 0.68, 0.08, at(x, 0.0, s * 0.7), 1))
    parts.append(box(0.8, 0.006, 0.015, at(0, 0.802, 0), "card-red"))
    parts.append(torus(0.12, 0.006, at(0, 0.803, 0), "card-red"))
    parts.append(cylinder(0.035, 0.035, 0.01, at(-0.1, 0.805, 0.1), "marking"))  # the puck
    del rng
    return parts


def _foosball(rng: Rng) -> list[Part]:
    """A foosball table: a walled pitch on four legs, steel rods across it with handles out
    the sides, little players standing in rows on the rods."""
    parts = [
        box(0.8, 0.25, 1.3, at(0, 0.6, 0), 0, "body"),
        box(0.74, 0.01, 1.24, at(0, 0.7, 0), "fruit-green"),
    ]
    for x in (-0.34, 0.34):
        for z in (-0.6, 0.6):
            parts.append(box(0.07, 0.6, 0.07, at(x, 0.0, z), 0))
    for k in range(6):
        z = -0.5 + 0.2 * k
        parts.append(stick((-0.55, 0.8, z), (0.55, 0.8, z), 0.01, "steel"))
        parts.append(cylinder(0.025, 0.025, 0.08, at(0.55, 0.8, z) @ rot("z", -90), "marking"))
        for j in range(1 + k % 3):
            x = (j - k % 3 / 2) * 0.2
            slot = "card-red" if k % 2 else "plume"
            parts.append(box(0.04, 0.13, 0.03, at(x, 0.71, z), slot))
            parts.append(sphere(0.025, at(x, 0.87, z), slot))
    del rng
    return parts


def _disco_ball(rng: Rng) -> list[Part]:
    """A disco ball hung on its chain: a sphere tiled all over with little square mirrors."""
    parts = [sphere(0.38, at(0, 0.6, 0), "marking", "body")]
    for i in range(1, 9):
        lat = np.pi * i / 9 - np.pi / 2
        n = max(4, int(18 * np.cos(lat)))
        for k in range(n):
            lon = 2 * np.pi * (k + 0.5 * (i % 2)) / n
            d = np.array([np.cos(lat) * np.cos(lon), np.sin(lat), np.cos(lat) * np.sin(lon)])
            tile = (
                at(*(v3(0, 0.6, 0) + 0.385 * d))
                @ rot("y", -np.degrees(lon) + 90)
                @ rot("x", -np.degrees(lat))
            )
            parts.append(box(0.1, 0.1, 0.012, tile @ at(0, -0.05, 0), 0))
    parts.append(stick((0, 0.98, 0), (0, 1.4, 0), 0.008, "steel"))
    del rng
    return parts


def _periscope(rng: Rng) -> list[Part]:
    """A periscope: a tall tube rising from its mounting ring, bent at the top to its viewing
    head, handles folded out at the bottom by the eyepiece."""
    parts = [cylinder(0.06, 0.06, 1.6, at(0, 0.15, 0), 0, "body")]
    parts.append(cylinder(0.16, 0.18, 0.15, None, 1))
    parts.append(box(0.14, 0.16, 0.26, at(0, 1.72, 0.06), 0))  # the head
    parts.append(box(0.1, 0.1, 0.01, at(0, 1.76, 0.195), "window"))
    parts.append(box(0.14, 0.14, 0.2, at(0, 0.55, 0.08), 0))  # the eyepiece box
    parts.append(cylinder(0.035, 0.035, 0.06, at(0, 0.62, 0.18) @ rot("x", 90), "marking"))
    for s in (-1, 1):
        parts.append(stick((s * 0.07, 0.6, 0.05), (s * 0.25, 0.6, 0.05), 0.02, 1))
    del rng
    return parts


def _torpedo(rng: Rng) -> list[Part]:
    """A torpedo lying on its cradle: a long cylinder with a rounded warhead, tail fins in a
    cross and a propeller at its back."""
    body = [(0.0, -0.9), (0.08, -0.85), (0.12, -0.7), (0.12, 0.6), (0.09, 0.78), (0.0, 0.9)]
    parts = [lathe([(r, y) for r, y in body], at(0, 0.25, 0) @ rot("x", 90), 0, "body")]
    for k in range(4):  # the fins
        parts.append(
            box(0.02, 0.12, 0.15, at(0, 0.25, -0.72) @ rot("z", 90 * k) @ at(0, 0.08, 0), 1)
        )
    for k in range(3):  # the propeller
        parts.append(
            box(0.02, 0.12, 0.03, at(0, 0.25, -0.93) @ rot("z", 120 * k) @ at(0, 0.03, 0), "copper")
        )
    parts.append(torus(0.12, 0.01, at(0, 0.25, 0.45) @ rot("x", 90), 1))
    for z in (-0.4, 0.4):  # the cradle
        parts.append(box(0.3, 0.14, 0.06, at(0, 0.0, z), "pencil-wood"))
    del rng
    return parts


def _porthole(rng: Rng) -> list[Part]:
    """A ship's porthole standing upright: a thick round brass frame ringed with bolts round
    its glass, the hinge and the wing nuts of its clamps."""
    face = at(0, 0.45, 0) @ rot("x", 90)
    parts = [
        torus(0.33, 0.07, face, 0, "body"),
        cylinder(0.3, 0.3, 0.02, face @ at(0, -0.01, 0), "pane"),
    ]
    for k in range(10):
        a = 2 * np.pi * k / 10
        parts.append(sphere(0.025, at(0.33 * np.cos(a), 0.45 + 0.33 * np.sin(a), 0.07), 0))
    parts.append(box(0.1, 0.16, 0.05, at(0.42, 0.37, 0), 0))  # the hinge
    parts.append(box(0.3, 0.05, 0.2, at(0, 0.0, 0), 1))  # its stand
    del rng
    return parts


def _valve_wheel(rng: Rng) -> list[Part]:
    """A valve wheel on its pipe: a spoked hand wheel on the valve's body, the pipe running
    out on either side with flanges and bolts."""
    parts = [cylinder(0.08, 0.08, 1.2, at(-0.6, 0.2, 0) @ rot("z", -90), 1, "body")]
    for x in (-0.2, 0.2):
        parts.append(cylinder(0.13, 0.13, 0.04, at(x, 0.2, 0) @ rot("z", -90) @ at(0, -0.02, 0), 1))
    parts.append(sphere(0.15, at(0, 0.22, 0), 1))  # the valve body
    parts.append(stick((0, 0.3, 0), (0, 0.6, 0), 0.025, "steel"))
    parts.append(torus(0.22, 0.025, at(0, 0.6, 0), 0))  # the wheel
    for k in range(5):
        a = 2 * np.pi * k / 5
        parts.append(stick((0, 0.6, 0), (0.22 * np.cos(a), 0.6, 0.22 * np.sin(a)), 0.015, 0))
    del rng
    return parts


def _lever(rng: Rng) -> list[Part]:
    """A big control lever: a heavy base plate with its notched quadrant, the handle pulled
    half over, a knob at its top."""
    parts = [box(0.4, 0.06, 0.3, None, 1, "body")]
    arc = [(0.0, 0.06 + 0.2 * np.sin(a), 0.2 * np.cos(a)) for a in np.linspace(0.3, np.pi - 0.3, 9)]
    parts.append(
        tube(
            arc, 0.02, slot=1, shape=np.array([[-2.0, -0.5], [2.0, -0.5], [2.0, 0.5], [-2.0, 0.5]])
        )
    )
    parts.append(stick((0, 0.06, 0), (0, 0.75, 0.25), 0.025, 0))
    parts.append(sphere(0.06, at(0, 0.78, 0.26), "card-red"))
    del rng
    return parts


def _liver(rng: Rng) -> list[Part]:
    """A liver: a smooth wedge of two lobes, the great right lobe rounded and the left one
    thinning to an edge, the gallbladder tucked under it and the vessels at its gate."""
    parts = [
        sphere(1.0, at(-0.1, 0.17, 0) @ rot("z", -8) @ scl(0.3, 0.16, 0.22), 0, "body"),
        sphere(1.0, at(0.2, 0.15, 0.02) @ rot("z", 12) @ scl(0.26, 0.07, 0.15), 0),
        sphere(1.0, at(0.05, 0.19, -0.05) @ scl(0.2, 0.1, 0.15), 0),
        sphere(1.0, at(-0.12, 0.06, 0.14) @ rot("y", 30) @ scl(0.09, 0.045, 0.045), 1),
        tube([(0.0, 0.12, -0.08), (0.02, 0.03, -0.14)], 0.03, slot=1),
        tube([(-0.08, 0.25, -0.12), (-0.1, 0.36, -0.16)], 0.04, slot=1),
    ]
    del rng
    return parts


def _kidney(rng: Rng) -> list[Part]:
    """A kidney standing on its edge: a bean curled round its hilum, where the artery, the
    vein and the ureter leave it."""
    arc = [(0.05 - 0.1 * np.sin(a), 0.3 + 0.17 * np.cos(a), 0.0) for a in np.linspace(-1.6, 1.6, 7)]
    parts = [tube(arc, [0.08, 0.13, 0.145, 0.14, 0.145, 0.13, 0.08], slot=0, tag="body")]
    parts[0] = parts[0].moved(scl(1, 1, 0.7))
    hilum = (0.12, 0.3, 0.0)
    for dy, r, to in ((0.05, 0.028, (0.3, 0.42, 0)), (0.0, 0.03, (0.3, 0.3, 0.04)),
                      (-0.05, 0.02, (0.2, -0.0, 0.0))):  # fmt: skip
        parts.append(tube([(hilum[0] - 0.03, hilum[1] + dy, 0), to], r, slot=1))
    del rng
    return parts


def _lungs(rng: Rng) -> list[Part]:
    """A pair of lungs: two tall lobed halves, round at the base and narrowing to the apex, the
    windpipe ringed with cartilage above them, forking into a bronchus for each."""
    parts = []
    for s in (-1, 1):
        prof = [(0.0, 0.0), (0.15, 0.03), (0.17, 0.2), (0.13, 0.42), (0.06, 0.56), (0.0, 0.6)]
        parts.append(
            lathe(prof, at(s * 0.16, 0.02, 0) @ scl(1, 1, 0.75), 0, "body" if s < 0 else "")
        )
        parts.append(
            tube([(s * 0.02, 0.5, 0), (s * 0.1, 0.42, 0), (s * 0.14, 0.34, 0)], 0.03, slot=1)
        )
    parts.append(cylinder(0.04, 0.04, 0.32, at(0, 0.5, 0), 1))  # the windpipe
    for y in np.linspace(0.56, 0.8, 6):
        parts.append(torus(0.043, 0.008, at(0, float(y), 0), 1))
    del rng
    return parts


def _stomach(rng: Rng) -> list[Part]:
    """A stomach: a J-shaped bag, full and round at the top, curving down and across to its
    narrow outlet, the gullet entering at the top."""
    curve = [(-0.12, 0.48, 0), (-0.16, 0.34, 0), (-0.1, 0.18, 0), (0.05, 0.1, 0), (0.2, 0.16, 0),
             (0.27, 0.26, 0)]  # fmt: skip
    parts = [tube(curve, [0.12, 0.16, 0.15, 0.11, 0.07, 0.045], slot=0, tag="body")]
    parts.append(tube([(-0.02, 0.5, 0), (0.02, 0.62, 0), (0.0, 0.78, 0)], 0.035, slot=0))
    parts.append(tube([(0.26, 0.25, 0), (0.32, 0.2, 0), (0.34, 0.1, 0)], 0.04, slot=0))
    del rng
    return parts


def _intestines(rng: Rng) -> list[Part]:
    """The intestines: the small bowel coiled in loops, framed on three sides by the wider
    large bowel."""
    frame = [(-0.3, 0.05, 0.0), (-0.32, 0.55, 0.0), (0.0, 0.62, 0.0), (0.32, 0.55, 0.0),
             (0.3, 0.08, 0.0), (0.12, 0.02, 0.0)]  # fmt: skip
    parts = [tube(frame, 0.07, slot=0, tag="body")]
    for i in range(5):  # loops of the small bowel
        y = 0.14 + 0.085 * i
        loop = [
            (-0.2 + 0.4 * t, y + 0.04 * np.sin(t * 9 + i), 0.05 * np.cos(t * 9 + i))
            for t in np.linspace(0, 1, 9)
        ]
        parts.append(tube(loop if i % 2 else loop[::-1], 0.042, slot=0))
    del rng
    return parts


def _bullet(rng: Rng) -> list[Part]:
    """A cartridge standing on its base: the brass case with its rim and the copper bullet's
    rounded point set into its mouth."""
    case = [(0.0, 0.0), (0.1, 0.0), (0.1, 0.03), (0.085, 0.04), (0.095, 0.06), (0.095, 0.55),
            (0.0, 0.55)]  # fmt: skip
    tip = [(0.0, 0.0), (0.082, 0.0), (0.082, 0.12), (0.07, 0.25), (0.035, 0.36), (0.0, 0.39)]
    del rng
    return [
        lathe(case, None, 0, "body"),
        lathe(tip, at(0, 0.5, 0), 1),
        cylinder(0.03, 0.03, 0.006, at(0, -0.003, 0), "marking"),  # the primer
    ]


def _chimney(rng: Rng) -> list[Part]:
    """A chimney stack: a square brick stack with a capping band near the top and two
    chimney pots."""
    parts = [box(0.5, 1.1, 0.32, None, 0, "body"), box(0.58, 0.08, 0.4, at(0, 1.06, 0), 1)]
    for x in (-0.12, 0.12):
        pot = [(0.0, 0.0), (0.08, 0.0), (0.065, 0.22), (0.075, 0.25), (0.06, 0.25), (0.0, 0.1)]
        parts.append(lathe(pot, at(x, 1.12, 0), 1))
        parts.append(cylinder(0.05, 0.05, 0.01, at(x, 1.36, 0), "marking"))
    del rng
    return parts


def cliff(rng: Rng) -> list[Part]:
    """A cliff: a sheer, jagged face of rock strata stepping back as they rise, a flat grassy
    top, and fallen boulders at its foot."""
    face = [(0.35, 0.0)]
    y = 0.0
    while y < 1.05:  # the face seen side on: each stratum juts or steps back a little
        h = float(rng.uniform(0.12, 0.22))
        x = 0.3 - 0.1 * y + float(rng.uniform(-0.04, 0.04))
        face += [(x, y + 0.02), (x + float(rng.uniform(0.0, 0.04)), y + h - 0.02)]
        y += h
    outline = [*face, (0.22, y), (-0.35, y), (-0.35, 0.0)]
    turn = rot("y", -90)  # the face towards the viewer
    parts = [slab(outline, 1.2, turn, 0, "body")]
    for x in (-0.35, 0.3):  # buttresses break the face up
        jut = [(p[0] + 0.06, p[1] * 0.8) for p in outline]
        parts.append(slab(jut, 0.25, at(x, 0, 0) @ turn, 0))
    parts.append(box(1.2, 0.04, 0.52, at(0, y, -0.05), "vine"))
    for _ in range(4):
        x, z = float(rng.uniform(-0.5, 0.5)), float(rng.uniform(0.42, 0.55))
        parts.append(sphere(1.0, at(x, 0.04, z) @ scl(0.08, 0.06, 0.07), 0))
    return parts


def _steeple(rng: Rng) -> list[Part]:
    """A church steeple: a square stone tower, the belfry at its top open in arches round its
    bell, and a tall slender eight-sided spire with a cross on its point."""
    parts = [box(0.42, 1.0, 0.42, None, 0, "body"), box(0.48, 0.05, 0.48, at(0, 1.0, 0), 0)]
    for y in (0.35, 0.65):  # narrow windows down the tower
        for k in range(4):
            parts.append(box(0.06, 0.14, 0.02, rot("y", 90 * k) @ at(0, y, 0.21), "window"))
    for cx, cz in ((-1, -1), (-1, 1), (1, -1), (1, 1)):  # the belfry's corner piers
        parts.append(box(0.1, 0.36, 0.1, at(cx * 0.16, 1.05, cz * 0.16), 0))
    parts.append(box(0.44, 0.06, 0.44, at(0, 1.41, 0), 0))
    bell = [(0.0, 0.0), (0.09, 0.0), (0.07, 0.06), (0.05, 0.16), (0.0, 0.18)]
    parts.append(lathe(bell, at(0, 1.14, 0), 1))
    spire = [(0.0, 0.0), (0.2, 0.0), (0.0, 1.1)]
    parts.append(lathe(spire, at(0, 1.47, 0) @ rot("y", 22.5), 0))
    parts.append(stick((0, 2.5, 0), (0, 2.74, 0), 0.012, 1))  # the cross
    parts.append(stick((-0.07, 2.66, 0), (0.07, 2.66, 0), 0.012, 1))
    del rng
    return parts


def _missile(rng: Rng) -> list[Part]:
    """A missile standing on its tail: a long slender body, the pointed warhead in its own
    colour, a cross of small fins at its middle and larger ones at its tail."""
    body = [(0.0, 0.0), (0.075, 0.0), (0.08, 0.05), (0.08, 1.25), (0.0, 1.25)]
    nose = [(0.0, 0.0), (0.08, 0.0), (0.07, 0.12), (0.04, 0.25), (0.0, 0.33)]
    parts = [lathe(body, None, 0, "body"), lathe(nose, at(0, 1.25, 0), 1)]
    for k in range(4):
        turn = rot("y", 90 * k + 45)
        parts.append(
            slab(
                [(0.0, 0.0), (0.2, 0.0), (0.2, 0.08), (0.0, 0.3)],
                0.012,
                turn @ at(0.07, 0.02, 0),
                1,
            )
        )
        parts.append(
            slab(
                [(0.0, 0.0), (0.08, 0.04), (0.08, 0.1), (0.0, 0.2)],
                0.01,
                turn @ at(0.07, 0.7, 0),
                1,
            )
        )
    parts.append(torus(0.08, 0.006, at(0, 1.2, 0), "marking"))
    del rng
    return parts


def _on_ball(r: float, pts) -> list[tuple[float, float, float]]:
    """Points pushed out onto a ball of radius r centred at (0, r, 0)."""
    out = []
    for q in pts:
        q = np.asarray(q, float)
        q = q / max(float(np.linalg.norm(q)), 1e-9) * r
        out.append((float(q[0]), float(q[1]) + r, float(q[2])))
    return out


def _seam(r: float) -> list[tuple[float, float, float]]:
    """The one curved seam round a baseball or a tennis ball (two lobes meeting)."""
    t = np.linspace(0, 2 * np.pi, 41)
    a, b = 0.7, 0.3
    pts = np.stack([a * np.cos(t) + b * np.cos(3 * t), a * np.sin(t) - b * np.sin(3 * t),
                    2 * np.sqrt(a * b) * np.sin(2 * t)], 1)  # fmt: skip
    return _on_ball(r * 1.004, pts)


def _american_football(rng: Rng) -> list[Part]:
    """An American football lying on its side: a pointed leather spheroid and the white laces
    along its top."""
    prof = [(0.0, -0.42), (0.1, -0.33), (0.2, -0.15), (0.23, 0.0), (0.2, 0.15), (0.1, 0.33),
            (0.0, 0.42)]  # fmt: skip
    lie = at(0, 0.23, 0) @ rot("z", 90)
    parts = [lathe(prof, lie, 0, "body")]
    parts.append(tube([(-0.13, 0.455, 0), (0.13, 0.455, 0)], 0.01, slot="tooth"))
    for x in np.linspace(-0.1, 0.1, 6):
        parts.append(tube([(x, 0.452, -0.03), (x, 0.458, 0.03)], 0.007, slot="tooth"))
    del rng
    return parts


def _soccer_ball(rng: Rng) -> list[Part]:
    """A football (soccer): a white ball with black pentagon patches where an icosahedron's
    corners would be."""
    r = 0.3
    parts = [sphere(r, at(0, r, 0), 0, "body")]
    g = (1 + 5**0.5) / 2
    corners = [(0, 1, g), (0, -1, g), (0, 1, -g), (0, -1, -g), (1, g, 0), (-1, g, 0), (1, -g, 0),
               (-1, -g, 0), (g, 0, 1), (-g, 0, 1), (g, 0, -1), (-g, 0, -1)]  # fmt: skip
    theta, out, inner = 0.33, r * 1.006, r * 0.97
    cap = [(0.0, out)] + [(out * np.sin(a), out * np.cos(a)) for a in (theta / 2, theta)]
    cap += [(inner * np.sin(theta), inner * np.cos(theta)), (0.0, inner)]
    for c in corners:  # each patch a cap of the ball's own curve
        parts.append(lathe(cap, at(0, r, 0) @ align(c), "marking"))
    del rng
    return parts


def _basketball(rng: Rng) -> list[Part]:
    """A basketball: an orange pebbled ball, its black seams round the middle, over the top
    and curving down each side."""
    r = 0.3
    parts = [sphere(r, at(0, r, 0), 0, "body")]
    parts.append(torus(r * 1.005, 0.007, at(0, r, 0), "marking"))
    parts.append(torus(r * 1.005, 0.007, at(0, r, 0) @ rot("x", 90), "marking"))
    for s in (-1, 1):
        t = np.linspace(-1.2, 1.2, 13)
        pts = [(s * 0.55, np.sin(u), np.cos(u) * 0.9) for u in t]
        parts.append(tube(_on_ball(r * 1.005, pts), 0.007, slot="marking"))
    del rng
    return parts


def _seamed_ball(r: float, seam: float, slot: str) -> list[Part]:
    """A ball of radius r and its one curved seam (``seam`` thick) in ``slot``."""
    return [sphere(r, at(0, r, 0), 0, "body"), tube(_seam(r), seam, slot=slot)]


def _baseball(rng: Rng) -> list[Part]:
    """A baseball: a white leather ball and its red stitched seam."""
    del rng
    return _seamed_ball(0.22, 0.006, "card-red")


def _tennis_ball(rng: Rng) -> list[Part]:
    """A tennis ball: a fuzzy yellow-green ball and its white curved seam."""
    del rng
    return _seamed_ball(0.2, 0.01, "snow")


def _cheese(rng: Rng) -> list[Part]:
    """A cheese: a wheel with a wedge cut out of it, its rind in the second stuff, holes in
    the cut faces, the wedge lying beside it."""
    wheel = [(0.0, 0.0), (0.42, 0.0), (0.44, 0.06), (0.44, 0.2), (0.42, 0.26), (0.0, 0.26)]
    parts = [lathe(wheel, scl(1, 1, 1), 1, "body")]
    wedge = [(0.0, 0.0), (0.46, -0.14), (0.46, 0.14)]
    parts.append(slab(wedge, 0.25, at(0.2, 0.125, 0.62) @ rot("x", 90) @ rot("z", -20), 0))
    for _ in range(6):  # holes in the wedge's top
        x, z = float(rng.uniform(0.3, 0.5)), float(rng.uniform(0.55, 0.7))
        parts.append(sphere(1.0, at(x, 0.25, z) @ scl(0.03, 0.012, 0.03), "marking"))
    return parts


def _crutch(rng: Rng) -> list[Part]:
    """A crutch standing: two rails bowed apart and meeting at the bottom in one leg with a
    rubber foot, the padded rest at the top and the hand grip between the rails."""
    parts = []
    for s in (-1, 1):
        parts.append(tube([(0, 0.5, 0), (s * 0.07, 0.9, 0), (s * 0.06, 1.32, 0)], 0.016, slot=0,
                          tag="body" if s < 0 else ""))  # fmt: skip
    parts.append(stick((0, 0.06, 0), (0, 0.52, 0), 0.018, 0))
    parts.append(cylinder(0.028, 0.03, 0.07, None, "marking"))  # the foot
    parts.append(tube([(-0.1, 1.34, 0), (0.1, 1.34, 0)], 0.035, slot=1))  # the rest
    parts.append(tube([(-0.075, 0.9, 0), (0.075, 0.9, 0)], 0.02, slot=1))  # the grip
    del rng
    return parts


def _bagpipe(rng: Rng) -> list[Part]:
    """Bagpipes: a plump tartan bag, the blowpipe rising from it, the chanter hanging below
    and three drones over the shoulder, tied with cords and tasselled."""
    parts = [sphere(1.0, at(0, 0.35, 0) @ rot("z", 20) @ scl(0.32, 0.24, 0.2), 0, "body")]
    parts.append(stick((-0.15, 0.42, 0.05), (-0.32, 0.6, 0.1), 0.015, 1))  # the blowpipe
    parts.append(stick((0.05, 0.18, 0.05), (0.1, -0.15, 0.1), 0.018, 1))  # the chanter
    parts.append(cylinder(0.02, 0.03, 0.05, at(0.1, -0.2, 0.1), 1))
    for k, (x, h) in enumerate(((0.05, 0.75), (0.12, 0.65), (0.19, 0.55))):
        a, b = (x, 0.48, -0.05), (x + 0.22, 0.48 + h, -0.05 - 0.03 * k)
        parts.append(stick(a, b, 0.016, 1))
        parts.append(cylinder(0.028, 0.028, 0.06, at(*b) @ align(tuple(np.subtract(b, a))), 1))
    parts.append(tube([(0.05, 0.9, -0.05), (0.15, 0.95, 0.0), (0.26, 0.9, -0.08)], 0.006,
                      slot="card-red"))  # fmt: skip
    del rng
    return parts


def _backpack(rng: Rng) -> list[Part]:
    """A backpack standing: a plump rounded sack, its top flap with two buckled straps, a
    front pocket, the shoulder straps looping down its back and a carrying loop."""
    parts = [
        sphere(1.0, at(0, 0.34, 0) @ scl(0.26, 0.34, 0.15), 0, "body"),
        box(0.34, 0.12, 0.2, None, 0),  # its flat bottom
        sphere(1.0, at(0, 0.56, 0.035) @ scl(0.245, 0.13, 0.14), 1),  # the flap
        sphere(1.0, at(0, 0.2, 0.12) @ scl(0.17, 0.12, 0.07), 1),  # the front pocket
    ]
    for x in (-0.1, 0.1):
        parts.append(tube([(x, 0.62, 0.12), (x, 0.5, 0.17), (x, 0.38, 0.155)], 0.012, slot=1))
        parts.append(box(0.04, 0.035, 0.02, at(x, 0.38, 0.16), "steel"))  # buckles
        parts.append(tube([(x, 0.6, -0.12), (x * 1.3, 0.35, -0.22), (x, 0.06, -0.12)], 0.025,
                          slot=1))  # fmt: skip
    parts.append(torus(0.04, 0.01, at(0, 0.69, -0.04) @ rot("x", 90), 1))
    del rng
    return parts


def _needle(rng: Rng) -> list[Part]:
    """A sewing needle standing on its point, slanted: a long thin steel shaft, the eye open
    at its head and a red thread through it, curling down to the ground."""
    tip, head = v3(-0.05, 0.0, 0.0), v3(0.2, 1.1, 0.0)
    parts = [tube([tip, tip + (head - tip) * 0.08, head], [0.0, 0.012, 0.014], slot=0, tag="body")]
    axis = (head - tip) / np.linalg.norm(head - tip)
    eye = head - axis * 0.06
    ring = at(*eye) @ align(tuple(axis)) @ rot("z", 90) @ scl(0.6, 1.0, 1.6)
    parts.append(torus(0.018, 0.006, ring, 0))
    thread = [eye + v3(0, 0, 0.02), eye + v3(0.15, -0.05, 0.08), (0.4, 0.5, 0.12), (0.35, 0.15, 0.0),
              (0.55, 0.01, -0.1)]  # fmt: skip
    parts.append(tube(thread, 0.006, slot="card-red"))
    del rng
    return parts


def _thimble(rng: Rng) -> list[Part]:
    """A thimble: a small metal cup, open underneath, rounded on top, dimpled all over and
    rolled at its rim."""
    prof = [(0.0, 0.0), (0.17, 0.0), (0.16, 0.3), (0.12, 0.4), (0.0, 0.43), (0.0, 0.4), (0.1, 0.37),
            (0.14, 0.28), (0.15, 0.02), (0.0, 0.02)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body"), torus(0.17, 0.015, at(0, 0.01, 0), 0)]
    for row, y in enumerate(np.linspace(0.08, 0.3, 6)):
        r = 0.172 - 0.008 * (y / 0.3)
        for k in range(14):
            a = 2 * np.pi * (k + 0.5 * (row % 2)) / 14
            parts.append(sphere(0.011, at(r * np.cos(a), y, r * np.sin(a)), "marking"))
    del rng
    return parts


def _safety_pin(rng: Rng) -> list[Part]:
    """A safety pin lying on its side: one steel wire coiled at one end, the pin running along
    to the clasp that shields its point at the other."""
    lie = at(0, 0.04, 0) @ rot("x", 90)
    parts = [
        tube([(-0.45, 0.0, 0.0), (0.38, 0.0, 0.0)], 0.012, lie, 0, "body"),  # the pin
        tube([(-0.45, 0.1, 0.0), (0.38, 0.1, 0.0)], 0.012, lie, 0),  # the back
        torus(0.05, 0.012, lie @ at(-0.47, 0.05, 0.0) @ rot("x", 90), 0),  # the coil
        box(0.14, 0.05, 0.14, lie @ at(0.4, 0.02, 0.0) @ rot("x", -90), 0),  # the clasp
    ]
    del rng
    return parts


def _fishbowl(rng: Rng) -> list[Part]:
    """A round glass fishbowl: the clear bowl open at its flared lip, water filling it most of
    the way, pebbles on the bottom and a goldfish swimming inside."""
    bowl = [(0.0, 0.0), (0.2, 0.0), (0.36, 0.15), (0.38, 0.3), (0.3, 0.5), (0.24, 0.56), (0.27, 0.6),
            (0.25, 0.6), (0.22, 0.56), (0.28, 0.5), (0.35, 0.3), (0.33, 0.15), (0.19, 0.02),
            (0.0, 0.02)]  # fmt: skip
    water = [(0.0, 0.025), (0.19, 0.025), (0.33, 0.16), (0.345, 0.3), (0.31, 0.42), (0.0, 0.42)]
    parts = [lathe(bowl, None, 0, "body"), lathe(water, None, 1)]
    for _ in range(12):  # pebbles
        a, r = rng.uniform(0, 2 * np.pi), rng.uniform(0.0, 0.17)
        parts.append(
            sphere(1.0, at(r * np.cos(a), 0.04, r * np.sin(a)) @ scl(0.03, 0.02, 0.03), "soil")
        )
    fish = at(0.05, 0.24, 0.0) @ rot("y", 30)
    parts.append(sphere(1.0, fish @ scl(0.05, 0.04, 0.09), "fruit-orange"))
    parts.append(cylinder(0.0, 0.045, 0.06, fish @ at(0, 0, -0.08) @ rot("x", -90), "fruit-orange"))
    return parts


def _scarf(rng: Rng) -> list[Part]:
    """A knitted scarf lying in loose loops: a long flat band striped in its two colours,
    fringed at both ends."""
    t = np.linspace(0.0, 1.0, 25)
    path = [(0.8 * (u - 0.5), 0.03 + 0.02 * np.sin(9 * u), 0.25 * np.sin(2 * np.pi * u * 1.3))
            for u in t]  # fmt: skip
    flat = np.array([[-1.0, -0.2], [1.0, -0.2], [1.0, 0.2], [-1.0, 0.2]])
    parts = []
    parts = [tube(path, 0.09, slot=0, tag="body", shape=flat)]
    for i in range(2, len(path) - 3, 4):  # its stripes, a little proud of the band
        parts.append(tube(path[i : i + 2], 0.095, slot=1, shape=flat * (1.0, 1.3)))
    for end, sign in ((path[0], -1), (path[-1], 1)):
        for k in range(6):  # the fringe
            dz = -0.07 + 0.028 * k
            fringe = [(end[0], 0.02, end[2] + dz), (end[0] + sign * 0.1, 0.01, end[2] + dz)]
            parts.append(tube(fringe, 0.006, slot=1))
    del rng
    return parts


def _violin_case(rng: Rng) -> list[Part]:
    """A violin case standing on its edge: a hard shell shaped to the instrument, round at the
    body's end and narrow at the neck's, a seam round its middle, the handle and two clasps."""
    outline = [(-0.5, 0.0), (-0.48, 0.12), (-0.36, 0.2), (-0.1, 0.2), (0.1, 0.13), (0.5, 0.09),
               (0.56, 0.05), (0.56, -0.05), (0.5, -0.09), (0.1, -0.13), (-0.1, -0.2),
               (-0.36, -0.2), (-0.48, -0.12)]  # fmt: skip
    up = at(0, 0.2, 0)
    parts = [slab(outline, 0.16, up, 0, "body"), slab(outline, 0.02, up @ scl(1.01, 1.04, 1), 1)]
    parts.append(
        tube([(-0.12, 0.41, 0), (-0.07, 0.45, 0), (0.07, 0.45, 0), (0.12, 0.41, 0)], 0.018, slot=1)
    )
    for x in (-0.3, 0.25):
        parts.append(box(0.05, 0.04, 0.04, at(x, 0.36 if x < 0 else 0.3, 0.08), "steel"))
    del rng
    return parts


def _razor(rng: Rng) -> list[Part]:
    """A straight razor lying open: the steel blade with its rounded spine and its edge
    glinting, the pivot pin, and the handle's two scales swung out behind it."""
    blade = [(0.0, 0.0), (0.32, 0.0), (0.36, 0.03), (0.36, 0.09), (0.03, 0.1), (-0.02, 0.06)]
    lie = at(0, 0.012, 0) @ rot("x", 90)
    parts = [slab(blade, 0.012, lie @ at(0.02, -0.05, 0), 0, "body")]
    parts.append(cylinder(0.012, 0.012, 0.03, at(0.0, 0.0, 0.0), "steel"))  # the pin
    handle = [(0.0, 0.0), (-0.4, -0.01), (-0.42, 0.03), (-0.4, 0.06), (0.0, 0.05)]
    parts.append(slab(handle, 0.02, lie @ at(0.0, -0.02, 0) @ rot("z", 35), 1))
    del rng
    return parts


def _wristwatch(rng: Rng) -> list[Part]:
    """A wristwatch standing on its strap: the round case and its crown, the face with its
    hour marks and two hands, the strap closed in a loop beneath it."""
    face = at(0, 0.42, 0) @ rot("x", 90)
    parts = [
        cylinder(0.17, 0.17, 0.06, face @ at(0, -0.03, 0), 0, "body"),  # the case
        cylinder(0.15, 0.15, 0.005, face @ at(0, 0.03, 0), "sclera"),  # the face
        cylinder(0.02, 0.02, 0.04, at(0.18, 0.42, 0) @ rot("z", 90), 0),  # the crown
        torus(
            0.27, 0.03, at(0, 0.27, -0.04) @ rot("x", 90) @ scl(0.62, 1.0, 1.0) @ scl(1, 3.2, 1), 1
        ),
    ]
    for k in range(12):  # the hour marks
        a = 2 * np.pi * k / 12
        parts.append(box(0.012, 0.03, 0.006, at(0.12 * np.sin(a), 0.42 + 0.12 * np.cos(a), 0.035)
                         @ rot("z", -np.degrees(a)), "marking"))  # fmt: skip
    parts.append(box(0.012, 0.09, 0.006, at(0.03, 0.46, 0.04) @ rot("z", -35), "marking"))
    parts.append(box(0.01, 0.12, 0.006, at(-0.04, 0.47, 0.045) @ rot("z", 40), "marking"))
    del rng
    return parts


def _handbag(rng: Rng) -> list[Part]:
    """A handbag standing: a soft body wider at its base, a flap closed by a clasp, the
    handle arching over it."""
    outline = [(-0.36, 0.0), (0.36, 0.0), (0.38, 0.05), (0.3, 0.42), (-0.3, 0.42), (-0.38, 0.05)]
    parts = [slab(outline, 0.18, None, 0, "body")]
    flap = [(-0.31, 0.42), (0.31, 0.42), (0.3, 0.3), (0.1, 0.2), (-0.1, 0.2), (-0.3, 0.3)]
    parts.append(slab(flap, 0.02, at(0, 0, 0.1), 1))
    parts.append(box(0.06, 0.05, 0.03, at(0, 0.19, 0.11), "steel"))  # the clasp
    handle = [
        (-0.2, 0.42, 0.0),
        (-0.16, 0.62, 0.0),
        (0.0, 0.68, 0.0),
        (0.16, 0.62, 0.0),
        (0.2, 0.42, 0.0),
    ]
    parts.append(tube(handle, 0.02, slot=1))
    del rng
    return parts


def _pet_carrier(rng: Rng) -> list[Part]:
    """A pet carrier: a plastic box with rounded edges, air slots along its sides, a wire
    grille door at its front (open, a pet looking out of it, when one is in it) and a handle on
    top."""
    parts = [box(0.5, 0.42, 0.8, None, 0, "body"), box(0.54, 0.04, 0.84, at(0, 0.2, 0), 0)]
    for z in np.linspace(-0.25, 0.25, 5):  # air slots
        for x in (-0.252, 0.252):
            parts.append(box(0.006, 0.14, 0.04, at(x, 0.14, float(z)), "pupil"))
    # the door: the dark inside behind a wire grille (tagged lid: open, with a pet in it)
    door = at(0, 0.2, 0.405)
    parts.append(box(0.38, 0.34, 0.01, door @ at(0, -0.17, 0), "pupil", "lid"))
    for x in np.linspace(-0.16, 0.16, 7):
        parts.append(stick((float(x), 0.04, 0.415), (float(x), 0.36, 0.415), 0.008, "steel", "lid"))
    for y in (0.1, 0.2, 0.3):
        parts.append(stick((-0.18, y, 0.415), (0.18, y, 0.415), 0.008, "steel", "lid"))
    parts.append(
        tube([(0, 0.42, -0.15), (0, 0.52, -0.05), (0, 0.52, 0.05), (0, 0.42, 0.15)], 0.025, slot=1)
    )
    del rng
    return parts


def _icicles(rng: Rng) -> list[Part]:
    """Icicles hanging point-down from a ledge of ice: one long spear and smaller ones beside
    it, each rippled as it froze drip by drip."""
    parts = [box(0.7, 0.08, 0.22, at(0, 1.0, 0), 0, "body")]
    for x, length in ((0.0, 0.95), (-0.2, 0.55), (0.18, 0.7), (-0.32, 0.3), (0.3, 0.4)):
        r = 0.03 + 0.05 * length
        prof = [(0.0, 0.0)] + [(r * t * (1.0 + 0.12 * np.sin(14 * t + x * 9)), length * t)
                               for t in np.linspace(0.15, 1.0, 7)] + [(0.0, length)]  # fmt: skip
        parts.append(lathe(prof, at(x, 1.0 - length, float(rng.uniform(-0.04, 0.04))), 0))
    return parts


def _shelf(rng: Rng) -> list[Part]:
    """A wall shelf: one board on two iron brackets, holding a few books leaning together and
    a small pot."""
    parts = [box(0.9, 0.04, 0.22, at(0, 0.5, 0), 0, "body")]
    for x in (-0.32, 0.32):
        bracket = [(0.0, 0.0), (0.0, 0.18), (0.18, 0.18)]
        parts.append(slab(bracket, 0.02, at(x, 0.32, -0.1) @ rot("y", -90), 1))
    x = -0.38
    for k in range(5):  # books standing on it
        w, h = float(rng.uniform(0.035, 0.06)), float(rng.uniform(0.2, 0.28))
        parts.append(
            box(
                w,
                h,
                0.17,
                at(x + w / 2, 0.54, 0.0),
                ("card-red", "pages", "marking", 1, "card-red")[k],
            )
        )
        x += w + 0.004
    parts.append(
        lathe([(0.0, 0.0), (0.05, 0.0), (0.07, 0.1), (0.0, 0.1)], at(0.25, 0.54, 0), "soil")
    )
    return parts


def _mitten(rng: Rng) -> list[Part]:
    """A knitted mitten standing on its cuff: the rounded mitt holding the four fingers
    together, the thumb apart, a ribbed cuff in the second colour."""
    parts = [
        sphere(1.0, at(0, 0.5, 0) @ scl(0.2, 0.3, 0.09), 0, "body"),  # the mitt
        tube(
            [(0.14, 0.35, 0.0), (0.24, 0.48, 0.0), (0.25, 0.56, 0.0)], [0.065, 0.06, 0.05], slot=0
        ),
        cylinder(0.16, 0.17, 0.24, at(0, 0.0, 0) @ scl(1, 1, 0.55), 1),  # the cuff
    ]
    for k in range(10):  # the cuff's ribs
        a = 2 * np.pi * k / 10
        parts.append(
            box(0.015, 0.22, 0.015, at(0.165 * np.cos(a), 0.01, 0.165 * 0.55 * np.sin(a)), 1)
        )
    del rng
    return parts


def _sausages(rng: Rng) -> list[Part]:
    """A string of sausages: plump links, each pinched at its twist into the next, lying in
    a loose curve."""
    parts = []
    t = np.linspace(0, 1, 6)
    centres = [(-0.6 + 1.2 * u, 0.09, 0.3 * np.sin(np.pi * u * 1.5)) for u in t]
    for i in range(len(centres) - 1):
        a, b = np.array(centres[i]), np.array(centres[i + 1])
        link = [a + (b - a) * f for f in (0.0, 0.12, 0.5, 0.88, 1.0)]
        radii = [0.025, 0.07, 0.085, 0.07, 0.025]
        parts.append(tube(link, radii, slot=0, tag="body" if i == 0 else ""))
    del rng
    return parts


def _skis(rng: Rng) -> list[Part]:
    """A pair of skis lying side by side: long narrow planks with their tips curled up, a
    binding on each, and the two poles across them."""
    flat = np.array([[-1.0, -0.12], [1.0, -0.12], [1.0, 0.12], [-1.0, 0.12]])
    parts = []
    for x in (-0.1, 0.1):
        path = [(x, 0.02, -0.8), (x, 0.02, 0.5), (x, 0.05, 0.75), (x, 0.14, 0.85)]
        parts.append(tube(path, 0.045, slot=0, tag="body" if x < 0 else "", shape=flat))
        parts.append(box(0.07, 0.05, 0.22, at(x, 0.025, -0.05), 1))  # the binding
    for x in (-0.35, 0.35):
        parts.append(stick((x, 0.02, -0.7), (x * 0.4, 0.05, 0.6), 0.012, "steel"))
        parts.append(torus(0.05, 0.008, at(x * 0.95, 0.03, -0.6), "marking"))
    del rng
    return parts


def _hedge(rng: Rng) -> list[Part]:
    """A clipped hedge: a long, flat-topped wall of leaves, its top and ends rounded by the
    shears, a few stems showing at its foot."""
    parts = [box(1.6, 0.6, 0.42, at(0, 0.04, 0), 0, "body")]
    parts.append(tube([(-0.8, 0.64, 0.0), (0.8, 0.64, 0.0)], 0.21, slot=0))  # its rounded top
    for x in (-0.8, 0.8):
        parts.append(sphere(1.0, at(x, 0.34, 0) @ scl(0.1, 0.3, 0.21), 0))
    for x in np.linspace(-0.6, 0.6, 5):
        parts.append(stick((float(x), 0.0, 0.0), (float(x), 0.08, 0.0), 0.03, 1))
    del rng
    return parts


MORE_APPLIANCES = {
    66: _treadmill, 67: _roller_coaster, 68: _metronome, 69: _cassette, 70: _accordion,
    71: _handcuffs, 72: punching_bag, 73: _boxing_glove, 74: _golf_club, 75: _water_tower,
    76: _tesla_coil, 77: _igloo, 78: _cement_mixer, 79: _sawhorse, 80: _jukebox, 81: _gurney,
    82: _parking_meter, 83: _oil_lamp, 84: _brazier, 89: _kayak, 90: _hand_plane,
    91: _jackhammer, 92: _generator, 93: _vise, 94: _girder, 95: _scaffolding, 96: _porta_potty,
    97: _tower_crane, 98: _snowshoe, 99: _lumber, 100: _pallet, 101: _brain, 102: _syringe,
    103: _test_tubes, 104: _iv_stand, 105: _defibrillator, 106: _lightbox, 107: _spinning_wheel,
    108: _portcullis, 109: _paper_lantern, 110: _torii, 111: _stone_lantern, 112: _daruma,
    113: _hand_mirror, 114: _beaker, 115: _scalpel, 116: _pill_bottle, 117: _tusk, 118: _auger,
    119: _ski_lift, 120: _workbench, 121: _circular_saw, 122: _canopic_jar,
    123: _eagle_standard, 124: _operating_table, 125: _longhouse, 126: _drinking_horn,
    127: _woodpile, 128: gas_pump, 129: _geiger_counter, 130: _shopping_cart, 131: _hookah,
    132: _loom, 133: _totem_pole, 134: _sandbags, 136: _handsaw, 137: _power_drill,
    138: _tape_measure, 140: _road_barrier, 141: _cable_spool, 144: _luggage_trolley,
    145: _buffer_stop, 147: _rail_signal, 148: suitcase, 149: _idol, 152: _sun_stone,
    153: _canteen, 154: _swing_set, 155: _seesaw, 156: _merry_go_round, 157: _jungle_gym,
    158: _spring_rider, 159: _picnic_table, 160: _sandbox, 161: _easel, 162: _palette,
    163: _gondola, 164: _ceiling_fan, 165: _manhole, 166: _ashtray, 167: _news_stand,
    168: _kite, 169: _arcade_cabinet, 170: _pinball, 171: _claw_machine, 172: _air_hockey,
    173: _foosball, 174: _disco_ball, 175: _periscope, 176: _torpedo, 177: _porthole,
    178: _valve_wheel, 179: _lever, 85: _liver, 86: _kidney, 87: _lungs, 88: _stomach,
    139: _intestines, 142: _bullet, 143: cliff, 146: _chimney, 150: _steeple, 151: _missile,
    180: _american_football, 181: _soccer_ball, 182: _basketball, 183: _baseball,
    184: _tennis_ball, 185: _cheese, 186: _crutch, 187: _bagpipe, 188: _backpack,
    189: _needle, 190: _thimble, 191: _safety_pin, 192: _fishbowl, 193: _scarf,
    194: _violin_case, 195: _razor, 196: _wristwatch, 197: _handbag, 198: _pet_carrier,
    199: _icicles, 200: _shelf, 201: _mitten, 202: _sausages, 203: _skis, 204: _hedge,
}  # fmt: skip
"""The appliances from 66 by the device family's ``appliance``."""


def _rover(rng: Rng) -> list[Part]:
    """A lunar or planetary rover: an open flat chassis on six wire-spoked wheels on rocker
    arms, a dish antenna and a camera mast on top, panels of solar cells along its deck."""
    parts = [box(1.1, 0.08, 0.6, at(0, 0.32, 0), 0, "body")]
    for z in (-0.42, 0.0, 0.42):
        for sx in (-1, 1):
            c = v3(sx * 0.38, 0.16, z)
            parts.append(
                cylinder(0.16, 0.16, 0.1, at(*c) @ rot("z", 90) @ at(0, -0.05, 0), "pupil")
            )
            for a in range(6):  # spokes
                d = v3(0, np.cos(a * np.pi / 3), np.sin(a * np.pi / 3)) * 0.15
                parts.append(stick(tuple(c + v3(sx * 0.06, 0, 0)), tuple(c + v3(sx * 0.06, 0, 0) + d),
                                   0.008, "steel"))  # fmt: skip
            parts.append(stick(tuple(c), (sx * 0.3, 0.32, z * 0.7), 0.02, 1))  # the rocker arm
    parts.append(box(0.9, 0.02, 0.5, at(0, 0.41, 0.05), "window"))  # solar cells
    parts.append(stick((0.3, 0.42, -0.2), (0.3, 0.85, -0.2), 0.02, 1))  # the camera mast
    parts.append(box(0.14, 0.08, 0.1, at(0.3, 0.85, -0.2), 1))
    parts.append(sphere(0.025, at(0.3, 0.89, -0.14), "pupil"))
    dish = at(-0.3, 0.62, -0.15) @ rot("x", -40)
    parts.append(lathe([(0.0, 0.0), (0.16, 0.05), (0.17, 0.06), (0.0, 0.01)], dish, 1))
    parts.append(stick((-0.3, 0.42, -0.15), (-0.3, 0.6, -0.15), 0.015, 1))
    del rng
    return parts


VEHICLES = {
    1: _chariot, 2: _bulldozer, 3: _excavator, 4: _snowmobile, 5: _road_roller,
    6: _railway_carriage, 7: _handcar, 8: _coal_tender, 9: _dump_truck, 10: _mixer_truck,
    11: _rover,
}  # fmt: skip
"""Special vehicles by the wheeled family's ``vehicle``."""
