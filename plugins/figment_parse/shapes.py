"""Which shape a noun is: hand-made archetype, family with parameters, and how sure we are.

Three readers, most trusted first:

1. The noun table (``nouns.txt``, built from WordNet 3.0 hypernym chains by
   ``scripts/build_noun_table.py``): some 47,000 nouns, each with the family or archetype of its
   nearest seeded hypernym, that seed's size and parameters, and a confidence that falls with the
   distance to the seed and with how rare the sense is. Plurals and compounds are reduced first
   ("giraffes", "snowmobile-harvester" → "harvester").
2. Sentence embeddings (all-MiniLM-L6-v2, the model eval uses): an unknown noun is compared with
   each family's description and typical members; the nearest gives the family, with a low
   confidence that says it is a guess.
3. Nothing placed it: the most general family, ``lump``, at confidence 0.1.

Words in the text refine the parameters ("long-necked", "eight-armed", "with three wheels").
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from figment.lexicon import ARCHETYPE_SIZE, FULL_WORDS, LIKENESS_WORDS, MADE_VERBS, WISH_VERBS
from figment.spec import SHAPE_PARAMS, SIZE_MAX_M, SIZE_MIN_M

from .families import FAMILY_INFO
from .words import ARCHETYPE_WORDS, CARRY_VERBS, CONTAINER_WORDS, GROW_VERBS, PART_WORDS

__all__ = [
    "EMBED_MIN_COSINE",
    "PORTIONS",
    "Shape",
    "find_shape",
    "nearest_family",
    "noun_shape",
    "param_words",
    "table_target",
]

TABLE = Path(__file__).with_name("nouns.txt")
EMBED_MIN_COSINE = 0.6
"""Below this cosine with every family, an unknown noun goes to the most general family
(made-up words reach 0.45-0.57 with some family; "laptop" 0.78, "smartphone" 0.67)."""
_COMPOUND_MIN = 4
"""The shortest known noun that may end a compound, and the shortest part before it."""
_STOP = {
    "thing", "things", "object", "objects", "something", "anything", "everything", "nothing",
    "one", "ones", "kind", "sort", "type", "way", "side", "part", "piece", "bit", "top", "bottom",
    "edge", "middle", "end", "form", "shape", "it", "itself", "room", "air", "floor", "wall",
    "corner", "front", "back", "inside", "outside", "surface", "place", "space", "time", "light",
    "sound", "voice", "world", "color", "colour", "made", "size", "lot", "dozen", "hundred",
    "pair", "row", "line", "set", "group", "swarm", "number", "many", "few", "more", "most",
    "i", "me", "you", "he", "she", "we", "they", "them", "us", "my", "your", "who", "what",
    "which", "that", "this", "these", "those", "there", "here", "where", "when", "how",
}  # fmt: skip
"""Nouns of WordNet that, in a wish, never name the object itself."""
_LONE = {"world", "light", "room", "floor", "wall", "top"}
"""Words that say where in a longer wish ("in the corner of the room") but are the thing itself
when they are all the wish says ("a world")."""
_ARTICLES = {"a", "an", "the", "some", "one", "two", "three", "four", "five", "six", "seven",
             "eight", "nine", "ten", "many", "several", "my", "your", "his", "her", "its",
             "their", "our", "this", "that"}  # fmt: skip
_BREAK = {"made", "of", "with", "that", "which", "who", "and", "or", "but", "is", "are", "was",
          "were", "floating", "above", "below", "under", "over", "on", "in", "at", "by", "from",
          "to", "into", "like", "as", "for", "whose", "where", "while", "near", "beside",
          "behind", "inside", "through", "across"}  # fmt: skip


@dataclass(frozen=True)
class Shape:
    """What a noun is built as: an archetype, or a family with parameters; size and trust."""

    archetype: str
    family: str
    params: dict[str, float]
    size: tuple[float, float, float]
    confidence: float
    source: str
    noun: str = ""
    span: tuple[int, int] | None = None
    note: str = field(default="", compare=False)
    coat: str = ""
    """The animal's natural colour (a name of ``COLOURS``): its first material's colour when
    the wish names none and no material ("a tiger" is orange, "a blue tiger" blue)."""
    lexical: bool = False
    """Whether the noun is a kind of WordNet's (not one of the project's own nouns, such as "a
    rubber duck"): a living kind's name is then only its name ("a golden eagle")."""


@dataclass(frozen=True)
class _Entry:
    target: str
    size_m: float
    params: dict[str, float]
    confidence: float
    uses: int = 0
    """How often WordNet's tagged corpus uses the noun in this sense (0: never seen there)."""
    coat: str = ""
    lexical: bool = False


