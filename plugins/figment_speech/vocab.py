"""The words a wish is made of: the recogniser's hint, and which of them a transcript holds.

A :class:`Vocabulary` is a list of groups in priority order (wish verbs, objects, materials,
parts, modifiers, motions, sounds, colours), built from :mod:`figment.spec` and
:mod:`figment.lexicon`. :meth:`Vocabulary.hint` writes the highest-priority words that fit a
token budget as a comma list for Whisper's prompt; :meth:`Vocabulary.match` finds entries in a
text (plurals, verb forms and two-word phrases such as "show me" included). A larger noun list
joins through :meth:`Vocabulary.extended`: matching takes any number of words at dictionary
speed, while the hint keeps the budget and so carries the earlier groups first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from figment.lexicon import COLOURS, MODIFIER_WORDS, MOTION_WORDS
from figment.spec import ARCHETYPES, MATERIALS, MODIFIERS, MOTIONS, PARTS, SOUNDS

from .wer import normalize_words

__all__ = [
    "HINT_TOKENS",
    "KEY_KINDS",
    "WISH_VERBS",
    "Group",
    "Vocabulary",
    "default_vocabulary",
]

HINT_TOKENS: Final = 200
"""Token budget of the hint: Whisper keeps at most 223 prompt tokens (half its 448-token
context), dropping the *first* ones beyond that, so the hint stays under it by itself."""

WISH_VERBS: Final = (
    "conjure", "summon", "make", "put", "show me", "give me", "create", "build", "place",
    "bring", "imagine", "turn",
)  # fmt: skip
"""How people begin a wish."""

KEY_KINDS: Final = ("object", "material")
"""The kinds whose words decide what appears: what it is, and what it is made of."""


@dataclass(frozen=True)
class Group:
    """One kind of vocabulary entry: each entry with the surface forms it takes in speech."""

    kind: str
    entries: tuple[tuple[str, tuple[str, ...]], ...]
    """(entry, surface forms): the hint says the first form, matching accepts every form."""

    @classmethod
    def nouns(cls, kind: str, words: Iterable[str]) -> Group:
        """Nouns heard in the singular or the plural ("whale", "whales"; "feathers", "feather")."""
        return cls(kind, tuple((w, _noun_forms(w)) for w in dict.fromkeys(words)))


def _noun_forms(word: str) -> tuple[str, ...]:
    """The word, its plural, and its singular when it ends in a plain -s."""
    if word.endswith("s") and not word.endswith("ss"):
        plural = word  # already a plural ("feathers", "wings")
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    elif word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return tuple(dict.fromkeys((word, plural, singular)))


@dataclass(frozen=True)
class Vocabulary:
    """Groups of entries in priority order: what the hint carries first, what matching finds."""

    groups: tuple[Group, ...]
    _index: dict[tuple[str, ...], list[tuple[int, bool, str, str]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # phrase (as normalized words) -> (group rank, not exact, entry, kind), best first
        index: dict[tuple[str, ...], list[tuple[int, bool, str, str]]] = {}
        for rank, group in enumerate(self.groups):
            for entry, forms in group.entries:
                for form in forms:
                    key = tuple(normalize_words(form))
                    if key:
                        index.setdefault(key, []).append((rank, form != entry, entry, group.kind))
        for candidates in index.values():
            candidates.sort()
        object.__setattr__(self, "_index", index)

    def extended(self, kind: str, words: Iterable[str]) -> Vocabulary:
        """This vocabulary with more nouns of ``kind`` (after that kind's own, or as a new group)."""
        groups = list(self.groups)
        for i, group in enumerate(groups):
            if group.kind == kind:
                known = {entry for entry, _ in group.entries}
                more = Group.nouns(kind, (w for w in words if w not in known))
                groups[i] = Group(kind, group.entries + more.entries)
                break
        else:
            groups.append(Group.nouns(kind, words))
        return Vocabulary(tuple(groups))

    def words(self, kinds: Iterable[str] | None = None) -> list[str]:
        """Every entry in priority order (of ``kinds`` only, when given)."""
        wanted = None if kinds is None else set(kinds)
        return [
            entry
            for group in self.groups
            if wanted is None or group.kind in wanted
            for entry, _ in group.entries
        ]

    def spoken(self) -> list[str]:
        """Every entry as it is said (its first surface form), in priority order, once each."""
        said = (forms[0] for group in self.groups for _, forms in group.entries)
        return list(dict.fromkeys(said))

    def hint(self, count_tokens: Callable[[str], int], budget: int = HINT_TOKENS) -> str:
        """The leading entries as "conjure, summon, …, whale, …" within ``budget`` tokens.

        ``count_tokens`` counts the tokens of a text as the recogniser will see it. Entries are
        taken in priority order until the next one would not fit.
        """
        text = ""
        for entry in self.spoken():
            longer = f"{text}, {entry}" if text else entry
            if count_tokens(longer) > budget:
                break
            text = longer
        return text

    def match(self, text: str, kinds: Iterable[str] | None = None) -> tuple[str, ...]:
        """Entries heard in ``text``, in the order first heard (of ``kinds`` only, when given).

        Longer phrases win over single words ("show me", "inside out"); a surface form that
        belongs to several entries goes to the earliest group ("crystal", "bells": the object),
        then to the entry it spells exactly. Objects and materials come first, so an entry found
        with ``KEY_KINDS`` is the one found without.
        """
        wanted = None if kinds is None else set(kinds)
        words = normalize_words(text)
        longest = max((len(k) for k in self._index), default=1)
        found: dict[str, None] = {}
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                candidates = self._index.get(tuple(words[i : i + n]), ())
                hit = next((c for c in candidates if wanted is None or c[3] in wanted), None)
                if hit is not None:
                    found.setdefault(hit[2])
                    i += n
                    break
            else:
                i += 1
        return tuple(found)


@cache
def default_vocabulary() -> Vocabulary:
    """Figment's own words: wish verbs, then the spec's vocabularies as the lexicon says them."""
    return Vocabulary(
        (
            Group("verb", tuple((v, (v,)) for v in WISH_VERBS)),
            Group.nouns("object", ARCHETYPES),
            Group.nouns("material", MATERIALS),
            Group.nouns("part", PARTS),
            Group("modifier", tuple((m, _modifier_forms(m)) for m in MODIFIERS)),
            Group("motion", tuple((m, (m, *MOTION_WORDS[m])) for m in MOTIONS)),
            Group.nouns("sound", SOUNDS),
            Group.nouns("colour", COLOURS),
        )
    )


def _modifier_forms(modifier: str) -> tuple[str, ...]:
    """A modifier as said in text ("inside out", "impossibly"), and its value's own spelling."""
    word = MODIFIER_WORDS[modifier]
    return tuple(dict.fromkeys((word, modifier.replace("_", " "))))
