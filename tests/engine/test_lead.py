"""The lead: the imagined text starts on the object the wish names."""

from __future__ import annotations

import pytest

from figment.lead import MAX_LEAD_WORDS, lead_of
from figment.spec import Color, Material, ObjectSpec, Span, Vec3


def spec(wish: str, **words: str) -> ObjectSpec:
    """A spec whose spans point at the given words of the wish (field=word)."""
    spans = []
    for field, word in words.items():
        at = wish.index(word)
        spans.append(Span(field=field.replace("__", "."), start=at, end=at + len(word)))
    return ObjectSpec(
        name="x",
        archetype="orb",
        size=Vec3(x=1, y=1, z=1),
        materials=[Material(made_of="wood", base_color=Color(r=1, g=1, b=1))],
        spans=spans,
    )


@pytest.mark.parametrize(
    ("wish", "words", "lead"),
    [
        ("conjure a glass whale above the table", {"archetype": "whale"}, "The glass whale"),
        ("a tiny violet paper lantern twisted", {"archetype": "lantern"},
         "The tiny violet paper lantern"),
        ("a whale made of unwound clock springs",
         {"archetype": "whale", "materials[0]__made_of": "clock", "materials[1]__made_of": "springs"},
         "The whale made of unwound clock springs"),
        ("show me a lantern of frozen rain", {"archetype": "lantern", "materials[0]__made_of": "rain"},
         "The lantern of frozen rain"),
        ("please make me three tiny brass owls", {"family": "owls"}, "The tiny brass owls"),
        ("a bell, made of wax", {"archetype": "bell", "materials[0]__made_of": "wax"}, "The bell"),
        ("a clock that melts into moths", {"archetype": "clock"}, "The clock"),
        ("my grandmother's brass clock", {"archetype": "clock"}, "The brass clock"),
        ("a café lamp", {"archetype": "lamp"}, "The café lamp"),
        # a describing phrase the parse has no stuff span for stays with the object
        ("a basket woven of straw holding a moon", {"archetype": "basket"},
         "The basket woven of straw"),
        ("a violin that is made entirely of ice", {"archetype": "violin"},
         "The violin that is made entirely of ice"),
        ("a bicycle painted bright yellow", {"archetype": "bicycle"},
         "The bicycle painted bright yellow"),
        ("a lamp whose shade is made of paper", {"archetype": "lamp"}, "The lamp"),
    ],
)  # fmt: skip
def test_the_lead_is_the_object_phrase_of_the_wish(wish, words, lead):
    assert lead_of(wish, spec(wish, **words)) == lead


def test_no_object_in_the_wish_no_lead():
    wish = "what is floating above the table?"
    assert lead_of(wish, spec(wish, modifiers__0__kind="floating")) == ""
    put = "put a clock down"
    assert lead_of(put, spec(put, family="put")) == ""  # a wish verb read as a noun is no object
    # a span past the wish (it came from the imagined text) is not the wish's object
    text = "a lamp\n\nThe whale sings."
    assert lead_of("a lamp", spec(text, archetype="whale")) == ""


def test_a_long_object_phrase_gives_no_lead():
    words = " ".join(["odd"] * MAX_LEAD_WORDS)  # with the noun, one word too many
    wish = f"a {words} whale"
    assert lead_of(wish, spec(wish, archetype="whale")) == ""


@pytest.mark.parametrize(
    ("wish", "lead"),
    [
        ("a whale made of unwound clock springs", "The whale made of unwound clock springs"),
        ("a whale made out of old rusty clock springs", "The whale made out of old rusty clock springs"),
        ("conjure a glass whale above the table", "The glass whale"),
        ("spawn glass whales", "The glass whales"),
        ("carve stone owls", "The stone owls"),
        ("my grandmother’s brass clock", "The brass clock"),
        ("a naïve porcelain owl", "The naïve porcelain owl"),
        ("a lantern of frozen rain that hums", "The lantern of frozen rain"),
    ],
)  # fmt: skip
def test_the_lead_of_what_the_parse_stage_reads(wish, lead):
    """The lead from the real parse stage's spans (it marks one word of a material)."""
    from figment_parse import SpecParse

    assert lead_of(wish, SpecParse().parse(wish, 0, False).spec) == lead
