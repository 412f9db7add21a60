"""A tiny random llama in the shipped encodings (Q4_1 linears, Q8_0 tied embedding, byte vocab).

Built by the same graph writer as the real model, so tests exercise the real code path in
milliseconds. The vocabulary is the 256 byte-level symbols plus SmolLM2's first three specials.
"""

from __future__ import annotations

import hashlib

import numpy as np

from ._gguf import ModelSource, Q4Weight, Q8Weight, Weight

__all__ = ["synthetic_source"]

SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
CHAT_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] "
    "+ '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


def _byte_symbols() -> list[str]:
    """GPT-2's printable stand-ins for the 256 bytes, in byte order."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    out, extra = {}, 0
    for b in range(256):
        if b in keep:
            out[b] = chr(b)
        else:
            out[b] = chr(256 + extra)
            extra += 1
    return [out[b] for b in range(256)]


def _fp16(x: np.ndarray) -> np.ndarray:
    return x.astype(np.float16).astype(np.float32)


def _q4(rng: np.random.Generator, out: int, n_in: int, scale: float) -> Q4Weight:
    nb = n_in // 32
    d = _fp16(rng.uniform(0.5, 1.5, (out, nb)) * scale)
    m = _fp16(-8.0 * d + rng.normal(0, scale, (out, nb)))
    q = rng.integers(0, 16, (out, n_in), dtype=np.uint8)
    return Q4Weight(q=q, d=d, m=m)


def synthetic_source(
    seed: int = 0,
    layers: int = 2,
    hidden: int = 64,
    heads: int = 4,
    kv_heads: int = 2,
    intermediate: int = 128,
    max_positions: int = 512,
) -> ModelSource:
    """A random model with the architecture numbers given (hidden and intermediate multiples of 32)."""
    rng = np.random.default_rng(seed)
    tokens = SPECIALS + _byte_symbols()
    vocab = len(tokens)
    hd = hidden // heads
    cfg = {
        "hidden_size": hidden,
        "intermediate_size": intermediate,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "num_key_value_heads": kv_heads,
        "rope_theta": 10000.0,
        "rms_norm_eps": 1e-5,
        "max_position_embeddings": max_positions,
        "vocab_size": vocab,
        "tie_word_embeddings": True,
        "head_dim": hd,
        "tensor_types": {"F32": 2 * layers + 1, "Q4_1": 7 * layers, "Q8_0": 1},
    }
    s = 1.0 / np.sqrt(hidden)
    w: dict[str, Weight] = {
        "model.embed_tokens.weight": Q8Weight(
            q=rng.integers(-127, 128, (vocab, hidden), dtype=np.int8),
            d=_fp16(rng.uniform(0.005, 0.02, (vocab, hidden // 32))),
        ),
        "model.norm.weight": rng.uniform(0.8, 1.2, hidden).astype(np.float32),
    }
    for i in range(layers):
        p = f"model.layers.{i}."
        w[p + "self_attn.q_proj.weight"] = _q4(rng, heads * hd, hidden, s)
        w[p + "self_attn.k_proj.weight"] = _q4(rng, kv_heads * hd, hidden, s)
        w[p + "self_attn.v_proj.weight"] = _q4(rng, kv_heads * hd, hidden, s)
        w[p + "self_attn.o_proj.weight"] = _q4(rng, hidden, heads * hd, s)
        w[p + "mlp.gate_proj.weight"] = _q4(rng, intermediate, hidden, s)
        w[p + "mlp.up_proj.weight"] = _q4(rng, intermediate, hidden, s)
        w[p + "mlp.down_proj.weight"] = _q4(rng, hidden, intermediate, s)
        w[p + "input_layernorm.weight"] = rng.uniform(0.8, 1.2, hidden).astype(np.float32)
        w[p + "post_attention_layernorm.weight"] = rng.uniform(0.8, 1.2, hidden).astype(np.float32)
    tok = {
        "tokens": tokens,
        "token_type": [3] * len(SPECIALS) + [1] * 256,
        "merges": [],
        "pre": "smollm",
        "bos_token_id": 1,
        "eos_token_id": 2,
        "padding_token_id": 2,
        "chat_template": CHAT_TEMPLATE,
    }
    # A hex digest like a real file's, so cache keys and find_model treat it the same way.
    sha = hashlib.sha256(f"synthetic-{seed}-{layers}-{hidden}".encode()).hexdigest()
    return ModelSource(config=cfg, weights=w, tokenizer=tok, sha256=sha, path="")
