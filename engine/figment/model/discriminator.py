"""The discriminator: sorts an imaginative answer into Type I, II, III or literal, with its scores.

Three scores, each in [0, 1]:

* **coherence** — from the answer's perplexity and what catches word salad. The perplexity is the
  base model's when the caller has it (``figment eval`` scores every answer under the base model),
  else the generator's own (the log-probabilities the sampler saw, free at run time); each source
  has its own threshold, calibrated in ``figment eval`` on answers with a known label (shuffled
  words, base answers, the curated examples of ``figment_lab.pipone.eval.calibration``). Above
  the threshold, too many non-words (words missing from the tokenizer's whole-word tokens) or
  too many repeated word 3-grams, coherence falls under 0.5.
* **novelty** — 1 minus the answer's highest sentence-embedding similarity (all-MiniLM-L6-v2) to a
  bank of clichés and stock answers, to the wish itself (an echo is not novel) and, when given,
  to the base model's answer to the same wish.
* **violation** — how far the answer leaves the rules of what it talks about: how many of the
  domains in :data:`._banks.DOMAINS` its sentences draw from (a sentence draws from its most
  similar domain and every other one almost as similar: a plain sentence from one, a sentence that
  mixes from several), and how many of its sentences lie
  along the rule-breaking direction: the mean difference between statements that break a thing's
  rules and their plain counterparts on the same subject (a stone that breathes, a stone that
  lies still), so the subject cancels out.

The type: **III** when coherence < 0.5; else **literal** when novelty < ``novelty_min`` (it says
what the wish, the base model or a stock phrase already says); else **II** when violation >=
``violation_min`` (new, and crossing domains or breaking their rules: the "uselessly insightful"
answers the product is for); else **I** (new, yet within the rules: rare).

Without the MiniLM packages only coherence is scored: novelty and violation are reported as -1,
the type is III or II by coherence alone, and ``note`` says so (``figment describe`` too).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from figment.stages import Judgement

from . import _banks

__all__ = [
    "MAX_NONWORD_SHARE",
    "Discriminator",
    "Thresholds",
    "Verdict",
    "nonword_share",
    "perplexity",
    "split_sentences",
    "vocab_wordlist",
]

Embed = Callable[[Sequence[str]], np.ndarray]

MAX_NONWORD_SHARE = 0.3
"""An answer with more than this share of non-words is incoherent."""
MAX_REPEATED_3GRAMS = 0.2
"""An answer with more than this share of repeated word 3-grams is incoherent (a loop)."""

_WORD = re.compile(r"[a-z']+")
_ALPHA = re.compile(r"^[a-z]+$")
_FUNCTION_WORDS = {"a", "i", "an", "of", "to", "in", "is", "it", "on", "at", "by", "or", "as"}
_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")


@dataclass(frozen=True)
class Thresholds:
    """Where the types divide; ``figment eval`` calibrates and reports them."""

    # calibrated by `figment eval` (docs/eval/report.md, section 5) on answers with a known type
    ppl_base: float = 365.0  # the base model's perplexity above which an answer is word salad
    ppl_generator: float = 13.9  # the same for the generator's own perplexity
    violation_min: float = 0.34
    novelty_min: float = 0.35
    domain_min: float = 0.15  # a sentence draws from no domain less similar than this
    domain_band: float = 0.08  # ... and from every domain this close to its most similar one
    rules_min: float = 0.1  # a sentence this far along the rule-breaking direction breaks a rule


@dataclass(frozen=True)
class Verdict:
    """A judgement and the measures behind it (for reports)."""

    judgement: Judgement
    nonwords: float
    repeated: float
    domain_count: int
    broken_share: float


def words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return _WORD.findall(text.lower())


def perplexity(logprobs: Sequence[float]) -> float:
    """exp of the mean negative log-probability (nan for no tokens)."""
    return math.exp(-float(np.mean(logprobs))) if len(logprobs) else float("nan")


def vocab_wordlist(vocab: Iterable[str]) -> frozenset[str]:
    """English words from a byte-level BPE vocabulary: alphabetic tokens after the space marker."""
    out = set(_FUNCTION_WORDS)
    for tok in vocab:
        if tok.startswith("\u0120"):
            w = tok[1:].lower()
            if len(w) >= 2 and _ALPHA.match(w):
                out.add(w)
    return frozenset(out)


def nonword_share(text: str, wordlist: frozenset[str]) -> float:
    """Share of the text's words missing from ``wordlist`` (0 for a text without words)."""
    w = words(text)
    if not w:
        return 0.0
    return sum(1 for x in w if x.strip("'") not in wordlist) / len(w)


