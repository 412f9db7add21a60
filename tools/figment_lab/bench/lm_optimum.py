"""The ``optimum + onnxruntime`` row of ``figment bench lm``: the conventional export beside ours.

Three workers, each its own process so each peak RSS is its own:

* ``optimum-export``: optimum's fp32 export from the GGUF (transformers load, checkpoint, torch
  trace), fresh into the bench's temporary folder, timed;
* ``graph-build``: our graph writer's fp32 build from the same GGUF, fresh, timed;
* ``optimum``: ``ORTModelForCausalLM`` on that export, measured as the PyTorch row is (through
  ``generate``): decode tok/s at batch 1 over 100 tokens, first token, peak RSS, and its greedy
  answers to the benchmark prompts, compared token for token with our fp32 graph's.

Needs the ``export`` extra; without it the row is skipped and the line says what to install.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from .lm import DECODE_TOKENS, PROMPTS, TTFT_TEXT, _peak_mb

__all__ = ["KINDS", "NAME", "measure", "report", "worker"]

NAME = "optimum fp32"
"""The row's label: optimum's export run by ORTModelForCausalLM (onnxruntime)."""
KINDS = ("optimum-export", "graph-build", "optimum")
EOS = {0, 2}
"""<|endoftext|> and <|im_end|>: an answer ends at either (both runtimes stop there)."""


def _answer(ids: list[int]) -> list[int]:
    """The ids up to the first end-of-text token, which is left out."""
    for k, t in enumerate(ids):
        if t in EOS:
            return ids[:k]
    return ids


def worker(kind: str, cache: str, threads: int | None, device: str) -> dict[str, Any]:
    """Run one of :data:`KINDS` with ``cache`` as the models folder; returns the JSON result."""
    if kind == "optimum-export":
        from figment.model.optimum_export import export_model

        t = time.perf_counter()
        path = export_model(cache, progress=None, force=True)
        return {"seconds": time.perf_counter() - t, "path": str(path), "peak_rss_mb": _peak_mb()}
    if kind == "graph-build":
        from figment.model.build import build_model

        t = time.perf_counter()
        build_model(cache, "fp32", progress=None, force=True)
        return {"seconds": time.perf_counter() - t, "peak_rss_mb": _peak_mb()}
    return _run(cache, threads, device)


def _run(cache: str, threads: int | None, device: str) -> dict[str, Any]:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import torch
    from transformers import AutoTokenizer

    from figment.model.optimum_export import find_export, load_export
    from figment.model.runtime import available_providers

    # torch only glues the steps together here (onnxruntime runs the model with ``threads``); its
    # own thread pool fighting onnxruntime's made generate up to 3x slower on 2 cores.
    torch.set_num_threads(1)
    path = find_export(cache)
    assert path is not None, "the optimum-export worker runs first"
    cuda = device in ("auto", "cuda") and "CUDAExecutionProvider" in available_providers()
    model = load_export(path, threads=threads, device="cuda" if cuda else "cpu")
    tok = AutoTokenizer.from_pretrained(str(path))  # the tokenizer the export carries

    def encode(text: str) -> torch.Tensor:
        ids = tok.apply_chat_template(
            [{"role": "user", "content": text}], add_generation_prompt=True, tokenize=True
        )
        return torch.tensor([list(ids["input_ids"] if hasattr(ids, "keys") else ids)])

    def generate(ids: torch.Tensor, new: int, exact: bool = False) -> list[int]:
        out = model.generate(
            ids, attention_mask=torch.ones_like(ids), max_new_tokens=new, do_sample=False,
            min_new_tokens=new if exact else None,
        )  # fmt: skip
        return list(out[0, ids.shape[1] :].tolist())

    ids = encode(TTFT_TEXT)
    generate(ids, 4)  # warm-up
    ttfts, rates = [], []
    for _ in range(3):
        t = time.perf_counter()
        generate(ids, 1)
        ttft = time.perf_counter() - t
        t = time.perf_counter()
        generate(ids, DECODE_TOKENS, exact=True)
        rates.append((DECODE_TOKENS - 1) / (time.perf_counter() - t - ttft))
        ttfts.append(ttft)
    return {
        "prompt_tokens": ids.shape[1],
        "ttft_s": float(np.median(ttfts)),
        "decode_tps": float(np.median(rates)),
        "outputs": [_answer(generate(encode(p), DECODE_TOKENS)) for p in PROMPTS],
        "provider": "CUDA" if cuda else "CPU",
        "peak_rss_mb": _peak_mb(),
    }


def measure(
    args: argparse.Namespace, spawn: Callable[[str, argparse.Namespace], dict[str, Any] | None]
) -> dict[str, Any] | None:
    """Every worker in a fresh temporary models folder; None (and a line) without the extra."""
    from figment.errors import MissingDependency
    from figment.model.optimum_export import check_installed

    try:
        check_installed()
    except MissingDependency as e:
        print(f"{NAME} row skipped: {e.message}")
        return None
    with tempfile.TemporaryDirectory(prefix="figment-bench-") as tmp:
        here = argparse.Namespace(**{**vars(args), "cache_dir": tmp})
        out = {}
        for kind in KINDS:
            print(f"running {kind} ...", flush=True)
            out[kind] = spawn(kind, here)
            if out[kind] is None and kind == "optimum-export":
                break
    return out


def report(found: dict[str, Any], ours: dict[str, Any] | None) -> None:
    """The lines under the table: build times, fidelity and speed against our fp32 graph."""
    exp, build, row = found.get("optimum-export"), found.get("graph-build"), found.get("optimum")
    if exp and build:
        print(
            f"fp32 ONNX from the GGUF, fresh in this run: our graph writer {build['seconds']:.1f} s "
            f"(peak {build['peak_rss_mb']:.0f} MB) vs optimum export {exp['seconds']:.1f} s "
            f"(peak {exp['peak_rss_mb']:.0f} MB)"
        )
    if row and ours:
        same = sum(_answer(a) == b for a, b in zip(ours["outputs"], row["outputs"], strict=True))
        print(
            f"greedy {NAME} (optimum export on ORTModelForCausalLM) == onnx fp32 (ours) token "
            f"for token: {same}/{len(row['outputs'])} prompts (up to {DECODE_TOKENS} tokens); decode "
            f"ours {ours['decode_tps'] / row['decode_tps']:.2f}x, first token "
            f"{row['ttft_s'] / ours['ttft_s']:.2f}x faster, peak memory "
            f"{ours['peak_rss_mb']:.0f} vs {row['peak_rss_mb']:.0f} MB"
        )
