"""Whole sentences: the gate never lets an unfinished tail through, and a cut answer ends whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from figment.model.sentences import ELLIPSIS, SentenceGate, sentence_end, whole_sentences


def test_sentence_end_needs_space_after_the_stop_until_the_text_is_over():
    assert sentence_end("It hums. It glows") == len("It hums.")
    assert sentence_end("It costs 3.5 coins") == 0
    assert sentence_end("It hums.") == 0
    assert sentence_end("It hums.", final=True) == len("It hums.")
    assert sentence_end('He said "stop." Then') == len('He said "stop."')
    assert sentence_end("It is **forever.** Then") == len("It is **forever.**")


def test_a_cut_answer_ends_at_its_last_sentence():
    assert whole_sentences("A lamp hums. It glows in the da", cut=True) == "A lamp hums."
    assert whole_sentences("A lamp that hums and glows in the", cut=True) == (
        ["A lamp that hums and glows in", "the"][0] + ELLIPSIS
    )
    assert whole_sentences("", cut=True) == ""


def test_the_gate_streams_whole_sentences_and_drops_a_cut_tail():
    gate = SentenceGate()
    out = [gate.feed(d) for d in ["A lamp", " hums", ".", " It glo", "ws! And th"]]
    assert out == ["", "", "", "A lamp hums.", " It glows!"]
    assert gate.finish(cut=True) == ""
    gate = SentenceGate()
    assert gate.feed("It hums. It glows.") == "It hums."
    assert gate.finish(cut=False) == " It glows."


@given(st.lists(st.text(alphabet="ab .!?\n", max_size=8), max_size=12), st.booleans())
def test_what_the_gate_lets_through_is_the_answer_as_shown(deltas, cut):
    gate = SentenceGate()
    streamed = "".join(gate.feed(d) for d in deltas) + gate.finish(cut)
    assert streamed.strip() == whole_sentences("".join(deltas), cut).strip()


def test_an_answer_the_model_ended_itself_ends_at_its_last_sentence_too():
    # the eval's one mid-sentence answer: the model stopped by itself after a fragment
    said = "Now imagine what happened yesterday... (chuckles)"
    assert whole_sentences(said, cut=False) == "Now imagine what happened yesterday..."
    assert whole_sentences("A lamp hums. It glows in the da", cut=False) == "A lamp hums."
    assert whole_sentences("It hums. #lamp @glow", cut=False) == "It hums."
    assert whole_sentences("The capital of France is Paris", cut=False) == (
        "The capital of France is Paris."  # no sentence at all: its words, closed
    )
    assert whole_sentences("A lamp hums, ", cut=False) == "A lamp hums."
    assert whole_sentences("A lamp hums.", cut=False) == "A lamp hums."
    gate = SentenceGate()
    assert gate.feed("It hums. And then it") == "It hums."
    assert gate.finish(cut=False) == ""
