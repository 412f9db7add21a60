"""Rendering the binaural preview: geometry (poses, motions), gains, doppler, HRTFs and room."""

from __future__ import annotations

import math

import numpy as np

from figment.spec import ObjectSpec
from figment.stages import Emitter, Pose

from .audio import resample
from .binaural import frame_centres, render_binaural
from .emitter import cone_gain, distance_gain
from .hrtf import HrtfSet
from .room import add_room, delayed

__all__ = ["preview", "rotate"]


def rotate(q: tuple[float, float, float, float], v: np.ndarray) -> np.ndarray:
    """Rotate vectors ``v`` (..., 3) by quaternion ``q`` (x, y, z, w); all-zero is identity."""
    x, y, z, w = q
    norm = math.sqrt(x * x + y * y + z * z + w * w)
    if norm == 0:
        return np.asarray(v, dtype=np.float64)
    u = np.array([x, y, z]) / norm
    s = w / norm
    v = np.asarray(v, dtype=np.float64)
    return v + 2.0 * np.cross(u, np.cross(u, v) + s * v)


def _conjugate(q: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return (-q[0], -q[1], -q[2], q[3])


def _motion_offsets(spec: ObjectSpec, t: np.ndarray) -> np.ndarray:
    """Source offset (anchor frame) at times ``t`` from the spec's moving motions."""
    offset = np.zeros((len(t), 3))
    for m in spec.motions:
        wt = 2 * np.pi * m.frequency_hz * t
        if m.kind == "orbit":
            offset[:, 0] += m.amplitude * np.cos(wt)
            offset[:, 2] += m.amplitude * np.sin(wt)
        elif m.kind == "bob":
            offset[:, 1] += m.amplitude * np.sin(wt)
        elif m.kind == "sway":
            offset[:, 0] += m.amplitude * np.sin(wt)
        elif m.kind == "drift":
            offset[:, 0] += m.amplitude * np.sin(wt)
            offset[:, 2] += m.amplitude * np.sin(0.7 * wt + 1.0)
    return offset


def preview(
    mono: np.ndarray,
    rate: int,
    spec: ObjectSpec,
    emitter: Emitter,
    anchor: Pose,
    listener: Pose,
    hrtf: HrtfSet,
    seconds: float,
    loop: bool = True,
    room: bool = True,
) -> np.ndarray:
    """Stereo float32 at ``hrtf.rate``: the sound heard from ``listener``, ``seconds`` long."""
    mono = resample(mono, rate, hrtf.rate)
    n = round(seconds * hrtf.rate)
    centres = frame_centres(n)
    t = centres / hrtf.rate
    local = np.asarray(emitter.position) + _motion_offsets(spec, t)
    world = np.asarray(anchor.position) + rotate(anchor.rotation, local)
    rel = rotate(_conjugate(listener.rotation), world - np.asarray(listener.position))
    dist = np.linalg.norm(rel, axis=1)
    # Engine frame (+x right, +y up, -z ahead) to SOFA (+x ahead, +y left, +z up).
    sofa = np.stack([-rel[:, 2], -rel[:, 0], rel[:, 1]], axis=1)
    ahead = np.array([1.0, 0.0, 0.0])
    directions = np.where(dist[:, None] > 1e-6, sofa / np.maximum(dist, 1e-6)[:, None], ahead)
    front = rotate(anchor.rotation, np.array([0.0, 0.0, 1.0]))
    to_listener = -(world - np.asarray(listener.position))
    cos_off = (to_listener @ front) / np.maximum(np.linalg.norm(to_listener, axis=1), 1e-6)
    angles = np.degrees(np.arccos(np.clip(cos_off, -1.0, 1.0)))
    level = 10 ** (emitter.volume_db / 20)
    gains = level * distance_gain(emitter, dist) * cone_gain(emitter, angles)
    heard = delayed(
        mono, hrtf.rate, n, np.interp(np.arange(n), centres, dist), emitter.doppler, loop
    )
    stereo = render_binaural(heard, hrtf, directions, gains)
    if room:
        # Sent after distance attenuation, as engines' reverb sends are: near sounds stay dry.
        attenuated = heard * np.interp(np.arange(n), centres, gains).astype(np.float32)
        stereo = add_room(stereo, attenuated, hrtf.rate, emitter.reverb_send)
    peak = float(np.max(np.abs(stereo))) if len(stereo) else 0.0
    return stereo / (peak / 0.97) if peak > 0.97 else stereo
