"""Per-request decoding state and the batch that steps many requests together.

A :class:`Generation` samples, streams text (holding back bytes of an incomplete character and
any tail that may begin a stop sequence) and finishes on eos, stop, length or cancellation. A
:class:`Batch` keeps one right-padded KV cache for its rows; joining pads, leaving slices.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .sampling import Sampler, SamplingParams

if TYPE_CHECKING:
    from .runtime import LanguageModel

__all__ = ["Batch", "Chunk", "Generation"]


@dataclass
class Chunk:
    """A piece of streamed output; the last one has ``finish_reason`` (eos, stop, length, cancelled)."""

    text: str
    token_ids: list[int]
    finish_reason: str | None = None
    stats: dict[str, float] = field(default_factory=dict)


class Generation:
    """One request's decoding state: ids, sampler, adapter feed, emitted text."""

    def __init__(self, model: LanguageModel, ids: list[int], params: SamplingParams, sampler: Sampler,
                 lora: dict[str, np.ndarray], cancel: threading.Event) -> None:  # fmt: skip
        self.m, self.ids, self.p, self.sampler, self.lora, self.cancel = (
            model,
            ids,
            params,
            sampler,
            lora,
            cancel,
        )
        self.n_prompt = len(ids)
        self.kv_len = 0
        self.emitted = 0
        self.emit: Callable[[Chunk], None] = lambda c: None
        self.t0 = time.perf_counter()
        self.t_first = 0.0
        self.done = False

    @property
    def generated(self) -> list[int]:
        """Ids produced so far."""
        return self.ids[self.n_prompt :]

    def accept(self, logits: np.ndarray) -> None:
        """Sample the next token from ``logits`` and emit its text; finishes on eos/stop/length."""
        step = len(self.ids) - self.n_prompt
        tok = self.sampler(step, self.ids, logits)
        if not self.t_first:
            self.t_first = time.perf_counter()
        if tok in self.m.eos_ids:
            return self.finish("eos", [tok])
        self.ids.append(tok)
        text = self.m.decode(self.generated)
        for s in self.p.stop:
            at = text.find(s, max(0, self.emitted - len(s)))
            if at >= 0:
                return self.finish("stop", [tok], text[self.emitted : at])
        safe = len(text) - (1 if text.endswith("\ufffd") else 0)
        for s in self.p.stop:  # hold back a tail that may be the start of a stop sequence
            for k in range(min(len(s) - 1, safe), 0, -1):
                if text[safe - k : safe] == s[:k]:
                    safe -= k
                    break
        delta = text[self.emitted : max(safe, self.emitted)]
        self.emitted += len(delta)
        if len(self.generated) >= self.p.max_tokens:
            return self.finish("length", [tok], delta + text[self.emitted :])
        self.emit(Chunk(delta, [tok]))

    def finish(self, reason: str, toks: list[int] | None = None, text: str | None = None) -> None:
        """Emit the last chunk with the finish reason and timing stats."""
        if self.done:
            return
        self.done = True
        if text is None:
            text = self.m.decode(self.generated)[self.emitted :] if reason != "stop" else ""
        now = time.perf_counter()
        n = len(self.generated)
        stats = {
            "prompt_tokens": self.n_prompt,
            "generated_tokens": n,
            "ttft_s": (self.t_first or now) - self.t0,
            "decode_tokens_per_s": (n - 1) / (now - self.t_first)
            if n > 1 and self.t_first
            else 0.0,
        }
        self.emit(Chunk(text, toks or [], reason, stats))


