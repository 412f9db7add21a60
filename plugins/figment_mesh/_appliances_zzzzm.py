"""More of the device family's appliances, from 1305: a melon cut open, a bowl of berries,
crackers, a pulled-up plant's roots, an open pea pod, a roast leg of lamb, a pork chop, a
T-bone steak.

Each stands on y = 0 facing +z (the viewer), its main stuff in the first material.
"""

from __future__ import annotations

import numpy as np

from ._families_a import stick
from ._geometry import Part, at, mesh_part, rot, scl, v3
from ._kit import ball_mesh, grid_skin, loft, plate, rrect, studs
from ._primitives import box, catmull_rom, cylinder, lathe, slab, sphere, tube
from ._shapes import leaf, star

__all__ = ["MORE_APPLIANCES_ZZZZM"]

Rng = np.random.Generator


# ---- shared pieces ---------------------------------------------------------------------------


def _balls(mats, slot, sides: int = 6, rings: int = 1) -> Part:
    """Many small round balls in one part (drupelets, peas, crumbs, seeds, clods): a unit ball
    placed by each 4x4 matrix of ``mats``."""
    v, f = ball_mesh(sides, rings)
    m = np.asarray(mats, float).reshape(-1, 4, 4)
    verts = np.einsum("vk,njk->nvj", v, m[:, :3, :3]) + m[:, None, :3, 3]
    faces = f[None] + (np.arange(len(m)) * len(v))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), faces.reshape(-1, 3), slot)


def _strands(paths, radii, slot, sides: int = 3, tag: str = "") -> Part:
    """Many thin strands in one part (roots, root hairs, needles): paths (S, n, 3) of points,
    radii (S, n) along them, each a ``sides``-sided tube capped at both ends."""
    p = np.asarray(paths, float)
    r = np.broadcast_to(np.asarray(radii, float), p.shape[:2])
    s, n = p.shape[:2]
    t = np.gradient(p, axis=1)
    t /= np.maximum(np.linalg.norm(t, axis=2, keepdims=True), 1e-12)
    chord = p[:, -1] - p[:, 0]
    ref = np.where(np.abs(chord[:, 1:2]) < 0.8 * np.linalg.norm(chord, axis=1, keepdims=True),
                   [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])[:, None, :]  # fmt: skip
    u = ref - t * (t * ref).sum(2, keepdims=True)
    u /= np.maximum(np.linalg.norm(u, axis=2, keepdims=True), 1e-12)
    v = np.cross(t, u)
    a = np.arange(sides) * (2 * np.pi / sides)
    ring = p[:, :, None] + r[:, :, None, None] * (
        np.cos(a)[None, None, :, None] * u[:, :, None]
        + np.sin(a)[None, None, :, None] * v[:, :, None]
    )
    verts = np.concatenate([ring.reshape(s, n * sides, 3), p[:, :1], p[:, -1:]], 1)
    j = np.arange(sides)
    k = (j + 1) % sides
    faces = []
    for i in range(n - 1):
        lo, hi = i * sides, (i + 1) * sides
        faces += [np.stack([lo + j, lo + k, hi + j], 1), np.stack([lo + k, hi + k, hi + j], 1)]
    last = (n - 1) * sides
    faces.append(np.stack([np.full(sides, n * sides), k, j], 1))
    faces.append(np.stack([np.full(sides, n * sides + 1), last + j, last + k], 1))
    f = np.concatenate(faces)
    all_f = f[None] + (np.arange(s) * (n * sides + 2))[:, None, None]
    return mesh_part(verts.reshape(-1, 3), all_f.reshape(-1, 3), slot, tag)


def _outline(ctrl, n: int = 48) -> np.ndarray:
    """A smooth closed outline through control points (x, z): n points."""
    c = np.asarray(ctrl, float)
    return catmull_rom(np.concatenate([c, c[:1]]), n + 1)[:-1]


def _normals(pts: np.ndarray) -> np.ndarray:
    """Outward unit normals of a closed outline (x, z) at its points."""
    tng = np.roll(pts, -1, 0) - np.roll(pts, 1, 0)
    area = np.sum(pts[:, 0] * np.roll(pts[:, 1], -1) - np.roll(pts[:, 0], -1) * pts[:, 1])
    nrm = np.sign(area) * np.stack([tng[:, 1], -tng[:, 0]], 1)
    return nrm / np.maximum(np.linalg.norm(nrm, axis=1, keepdims=True), 1e-12)


def _cushion(
    pts, thick: float, m: np.ndarray, slot=0, tag: str = "", ease: float = 0.3, plain: bool = False
) -> Part:
    """A thick flat piece with rounded rims (a steak, a chop, a cracker, a board): the outline
    pts (x, z) standing from y = 0 to ``thick`` under m, its top and bottom edges eased in by
    ``ease`` of its thickness (only bevelled when ``plain``), its flat top and bottom shaded
    apart from its sides."""
    p = np.asarray(pts, float)
    nrm = _normals(p)
    e = ease * thick
    levels = ((0.0, 0.6 * e + 0.001), (0.0, 0.6 * e), (0.3 * e, 0.1 * e), (thick - 0.8 * e, 0.0),
              (thick - 0.3 * e, 0.25 * e), (thick, e), (thick, e + 0.001))  # fmt: skip
    if plain:  # just the rims: fewer rings round a long outline
        levels = (*levels[:2], (thick / 2, 0.0), *levels[-2:])
    rows = []
    for y, inset in levels:
        q = p - nrm * inset
        rows.append(np.stack([q[:, 0], np.full(len(q), y), q[:, 1]], 1))
    grid = np.stack(rows) @ m[:3, :3].T + m[:3, 3]
    return grid_skin(grid, slot, tag)