@lru_cache(maxsize=1)
def _table() -> dict[str, _Entry]:
    seeds: dict[str, tuple[str, float, dict[str, float], str, bool]] = {}
    out: dict[str, _Entry] = {}
    with open(TABLE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if f[0] == "=":
                params = dict(p.split("=") for p in f[5].split(",") if p)
                coat = f[6] if len(f) > 6 else ""
                numbers = {k: float(v) for k, v in params.items()}
                seeds[f[1]] = (f[3], float(f[4]), numbers, coat, not f[2].endswith(".own"))
            else:
                target, size, params, coat, lexical = seeds[f[1]]
                uses = int(f[3]) if len(f) > 3 and f[3] else 0
                own = f[4] if len(f) > 4 else ""  # its own colour, from its gloss
                out[f[0]] = _Entry(target, size, params, float(f[2]), uses, own or coat, lexical)
    return out


def _singulars(word: str) -> list[str]:
    """The word and its likely singular forms (the table holds WordNet's base forms)."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        out += [word[:-3] + "f", word[:-3] + "fe"]
    # "-s" before "-es": "oranges" are oranges, not orangs (orangutans); "boxes" still box
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    return out


def _lookup(phrase: str) -> tuple[_Entry, str] | None:
    table = _table()
    head, _, last = phrase.rpartition(" ")
    for form in _singulars(last):
        key = f"{head} {form}" if head else form
        if key in table:
            return table[key], key
    return None


def _compound(word: str) -> tuple[_Entry, str] | None:
    """The longest known noun that ends a compound ("snowmobileharvester" → "harvester")."""
    parts = [p for p in re.split(r"[-']", word) if p]
    if len(parts) > 1:
        if hit := _lookup(" ".join(parts)):
            return hit  # "jack-o-lantern" as the table writes it, "jack o lantern"
        for i in range(1, len(parts)):
            hit = _lookup(" ".join(parts[i:])) or _lookup(parts[i])
            if hit and parts[i] not in _STOP:
                return hit
    for cut in range(1, len(word) - _COMPOUND_MIN + 1):
        tail = word[cut:]
        if cut >= 3 and len(tail) >= _COMPOUND_MIN and (hit := _lookup(tail)) and tail not in _STOP:
            return hit
    return None


def _size(family: str, archetype: str, size_m: float) -> tuple[float, float, float]:
    """The bounding size: the family's aspect at ``size_m``; an archetype's typical size, scaled
    to ``size_m`` on its longest side when the noun's seed gives one (a birdhouse is not a
    house's 8 m, a grandfather clock not an alarm clock's 40 cm)."""
    if not family:
        typical = ARCHETYPE_SIZE[archetype]
        if not size_m:
            return typical
        k = size_m / max(typical)
        return tuple(min(SIZE_MAX_M, max(SIZE_MIN_M, round(a * k, 4))) for a in typical)  # type: ignore[return-value]
    aspect = FAMILY_INFO[family].aspect
    return tuple(min(SIZE_MAX_M, max(SIZE_MIN_M, round(a * size_m, 4))) for a in aspect)  # type: ignore[return-value]


def _shape(entry: _Entry, source: str, confidence: float, noun: str) -> Shape:
    if entry.target.startswith("@"):
        archetype = entry.target[1:]
        size = _size("", archetype, entry.size_m)
        return Shape(
            archetype,
            "",
            dict(entry.params),
            size,
            confidence,
            source,
            noun,
            coat=entry.coat,
            lexical=entry.lexical,
        )
    family = entry.target
    return Shape(
        FAMILY_INFO[family].stand_in,
        family,
        dict(entry.params),
        _size(family, "", entry.size_m),
        confidence,
        source,
        noun,
        coat=entry.coat,
        lexical=entry.lexical,
    )


def fallback(noun: str = "", note: str = "") -> Shape:
    """The most general family, for a noun nothing placed."""
    info = FAMILY_INFO["lump"]
    return Shape(
        info.stand_in, "lump", {}, _size("lump", "", 0.4), 0.1, "fallback", noun, None, note
    )


def table_target(word: str) -> str | None:
    """What the noun table builds one word as (a family, or "@archetype"), or None."""
    hit = _lookup(word) if word not in _STOP else None
    return hit[0].target if hit else None


def noun_shape(noun: str, embed: bool = True) -> Shape:
    """The shape of one noun (or short noun phrase), never failing: table, compound,
    embedding, then the most general family."""
    phrase = " ".join(re.findall(r"[a-z]+(?:[-'][a-z]+)*", noun.lower()))
    if not phrase:
        return fallback(noun)
    hit = _lookup(phrase)
    if hit:
        return _shape(hit[0], "lexicon", hit[0].confidence, hit[1])
    last = phrase.split()[-1]
    if (hit := _lookup(last)) and last not in _STOP:
        return _shape(hit[0], "lexicon", round(hit[0].confidence * 0.8, 2), hit[1])
    if hit := _compound(last):
        return _shape(hit[0], "lexicon", round(hit[0].confidence * 0.6, 2), hit[1])
    if not embed:
        return fallback(phrase)
    return nearest_family(phrase)


# ---- the embedding fallback -------------------------------------------------------------------

_LOCK = threading.Lock()
_FAMILY_VECTORS: list = []
VECTORS = Path(__file__).with_name("family_vectors.npz")
"""The family texts' embeddings, written by ``write_family_vectors`` (so the first unknown noun
costs one embedding, not three hundred)."""


def family_texts() -> tuple[list[str], list[str]]:
    """(family, text) pairs the fallback compares a noun with: each family's description and
    each of its typical members."""
    names, texts = [], []
    for family, info in FAMILY_INFO.items():
        _, _, members = info.members.partition(":")
        names.append(family)
        texts.append(info.members)
        for m in members.split(","):
            if m.strip():
                names.append(family)
                texts.append(f"a {m.strip()}")
    return names, texts


def _texts_key(texts: list[str]) -> str:
    import hashlib

    return hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]


def write_family_vectors(path: Path = VECTORS) -> None:
    """Embed every family text and store the vectors (float16) with a key of the texts."""
    import numpy as np

    from figment.model.embed import embed

    _, texts = family_texts()
    np.savez_compressed(
        path, vectors=embed(texts).astype(np.float16), key=np.array(_texts_key(texts))
    )


def _family_vectors():
    """(families, unit vectors), from ``family_vectors.npz`` when it matches the texts."""
    import numpy as np

    with _LOCK:
        if not _FAMILY_VECTORS:
            names, texts = family_texts()
            vectors = None
            if VECTORS.is_file():
                with np.load(VECTORS) as data:
                    if str(data["key"]) == _texts_key(texts):
                        vectors = data["vectors"].astype(np.float32)
            if vectors is None:  # the texts changed since the file was written
                from figment.model.embed import embed

                vectors = np.asarray(embed(texts))
            _FAMILY_VECTORS.extend([names, vectors])
    return _FAMILY_VECTORS[0], _FAMILY_VECTORS[1]


def nearest_family(phrase: str) -> Shape:
    """The family whose description or members lie nearest ``phrase`` in embedding space."""
    try:
        names, vectors = _family_vectors()
        from figment.model.embed import embed

        query = embed([f"a {phrase}"])[0]
    except Exception as exc:  # the model is optional: say why the guess is the general family
        return fallback(phrase, f"no sentence embeddings: {exc}")
    sims = vectors @ query
    best = int(sims.argmax())
    cosine = float(sims[best])
    if cosine < EMBED_MIN_COSINE:
        return fallback(phrase, f"nearest family {names[best]} at cosine {cosine:.2f}")
    family = names[best]
    conf = round(min(0.45, max(0.12, (cosine - 0.5) * 1.5)), 2)
    info = FAMILY_INFO[family]
    size = _size(family, "", 1.0)
    return Shape(
        info.stand_in, family, {}, size, conf, "embedding", phrase, None, f"cosine {cosine:.2f}"
    )


# ---- reading the object noun and its parameters out of text ------------------------------------

_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "single": 1,
           "double": 2, "triple": 3, "many": 8, "countless": 12, "hundred": 12}  # fmt: skip
_COUNTED = {"leg": "legs", "legged": "legs", "arm": "arms", "armed": "arms", "tentacle": "arms",
            "tentacled": "arms", "wheel": "wheels", "wheeled": "wheels", "string": "strings",
            "stringed": "strings", "petal": "petals", "petalled": "petals", "petaled": "petals",
            "branch": "branches", "branched": "branches", "tier": "tiers", "tiered": "tiers",
            "storey": "tiers", "story": "tiers", "storied": "tiers", "floor": "tiers",
            "mast": "masts", "masted": "masts", "handle": "handles", "handled": "handles"}  # fmt: skip
_LONG = {"long": 1.0, "longer": 1.0, "tall": 0.9, "stretched": 1.0, "short": 0.1, "stubby": 0.1,
         "tiny": 0.05, "no": 0.0, "big": 0.9, "huge": 1.0, "small": 0.2, "giant": 1.0,
         "wide": 1.0, "thin": 0.1, "narrow": 0.05}  # fmt: skip
_SCALED = {"neck": "neck", "necked": "neck", "tail": "tail", "tailed": "tail", "horn": "horns",
           "horned": "horns", "ear": "ears", "eared": "ears", "trunk": "trunk", "snout": "trunk",
           "nosed": "trunk", "wing": "wings", "winged": "wings", "legged": "height",
           "shelled": "shell", "clawed": "claws", "claw": "claws", "pincer": "claws"}  # fmt: skip
_COAT = {"striped": ("pattern", 1.0), "stripy": ("pattern", 1.0), "stripey": ("pattern", 1.0),
         "spotted": ("pattern", 0.4), "spotty": ("pattern", 0.4), "dappled": ("pattern", 0.4),
         "piebald": ("pattern", 0.6), "patched": ("pattern", 0.6), "woolly": ("fur", 1.0),
         "wooly": ("fur", 1.0), "fleecy": ("fur", 1.0), "fluffy": ("fur", 0.5),
         "furry": ("fur", 0.5), "shaggy": ("fur", 0.5), "bushy": ("fur", 0.5)}  # fmt: skip
"""Single words that set a four-legged creature's coat (``quadruped`` reads these)."""
_WORDS = re.compile(r"[a-z0-9]+")


