"""What the preview adds around the direct sound: doppler (a moving delay) and a diffuse room tail.

Engines do both themselves from the emitter's ``doppler`` and ``reverb_send``; the preview does a
plain version so that what you hear matches what the parameters say.
"""

from __future__ import annotations

from typing import Final

import numpy as np
from scipy import fft

__all__ = ["SPEED_OF_SOUND", "add_room", "delayed", "room_tail"]

SPEED_OF_SOUND: Final = 343.0
"""Metres per second."""
_PREDELAY_S: Final = 0.02


def delayed(
    mono: np.ndarray, rate: int, n: int, distance: np.ndarray, doppler: float, loop: bool
) -> np.ndarray:
    """``n`` samples of ``mono`` heard through a propagation delay of ``doppler * d / c``.

    ``distance`` is per output sample (metres). A changing distance shifts the pitch as a moving
    source does; the smallest delay is removed so the preview starts at once. A looping sound
    repeats; a one-shot is silent outside its length.
    """
    delay = doppler * distance * rate / SPEED_OF_SOUND
    position = np.arange(n) - (delay - delay.min())
    if len(mono) == 0:
        return np.zeros(n, dtype=np.float32)
    if loop:
        period = len(mono)
        wrapped = np.append(mono, mono[0])
        heard = np.interp(np.mod(position, period), np.arange(period + 1), wrapped)
    else:
        heard = np.interp(position, np.arange(len(mono)), mono, left=0.0, right=0.0)
    return np.asarray(heard, dtype=np.float32)


def room_tail(rate: int, rt60: float, seed: int = 0) -> np.ndarray:
    """A stereo diffuse reverb response (taps, 2): decaying noise, decorrelated between ears."""
    rng = np.random.default_rng(seed)
    taps = int(rt60 * rate)
    t = np.arange(taps) / rate
    envelope = np.exp(-6.91 * t / rt60)  # -60 dB at rt60
    envelope[: int(0.005 * rate)] *= np.linspace(0.0, 1.0, int(0.005 * rate))
    tail = rng.standard_normal((taps, 2)) * envelope[:, None]
    tail = np.concatenate([np.zeros((int(_PREDELAY_S * rate), 2)), tail])
    return np.asarray(tail / np.sqrt(np.sum(tail**2) / 2), dtype=np.float32)


def add_room(stereo: np.ndarray, source: np.ndarray, rate: int, send: float) -> np.ndarray:
    """Add ``source`` through a room tail at level ``send``; RT60 grows with the send."""
    if send <= 0:
        return stereo
    tail = room_tail(rate, rt60=0.4 + 1.2 * send)
    size = fft.next_fast_len(len(source) + len(tail) - 1, real=True)
    # One transform of the source feeds both ears (float32 keeps scipy.fft in single precision).
    spectrum = fft.rfft(source.astype(np.float32), size)[:, None] * fft.rfft(tail, size, axis=0)
    wet = fft.irfft(spectrum, size, axis=0)[: len(source)]
    return np.asarray(stereo + (0.35 * send) * wet, dtype=np.float32)