def _chords(poly: np.ndarray, p0, d) -> list[tuple[float, float]]:
    """Where the line p0 + t d (x, z) runs inside a closed outline: (t0, t1) spans."""
    a, b = poly, np.roll(poly, -1, 0)
    e = b - a
    den = d[0] * e[:, 1] - d[1] * e[:, 0]
    ok = np.abs(den) > 1e-12
    w = a - np.asarray(p0)
    t = np.where(ok, (w[:, 0] * e[:, 1] - w[:, 1] * e[:, 0]) / np.where(ok, den, 1), np.nan)
    s = np.where(ok, (w[:, 0] * d[1] - w[:, 1] * d[0]) / np.where(ok, den, 1), np.nan)
    hits = np.sort(t[ok & (s >= 0) & (s < 1)])
    return [(float(hits[i]), float(hits[i + 1])) for i in range(0, len(hits) - 1, 2)]


def _grill_marks(poly, y: float, angle: float, gap: float, m: np.ndarray, width=0.016) -> list:
    """Dark seared bars across the top of a piece at height y, within its outline (x, z), at
    ``angle`` degrees and ``gap`` apart."""
    a = np.radians(angle)
    d = np.array([np.cos(a), np.sin(a)])
    nrm = np.array([-d[1], d[0]])
    c = poly.mean(0)
    reach = float(np.max(np.abs((poly - c) @ nrm)))
    parts = []
    for off in np.arange(-reach + gap * 0.6, reach, gap):
        p0 = c + nrm * off
        for t0, t1 in _chords(poly, p0, d):
            if t1 - t0 < 0.03:
                continue
            mid = p0 + d * (t0 + t1) / 2
            bar = m @ at(mid[0], y, mid[1]) @ rot("y", -angle)
            parts.append(box(t1 - t0 - 0.01, 0.004, width, bar, "marking"))
    return parts


def _board(w: float, d: float, t: float, slot=1, tag: str = "") -> Part:
    """A wooden chopping board w × d and t thick with rounded corners lying on the floor."""
    return _cushion(rrect(w, d, 0.06, 5), t, np.eye(4), slot, tag, 0.25)


def _rosemary(a, b, rng: Rng, lift=(0.0, 1.0, 0.0)) -> list[Part]:
    """A sprig of rosemary lying from a to b: a thin woody stem set with narrow dark needles
    in pairs all along it, splaying forward."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    up = np.asarray(lift, float)
    mid = (a + b) / 2 + up * 0.01
    parts = [tube([a, mid, b], [0.005, 0.004, 0.002], None, "cork")]
    axis = (b - a) / np.linalg.norm(b - a)
    side = np.cross(axis, up)
    side /= np.linalg.norm(side)
    paths, radii = [], []
    count = 22
    for i in range(count):
        f = 0.08 + 0.9 * i / count
        root = a + (b - a) * f + up * 0.01 * 4 * f * (1 - f)
        for s in (-1, 1):
            spin = np.radians(s * 70 + float(rng.uniform(-20, 20)) + 35 * (i % 2))
            out = side * np.cos(spin) + up * np.sin(spin) * 0.8
            ln = 0.03 * (0.7 + 0.3 * np.sin(np.pi * f))
            tip = root + (out * 0.8 + axis * 0.55) * ln
            paths.append([root, (root + tip) / 2 + up * 0.002, tip])
            radii.append([0.0035, 0.003, 0.001])
    parts.append(_strands(paths, radii, "vine", 3))
    return parts


# ---- 1305 melon ------------------------------------------------------------------------------


def _sector(t0: float, t1: float, r0: float, n: int, lobes: int = 0) -> np.ndarray:
    """A lathe's cross-section between angles t0 and t1 (degrees): an arc of radius 1 (rippled
    into ``lobes`` ribs) closed through the axis, or back along an arc of radius r0."""
    t = np.radians(np.linspace(t0, t1, n))
    r = 1.0 - 0.035 + 0.035 * np.abs(np.cos(t * lobes / 2)) ** 0.6 if lobes else np.ones(n)
    outer = np.stack([r * np.cos(t), r * np.sin(t)], 1)
    if r0 <= 0:
        return np.concatenate([[[0.0, 0.0]], outer])
    inner = np.stack([r0 * np.cos(t[::-1]), r0 * np.sin(t[::-1])], 1)
    return np.concatenate([outer, inner])


def _melon_profile(R: float, H: float, y0: float = 0.0) -> list[tuple[float, float]]:
    """A round melon's lathe profile: slightly squat, R round and H high."""
    f = np.linspace(0.0, np.pi, 9)
    return [(R * np.sin(a), y0 + H / 2 * (1 - np.cos(a))) for a in f]


def _net(R: float, H: float, lobes: int, skip, rng: Rng) -> Part:
    """The raised corky net over a melon's rind: a mesh of short crooked ridges joining points
    scattered over it (none where ``skip(angle)`` says the rind is cut away)."""
    n = 90
    i = np.arange(n) + 0.5
    phi = np.arccos(1 - 2 * i / n)
    th = np.degrees(i * 2.39996) % 360 + rng.uniform(-6, 6, n)
    dirs = np.stack([np.sin(phi) * np.cos(np.radians(th)), np.cos(phi),
                     np.sin(phi) * np.sin(np.radians(th))], 1)  # fmt: skip
    paths = []
    for a in range(n):
        near = np.argsort(((dirs - dirs[a]) ** 2).sum(1))[1:4]
        for b in near:
            if b < a and a in np.argsort(((dirs - dirs[b]) ** 2).sum(1))[1:4]:
                continue
            if skip(th[a]) or skip(th[b]):
                continue
            pts = []
            for f in (0.0, 0.5, 1.0):
                p = phi[a] + (phi[b] - phi[a]) * f
                dt = (th[b] - th[a] + 180) % 360 - 180
                t = np.radians(th[a] + dt * f)
                rib = 1 - 0.035 + 0.035 * abs(np.cos(t * lobes / 2)) ** 0.6
                rr = R * np.sin(p) * rib + 0.002
                pts.append((rr * np.cos(t), H / 2 * (1 - np.cos(p)) * 1.0, -rr * np.sin(t)))
            paths.append(pts)
    return _strands(paths, 0.0045, 3, 3)


