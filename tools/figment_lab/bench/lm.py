"""``python -m figment_lab.bench.lm``: decode speed, first-token latency, memory, fidelity, adapters, concurrency.

Each backend runs in its own subprocess (so peak RSS is its own) on the same prompts:
PyTorch eager (transformers + gguf, when installed), llama.cpp on the same GGUF file (the ``llama``
extra, when installed), the fp32 ONNX graph, the int4 graph (exact Q4_1) and int4-fast (int8
activations: faster, not exact), and optimum's fp32 export run by ORTModelForCausalLM (the
``export`` extra, when installed; :mod:`.lm_optimum`, which also times both fp32 builds fresh).
Printed: decode tokens/s at batch 1 over 100 tokens, time to first token for a ~50-token prompt,
peak RSS, ratios to PyTorch and to llama.cpp; greedy matches with fp32 token for token on the
benchmark prompts; FACTUAL accuracy on the eval's factual questions (FACTUAL mode's sampling,
seeded) for every ONNX build; adapter switch cost; aggregate tokens/s with 1, 2 and 4 concurrent
requests through the Batcher.
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
LLAMA_INSTALL = (
    'CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=ON '
    '-DGGML_AVX512_VNNI=ON -DGGML_OPENMP=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_TILE=OFF" '
    "pip install -e '.[llama]' --no-binary llama-cpp-python"
)
"""How to get the llama.cpp row (README: why these flags)."""
FACTUAL_TOKENS = 96
SLEEP = "+sleep"
"""A row suffix: the build with threads that sleep at once between kernels (the daemon's spin
at most ``figment.model.runtime.SPIN_US`` first)."""
WORKER_TIMEOUT_S = 1200
"""A row that takes longer is reported as failed, so one crawling backend cannot stall the run."""


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

    sleep = precision.endswith(SLEEP)  # the same build with threads that never spin
    precision = precision.removesuffix(SLEEP)
    m = LanguageModel(build_model(cache, precision, progress=None), threads=threads, device=device,
                      **({"spin_us": 0} if sleep else {}))  # fmt: skip
    msgs = lambda text: m.chat_prompt([{"role": "user", "content": text}])  # noqa: E731
    greedy = SamplingParams(max_tokens=DECODE_TOKENS, temperature=0)
    ttft_ids = m.encode(msgs(TTFT_TEXT))
    list(m.generate(ttft_ids, SamplingParams(max_tokens=4, temperature=0)))  # warm-up
    ttfts, rates = [], []
    for _ in range(3):
        last = list(m.generate(ttft_ids, greedy, logits_processor=_no_eos(m.eos_ids)))[-1]
        ttfts.append(last.stats["ttft_s"])
        rates.append(last.stats["decode_tokens_per_s"])
    if sleep:  # the decode row only
        return {"prompt_tokens": len(ttft_ids), "ttft_s": float(np.median(ttfts)),
                "decode_tps": float(np.median(rates)), "peak_rss_mb": _peak_mb(), "provider": "CPU"}  # fmt: skip
    outputs = [
        [t for c in m.generate(m.encode(msgs(p)), greedy) for t in c.token_ids] for p in PROMPTS
    ]
    res = {
        "prompt_tokens": len(ttft_ids),
        "ttft_s": float(np.median(ttfts)),
        "decode_tps": float(np.median(rates)),
        "outputs": outputs,
        "provider": m.provider.replace("ExecutionProvider", ""),
        "peak_rss_mb": _peak_mb(),  # one request at a time, as the table's other rows
        "factual": _factual(m),  # a batch of 16 rows: the batched peak below
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
    res["peak_rss_mb_batched"] = _peak_mb()
    return res


def _cuda() -> bool:
    from figment.model.runtime import available_providers

    return "CUDAExecutionProvider" in available_providers()


def _factual(m) -> list[bool]:
    """Whether each of the eval's factual questions is answered literally, in FACTUAL mode's
    sampling with the eval's seeds (the same jobs as ``figment eval``'s base condition)."""
    from figment.model.sampling import SamplingParams
    from figment_lab.pipone.eval.decode import Job, run_jobs
    from figment_lab.pipone.eval.metrics import answer_matches
    from figment_lab.pipone.eval.questions import FACTUAL_QUESTIONS
    from figment_lab.pipone.eval.run import EvalConfig
    from figment_text import MODE_DEFAULTS, Mode

    fd, seed = MODE_DEFAULTS[Mode.FACTUAL], EvalConfig().seed
    jobs = [
        Job(
            m.encode(m.chat_prompt([{"role": "user", "content": q}])),
            SamplingParams(
                max_tokens=FACTUAL_TOKENS,
                temperature=fd["temperature"],
                top_p=fd["top_p"],
                top_k=int(fd["top_k"]),
                repetition_penalty=fd["repetition_penalty"],
                no_repeat_ngram_size=int(fd["no_repeat_ngram"]),
                seed=seed + 1000 + k,
            ),
        )
        for k, (q, _) in enumerate(FACTUAL_QUESTIONS)
    ]
    ids = run_jobs(m, jobs)
    return [
        answer_matches(m.decode(x).strip(), exp)
        for x, (_, exp) in zip(ids, FACTUAL_QUESTIONS, strict=True)
    ]


def _llama_worker(threads: int | None) -> dict:
    """llama.cpp (llama-cpp-python) on the GGUF the ONNX builds are made from, same prompts."""
    from llama_cpp import Llama, LogitsProcessorList
    from tokenizers import Tokenizer

    from figment.model._gguf import find_smollm2_gguf
    from figment.model.build import build_model
    from figment.model.runtime import LanguageModel

    built = build_model(None, "int4", progress=None)  # our tokenizer: the very same prompt ids
    tok = Tokenizer.from_file(str(built / "tokenizer.json"))
    t = json.loads((built / "manifest.json").read_text())["tokenizer"]
    eos = sorted({t["eos_token_id"], tok.token_to_id("<|endoftext|>") or t["eos_token_id"]})
    n = threads or os.cpu_count() or 1
    llm = Llama(str(find_smollm2_gguf()), n_ctx=512, n_threads=n, n_threads_batch=n, verbose=False)

    def no_eos(ids, scores):
        scores[eos] = -np.inf
        return scores

    def run(ids: list[int], tokens: int) -> tuple[float, float]:
        llm.reset()  # no prompt reuse between runs: every run pays its prefill
        t0, stamps = time.perf_counter(), []
        for _ in llm.generate(ids, temp=0.0, repeat_penalty=1.0, reset=True,
                              logits_processor=LogitsProcessorList([no_eos])):  # fmt: skip
            stamps.append(time.perf_counter())  # one token per iteration, greedy
            if len(stamps) >= tokens:
                break
        return stamps[0] - t0, (len(stamps) - 1) / (stamps[-1] - stamps[0])

    chat = LanguageModel.chat_prompt  # the template only; no session is loaded here
    ttft_ids = tok.encode(
        chat(None, [{"role": "user", "content": TTFT_TEXT}]),  # type: ignore[arg-type]
        add_special_tokens=False,
    ).ids
    run(ttft_ids, 4)  # warm-up
    ttfts, rates = [], []
    for _ in range(3):
        ttft, rate = run(ttft_ids, DECODE_TOKENS)
        ttfts.append(ttft)
        rates.append(rate)
    return {
        "prompt_tokens": len(ttft_ids),
        "ttft_s": float(np.median(ttfts)),
        "decode_tps": float(np.median(rates)),
        "peak_rss_mb": _peak_mb(),
    }


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
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=WORKER_TIMEOUT_S)
    except subprocess.TimeoutExpired:  # llama.cpp's spinning threads can crawl on a busy box
        print(f"{kind}: gave up after {WORKER_TIMEOUT_S} s (is the machine busy?)", file=sys.stderr)
        return None
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
    ap.add_argument("--no-llama", action="store_true", help="skip the llama.cpp row")
    ap.add_argument("--no-optimum", action="store_true", help="skip the optimum export row")
    ap.add_argument("--device", default="auto", choices=DEVICES, help="where ONNX rows run")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    from . import lm_optimum  # its own module: the optimum row imports from this one

    if args.worker:
        if args.worker == "torch":
            out = _torch_worker(args.threads)
        elif args.worker == "llama":
            out = _llama_worker(args.threads)
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
    find = __import__("importlib.util").util.find_spec
    have_llama = not args.no_llama and find("llama_cpp") is not None
    if not have_llama and not args.no_llama:
        print(f"llama.cpp row skipped: llama-cpp-python is not installed ({LLAMA_INSTALL})")
    for kind in (
        (["torch"] if have_torch else [])
        + (["llama"] if have_llama else [])
        + list(BUILDS)
        + ([f"int4{SLEEP}", f"int4-fast{SLEEP}"] if args.device == "cpu" or not _cuda() else [])
    ):
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
    names = {"torch": "pytorch eager", "llama": "llama.cpp", **{b: f"onnx {b}" for b in BUILDS}}
    names[f"int4{SLEEP}"] = "onnx int4 sleep"
    names[f"int4-fast{SLEEP}"] = "onnx int4-f sleep"
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
    f32, i4, lc = res.get("fp32"), res.get("int4"), res.get("llama")
    batched = {b: r["peak_rss_mb_batched"] for b in BUILDS if (r := res.get(b))}
    if batched:
        print(
            "peak MB with batches (FACTUAL: 16 rows; int4: adapters, 4 concurrent requests too): "
            + "  ".join(f"{b} {v:.0f}" for b, v in batched.items())
        )
    print()
    if optimum:
        lm_optimum.report(optimum, f32)
    if lc:
        ratios = "  ".join(
            f"{names[b][5:]} {r['decode_tps'] / lc['decode_tps']:.2f}x"
            for b in res
            if b.split("+")[0] in BUILDS and (r := res[b])
        )
        print(f"decode tok/s vs llama.cpp (same GGUF, same threads): {ratios}")
    factual = {b: r["factual"] for b in BUILDS if (r := res.get(b))}
    if factual:
        print(
            "FACTUAL accuracy (eval's factual questions, FACTUAL sampling): "
            + "  ".join(f"{b} {sum(f)}/{len(f)}" for b, f in factual.items())
        )
        if "fp32" in factual:
            for b, f in factual.items():
                if b != "fp32":
                    diff = [
                        k for k, (x, y) in enumerate(zip(f, factual["fp32"], strict=True)) if x != y
                    ]
                    print(f"  {b} differs from fp32 on questions {diff or 'none'}")
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