def param_words(
    text: str, family: str = "", wish_chars: int = 0
) -> tuple[dict[str, float], list[tuple[str, int, int]]]:
    """Parameters the words set ("eight-armed", "with three wheels", "long-necked"), with the
    spans they came from (field name, start, end), only from the person's own words (the first
    ``wish_chars``, when given): a bear "has been spotted" in the model's, a giraffe "walks on
    two legs"."""
    out: dict[str, float] = {}
    spans: list[tuple[str, int, int]] = []
    words = [(m.group(), m.start(), m.end()) for m in _WORDS.finditer(text.lower())]
    for (first, start, _), (word, _, end) in pairwise(words):
        second = word if word in _COUNTED or word in _SCALED else word.rstrip("s")
        name, value = None, None
        if first in _NUMBER and second in _COUNTED:
            name, value = _COUNTED[second], float(_NUMBER[first])
        elif first.isdigit() and second in _COUNTED:
            name, value = _COUNTED[second], float(first)
        elif first in _LONG and second in _SCALED:
            name, value = _SCALED[second], _LONG[first]
        if name is None or value is None or name in out or (wish_chars and start >= wish_chars):
            continue  # (only the wish's own words: the imagined text's "two legs" make no
            # giraffe a T. rex)
        lo, hi, _ = SHAPE_PARAMS[name]
        out[name] = min(hi, max(lo, value))
        spans.append((f"params.{name}", start, end))
    if family in ("", "quadruped"):
        for word, start, end in words:
            coat = _COAT.get(word)
            if coat is not None and coat[0] not in out and (not wish_chars or start < wish_chars):
                out[coat[0]] = coat[1]
                spans.append((f"params.{coat[0]}", start, end))
    if family == "tree" and out.get("branches") == 0:
        out.pop("branches")
    if family == "sheet" and "width" not in out and any(w == "round" for w, _, _ in words):
        out["width"] = 1.0  # "a round shield"
    if family in ("", "quadruped") and "rest" not in out:  # "a sleeping fox": lying down
        for word, start, end in words:
            if word in RESTING and (not wish_chars or start < wish_chars):
                out["rest"] = 1.0
                spans.append(("params.rest", start, end))
                break
    if family == "tree" and "pattern" not in out:  # "an apple tree": hung with its fruit
        for (first, start, _), (word, _, end) in pairwise(words):
            if word in ("tree", "trees") and first in FRUIT_TREES:
                out["pattern"] = FRUIT_TREES[first]
                spans.append(("params.pattern", start, end))
                break
    return out, spans