def _melon(rng: Rng) -> list[Part]:
    """A ripe melon with a wedge cut out of it: a big round ribbed melon whose rind is covered
    in a raised corky net, a short stalk on top, the missing wedge facing the viewer so its two
    cut faces show the thin rind, the orange flesh and the seed-filled hollow in the middle; the
    cut wedge lies beside it on one cut face, scooped clean, its flesh up."""
    R, H, lobes = 0.34, 0.6, 10
    mid, gap = -53.0, 64.0  # the cut-out wedge, facing the viewer
    t0, t1 = mid + gap / 2, mid + 360 - gap / 2
    parts = [lathe(_melon_profile(R, H), None, 0, "body", shape=_sector(t0, t1, 0, 64, lobes))]
    g = np.radians(mid)
    push = at(0.004 * np.cos(g), 0, -0.004 * np.sin(g))
    flesh = _melon_profile(R - 0.022, H - 0.04, 0.02)
    parts.append(lathe(flesh, push, 1, shape=_sector(t0 - 1.5, t1 + 1.5, 0, 40)))
    parts.append(_net(R, H, lobes, lambda t: abs((t - mid + 180) % 360 - 180) < gap / 2 + 4, rng))
    seeds = []
    for a, s in ((t0 - 1.5, 1), (t1 + 1.5, -1)):  # the seed hollow on each cut face
        ar = np.radians(a)
        d = np.array([np.cos(ar), 0.0, -np.sin(ar)])
        nrm = s * np.array([np.sin(ar), 0.0, np.cos(ar)])
        face = np.eye(4)
        face[:3, 0], face[:3, 1], face[:3, 2] = d, (0, 1, 0), nrm
        face[:3, 3] = push[:3, 3] + nrm * 0.004 + (0, H / 2, 0)
        hollow = [(0.0, -0.15), (0.06, -0.13), (0.1, -0.06), (0.11, 0.0), (0.1, 0.06),
                  (0.06, 0.13), (0.0, 0.15)]  # fmt: skip
        parts.append(slab(hollow, 0.004, face, "fruit-orange"))
        for k in range(9):
            y = -0.11 + 0.22 * (k + float(rng.uniform(-0.3, 0.3))) / 8
            x = 0.02 + float(rng.uniform(0.0, 0.06)) * (1 - abs(y) / 0.15)
            seed = face @ at(x, y, 0.004) @ rot("z", float(rng.uniform(-40, 40)))
            seeds.append(seed @ scl(0.009, 0.016, 0.004))
    parts.append(_balls(seeds, "seed", 6, 1))
    parts.append(tube([(0, H - 0.01, 0), (0.01, H + 0.03, 0.005), (0.03, H + 0.05, 0.0)],
                      [0.016, 0.012, 0.01], None, "cork"))  # the stalk # fmt: skip
    parts += _melon_slice(R, H, gap, rng)
    return parts


def _melon_slice(R: float, H: float, gap: float, rng: Rng) -> list[Part]:
    """The wedge cut from the melon, lying beside it on one cut face: ribbed netted rind
    underneath and round its back, the flesh's other face turned up to the viewer, its seeds
    scooped out."""
    place = at(0.5, 0.0, 0.28) @ rot("y", 150 + float(rng.uniform(-5, 5)))
    m = place @ rot("x", 90) @ rot("y", 1.5) @ at(0, -H / 2, 0)
    prof = _melon_profile(R, H)
    inner = _melon_profile(R - 0.022, H - 0.04, 0.02)
    parts = [lathe(prof, m, 0, shape=_sector(0, gap, 0.3, 20, 10))]
    parts.append(lathe(inner, m, 1, shape=_sector(-1.5, gap + 1.5, 0.33, 14)))
    return parts


# ---- 1306 bowl of berries --------------------------------------------------------------------


def _frame(c, up) -> np.ndarray:
    """A placement at c whose y axis points along ``up``."""
    y = np.asarray(up, float)
    y = y / np.linalg.norm(y)
    x = np.cross(y, (0.0, 0.0, 1.0) if abs(y[2]) < 0.9 else (1.0, 0.0, 0.0))
    x /= np.linalg.norm(x)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = x, y, np.cross(x, y), c
    return m


def _drupes(m: np.ndarray, rx: float, ry: float, n: int, cone: float, d: float) -> list:
    """The drupelets of a bramble berry along its local y: n small balls of radius d over a
    rounded body rx wide and ry long (sharpened toward its tip by ``cone``), the body too."""
    out = [m @ scl(rx * 0.92, ry * 0.92, rx * 0.92)]
    i = np.arange(n) + 0.5
    y = 1 - 2 * i / n
    keep = y > -0.85
    y = y[keep]
    a = i[keep] * 2.39996
    rr = np.sqrt(1 - y * y) * (1 - cone * np.clip(y, 0, 1))
    for k in range(len(y)):
        p = (rx * rr[k] * np.cos(a[k]), ry * y[k], rx * rr[k] * np.sin(a[k]))
        out.append(m @ at(*p) @ scl(d))
    return out


