"""The sound stage: every kind renders, output is seeded, loops without a seam, keeps its budget."""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile as sf
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from figment.errors import InvalidArgument
from figment.spec import SOUNDS, ObjectSpec, SoundDescriptor
from figment.stages import SoundRequest, StageKind
from figment_sound import register_stages
from figment_sound.kinds import SYNTHS
from figment_sound.mix import descriptors_for, render
from figment_sound.synth import (
    MAX_SOUND_SECONDS,
    MIN_SOUND_SECONDS,
    SOUND_RATE,
    SoundOptions,
    SynthSound,
)
from figment_speech.bench import context


def spec(**extra: object) -> ObjectSpec:
    """A small valid spec; ``extra`` overrides fields."""
    data: dict[str, object] = {
        "name": "a glass whale",
        "archetype": "whale",
        "size": {"x": 1.0, "y": 0.5, "z": 2.0},
        "materials": [{"made_of": "glass", "base_color": {"r": 0.5, "g": 0.7, "b": 1.0}}],
    }
    data.update(extra)
    return ObjectSpec.model_validate(data)


def seam_ratio(x: np.ndarray) -> float:
    """The jump across the wrap (last sample to first) over the jumps inside: the 99th
    percentile of all of them, or the largest within 5 ms either side of the wrap when that is
    larger (a crackle's pop that starts on the loop's first sample is not a seam: its own
    samples jump as much)."""
    typical = float(np.percentile(np.abs(np.diff(x)), 99))
    w = int(0.005 * SOUND_RATE)
    near = float(max(np.abs(np.diff(x[:w])).max(), np.abs(np.diff(x[-w:])).max()))
    return abs(float(x[0]) - float(x[-1])) / max(typical, near, 1e-4)


def test_every_spec_sound_kind_has_a_synth() -> None:
    assert set(SYNTHS) == set(SOUNDS)


def test_register_stages_registers_both_stages() -> None:
    seen: list[type] = []
    register_stages(seen.append)
    assert [(s.id, s.kind) for s in seen] == [
        ("figment.sound.synth", StageKind.SOUND),
        ("figment.spatial.hrtf", StageKind.SPATIAL),
    ]


