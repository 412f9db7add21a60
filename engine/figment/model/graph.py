"""Writing the decoder graph directly with ``onnx.helper`` from a :class:`ModelSource`.

One graph per precision, same inputs and outputs:

* inputs: ``input_ids`` (batch, seq) int64; ``seqlens_k`` (batch,) int32 = tokens already valid in
  each row including this call's, minus one; ``total_sequence_length`` () int32 = the widest row;
  ``past_key_values.{i}.key|value`` (batch, kv_heads, past, head_dim), rows right-padded;
  ``lora.{i}.{q,v}.A`` (lora_batch, r, in) and ``lora.{i}.{q,v}.B`` (lora_batch, out, r), overridable
  initializers of rank 0 (adapter off). ``lora_batch`` is 1 (shared) or batch (one adapter per row).
* outputs: ``logits`` (batch, 1, vocab) for the last position only (prefill never pays the
  vocabulary projection for every prompt token); ``present.{i}.key|value``.

Contrib ops (CPU kernels in onnxruntime): GroupQueryAttention with rotary inside (half-split, cos/sin
caches computed in float32 as transformers does), SkipSimplifiedLayerNormalization, FusedMatMul for
LoRA (x @ A^T then @ B^T: rank 0 contributes exactly zero), and MatMulNBits for "int4":

* Q4_1 linears: the 4-bit codes are copied bit for bit; MatMulNBits's default zero point 8 gives
  ``d*(q-8)``, and ``(m + 8d)`` times each 32-block's input sum is added by a small fp32 MatMul
  (in/32 by out). Together ``d*q + m`` exactly. A float zero point (``-m/d``) would express it in
  one op, but onnxruntime's CPU kernel then dequantizes every call: measured 1.6 ms vs 0.05 ms for
  a 576x1536 product. ``accuracy_level`` 4 (int8 activations per block, as llama.cpp does for Q4_1)
  is 3.7x faster than level 1 here (AVX2, no VNNI).
* the Q8_0 embedding (tied to the output projection): an int8 copy for the Gather (dequantized
  in-graph, exact) and a uint8 copy (q + 128) for an 8-bit MatMulNBits (default zero point 128).
  Two copies because onnxruntime 1.32 pre-packs MatMulNBits weights and frees the original, which
  corrupted a Gather sharing it. The 8-bit kernel quantizes activations to int8 (level 4; level 1
  is 30x slower), moving logits by ~0.1: enough to flip near ties (seen: "The" 25.33 vs "L" 25.24),
  so the top 64 candidates are recomputed exactly in fp32 (TopK, Gather rows, MatMul,
  ScatterElements) and written back.

Fidelity and speed (``figment bench lm``: greedy, 8 prompts x 100 tokens; batch 1, 2 threads):
accuracy level 1 matched fp32 on 8/8 at 68.2 tok/s; level 4 on 1/8 at 86.0 tok/s. Level 1 is the
default build ``int4``; level 4 is the build ``int4-fast``. Where the rest of a step goes (measured
with interleaved A/B runs): the 120 linears alone take 7.5 ms at level 1 and 4.8 ms at level 4, the
int8 output projection 1.5 ms, attention, norms and the Q4_1 block-minimum products the rest.
Fewer nodes (q/k/v packed into one attention input, the low-rank terms merged: 708 nodes instead
of 1,038) gained under 2%, an int4 output projection 3%: not kept, the kernels are the floor.

"fp32" dequantizes every weight exactly as gguf/transformers do and uses plain MatMul.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from ._gguf import ModelSource, Q4Weight, Q8Weight, Weight, dense

__all__ = ["GRAPH_VERSION", "OPSET", "build_graph", "rotary_caches"]

GRAPH_VERSION = 1
OPSET = 21
MS = "com.microsoft"


def rotary_caches(cfg: dict[str, Any], length: int) -> tuple[np.ndarray, np.ndarray]:
    """cos/sin caches (length, head_dim/2) in float32, computed like transformers' llama rotary."""
    dim = cfg["head_dim"]
    exps = np.arange(0, dim, 2, dtype=np.int64).astype(np.float32) / np.float32(dim)
    inv_freq = (1.0 / (np.float32(cfg["rope_theta"]) ** exps)).astype(np.float32)
    freqs = np.outer(np.arange(length, dtype=np.float32), inv_freq).astype(np.float32)
    return np.cos(freqs).astype(np.float32), np.sin(freqs).astype(np.float32)


