"""Decoding over plain onnxruntime with our own loop, and a batcher that serves concurrent requests.

Why our own loop and not onnxruntime-genai: the loop must call a per-step logits hook
(constrained JSON decoding), mix adapters per request inside one batch, and stop on strings; the
graph (see :mod:`.graph`) already does the heavy work in fused contrib ops. DESIGN.md measured genai
at 34 tok/s fp32 vs 28 for a plain loop over a torch-exported graph; this loop over the hand-written
graph did 36.5 tok/s fp32, 68.2 tok/s int4 (exact, accuracy level 1) and 86.0 tok/s int4-fast (int8
activations, accuracy level 4), first token 74 ms for a 51-token prompt, on the idle 2-core box
(``figment bench lm``, load 1.8; a loaded box reads several times lower).

The step itself (see :mod:`._batch`): on the CPU the KV cache stays in place in bound buffers,
GroupQueryAttention appending to them, instead of a grown copy returned every step (12% less CPU
a token at 200 tokens). The session's threads spin for the next kernel at most ``spin_us`` (50 µs)
and then sleep: between two kernels of a step the gap is a few µs, so a short spin catches it
without the sleep/wake round trip, and a thread whose work is elsewhere gives its core back within
50 µs. Measured on the idle 2-core box (int4, batch 1, interleaved, by a script outside the
project; docs/bench/lm-cpu.md): sleeping threads 88-93 tok/s,
unbounded spinning 110-128, 50 µs 121-135 at 16.2 CPU ms a token (sleeping 17.4, unbounded 18.6);
beside one or two busy processes 50 µs stayed within 10-15% of sleeping where unbounded spinning
lost 30-35% (``spin_us=0`` sleeps at once; ``figment bench lm`` prints the sleeping row beside
it). Tried and not kept: a graph without the LoRA inputs for adapter-free requests (1.5-4% less
CPU, but a second session holds the weights twice) and MatMulNBits accuracy levels 2 and 3
(fp16/bf16: onnxruntime 1.32 has no such x86 kernel and runs level 1's: same tokens, same time).

Concurrency: one :class:`Batcher` per model runs a single worker thread that owns the session.
Active requests form one batch; every step runs one batched decode (rows right-padded, per-row
lengths given to GroupQueryAttention as ``seqlens_k``), and the 2 cores are never oversubscribed
by competing sessions. ``figment bench lm``, int4: 1 request 67 tok/s, 2 requests 68, 4 requests
113 aggregate. Two rows gain nothing because onnxruntime's exact 4-bit kernel has a one-row path:
the model's 120 linears take 6.4 ms for 1 row, 18.2 ms for 2, 20.1 for 4 and 23.5 for 8 (at int8
activations, int4-fast: 4.0, 4.9, 8.0 and 13.1 ms), so from 4 rows on a batch pays off. A new
request is prefilled alone (batch 1) between two decode steps and then joins the batch. Each row
may carry its own adapter mix: LoRA inputs take a leading batch axis, ranks zero-padded. A request
is never blocked behind another's full generation; it waits at most one step.

Devices: CPU by default; CUDA when onnxruntime-gpu is installed and a GPU answers (``device``
"auto" or "cuda"; the choice and any fallback are logged and shown in Describe). Measured with
``scripts/cuda_check`` on two H200 machines: int4 122-145 tok/s, fp32 148-175 tok/s, first token
8-13 ms, greedy tokens equal to the CPU's (8/8 prompts); no faster than those machines' 16 CPU
cores. The 30 GroupQueryAttention nodes stay on the CPU (onnxruntime has no fp32 kernel for them
on CUDA); an fp16 attention + KV build that kept every node on CUDA was slower (122 vs 145 tok/s),
because ~1,100 small kernels per token, not those round trips, bound a model this size.

Consumers: :meth:`Batcher.stream` (sync generator), :meth:`Batcher.astream` (async iterator fed with
``call_soon_threadsafe``: the event loop never blocks), or :meth:`LanguageModel.generate` inline.
Cancellation: a ``threading.Event`` checked before every step.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from figment.config import SPIN_US
from figment.errors import InvalidArgument

from ._batch import Batch, Chunk, Generation
from .adapters import Adapter, AdapterError, compose, load_adapter
from .sampling import LogitsProcessor, Sampler, SamplingParams

__all__ = ["DEVICES", "SPIN_US", "Batcher", "Chunk", "LanguageModel", "available_providers"]

log = logging.getLogger(__name__)
DEFAULT_SYSTEM = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"
DEVICES = ("auto", "cpu", "cuda")
"""Where a model may run: auto uses CUDA when onnxruntime has it, else the CPU."""


def available_providers() -> list[str]:
    """onnxruntime execution providers installed here."""
    import onnxruntime as ort

    return list(ort.get_available_providers())


class LanguageModel:
    """A built decoder (see :func:`figment.model.build_model`) loaded into onnxruntime."""

    def __init__(
        self,
        model_dir: Path | str,
        *,
        threads: int | None = None,
        device: str = "auto",
        spin_us: int = SPIN_US,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.dir = Path(model_dir)
        self.manifest = json.loads((self.dir / "manifest.json").read_text())
        self.arch = self.manifest["architecture"]
        self.tokenizer = Tokenizer.from_file(str(self.dir / self.manifest["tokenizer"]["file"]))
        tk = self.manifest["tokenizer"]
        self.eos_ids = {
            tk["eos_token_id"],
            self.tokenizer.token_to_id("<|endoftext|>") or tk["eos_token_id"],
        }
        so = ort.SessionOptions()
        so.log_severity_level = (
            3  # LoRA initializers double as inputs by design; don't warn about it
        )
        so.intra_op_num_threads = threads or os.cpu_count() or 1
        so.inter_op_num_threads = 1
        # Workers wait for the next kernel by spinning at most spin_us, then sleep: unbounded
        # spinning takes the cores a game and the daemon's mesh and sound work need (the loaded
        # 2-core box decoded int4 at 9-13 tok/s spinning, 30-51 sleeping), sleeping pays a wake-up
        # per kernel (~1,000 a step). See the module docstring for the measurements.
        if spin_us < 0:
            raise ValueError(f"spin_us must be >= 0, got {spin_us}")
        so.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin_us else "0")
        if spin_us:
            so.add_session_config_entry("session.intra_op.spin_duration_us", str(spin_us))
        self.spin_us = spin_us
        self.threads = so.intra_op_num_threads
        want_cuda = device in ("auto", "cuda") and "CUDAExecutionProvider" in available_providers()
        providers = (
            ["CUDAExecutionProvider", "CPUExecutionProvider"]
            if want_cuda
            else ["CPUExecutionProvider"]
        )
        if device == "cuda" and not want_cuda:
            log.warning("CUDA requested but onnxruntime has no CUDAExecutionProvider; using CPU")
        if want_cuda and hasattr(ort, "preload_dlls"):
            try:  # CUDA libraries from the nvidia-* pip packages (onnxruntime-gpu[cuda,cudnn])
                ort.preload_dlls()
            except Exception as e:
                log.warning("could not preload the CUDA libraries: %s", e)
        try:
            self.session = ort.InferenceSession(
                str(self.dir / "model.onnx"), so, providers=providers
            )
        except Exception as e:
            if not want_cuda:
                raise
            log.warning("CUDA session failed (%s); falling back to CPU", e)
            self.session = ort.InferenceSession(
                str(self.dir / "model.onnx"), so, providers=["CPUExecutionProvider"]
            )
        self.provider = self.session.get_providers()[0]
        self.fallback = want_cuda and self.provider != "CUDAExecutionProvider"
        log.info("model %s on %s (%d threads)", self.dir.name, self.provider, self.threads)
        self.n_layers = self.arch["num_hidden_layers"]
        nkv, hd = self.arch["num_key_value_heads"], self.arch["head_dim"]
        self.kv_shape = (nkv, hd)
        self.outputs = [o.name for o in self.session.get_outputs()]
        declared = self.session.get_inputs() + self.session.get_overridable_initializers()
        self.lora_inputs = {i.name: i.shape for i in declared if i.name.startswith("lora.")}
        self._empty_kv = np.zeros((1, nkv, 0, hd), np.float32)
        self.kv_in_place = self.provider == "CPUExecutionProvider"
        """Whether a :class:`Batch` keeps the KV cache in bound buffers (see :mod:`._batch`);
        on CUDA the attention runs on the host and the cache is passed as before."""

    # -- text ---------------------------------------------------------------------------------
    def chat_prompt(self, messages: Sequence[dict[str, str]], system: str | None = None) -> str:
        """SmolLM2's chat template: ``<|im_start|>role\\ncontent<|im_end|>\\n`` ... then the assistant turn."""
        msgs = list(messages)
        if system is not None:
            msgs = [{"role": "system", "content": system}] + [
                m for m in msgs if m["role"] != "system"
            ]
        elif not msgs or msgs[0]["role"] != "system":
            msgs = [{"role": "system", "content": DEFAULT_SYSTEM}, *msgs]
        body = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in msgs)
        return body + "<|im_start|>assistant\n"

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text`` (special tokens such as <|im_start|> are recognised)."""
        return list(self.tokenizer.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: Sequence[int]) -> str:
        """Text of ``ids`` without special tokens."""
        return str(self.tokenizer.decode(list(ids), skip_special_tokens=True))

    def device_info(self) -> dict[str, Any]:
        """Where the model runs: provider, fallback, threads, onnxruntime version, precision."""
        import onnxruntime as ort

        return {
            "provider": self.provider,
            "fallback_to_cpu": self.fallback,
            "available_providers": available_providers(),
            "intra_op_threads": self.threads,
            "onnxruntime": ort.__version__,
            "precision": self.manifest["precision"],
            "model": self.dir.name,
        }

    # -- adapters -----------------------------------------------------------------------------
    def load_adapter(self, path: Path | str) -> Adapter:
        """Load an adapter directory and check it fits this model's graph."""
        adapter = load_adapter(path, self.arch, self.manifest["source"]["sha256"])
        missing = [
            t for t in adapter.manifest.targets if f"lora.0.{t[0]}.A" not in self.lora_inputs
        ]
        if missing:
            raise AdapterError(
                f"adapter {adapter.name}: targets {missing} have no LoRA inputs in this model"
            )
        return adapter

    def adapter_feed(
        self, adapters: Sequence[tuple[Adapter, float]], intensity: float = 1.0
    ) -> dict[str, np.ndarray]:
        """LoRA feed arrays for a weighted blend at an intensity ({} = base model)."""
        if not 0.0 <= intensity <= 4.0:
            raise InvalidArgument("intensity", f"must be >= 0 and <= 4, got {intensity}")
        return compose(adapters, intensity)

    # -- one forward --------------------------------------------------------------------------
    def run(
        self,
        input_ids: np.ndarray,
        seqlens_k: np.ndarray,
        past: list[np.ndarray] | None,
        lora: dict[str, np.ndarray],
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """One forward: logits (batch, vocab) of the last position and the new KV cache."""
        b = input_ids.shape[0]
        feed: dict[str, Any] = {
            "input_ids": input_ids,
            "seqlens_k": seqlens_k,
            "total_sequence_length": np.array(int(seqlens_k.max()) + 1, np.int32),
        }
        empty = (
            self._empty_kv
            if b == 1
            else np.zeros((b, *self.kv_shape[:1], 0, self.kv_shape[1]), np.float32)
        )
        for i in range(self.n_layers):
            feed[f"past_key_values.{i}.key"] = past[2 * i] if past else empty
            feed[f"past_key_values.{i}.value"] = past[2 * i + 1] if past else empty
        feed.update(lora)
        out = self.session.run(self.outputs, feed)
        return out[0][:, -1, :], out[1:]

    def new_kv(self, rows: int, capacity: int) -> list[np.ndarray]:
        """Zeroed KV buffers (rows, kv_heads, capacity, head_dim), key then value per layer."""
        nkv, hd = self.kv_shape
        return [np.zeros((rows, nkv, capacity, hd), np.float32) for _ in range(2 * self.n_layers)]

    def generate(
        self,
        prompt: str | Sequence[int],
        params: SamplingParams | None = None,
        *,
        lora: dict[str, np.ndarray] | None = None,
        cancel: threading.Event | None = None,
        logits_processor: LogitsProcessor | None = None,
    ) -> Iterator[Chunk]:
        """Stream a completion inline on this thread (batch 1). See :class:`Batcher` for concurrency."""
        seq = self.new_sequence(
            prompt, params, lora=lora, cancel=cancel, logits_processor=logits_processor
        )
        out: queue.SimpleQueue[Chunk] = queue.SimpleQueue()
        seq.emit = out.put
        batch = Batch(self)
        batch.admit(seq)
        while True:
            while not out.empty():
                yield out.get()
            if not batch.rows:
                break
            batch.step()
        while not out.empty():
            yield out.get()

    def new_sequence(
        self,
        prompt: str | Sequence[int],
        params: SamplingParams | None = None,
        *,
        lora: dict[str, np.ndarray] | None = None,
        cancel: threading.Event | None = None,
        logits_processor: LogitsProcessor | None = None,
    ) -> Generation:
        """Validate a request and wrap it as a sequence the batch can run."""
        params = (params or SamplingParams()).validate()
        ids = self.encode(prompt) if isinstance(prompt, str) else [int(t) for t in prompt]
        if not ids:
            raise InvalidArgument("prompt", "must not be empty")
        limit = self.arch["max_position_embeddings"]
        if len(ids) + params.max_tokens > limit:
            raise InvalidArgument(
                "max_tokens", f"prompt ({len(ids)}) + max_tokens must be <= {limit}"
            )
        lora = lora or {}
        unknown = [k for k in lora if k not in self.lora_inputs]
        if unknown:
            raise AdapterError(f"adapter feed names inputs this model lacks: {unknown[:3]}")
        return Generation(
            self, ids, params, Sampler(params, logits_processor), lora, _Linked(cancel)
        )


class _Linked(threading.Event):
    """A sequence's own stop flag, also set while the caller's event is: stopping a stream early
    must not cancel the caller's whole request."""

    def __init__(self, parent: threading.Event | None) -> None:
        super().__init__()
        self.parent = parent

    def is_set(self) -> bool:
        """Whether decoding should stop."""
        return super().is_set() or (self.parent is not None and self.parent.is_set())


class Batcher:
    """Serves concurrent requests on one model from one worker thread that batches decode steps."""

    def __init__(self, model: LanguageModel, max_batch: int = 8) -> None:
        self.model = model
        self.max_batch = max_batch
        self._inbox: queue.SimpleQueue[Generation | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="figment-lm", daemon=True)
        self._thread.start()

    def submit(self, prompt: str | Sequence[int], params: SamplingParams | None = None,
               emit: Callable[[Chunk], None] = lambda c: None, **kw: Any) -> Generation:  # fmt: skip
        """Queue a request; ``emit`` is called from the worker thread with each chunk."""
        if self._closed:
            raise RuntimeError("batcher is closed")
        seq = self.model.new_sequence(prompt, params, **kw)
        seq.emit = emit
        self._inbox.put(seq)
        return seq

    def stream(
        self, prompt: str | Sequence[int], params: SamplingParams | None = None, **kw: Any
    ) -> Iterator[Chunk]:
        """Sync generator of chunks; closing it early cancels the request."""
        q: queue.SimpleQueue[Chunk] = queue.SimpleQueue()
        seq = self.submit(prompt, params, q.put, **kw)
        try:
            while True:
                c = q.get()
                yield c
                if c.finish_reason:
                    return
        finally:
            seq.cancel.set()

    async def astream(
        self, prompt: str | Sequence[int], params: SamplingParams | None = None, **kw: Any
    ) -> AsyncIterator[Chunk]:
        """Async iterator of chunks for an asyncio caller; never blocks the loop; cancels on exit."""
        loop = asyncio.get_running_loop()
        q: asyncio.Queue[Chunk] = asyncio.Queue()

        def emit(c: Chunk) -> None:  # on the worker thread
            loop.call_soon_threadsafe(q.put_nowait, c)

        seq = self.submit(prompt, params, emit, **kw)
        try:
            while True:
                c = await q.get()
                yield c
                if c.finish_reason:
                    return
        finally:
            seq.cancel.set()

    def close(self) -> None:
        """Stop the worker after cancelling what is running."""
        self._closed = True
        self._inbox.put(None)
        self._thread.join(timeout=10)

    def _work(self) -> None:
        batch = Batch(self.model)
        waiting: list[Generation] = []
        while True:
            block = not batch.rows and not waiting
            try:
                while True:
                    item = self._inbox.get(block=block)
                    block = False
                    if item is None:
                        for s in batch.rows + waiting:
                            s.finish("cancelled")
                        return
                    waiting.append(item)
            except queue.Empty:
                pass
            try:
                if waiting and len(batch.rows) < self.max_batch:
                    batch.admit(waiting.pop(0))  # one prefill between decode steps
                batch.step()
            except Exception as e:  # a failed step fails its rows, not the batcher
                log.exception("decode step failed")
                for s in batch.rows:
                    s.finish(f"error: {e}")
                batch = Batch(self.model)
