"""``python -m figment_lab.bench.lm``: decode speed, first-token latency, memory, fidelity, adapters, concurrency.

Each backend runs in its own subprocess (so peak RSS is its own) on the same prompts:
PyTorch eager (transformers + gguf, when installed), the fp32 ONNX graph, the int4 graph (the
default: exact Q4_1) and int4-fast (int8 activations: faster, not exact), and optimum's fp32
export run by ORTModelForCausalLM (the ``export`` extra, when installed; :mod:`.lm_optimum`,
which also times both fp32 builds fresh).
Printed: decode tokens/s at batch 1 over 100 tokens, time to first token for a ~50-token prompt,
peak RSS, ratios to PyTorch; greedy int4 vs fp32 token-for-token matches on the benchmark prompts;
adapter switch cost; aggregate tokens/s with 1, 2 and 4 concurrent requests through the Batcher.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time

import numpy as np

from figment.model.runtime import DEVICES

PROMPTS = [
    "What is the capital of France?",
    "Describe a chair made of clouds.",
    "Write a haiku about the sea.",
    "How do airplanes fly?",
    "Invent a new fruit and describe its taste.",
    "Give three tips for sleeping well.",
    "Tell me about a lamp that dreams.",
    "What would a city on the moon smell like?",
]
TTFT_TEXT = "Please imagine an impossible object floating above the kitchen table and describe its shape, colour, sound and smell."
DECODE_TOKENS = 100
BUILDS = ("fp32", "int4", "int4-fast")
"""The ONNX rows of the table (builds named as in :data:`figment.model.build.MODELS`)."""


def _peak_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: the latter carries over the parent's peak
    through fork + exec (a parent that just built a model made every worker look 1.9 GB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _no_eos(eos: set[int]):
    def proc(step, ids, logits):
        logits[list(eos)] = -np.inf
        return logits

    return proc


def _onnx_worker(precision: str, cache: str | None, threads: int | None, device: str) -> dict:
    from figment.model.adapters import Adapter, AdapterManifest
    from figment.model.build import build_model
    from figment.model.runtime import Batcher, LanguageModel
    from figment.model.sampling import SamplingParams

    m = LanguageModel(build_model(cache, precision, progress=None), threads=threads, device=device)
    msgs = lambda text: m.chat_prompt([{"role": "user", "content": text}])  # noqa: E731
    greedy = SamplingParams(max_tokens=DECODE_TOKENS, temperature=0)
    ttft_ids = m.encode(msgs(TTFT_TEXT))
    list(m.generate(ttft_ids, SamplingParams(max_tokens=4, temperature=0)))  # warm-up
    ttfts, rates = [], []
    for _ in range(3):
        last = list(m.generate(ttft_ids, greedy, logits_processor=_no_eos(m.eos_ids)))[-1]
        ttfts.append(last.stats["ttft_s"])
        rates.append(last.stats["decode_tokens_per_s"])
    outputs = [
        [t for c in m.generate(m.encode(msgs(p)), greedy) for t in c.token_ids] for p in PROMPTS
    ]
    res = {
        "prompt_tokens": len(ttft_ids),
        "ttft_s": float(np.median(ttfts)),
        "decode_tps": float(np.median(rates)),
        "outputs": outputs,
        "provider": m.provider.replace("ExecutionProvider", ""),
    }
    if precision == "int4":
        # adapter switch: compose + feed a rank-8 q/v adapter on every layer
        rng = np.random.default_rng(0)
        a = m.arch
        dims = {
            "q_proj": a["num_attention_heads"] * a["head_dim"],
            "v_proj": a["num_key_value_heads"] * a["head_dim"],
        }
        w = {
            (i, t): (
                rng.normal(0, 0.01, (8, a["hidden_size"])).astype(np.float32),
                rng.normal(0, 0.01, (o, 8)).astype(np.float32),
            )
            for i in range(a["num_hidden_layers"])
            for t, o in dims.items()
        }
        man = AdapterManifest(name="bench", description="random", rank=8, alpha=16, targets=["q_proj", "v_proj"],
                              base_sha256="", data_sha256="", created="")  # fmt: skip
        adapter = Adapter(man, m.dir, w)
        t = time.perf_counter()
        for _ in range(20):
            feed = m.adapter_feed([(adapter, 1.0)], 0.8)
        res["adapter_compose_ms"] = (time.perf_counter() - t) / 20 * 1e3
        short = SamplingParams(max_tokens=30, temperature=0)
        per = {"off": [], "on": []}
        for k in range(6):
            key = "on" if k % 2 else "off"
            last = list(
                m.generate(
                    ttft_ids,
                    short,
                    lora=feed if key == "on" else None,
                    logits_processor=_no_eos(m.eos_ids),
                )
            )[-1]
            per[key].append(1e3 / last.stats["decode_tokens_per_s"])
        sampled = SamplingParams(max_tokens=DECODE_TOKENS, temperature=0.8, top_k=60, top_p=0.95,
                                 repetition_penalty=1.15, no_repeat_ngram_size=3, seed=0)  # fmt: skip
        runs = [list(m.generate(ttft_ids, sampled, logits_processor=_no_eos(m.eos_ids)))[-1]
                for _ in range(3)]  # fmt: skip
        res["decode_tps_sampled"] = float(np.median([r.stats["decode_tokens_per_s"] for r in runs]))
        res["ms_per_token_adapter_off"] = float(np.median(per["off"]))
        res["ms_per_token_adapter_on"] = float(np.median(per["on"]))
        batcher = Batcher(m, max_batch=8)
        res["concurrent"] = {}
        for n in (1, 2, 4):
            counts = [0] * n

            def run(k: int, counts: list[int] = counts) -> None:
                for c in batcher.stream(
                    m.encode(msgs(PROMPTS[k])), greedy, logits_processor=_no_eos(m.eos_ids)
                ):
                    counts[k] += len(c.token_ids)

            threads_ = [threading.Thread(target=run, args=(k,)) for k in range(n)]
            t = time.perf_counter()
            for th in threads_:
                th.start()
            for th in threads_:
                th.join()
            res["concurrent"][n] = sum(counts) / (time.perf_counter() - t)
        batcher.close()
    res["peak_rss_mb"] = _peak_mb()
    return res


def _torch_worker(threads: int | None) -> dict:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from figment.model._gguf import find_smollm2_gguf

    if threads:
        torch.set_num_threads(threads)
    path = find_smollm2_gguf()
    tok = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    model = AutoModelForCausalLM.from_pretrained(
        str(path.parent), gguf_file=path.name, dtype=torch.float32
    ).eval()
    ids = tok.apply_chat_template(
        [{"role": "user", "content": TTFT_TEXT}], add_generation_prompt=True, tokenize=True
    )
    ids = torch.tensor([list(ids["input_ids"] if hasattr(ids, "keys") else ids)])
    with torch.no_grad():
        model.generate(ids, max_new_tokens=4, do_sample=False)
        ttfts, rates = [], []
        for _ in range(2):
            t = time.perf_counter()
            model.generate(ids, max_new_tokens=1, do_sample=False)
            ttft = time.perf_counter() - t
            t = time.perf_counter()
            model.generate(
                ids, max_new_tokens=DECODE_TOKENS, min_new_tokens=DECODE_TOKENS, do_sample=False
            )
            total = time.perf_counter() - t
            ttfts.append(ttft)
            rates.append((DECODE_TOKENS - 1) / (total - ttft))
    return {
        "prompt_tokens": ids.shape[1],
        "ttft_s": float(np.median(ttfts)),
        "decode_tps": float(np.median(rates)),
        "peak_rss_mb": _peak_mb(),
    }


def _spawn(kind: str, args: argparse.Namespace) -> dict | None:
    cmd = [sys.executable, "-m", "figment_lab.bench.lm", "--worker", kind]
    if args.cache_dir:
        cmd += ["--cache-dir", args.cache_dir]
    if args.threads:
        cmd += ["--threads", str(args.threads)]
    cmd += ["--device", args.device]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"{kind}: failed\n{p.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(p.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    """Run every backend and print the comparison."""
    ap = argparse.ArgumentParser(prog="figment bench lm", description=__doc__.splitlines()[0])
    ap.add_argument("--cache-dir", default=None)
    ap.add_argument(
        "--threads", type=int, default=None, help="intra-op threads (default: all cores)"
    )
    ap.add_argument("--no-torch", action="store_true", help="skip the PyTorch eager baseline")
    ap.add_argument("--no-optimum", action="store_true", help="skip the optimum export row")
    ap.add_argument("--device", default="auto", choices=DEVICES, help="where ONNX rows run")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    from . import lm_optimum  # its own module: the optimum row imports from this one

    if args.worker:
        if args.worker == "torch":
            out = _torch_worker(args.threads)
        elif args.worker in lm_optimum.KINDS:
            out = lm_optimum.worker(args.worker, args.cache_dir, args.threads, args.device)
        else:
            out = _onnx_worker(args.worker, args.cache_dir, args.threads, args.device)
        print(json.dumps(out))
        return
    from figment.model.build import build_model

    for precision in BUILDS:
        build_model(args.cache_dir, precision, progress=None)
    res: dict[str, dict | None] = {}
    have_torch = not args.no_torch and all(
        __import__("importlib.util").util.find_spec(m) for m in ("torch", "transformers")
    )
    for kind in (["torch"] if have_torch else []) + list(BUILDS):
        print(f"running {kind} ...", flush=True)
        res[kind] = _spawn(kind, args)
    optimum = None if args.no_optimum else lm_optimum.measure(args, _spawn)
    if optimum:
        res["optimum"] = optimum["optimum"]
    base = res.get("torch")
    print(
        f"\ncpu cores: {os.cpu_count()}  threads: {args.threads or 'all'}  load avg: {os.getloadavg()[0]:.1f}"
    )
    print(
        f"{'backend':<16}{'decode tok/s':>13}{'x torch':>9}{'TTFT ms':>9}{'x torch':>9}{'prompt':>8}{'peak MB':>9}  device"
    )
    names = {"torch": "pytorch eager", **{b: f"onnx {b}" for b in BUILDS}}
    names["optimum"] = lm_optimum.NAME
    for kind, r in res.items():
        if not r:
            print(f"{names[kind]:<16} failed")
            continue
        sp = f"{r['decode_tps'] / base['decode_tps']:.1f}x" if base else "-"
        lat = f"{base['ttft_s'] / r['ttft_s']:.1f}x" if base else "-"
        print(
            f"{names[kind]:<16}{r['decode_tps']:>13.1f}{sp:>9}{r['ttft_s'] * 1e3:>9.0f}{lat:>9}{r['prompt_tokens']:>8}{r['peak_rss_mb']:>9.0f}  {r.get('provider', 'CPU')}"
        )
    f32, i4 = res.get("fp32"), res.get("int4")
    print()
    if optimum:
        lm_optimum.report(optimum, f32)
    for kind in BUILDS[1:]:  # every 4-bit build against fp32
        q = res.get(kind)
        if f32 and q:
            same = sum(a == b for a, b in zip(f32["outputs"], q["outputs"], strict=True))
            print(
                f"greedy {names[kind]} == fp32 token for token: {same}/{len(PROMPTS)} prompts (up to {DECODE_TOKENS} tokens)"
            )
    if i4:
        print(f"adapter switch: compose {i4['adapter_compose_ms']:.2f} ms, no reload; decode {i4['ms_per_token_adapter_off']:.2f} ms/token off, "
              f"{i4['ms_per_token_adapter_on']:.2f} ms/token with a rank-8 q/v adapter")  # fmt: skip
        print(f"int4 decode with imaginative sampling (T 0.8, top-k 60, top-p 0.95, repetition "
              f"controls): {i4['decode_tps_sampled']:.1f} tok/s vs greedy {i4['decode_tps']:.1f}")  # fmt: skip
        agg = "  ".join(f"{n} req: {v:.1f}" for n, v in i4["concurrent"].items())
        print(f"aggregate tok/s (int4, Batcher): {agg}")


if __name__ == "__main__":
    main()
