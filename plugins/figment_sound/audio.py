"""Audio I/O shared by the sound and speech stages: decode, resample, encode (soundfile + scipy).

Every decoder checks the documented limits and raises ``InvalidArgument`` naming the field
(``audio.data``, ``audio.format``, ``audio.sample_rate``) and the limit it broke.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Final

import numpy as np
import soundfile as sf
from scipy.signal import resample_poly

from figment.errors import InvalidArgument

__all__ = [
    "FORMATS",
    "MAX_INPUT_BYTES",
    "MAX_SAMPLE_RATE",
    "MIN_SAMPLE_RATE",
    "Decoded",
    "decode",
    "detect_format",
    "encode_ogg",
    "encode_wav",
    "resample",
]

FORMATS: Final = ("wav", "ogg", "flac", "pcm16")
"""Accepted input formats; an empty format means "detect from the bytes"."""

MIN_SAMPLE_RATE: Final = 8_000
"""Lowest accepted input sample rate, Hz."""

MAX_SAMPLE_RATE: Final = 192_000
"""Highest accepted input sample rate, Hz."""

MAX_INPUT_BYTES: Final = 16 * 1024 * 1024
"""Largest accepted input: 30 s of 48 kHz stereo float32 WAV fits (11.5 MB).

The daemon's own ``max_audio_input_bytes`` (8 MiB by default) usually rejects larger input first.
"""

_MAGIC: Final = ((b"RIFF", "wav"), (b"RF64", "wav"), (b"OggS", "ogg"), (b"fLaC", "flac"))
_SF_FORMAT: Final = {"wav": {"WAV", "WAVEX", "RF64"}, "ogg": {"OGG"}, "flac": {"FLAC"}}


@dataclass(frozen=True)
class Decoded:
    """Mono float32 samples in [-1, 1] and their rate."""

    samples: np.ndarray
    sample_rate: int

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.sample_rate


def detect_format(data: bytes) -> str | None:
    """The container named by the first bytes (wav, ogg, flac), or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def _check_rate(rate: int) -> None:
    if not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise InvalidArgument(
            "audio.sample_rate",
            f"must be in [{MIN_SAMPLE_RATE}, {MAX_SAMPLE_RATE}] Hz (got {rate})",
        )


def decode(data: bytes, fmt: str = "", sample_rate: int = 0, max_seconds: float = 30.0) -> Decoded:
    """Decode WAV/OGG/FLAC bytes or raw little-endian pcm16 to mono float32, within limits."""
    if not data:
        raise InvalidArgument("audio.data", "is empty")
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidArgument(
            "audio.data", f"must be at most {MAX_INPUT_BYTES} bytes (got {len(data)})"
        )
    fmt = fmt.strip().lower()
    if fmt and fmt not in FORMATS:
        raise InvalidArgument("audio.format", f"must be one of {', '.join(FORMATS)} or empty")
    detected = detect_format(data)
    if not fmt:
        if detected is None:
            raise InvalidArgument(
                "audio.format",
                "could not be detected (not WAV, OGG or FLAC); send pcm16 with its sample_rate",
            )
        fmt = detected
    elif fmt != "pcm16" and detected != fmt:
        raise InvalidArgument("audio.data", f"is not a {fmt.upper()} file (found {detected})")
    if fmt == "pcm16":
        samples, rate = _decode_pcm16(data, sample_rate, max_seconds)
    else:
        samples, rate = _decode_file(data, fmt, max_seconds)
    if not np.all(np.isfinite(samples)):
        raise InvalidArgument("audio.data", "contains NaN or infinite samples")
    return Decoded(np.clip(samples, -1.0, 1.0).astype(np.float32, copy=False), rate)


def _too_long(frames: int, rate: int, max_seconds: float) -> InvalidArgument:
    return InvalidArgument(
        "audio.data", f"must be at most {max_seconds:g} s long (got {frames / rate:.1f} s)"
    )


def _decode_pcm16(data: bytes, rate: int, max_seconds: float) -> tuple[np.ndarray, int]:
    if rate == 0:
        raise InvalidArgument("audio.sample_rate", "is required for pcm16")
    _check_rate(rate)
    if len(data) % 2:
        raise InvalidArgument("audio.data", f"pcm16 needs an even byte count (got {len(data)})")
    frames = len(data) // 2
    if frames > max_seconds * rate:
        raise _too_long(frames, rate, max_seconds)
    return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0, rate


def _decode_file(data: bytes, fmt: str, max_seconds: float) -> tuple[np.ndarray, int]:
    try:
        with sf.SoundFile(io.BytesIO(data)) as f:
            if f.format not in _SF_FORMAT[fmt]:
                raise InvalidArgument("audio.data", f"is not a {fmt.upper()} file ({f.format})")
            _check_rate(f.samplerate)
            # Ogg frame counts can be unknown/huge; read at most the limit plus one frame.
            limit = math.floor(max_seconds * f.samplerate)
            samples = f.read(frames=limit + 1, dtype="float32", always_2d=True)
            rate = f.samplerate
    except sf.LibsndfileError as exc:
        raise InvalidArgument("audio.data", f"is not a readable {fmt.upper()} file") from exc
    except (RuntimeError, ValueError, TypeError) as exc:
        raise InvalidArgument("audio.data", f"is not a readable {fmt.upper()} file") from exc
    if len(samples) > limit:
        raise _too_long(len(samples), rate, max_seconds)
    return samples.mean(axis=1), rate


def resample(samples: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Polyphase resampling (scipy) to ``rate_out``; a no-op at equal rates."""
    if rate_in == rate_out:
        return samples.astype(np.float32, copy=False)
    g = math.gcd(rate_in, rate_out)
    return np.asarray(resample_poly(samples, rate_out // g, rate_in // g), dtype=np.float32)


def _encode(samples: np.ndarray, rate: int, fmt: str, subtype: str) -> bytes:
    buf = io.BytesIO()
    data = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    sf.write(buf, data, rate, format=fmt, subtype=subtype)
    return buf.getvalue()


def encode_wav(samples: np.ndarray, rate: int) -> bytes:
    """16-bit PCM WAV; ``samples`` is (frames,) mono or (frames, channels)."""
    return _encode(samples, rate, "WAV", "PCM_16")


def encode_ogg(samples: np.ndarray, rate: int) -> bytes:
    """OGG Vorbis; ``samples`` is (frames,) mono or (frames, channels)."""
    return _encode(samples, rate, "OGG", "VORBIS")
