"""PIP-One: a deterministic generator of imaginative instruction pairs with their latent objects.

Each pair is written *from* a latent :class:`figment.spec.ObjectSpec`: the generator first picks an
object (archetype, materials, colour, modifier, motion, sound, parts, size) and two domains, then
writes a prompt and an answer that names every one of those values, recording the character span
of each. The answer takes the structure of the source domain and applies it to the things of the
target domain (cross-field transfer); a quarter of the pairs stay inside one domain.

Same ``seed`` and ``n``, same pairs, same bytes: only :class:`random.Random` with an explicit seed
and crc32 hashing are used. Near-duplicates (cosine > ``NEAR_DUPLICATE_COSINE`` on hashed TF-IDF
word 1-2-grams) and exact duplicates are dropped before the first ``n`` pairs are kept.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from figment import lexicon as lx
from figment.errors import InvalidArgument
from figment.spec import (
    ARCHETYPES,
    MATERIALS,
    MODIFIERS,
    MOTIONS,
    PARTS,
    SOUNDS,
    ObjectSpec,
)
from figment_lab.pipone.domains import ADAPTER_DOMAINS, DOMAINS
from figment_lab.pipone.latent import complete_spec, latent_spec, parse_target
from figment_lab.pipone.similarity import near_duplicates
from figment_lab.pipone.templates import CLOSERS, PROMPTS, SLOTS

__all__ = [
    "ANSWER_WORDS",
    "MAX_PAIRS",
    "NEAR_DUPLICATE_COSINE",
    "PARSE_INSTRUCTION",
    "Pair",
    "build_dataset",
    "build_domain_dataset",
    "build_parse_dataset",
    "complete_spec",
    "parse_target",
]

ANSWER_WORDS = (40, 120)
"""Inclusive bounds on the words in an answer."""
MAX_PAIRS = 200_000
"""The most pairs one build may ask for."""
NEAR_DUPLICATE_COSINE = 0.95
"""Two answers closer than this (hashed TF-IDF cosine) are near-duplicates; the later one goes."""
TRANSFER_SHARE = 0.75
"""Share of pairs whose source and target domains differ."""
PARSE_INSTRUCTION = "Extract the object described below as JSON."
"""The user turn that precedes the text in parse pairs (the parse stage must use the same)."""

_CLOSER_OFFSET: dict[str, int] = {}
_offset = 0
for _family, _group in CLOSERS.items():
    _CLOSER_OFFSET[_family] = _offset
    _offset += len(_group)


@dataclass(frozen=True)
class Pair:
    """One instruction pair and the latent object it was written from."""

    id: str
    prompt: str
    answer: str
    category: str  # the prompt family: describe, taste, remember, ..., paper, xr_scene, parse
    domain: str  # the source domain: whose vocabulary and structure the answer speaks in
    source_domain: str | None  # set for cross-field pairs
    target_domain: str | None  # set for cross-field pairs: whose things the answer is about
    person: str  # first, second or third: the prompt's grammatical person
    spec: ObjectSpec
    templates: tuple[str, ...] = field(default=())

    def to_record(self) -> dict[str, Any]:
        """The JSONL record (key order fixed, so bytes are stable)."""
        return {
            "id": self.id,
            "category": self.category,
            "domain": self.domain,
            "source_domain": self.source_domain,
            "target_domain": self.target_domain,
            "person": self.person,
            "prompt": self.prompt,
            "answer": self.answer,
            "spec": self.spec.model_dump(mode="json"),
            "templates": list(self.templates),
        }


def _mark(field_path: str, text: str) -> str:
    return f"\x01{field_path}\x02{text}\x03"


def _mark_word(field_path: str, phrase: str, word: str) -> str:
    i = phrase.index(word)
    return phrase[:i] + _mark(field_path, word) + phrase[i + len(word) :]


_ARTICLE = re.compile(r"\b([Aa]) ((?:\x01[^\x02]*\x02)*)(?=[aeiouAEIOU]|hour)")
_SENTENCE_START = re.compile(r"([.?!] )([a-z])")


def _unmark(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Strip markers; return the clean text and (field, start, end) of first occurrences."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    spans: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == "\x01":
            j = marked.index("\x02", i)
            stack.append((marked[i + 1 : j], len(out)))
            i = j + 1
            continue
        if c == "\x03":
            name, start = stack.pop()
            if name not in seen:
                seen.add(name)
                spans.append((name, start, len(out)))
        else:
            out.append(c)
        i += 1
    return "".join(out), spans


def _finish(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    marked = _ARTICLE.sub(lambda m: f"{m.group(1)}n {m.group(2)}", marked)
    text, spans = _unmark(marked)
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text[:1].upper() + text[1:], spans


def person_of(prompt: str) -> str:
    """The grammatical person a prompt speaks in: first, second or third."""
    words = set(re.findall(r"[a-z']+", prompt.lower()))
    if words & {"i", "my", "me", "i'm"}:
        return "first"
    if words & {"she", "he", "her", "his", "they"}:
        return "third"
    return "second"


class _Generator:
    """Writes pairs one at a time, balancing clause templates so none dominates."""

    def __init__(
        self, seed: int, source: str | None = None, transfer_share: float = TRANSFER_SHARE
    ):
        self.rng = random.Random(seed)
        self.source = source
        self.transfer_share = transfer_share
        self.used: Counter[str] = Counter()

    def _prefer(self, preferred: tuple[str, ...], everything: tuple[str, ...], p: float) -> str:
        return self.rng.choice(preferred if self.rng.random() < p else everything)

    def _pick(self, slot: str, indices: list[int]) -> int:
        # least used of three random candidates: shares stay near uniform, still seeded
        candidates = self.rng.sample(indices, min(3, len(indices)))
        return min(candidates, key=lambda i: self.used[f"{slot}:{i}"])

    def pair(self, pair_id: str) -> Pair:
        """One pair (resampled until its answer has an allowed number of words)."""
        while True:
            pair = self._attempt(pair_id)
            if ANSWER_WORDS[0] <= len(pair.answer.split()) <= ANSWER_WORDS[1]:
                for t in pair.templates:
                    self.used[t] += 1
                return pair

    def _attempt(self, pair_id: str) -> Pair:
        rng = self.rng
        names = sorted(DOMAINS)
        src = self.source or rng.choice(names)
        transfer = rng.random() < self.transfer_share
        tgt = rng.choice([d for d in names if d != src]) if transfer else src
        s, t = DOMAINS[src], DOMAINS[tgt]
        pref = 0.8 if self.source else 0.5
        family = rng.choice(sorted(PROMPTS))

        arch = self._prefer(t.archetypes, ARCHETYPES, 0.5)
        mat = self._prefer(s.materials, MATERIALS, pref)
        mat2 = None
        if rng.random() < 0.4:
            mat2 = rng.choice([m for m in (s.materials + t.materials) if m != mat])
        col = self._prefer(s.colours, tuple(lx.COLOURS), pref)
        size_word = rng.choice(sorted(lx.SIZE_WORDS))
        motion = rng.choice(MOTIONS)
        modifier = rng.choice(MODIFIERS)
        sound = self._prefer(s.sounds, SOUNDS, pref)
        part = rng.choice(PARTS) if rng.random() < 0.5 else None
        t_thing, t_thing2 = rng.sample(t.things, 2)
        s_act, s_act2 = rng.sample(s.acts, 2)

        name = f"{arch} of {t_thing}"
        values = {
            "name": _mark("name", _mark("archetype", arch) + f" of {t_thing}"),
            "arch": _mark("archetype", arch),
            "size": _mark("size", size_word),
            "col": _mark("materials[0].base_color", col),
            "mat": _mark("materials[0].made_of", mat),
            "mat2": _mark("materials[1].made_of", mat2 or ""),
            "mot": _mark("motions[0].kind", lx.MOTION_WORDS[motion][0]),
            "moting": _mark("motions[0].kind", lx.MOTION_WORDS[motion][1]),
            "modp": _mark_word(
                "modifiers[0].kind",
                rng.choice(lx.MODIFIER_PHRASES[modifier]),
                lx.MODIFIER_WORDS[modifier],
            ),
            "snd": _mark_word("sounds[0].kind", rng.choice(lx.SOUND_PHRASES[sound]), sound),
            "part": _mark_word("parts[0]", rng.choice(lx.PART_PHRASES[part]), part) if part else "",
            "s_role": rng.choice(s.roles),
            "s_act": s_act,
            "s_act2": s_act2,
            "s_law": rng.choice(s.laws),
            "s_thing": rng.choice(s.things),
            "s_title": s.title,
            "s_place": rng.choice(s.places),
            "t_thing": t_thing,
            "t_thing2": t_thing2,
            "t_title": t.title,
            "t_place": rng.choice(t.places),
            "taste": rng.choice(s.tastes),
        }

        detail = "both" if part and mat2 else "part" if part else "mat2" if mat2 else None
        body = ["transfer", "behaviour", "sound"]
        order = rng.randrange(3)
        if order == 1:
            body = ["behaviour", "transfer", "sound"]
        elif order == 2:
            body = ["behaviour", "sound", "transfer"]
        slots = ["opener", *body]
        if detail:
            slots.insert(rng.randrange(2, len(slots) + 1), detail)
        chosen: list[str] = []
        for slot in slots:
            chosen.append(f"{slot}:{self._pick(slot, list(range(len(SLOTS[slot]))))}")
        if rng.random() < 0.6:
            move = family if family in CLOSERS else "imagine"
            base = _CLOSER_OFFSET[move]
            idx = self._pick("closer", [base + i for i in range(len(CLOSERS[move]))])
        else:
            idx = self._pick("closer", list(range(len(SLOTS["closer"]))))
        chosen.append(f"closer:{idx}")

        marked = " ".join(
            SLOTS[c.split(":")[0]][int(c.split(":")[1])].format(**values) for c in chosen
        )
        answer, raw_spans = _finish(marked)
        prompt = rng.choice(PROMPTS[family]).format(
            arch=arch,
            t_thing=t_thing,
            t_title=t.title,
            t_place=values["t_place"],
            s_title=s.title,
            s_role=values["s_role"],
        )
        prompt = prompt[:1].upper() + prompt[1:]
        spec = latent_spec(
            name, arch, size_word, mat, col, mat2, modifier, motion, sound, part, raw_spans
        )
        return Pair(
            id=pair_id,
            prompt=prompt,
            answer=answer,
            category=family,
            domain=src,
            source_domain=src if transfer else None,
            target_domain=tgt if transfer else None,
            person=person_of(prompt),
            spec=spec,
            templates=tuple(chosen),
        )


def _check_n(n: int) -> None:
    if not 1 <= n <= MAX_PAIRS:
        raise InvalidArgument("n", f"must be in [1, {MAX_PAIRS}] (got {n})")


def _build(n: int, gen: _Generator, prefix: str) -> list[Pair]:
    """Generate, drop exact and near duplicates, keep the first ``n``; ids are renumbered."""
    pairs: list[Pair] = []
    seen: set[str] = set()
    while True:
        want = n - len(pairs)
        batch = []
        for _ in range(want + want // 20 + 8):
            p = gen.pair("")
            if p.answer not in seen:
                seen.add(p.answer)
                batch.append(p)
        pairs.extend(batch)
        drop = near_duplicates([p.answer for p in pairs], NEAR_DUPLICATE_COSINE)
        pairs = [p for i, p in enumerate(pairs) if i not in drop]
        if len(pairs) >= n:
            break
    width = max(4, len(str(n)))
    return [_renumber(p, f"{prefix}-{i:0{width}d}") for i, p in enumerate(pairs[:n])]


def _renumber(p: Pair, pair_id: str) -> Pair:
    return Pair(**{**p.__dict__, "id": pair_id})


def build_dataset(n: int = 5000, seed: int = 0) -> list[Pair]:
    """PIP-One: ``n`` imaginative pairs over every domain, deterministic in ``seed``."""
    _check_n(n)
    return _build(n, _Generator(seed), "pip")


def build_domain_dataset(domain: str, n: int = 600, seed: int = 0) -> list[Pair]:
    """``n`` pairs that all speak in ``domain``'s voice, for a blendable domain adapter."""
    _check_n(n)
    if domain not in DOMAINS:
        raise InvalidArgument("domain", f"must be one of: {', '.join(sorted(DOMAINS))}")
    offset = 1 + sorted(DOMAINS).index(domain)
    return _build(n, _Generator(seed * 1000 + offset, source=domain, transfer_share=0.7), domain)


def build_parse_dataset(n: int = 2000, seed: int = 0) -> list[Pair]:
    """``n`` (text → spec JSON) pairs for the parse adapter, from answers unseen by ``pip``."""
    _check_n(n)
    out = []
    for p in _build(n, _Generator(seed * 1000 + 999), "parse"):
        prompt = f"{PARSE_INSTRUCTION}\n\n{p.answer}"
        out.append(Pair(**{**p.__dict__, "prompt": prompt, "answer": parse_target(p.spec)}))
    return out


DEFAULT_SUBSETS: dict[str, int] = {d: 600 for d in ADAPTER_DOMAINS}
"""Domain subsets built next to the main dataset, with their sizes."""