RESTING = {"sleeping", "asleep", "sleeps", "slumbering", "napping", "dozing", "lying",
           "resting", "curled", "snoozing", "dreaming"}  # fmt: skip
"""Words that lay a four-legged creature down to sleep."""
FRUIT_TREES = {
    "apple": 0.55, "cherry": 0.55, "plum": 0.55, "pomegranate": 0.55,
    "orange": 0.7, "peach": 0.7, "apricot": 0.7, "mandarin": 0.7, "tangerine": 0.7,
    "lemon": 0.85, "banana": 0.85, "mango": 0.85,
    "pear": 1.0, "lime": 1.0, "olive": 1.0, "fig": 1.0,
}  # fmt: skip
"""Fruit trees by their fruit's colour on a tree's ``pattern``: red, orange, yellow, green."""


_SHORT_NOUNS = frozenset({"ox"})
"""Nouns of fewer than three letters that name a thing (other short words never do: "go")."""


def _candidates(tokens: list[tuple[str, int, int]], taken: set[int], place: set[str]):
    """Noun phrases that may name the object: not consumed, not after a place word."""
    for i, (word, _, _) in enumerate(tokens):
        if word in _STOP and i + 1 < len(tokens) and i not in taken:
            # a stop word may begin a compound the table knows ("top hat", "half moon")
            two = f"{word} {tokens[i + 1][0]}"
            if (hit := _lookup(two)) is not None and " " in hit[1]:
                yield i, 2, hit
                continue
        if (
            word in _STOP
            or word in _ARTICLES
            or (len(word) < 3 and word not in _SHORT_NOUNS)
            or word.endswith("-shaped")
        ):
            continue  # ("a tulip-shaped glass" is a glass)
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        # before an article or "me", a wish verb is the wish's verb (WordNet has a noun "put")
        if word in WISH_VERBS and (after in _ARTICLES or after in ("me", "us")):
            continue
        if word == "down" and after in _ARTICLES:  # "cracked down the blade": where, not a
            continue  # puff of down
        if word in MADE_VERBS and after in ("from", "of", "out"):
            continue  # "a ring cut from a slice of lime": how it was made, not a cut
        before = {t[0] for t in tokens[max(0, i - 3) : i]}
        if before & place:
            continue
        if i and tokens[i - 1][0] in _SHEDS:
            continue  # "a cloud raining frogs": what it rains, not the object
        for n in (4, 3, 2, 1):  # ("corn on the cob")
            # A compound noun may hold a word read as something else ("french horn": a part);
            # a part's word right after a thing's names that part ("a train wheel").
            if i + n <= len(tokens) and (n > 1 or i not in taken or _part_of_noun(tokens, i)):
                phrase = " ".join(t[0] for t in tokens[i : i + n])
                hit = _lookup(phrase)
                if (
                    n > 2
                    and tokens[i + 1][0] == "of"
                    and _lookup(word) is not None
                    and not _named_whole(hit)
                ):
                    continue  # "a crown of thorns" is a crown (WordNet's is a shrub)
                if hit is not None:
                    yield i, n, hit
                    break