class Batch:
    """Rows decoding together: a right-padded KV cache and per-row lengths.

    On the CPU the cache stays in place: one (rows, kv_heads, capacity, head_dim) buffer per layer
    and K/V is bound (IO binding) as both the past input and the present output, so
    GroupQueryAttention writes each new position into it instead of returning a grown copy; the
    ids, lengths, logits and adapter inputs are bound once per batch shape and refilled each step.
    Joining, leaving and growing the capacity copy the cache, never a decode step.
    """

    def __init__(self, model: LanguageModel) -> None:
        self.m = model
        self.rows: list[Generation] = []
        self.past: list[np.ndarray] = []
        self._lora: dict[str, np.ndarray] | None = None
        self._in_place = model.kv_in_place
        self._bound: _Bound | None = None

    def admit(self, seq: Generation) -> None:
        """Prefill ``seq`` alone, emit its first token, and add it to the batch if not finished."""
        if seq.cancel.is_set():
            return seq.finish("cancelled")
        ids = np.array([seq.ids], np.int64)
        lora = {k: v[None] for k, v in seq.lora.items()}
        seqlens = np.array([len(seq.ids) - 1], np.int32)
        if self._in_place:
            need = len(seq.ids) + min(seq.p.max_tokens, _GROW)
            present = self.m.new_kv(1, _capacity(need, self.m))
            logits = _Bound(self.m, present, lora, ids.shape).run(ids, seqlens)
        else:
            logits, present = self.m.run(ids, seqlens, None, lora)
        seq.kv_len = len(seq.ids)
        seq.accept(logits[0])
        if seq.done:
            return
        if not self.rows:
            self.rows, self.past = [seq], present
        else:
            w = max(self.past[0].shape[2], present[0].shape[2])
            self.past = [
                np.concatenate([_pad(a, w), _pad(b, w)])
                for a, b in zip(self.past, present, strict=True)
            ]
            self.rows.append(seq)
        self._lora = self._bound = None

    def step(self) -> None:
        """One decode step for every row; drops rows that finished or were cancelled."""
        for s in self.rows:
            if s.cancel.is_set():
                s.finish("cancelled")
        self._drop_done()
        if not self.rows:
            return
        ids = np.array([[s.ids[-1]] for s in self.rows], np.int64)
        seqlens = np.array([s.kv_len for s in self.rows], np.int32)
        if self._in_place:
            need = int(seqlens.max()) + 1
            if need > self.past[0].shape[2]:  # grow by a chunk: a copy every _GROW tokens
                w = _capacity(need + _GROW, self.m)
                self.past = [_pad(p, w) for p in self.past]
                self._bound = None
            if self._bound is None:
                self._bound = _Bound(self.m, self.past, self._lora_feed(), ids.shape)
            logits = self._bound.run(ids, seqlens)
        else:
            logits, self.past = self.m.run(ids, seqlens, self.past, self._lora_feed())
        for s, row in zip(self.rows, logits, strict=True):
            s.kv_len += 1
            s.accept(row)
        self._drop_done()

    def _drop_done(self) -> None:
        keep = [i for i, s in enumerate(self.rows) if not s.done]
        if len(keep) == len(self.rows):
            return
        self.rows = [self.rows[i] for i in keep]
        w = max((s.kv_len for s in self.rows), default=0)
        if self._in_place:
            self.past = [p[keep] for p in self.past] if self.rows else []
        else:
            self.past = [p[keep, :, :w] for p in self.past] if self.rows else []
        self._lora = self._bound = None

    def _lora_feed(self) -> dict[str, np.ndarray]:
        if self._lora is None:
            self._lora = _stack_lora([s.lora for s in self.rows])
        return self._lora


_GROW = 128
"""KV positions added at a time when an in-place cache is full (and first reserved for decoding)."""


def _capacity(need: int, model: LanguageModel) -> int:
    """``need`` rounded up to 64 positions, at most the model's context."""
    return min(-(-need // 64) * 64, int(model.arch["max_position_embeddings"]))


class _Bound:
    """One IO binding of the session: KV buffers as past and present, inputs and logits in place."""

    def __init__(self, model: LanguageModel, kv: list[np.ndarray], lora: dict[str, np.ndarray],
                 shape: tuple[int, ...]) -> None:  # fmt: skip
        import onnxruntime as ort

        value = ort.OrtValue.ortvalue_from_numpy  # zero-copy on the CPU: the arrays are the buffers
        self.session = model.session
        self.io = io = model.session.io_binding()
        rows = shape[0]
        self.ids = np.zeros(shape, np.int64)
        self.seqlens = np.zeros(rows, np.int32)
        self.total = np.zeros((), np.int32)
        self.logits = np.zeros((rows, 1, int(model.arch["vocab_size"])), np.float32)
        feeds = {k: np.ascontiguousarray(v) for k, v in lora.items()}
        self.keep = [kv, feeds]  # the buffers must outlive the binding
        io.bind_ortvalue_input("input_ids", value(self.ids))
        io.bind_ortvalue_input("seqlens_k", value(self.seqlens))
        io.bind_ortvalue_input("total_sequence_length", value(self.total))
        for i in range(model.n_layers):
            for j, part in enumerate(("key", "value")):
                buf = value(kv[2 * i + j])
                io.bind_ortvalue_input(f"past_key_values.{i}.{part}", buf)
                io.bind_ortvalue_output(f"present.{i}.{part}", buf)
        for name, arr in feeds.items():
            io.bind_ortvalue_input(name, value(np.ascontiguousarray(arr)))
        io.bind_ortvalue_output("logits", value(self.logits))

    def run(self, ids: np.ndarray, seqlens: np.ndarray) -> np.ndarray:
        """Logits (rows, vocab) of the last position; the KV buffers now hold this call's too."""
        self.ids[...] = ids
        self.seqlens[...] = seqlens
        self.total[...] = int(seqlens.max()) + 1
        self.session.run_with_iobinding(self.io)
        return self.logits[:, -1, :]


def _pad(a: np.ndarray, w: int) -> np.ndarray:
    return a if a.shape[2] == w else np.pad(a, ((0, 0), (0, 0), (0, w - a.shape[2]), (0, 0)))


def _stack_lora(feeds: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Per-row feeds -> batched inputs: shared when all rows agree, else zero-padded per row."""
    if all(f is feeds[0] for f in feeds):
        return {k: v[None] for k, v in feeds[0].items()}
    out: dict[str, np.ndarray] = {}
    for name in sorted({k for f in feeds for k in f}):
        is_a = name.endswith(".A")
        ref = next(f[name] for f in feeds if name in f)
        r = max(f[name].shape[0 if is_a else 1] for f in feeds if name in f)
        shape = (len(feeds), r, ref.shape[1]) if is_a else (len(feeds), ref.shape[0], r)
        arr = np.zeros(shape, np.float32)
        for i, f in enumerate(feeds):
            if name in f:
                v = f[name]
                if is_a:
                    arr[i, : v.shape[0]] = v
                else:
                    arr[i, :, : v.shape[1]] = v
        out[name] = arr
    return out
