"""One synthesizer per sound descriptor kind (every name in ``figment.spec.SOUNDS``).

Each takes a ``Loop``, the descriptor and a seeded generator and returns a periodic mono signal
with peak 1. ``pitch_hz`` sets the register, ``tempo_bpm`` the event rate (0 means the kind's
natural rate), ``brightness`` the spectral tilt. Loudness is applied by the mixer.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.signal import fftconvolve

from figment.spec import SoundDescriptor

from .loop import TAU, Loop, normalize

__all__ = ["SYNTHS", "Synth"]

Synth = Callable[[Loop, SoundDescriptor, np.random.Generator], np.ndarray]


def _rate(d: SoundDescriptor, default_per_min: float, low: float, high: float) -> float:
    """Events per second from the descriptor's tempo, its default when 0, kept in [low, high]."""
    per_min = d.tempo_bpm if d.tempo_bpm > 0 else default_per_min
    return float(np.clip(per_min / 60.0, low, high))


def _decay(lp: Loop, seconds: float, tau: float) -> tuple[np.ndarray, np.ndarray]:
    t = lp.local(seconds)
    return t, np.exp(-t / tau)


def _struck(
    lp: Loop,
    notes: dict[float, tuple[np.ndarray, np.ndarray]],
    ratios: list[float],
    decay: float,
    d: SoundDescriptor,
) -> np.ndarray:
    """Struck objects: per pitch, strike times and strengths ringing inharmonic partials."""
    voices = []
    for f0, (starts, strengths) in notes.items():
        impulses = np.zeros(lp.n)
        np.add.at(impulses, starts, strengths)
        partials = [
            (f0 * ratio, decay / ratio**0.5, (1.0 + i) ** -(2.0 - 1.6 * d.brightness))
            for i, ratio in enumerate(ratios)
        ]
        voices.append((impulses, partials))
    return normalize(lp.ring(voices))


