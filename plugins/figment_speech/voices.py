"""Making the audio of a line: Piper and espeak-ng voices, sentence by sentence within a budget."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections.abc import Callable
from typing import Any, Final

import numpy as np
import soundfile as sf

from figment.errors import InvalidArgument, MissingDependency
from figment_sound.audio import resample

__all__ = ["SENTENCE_PAUSE_S", "espeak_synthesize", "piper_synthesize", "speak_within"]

SENTENCE_PAUSE_S: Final = 0.15
"""Silence between sentences."""
_ESPEAK_TIMEOUT_S: Final = 30.0

Voice = Callable[[str], tuple[np.ndarray, int]]


def espeak_synthesize(text: str, voice: str, speed: float) -> tuple[np.ndarray, int]:
    """Speak ``text`` with the espeak-ng program; float32 mono and its rate."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise MissingDependency("espeak-ng", "apt-get install espeak-ng")
    cmd = [exe, "--stdout", "-b", "1", "-v", voice, "-s", str(round(175 * speed))]
    done = subprocess.run(
        cmd, input=text.encode("utf-8"), capture_output=True, timeout=_ESPEAK_TIMEOUT_S, check=False
    )
    if done.returncode != 0 or not done.stdout:
        raise InvalidArgument("options.espeak_voice", f"espeak-ng failed: {done.stderr[:200]!r}")
    samples, rate = sf.read(io.BytesIO(done.stdout), dtype="float32", always_2d=True)
    return samples.mean(axis=1), int(rate)


def piper_synthesize(voice: Any, text: str, speed: float) -> tuple[np.ndarray, int]:
    """Speak ``text`` with a loaded ``piper.PiperVoice``; float32 mono and its rate."""
    from piper import SynthesisConfig

    chunks = list(voice.synthesize(text, syn_config=SynthesisConfig(length_scale=1.0 / speed)))
    rate = int(voice.config.sample_rate)
    if not chunks:
        return np.zeros(0, dtype=np.float32), rate
    return np.concatenate([c.audio_float_array for c in chunks]), rate


def speak_within(
    speak: Voice,
    sentences: list[str],
    max_seconds: float,
    check: Callable[[], None],
    log: logging.Logger | logging.LoggerAdapter[logging.Logger],
) -> tuple[np.ndarray, int, str]:
    """Speak whole sentences while they fit ``max_seconds``; samples, rate and the text spoken."""
    pieces: list[np.ndarray] = []
    spoken: list[str] = []
    rate = 0
    used = 0.0
    for sentence in sentences:
        check()
        audio, got_rate = speak(sentence)
        if rate and got_rate != rate:
            audio = resample(audio, got_rate, rate)
        rate = rate or got_rate
        length = len(audio) / rate + (SENTENCE_PAUSE_S if pieces else 0.0)
        if used + length > max_seconds:
            if not pieces:
                raise InvalidArgument(
                    "max_audio_seconds",
                    f"the first sentence needs {length:.1f} s, over the {max_seconds:g} s limit",
                )
            log.info("speech cut at a sentence boundary to fit %g s", max_seconds)
            break
        if pieces:
            pieces.append(np.zeros(round(SENTENCE_PAUSE_S * rate), dtype=np.float32))
        pieces.append(audio.astype(np.float32))
        spoken.append(sentence)
        used += length
    samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    if not np.any(samples):
        raise InvalidArgument("text", "has nothing speakable (only punctuation or symbols?)")
    return samples, rate, " ".join(spoken)