def _strawberry(m: np.ndarray, s: float) -> list[Part]:
    """A strawberry under m, tip along local +y: a plump red cone dotted with pale seeds and a
    star of green leaves over its shoulder."""
    prof = [(0.0, 0.0), (0.012, 0.006), (0.03, 0.03), (0.038, 0.058), (0.033, 0.078),
            (0.012, 0.086), (0.0, 0.086)]  # fmt: skip
    top = m @ rot("x", 180) @ at(0, -0.086 * s, 0) @ scl(s)
    parts = [lathe(prof, top, "fruit-red", sides=10)]
    pr = np.array(prof)
    pts, nrm = [], []
    for k in range(15):
        y = 0.012 + 0.062 * ((k * 0.618) % 1.0)
        r = float(np.interp(y, pr[:5, 1], pr[:5, 0]))
        a = 2.4 * k
        pts.append((r * np.cos(a), y, r * np.sin(a)))
        nrm.append((np.cos(a), 0.3, np.sin(a)))
    pts = np.array(pts) @ top[:3, :3].T + top[:3, 3]
    parts.append(studs(pts, np.array(nrm) @ top[:3, :3].T, 0.003 * s, 0.004, "seed", 4))
    parts.append(slab(star(6, 0.35), 0.006, top @ at(0, 0.083, 0) @ rot("x", -90) @ scl(0.05),
                      "vine"))  # fmt: skip
    parts.append(stick(tuple((top @ [0, 0.085, 0, 1])[:3]), tuple((top @ [0, 0.11, 0, 1])[:3]),
                       0.004, "vine"))  # fmt: skip
    return parts


def _berry_bowl(rng: Rng) -> list[Part]:
    """A small bowl heaped with mixed berries: glossy black blackberries and red raspberries,
    each a cluster of round drupelets, dusky blueberries with a small crown, a few strawberries
    with green tops, some spilled on the table in front of the bowl."""
    prof = [(0.0, 0.0), (0.11, 0.0), (0.115, 0.02), (0.19, 0.05), (0.255, 0.13), (0.275, 0.175),
            (0.268, 0.185), (0.25, 0.17), (0.18, 0.075), (0.0, 0.05)]  # fmt: skip
    parts = [lathe(prof, None, 0, "body", sides=24)]
    heap = [(0.0, 0.052), (0.17, 0.078), (0.24, 0.165), (0.235, 0.178), (0.17, 0.215),
            (0.09, 0.243), (0.0, 0.252)]  # fmt: skip
    parts.append(lathe(heap, None, "pupil", sides=12))  # the heap under the top layer
    balls: dict = {"pupil": [], "comb": [], "glaze": []}
    crowns = []
    kinds = ["b", "r", "u", "b", "r", "u", "b", "r", "u", "b", "r", "u", "s"] * 3
    order = rng.permutation(len(kinds))
    spots = []
    for r, count in ((0.0, 1), (0.08, 6), (0.155, 12), (0.228, 18)):
        spin = float(rng.uniform(0, 2 * np.pi))
        for k in range(count):
            a = spin + 2 * np.pi * (k + float(rng.uniform(-0.15, 0.15))) / count
            y = 0.155 + 0.1 * (1 - (r / 0.26) ** 2)
            spots.append(((r * np.cos(a), y, r * np.sin(a)), kinds[order[len(spots)]]))
    for x, z, kind in ((0.33, 0.17, "b"), (0.2, 0.33, "u"), (0.38, 0.31, "r"), (0.03, 0.37, "s"),
                       (0.43, 0.06, "u"), (0.27, 0.45, "b"), (-0.13, 0.33, "u")):  # fmt: skip
        spots.append(((x, 0.0, z), kind))
    for (x, y, z), kind in spots:
        tilt = rng.normal(0, 0.5, 3)
        up = np.array([tilt[0], 1.0, tilt[2]]) if y > 0 else np.array([tilt[0], 0.2, 1.0])
        if kind == "b":
            lift = 0.03 if y > 0 else 0.041
            m = _frame((x, y + lift, z), up if y > 0 else (1.0, 0.1, tilt[2]))
            balls["pupil"] += _drupes(m, 0.029, 0.038, 27, 0.0, 0.0135)
        elif kind == "r":
            m = _frame((x, y + (0.03 if y > 0 else 0.044), z), up)
            balls["comb"] += _drupes(m, 0.034, 0.034, 30, 0.35, 0.0125)
        elif kind == "u":
            m = _frame((x, y + (0.024 if y > 0 else 0.026), z), up)
            balls["glaze"].append(m @ scl(0.026, 0.022, 0.026))
            crowns.append(m @ at(0, 0.021, 0) @ rot("x", -90) @ scl(0.01))
        else:
            m = _frame((x, y + (0.04 if y > 0 else 0.046), z),
                       (1.0, 0.15, 0.3) if y > 0 else (1.0, 0.0, 0.4))  # fmt: skip
            parts += _strawberry(m @ at(0, -0.04, 0), 1.05)
    parts.append(_balls(balls["pupil"], "pupil", 5, 1))
    parts.append(_balls(balls["comb"], "comb", 5, 1))
    parts.append(_balls(balls["glaze"], "glaze", 10, 4))
    for c in crowns:
        parts.append(slab(star(5, 0.45), 0.3, c, "marking"))
    return parts


# ---- 1307 crackers ---------------------------------------------------------------------------


def _cracker_outline(s: float, bites: int = 7, depth: float = 0.007) -> np.ndarray:
    """A square cracker's outline s wide: its sides nibbled into shallow scallops, its corners
    a little rounded; (x, z) points."""
    sq = rrect(s, s, 0.03, 6)
    seg = np.linalg.norm(np.roll(sq, -1, 0) - sq, axis=1)
    at_len = np.concatenate([[0.0], np.cumsum(seg)])
    n = 4 * bites * 4
    want = (np.arange(n) + 0.5) * at_len[-1] / n
    pts = np.stack([np.interp(want, at_len, np.append(sq[:, i], sq[0, i])) for i in (0, 1)], 1)
    dip = depth * (1 - np.abs(np.sin(np.pi * 4 * bites * want / at_len[-1]))) ** 2
    return pts - _normals(pts) * dip[:, None]


def _cracker(m: np.ndarray, s: float, t: float, holes: bool, tag: str = "") -> list[Part]:
    """One square cracker under m, lying on local y = 0: a flat scalloped square t thick, its
    top pricked with a grid of docking holes."""
    o = _cracker_outline(s)
    parts = [_cushion(o, t, m, 0, tag, 0.45, True)]
    if holes:
        g = np.linspace(-0.32, 0.32, 4) * s
        pts = np.array([(x, t, z) for x in g for z in g])
        pts = pts @ m[:3, :3].T + m[:3, 3]
        nrm = np.tile(m[:3, 1], (len(pts), 1))
        parts.append(studs(pts, nrm, 0.012, 0.006, 2, 6))
    return parts


