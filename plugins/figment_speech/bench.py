"""Speech benchmark: TTS real-time factor; STT latency, word error rate and key-word recall.

``python -m figment_speech.bench`` (and ``figment bench sound``) prints numbers; it asserts
nothing. Every line of ``COMMANDS`` + ``WISHES`` + ``OPEN_LINES`` is spoken once by every voice
in ``VOICES`` (Piper and espeak-ng variants); each clip is then transcribed by every decoding in
``DECODINGS`` (plain: greedy without the vocabulary, as before biasing; then the biased ones),
so the decodings are compared on the same audio. Scored per voice and decoding:

- WER over all lines, and over ``OPEN_LINES`` alone: lines that do not follow the "verb a
  material object" shape of a wish, where biasing could only hurt;
- key-word recall: of the object and material words of each line (``vocab.KEY_KINDS``, found by
  the same matcher as the transcript's ``matched``), the share heard.
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

from figment.stages import AudioClip, SpeakRequest, StageContext

from .stt import SttOptions, WhisperStt
from .tts import PiperTts, TtsOptions
from .vocab import KEY_KINDS, default_vocabulary
from .wer import word_errors

__all__ = [
    "COMMANDS",
    "DECODINGS",
    "OPEN_LINES",
    "VOICES",
    "WISHES",
    "Scores",
    "VoiceResult",
    "context",
    "key_words",
    "load_note",
    "main",
    "print_results",
    "run",
]

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
"""Short spoken wishes, two to four seconds each (the round-trip tests' WER bounds use these)."""

WISHES: Final = (
    "Conjure a glass whale above the table.",
    "Put a melting clock on the floor.",
    "Summon a brass lantern that flickers.",
    "Make a porcelain teapot with wings.",
    "Show me a velvet crown floating in the air.",
    "Give me an obsidian mirror on the wall.",
    "Create a tiny moss house with glowing windows.",
    "Conjure a marble staircase that melts into water.",
    "I want an amber hourglass full of smoke.",
    "Summon a jellyfish made of starlight.",
    "Make a wax candle shaped like a heart.",
    "Put a silver bell on the chair.",
    "Show me a paper boat drifting on ink.",
    "Give me a coral tower with tentacles.",
    "Create an ice umbrella that spins slowly.",
    "Conjure a bone key under the door.",
    "Make a leather book with teeth.",
    "Summon a crystal mushroom that hums.",
    "Put a rusted iron ladder against the tree.",
    "Show me a gold fish swimming in honey.",
    "Give me a clay vase full of feathers.",
    "Create a chrome egg that breathes.",
    "Conjure a pearl shell that whispers.",
    "Make a fire snake orbiting the moon.",
)
"""Wishes naming an object and what it is made of: the words key-word recall counts."""

OPEN_LINES: Final = (
    "What is floating above the table?",
    "I would like a lamp that hums when nobody is looking.",
    "There is a bird in the kitchen and it is made of ice.",
    "Could you make the door a little bigger?",
    "Let the old mirror whisper my name.",
    "Swap the candle for something stranger.",
    "An egg the size of a house, cracked open.",
    "Hang a cloud of bells from the ceiling.",
    "A teacup full of thunder, please.",
    "Remove everything except the clock.",
    "Now make it twice as tall and purple.",
    "Where did the snake go?",
)
"""Questions, edits and requests in other shapes: general speech, for WER beside the wishes."""

VOICES: Final = (
    ("piper joe", TtsOptions(engine="piper")),
    ("piper joe fast", TtsOptions(engine="piper", speed=1.25)),
    ("espeak en-us", TtsOptions(engine="espeak", espeak_voice="en-us")),
    ("espeak en-gb-x-rp", TtsOptions(engine="espeak", espeak_voice="en-gb-x-rp")),
    ("espeak en-us+f3", TtsOptions(engine="espeak", espeak_voice="en-us+f3")),
)
"""(name, TTS options) of every voice the lines are spoken in."""

DECODINGS: Final = (
    ("plain", SttOptions(bias=False, beam_size=1)),
    ("hint", SttOptions(beam_size=1)),
    ("hint+beam", SttOptions()),
)
"""(name, STT options): before biasing (greedy, no vocabulary), the hint alone (greedy), and
the default (the hint, and the 10-best list rescored for key words)."""


@dataclass
class Scores:
    """One decoding of one voice's clips: errors, key words and latencies."""

    errors: int = 0
    words: int = 0
    open_errors: int = 0
    open_words: int = 0
    keys: int = 0
    keys_heard: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, line: str, heard: str, seconds: float, cpu_s: float) -> None:
        """Score one transcript of ``line``."""
        e, n = word_errors(line, heard)
        self.errors, self.words = self.errors + e, self.words + n
        if line in OPEN_LINES:
            self.open_errors, self.open_words = self.open_errors + e, self.open_words + n
        expected, got = key_words(line), set(key_words(heard))
        self.keys += len(expected)
        self.keys_heard += sum(k in got for k in expected)
        self.missed.update(k for k in expected if k not in got)
        self.latencies.append(seconds)
        self.cpu.append(cpu_s)

    @property
    def wer(self) -> float:
        """Word error rate over every line."""
        return self.errors / max(self.words, 1)

    @property
    def open_wer(self) -> float:
        """Word error rate over ``OPEN_LINES``."""
        return self.open_errors / max(self.open_words, 1)

    @property
    def recall(self) -> float:
        """Share of the object and material words heard."""
        return self.keys_heard / max(self.keys, 1)


@dataclass
class VoiceResult:
    """One voice: its speech synthesis speed and clip length, and each decoding's scores."""

    tts_rtf: float
    tts_cpu_rtf: float
    audio_s_mean: float
    decodings: dict[str, Scores]


