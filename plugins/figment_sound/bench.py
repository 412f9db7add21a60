"""Sound benchmark (``figment bench sound``): synthesis and binaural real-time factors, then speech.

``python -m figment_sound.bench`` prints numbers and asserts nothing. A real-time factor is
seconds of audio made per second of CPU time (higher is faster); goal for the binaural preview:
at least 50x. The speech part (TTS real-time factor; per voice STT latency, WER and key-word
recall before and after biasing) comes from ``figment_speech.bench`` and is skipped with a note
when its models are not installed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

import numpy as np

from figment.errors import MissingDependency
from figment.spec import SOUNDS, ObjectSpec, SoundDescriptor
from figment.stages import Pose

from .emitter import emitter_for
from .hrtf import HrtfSet, load_hrtf, spherical_head
from .mix import render
from .placement import preview
from .synth import SOUND_RATE

__all__ = ["binaural_rtf", "main", "synth_rtf"]

_SECONDS = 10.0


def _best_of(repeats: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Fastest of ``repeats`` calls as (CPU seconds of this process, wall seconds).

    On a shared machine the wall clock also counts other people's work; this code runs on one
    thread, so CPU time is its own cost. Both are printed.
    """
    cpu = wall = float("inf")
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu = min(cpu, time.process_time() - start_cpu)
        wall = min(wall, time.perf_counter() - start)
    return cpu, wall


def synth_rtf(seconds: float = _SECONDS, repeats: int = 3) -> dict[str, float]:
    """Real-time factor of rendering each sound kind alone for ``seconds``."""
    rates = {}
    for kind in SOUNDS:
        descriptors = [SoundDescriptor(kind=kind)]
        rates[kind] = seconds / _best_of(repeats, partial(render, descriptors, 1, seconds))[0]
    return rates


def binaural_rtf(hrtf: HrtfSet, seconds: float = _SECONDS, repeats: int = 3) -> tuple[float, float]:
    """Real-time factors (CPU, wall) of a preview with a source orbiting the listener."""
    spec = ObjectSpec.model_validate(
        {
            "name": "orbiting chime",
            "archetype": "orb",
            "size": {"x": 0.3, "y": 0.3, "z": 0.3},
            "materials": [{"made_of": "glass", "base_color": {"r": 1, "g": 1, "b": 1}}],
            "motions": [{"kind": "orbit", "amplitude": 2.0, "frequency_hz": 0.25}],
            "sounds": [{"kind": "chime"}],
        }
    )
    mono = render(list(spec.sounds), 1, 4.0)
    emitter = emitter_for(spec)
    listener = Pose(position=(0.0, 0.15, 0.0))

    def once() -> None:
        preview(mono, SOUND_RATE, spec, emitter, Pose(), listener, hrtf, seconds)

    cpu, wall = _best_of(repeats, once)
    return seconds / cpu, seconds / wall


def main() -> None:
    """Print sound synthesis and binaural real-time factors, then the speech benchmark."""
    rates = synth_rtf()
    print(f"sound synthesis, {_SECONDS:g} s per kind (x real time, CPU time):")
    for kind, rate in rates.items():
        print(f"  {kind:10s} {rate:8.1f}")
    print(f"  {'geo-mean':10s} {float(np.exp(np.mean(np.log(list(rates.values()))))):8.1f}")
    kemar, note = load_hrtf()
    for hrtf in (kemar, spherical_head()) if kemar.name != "spherical head model" else (kemar,):
        cpu, wall = binaural_rtf(hrtf)
        print(
            f"binaural preview, orbiting source + doppler + room, {hrtf.name}: "
            f"{cpu:.1f}x real time per CPU second, {wall:.1f}x wall (goal >= 50x)"
        )
    print(f"  hrtf note: {note}")
    try:
        from figment_speech import bench as speech_bench

        speech_bench.main()
    except (ImportError, MissingDependency) as exc:
        print(f"speech: skipped ({exc})")


if __name__ == "__main__":
    main()
