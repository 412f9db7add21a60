"""The wish's own stuff: an answer started on a lead that says what the object is made of, or its
colour, does not give it another one in its first sentence.

Started on "The golden crown", the model went on "of wispy clouds"; on "The basket", "of
tarragon"; on "The orange paper boat", "looks like a wisp of blue cloth" (6 of 30 Conjure answers
for wishes naming a material or colour contradicted the wish, 5 of them in the first sentence).
So while the first sentence after the lead is decoded, :class:`StuffGuard` forbids the tokens
that would spell a material word other than the lead's when the lead names a material, a colour
word other than the lead's when it names a colour, and, after a lead naming a material, the words
that would start another right after it ("of", "made", "from", "out") and any "made of", "carved
from" or "out of" in that sentence. Later sentences are free: that is where the text may turn
strange about the thing without repainting it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from figment.lexicon import COLOURS, MADE_VERBS, MATERIAL_PBR
from figment.model.sentences import sentence_end
from figment.spec import MATERIALS

__all__ = ["COLOUR_TERMS", "MATERIAL_TERMS", "StuffGuard", "stuff_named"]

MATERIAL_TERMS = frozenset(MATERIALS) | frozenset(MATERIAL_PBR) | frozenset({
    "wooden", "golden", "silvery", "steel", "copper", "bronze", "tin", "metal", "ceramic",
    "china", "cloth", "silk", "wool", "linen", "brick", "sand", "straw", "jade", "ivory",
    "granite", "rock", "mist", "steam", "flame", "flames", "snow", "frost", "diamond", "quartz",
    "cotton", "rubber", "mud", "lava", "ash", "dust", "velvety", "crystalline", "glassy",
})  # fmt: skip
"""Words that say what a thing is made of (the lexicon's materials and their everyday names)."""

COLOUR_TERMS = frozenset(COLOURS) | frozenset({
    "red", "yellow", "purple", "gray", "gold", "golden", "silver", "silvery", "navy", "cream",
    "amber", "copper", "ruby", "sapphire", "lavender", "beige", "blonde", "rust",
})  # fmt: skip
"""Words that say a thing's colour (the lexicon's colour names and the everyday ones)."""

_ELSEWHERE = frozenset({
    "light", "water", "fire", "shadow", "leaves", "maps", "coins", "buttons", "needles", "scales",
    "flesh", "china", "ash", "dust", "flame", "flames", "rose", "mint", "peach", "lemon",
    "chains", "keys", "teeth", "bones", "shells", "marbles", "dice", "cards", "books", "bubbles",
    "nails", "pencils", "matches", "spoons", "candles", "bricks", "pebbles", "sugar cubes", "sand",
    "bark", "toy bricks", "sprinkles",
})  # fmt: skip
"""Stuff words said as often of something else ("in the light", "under water"): never forbidden."""
_STARTERS = (" of", " made", " from", " out")
"""Words that would start another material right after the lead ("The crown of clouds")."""
_MAKERS = MADE_VERBS | {"out", "created", "makes", "make", "composed", "fashioned", "crafted"}
"""Words that say another material with "of"/"from" after them ("makes itself out of salt")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MADE_OF = re.compile(rf"\b(?:{'|'.join(sorted(MADE_VERBS))})\b(?:\s+\w+)?\s+(?:of|from)\b", re.I)


def _forms(words: frozenset[str]) -> set[str]:
    """The words and their plurals."""
    return set(words) | {w + "s" for w in words if not w.endswith("s")}


def _forbidden(words: frozenset[str]) -> set[str]:
    return {w for w in _forms(words) if w not in _ELSEWHERE and w.rstrip("s") not in _ELSEWHERE}


def _own(word: str, named: set[str]) -> bool:
    """Whether ``word`` is one the lead named, or a form of one ("gold" for "golden")."""
    return any(word == n or (len(n) >= 4 and len(word) >= 4 and word[:4] == n[:4]) for n in named)


def stuff_named(lead: str) -> tuple[set[str], set[str], bool]:
    """The material words and colour words of ``lead``, and whether it says "made of"."""
    words = {w.group().lower() for w in _WORD.finditer(lead)}
    return (
        words & _forbidden(MATERIAL_TERMS),
        words & _forbidden(COLOUR_TERMS),
        bool(_MADE_OF.search(lead)),
    )


class StuffGuard:
    """A logits hook for an answer that continues ``lead``: inactive when the lead names no
    material and no colour; otherwise, until the first sentence ends, the tokens that complete a
    contradicting material or colour word are forbidden (-inf)."""

    def __init__(self, encode: Callable[[str], list[int]], decode: Callable[[Sequence[int]], str],
                 lead: str) -> None:  # fmt: skip
        materials, colours, made = stuff_named(lead)
        self.decode = decode
        self.start: int | None = None  # where the answer's own tokens begin in ``ids``
        self.done = False
        banned: set[str] = set()
        if materials or made:
            banned |= {w for w in _forbidden(MATERIAL_TERMS) if not _own(w, materials)}
        if colours:
            banned |= {w for w in _forbidden(COLOUR_TERMS) if not _own(w, colours | materials)}
        self.active = bool(banned)
        # a word's tokens: its last one is forbidden once the ones before it are the tail
        self.spellings: list[tuple[tuple[int, ...], int]] = []
        for word in sorted(banned):
            for form in (" " + word, " " + word.capitalize()):
                ids = encode(form)
                if ids:
                    self.spellings.append((tuple(ids[:-1]), ids[-1]))
        if materials or made:  # "made of", "carved from", "out of": another material follows
            for maker in sorted(_MAKERS):
                for linker in (" of", " from"):
                    if (said := encode(" " + maker)) and (link := encode(linker)):
                        self.spellings.append((tuple(said), link[-1]))
        self.first: list[int] = (
            [i for s in _STARTERS if len(ids := encode(s)) == 1 for i in ids]
            if materials or made
            else []
        )

    def __call__(self, step: int, ids: Sequence[int], logits: Any) -> Any:
        if not self.active or self.done:
            return logits
        if self.start is None:
            self.start = len(ids)
            logits[self.first] = float("-inf")
        own = list(ids[self.start :])
        if own and sentence_end(self.decode(own), final=True):
            self.done = True  # the first sentence is whole: the rest is free
            return logits
        for prefix, last in self.spellings:
            if not prefix or tuple(own[-len(prefix) :]) == prefix:
                logits[last] = float("-inf")
        return logits
