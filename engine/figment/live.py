"""Speech streamed in while the user speaks: the utterance, its voice activity, and its end.

A client sends 16-bit little-endian mono PCM in chunks at a rate it states. ``Utterance``
collects them within the input limits, tells when a partial transcript is due (enough new speech,
or a pause after words no partial has heard), and finds the end: the client says so (push-to-talk), or the voice stops for
``END_SILENCE_S`` after speech began (energy voice-activity detection: louder than -42 dBFS and
than the noise floor it measures by 12 dB), or the utterance reaches ``max_audio_input_seconds``. A client that goes quiet
on the wire for ``Limits.live_idle_s`` ends it too, so nothing waits forever.
"""

from __future__ import annotations

import io
import wave

import numpy as np

from .errors import InvalidArgument

__all__ = [
    "END_SILENCE_S",
    "FRAME_S",
    "MAX_RATE",
    "MIN_RATE",
    "PARTIAL_EVERY_S",
    "PAUSE_S",
    "Utterance",
    "wav_of",
]

MIN_RATE, MAX_RATE = 8000, 48000
FRAME_S = 0.03
"""Voice-activity frames, seconds."""
END_SILENCE_S = 0.8
"""Silence after speech that ends the utterance (without push-to-talk)."""
PARTIAL_EVERY_S = 0.5
"""New speech, seconds, before another partial transcript."""
PAUSE_S = 0.2
"""Silence after speech that asks for a partial transcript at once: the words so far are likely
the whole wish, so the object it names can be in the scene before the utterance ends."""
_SPEECH_DB_OVER_FLOOR = 12.0
_MIN_SPEECH_DBFS = -42.0
"""Frames quieter than this are never speech (a room is about -60 to -45 dBFS, a voice close to
a headset microphone -30 to -10)."""


def wav_of(pcm: bytes, rate: int) -> bytes:
    """16-bit mono PCM as a WAV file."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buf.getvalue()


class Utterance:
    """The audio of one spoken wish as it arrives."""

    def __init__(self, rate: int, max_seconds: float, max_bytes: int, push_to_talk: bool):
        if not MIN_RATE <= rate <= MAX_RATE:
            raise InvalidArgument(
                "start.sample_rate", f"must be in [{MIN_RATE}, {MAX_RATE}] Hz (got {rate})"
            )
        self.rate = rate
        self.max_bytes = min(max_bytes, int(max_seconds * rate) * 2)
        self.push_to_talk = push_to_talk
        self.pcm = bytearray()
        self._frame = max(1, int(FRAME_S * rate)) * 2  # bytes
        self._scanned = 0
        self._floor_db: float | None = None
        self.speech_started = False
        self._silent_frames = 0
        self._unheard = 0  # speech frames since the last partial transcript
        self._paused = False  # a pause after speech that no partial transcript has covered
        self.ended = ""
        """Why the utterance ended ("", "client", "silence", "limit", "idle")."""

    @property
    def seconds(self) -> float:
        """Audio received so far."""
        return len(self.pcm) / 2 / self.rate

    def add(self, chunk: bytes) -> None:
        """Append a chunk; a chunk past the limit ends the utterance at the limit."""
        if self.ended:
            return
        if len(chunk) % 2:
            raise InvalidArgument("pcm", "16-bit samples: a chunk has an even number of bytes")
        room = self.max_bytes - len(self.pcm)
        self.pcm += chunk[:room]
        if len(chunk) > room:
            self.end("limit")
            return
        self._scan()

    def end(self, why: str) -> None:
        """The utterance is over (the first reason wins)."""
        self.ended = self.ended or why

    def partial_due(self) -> bool:
        """Whether a partial transcript is due: enough new speech arrived since the last one, or
        the voice paused after words no partial transcript has heard yet."""
        if not self.speech_started or self.ended:
            return False
        if self._unheard * FRAME_S >= PARTIAL_EVERY_S or (self._paused and self._unheard):
            self._unheard = 0
            self._paused = False
            return True
        return False

    def _scan(self) -> None:
        """Voice activity over the whole frames not yet looked at."""
        while self._scanned + self._frame <= len(self.pcm) and not self.ended:
            frame = np.frombuffer(self.pcm, "<i2", self._frame // 2, self._scanned)
            self._scanned += self._frame
            rms = float(np.sqrt(np.mean(frame.astype(np.float64) ** 2))) + 1e-9
            db = 20 * np.log10(rms / 32768.0)
            threshold = _MIN_SPEECH_DBFS
            if self._floor_db is not None:  # over a measured noise floor, too
                threshold = max(threshold, self._floor_db + _SPEECH_DB_OVER_FLOOR)
            speech = db > threshold
            if not speech:  # the floor follows the quiet frames only
                floor = self._floor_db
                self._floor_db = db if floor is None else 0.95 * floor + 0.05 * db
            if speech:
                self.speech_started = True
                self._silent_frames = 0
                self._unheard += 1
            elif self.speech_started:
                self._silent_frames += 1
                if self._silent_frames == round(PAUSE_S / FRAME_S):
                    self._paused = True
                if not self.push_to_talk and self._silent_frames * FRAME_S >= END_SILENCE_S:
                    self.end("silence")
