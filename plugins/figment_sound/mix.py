"""Mixing an object's sound: its descriptors (or ones derived from what it is) into one loop."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

import numpy as np

from figment.spec import ObjectSpec, SoundDescriptor

from .kinds import SYNTHS
from .loop import Loop
from .synth import SOUND_RATE

__all__ = ["descriptors_for", "render"]

SYNTHS_ORDER: Final = tuple(SYNTHS)
_HEADROOM: Final = 0.89  # -1 dBFS peak for a descriptor at loudness 1

# Fallbacks when the spec has no sound: (kind, pitch_hz, tempo_bpm, brightness).
_BY_ARCHETYPE: Final[dict[str, tuple[str, float, float, float]]] = {
    "clock": ("ticking", 440, 60, 0.6), "heart": ("heartbeat", 160, 66, 0.3),
    "bell": ("bells", 330, 20, 0.6), "whale": ("choir", 110, 0, 0.3),
    "jellyfish": ("bubbles", 260, 120, 0.5), "fish": ("bubbles", 300, 90, 0.5),
    "cloud": ("wind", 300, 0, 0.3), "candle": ("crackle", 200, 400, 0.5),
    "lantern": ("hum", 120, 0, 0.4), "lamp": ("hum", 100, 0, 0.5),
    "door": ("creak", 200, 15, 0.5), "staircase": ("creak", 180, 20, 0.4),
    "chair": ("creak", 240, 10, 0.5), "hourglass": ("granular", 2000, 0, 0.8),
    "eye": ("whisper", 220, 150, 0.5), "mask": ("whisper", 220, 120, 0.4),
    "star": ("chime", 880, 40, 0.8), "moon": ("drone", 70, 0, 0.3),
    "orb": ("drone", 110, 0, 0.5), "crystal": ("chime", 660, 30, 0.9),
    "tree": ("wind", 200, 0, 0.4), "umbrella": ("wind", 400, 0, 0.5),
    "bird": ("chime", 1200, 90, 0.9), "snake": ("whisper", 300, 60, 0.7),
    "teapot": ("bubbles", 350, 240, 0.5), "bottle": ("bubbles", 400, 60, 0.5),
}  # fmt: skip
_BY_MATERIAL: Final[dict[str, tuple[str, float, float, float]]] = {
    "glass": ("chime", 880, 40, 0.8), "stained glass": ("chime", 780, 40, 0.8),
    "crystal": ("chime", 990, 30, 0.9),
    "clockwork": ("ticking", 440, 120, 0.6), "brass": ("bells", 260, 20, 0.6),
    "gold": ("bells", 330, 15, 0.7), "silver": ("chime", 660, 30, 0.8),
    "iron": ("hum", 60, 0, 0.4), "rust": ("creak", 160, 15, 0.4),
    "chrome": ("hum", 120, 0, 0.7), "wood": ("creak", 220, 15, 0.5),
    "water": ("bubbles", 300, 180, 0.5), "honey": ("bubbles", 150, 40, 0.3),
    "ice": ("crackle", 800, 120, 0.8), "fire": ("crackle", 200, 400, 0.6),
    "smoke": ("wind", 200, 0, 0.2), "cloud": ("wind", 300, 0, 0.3),
    "flesh": ("heartbeat", 160, 70, 0.3), "feathers": ("breathing", 220, 14, 0.6),
    "shadow": ("whisper", 200, 120, 0.3), "light": ("drone", 440, 0, 0.8),
    "starlight": ("choir", 330, 0, 0.8), "coral": ("bubbles", 250, 90, 0.4),
    "ink": ("granular", 300, 0, 0.3), "sugar": ("granular", 1500, 0, 0.9),
    "paper": ("whisper", 300, 200, 0.7), "bone": ("ticking", 300, 40, 0.4),
    "velvet": ("breathing", 180, 12, 0.3), "stone": ("drone", 55, 0, 0.2),
    "marble": ("drone", 80, 0, 0.4), "obsidian": ("drone", 45, 0, 0.3),
    "porcelain": ("chime", 1100, 25, 0.9), "moss": ("breathing", 160, 10, 0.2),
    "coins": ("chime", 1400, 60, 0.9), "keys": ("chime", 1200, 50, 0.8),
    "chains": ("bells", 300, 30, 0.5), "spoons": ("chime", 1000, 40, 0.8),
    "marbles": ("chime", 1300, 80, 0.9), "dice": ("ticking", 600, 90, 0.6),
    "bones": ("ticking", 300, 40, 0.4), "teeth": ("ticking", 500, 60, 0.5),
    "bubbles": ("bubbles", 500, 120, 0.7), "candles": ("crackle", 300, 60, 0.4),
    "matches": ("crackle", 400, 90, 0.6), "cards": ("whisper", 350, 150, 0.6),
    "books": ("whisper", 260, 100, 0.4), "shells": ("wind", 350, 0, 0.4),
    "lava": ("crackle", 120, 80, 0.4), "sand": ("granular", 900, 0, 0.6),
    "honeycomb": ("hum", 220, 0, 0.6), "bamboo": ("creak", 330, 10, 0.5),
    "concrete": ("drone", 50, 0, 0.2), "straw": ("whisper", 280, 60, 0.5),
    "petals": ("whisper", 420, 80, 0.3), "wool": ("whisper", 200, 40, 0.25),
    "bark": ("creak", 140, 20, 0.4), "pasta": ("whisper", 300, 50, 0.3),
    "seaweed": ("wind", 250, 0, 0.4), "toy bricks": ("crackle", 700, 120, 0.5),
    "sushi": ("whisper", 240, 30, 0.3), "sprinkles": ("crackle", 900, 150, 0.4),
    "ice cream": ("whisper", 260, 30, 0.3), "lace": ("whisper", 500, 40, 0.25),
    "licorice": ("creak", 420, 40, 0.3), "waffle": ("crackle", 500, 60, 0.4),
    "bacon": ("crackle", 800, 140, 0.6), "pizza": ("crackle", 450, 50, 0.4),
    "cookie": ("crackle", 600, 70, 0.5), "popcorn": ("crackle", 1000, 160, 0.7),
    "watermelon": ("whisper", 220, 20, 0.3), "citrus": ("whisper", 480, 40, 0.4),
    "pumpkin": ("drone", 90, 0, 0.3), "salt": ("granular", 1100, 0, 0.7),
    "denim": ("whisper", 240, 30, 0.25), "cork": ("creak", 260, 20, 0.3),
    "bubble wrap": ("crackle", 1200, 200, 0.8), "barbed wire": ("creak", 700, 30, 0.6),
    "gingerbread": ("crackle", 550, 60, 0.45), "peacock feathers": ("whisper", 380, 60, 0.3),
    "cactus": ("wind", 300, 0, 0.3), "circuit board": ("hum", 440, 0, 0.7),
    "chainmail": ("bells", 900, 60, 0.7), "blue cheese": ("whisper", 220, 20, 0.25),
    "salami": ("whisper", 260, 30, 0.3), "pancakes": ("whisper", 230, 20, 0.25),
    "granite": ("drone", 60, 0, 0.25), "jade stone": ("bells", 700, 20, 0.5),
    "sea glass": ("bells", 1100, 40, 0.6), "soap": ("bubbles", 420, 60, 0.4),
    "silk": ("whisper", 520, 30, 0.3), "patchwork": ("whisper", 240, 30, 0.25),
    "neon": ("hum", 120, 0, 0.6), "vinyl": ("crackle", 330, 30, 0.4),
    "marshmallow": ("whisper", 200, 20, 0.2), "walnut shells": ("crackle", 520, 60, 0.5),
    "citrus peel": ("whisper", 460, 40, 0.4), "broad leaves": ("wind", 260, 0, 0.4),
    "bottle caps": ("bells", 1000, 90, 0.7), "tin cans": ("bells", 600, 50, 0.6),
    "nuts and bolts": ("creak", 600, 50, 0.6), "eyeballs": ("whisper", 300, 20, 0.3),
    "banknotes": ("whisper", 420, 90, 0.4), "bubblegum": ("bubbles", 300, 40, 0.4),
    "pretzel": ("crackle", 520, 60, 0.45),
}  # fmt: skip
_DEFAULT: Final = ("drone", 110.0, 0.0, 0.5)


def descriptors_for(spec: ObjectSpec) -> list[SoundDescriptor]:
    """The spec's sounds, or one derived from its archetype, else its primary material."""
    if spec.sounds:
        return list(spec.sounds)
    kind, pitch, tempo, brightness = _BY_ARCHETYPE.get(
        spec.archetype, _BY_MATERIAL.get(spec.materials[0].made_of, _DEFAULT)
    )
    # Bigger things sound lower: scale pitch by 1/sqrt(largest size), half an octave per 2x.
    largest = max(spec.size.x, spec.size.y, spec.size.z)
    pitch = float(np.clip(pitch / math.sqrt(max(largest, 0.01)), 20.0, 4000.0))
    return [SoundDescriptor(kind=kind, pitch_hz=pitch, tempo_bpm=tempo, brightness=brightness)]


def render(
    descriptors: list[SoundDescriptor],
    seed: int,
    seconds: float,
    check: Callable[[], None] | None = None,
) -> np.ndarray:
    """Mix the descriptors into one periodic mono loop of ``seconds`` at ``SOUND_RATE``."""
    n = math.floor(seconds * SOUND_RATE)
    lp = Loop(n, SOUND_RATE)
    mix = np.zeros(n)
    for index, d in enumerate(descriptors):
        if check is not None:
            check()
        rng = np.random.default_rng([seed % 2**64, index, SYNTHS_ORDER.index(d.kind)])
        mix += d.loudness * SYNTHS[d.kind](lp, d, rng)
    mix -= mix.mean()
    peak = float(np.max(np.abs(mix)))
    loudest = max(d.loudness for d in descriptors)
    if peak > 0:
        mix *= _HEADROOM * loudest / peak
    return mix.astype(np.float32)
