"""The sound stage: an object's own loopable sound, synthesized with numpy from its spec.

Limits: the loop lasts ``min(request.max_seconds, options.loop_seconds)``; ``max_seconds`` must be
0 (meaning ``DEFAULT_LOOP_SECONDS``) or in [``MIN_SOUND_SECONDS``, ``MAX_SOUND_SECONDS``].
The same spec and seed always give the same bytes. This module stays light to import (the
plugin API asks for that); the synthesis itself lives in ``mix.py`` and ``kinds.py``.
"""

from __future__ import annotations

import math
from typing import Final

from pydantic import Field

from figment.errors import InvalidArgument
from figment.spec import SOUNDS
from figment.stages import (
    Bounds,
    Sound,
    SoundRequest,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
)

__all__ = [
    "DEFAULT_LOOP_SECONDS",
    "MAX_SOUND_SECONDS",
    "MIN_SOUND_SECONDS",
    "SOUND_RATE",
    "SoundOptions",
    "SynthSound",
    "loop_seconds",
]

SOUND_RATE: Final = 44_100
"""Sample rate of every rendered sound, Hz (the HRTF set's rate too)."""
MIN_SOUND_SECONDS: Final = 0.1
"""Shortest loop; shorter budgets are rejected (``max_audio_seconds``)."""
MAX_SOUND_SECONDS: Final = 30.0
"""Longest loop; longer budgets are rejected (``max_audio_seconds``)."""
DEFAULT_LOOP_SECONDS: Final = 6.0
"""Loop length when neither the request nor the options ask for less."""


class SoundOptions(StageOptions):
    """Per-request options of ``figment.sound.synth``."""

    loop_seconds: float = Field(
        default=DEFAULT_LOOP_SECONDS,
        ge=MIN_SOUND_SECONDS,
        le=MAX_SOUND_SECONDS,
        description="preferred loop length, seconds (the request's budget still caps it)",
    )


def loop_seconds(max_seconds: float, preferred: float = DEFAULT_LOOP_SECONDS) -> float:
    """The loop length for a budget; raises InvalidArgument naming ``max_audio_seconds``."""
    if not math.isfinite(max_seconds) or max_seconds < 0:
        raise InvalidArgument("max_audio_seconds", f"must be a number >= 0 (got {max_seconds})")
    if max_seconds == 0:
        return preferred
    if not MIN_SOUND_SECONDS <= max_seconds <= MAX_SOUND_SECONDS:
        raise InvalidArgument(
            "max_audio_seconds",
            f"must be 0 (default) or in [{MIN_SOUND_SECONDS}, {MAX_SOUND_SECONDS}] s "
            f"(got {max_seconds:g})",
        )
    return min(max_seconds, preferred)


class SynthSound(Stage):
    """``figment.sound.synth``: the object's own sound as a seamless, seeded mono WAV loop."""

    id = "figment.sound.synth"
    kind = StageKind.SOUND
    description = "Synthesizes an object's loopable sound from its spec's sound descriptors."
    Options = SoundOptions
    bounds = Bounds(max_seconds=MAX_SOUND_SECONDS)

    async def run(self, request: SoundRequest, options: SoundOptions, ctx: StageContext) -> Sound:
        """Render the loop off the event loop and encode it as 16-bit WAV."""
        from .audio import encode_wav  # heavy imports wait for the first run
        from .mix import descriptors_for, render

        seconds = loop_seconds(request.max_seconds, options.loop_seconds)
        descriptors = descriptors_for(request.spec)
        if not request.spec.sounds:
            ctx.log.info("spec has no sounds; derived %s from archetype/material", descriptors[0])
        samples = await ctx.to_thread(render, descriptors, request.seed, seconds, ctx.check)
        wav = await ctx.to_thread(encode_wav, samples, SOUND_RATE)
        return Sound(wav=wav, duration_s=len(samples) / SOUND_RATE, loop=True)

    def info(self) -> dict[str, str]:
        """Describe facts: rate and kinds."""
        return {"sample_rate": str(SOUND_RATE), "kinds": ",".join(SOUNDS)}