def key_words(text: str) -> tuple[str, ...]:
    """The object and material entries ``text`` holds, once each."""
    return default_vocabulary().match(text, KEY_KINDS)


def context(seed: int = 0) -> StageContext:
    """A stage context for direct calls (no asset store, no deadline)."""
    return StageContext(
        request_id="bench", seed=seed, assets=None,  # type: ignore[arg-type]
        log=logging.getLogger("figment.bench"),
    )  # fmt: skip


async def run(lines: tuple[str, ...] = COMMANDS + WISHES + OPEN_LINES) -> dict[str, VoiceResult]:
    """Speak every line in every voice and transcribe each clip with every decoding.

    Whisper pads every clip to its 30 s window, so STT latency hardly depends on clip length:
    the latency of a 2-3 s command is the number to hold against the 1 s goal. CPU seconds are
    summed over the model's threads: on a busy shared machine wall time runs long while CPU
    time stays the cost of the work.
    """
    ctx = context()
    tts, stt = PiperTts(), WhisperStt()
    await tts.load()
    await stt.load()
    # Warm both models once so the first line does not carry one-off setup.
    speech = await tts.run(SpeakRequest(lines[0], 0.0), TtsOptions(), ctx)
    await stt.run(AudioClip(speech.wav), SttOptions(), ctx)
    results: dict[str, VoiceResult] = {}
    for name, options in VOICES:
        audio_s = tts_s = tts_cpu = 0.0
        scores = {decoding: Scores() for decoding, _ in DECODINGS}
        for line in lines:
            start, cpu_start = time.perf_counter(), time.process_time()
            speech = await tts.run(SpeakRequest(line, 0.0), options, ctx)
            tts_s += time.perf_counter() - start
            tts_cpu += time.process_time() - cpu_start
            audio_s += speech.duration_s
            for decoding, stt_options in DECODINGS:
                start, cpu_start = time.perf_counter(), time.process_time()
                transcript = await stt.run(AudioClip(speech.wav), stt_options, ctx)
                wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
                scores[decoding].add(line, transcript.text, wall, cpu)
        results[name] = VoiceResult(
            audio_s / tts_s, audio_s / max(tts_cpu, 1e-9), audio_s / len(lines), scores
        )
    return results


def load_note() -> str:
    """The 1-minute load average against the core count: wall times mean little when busy."""
    try:
        return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return "load average unknown"


def print_results(results: dict[str, VoiceResult]) -> None:
    """Synthesis per voice; then per voice and decoding STT time, WER and key-word recall."""
    print(f"{'voice':20s}{'TTS xRT':>9s}{'CPU xRT':>9s}{'clip s':>9s}")
    for name, r in results.items():
        print(f"{name:20s}{r.tts_rtf:9.2f}{r.tts_cpu_rtf:9.2f}{r.audio_s_mean:9.2f}")
    columns = ("STT s", "median", "max s", "CPU s", "WER", "open WER", "key words")
    print(f"{'voice':20s}{'decoding':11s}" + "".join(f"{c:>10s}" for c in columns))
    for name, r in results.items():
        for decoding, s in r.decodings.items():
            wall = s.latencies
            times = (
                statistics.mean(wall),
                statistics.median(wall),
                max(wall),
                statistics.mean(s.cpu),
            )
            print(
                f"{name:20s}{decoding:11s}" + "".join(f"{t:10.2f}" for t in times)
                + f"{s.wer:10.1%}{s.open_wer:10.1%}{s.recall:10.1%}"
            )  # fmt: skip
    before, after = DECODINGS[0][0], DECODINGS[-1][0]
    for name, r in results.items():
        counts = r.decodings[after].missed.most_common()
        missed = ", ".join(k if n == 1 else f"{k} x{n}" for k, n in counts)
        print(f"  key words missed by {after}, {name}: {missed or 'none'}")
    _print_goals(results, before, after)


def _print_goals(results: dict[str, VoiceResult], before: str, after: str) -> None:
    """The numbers held against the goals."""
    for label, goal, names in (
        ("Piper", 0.95, [n for n in results if n.startswith("piper")]),
        ("espeak-ng", 0.80, [n for n in results if n.startswith("espeak")]),
    ):
        if names:
            worst = min(names, key=lambda n: results[n].decodings[after].recall)
            pairs = ", ".join(
                f"{n} {results[n].decodings[before].recall:.1%} -> "
                f"{results[n].decodings[after].recall:.1%}"
                for n in names
            )
            print(
                f"goal key-word recall >= {goal:.0%} on {label} voices ({before} -> {after}): "
                f"{pairs}; worst {results[worst].decodings[after].recall:.1%}"
            )
    piper = results.get("piper joe")
    if piper:
        s = piper.decodings[after]
        print(
            f"goal STT < 1 s per 3-second command: median {statistics.median(s.latencies):.2f} s "
            f"wall, {statistics.mean(s.cpu):.2f} CPU s, for {piper.audio_s_mean:.1f} s clips "
            f"(piper joe, {after})"
        )
        print(
            f"goal TTS >= 5x real time: {piper.tts_rtf:.1f}x wall, "
            f"{piper.tts_cpu_rtf:.1f}x per CPU second (piper joe)"
        )


def main() -> None:
    """Run the speech benchmark and print it."""
    lines = len(COMMANDS) + len(WISHES) + len(OPEN_LINES)
    print(
        f"speech: {lines} lines x {len(VOICES)} voices x {len(DECODINGS)} decodings ({load_note()})"
    )
    print_results(asyncio.run(run()))


if __name__ == "__main__":
    main()