def _crackers(rng: Rng) -> list[Part]:
    """A small stack of square golden crackers: six flat crackers with scalloped edges piled a
    little askew, their tops pricked with rows of docking holes, one more leaning against the
    front of the stack, a few crumbs on the table."""
    s, t = 0.42, 0.03
    parts = []
    for k in range(6):
        turn = float(rng.uniform(-5, 5)) + (3 if k % 2 else -3)
        m = at(float(rng.uniform(-0.008, 0.008)), k * t, float(rng.uniform(-0.008, 0.008)))
        parts += _cracker(m @ rot("y", turn), s, t, k == 5, "body" if k == 0 else "")
    h = 6 * t
    lean = 24.0
    xb = s / 2 + h * np.tan(np.radians(lean)) + 0.012
    m = at(xb, 0, 0.03) @ rot("y", 84) @ rot("x", 90 - lean) @ at(0, 0, -s / 2)
    parts += _cracker(m, s, t, True)
    crumbs = []
    for _ in range(9):
        a = float(rng.uniform(-0.6, 1.4))
        r = float(rng.uniform(0.3, 0.42))
        c = float(rng.uniform(0.006, 0.016))
        turn = rot("y", float(rng.uniform(0, 90)))
        crumbs.append(at(r * np.cos(a), c * 0.5, r * np.sin(a)) @ turn @ scl(c, c * 0.6, c * 1.2))
    parts.append(_balls(crumbs, 0, 5, 2))
    return parts


# ---- 1308 roots ------------------------------------------------------------------------------


def _walk(start, heading, length: float, steps: int, rng: Rng, sink: float, wander: float):
    """A root's path: ``steps`` + 1 points from start, heading off and bending down under
    ``sink`` and aside under ``wander``."""
    p = [np.asarray(start, float)]
    d = np.asarray(heading, float)
    d = d / np.sqrt(d @ d)
    bend = rng.normal(0, wander, (steps, 3)) - v3(0.0, sink, 0.0)
    for b in bend:
        d = d + b
        d /= np.sqrt(d @ d)
        p.append(p[-1] + d * (length / steps))
    return np.array(p)


def _hairs(paths: np.ndarray, per: int, rng: Rng) -> np.ndarray:
    """``per`` fine root hairs sprouting from points along each root's path (R, n, 3):
    (R · per, 2, 3)."""
    r, n = paths.shape[:2]
    f = rng.uniform(0.1, 1.0, (r, per)) * (n - 1)
    i = np.minimum(f.astype(int), n - 2)
    rows = np.arange(r)[:, None]
    a, b = paths[rows, i], paths[rows, i + 1]
    base = (a + (b - a) * (f - i)[..., None]).reshape(-1, 3)
    out = rng.normal(0, 1, (r * per, 3)) + v3(0.0, -0.6, 0.0)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return np.stack([base, base + out * rng.uniform(0.025, 0.06, (r * per, 1))], 1)


def _root_system(crown, rng: Rng):
    """A young plant's tangle of roots below its crown: a taproot and primary roots fanning out
    and down, branching twice, fine hairs all along them. Returns the roots as lists of paths
    and radii by depth, and the hairs (H, 2, 3)."""
    roots: dict = {0: ([], []), 1: ([], []), 2: ([], [])}

    def grow(p, r, depth):
        smooth = catmull_rom(p, (9, 6, 5)[depth])
        roots[depth][0].append(smooth)
        roots[depth][1].append(np.linspace(r, r * 0.3, len(smooth)))
        if depth >= 2:
            return
        spots = np.sort(rng.uniform(0.15, 0.85, (4, 2)[depth]))
        turns = rng.normal(0, 1, (len(spots), 3))
        for f, w in zip(spots, turns, strict=True):
            i = int(f * (len(p) - 1))
            d = p[i + 1] - p[i]
            d = d / np.sqrt(d @ d)
            side = np.array([d[1] * w[2] - d[2] * w[1], d[2] * w[0] - d[0] * w[2],
                             d[0] * w[1] - d[1] * w[0]])  # fmt: skip
            side /= np.sqrt(side @ side)
            heading = side + d * 0.5 + v3(0, -0.3, 0)
            left = float(np.sqrt(((p[-1] - p[i]) ** 2).sum())) * float(rng.uniform(0.4, 0.65))
            grow(_walk(p[i], heading, left, 4, rng, 0.15, 0.3), r * 0.6, depth + 1)

    for k in range(10):
        a = 2 * np.pi * (k + float(rng.uniform(-0.25, 0.25))) / 10
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        spread = float(rng.uniform(0.6, 1.4))
        p = _walk(crown, out * spread + (0, -1.0, 0), float(rng.uniform(0.42, 0.6)), 6, rng,
                  0.12, 0.25)  # fmt: skip
        grow(p, 0.009, 0)
    grow(_walk(crown, (0, -1, 0), 0.55, 6, rng, 0.1, 0.12), 0.013, 0)
    hairs = [_hairs(np.array(roots[d][0]), per, rng) for d, per in ((0, 8), (1, 3), (2, 2))]
    return roots, np.concatenate(hairs)


