"""Periodic building blocks: everything made here wraps around the loop without a seam.

A loop is ``n`` samples long. Tones have a whole number of cycles in it, noise is shaped in the
frequency domain of the whole loop (so it is periodic by construction), and events (a chime, a
tick) that run past the end continue at the start. That is why a rendered loop has no click.
"""

from __future__ import annotations

import numpy as np

__all__ = ["Loop", "normalize"]

TAU = 2.0 * np.pi


class Loop:
    """A loop of ``n`` samples at ``rate`` Hz with periodic oscillators, noise and events."""

    def __init__(self, n: int, rate: int) -> None:
        self.n = n
        self.rate = rate
        self.seconds = n / rate
        self.t = np.arange(n, dtype=np.float64) / rate
        self._freqs = np.fft.rfftfreq(n, 1.0 / rate)

    @property
    def nyquist(self) -> float:
        """Half the sample rate, Hz."""
        return self.rate / 2.0

    def cycles(self, hz: float) -> int:
        """Whole cycles of ``hz`` that fit the loop (at least one)."""
        return max(1, round(hz * self.seconds))

    def quantize(self, hz: float) -> float:
        """The nearest frequency with a whole number of cycles in the loop."""
        return self.cycles(hz) / self.seconds

    def phase(self, hz: float, offset: float = 0.0) -> np.ndarray:
        """Phase in radians of a quantized oscillator."""
        return TAU * self.quantize(hz) * self.t + offset

    def sine(self, hz: float, offset: float = 0.0) -> np.ndarray:
        """A sine with a whole number of cycles in the loop."""
        return np.asarray(np.sin(self.phase(hz, offset)))

    def lfo(self, hz: float, depth: float, offset: float = 0.0) -> np.ndarray:
        """A slow gain curve ``1 + depth * sin`` (quantized, so periodic)."""
        return 1.0 + depth * self.sine(hz, offset)

    def noise(
        self,
        rng: np.random.Generator,
        low: float = 20.0,
        high: float = 20_000.0,
        tilt: float = 0.0,
    ) -> np.ndarray:
        """Periodic noise band-limited to [low, high] Hz, slope ``tilt`` dB/octave, RMS 1."""
        f = self._freqs
        spectrum = rng.standard_normal(len(f)) + 1j * rng.standard_normal(len(f))
        safe = np.maximum(f, 1.0)
        gain = (safe / 1000.0) ** (tilt / 6.0206)
        # Smooth shoulders (second-order-ish) rather than brick walls.
        gain /= np.sqrt(1.0 + (low / safe) ** 4) * np.sqrt(1.0 + (safe / high) ** 4)
        gain[0] = 0.0
        x = np.fft.irfft(spectrum * gain, self.n)
        rms = float(np.sqrt(np.mean(x * x)))
        return x / rms if rms > 0 else x

    def starts(
        self, per_second: float, rng: np.random.Generator, jitter: float = 0.0
    ) -> np.ndarray:
        """Event start samples: evenly spaced (a whole number per loop), jittered by a fraction."""
        count = self.cycles(per_second)
        spacing = self.n / count
        base = (np.arange(count) + rng.uniform(0.0, 1.0)) * spacing
        if jitter:
            base = base + rng.uniform(-jitter, jitter, count) * spacing
        return np.mod(np.round(base), self.n).astype(np.int64)

    def random_starts(self, per_second: float, rng: np.random.Generator) -> np.ndarray:
        """Event start samples scattered uniformly: ``per_second`` on average."""
        count = max(1, int(rng.poisson(max(per_second, 0.0) * self.seconds)))
        return rng.integers(0, self.n, count)

    def place(self, out: np.ndarray, event: np.ndarray, start: int) -> None:
        """Add ``event`` into ``out`` at ``start``, wrapping past the end to the beginning."""
        event = event[: self.n]
        start %= self.n
        first = min(len(event), self.n - start)
        out[start : start + first] += event[:first]
        if first < len(event):
            out[: len(event) - first] += event[first:]

    def ring(self, voices: list[tuple[np.ndarray, list[tuple[float, float, float]]]]) -> np.ndarray:
        """Struck resonators: each voice is (impulse train, [(hz, decay s, gain), ...]).

        Every partial is a two-pole resonator whose impulse response is a damped sine. Filtering
        in the loop's frequency domain gives the exact periodic steady state: a decay that is
        still ringing at the end of the loop rings on at its start, with no seam to hide.
        """
        bins = np.arange(self.n // 2 + 1)
        z1 = np.exp(-2j * np.pi * bins / self.n)
        z2 = z1 * z1
        total = np.zeros(len(bins), dtype=np.complex128)
        for impulses, partials in voices:
            response = np.zeros(len(bins), dtype=np.complex128)
            for hz, decay, gain in partials:
                if hz >= self.nyquist * 0.9:
                    continue
                r, w = np.exp(-1.0 / (decay * self.rate)), TAU * hz / self.rate
                response += gain * r * np.sin(w) * z1 / (1 - 2 * r * np.cos(w) * z1 + r * r * z2)
            total += np.fft.rfft(impulses) * response
        return np.fft.irfft(total, self.n)

    def local(self, seconds: float) -> np.ndarray:
        """Time axis of an event of ``seconds`` (capped at the loop length)."""
        count = max(1, min(self.n, round(seconds * self.rate)))
        return np.arange(count, dtype=np.float64) / self.rate

    @staticmethod
    def fade_tail(event: np.ndarray, fraction: float = 0.1) -> np.ndarray:
        """Fade the last ``fraction`` of an event to zero so a truncated decay ends cleanly."""
        k = max(1, int(len(event) * fraction))
        event[-k:] *= np.linspace(1.0, 0.0, k)
        return event


def normalize(x: np.ndarray) -> np.ndarray:
    """Remove DC and scale to peak 1 (silence stays silence)."""
    x = x - np.mean(x)
    peak = float(np.max(np.abs(x))) if len(x) else 0.0
    return x / peak if peak > 0 else x