def repeated_share(text: str, n: int = 3) -> float:
    """Share of the text's word n-grams that occurred earlier in it."""
    w = words(text)
    grams = [tuple(w[i : i + n]) for i in range(len(w) - n + 1)]
    return 1.0 - len(set(grams)) / len(grams) if grams else 0.0


def split_sentences(text: str) -> list[str]:
    """The text's sentences (at least one for a non-empty text)."""
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def _falloff(value: float, limit: float) -> float:
    """1 at 0, 0.5 at ``limit``, towards 0 beyond (a smooth 'under the limit' score)."""
    if not math.isfinite(value):
        return 0.0
    return 1.0 / (1.0 + (max(value, 0.0) / limit) ** 2) if limit > 0 else 0.0


class Discriminator:
    """Judges answers; built once per model (the word list) and embedder."""

    def __init__(
        self,
        wordlist: frozenset[str],
        embed: Embed | None,
        thresholds: Thresholds | None = None,
        missing: str = "",
    ) -> None:
        self.wordlist = wordlist
        self.embed = embed
        self.t = thresholds or Thresholds()
        self.missing = missing
        self._lock = threading.Lock()
        self._banks: dict[str, Any] = {}

    @classmethod
    def for_model(cls, model: Any, thresholds: Thresholds | None = None) -> Discriminator:
        """The discriminator for a :class:`~figment.model.LanguageModel`, with the MiniLM
        embedder when its packages are installed."""
        from figment.errors import MissingDependency

        from .embed import embed, probe

        wordlist = vocab_wordlist(model.tokenizer.get_vocab())
        try:
            probe()
        except MissingDependency as e:
            return cls(wordlist, None, thresholds, missing=str(e))
        return cls(wordlist, embed, thresholds)

    def warm(self) -> None:
        """Embed the reference banks now (about 200 phrases), not on the first answer."""
        if self.embed is not None:
            self._bank()

    @property
    def scores(self) -> str:
        """What it scores, for ``figment describe``."""
        if self.embed is None:
            return f"coherence only (novelty and domains need the embedder: {self.missing})"
        return "coherence, novelty, domain violation"

    def _bank(self) -> dict[str, Any]:
        assert self.embed is not None
        with self._lock:
            if not self._banks:
                names = list(_banks.DOMAINS)
                phrases = [p for n in names for p in _banks.DOMAINS[n]]
                vecs = self.embed(phrases)
                k = len(next(iter(_banks.DOMAINS.values())))
                broken = self.embed([b for b, _ in _banks.RULES])
                plain = self.embed([o for _, o in _banks.RULES])
                steps = broken - plain
                steps /= np.linalg.norm(steps, axis=1, keepdims=True)
                direction = steps.mean(0)
                self._banks = {
                    "stock": self.embed(list(_banks.STOCK)),
                    "rules": direction / np.linalg.norm(direction),
                    "domain_names": names,
                    "domain_phrases": vecs.reshape(len(names), k, -1),
                }
        return self._banks

    def coherence(
        self, text: str, ppl: float, source: str, limit: float | None = None
    ) -> tuple[float, float, float]:
        """(coherence score, non-word share, repeated 3-gram share); ``limit`` overrides the
        source's perplexity threshold."""
        if limit is None:
            limit = self.t.ppl_base if source == "base" else self.t.ppl_generator
        nonwords = nonword_share(text, self.wordlist)
        repeated = repeated_share(text)
        # in log space for perplexity: twice the threshold is as bad as a tenth of it is good
        p = _falloff(math.log(max(ppl, 1.0)) if math.isfinite(ppl) else math.inf, math.log(limit))
        score = min(
            p, _falloff(nonwords, MAX_NONWORD_SHARE), _falloff(repeated, MAX_REPEATED_3GRAMS)
        )
        return score, nonwords, repeated

    def judge(
        self,
        text: str,
        logprobs: Sequence[float],
        prompt: str = "",
        reference: str | None = None,
        source: str = "generator",
    ) -> Verdict:
        """One answer: its token log-probabilities (``source``: "base" or "generator"), the wish
        it answers and, when known, the base model's answer to the same wish."""
        return self.judge_many([(text, logprobs, prompt, reference)], source)[0]

    def judge_many(
        self,
        items: Sequence[tuple[str, Sequence[float], str, str | None]],
        source: str = "generator",
    ) -> list[Verdict]:
        """Several answers as (text, log-probabilities, wish, base answer or None); the
        embeddings are computed in one batch."""
        if not items:
            return []
        coh = []
        for text, lp, _, _ in items:
            ppl = perplexity(lp)
            coh.append((ppl, *self.coherence(text, ppl, source)))
        if self.embed is None:
            out = []
            for ppl, c, nw, rep in coh:
                kind = "III" if c < 0.5 else "II"
                j = Judgement(kind, round(c, 4), -1.0, -1.0, _rounded(ppl), source, (),
                              "coherence only: " + self.missing)  # fmt: skip
                out.append(Verdict(j, nw, rep, 0, 0.0))
            return out
        bank = self._bank()
        sentences = [split_sentences(text) or [text] for text, _, _, _ in items]
        flat = [s for ss in sentences for s in ss]
        extra = [x for _, _, p, r in items for x in (p, r or "")]
        vecs = self.embed(flat + extra)
        sent_vecs = vecs[: len(flat)]
        refs = vecs[len(flat) :].reshape(len(items), 2, vecs.shape[1])
        out, at = [], 0
        whole = []
        for ss in sentences:  # the answer's vector: the mean of its sentences' (one pass fewer)
            mean = sent_vecs[at : at + len(ss)].mean(0)
            whole.append(mean / max(float(np.linalg.norm(mean)), 1e-9))
            at += len(ss)
        at = 0
        for k, (_, _, prompt, reference) in enumerate(items):
            sv = sent_vecs[at : at + len(sentences[k])]
            at += len(sentences[k])
            ppl, c, nw, rep = coh[k]
            near = [bank["stock"] @ whole[k], (bank["stock"] @ sv.T).max(0)]
            if prompt:
                near.append(np.array([refs[k, 0] @ whole[k]]))
            if reference:
                near.append(np.array([refs[k, 1] @ whole[k]]))
            novelty = float(np.clip(1.0 - max(float(n.max()) for n in near), 0.0, 1.0))
            domains, broken = self._violation(sv, bank)
            crossing = min(1.0, max(0, len(domains) - 1) / 3.0)
            violation = float(np.clip(0.5 * crossing + 0.5 * broken, 0.0, 1.0))
            if c < 0.5:
                kind = "III"
            elif novelty < self.t.novelty_min:
                kind = "literal"
            elif violation >= self.t.violation_min:
                kind = "II"
            else:
                kind = "I"
            j = Judgement(kind, round(c, 4), round(novelty, 4), round(violation, 4),
                          _rounded(ppl), source, tuple(domains))  # fmt: skip
            out.append(Verdict(j, nw, rep, len(domains), broken))
        return out

    def _violation(self, sv: np.ndarray, bank: dict[str, Any]) -> tuple[list[str], float]:
        """The domains the sentences draw from (most used first) and the share of sentences
        along the rule-breaking direction."""
        # a sentence's nearness to a domain: its best match among the domain's phrases
        sims = np.einsum("sd,npd->snp", sv, bank["domain_phrases"]).max(2)
        counts: dict[str, float] = {}
        for row in sims:  # the domains close to its best one: one when it is plain, several mixed
            floor = max(self.t.domain_min, float(row.max()) - self.t.domain_band)
            for n in np.flatnonzero(row >= floor):
                name = bank["domain_names"][n]
                counts[name] = counts.get(name, 0.0) + float(row[n])
        domains = sorted(counts, key=lambda name: -counts[name])
        broken = sv @ bank["rules"] > self.t.rules_min
        return domains, float(broken.mean()) if len(broken) else 0.0


def _rounded(x: float) -> float:
    return round(x, 3) if math.isfinite(x) else -1.0
