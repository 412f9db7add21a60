"""The spatial stage: emitter ranges, binaural left/right, HRTF fallback and reporting."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from hypothesis import given, settings
from hypothesis import strategies as st

from figment.errors import InvalidArgument
from figment.spec import MATERIALS, MODIFIERS, MOTIONS, SOUNDS, ObjectSpec
from figment.stages import Emitter, Pose, Sound, SpatialRequest
from figment_sound import hrtf as hrtf_module
from figment_sound.emitter import (
    DOPPLER_RANGE,
    MAX_DISTANCE_RANGE,
    MIN_DISTANCE_RANGE,
    VOLUME_DB_RANGE,
    cone_gain,
    distance_gain,
    emitter_for,
)
from figment_sound.hrtf import DEFAULT_SOFA_PATHS, load_hrtf, spherical_head
from figment_sound.mix import render
from figment_sound.placement import preview, rotate
from figment_sound.room import SPEED_OF_SOUND, add_room, delayed
from figment_sound.spatial import SpatialHrtf, SpatialOptions
from figment_sound.synth import SOUND_RATE
from figment_speech.bench import context

KEMAR = next((p for p in DEFAULT_SOFA_PATHS if Path(p).is_file()), None)
if importlib.util.find_spec("h5py") is None:
    KEMAR = None
needs_kemar = pytest.mark.skipif(
    KEMAR is None, reason="MIT KEMAR needs apt-get install libmysofa1 and pip install h5py"
)


def spec(**extra: object) -> ObjectSpec:
    """A small valid spec; ``extra`` overrides fields."""
    data: dict[str, object] = {
        "name": "orb",
        "archetype": "orb",
        "size": {"x": 0.4, "y": 0.4, "z": 0.4},
        "materials": [{"made_of": "stone", "base_color": {"r": 0.5, "g": 0.5, "b": 0.5}}],
        "sounds": [{"kind": "granular", "pitch_hz": 800.0, "brightness": 0.8}],
    }
    data.update(extra)
    return ObjectSpec.model_validate(data)


def levels(stereo: np.ndarray) -> tuple[float, float]:
    """RMS of the left and right channels."""
    left, right = np.sqrt(np.mean(stereo.astype(np.float64) ** 2, axis=0))
    return float(left), float(right)


def hrtf_sets() -> list[pytest.param]:
    """Both HRTF sources, KEMAR skipped when the Debian file is absent."""
    return [
        pytest.param("kemar", marks=needs_kemar, id="kemar"),
        pytest.param("spherical", id="spherical"),
    ]


def get_set(name: str) -> hrtf_module.HrtfSet:
    """KEMAR from the Debian file, or the spherical-head model."""
    return hrtf_module.load_sofa(KEMAR) if name == "kemar" else spherical_head()


@pytest.mark.parametrize("which", hrtf_sets())
@pytest.mark.parametrize("side", [-1.0, 1.0])
def test_source_on_a_side_is_louder_in_that_ear(which: str, side: float) -> None:
    s = spec()
    mono = render(list(s.sounds), 1, 1.0)
    e = emitter_for(s)
    anchor = Pose(position=(side * 2.0, -e.position[1], 0.0))  # level with the ears
    stereo = preview(mono, SOUND_RATE, s, e, anchor, Pose(), get_set(which), 1.0)
    left, right = levels(stereo)
    louder, quieter = (left, right) if side < 0 else (right, left)
    assert louder > 1.5 * quieter, (which, side, left, right)


@pytest.mark.parametrize("which", hrtf_sets())
def test_source_ahead_is_balanced_and_listener_turning_swaps_sides(which: str) -> None:
    s = spec()
    mono = render(list(s.sounds), 1, 1.0)
    e = emitter_for(s)
    ahead = Pose(position=(0.0, -e.position[1], -2.0))
    left, right = levels(preview(mono, SOUND_RATE, s, e, ahead, Pose(), get_set(which), 1.0))
    assert abs(20 * np.log10(left / right)) < 1.0
    # Turn the listener 90° to the right (about -y): the source ahead is now on their left.
    half = np.sqrt(0.5)
    turned = Pose(rotation=(0.0, -half, 0.0, half))
    stereo = preview(mono, SOUND_RATE, s, e, ahead, turned, get_set(which), 1.0)
    left, right = levels(stereo)
    assert left > 1.5 * right


def test_rotate_matches_a_quarter_turn_and_zero_is_identity() -> None:
    half = np.sqrt(0.5)
    assert np.allclose(rotate((0.0, half, 0.0, half), np.array([1.0, 0.0, 0.0])), [0, 0, -1])
    assert np.allclose(rotate((0.0, 0.0, 0.0, 0.0), np.array([1.0, 2.0, 3.0])), [1, 2, 3])


def test_distance_and_cone_gains() -> None:
    e = emitter_for(spec())
    near, far = distance_gain(e, np.array([e.min_distance / 2, e.min_distance * 4]))
    assert near == pytest.approx(1.0) and far == pytest.approx(0.25)
    directional = emitter_for(spec(archetype="lamp"))
    gains = cone_gain(directional, np.array([0.0, 180.0]))
    assert gains[0] == 1.0 and gains[1] == pytest.approx(directional.cone_outer_gain)


def test_farther_source_is_quieter() -> None:
    s = spec()
    mono, e, h = render(list(s.sounds), 1, 1.0), emitter_for(s), spherical_head()
    near = preview(mono, SOUND_RATE, s, e, Pose(position=(0, 0, -1.0)), Pose(), h, 1.0)
    far = preview(mono, SOUND_RATE, s, e, Pose(position=(0, 0, -8.0)), Pose(), h, 1.0)
    assert sum(levels(far)) < 0.5 * sum(levels(near))


specs = st.builds(
    lambda archetype, size, mats, mods, motions, sounds: ObjectSpec.model_validate(
        {
            "name": "x",
            "archetype": archetype,
            "size": {"x": size[0], "y": size[1], "z": size[2]},
            "materials": [{"made_of": m, "base_color": {"r": 1, "g": 1, "b": 1}} for m in mats],
            "modifiers": [{"kind": k, "amount": a} for k, a in mods],
            "motions": [{"kind": k, "amplitude": a, "frequency_hz": f} for k, a, f in motions],
            "sounds": [{"kind": k, "loudness": v} for k, v in sounds],
        }
    ),
    st.sampled_from(["orb", "lamp", "whale", "eye", "clock", "tower"]),
    st.tuples(*[st.floats(0.01, 100.0)] * 3),
    st.lists(st.sampled_from(MATERIALS), min_size=1, max_size=4),
    st.lists(st.tuples(st.sampled_from(MODIFIERS), st.floats(0, 1)), max_size=6),
    st.lists(st.tuples(st.sampled_from(MOTIONS), st.floats(0, 2), st.floats(0, 10)), max_size=4),
    st.lists(st.tuples(st.sampled_from(SOUNDS), st.floats(0, 1)), max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(specs)
def test_emitter_parameters_stay_in_documented_ranges(s: ObjectSpec) -> None:
    e = emitter_for(s)
    assert isinstance(e, Emitter)  # the model validated its own ranges too
    assert MIN_DISTANCE_RANGE[0] <= e.min_distance <= MIN_DISTANCE_RANGE[1]
    assert MAX_DISTANCE_RANGE[0] <= e.max_distance <= MAX_DISTANCE_RANGE[1]
    assert e.max_distance > e.min_distance
    assert DOPPLER_RANGE[0] <= e.doppler <= DOPPLER_RANGE[1]
    assert VOLUME_DB_RANGE[0] <= e.volume_db <= VOLUME_DB_RANGE[1]
    assert 0.0 <= e.reverb_send <= 1.0
    assert 0.0 <= e.cone_inner_deg <= e.cone_outer_deg <= 360.0
    assert e.position == (0.0, s.size.y / 2, 0.0)


def test_emitter_rules_respond_to_the_spec() -> None:
    small, huge = emitter_for(spec()), emitter_for(spec(size={"x": 40.0, "y": 40.0, "z": 40.0}))
    assert huge.min_distance > small.min_distance and huge.rolloff == "logarithmic"
    soft = emitter_for(
        spec(materials=[{"made_of": "velvet", "base_color": {"r": 1, "g": 1, "b": 1}}])
    )
    assert soft.reverb_send < small.reverb_send  # stone reflects more than velvet
    assert emitter_for(spec(sounds=[{"kind": "whisper"}])).rolloff == "linear"
    assert emitter_for(spec(archetype="lamp")).cone_outer_gain < 1.0
    assert emitter_for(spec(sounds=[{"kind": "drone", "loudness": 0.0}])).volume_db == -60.0


def test_missing_sofa_falls_back_to_the_spherical_head(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hrtf_module, "DEFAULT_SOFA_PATHS", ("/nonexistent/kemar.sofa",))
    monkeypatch.delenv("FIGMENT_HRTF_SOFA", raising=False)
    chosen, note = load_hrtf()
    assert chosen.name == "spherical head model" and "libmysofa1" in note


async def test_stage_reports_its_hrtf_and_renders_a_preview() -> None:
    stage = SpatialHrtf()
    assert stage.info() == {"hrtf": "not loaded"}
    await stage.load()
    expected = "MIT KEMAR (libmysofa)" if KEMAR else "spherical head model"
    assert stage.info()["hrtf"] == expected
    s = spec()
    sound = Sound(wav=_wav(render(list(s.sounds), 1, 1.0)), duration_s=1.0)
    request = SpatialRequest(s, Pose(position=(-1.0, 0.0, -1.0)), Pose(), sound, preview=True)
    placement = await stage.run(request, SpatialOptions(preview_seconds=2.0), context())
    stereo, rate = sf.read(io.BytesIO(placement.preview_wav or b""))
    assert stereo.shape == (2 * rate, 2)
    left, right = levels(stereo)
    assert left > right
    plain = await stage.run(
        SpatialRequest(s, Pose(), Pose(), sound, preview=False), SpatialOptions(), context()
    )
    assert plain.preview_wav is None and plain.emitter == placement.emitter


async def test_preview_without_a_sound_still_gives_the_emitter() -> None:
    request = SpatialRequest(spec(), Pose(), Pose(), None, preview=True)
    placement = await SpatialHrtf().run(request, SpatialOptions(), context())
    assert placement.preview_wav is None and placement.emitter == emitter_for(spec())


async def test_preview_with_broken_sound_names_the_field() -> None:
    request = SpatialRequest(spec(), Pose(), Pose(), Sound(b"RIFFjunk", 1.0), preview=True)
    with pytest.raises(InvalidArgument) as err:
        await SpatialHrtf().run(request, SpatialOptions(head="spherical"), context())
    assert err.value.field == "sound.wav"


def _wav(samples: np.ndarray) -> bytes:
    buf = io.BytesIO()
    sf.write(buf, samples, SOUND_RATE, format="WAV", subtype="PCM_16")
    return buf.getvalue()


@pytest.mark.parametrize(("doppler", "expected_hz"), [(0.0, 1000.0), (1.0, 900.0), (2.0, 800.0)])
def test_receding_source_drops_in_pitch_by_its_doppler_factor(
    doppler: float, expected_hz: float
) -> None:
    """A delay line read at arrival time gives f * (1 - doppler * v / c) (exact would be 909 Hz
    for doppler 1: f / (1 + v / c); the two agree to first order in v / c)."""
    rate, n = SOUND_RATE, SOUND_RATE
    loop = np.sin(2 * np.pi * 1000.0 * np.arange(rate // 10) / rate)  # 100 whole cycles
    receding = 1.0 + 0.1 * SPEED_OF_SOUND * np.arange(n) / rate  # moving away at c / 10
    heard = delayed(loop, rate, n, receding, doppler, loop=True)
    spectrum = np.abs(np.fft.rfft(heard * np.hanning(n)))
    assert np.argmax(spectrum) * rate / n == pytest.approx(expected_hz, abs=3.0)


def test_room_tail_rings_after_a_one_shot_and_only_when_asked() -> None:
    s = spec(sounds=[{"kind": "ticking"}])
    e = emitter_for(s)
    click = np.zeros(SOUND_RATE // 2)
    click[100:400] = np.hanning(300)
    h = spherical_head()
    where = Pose(position=(0.0, 0.0, -1.0))
    wet = preview(click, SOUND_RATE, s, e, where, Pose(), h, 1.0, loop=False, room=True)
    dry = preview(click, SOUND_RATE, s, e, where, Pose(), h, 1.0, loop=False, room=False)
    late = slice(SOUND_RATE // 10, SOUND_RATE // 2)  # 100 ms after the click has passed
    assert sum(levels(wet[late])) > 100 * sum(levels(dry[late]))
    assert e.reverb_send > 0
    same = np.ones((10, 2), dtype=np.float32)
    assert np.array_equal(add_room(same, np.ones(10, np.float32), SOUND_RATE, 0.0), same)
