"""Figment's built-in speech stages: Whisper speech-to-text and Piper text-to-speech."""

from __future__ import annotations

from figment.stages import Register

__all__ = ["register_stages"]


def register_stages(register: Register) -> None:
    """Register ``figment.stt.whisper`` and ``figment.tts.piper``."""
    from .stt import WhisperStt
    from .tts import PiperTts

    register(WhisperStt)
    register(PiperTts)
