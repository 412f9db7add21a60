"""The words an imagined answer starts with: the object the wish names ("The glass whale made of
clock springs"), so the text speaks of the thing in the scene.

A small model asked to imagine drifts: given "a porcelain lantern" it wrote of "an oil lamp", "the
moon's shadow" and "an island of lanterns". Started on the wish's own object, it continues about
that object and stays as strange (see ``TextRequest.lead``). The phrase comes from the parse's
spans: the words of the archetype or family noun, the describing words before it (up to an
article, a wish verb or a preposition), and a "made of X" that follows it.
"""

from __future__ import annotations

import re

from .lexicon import MADE_VERBS, WISH_VERBS
from .spec import ObjectSpec

__all__ = ["MAX_LEAD_CHARS", "MAX_LEAD_WORDS", "lead_of"]

MAX_LEAD_WORDS = 10
MAX_LEAD_CHARS = 80
"""A longer object phrase is not used as a lead (the answer starts on its own)."""
_NOUN_FIELDS = ("archetype", "family")
_BOUNDARY = WISH_VERBS | frozenset({
    "a", "an", "the", "some", "any", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "several", "many", "few", "my", "your", "his", "her", "its", "our",
    "their", "this", "that", "these", "those", "me", "us", "please", "want", "see", "find", "i",
    "you", "we", "is", "are", "was", "were", "be", "there", "here", "what", "where", "which",
    "who", "of", "on", "in", "at", "above", "below", "under", "over", "beside", "behind", "near",
    "with", "from", "into", "onto", "upon", "by", "for", "to", "and", "or", "like", "as", "than"
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MADE_OF = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(MADE_VERBS))})\s+)?(?:out\s+)?(?:of|from)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,3}$"
)


def _words_after(wish: str, at: int, otherwise: int, most: int = 3) -> int:
    """The end of up to ``most`` words of ``wish`` from ``at`` (one space apart, none a boundary
    word, an -ing or an -ly word), or ``otherwise`` when there is none."""
    end = at
    for k, word in enumerate(_WORD.finditer(wish, at)):
        w = word.group().lower()
        if (
            k == most
            or wish[end : word.start()] != " "
            or w in _BOUNDARY
            or w.endswith(("ing", "ly"))
        ):
            break
        end = word.end()
    return end if end > at else otherwise


_MOSTLY = r"(?:(?:entirely|wholly|all|completely|mostly|partly)\s+)?"
_DESCRIBED = re.compile(
    rf"\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+)?{_MOSTLY}(?:(?:"
    rf"{'|'.join(sorted(MADE_VERBS))})\s+{_MOSTLY}(?:out\s+)?(?:of|from)"
    r"|painted|dyed|coloured|colored|glazed|lacquered)(?=\s\S)",
    re.IGNORECASE,
)
"""A describing phrase after the noun whose stuff the parse has no span for ("woven of straw",
"that is made entirely of ice", "painted bright yellow"): the lead keeps it."""


def lead_of(wish: str, spec: ObjectSpec) -> str:
    """The object phrase, as "The …", of a wish whose spec names its object within the wish;
    "" when it does not (an open wish: the answer starts on its own)."""
    nouns = sorted(
        (
            s
            for s in spec.spans
            if s.field in _NOUN_FIELDS and s.end <= len(wish) and s.start < s.end
        ),
        key=lambda s: s.start,
    )
    noun = wish[nouns[0].start : nouns[0].end] if nouns else ""
    if not _WORD.search(noun) or noun.lower() in _BOUNDARY:  # "put" read as a noun is no object
        return ""
    start, end = nouns[0].start, nouns[0].end
    before = list(_WORD.finditer(wish, 0, start))
    for word in reversed(before):  # the describing words before the noun
        w = word.group().lower()
        if w in _BOUNDARY or w.endswith(("'s", "’s")) or wish[word.end() : start].strip(" -"):
            break  # "my grandmother's clock": "The clock", not "The grandmother's clock"
        start = word.start()
    made = sorted(
        (s for s in spec.spans if s.field.endswith("made_of") and s.start >= end),
        key=lambda s: s.start,
    )
    for s in made:  # "made of unwound clock springs", "of frozen rain"
        gap = wish[end : s.start]
        if s.end > len(wish) or not (_MADE_OF.fullmatch(gap) or (gap.strip() == "" and gap)):
            break
        end = s.end
    if made and end > nouns[0].end:  # the stuff's whole noun phrase: "clock springs", not "clock"
        end = _words_after(wish, end, end, 2)
    if end == nouns[0].end and (said := _DESCRIBED.match(wish, end)):  # no stuff span: its words
        end = _words_after(wish, said.end(), end)
    phrase = " ".join(wish[start:end].split())
    if not phrase or len(phrase.split()) > MAX_LEAD_WORDS or len(phrase) > MAX_LEAD_CHARS:
        return ""
    return f"The {phrase}"