def drone(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Stacked harmonics, each doubled a hair apart so they beat slowly, under a slow swell."""
    out = np.zeros(lp.n)
    for h in range(1, 3 + int(d.brightness * 10)):
        f = d.pitch_hz * h
        if f >= lp.nyquist * 0.9:
            break
        amp = h ** -(2.2 - 1.6 * d.brightness)
        beat = (1 + int(rng.integers(0, 3))) / lp.seconds
        out += amp * (lp.sine(f, rng.uniform(0, TAU)) + lp.sine(f + beat, rng.uniform(0, TAU)))
    return normalize(out * lp.lfo(rng.uniform(0.08, 0.25), 0.3, rng.uniform(0, TAU)))


def hum(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """A steady electric hum: a buzzy harmonic series with a little flutter."""
    out = np.zeros(lp.n)
    f0 = d.pitch_hz / 2 if d.pitch_hz > 80 else d.pitch_hz
    for h in range(1, 4 + int(d.brightness * 14)):
        if f0 * h >= lp.nyquist * 0.9:
            break
        amp = (1.0 if h % 2 else 0.6) * h ** -(1.8 - 1.2 * d.brightness)
        out += amp * lp.sine(f0 * h, rng.uniform(0, TAU))
    return normalize(out * lp.lfo(rng.uniform(0.5, 3.0), 0.08, rng.uniform(0, TAU)))


def chime(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Wind-chime strikes on a pentatonic scale, partials of a struck tube."""
    scale = np.array([1.0, 9 / 8, 5 / 4, 3 / 2, 5 / 3, 2.0])
    f0 = d.pitch_hz * (4.0 if d.pitch_hz < 300 else 1.0)
    starts = lp.starts(_rate(d, 50, 0.2, 6.0), rng, jitter=0.35)
    which = rng.integers(0, len(scale), len(starts))
    strengths = rng.uniform(0.4, 1.0, len(starts))
    notes = {f0 * scale[i]: (starts[which == i], strengths[which == i]) for i in set(which)}
    return _struck(lp, notes, [1.0, 2.756, 5.404, 8.933], rng.uniform(0.5, 1.2), d)


def bells(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Church-bell strikes: hum, prime, tierce, quint and nominal partials, long decays."""
    starts = lp.starts(_rate(d, 30, 0.1, 3.0), rng)
    which = np.arange(len(starts)) % 3
    pitches = d.pitch_hz * np.array([1.0, 4 / 3, 3 / 2])
    notes = {pitches[i]: (starts[which == i], np.ones(int(np.sum(which == i)))) for i in set(which)}
    ratios = [0.5, 1.0, 1.183, 1.506, 2.0, 2.514, 2.662, 3.011]
    return _struck(lp, notes, ratios, rng.uniform(1.2, 2.4), d)


def ticking(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Clockwork ticks and tocks: a click of noise and a short metallic ping."""
    out = np.zeros(lp.n)
    ping = float(np.clip(d.pitch_hz * 8, 1200.0, 6000.0)) * (0.7 + 0.6 * d.brightness)
    t, env = _decay(lp, 0.04, 0.006)
    for i, start in enumerate(lp.starts(_rate(d, 60, 0.5, 8.0), rng)):
        f = ping * (1.0 if i % 2 == 0 else 0.78)
        click = rng.standard_normal(len(t)) * np.exp(-t / 0.0015) * np.minimum(t / 3e-4, 1.0)
        lp.place(out, Loop.fade_tail(env * np.sin(TAU * f * t) + 0.6 * click), int(start))
    return normalize(out)


def heartbeat(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Lub-dub: two low, falling thumps per beat."""
    out = np.zeros(lp.n)
    rate = _rate(d, 60, 0.5, 3.0)
    base = float(np.clip(d.pitch_hz / 4, 30.0, 90.0))
    t, env = _decay(lp, 0.25, 0.05)
    for start in lp.starts(rate, rng):
        for delay, level, f in ((0.0, 1.0, base), (0.32 / rate, 0.7, base * 1.25)):
            sweep = TAU * f * (t + 0.04 * (1 - np.exp(-t / 0.04)))  # pitch falls from 2f to f
            thump = Loop.fade_tail(level * env * np.sin(sweep))
            lp.place(out, thump, int(start + delay * lp.rate))
    return normalize(out)


def breathing(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Inhale and exhale: band-limited noise under a slow two-part envelope."""
    rate = lp.quantize(_rate(d, 14, 0.1, 0.7))
    ph = np.mod(lp.t * rate, 1.0)
    inhale = np.where(ph < 0.4, np.sin(np.pi * ph / 0.4) ** 2, 0.0)
    exhale = np.where((ph >= 0.45) & (ph < 0.95), np.sin(np.pi * (ph - 0.45) / 0.5) ** 2, 0.0)
    centre = 500.0 + 1500.0 * d.brightness
    bright = lp.noise(rng, centre * 0.6, centre * 3.0, tilt=-2.0)
    dark = lp.noise(rng, centre * 0.3, centre * 1.5, tilt=-4.0)
    return normalize(0.7 * inhale * bright + exhale * dark)


def whisper(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Whispered phrases: runs of unvoiced syllables, breathy bands and sibilants."""
    bands = [lp.noise(rng, 900, 2200), lp.noise(rng, 1800, 4200), lp.noise(rng, 4000, 9000)]
    out = np.zeros(lp.n)
    for phrase in lp.random_starts(_rate(d, 20, 0.3, 3.0), rng):
        at = int(phrase)
        for _ in range(int(rng.integers(2, 8))):
            t = lp.local(rng.uniform(0.07, 0.22))
            env = np.sin(np.pi * t / t[-1]) ** 2 if len(t) > 1 else t
            mix = rng.dirichlet([1.0, 1.0, 0.3 + 2.0 * d.brightness])
            idx = (at + np.arange(len(t))) % lp.n
            syllable = sum(m * band[idx] for m, band in zip(mix, bands, strict=True))
            lp.place(out, env * syllable * rng.uniform(0.5, 1.0), at)
            at += len(t) + int(rng.uniform(0.0, 0.06) * lp.rate)
    return normalize(out)


def granular(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """A cloud of short tonal grains scattered around the pitch."""
    out = np.zeros(lp.n)
    density = 15.0 + 60.0 * d.brightness + (d.tempo_bpm / 10.0)
    for start in lp.random_starts(density, rng):
        t = lp.local(rng.uniform(0.02, 0.09))
        f = min(d.pitch_hz * 2.0 ** rng.normal(0.0, 0.8), lp.nyquist * 0.8)
        window = np.hanning(len(t))
        lp.place(out, window * np.sin(TAU * f * t) * rng.uniform(0.2, 1.0), int(start))
    return normalize(out)


def bubbles(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Bubbles popping: short sine chirps rising in pitch as they decay."""
    out = np.zeros(lp.n)
    for start in lp.random_starts(_rate(d, 180, 1.0, 20.0), rng):
        f = float(np.clip(d.pitch_hz * 4 * 2.0 ** rng.normal(0, 0.5), 200.0, 4000.0))
        tau = rng.uniform(0.015, 0.06)
        t, env = _decay(lp, 5 * tau, tau)
        rise = 1.0 + rng.uniform(0.3, 1.0) * (t / t[-1] if len(t) > 1 else t)
        phase = TAU * np.cumsum(f * rise) / lp.rate
        lp.place(out, Loop.fade_tail(env * np.sin(phase)) * rng.uniform(0.3, 1.0), int(start))
    return normalize(out)


def wind(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Gusts: dark noise and a breathy whistle band that swell with slow, uneven gusts."""
    gust = sum(lp.lfo(rng.uniform(0.05, 0.3), 0.5, rng.uniform(0, TAU)) for _ in range(3)) / 3
    gust = np.clip(gust, 0.1, None)
    dark = lp.noise(rng, 40, 600 + 1200 * d.brightness, tilt=-3.0)
    centre = float(np.clip(d.pitch_hz * 2, 200.0, 3000.0))
    whistle = lp.noise(rng, centre * 0.85, centre * 1.15)
    return normalize(gust * dark + 0.5 * gust**2 * whistle)


def crackle(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Fire crackle: bursts of uneven pops (at the tempo) and stray ones, over a low hiss."""
    out = 0.12 * lp.noise(rng, 60, 2000 + 4000 * d.brightness, tilt=-3.0)
    bursts = [
        int(b) + rng.integers(0, int(0.3 * lp.rate), int(rng.integers(3, 13)))
        for b in lp.random_starts(_rate(d, 60, 0.5, 8.0), rng)
    ]
    strays = lp.random_starts(6.0 + 10.0 * d.brightness, rng)
    for start in np.concatenate([strays, *bursts]):
        t, env = _decay(lp, 0.008, rng.uniform(0.0004, 0.0008 + 0.002 * (1 - d.brightness)))
        strength = min(0.3 + rng.pareto(3.0), 2.5)
        lp.place(out, env * rng.standard_normal(len(t)) * strength, int(start))
    return normalize(out)


def creak(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Wood under strain: stick-slip pulse trains gliding in rate through a resonant body."""
    out = np.zeros(lp.n)
    kt, _ = _decay(lp, 0.03, 0.01)
    modes = (550.0, 1100.0, 2300.0 * (0.5 + d.brightness))
    body = sum(np.exp(-kt / 0.006) * np.sin(TAU * f * kt) for f in modes)
    for start in lp.starts(_rate(d, 20, 0.1, 3.0), rng, jitter=0.3):
        t = lp.local(rng.uniform(0.3, 1.0))
        lo, hi = sorted(rng.uniform(15.0, 90.0, 2) * d.pitch_hz / 220.0)
        pulse_rate = np.clip(lo + (hi - lo) * t / t[-1], 5.0, 400.0)
        pulses = np.diff(np.floor(np.cumsum(pulse_rate) / lp.rate), prepend=0.0)
        if not pulses[1:].any():  # too short for its slip rate: creak once, mid-event
            pulses[len(pulses) // 2] = 1.0
        env = np.sin(np.pi * t / t[-1])
        lp.place(out, fftconvolve(pulses * env, body)[: len(t)], int(start))
    return normalize(out)


def choir(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Voices on a chord singing a vowel: harmonics shaped by formants, with vibrato."""
    formants = [(700, 110), (1220, 120), (2600, 160)] if d.brightness > 0.4 else [
        (300, 80), (870, 100), (2240, 140)]  # fmt: skip
    chord = (1.0, 5 / 4, 3 / 2, 2.0) if rng.random() < 0.5 else (1.0, 6 / 5, 3 / 2, 2.0)
    out = np.zeros(lp.n)
    table_size = 4096
    cycle = np.arange(table_size) * TAU / table_size
    for ratio in chord:
        f0 = lp.quantize(d.pitch_hz * ratio)
        # One cycle of this voice's vowel (formant-weighted harmonics), read at a wobbling phase.
        table = np.zeros(table_size)
        for h in range(1, max(1, int(min(3500.0, lp.nyquist * 0.9) // f0)) + 1):
            gain = sum(1.0 / (1.0 + ((f0 * h - fc) / bw) ** 2) for fc, bw in formants) / h**0.5
            table += gain * np.sin(h * cycle + rng.uniform(0, TAU))
        vib_hz = lp.quantize(rng.uniform(4.5, 6.0))
        vibrato = (0.006 * f0 / vib_hz) * np.sin(TAU * vib_hz * lp.t + rng.uniform(0, TAU))
        position = np.mod(f0 * lp.t + vibrato / TAU, 1.0) * table_size
        out += np.interp(position, np.arange(table_size + 1), np.append(table, table[0]))
    return normalize(out * lp.lfo(rng.uniform(0.1, 0.2), 0.25, rng.uniform(0, TAU)))


def pulse(lp: Loop, d: SoundDescriptor, rng: np.random.Generator) -> np.ndarray:
    """Rhythmic synth pulses: a steady band-limited square gated at the tempo."""
    tone = np.zeros(lp.n)
    for h in range(1, 2 + 2 * int(1 + d.brightness * 8), 2):
        if d.pitch_hz * h >= lp.nyquist * 0.9:
            break
        tone += lp.sine(d.pitch_hz * h) / h
    rate = lp.quantize(_rate(d, 120, 0.5, 8.0))
    ph = np.mod(lp.t * rate, 1.0)
    gate = np.minimum(ph / 0.02, 1.0) * np.exp(-ph * 5.0) * (ph < 0.9)
    gate = gate * np.clip((0.9 - ph) / 0.05, 0.0, 1.0)  # release before the next pulse
    return normalize(tone * gate)


SYNTHS: dict[str, Synth] = {
    "drone": drone,
    "chime": chime,
    "ticking": ticking,
    "breathing": breathing,
    "granular": granular,
    "heartbeat": heartbeat,
    "hum": hum,
    "whisper": whisper,
    "bubbles": bubbles,
    "wind": wind,
    "bells": bells,
    "crackle": crackle,
    "creak": creak,
    "choir": choir,
    "pulse": pulse,
}
"""Synthesizer by descriptor kind; a test checks it covers ``figment.spec.SOUNDS``."""