def _plant_roots(rng: Rng) -> list[Part]:
    """A young plant pulled up out of the soil and held up in a clamp on a lab stand: a short
    green stem with a few leaves on top and, hanging below, a big tangle of pale branching
    roots fanning out, fuzzy with fine hairs, clods of dark soil still clinging round the
    crown and on the roots; a little spilled soil on the stand's base."""
    crown = np.array([0.0, 0.64, 0.0])
    roots, hairs = _root_system(crown, rng)
    parts = []
    for depth, (paths, radii) in roots.items():
        parts.append(_strands(paths, radii, 0, (5, 4, 4)[depth], "body" if depth == 0 else ""))
    parts.append(_strands(hairs, np.array([0.0024, 0.0008]), 0, 3))
    clods = []
    for k in range(16):  # a clump of soil round the crown
        a = 2.4 * k
        r = float(rng.uniform(0.01, 0.06))
        c = crown + v3(r * np.cos(a), -float(rng.uniform(0.0, 0.09)), r * np.sin(a))
        s = float(rng.uniform(0.026, 0.042))
        turn = rot("y", float(rng.uniform(0, 180))) @ rot("x", float(rng.uniform(-40, 40)))
        clods.append(at(*c) @ turn @ scl(s * 1.2, s * 0.7, s))
    for pts in roots[1][0][::3]:  # and stuck to some of the roots
        c = pts[len(pts) // 2]
        s = float(rng.uniform(0.01, 0.018))
        clods.append(at(*c) @ rot("z", float(rng.uniform(0, 180))) @ scl(s * 1.3, s * 0.8, s))
    for _ in range(10):  # spilled on the base
        a = float(rng.uniform(0, 2 * np.pi))
        r = float(rng.uniform(0.0, 0.12))
        s = float(rng.uniform(0.01, 0.03))
        clods.append(at(r * np.cos(a), 0.04, r * np.sin(a)) @ scl(s * 1.3, s * 0.5, s))
    parts.append(_balls(clods, "soil", 6, 2))
    top = crown + v3(0.0, 0.26, 0.0)  # the stem and its leaves
    parts.append(tube([crown - v3(0, 0.02, 0), crown + v3(0, 0.13, 0), top + v3(0.01, 0, 0)],
                      [0.011, 0.009, 0.006], None, "vine"))  # fmt: skip
    for k in range(6):
        a = 2.4 * k + 0.5
        base = crown + v3(0, 0.1 + 0.03 * k, 0)
        out = np.array([np.cos(a), 0.0, np.sin(a)])
        size = 0.12 - 0.012 * k
        tip = base + out * 0.04 + (0, 0.02, 0)
        parts.append(stick(tuple(base), tuple(tip), 0.004, "vine"))
        yaw = np.degrees(np.arctan2(out[0], out[2]))
        m = at(*tip) @ rot("y", yaw) @ rot("x", 62 - 8 * k) @ at(0, size, 0) @ scl(size)
        parts.append(slab(leaf(0.45), 0.05, m, "vine"))
    # the stand: a base, an upright rod and a clamp round the stem
    parts.append(box(0.44, 0.04, 0.34, at(-0.04, 0, -0.02), 1))
    post = (-0.2, 0.04, -0.12)
    clamp = crown[1] + 0.09
    parts.append(stick(post, (-0.2, clamp + 0.12, -0.12), 0.011, "steel"))
    parts.append(stick((-0.2, clamp, -0.12), (0.0, clamp, -0.015), 0.007, "steel"))
    parts.append(box(0.03, 0.04, 0.03, at(-0.2, clamp - 0.02, -0.12), "steel"))
    parts.append(cylinder(0.02, 0.02, 0.03, at(0.0, clamp - 0.015, 0.0), "steel"))
    return parts


# ---- 1309 pea pods ---------------------------------------------------------------------------


def _pod_path(s: np.ndarray, L: float, y: float) -> np.ndarray:
    """The seam of a pea pod lying along x at height y, s from -1 to 1: gently curved up at its
    ends and bowed back in the middle."""
    return np.stack([s * L / 2, y + 0.05 * s**2, -0.07 * (1 - s**2)], 1)


def _pod_loft(path: np.ndarray, taper: np.ndarray, shape: np.ndarray, slot, tag="") -> Part:
    """A pod's shell along ``path``: ``shape`` (across, up) placed square to the path at each
    point and scaled by ``taper``."""
    t = np.gradient(path, axis=0)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    across = np.cross(t, (0.0, 1.0, 0.0))
    across /= np.linalg.norm(across, axis=1, keepdims=True)
    up = np.cross(across, t)
    return loft(path, across * taper[:, None], up * taper[:, None], shape, slot, tag)


def _valve(w: float, h: float, wall: float, open_deg: float, side: int) -> np.ndarray:
    """One half of a pea pod in section, hinged at its bottom seam (the origin): a thin curved
    shell w wide and h high, swung ``open_deg`` out to ``side`` (+1: toward +z)."""
    a = np.linspace(0.0, np.pi, 9)
    outer = np.stack([w * np.sin(a), h / 2 * (1 - np.cos(a))], 1)
    inner = np.stack([(w - wall) * np.sin(a), wall + (h - 2 * wall) / 2 * (1 - np.cos(a))], 1)
    pts = np.concatenate([outer, inner[::-1]])
    c, s = np.cos(np.radians(open_deg)), np.sin(np.radians(open_deg))
    pts = pts @ np.array([[c, -s], [s, c]])
    pts[:, 0] *= side
    return pts if side > 0 else pts[::-1]


def _pea_pods(rng: Rng) -> list[Part]:
    """An open pea pod beside a closed one: a long gently curved green pod split open along
    its seam, its front half laid back toward the viewer to show a row of round peas lying
    along the other, a short stalk and a star of sepals at one end with a curly tendril, a
    little beak at the other; behind it a closed pod, plump over the peas inside."""
    L, hinge = 0.8, 0.075
    turn = at(0.0, 0.0, 0.06) @ rot("y", 24)
    s = np.linspace(-1, 1, 17)
    path = _pod_path(s, L, hinge) @ turn[:3, :3].T + turn[:3, 3]
    taper = np.maximum(np.clip(1 - s**2, 0, 1) ** 0.4, 0.06)
    parts = [_pod_loft(path, taper, _valve(0.075, 0.15, 0.011, 84, 1), 0, "body")]
    parts.append(_pod_loft(path, taper, _valve(0.075, 0.15, 0.011, 28, -1), 0))
    peas = []
    for k in range(7):
        u = -0.7 + 1.4 * k / 6 + float(rng.uniform(-0.02, 0.02))
        c = _pod_path(np.array([u]), L, hinge)[0]
        r = 0.046 * (1 - u * u) ** 0.35
        peas.append(turn @ at(*(c + v3(0, r + 0.004, -0.012))) @ scl(r))
    parts.append(_balls(peas, "fruit-green", 12, 5))
    end, tip = path[0], path[-1]
    ax = (turn @ [1.0, 0, 0, 0])[:3]
    parts.append(slab(star(5, 0.35), 0.008, at(*end) @ rot("y", 90 + 24) @ scl(0.05), 0))
    stalk = [end, end - ax * 0.04 + (0, 0.02, 0), end - ax * 0.07 + (0, 0.05, 0)]
    parts.append(tube(stalk, [0.008, 0.007, 0.006], None, 0))
    helix = [stalk[-1] - ax * (0.012 * k) + (0, 0.03 * np.sin(k * 1.3) + 0.003 * k,
             0.03 * np.cos(k * 1.3) - 0.03) for k in range(12)]  # fmt: skip
    parts.append(tube(helix, [0.004] * 11 + [0.0015], None, 0))
    parts.append(tube([tip, tip + ax * 0.03 + (0, 0.015, 0)], [0.006, 0.001], None, 0))
    # the closed pod behind
    back = at(0.22, 0, -0.4) @ rot("y", 52)
    bump = 1 + 0.09 * np.abs(np.cos(np.pi * 3.5 * (s + 1) / 2))
    a = np.linspace(0.0, 2 * np.pi, 16, endpoint=False)
    lens = np.stack([0.06 * np.sin(a), 0.065 * (1 - np.cos(a))], 1)
    closed = _pod_path(s * 0.95, L * 0.95, 0.005) @ back[:3, :3].T + back[:3, 3]
    parts.append(_pod_loft(closed, taper * bump, lens, 0))
    cend = closed[0]
    parts.append(tube([cend, cend + v3(-0.04, 0.03, 0.01)], [0.008, 0.006], None, 0))
    return parts


# ---- 1310 leg of lamb ------------------------------------------------------------------------


def _frill(m: np.ndarray) -> Part:
    """A paper frill on a bone's end under m (the bone along local y): a short cuff flaring
    out into a fringe of narrow strips."""
    prof = [(0.0, 0.0), (0.03, 0.0), (0.034, 0.03), (0.05, 0.07), (0.046, 0.072),
            (0.028, 0.03), (0.0, 0.028)]  # fmt: skip
    t = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    fringe = np.stack([np.cos(t), np.sin(t)], 1) * np.where(np.arange(48) % 2, 1.0, 0.82)[:, None]
    return lathe(prof, m, "sheet", shape=fringe)


def _scores(m: np.ndarray, prof, slot) -> Part:
    """Diamond scoring cut into a roast's fat over its top and front: two families of shallow
    grooves crossing on the lathe under m (its axis local y, its top local -x)."""
    ys, rs = np.array([p[1] for p in prof]), np.array([p[0] for p in prof])
    paths = []
    for sign in (-1, 1):
        for k in range(9):
            y = np.linspace(0.06, 0.58, 8)
            phi = np.radians(-80 + 26 * k + sign * 190 * (y - 0.06))
            keep = (phi > np.radians(-85)) & (phi < np.radians(135))
            if keep.sum() < 3:
                continue
            y, phi = y[keep], phi[keep]
            r = np.interp(y, ys, rs) * 1.02
            pts = np.stack([-r * np.cos(phi), y, r * np.sin(phi), np.ones_like(y)], 1) @ m.T
            paths.append(catmull_rom(pts[:, :3], 8))
    return _strands(paths, 0.0045, slot, 3)


def _leg_of_lamb(rng: Rng) -> list[Part]:
    """A roast leg of lamb on a carving board: a long pear-shaped browned joint scored in
    diamonds, its round rump end on the board and its narrowing shank rising a little, the
    shank bone sticking out of it in white with a paper frill on its end, sprigs of rosemary
    on the joint and beside it."""
    prof = [(0.0, 0.0), (0.09, 0.005), (0.15, 0.035), (0.178, 0.09), (0.178, 0.17), (0.162, 0.26),
            (0.135, 0.36), (0.1, 0.46), (0.07, 0.56), (0.052, 0.63), (0.046, 0.67),
            (0.0, 0.675)]  # fmt: skip
    t = np.linspace(0, 2 * np.pi, 22, endpoint=False)
    lump = 1 + 0.03 * np.sin(3 * t + 0.5) + 0.02 * np.sin(5 * t)
    shape = np.stack([np.cos(t), np.sin(t)], 1) * lump[:, None]
    bt = 0.045
    joint = at(-0.4, bt + 0.125, 0.0) @ rot("y", -8) @ scl(1, 0.78, 1.05) @ rot("z", -82)
    parts = [lathe(prof, joint, 0, "body", shape=shape)]
    parts.append(_board(1.0, 0.52, bt, 1))
    parts.append(_scores(joint, prof, 2))
    bone = joint @ at(0, 0.6, 0)
    parts.append(cylinder(0.026, 0.022, 0.2, bone, "tooth"))
    for s in (-1, 1):
        parts.append(sphere(0.027, bone @ at(s * 0.016, 0.2, 0), "tooth"))
    parts.append(_frill(bone @ at(0, 0.15, 0)))
    parts += _rosemary((-0.22, bt + 0.01, 0.2), (0.14, bt + 0.01, 0.17), rng)
    top = joint @ at(-0.16, 0.24, 0.02)
    parts += _rosemary(top[:3, 3] + (-0.14, 0.015, 0.04), top[:3, 3] + (0.12, -0.01, 0.0), rng)
    return parts


# ---- 1311 pork chop --------------------------------------------------------------------------


def _pork_chop(rng: Rng) -> list[Part]:
    """A pork chop on a white plate: a thick pale pink teardrop of meat, its round eye at one
    end and its tail curving round at the other, a thick white rind of fat round its outer
    edge toward the viewer, the flat rib bone along its straight back side ending in a knob,
    grill marks across the top."""
    ctrl = [(-0.25, 0.02), (-0.21, 0.13), (-0.09, 0.18), (0.05, 0.16), (0.17, 0.09),
            (0.26, -0.01), (0.3, -0.1), (0.25, -0.135), (0.15, -0.1), (0.03, -0.095),
            (-0.1, -0.11), (-0.2, -0.09)]  # fmt: skip
    fat = _outline(np.array(ctrl) * 1.08, 56)
    nrm = _normals(fat)
    front = (fat[:, 1] > -0.02) | (fat[:, 0] > 0.22)
    meat = fat - nrm * np.where(front, 0.03, 0.004)[:, None]
    py, th = 0.016, 0.072
    on = at(0.0, py, 0.0)
    parts = [_cushion(meat, th, on, 0, "body", 0.35)]
    parts.append(plate(np.eye(4), 0.37, 1))
    parts.append(_cushion(fat, th - 0.008, on, "seed", "", 0.4))
    y = py + th - 0.012
    bone = [(-0.3, y, -0.108), (-0.17, y, -0.122), (-0.04, y + 0.002, -0.114), (0.08, y, -0.106),
            (0.15, y - 0.004, -0.104)]  # fmt: skip
    a = np.linspace(0, 2 * np.pi, 10, endpoint=False)
    flat = np.stack([np.cos(a), 0.75 * np.sin(a)], 1)
    parts.append(tube(bone, [0.028, 0.03, 0.028, 0.024, 0.014], None, "tooth", shape=flat))
    parts.append(sphere(1.0, at(-0.305, y + 0.004, -0.108) @ scl(0.026, 0.03, 0.034), "tooth"))
    turn = float(rng.uniform(-6, 6))
    inner = meat.mean(0) + (meat - meat.mean(0)) * 0.9
    parts += _grill_marks(inner, py + th, 35 + turn, 0.065, np.eye(4), 0.014)
    return parts


# ---- 1312 T-bone steak -----------------------------------------------------------------------


def _t_bone(rng: Rng) -> list[Part]:
    """A thick T-bone steak on a wooden board: a white T-shaped bone set in the meat, its bar
    along the back edge and its stem running forward down the middle, the big strip loin on
    the left of the stem edged with a thin band of fat, the smaller round fillet on the right,
    both seared brown on top with dark grill marks, a sprig of rosemary on the board."""
    bt, th, k = 0.04, 0.09, 1.3
    whole = [(-0.3, 0.0), (-0.27, 0.1), (-0.17, 0.16), (-0.06, 0.165), (0.02, 0.125),
             (0.09, 0.1), (0.17, 0.07), (0.21, 0.0), (0.19, -0.085), (0.12, -0.13),
             (0.0, -0.135), (-0.15, -0.135), (-0.26, -0.09)]  # fmt: skip
    steak = k * _outline(whole, 64)
    strip = k * _outline([(-0.03, -0.125), (-0.15, -0.13), (-0.26, -0.09), (-0.3, 0.0),
                          (-0.27, 0.1), (-0.17, 0.16), (-0.06, 0.165), (-0.025, 0.06)],
                         48)  # fmt: skip
    fillet = k * _outline([(0.025, -0.125), (0.12, -0.128), (0.19, -0.085), (0.21, 0.0),
                           (0.17, 0.07), (0.09, 0.1), (0.03, 0.06)], 40)  # fmt: skip
    nrm = _normals(steak)
    edge = (steak[:, 0] < -0.2) | ((steak[:, 1] > 0.12) & (steak[:, 0] < -0.1))
    fat = steak + nrm * np.where(edge, 0.016, -0.004)[:, None]
    on = at(0.02, bt, 0.0)
    parts = [_cushion(steak, th, on, 0, "body", 0.35)]
    parts.append(_board(0.9, 0.62, bt, 1))
    parts.append(_cushion(fat, th - 0.01, on, "seed", "", 0.4))
    bar = k * _outline([(-0.21, -0.172), (0.0, -0.164), (0.19, -0.156), (0.19, -0.124),
                        (0.0, -0.128), (-0.21, -0.136)], 24)  # fmt: skip
    stem = k * _outline([(-0.026, -0.13), (0.026, -0.13), (0.03, 0.0), (0.028, 0.1),
                         (0.01, 0.125), (-0.022, 0.06)], 20)  # fmt: skip
    parts.append(_cushion(bar, th + 0.01, on, "tooth", "", 0.3))
    parts.append(_cushion(stem, th + 0.008, on, "tooth", "", 0.3))
    turn = float(rng.uniform(-5, 5))
    for poly in (strip, fillet):
        inner = poly.mean(0) + (poly - poly.mean(0)) * 0.93
        parts.append(_cushion(inner, 0.004, on @ at(0, th - 0.002, 0), 2, "", 0.3))  # seared
        inner = poly.mean(0) + (poly - poly.mean(0)) * 0.86
        parts += _grill_marks(inner, th + 0.002, 40 + turn, 0.08, on, 0.018)
    parts += _rosemary((0.22, bt + 0.004, 0.28), (0.42, bt + 0.004, 0.08), rng)
    return parts


MORE_APPLIANCES_ZZZZM = {
    1305: _melon, 1306: _berry_bowl, 1307: _crackers, 1308: _plant_roots, 1309: _pea_pods,
    1310: _leg_of_lamb, 1311: _pork_chop, 1312: _t_bone,
}  # fmt: skip
"""These appliances by the device family's ``appliance``."""
