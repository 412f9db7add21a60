"""A plain numpy forward of the llama decoder (no cache), the oracle for the tiny graph."""

from __future__ import annotations

import numpy as np

from figment.model._gguf import ModelSource


def _w(x):
    return x if isinstance(x, np.ndarray) else x.dequantize()


def _rms(x, g, eps):
    return x / np.sqrt((x.astype(np.float64) ** 2).mean(-1, keepdims=True) + eps) * g


def _rope(x, pos, theta):
    d = x.shape[-1]
    inv = 1.0 / theta ** (np.arange(0, d, 2) / d)
    f = np.outer(pos, inv)
    cos, sin = np.cos(np.concatenate([f, f], -1)), np.sin(np.concatenate([f, f], -1))
    rot = np.concatenate([-x[..., d // 2 :], x[..., : d // 2]], -1)
    return x * cos + rot * sin


def forward(
    src: ModelSource, ids: list[int], lora: dict[str, np.ndarray] | None = None
) -> np.ndarray:
    """Logits (len(ids), vocab) in float64; ``lora`` uses the graph's 2-D feed names."""
    c, W, lora = src.config, src.weights, lora or {}
    nh, nkv, hd, eps = (
        c["num_attention_heads"],
        c["num_key_value_heads"],
        c["head_dim"],
        c["rms_norm_eps"],
    )
    emb = _w(W["model.embed_tokens.weight"]).astype(np.float64)
    h = emb[ids]
    n = len(ids)
    pos = np.arange(n)
    mask = np.triu(np.full((n, n), -np.inf), 1)
    for i in range(c["num_hidden_layers"]):
        p = f"model.layers.{i}."
        x = _rms(h, W[p + "input_layernorm.weight"], eps)

        def proj(t, name, x=x, p=p, i=i):
            y = x @ _w(W[p + f"self_attn.{name}_proj.weight"]).T
            if f"lora.{i}.{t}.A" in lora:
                y = y + (x @ lora[f"lora.{i}.{t}.A"].T) @ lora[f"lora.{i}.{t}.B"].T
            return y

        q = proj("q", "q").reshape(n, nh, hd).transpose(1, 0, 2)
        k = proj("k", "k").reshape(n, nkv, hd).transpose(1, 0, 2)
        v = proj("v", "v").reshape(n, nkv, hd).transpose(1, 0, 2)
        q, k = _rope(q, pos, c["rope_theta"]), _rope(k, pos, c["rope_theta"])
        k, v = np.repeat(k, nh // nkv, 0), np.repeat(v, nh // nkv, 0)
        s = q @ k.transpose(0, 2, 1) / np.sqrt(hd) + mask
        s = np.exp(s - s.max(-1, keepdims=True))
        a = (s / s.sum(-1, keepdims=True)) @ v
        h = h + a.transpose(1, 0, 2).reshape(n, nh * hd) @ _w(W[p + "self_attn.o_proj.weight"]).T
        x = _rms(h, W[p + "post_attention_layernorm.weight"], eps)
        g = x @ _w(W[p + "mlp.gate_proj.weight"]).T
        u = x @ _w(W[p + "mlp.up_proj.weight"]).T
        h = h + (g / (1 + np.exp(-g)) * u) @ _w(W[p + "mlp.down_proj.weight"]).T
    return _rms(h, W["model.norm.weight"], eps) @ emb.T
