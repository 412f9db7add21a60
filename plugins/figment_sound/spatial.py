"""The spatial stage: emitter parameters for the engines, and a binaural preview to listen to.

Engines spatialize live as the head moves, so the feed is the mono loop plus ``Emitter``
parameters (see ``emitter.py`` for the rules and ranges). The preview is a stereo WAV of the
sound as heard from the listener pose, rendered with HRTFs (MIT KEMAR, or the spherical-head
model), with the object's motions (orbit, bob, sway, drift) moving the source, doppler from the
changing distance, and a plain diffuse room tail at the emitter's ``reverb_send`` (see
``room.py``). Limit: ``preview_seconds`` in [``MIN_PREVIEW_SECONDS``, ``MAX_PREVIEW_SECONDS``].
This module stays light to import; the rendering lives in ``placement.py``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final, Literal

from pydantic import Field

from figment.errors import InvalidArgument
from figment.stages import (
    Host,
    Placement,
    SpatialRequest,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
)

if TYPE_CHECKING:
    from .hrtf import HrtfSet

__all__ = [
    "MAX_PREVIEW_SECONDS",
    "MIN_PREVIEW_SECONDS",
    "SpatialHrtf",
    "SpatialOptions",
]

MIN_PREVIEW_SECONDS: Final = 1.0
"""Shortest preview."""
MAX_PREVIEW_SECONDS: Final = 20.0
"""Longest preview."""
_MAX_INPUT_SECONDS: Final = 60.0
_LOG = logging.getLogger(__name__)


class SpatialOptions(StageOptions):
    """Per-request options of ``figment.spatial.hrtf``."""

    preview_seconds: float = Field(
        default=6.0,
        ge=MIN_PREVIEW_SECONDS,
        le=MAX_PREVIEW_SECONDS,
        description="length of the binaural preview; the loop repeats to fill it",
    )
    head: Literal["auto", "spherical"] = Field(
        default="auto", description="auto: MIT KEMAR when installed; spherical: the head model"
    )
    room: bool = Field(
        default=True, description="add a diffuse room tail at the emitter's reverb_send level"
    )


class SpatialHrtf(Stage):
    """``figment.spatial.hrtf``: emitter parameters per object, plus a binaural preview WAV."""

    id = "figment.spatial.hrtf"
    kind = StageKind.SPATIAL
    description = "Places an object's sound: engine emitter parameters and an HRTF preview."
    Options = SpatialOptions

    def __init__(self) -> None:
        self._hrtf: HrtfSet | None = None
        self._note = "not loaded"
        self._spherical: HrtfSet | None = None

    async def load(self, host: Host | None = None) -> None:
        """Read MIT KEMAR (or fall back to the spherical-head model, with a logged note)."""
        from .hrtf import load_hrtf

        self._hrtf, self._note = load_hrtf()
        if self._hrtf.name == "spherical head model":
            _LOG.warning("binaural preview uses the spherical head model: %s", self._note)

    async def unload(self) -> None:
        """Drop the responses."""
        self._hrtf = self._spherical = None

    async def _loaded(self) -> HrtfSet:
        from .hrtf import spherical_head

        await self.load()
        return self._hrtf or spherical_head()

    def _choose(self, head: str, loaded: HrtfSet) -> HrtfSet:
        from .hrtf import spherical_head

        if head == "spherical":
            self._spherical = self._spherical or spherical_head(loaded.rate)
            return self._spherical
        return loaded

    async def run(
        self, request: SpatialRequest, options: SpatialOptions, ctx: StageContext
    ) -> Placement:
        """Compute the emitter; render the preview when asked and a sound is given."""
        from .audio import decode, encode_wav  # heavy imports wait for the first run
        from .emitter import emitter_for
        from .placement import preview

        sound = request.sound
        emitter = emitter_for(request.spec, loop=sound.loop if sound else True)
        if not request.preview:
            return Placement(emitter=emitter)
        if sound is None:  # the sound stage failed or is absent: the emitter still stands
            ctx.log.info("no sound to preview; returning the emitter only")
            return Placement(emitter=emitter)
        try:
            clip = await ctx.to_thread(decode, sound.wav, "wav", 0, _MAX_INPUT_SECONDS)
        except InvalidArgument as exc:
            raise InvalidArgument("sound.wav", exc.message) from exc
        hrtf = self._choose(options.head, self._hrtf or await self._loaded())
        stereo = await ctx.to_thread(
            preview, clip.samples, clip.sample_rate, request.spec, emitter,
            request.anchor, request.listener, hrtf, options.preview_seconds, sound.loop,
            options.room,
        )  # fmt: skip
        return Placement(
            emitter=emitter, preview_wav=await ctx.to_thread(encode_wav, stereo, hrtf.rate)
        )

    def info(self) -> dict[str, str]:
        """Which HRTF set the preview uses, and why."""
        if self._hrtf is None:
            return {"hrtf": "not loaded"}
        return {"hrtf": self._hrtf.name, "hrtf_note": self._note}