@pytest.mark.parametrize(
    ("seconds", "pitch", "tempo"),
    [(2.0, 220.0, 60.0), (MIN_SOUND_SECONDS, 20.0, 0.0), (MIN_SOUND_SECONDS, 4000.0, 400.0)],
    ids=["2s", "shortest-low-slow", "shortest-high-fast"],
)
@pytest.mark.parametrize("kind", SOUNDS)
def test_every_kind_renders_audible_bounded_and_seamless(
    kind: str, seconds: float, pitch: float, tempo: float
) -> None:
    d = SoundDescriptor(kind=kind, pitch_hz=pitch, tempo_bpm=tempo)
    x = render([d], seed=3, seconds=seconds)
    assert x.shape == (int(seconds * SOUND_RATE),)
    assert np.all(np.isfinite(x))
    rms = float(np.sqrt(np.mean(x**2)))
    assert rms > 1e-3, f"{kind} is silent"
    assert float(np.max(np.abs(x))) <= 0.9
    # The seam is as continuous as the inside of the loop.
    assert seam_ratio(x) < 3.0, kind
    # Rotating the loop puts the seam in the middle: it must still look like the rest.
    rolled = np.roll(x, len(x) // 2)
    mid = len(x) // 2
    jump = abs(float(rolled[mid]) - float(rolled[mid - 1]))
    assert jump <= np.max(np.abs(np.diff(x))) + 1e-6


def test_seam_metric_catches_a_naive_loop() -> None:
    """A sine with a fractional number of cycles clicks at the wrap; the metric sees it."""
    t = np.arange(SOUND_RATE) / SOUND_RATE
    naive = 0.5 * np.sin(2 * np.pi * 220.5 * t + 0.3)
    assert seam_ratio(naive) > 3.0


@pytest.mark.parametrize("kind", ["chime", "granular", "crackle", "wind"])
def test_render_is_deterministic_for_a_seed(kind: str) -> None:
    d = [SoundDescriptor(kind=kind)]
    a, b, c = render(d, 11, 1.0), render(d, 11, 1.0), render(d, 12, 1.0)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_loudness_sets_level_and_mix_of_several_descriptors() -> None:
    quiet = render([SoundDescriptor(kind="drone", loudness=0.2)], 1, 1.0)
    loud = render([SoundDescriptor(kind="drone", loudness=1.0)], 1, 1.0)
    assert np.max(np.abs(quiet)) < 0.5 * np.max(np.abs(loud))
    mixed = render([SoundDescriptor(kind="drone"), SoundDescriptor(kind="ticking")], 1, 1.0)
    assert not np.allclose(mixed, render([SoundDescriptor(kind="drone")], 1, 1.0))


def test_fallback_descriptor_from_archetype_then_material() -> None:
    assert descriptors_for(spec(archetype="clock"))[0].kind == "ticking"
    assert descriptors_for(spec(archetype="cup"))[0].kind == "chime"  # glass
    big, small = (
        descriptors_for(spec(archetype="orb", size={"x": s, "y": s, "z": s}))[0].pitch_hz
        for s in (8.0, 0.5)
    )
    assert big < small
    given = [{"kind": "bubbles"}]
    assert [d.kind for d in descriptors_for(spec(sounds=given))] == ["bubbles"]


async def test_stage_returns_a_loopable_wav_within_budget() -> None:
    stage = SynthSound()
    request = SoundRequest(spec=spec(sounds=[{"kind": "heartbeat"}]), seed=5, max_seconds=2.5)
    sound = await stage.run(request, SoundOptions(), context())
    samples, rate = sf.read(io.BytesIO(sound.wav))
    assert rate == SOUND_RATE and samples.ndim == 1
    assert sound.loop and sound.duration_s <= 2.5
    assert len(samples) / rate == pytest.approx(sound.duration_s)
    again = await stage.run(request, SoundOptions(), context())
    assert again.wav == sound.wav


async def test_stage_without_sounds_derives_one() -> None:
    sound = await SynthSound().run(SoundRequest(spec(), 1, 1.0), SoundOptions(), context())
    samples, _ = sf.read(io.BytesIO(sound.wav))
    assert np.sqrt(np.mean(samples**2)) > 1e-3


async def test_zero_budget_means_the_default_loop_length() -> None:
    options = SoundOptions(loop_seconds=1.5)
    sound = await SynthSound().run(SoundRequest(spec(), 1, 0.0), options, context())
    assert sound.duration_s == pytest.approx(1.5)


@pytest.mark.parametrize(
    "seconds", [MIN_SOUND_SECONDS / 2, MAX_SOUND_SECONDS + 1, -1.0, float("nan")]
)
async def test_budget_out_of_range_names_the_field(seconds: float) -> None:
    with pytest.raises(InvalidArgument) as err:
        await SynthSound().run(SoundRequest(spec(), 1, seconds), SoundOptions(), context())
    assert err.value.field == "max_audio_seconds"
    assert str(MAX_SOUND_SECONDS) in err.value.message or ">= 0" in err.value.message


def test_options_reject_unknown_fields_and_out_of_range() -> None:
    with pytest.raises(ValidationError):
        SoundOptions(loop_seconds=MAX_SOUND_SECONDS + 1)
    with pytest.raises(ValidationError):
        SoundOptions.model_validate({"volume": 3})


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(SOUNDS),
    pitch=st.floats(20.0, 4000.0),
    tempo=st.floats(0.0, 400.0),
    brightness=st.floats(0.0, 1.0),
    seconds=st.floats(MIN_SOUND_SECONDS, 1.5),
    seed=st.integers(0, 2**64 - 1),
)
def test_any_descriptor_renders_finite_audible_seamless_loops(
    kind: str, pitch: float, tempo: float, brightness: float, seconds: float, seed: int
) -> None:
    d = SoundDescriptor(kind=kind, pitch_hz=pitch, tempo_bpm=tempo, brightness=brightness)
    x = render([d], seed, seconds)
    assert len(x) == int(seconds * SOUND_RATE)
    assert np.all(np.isfinite(x)) and float(np.max(np.abs(x))) <= 0.9
    assert float(np.sqrt(np.mean(x**2))) > 1e-4
    assert seam_ratio(x) < 3.0


def test_registering_imports_no_numpy_or_scipy() -> None:
    """The plugin API asks for cheap imports: heavy modules load on first use."""
    import subprocess
    import sys

    code = (
        "import sys; from figment_sound import register_stages as a; "
        "from figment_speech import register_stages as b; a(lambda s: None); b(lambda s: None); "
        "print(sorted(m for m in ('numpy', 'scipy', 'soundfile', 'h5py') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_fallback_sound_is_a_valid_descriptor() -> None:
    """A spec without sounds gets one from its archetype or material: each must be in range
    (a candle's and fire's crackle were once over the 400 events a minute a spec allows)."""
    from figment.spec import SoundDescriptor
    from figment_sound.mix import _BY_ARCHETYPE, _BY_MATERIAL

    for table in (_BY_ARCHETYPE, _BY_MATERIAL):
        for kind, pitch, tempo, brightness in table.values():
            SoundDescriptor(kind=kind, pitch_hz=pitch, tempo_bpm=tempo, brightness=brightness)
