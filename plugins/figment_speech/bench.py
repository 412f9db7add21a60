"""Speech benchmark: STT latency and word error rate on synthesized commands, TTS real-time factor.

``python -m figment_speech.bench`` prints numbers; it asserts nothing. The commands are a fixed
set of short wishes; each is spoken by every voice in ``VOICES`` (Piper and espeak-ng variants),
transcribed, and scored against its text.
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import time
from typing import Final

from figment.stages import AudioClip, SpeakRequest, StageContext

from .stt import SttOptions, WhisperStt
from .tts import PiperTts, TtsOptions
from .wer import word_errors

__all__ = ["COMMANDS", "VOICES", "context", "load_note", "main", "print_results", "run"]

COMMANDS: Final = (
    "Make a glass whale floating above the table.",
    "Show me a clock made of honey.",
    "I want a tree with eyes instead of leaves.",
    "Put a burning lantern next to the door.",
    "Create a small moon that breathes slowly.",
    "Give me a staircase that melts into water.",
    "Build a silver bird with gears for wings.",
    "Something impossible is floating in the corner.",
    "Turn the teapot into smoke and starlight.",
    "A giant jellyfish made of paper lanterns.",
    "Make the mushroom sing like a choir.",
    "Place a stone heart on the chair.",
)
"""Short spoken wishes, two to four seconds each."""

VOICES: Final = (
    ("piper joe", TtsOptions(engine="piper")),
    ("piper joe fast", TtsOptions(engine="piper", speed=1.25)),
    ("espeak en-us", TtsOptions(engine="espeak", espeak_voice="en-us")),
    ("espeak en-gb-x-rp", TtsOptions(engine="espeak", espeak_voice="en-gb-x-rp")),
    ("espeak en-us+f3", TtsOptions(engine="espeak", espeak_voice="en-us+f3")),
)
"""(name, TTS options) of every voice the commands are spoken in."""


def context(seed: int = 0) -> StageContext:
    """A stage context for direct calls (no asset store, no deadline)."""
    return StageContext(
        request_id="bench", seed=seed, assets=None,  # type: ignore[arg-type]
        log=logging.getLogger("figment.bench"),
    )  # fmt: skip


async def run(commands: tuple[str, ...] = COMMANDS) -> dict[str, dict[str, float]]:
    """Per voice: TTS real-time factor, clip length, STT mean/median/max latency, WER.

    Whisper pads every clip to its 30 s window, so STT latency hardly depends on clip length:
    the latency of a 2-3 s command is the number to hold against the 1 s goal. ``stt_cpu_s`` is
    CPU seconds summed over the model's threads: on a busy shared machine wall time runs long
    while CPU time stays the cost of the work.
    """
    ctx = context()
    tts, stt = PiperTts(), WhisperStt()
    await tts.load()
    await stt.load()
    # Warm both models once so the first command does not carry one-off setup.
    speech = await tts.run(SpeakRequest(commands[0], 0.0), TtsOptions(), ctx)
    await stt.run(AudioClip(speech.wav), SttOptions(), ctx)
    results: dict[str, dict[str, float]] = {}
    for name, options in VOICES:
        audio_s = tts_s = tts_cpu = 0.0
        latencies, cpu = [], []
        errors = words = 0
        for command in commands:
            start, cpu_start = time.perf_counter(), time.process_time()
            speech = await tts.run(SpeakRequest(command, 0.0), options, ctx)
            tts_s += time.perf_counter() - start
            tts_cpu += time.process_time() - cpu_start
            audio_s += speech.duration_s
            start, cpu_start = time.perf_counter(), time.process_time()
            transcript = await stt.run(AudioClip(speech.wav), SttOptions(), ctx)
            latency = time.perf_counter() - start
            cpu.append(time.process_time() - cpu_start)
            latencies.append(latency)
            e, n = word_errors(command, transcript.text)
            errors, words = errors + e, words + n
        results[name] = {
            "tts_rtf": audio_s / tts_s,
            "tts_cpu_rtf": audio_s / max(tts_cpu, 1e-9),
            "audio_s_mean": audio_s / len(commands),
            "stt_mean_s": statistics.mean(latencies),
            "stt_max_s": max(latencies),
            "stt_median_s": statistics.median(latencies),
            "stt_cpu_s": statistics.mean(cpu),
            "wer": errors / words,
        }
    return results


def load_note() -> str:
    """The 1-minute load average against the core count: wall times mean little when busy."""
    try:
        return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return "load average unknown"


def print_results(results: dict[str, dict[str, float]]) -> None:
    """One line per voice, then the numbers held against the goals."""
    columns = ("TTS xRT", "CPU xRT", "clip s", "STT s", "median", "max s", "CPU s", "WER")
    print(f"{'voice':20s}" + "".join(f"{c:>9s}" for c in columns))
    keys = ("tts_rtf", "tts_cpu_rtf", "audio_s_mean", "stt_mean_s", "stt_median_s", "stt_max_s")
    for name, r in results.items():
        numbers = "".join(f"{r[k]:9.2f}" for k in keys)
        print(f"{name:20s}{numbers}{r['stt_cpu_s']:9.2f}{r['wer']:9.1%}")
    piper = results.get("piper joe")
    if piper:
        print(
            f"goal STT < 1 s per 3-second command: median {piper['stt_median_s']:.2f} s wall, "
            f"{piper['stt_cpu_s']:.2f} CPU s, for {piper['audio_s_mean']:.1f} s clips (piper joe)"
        )
        print(
            f"goal TTS >= 5x real time: {piper['tts_rtf']:.1f}x wall, "
            f"{piper['tts_cpu_rtf']:.1f}x per CPU second (piper joe)"
        )


def main() -> None:
    """Run the speech benchmark and print it."""
    print(f"speech: {len(COMMANDS)} commands x {len(VOICES)} voices ({load_note()})")
    print_results(asyncio.run(run()))


if __name__ == "__main__":
    main()
