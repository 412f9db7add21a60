"""Grammar-constrained choices: the language model fills the slots the text leaves open.

The model continues the parse adapter's compact JSON,
``{"name":"","archetype":"<one of ARCHETYPES>","materials":[{"made_of":"<one of MATERIALS>"``,
(the fixed text up to the first open slot is in the prompt) and a per-step token mask (our own,
over a trie of each vocabulary's token sequences) makes every step valid: fixed text is forced
token by token, a name slot allows only word tokens, an enum slot allows only tokens that continue
some vocabulary value. So the output is valid by construction,
and the probability the model gave the chosen value (renormalised over the allowed tokens) is its
confidence. Decoding is greedy, so the same text gives the same choice. We use our own mask rather
than llguidance or xgrammar: the grammar is a fixed shape of three slots, the mask costs about
0.1 ms a step over the 49k vocabulary, and it adds no dependency.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from figment.spec import ARCHETYPES, MATERIALS

__all__ = ["Choice", "Chooser", "Grammar"]

PARSE_INSTRUCTION = "Extract the object described below as JSON."
_NAME_TOKENS = 8
_NAME_CHARS = re.compile(r"^[A-Za-z '\-]+$")


@dataclass(frozen=True)
class Choice:
    """What the model chose and how sure it was."""

    archetype: str | None
    material: str | None
    name: str
    probability: float


class _Trie:
    """Token-id sequences of a vocabulary's values (each followed by a closing quote)."""

    def __init__(self, encode: Any, values: tuple[str, ...]):
        self.root: dict[int, Any] = {}
        for value in values:
            node = self.root
            for tok in encode(value + '"'):
                node = node.setdefault(tok, {})
            node[-1] = value  # a leaf: the value is complete


class Grammar:
    """A logits processor that walks fixed text, a name and enum slots, in order."""

    def __init__(
        self,
        encode: Any,
        vocab_size: int,
        name_tokens: np.ndarray,
        slots: list[tuple[str, Any]],
        eos: int,
    ):
        self.encode = encode
        self.vocab = vocab_size
        self.name_tokens = name_tokens
        self.eos = eos
        self.plan: list[tuple[str, Any]] = slots
        self.i = 0  # which part of the plan
        self.forced: list[int] = []
        self.node: dict[int, Any] | None = None
        self.name_count = 0
        self.name_ids: list[int] = []
        self.values: dict[str, str] = {}
        self.logprob = 0.0
        self.last: tuple[np.ndarray, np.ndarray] | None = None
        self.start: int | None = None
        self._enter()

    def _enter(self) -> None:
        while self.i < len(self.plan):
            kind, arg = self.plan[self.i]
            if kind == "text":
                self.forced = list(self.encode(arg))
                if self.forced:
                    return
                self.i += 1
                continue
            if kind == "enum":
                self.node = arg[1].root
            return

    def _advance(self, tok: int) -> None:
        if self.last is not None:
            allowed, logp = self.last
            hit = np.nonzero(allowed == tok)[0]
            if hit.size and self.plan[min(self.i, len(self.plan) - 1)][0] == "enum":
                self.logprob += float(logp[hit[0]])
        if self.i >= len(self.plan):
            return
        kind, arg = self.plan[self.i]
        if kind == "text":
            self.forced.pop(0)
            if not self.forced:
                self.i += 1
                self._enter()
        elif kind == "name":
            closing = self.plan[self.i + 1][1] if self.i + 1 < len(self.plan) else '"'
            first = self.encode(closing)[0]
            if tok == first:
                self.i += 1
                self._enter()
                self.forced.pop(0)
                if not self.forced:
                    self.i += 1
                    self._enter()
            else:
                self.name_ids.append(tok)
                self.name_count += 1
        elif kind == "enum":
            assert self.node is not None
            self.node = self.node[tok]
            if -1 in self.node and len(self.node) == 1:
                self.values[arg[0]] = self.node[-1]
                self.i += 1
                self._enter()

    def allowed(self) -> np.ndarray:
        """Token ids allowed at this step."""
        if self.i >= len(self.plan):
            return np.array([self.eos])
        kind, _arg = self.plan[self.i]
        if kind == "text":
            return np.array(self.forced[:1])
        if kind == "name":
            closing = self.plan[self.i + 1][1] if self.i + 1 < len(self.plan) else '"'
            first = np.array(self.encode(closing)[:1])
            if self.name_count >= _NAME_TOKENS:
                return first
            return np.concatenate([self.name_tokens, first])
        assert self.node is not None
        return np.array([t for t in self.node if t != -1])

    def __call__(self, step: int, token_ids: Any, logits: np.ndarray) -> np.ndarray:
        """Mask everything but the allowed tokens."""
        if self.start is None:
            self.start = len(token_ids)
        elif len(token_ids) > self.start:
            self._advance(int(token_ids[-1]))
            self.start = len(token_ids)
        allowed = self.allowed()
        row = logits[allowed].astype(np.float64)
        logp = row - row.max() - np.log(np.exp(row - row.max()).sum())
        self.last = (allowed, logp)
        masked = np.full_like(logits, -np.inf)
        masked[allowed] = logits[allowed]
        return masked


class Chooser:
    """Runs the grammar on the shared language model with the ``parse`` adapter when installed."""

    def __init__(self, shared: Any):
        self.shared = shared
        lm = shared.model
        self.encode = lm.encode
        self.archetypes = _Trie(lm.encode, ARCHETYPES)
        self.materials = _Trie(lm.encode, MATERIALS)
        vocab = lm.tokenizer.get_vocab_size()
        words = [i for i in range(vocab) if _NAME_CHARS.match(lm.tokenizer.decode([i]) or "")]
        self.name_tokens = np.array(words, dtype=np.int64)
        self.vocab = vocab
        self.eos = next(iter(lm.eos_ids))
        try:
            self.feed = lm.adapter_feed([(shared.adapter("parse"), 1.0)])
            self.adapter = "parse adapter"
        except Exception:
            self.feed = {}
            self.adapter = "base model, no parse adapter installed"
        self._lock = threading.Lock()

    def describe(self) -> str:
        """What the chooser runs on."""
        return self.adapter

    def choose(
        self, text: str, archetype: str | None, need_material: bool, cancel: Any = None
    ) -> Choice:
        """Let the model fill the open slots for ``text`` (``archetype`` when the text named one)."""
        from figment.model import SamplingParams

        lm = self.shared.model
        head = lm.chat_prompt(
            [{"role": "user", "content": f"{PARSE_INSTRUCTION}\n\n{text[:1500]}"}]
        )
        plan: list[tuple[str, Any]] = []
        if archetype is None:
            head += '{"name":"","archetype":"'
            plan.append(("enum", ("archetype", self.archetypes)))
            if need_material:
                plan += [
                    ("text", '","materials":[{"made_of":"'),
                    ("enum", ("material", self.materials)),
                ]
        else:
            head += f'{{"name":"","archetype":"{archetype}","materials":[{{"made_of":"'
            plan.append(("enum", ("material", self.materials)))
        grammar = Grammar(self.encode, self.vocab, self.name_tokens, plan, self.eos)
        params = SamplingParams(max_tokens=32, temperature=0.0, seed=0)
        kwargs: dict[str, Any] = {"lora": self.feed, "logits_processor": grammar}
        if cancel is not None:
            kwargs["cancel"] = cancel
        for chunk in self.shared.batcher.stream(head, params, **kwargs):
            if chunk.finish_reason:
                break
        return Choice(
            archetype=grammar.values.get("archetype"),
            material=grammar.values.get("material"),
            name="",
            probability=float(np.exp(grammar.logprob)),
        )
