"""The stuff guard: after a lead that names the object's material or colour, the first sentence
does not give it another one; later sentences, and leads that name neither, are free."""

from __future__ import annotations

import numpy as np

from figment_text.guard import StuffGuard, stuff_named

# a word-level tokenizer: every piece is one token; "crimson" takes two
PIECES = [
    "<p>", " The", " golden", " crown", " red", " scarf", " violin", " of", " clouds", " stone",
    " gold", " stands", " still", ".", " It", " is", " blue", " glass", " out", " made", " makes",
    " itself", " salt", " crim", "son", " Stone", " the", " shape", " rabbit",
]  # fmt: skip
ID = {p: i for i, p in enumerate(PIECES)}


def encode(text: str) -> list[int]:
    out, rest = [], text
    while rest:
        piece = max((p for p in PIECES if rest.startswith(p)), key=len, default=None)
        if piece is None:
            return []  # a word this vocabulary cannot spell
        out.append(ID[piece])
        rest = rest[len(piece) :]
    return out


def decode(ids) -> str:
    return "".join(PIECES[i] for i in ids)


def forbidden(lead: str, said: str = "") -> set[str]:
    """The pieces the guard of ``lead`` forbids after the answer so far (``said``)."""
    guard, prompt, logits = StuffGuard(encode, decode, lead), [ID["<p>"]], np.zeros(len(PIECES))
    if said:
        guard(0, prompt, np.zeros(len(PIECES)))  # the first step marks where the answer starts
        guard(1, prompt + encode(said), logits)
    else:
        guard(0, prompt, logits)
    return {PIECES[i] for i in np.flatnonzero(np.isinf(logits))}


def test_the_lead_says_which_stuff_is_its_own():
    assert stuff_named("The golden crown") == ({"golden"}, {"golden"}, False)
    assert stuff_named("The basket woven of straw") == ({"straw"}, set(), True)
    assert stuff_named("The violin") == (set(), set(), False)
    assert stuff_named("The lamp in the light") == (set(), set(), False)  # not said as stuff


def test_after_a_material_lead_no_other_material_starts_the_answer():
    first = forbidden("The golden crown")
    assert {" of", " made", " out", " stone", " Stone", " clouds", " blue", " red"} <= first
    assert " gold" not in first and " golden" not in first  # its own, in another form
    assert " stands" not in first
    later = forbidden("The golden crown", " stands still")
    assert " stone" in later and " of" not in later  # "of" is free past the first word
    assert "son" in forbidden("The golden crown", " is crim")


def test_made_of_is_forbidden_anywhere_in_the_first_sentence():
    assert " of" in forbidden("The glass rabbit", " makes itself out")
    assert " of" not in forbidden("The glass rabbit", " is the shape")


def test_the_second_sentence_is_free():
    assert forbidden("The golden crown", " stands still. It") == set()


def test_a_colour_lead_forbids_other_colours_only():
    first = forbidden("The red scarf")
    assert " blue" in first and " red" not in first
    assert " stone" not in first and " of" not in first  # a red scarf may be made of anything


def test_a_lead_that_names_no_stuff_changes_nothing():
    guard = StuffGuard(encode, decode, "The violin")
    assert not guard.active
    logits = np.zeros(len(PIECES))
    assert guard(0, [ID["<p>"]], logits) is logits and not np.isinf(logits).any()
