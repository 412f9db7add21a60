"""Emitter parameters from an object spec: the rules, their documented ranges, and gain curves.

Conventions (the proto's frame: right-handed, metres, +y up): the object's mesh has its origin at
the centre of its base and its front along +z (glTF); the listener looks along -z with +x to the
right. The rules, each clamped to the range named beside it:

- ``position``: the centre of the bounding box, ``(0, size.y / 2, 0)`` from the anchor.
- ``min_distance`` in ``MIN_DISTANCE_RANGE``: half the largest dimension, scaled by loudness
  (0.5x at silent to 1.5x at full) and by ``impossible_scale`` (up to 5x).
- ``max_distance`` in ``MAX_DISTANCE_RANGE``: ``min_distance * (20 + 40 * loudness)``, and at
  least twice ``min_distance``.
- ``rolloff``: ``logarithmic`` for huge things (largest side > 10 m or ``impossible_scale``),
  ``linear`` for intimate sounds (only whisper/breathing: they should end sharply), else
  ``inverse`` (physical).
- cone: objects that face somewhere (lamp, lantern, eye, mask, teapot, bottle, hand, bird) get
  inner 90°, outer 220°, outer gain 0.35; everything else is omnidirectional (360°, 360°, 1).
- ``doppler`` in ``DOPPLER_RANGE``: 1, plus up to 1 more for moving motions (orbit, drift, sway,
  bob) by amplitude x frequency; halved for sustained tones (drone, hum, choir) so they do not
  warble.
- ``reverb_send`` in [0, 1]: the materials' reflectivity (primary counts double), +0.25 x amount
  for ``hollow``, +0.1 per decade of size above 1 m.
- ``volume_db`` in ``VOLUME_DB_RANGE``: ``20 log10`` of the loudest descriptor (0.7 without one).
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np

from figment.spec import ObjectSpec
from figment.stages import Emitter

__all__ = [
    "DOPPLER_RANGE",
    "MAX_DISTANCE_RANGE",
    "MIN_DISTANCE_RANGE",
    "VOLUME_DB_RANGE",
    "cone_gain",
    "distance_gain",
    "emitter_for",
]

MIN_DISTANCE_RANGE: Final = (0.05, 50.0)
"""``min_distance`` bounds, metres (the Emitter model allows [0.01, 100])."""
MAX_DISTANCE_RANGE: Final = (1.0, 500.0)
"""``max_distance`` bounds, metres (the Emitter model allows [0.1, 1000])."""
DOPPLER_RANGE: Final = (0.0, 2.0)
"""``doppler`` bounds (the Emitter model allows [0, 5])."""
VOLUME_DB_RANGE: Final = (-60.0, 0.0)
"""``volume_db`` bounds (the Emitter model allows [-60, 12]): a sound is never boosted."""
DEFAULT_LOUDNESS: Final = 0.7

_DIRECTIONAL: Final = frozenset(
    {"lamp", "lantern", "eye", "mask", "teapot", "bottle", "hand", "bird"}
)
_MOVING: Final = frozenset({"orbit", "drift", "sway", "bob"})
_SUSTAINED: Final = frozenset({"drone", "hum", "choir"})
_INTIMATE: Final = frozenset({"whisper", "breathing"})
_REFLECTIVITY: Final[dict[str, float]] = {
    **dict.fromkeys(("glass", "stained glass", "stone", "marble", "ice", "crystal", "porcelain", "chrome", "gold",
                     "silver", "brass", "iron", "obsidian", "bone", "pearl", "amber"), 0.6),
    **dict.fromkeys(("smoke", "cloud", "light", "starlight", "shadow"), 0.75),  # dreamlike wash
    **dict.fromkeys(("fabric", "velvet", "moss", "feathers", "flesh", "fire", "ink"), 0.15),
}  # fmt: skip
_DEFAULT_REFLECTIVITY: Final = 0.35


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


def emitter_for(spec: ObjectSpec, loop: bool = True) -> Emitter:
    """The Emitter for ``spec``: every value inside its documented range."""
    largest = max(spec.size.x, spec.size.y, spec.size.z)
    loudness = max((s.loudness for s in spec.sounds), default=DEFAULT_LOUDNESS)
    kinds = {s.kind for s in spec.sounds}
    scale = spec.has("impossible_scale")
    growth = 1.0 + 4.0 * scale.amount if scale else 1.0
    min_d = _clamp(0.5 * largest * (0.5 + loudness) * growth, MIN_DISTANCE_RANGE)
    max_d = _clamp(max(min_d * (20 + 40 * loudness), 2 * min_d), MAX_DISTANCE_RANGE)
    if scale or largest > 10.0:
        rolloff = "logarithmic"
    elif kinds and kinds <= _INTIMATE:
        rolloff = "linear"
    else:
        rolloff = "inverse"
    directional = spec.archetype in _DIRECTIONAL
    motion = sum(m.amplitude * m.frequency_hz for m in spec.motions if m.kind in _MOVING)
    doppler = 1.0 + min(motion, 1.0)
    if kinds & _SUSTAINED:
        doppler *= 0.5
    weights = [2.0] + [1.0] * (len(spec.materials) - 1)
    reflect = sum(
        w * _REFLECTIVITY.get(m.made_of, _DEFAULT_REFLECTIVITY)
        for w, m in zip(weights, spec.materials, strict=True)
    ) / sum(weights)
    hollow = spec.has("hollow")
    reflect += (0.25 * hollow.amount if hollow else 0.0) + 0.1 * max(math.log10(largest), 0.0)
    volume = 20 * math.log10(loudness) if loudness > 0 else VOLUME_DB_RANGE[0]
    return Emitter(
        position=(0.0, spec.size.y / 2, 0.0),
        min_distance=min_d,
        max_distance=max_d,
        rolloff=rolloff,
        cone_inner_deg=90.0 if directional else 360.0,
        cone_outer_deg=220.0 if directional else 360.0,
        cone_outer_gain=0.35 if directional else 1.0,
        doppler=_clamp(doppler, DOPPLER_RANGE),
        reverb_send=_clamp(reflect, (0.0, 1.0)),
        volume_db=_clamp(volume, VOLUME_DB_RANGE),
        loop=loop,
    )


def distance_gain(e: Emitter, distance: np.ndarray) -> np.ndarray:
    """Linear gain at each distance for the emitter's rolloff (OpenAL-style clamped models).

    inverse: ``min / d``; logarithmic: half as steep in dB (``sqrt(min / d)``), for huge
    things heard from afar; linear: 1 at ``min`` to 0 at ``max``. Distances are clamped to
    [min_distance, max_distance].
    """
    d = np.clip(np.asarray(distance, dtype=np.float64), e.min_distance, e.max_distance)
    if e.rolloff == "linear":
        span = e.max_distance - e.min_distance
        return 1.0 - (d - e.min_distance) / span if span > 0 else np.ones_like(d)
    ratio = e.min_distance / d
    return np.sqrt(ratio) if e.rolloff == "logarithmic" else ratio


def cone_gain(e: Emitter, angle_deg: np.ndarray) -> np.ndarray:
    """Gain for a listener ``angle_deg`` off the emitter's front (linear between the cones)."""
    inner, outer = e.cone_inner_deg / 2, max(e.cone_outer_deg, e.cone_inner_deg) / 2
    a = np.asarray(angle_deg, dtype=np.float64)
    if outer <= inner:
        return np.where(a <= inner, 1.0, e.cone_outer_gain)
    between = 1.0 + (e.cone_outer_gain - 1.0) * (a - inner) / (outer - inner)
    return np.where(a <= inner, 1.0, np.where(a >= outer, e.cone_outer_gain, between))