class _G:
    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[TensorProto] = []
        self.inputs: list[onnx.ValueInfoProto] = []
        self.n = 0

    def init(self, name: str, arr: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def op(
        self, op: str, ins: list[str], n_out: int = 1, domain: str = "", **attrs: Any
    ) -> list[str]:
        self.n += 1
        outs = [f"/{op}_{self.n}/out{k}" for k in range(n_out)]
        self.nodes.append(
            helper.make_node(op, ins, outs, f"/{op}_{self.n}", domain=domain, **attrs)
        )
        return outs

    def op1(self, op: str, ins: list[str], domain: str = "", **attrs: Any) -> str:
        return self.op(op, ins, 1, domain, **attrs)[0]


def _linear_fp32(g: _G, x: str, ws: list[Weight], name: str) -> str:
    w = np.concatenate([dense(w) for w in ws])
    return g.op1("MatMul", [x, g.init(name, np.ascontiguousarray(w.T))])


def _linear_int4(g: _G, x: str, x_bs: str, ws: list[Weight], name: str, acc: int) -> str:
    q4 = [w for w in ws if isinstance(w, Q4Weight)]
    if len(q4) != len(ws):
        return _linear_fp32(g, x, ws, name)
    q = np.concatenate([w.q for w in q4])
    d = np.concatenate([w.d for w in q4])
    m = np.concatenate([w.m for w in q4])
    n, k = q.shape
    qb = q.reshape(n, k // 32, 16, 2)
    packed = (qb[..., 0] | (qb[..., 1] << 4)).astype(np.uint8)
    y = g.op1(
        "MatMulNBits",
        [x, g.init(name + ".qweight", packed), g.init(name + ".scales", d.reshape(-1))],
        domain=MS,
        K=k,
        N=n,
        bits=4,
        block_size=32,
        accuracy_level=acc,
    )
    corr = (m + np.float32(8.0) * d).astype(np.float32)  # (n, k/32)
    c = g.op1("MatMul", [x_bs, g.init(name + ".qmin", np.ascontiguousarray(corr.T))])
    return g.op1("Add", [y, c])


def _lora(g: _G, x: str, y: str, i: int, t: str, n_in: int, n_out: int) -> str:
    a, b = f"lora.{i}.{t}.A", f"lora.{i}.{t}.B"
    g.init(a, np.zeros((1, 0, n_in), np.float32))
    g.init(b, np.zeros((1, n_out, 0), np.float32))
    g.inputs.append(
        helper.make_tensor_value_info(a, TensorProto.FLOAT, ["lora_batch", "lora_rank", n_in])
    )
    g.inputs.append(
        helper.make_tensor_value_info(b, TensorProto.FLOAT, ["lora_batch", n_out, "lora_rank"])
    )
    h = g.op1("FusedMatMul", [x, a], domain=MS, transB=1)
    delta = g.op1("FusedMatMul", [h, b], domain=MS, transB=1)
    return g.op1("Add", [y, delta])


def build_graph(
    src: ModelSource,
    precision: str = "int4",
    accuracy_level: int = 4,
    rotary_length: int | None = None,
    lm_head: str = "int8",
    refine_top_k: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> onnx.ModelProto:
    """The decoder as an ONNX model (weights inside as initializers)."""
    if precision not in ("int4", "fp32"):
        raise ValueError(f"precision must be 'int4' or 'fp32', not {precision!r}")
    cfg = src.config
    hs, n_layers = cfg["hidden_size"], cfg["num_hidden_layers"]
    nh, nkv, hd = cfg["num_attention_heads"], cfg["num_key_value_heads"], cfg["head_dim"]
    inter, vocab, eps = cfg["intermediate_size"], cfg["vocab_size"], cfg["rms_norm_eps"]
    W = src.weights
    g = _G()
    f32, i64, i32 = TensorProto.FLOAT, TensorProto.INT64, TensorProto.INT32
    g.inputs += [
        helper.make_tensor_value_info("input_ids", i64, ["batch", "seq"]),
        helper.make_tensor_value_info("seqlens_k", i32, ["batch"]),
        helper.make_tensor_value_info("total_sequence_length", i32, []),
    ]
    outputs = [helper.make_tensor_value_info("logits", f32, ["batch", 1, vocab])]
    cos, sin = rotary_caches(cfg, rotary_length or cfg["max_position_embeddings"])
    g.init("cos_cache", cos)
    g.init("sin_cache", sin)

    emb = W["model.embed_tokens.weight"]
    nb = hs // 32
    if precision == "int4" and isinstance(emb, Q8Weight):
        # Separate tensors for the Gather and the MatMulNBits: onnxruntime pre-packs MatMulNBits
        # weights and frees the original, which corrupts a Gather sharing it (seen in 1.32).
        g.init("embed.q", emb.q.reshape(vocab, nb, 32))
        g.init("embed.scales", emb.d.reshape(vocab, nb, 1))
        rows = g.op1("Cast", [g.op1("Gather", ["embed.q", "input_ids"])], to=f32)
        rows = g.op1("Mul", [rows, g.op1("Gather", ["embed.scales", "input_ids"])])
        shape = g.init("emb_shape", np.array([0, 0, hs], np.int64))
        h = g.op1("Reshape", [rows, shape])
        lm_w = None
        if lm_head == "fp32":
            lm_w = g.init("lm_head.weight_t", np.ascontiguousarray(emb.dequantize().T))
    else:
        # (hidden, vocab): MatMul-ready
        g.init("embed.weight_t", np.ascontiguousarray(dense(emb).T))
        h = g.op1(
            "Transpose", [g.op1("Gather", ["embed.weight_t", "input_ids"], axis=1)], perm=[1, 2, 0]
        )
        lm_w = "embed.weight_t"
    bs_shape = g.init("bs_shape", np.array([0, 0, -1, 32], np.int64))
    ax = g.init("axis_last", np.array([-1], np.int64))

    def linear(x: str, x_bs: str | None, ws: list[Weight], name: str) -> str:
        if precision == "int4":
            assert x_bs is not None
            return _linear_int4(g, x, x_bs, ws, name, accuracy_level)
        return _linear_fp32(g, x, ws, name)

    def block_sums(x: str) -> str | None:
        if precision != "int4":
            return None
        return g.op1("ReduceSum", [g.op1("Reshape", [x, bs_shape]), ax], keepdims=0)

    x = g.op1(
        "SimplifiedLayerNormalization",
        [h, g.init("ln.0.attn", dense(W["model.layers.0.input_layernorm.weight"]))],
        epsilon=eps,
        axis=-1,
    )
    resid = h
    for i in range(n_layers):
        p = f"model.layers.{i}."
        xb = block_sums(x)
        qkv = linear(x, xb, [W[p + f"self_attn.{t}_proj.weight"] for t in "qkv"], f"l{i}.qkv")
        q, k, v = g.op(
            "Split",
            [qkv, g.init(f"l{i}.split_qkv", np.array([nh * hd, nkv * hd, nkv * hd], np.int64))],
            3,
            axis=-1,
        )
        q = _lora(g, x, q, i, "q", hs, nh * hd)
        v = _lora(g, x, v, i, "v", hs, nkv * hd)
        pk, pv = f"past_key_values.{i}.key", f"past_key_values.{i}.value"
        for name in (pk, pv):
            g.inputs.append(helper.make_tensor_value_info(name, f32, ["batch", nkv, "past", hd]))
        outputs += [
            helper.make_tensor_value_info(f"present.{i}.key", f32, ["batch", nkv, "total", hd]),
            helper.make_tensor_value_info(f"present.{i}.value", f32, ["batch", nkv, "total", hd]),
        ]
        g.n += 1
        attn = f"/attn_{i}/out"
        g.nodes.append(
            helper.make_node(
                "GroupQueryAttention",
                [q, k, v, pk, pv, "seqlens_k", "total_sequence_length", "cos_cache", "sin_cache"],
                [attn, f"present.{i}.key", f"present.{i}.value"],
                f"/attn_{i}",
                domain=MS,
                num_heads=nh,
                kv_num_heads=nkv,
                do_rotary=1,
                rotary_interleaved=0,
            )
        )
        o = linear(attn, block_sums(attn), [W[p + "self_attn.o_proj.weight"]], f"l{i}.o")
        x, _, _, resid = g.op(
            "SkipSimplifiedLayerNormalization",
            [o, resid, g.init(f"ln.{i}.ffn", dense(W[p + "post_attention_layernorm.weight"]))],
            4,
            domain=MS,
            epsilon=eps,
        )
        gu = linear(
            x,
            block_sums(x),
            [W[p + "mlp.gate_proj.weight"], W[p + "mlp.up_proj.weight"]],
            f"l{i}.gate_up",
        )
        gate, up = g.op(
            "Split", [gu, g.init(f"l{i}.split_gu", np.array([inter, inter], np.int64))], 2, axis=-1
        )
        act = g.op1("Mul", [g.op1("Mul", [gate, g.op1("Sigmoid", [gate])]), up])
        down = linear(act, block_sums(act), [W[p + "mlp.down_proj.weight"]], f"l{i}.down")
        gamma = dense(
            W[f"model.layers.{i + 1}.input_layernorm.weight"]
            if i + 1 < n_layers
            else W["model.norm.weight"]
        )
        x, _, _, resid = g.op(
            "SkipSimplifiedLayerNormalization",
            [down, resid, g.init(f"ln.{i + 1}.attn", gamma)],
            4,
            domain=MS,
            epsilon=eps,
        )
        if progress:
            progress(i + 1, n_layers)
    # Only the last position's logits are needed to pick the next token.
    starts, ends = (
        g.init("last_start", np.array([-1], np.int64)),
        g.init("last_end", np.array([2**62], np.int64)),
    )
    last = g.op1("Slice", [x, starts, ends, g.init("axis1", np.array([1], np.int64))])
    if lm_w is None:
        assert isinstance(emb, Q8Weight)
        u8 = (emb.q.astype(np.int16) + 128).astype(np.uint8).reshape(vocab, nb, 32)
        approx = g.op1(
            "MatMulNBits",
            [last, g.init("lm_head.qweight", u8), g.init("lm_head.scales", emb.d.reshape(-1))],
            domain=MS,
            K=hs,
            N=vocab,
            bits=8,
            block_size=32,
            accuracy_level=4,
        )
        # int8 activations move logits by ~0.1, enough to flip near ties; recompute the top
        # candidates exactly (fp32 dot products with the dequantized rows) and write them back.
        k = g.init("refine_k", np.array([min(refine_top_k, vocab)], np.int64))
        _, idx = g.op("TopK", [approx, k], 2, axis=-1)
        rows = g.op1("Cast", [g.op1("Gather", ["embed.q", idx])], to=f32)
        rows = g.op1("Mul", [rows, g.op1("Gather", ["embed.scales", idx])])
        rows = g.op1("Reshape", [rows, g.init("rows_shape", np.array([0, 0, -1, hs], np.int64))])
        col = g.op1("Unsqueeze", [last, g.init("axis_m1", np.array([-1], np.int64))])
        exact = g.op1("Squeeze", [g.op1("MatMul", [rows, col]), "axis_m1"])
        g.nodes.append(
            helper.make_node(
                "ScatterElements", [approx, idx, exact], ["logits"], "/lm_refine", axis=-1
            )
        )
    else:
        g.nodes.append(helper.make_node("MatMul", [last, lm_w], ["logits"], "/lm_head"))
    graph = helper.make_graph(g.nodes, "figment_decoder", g.inputs, outputs, g.inits)
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET), helper.make_opsetid(MS, 1)],
        producer_name="figment",
    )
    model.ir_version = 10
    return model