_PART_THINGS = frozenset({"wheel", "door", "branch", "bone", "feather", "leaf"})
"""Parts whose own noun is that part, a thing of its own ("a train wheel" is a wheel; "a
unicorn horn" is no trumpet, "a shark fin" no plank)."""


def _part_of_noun(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word at ``i`` (read as a part) is one of ``_PART_THINGS`` after a noun it
    names a part of, joined by one space and ending the phrase: "a train wheel", "a car door"
    (not "a bird's wings")."""
    if not i or tokens[i][0] not in _PART_THINGS or tokens[i][1] - tokens[i - 1][2] != 1:
        return False
    before = tokens[i - 1][0]
    return (
        before not in _STOP
        and before not in _ARTICLES
        and not before.endswith("'s")
        and (i + 1 == len(tokens) or tokens[i + 1][0] in _STOP | _ARTICLES | {"made", "of"})
        and _lookup(before) is not None
    )


def _named_whole(hit: tuple[_Entry, str] | None) -> bool:
    """Whether a phrase with "of" (its table entry ``hit``) names one thing as a whole, built
    as itself ("a suit of armour" is a knight's armour, not a suit; "a crown of thorns" is a
    crown)."""
    return (
        hit is not None
        and " " in hit[1]
        and hit[0].confidence >= 0.95
        and hit[0].target not in ("shrub", "tree", "flower")
    )


def find_shape(
    tokens: list[tuple[str, int, int]],
    taken: set[int],
    place: set[str],
    archetype_index: int | None,
    embed: bool = True,
) -> Shape | None:
    """The shape of the object the text names, or None when an archetype word does it better.

    The first noun in the table wins, unless it is a weak reading (a rare sense) and a
    confident one follows. An archetype word that comes first wins (the hand-made archetypes are
    the best rendering of their own nouns), unless it only begins a compound ("tree frog").
    """
    if (pile := _pile(tokens)) is not None:
        return pile
    found = list(_candidates(tokens, taken, place))
    if not found:  # "a world", "a light", "ivy": the only word is the thing
        alone = [(i, t[0]) for i, t in enumerate(tokens) if t[0] not in _ARTICLES]
        lone = len(alone) == 1 and (alone[0][1] in _LONE or alone[0][1] in PART_WORDS)
        if lone and (hit := _lookup(alone[0][1])):  # or "ivy", "roots": a part said alone
            found = [(alone[0][0], 1, hit)]
    for i, (word, a, b) in enumerate(tokens):  # "a pumpkin carved with a face", the object
        # named first (not "a scarecrow holding a carved pumpkin"): a jack-o'-lantern
        if (
            word in ("pumpkin", "pumpkins")
            and not any(j < i for j, _, _ in found)
            and any(t[0] in _CARVED for t in tokens[max(0, i - 2) : i + 6])
            and (hit := _lookup("jack-o'-lantern")) is not None
        ):
            return _with_span(_shape(hit[0], "lexicon", hit[0].confidence, hit[1]), (a, b))
    like = _shaped_like(tokens)
    if like is not None and _bearer(tokens, like):
        like = None  # "a weathervane shaped like a rooster" is a weathervane
    if like is None and (home := dwelling(tokens)) is not None:
        like = home - 1  # "a mushroom house" has a mushroom's shape
    for i, n, (entry, key) in found if like is not None else ():
        if like < i <= like + 4:  # "a mailbox shaped like a frog" has a frog's shape
            arch = ARCHETYPE_WORDS.get(" ".join(t[0] for t in tokens[i : i + n]))
            shape = (
                Shape(arch, "", {}, _size("", arch, 0), 1.0, "archetype", key)
                if arch  # the hand-made archetype is its own noun's best shape
                else _shape(entry, "lexicon", entry.confidence, key)
            )
            return _with_span(shape, (tokens[i][1], tokens[i + n - 1][2]))
    pick = None
    for i, n, (entry, key) in found:
        if pick is None:
            pick = (i, n, entry, key)
        elif (
            pick[2].confidence < 0.5 <= entry.confidence + 0.2
            and not _made_between(tokens, pick[0] + pick[1], i)
            and not any(
                t[0] in _CLAUSE or t[0] in _HAS or t[0] == "with"  # (what it has: "a pumpkin
                for t in tokens[pick[0] + pick[1] : i]  # with a tiny village inside")
            )
        ):
            pick = (i, n, entry, key)
            break
        else:
            break
    if pick is not None:
        i, n, entry, key = pick
        for j, m, (e, k) in found:  # "a marble cake stand", "a strawberry ice cream cone": the
            # noun that runs on past the first one's end holds the head (a stand, a cone)
            if i < j < i + n < j + m and tokens[i + n][0] not in CONTAINER_WORDS:
                # (not "a coffee bean bag": a bag that holds coffee beans)
                i, n, entry, key = j, m, e, k
                break
        for j, m, (e, k) in found:  # "a pirate captain's hat": what belongs to them is the thing
            # (a noun that holds the "'s" itself, "a chef's hat", is its own thing)
            if i + n <= j <= i + n + 2 and any(t[0].endswith("'s") for t in tokens[i:j]):
                i, n, entry, key = j, m, e, k
                break
        modifier = -1
        for j, m, (e, k) in found:  # "a chess king", "a moon rabbit": the last noun is the head
            if j == i + n and _compound_head(tokens, j, e, m):
                if tokens[j][0] in _KIND_HEADS:
                    break  # "a slug alien", "a jelly monster": a slug, a jelly
                if (
                    _character(entry)
                    and e.target == "biped"
                    and e.params.get("figure") not in _FIGURE_THINGS
                ):
                    break  # "a goblin archer", "a skeleton warrior": a goblin, a skeleton
                modifier, (i, n, entry, key) = i, (j, m, e, k)
            elif j >= i + n and _people_before(tokens, taken, entry, i + n, j):
                modifier, (i, n, entry, key) = i, (j, m, e, k)
        if (
            n == 1
            and (tokens[i][0] in PORTIONS or tokens[i][0] in LIKENESS_WORDS)
            and i + 1 < len(tokens)
            and tokens[i + 1][0] == "of"
        ):
            for j, m, (e, k) in found:  # "a stack of pancakes", "a statue of a lion": the thing
                if (
                    i + 2 <= j <= i + 4
                    and not tokens[j - 1][0].endswith("ly")  # "freshly cut": said of the logs
                    and all(_said_of(t[0]) for t in tokens[i + 2 : j])
                ):
                    i, n, entry, key = j, m, e, k
                    break
            else:
                if tokens[i][0] in _MERE_PORTIONS and i + 2 in taken:
                    return None  # "a bar of soap", "a piece of wood": of a stuff, not a pub
        k = i + n  # "an alien crystal made of blue glass": a stuff's word that ends the noun
        if (  # phrase, when the wish says what it is made of, is the thing (a crystal)
            k in taken
            and k + 1 < len(tokens)
            and tokens[k + 1][0] in MADE_VERBS
            and tokens[k][1] - tokens[k - 1][2] == 1
            and (hit := _lookup(tokens[k][0])) is not None
            and hit[0].confidence >= 0.5
        ):
            i, n, (entry, key) = k, 1, hit
        # An archetype word first wins, unless it only begins this compound ("bell tower").
        before = (  # an archetype word just before it says what kind ("a pine christmas tree")
            archetype_index == i - 1 and n > 1 and tokens[i][1] - tokens[i - 1][2] == 1
        ) or (  # or begins the compound that says what kind ("a star chart scroll")
            modifier > 0
            and archetype_index == modifier - 1
            and tokens[modifier][1] - tokens[modifier - 1][2] == 1
        )
        if archetype_index is not None and (
            (archetype_index < i and archetype_index != modifier and not before)
            or (archetype_index == i and n == 1)
        ):
            return None
        # An archetype word that ends the same noun phrase is its head ("a green paper bell").
        if archetype_index is not None and 0 <= archetype_index - (i + n) <= 3:
            between = [t[0] for t in tokens[i + n : archetype_index]]
            joined = all(  # one space between each word: no comma or full stop ("a dragon, lamp")
                tokens[k + 1][1] - tokens[k][2] == 1 for k in range(i + n - 1, archetype_index)
            )
            if joined and all(
                _modifies(w) and w not in _STOP and w not in _ARTICLES for w in between
            ):
                return None
        shape = _shape(entry, "lexicon", entry.confidence, key)
        return _with_span(shape, (tokens[i][1], tokens[i + n - 1][2]))
    if archetype_index is not None:
        return None
    # No known noun: the head of the first noun phrase ("a glorbwhistle made of glass").
    for i, (word, _, _) in enumerate(tokens):
        before = {t[0] for t in tokens[max(0, i - 2) : i]}
        if word in _ARTICLES and i + 1 < len(tokens) and not before & place:
            j = i + 1
            while (
                j + 1 < len(tokens)
                and j - i < 4
                and (j + 1 not in taken or _lookup(tokens[j + 1][0]) is not None)
                and _modifies(tokens[j + 1][0])
            ):
                j += 1
            if tokens[j][0] in _BREAK or tokens[j][0] in _STOP:
                continue
            head = tokens[j][0]
            if j in taken:  # "a diamond", "a ruby": a material or colour word is the thing
                hit = _lookup(head)
                if hit is None:
                    continue
                shape = _shape(hit[0], "lexicon", round(hit[0].confidence * 0.8, 2), hit[1])
            else:
                shape = noun_shape(head, embed=embed)
                # "a crystal cluster": an unplaced head takes the known noun before it
                for k in range(j - 1, i, -1):
                    if shape.source == "fallback" and (hit := _lookup(tokens[k][0])):
                        shape = _shape(hit[0], "lexicon", round(hit[0].confidence * 0.8, 2), hit[1])
                        return _with_span(shape, (tokens[k][1], tokens[j][2]))
            return _with_span(shape, (tokens[j][1], tokens[j][2]))
    return None


_CARVED = {"carved", "face", "grinning", "grin", "grins", "candlelit", "hollowed"}
"""Words that make a pumpkin a jack-o'-lantern."""
_MERE_PORTIONS = {"bar", "bars", "piece", "pieces", "chunk", "slice", "slices", "sliver", "wedge",
                  "handful"}  # fmt: skip
"""The ``PORTIONS`` that are no thing of their own ("a bar of soap", where a spool of cable is a
spool)."""
_KIND_HEADS = {"alien", "aliens", "creature", "creatures", "monster", "monsters", "beast",
               "beasts", "critter", "critters", "thing", "things", "prize", "prizes",
               "souvenir", "souvenirs", "keepsake"}  # fmt: skip
"""Words after a noun that say what kind of being or thing it is, not what it looks like ("a
teddy bear prize" is a teddy bear)."""
_PILES = {"stack", "stacks", "pile", "piles", "heap", "heaps", "tower"}
_STACKS = {"jewelry"}
"""Families whose ``tiers`` stack the thing when the wish asks for a pile of it (coins)."""
_WHERE = {"on", "upon", "atop", "in", "inside", "under", "beneath", "beside", "behind", "near",
          "over", "above", "into", "onto", "from", "with", "by", "across"}  # fmt: skip
"""Words before a pile that make it where the object is, not the object."""


def _pile(tokens: list[tuple[str, int, int]]) -> Shape | None:
    """ "A stack of gold coins": the thing stacked, ``tiers`` high, when its family stacks (its
    word may also be read as a stuff, as coins are); else None."""
    for k in range(len(tokens) - 2):
        if tokens[k][0] not in _PILES or tokens[k + 1][0] != "of":
            continue
        if {t[0] for t in tokens[max(0, k - 3) : k]} & _WHERE:
            continue  # "a dragon sleeping on a pile of coins": where it is, not what
        for j in range(k + 2, min(k + 5, len(tokens))):
            hit = _lookup(tokens[j][0])
            if hit is not None and hit[0].target in _STACKS:
                entry = replace(hit[0], params={**hit[0].params, "tiers": 6.0})
                shape = _shape(entry, "lexicon", entry.confidence, hit[1])
                return _with_span(shape, (tokens[k][1], tokens[j][2]))
    return None


PORTIONS = {
    "stack", "stacks", "pile", "piles", "heap", "heaps", "slice", "slices", "piece", "pieces",
    "bunch", "handful", "chunk", "wedge", "scoop", "scoops", "bundle", "cluster", "sliver",
    "coil", "coils", "spool", "skein", "pair", "pairs", "bar", "bars",
}  # fmt: skip
"""Words for an amount of something: "a stack of pancakes", "a slice of watermelon", "a pair
of dice" are the thing the amount is of."""


_DWELLINGS = {"house", "houses", "cottage", "cottages", "hut", "huts", "home", "cabin"}
_LIVED_IN = {"@mushroom", "@teapot", "@cup", "@bottle", "@egg", "@shell", "@vase", "@lantern",
             "fruit", "vessel", "footwear", "hat", "container"}  # fmt: skip
"""Shapes people imagine living in: "a mushroom house", "a pumpkin cottage", "a shoe house"."""


def dwelling(tokens: list[tuple[str, int, int]]) -> int | None:
    """The index of X in "an X house" when X is a thing one might live in (a mushroom, a
    teapot, a pumpkin, a boot) and the table knows no such compound (a tree house, a dog house
    are their own nouns): the object is X, with windows."""
    for k in range(1, len(tokens)):
        if tokens[k][0] not in _DWELLINGS:
            continue
        x = tokens[k - 1][0]
        if _lookup(f"{x} {tokens[k][0]}") is not None or (hit := _lookup(x)) is None:
            continue
        if hit[0].target in _LIVED_IN:
            return k - 1
    return None


_SHAPE_BEARERS = {"weathervane", "weathervanes", "vane", "windvane", "weathercock"}
"""Things shaped like something only in the figure they carry (a weathervane's rooster): the
thing stays what it is, not the shape named."""

_LIKE_WORDS = {"shaped", "like", "as", "in", "the", "shape", "form", "of", "a", "an"}


def _bearer(tokens: list[tuple[str, int, int]], like: int) -> bool:
    """Whether the word just before "shaped like ..." (the thing said to be shaped so) is one
    of the ``_SHAPE_BEARERS``."""
    k = like
    while k >= 0 and tokens[k][0] in _LIKE_WORDS:
        k -= 1
    return k >= 0 and tokens[k][0] in _SHAPE_BEARERS


def _shaped_like(tokens: list[tuple[str, int, int]]) -> int | None:
    """The index of the last word of "shaped like", "shaped as", "in the shape of" or "in the
    form of", if the text says one: the noun after it is the object's shape."""
    words = [t[0] for t in tokens]
    for k in range(len(words) - 1):
        if words[k] == "shaped" and words[k + 1] in ("like", "as"):
            return k + 1
        if words[k] in ("shape", "form") and words[k + 1] == "of" and k and words[k - 1] == "the":
            return k + 1
    return None


_SHEDS = {
    "raining", "rains", "dripping", "drips", "pouring", "pours", "shedding", "sheds", "leaking",
    "leaks", "spilling", "spills", "oozing", "oozes", "spewing", "spews",
}  # fmt: skip
"""Verbs whose object is what flows from the object, not the object."""

_HAS = {*CARRY_VERBS, *GROW_VERBS, *FULL_WORDS, "wearing"}
"""Verbs and words whose noun is what the object has, holds or wears: a weak first noun is not
traded for it ("a bookshelf growing mushrooms")."""

_CLAUSE = {"that", "which", "who", "whose", "where", "while", "when"}
"""Words that begin what is said of the object: a noun after them is not the object ("a brass
compass that points home" is a compass, not a home)."""


def _made_between(tokens: list[tuple[str, int, int]], start: int, end: int) -> bool:
    """Whether "made of"/"carved from" or "full of"/"filled with" lies between two nouns: what
    follows it is what the first is made of or holds ("a shield made of dragon scales" is a
    shield, not a dragon; "a bathtub full of stars" is a bathtub)."""
    return any(
        (tokens[j][0] in ("of", "from") and tokens[j - 1][0] in MADE_VERBS)
        or (tokens[j][0] in ("of", "with", "in") and tokens[j - 1][0] in FULL_WORDS)
        for j in range(max(1, start), end)
    )


def _compound_head(tokens: list[tuple[str, int, int]], j: int, entry: _Entry, n: int = 1) -> bool:
    """Whether the noun at ``j`` heads a compound with the noun just before it: joined by one
    space, a confident reading, not a verb's "-s" ("a bird flies") and not a likeness ("a cat
    statue" keeps the cat's shape)."""
    word = tokens[j + n - 1][0]  # (the compound's last word: "christmas tree" is no verb)
    return (
        tokens[j][1] - tokens[j - 1][2] == 1
        and entry.confidence >= 0.5
        and not (word.endswith("s") and not word.endswith(("ss", "us", "is")))
        and word not in LIKENESS_WORDS
        and tokens[j - 1][0] not in LIKENESS_WORDS
        and word not in _DOING
        and not (  # "a wrench cast in gold", "a vase blown from glass": how it was made
            n == 1
            and word in _MADE_AS
            and j + 1 < len(tokens)
            and tokens[j + 1][0] in ("in", "from", "of", "into", "out", "by", "with")
        )
    )


_MADE_AS = {"cast", "spun", "woven", "blown", "sewn", "hewn", "wrought", "grown", "built", "knit",
            "forged", "shaped", "moulded", "molded", "poured", "struck", "set", "strung", "bound"}  # fmt: skip
"""Words for how a thing was made that also name a thing ("a cast", "a set")."""

_DOING = {
    "hanging", "sitting", "standing", "lying", "running", "swimming", "dancing", "singing",
    "crying", "riding", "falling", "climbing", "walking", "resting", "leaning", "spinning",
    "rising", "rolling", "sinking", "boiling", "dying", "weeping", "howling", "roaring",
}  # fmt: skip
"""Words that name a thing but after a noun say what it is doing ("a skeleton hanging on a
stand" is a skeleton, not a wall hanging)."""


def _people_before(
    tokens: list[tuple[str, int, int]], taken: set[int], entry: _Entry, end: int, j: int
) -> bool:
    """Whether a plain person's noun before another noun only says whose or where from ("an
    Egyptian pyramid", "a Greek hoplite shield", "an Aztec obsidian dagger"): joined to it by
    single spaces, with at most two words between that still belong to the noun phrase."""
    return (
        entry.target == "biped"
        and not entry.params
        and j - end <= 2
        and all(
            k in taken or (_modifies(tokens[k][0]) and tokens[k][0] not in _STOP)
            for k in range(end, j)
        )
        and all(tokens[k][1] - tokens[k - 1][2] == 1 for k in range(end, j + 1))
        and not tokens[j][0].endswith("ing")
    )


_FIGURE_THINGS = (24.0, 31.0)
"""Figures (the biped family's ``figure``) that are things, not someone: a bust, a skull ("a
pirate skull" is a skull)."""


def _character(entry: _Entry) -> bool:
    """Whether a noun names a kind of figure of its own (a goblin, a skeleton, a robot): before
    a person's role ("archer", "warrior") it says what the figure is."""
    return entry.target == "biped" and bool(entry.params) and entry.confidence >= 0.5


def _said_of(word: str) -> bool:
    """Whether ``word`` may be said of the things in an amount ("a stack of freshly cut logs",
    "a pile of chopped logs"): an adverb or a participle may, a break or a verb in -ing not."""
    return word not in _BREAK and not word.endswith("ing")


def _modifies(word: str) -> bool:
    """Whether ``word`` may still belong to the noun phrase (not a verb, adverb or break)."""
    return word not in _BREAK and not word.endswith(("ing", "ly", "ed"))


def _with_span(shape: Shape, span: tuple[int, int]) -> Shape:
    return replace(shape, span=span)
