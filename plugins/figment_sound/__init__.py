"""Figment's built-in sound stages: the object's own sound and its placement in space."""

from __future__ import annotations

from figment.stages import Register

__all__ = ["register_stages"]


def register_stages(register: Register) -> None:
    """Register ``figment.sound.synth`` and ``figment.spatial.hrtf``."""
    from .spatial import SpatialHrtf
    from .synth import SynthSound

    register(SynthSound)
    register(SpatialHrtf)
