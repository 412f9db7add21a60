"""The recipes of the shipped adapters, and a runner that trains them one after another.

``figment train-recipes --data out/dataset --out adapters --logs out`` trains ``pip``, then
the domain adapters, then ``parse``, each in its own process with its log in
``<logs>/train-<name>.log`` and its checkpoint in ``<logs>/checkpoints/<name>/``. Run it again
after an interruption and each adapter resumes from its checkpoint; finished adapters (a manifest
marked complete whose ``data_sha256`` matches the pair file) are skipped. While a run goes on,
``<out>/<name>`` holds its best adapter so far, marked ``complete: false``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from figment_lab.pipone.domains import ADAPTER_DOMAINS, DOMAINS
from figment_lab.pipone.jsonl import sha256_file

__all__ = ["RECIPES", "main", "run_recipes"]

_DOMAIN: dict[str, Any] = {
    "epochs": 1.0, "batch_size": 4, "learning_rate": 2e-4, "eval_size": 32, "eval_every": 50,
    "patience": 3, "checkpoint_every": 25,
}  # fmt: skip

RECIPES: dict[str, dict[str, Any]] = {
    "pip": {
        "data": "pip.jsonl",
        "description": "Imaginative mode: PIP-One, 5,000 surreal cross-field pairs (fiction).",
        "epochs": 1.0, "batch_size": 4, "learning_rate": 2e-4, "eval_size": 48,
        "eval_every": 100, "patience": 3, "checkpoint_every": 25,
    },
    **{
        d: {
            "data": f"{d}.jsonl",
            "description": f"Domain voice for blending: everything told through {DOMAINS[d].title}.",
            **_DOMAIN,
        }
        for d in ADAPTER_DOMAINS
    },
    "parse": {
        "data": "parse.jsonl",
        "description": "Parser: surreal text in, compact figment ObjectSpec JSON out.",
        "epochs": 1.0, "batch_size": 4, "learning_rate": 2e-4, "eval_size": 32,
        "eval_every": 100, "patience": 3, "checkpoint_every": 25, "max_length": 640,
    },
}  # fmt: skip
"""Training settings of every shipped adapter, in the order they are trained."""


def _done(adapter: Path, data: Path) -> bool:
    manifest = adapter / "manifest.json"
    if not manifest.is_file():
        return False
    found = json.loads(manifest.read_text("utf-8"))
    complete = found.get("metrics", {}).get("complete", False)
    return complete and found.get("data_sha256") == sha256_file(data)


def run_recipes(
    names: Sequence[str], data_dir: Path, out_dir: Path, log_dir: Path, threads: int
) -> int:
    """Train each named recipe in turn (skipping finished ones); returns the first failure code."""
    log_dir.mkdir(parents=True, exist_ok=True)
    for name in names:
        recipe = dict(RECIPES[name])
        data = data_dir / recipe.pop("data")
        if _done(out_dir / name, data):
            print(f"{name}: already trained on {data.name}, skipped", flush=True)
            continue
        argv = [sys.executable, "-m", "figment_lab.pipone.train", "--name", name]
        argv += ["--data", str(data), "--out-dir", str(out_dir), "--threads", str(threads)]
        argv += ["--checkpoint-dir", str(log_dir / "checkpoints" / name)]
        for key, value in recipe.items():
            argv += ["--" + key.replace("_", "-"), str(value)]
        print(f"{name}: {' '.join(argv[1:])}", flush=True)
        with open(log_dir / f"train-{name}.log", "a", encoding="utf-8") as log:
            code = subprocess.call(argv, stdout=log, stderr=subprocess.STDOUT)
        print(f"{name}: exit {code}", flush=True)
        if code:
            return code
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m figment_lab.pipone.recipes [names...] [--data DIR] [--out DIR] [--logs DIR]``."""
    p = argparse.ArgumentParser(prog="figment train-recipes", description=run_recipes.__doc__)
    p.add_argument("names", nargs="*", default=list(RECIPES), help="recipes, in order")
    p.add_argument("--data", type=Path, default=Path("out/dataset"), help="pair files folder")
    p.add_argument(
        "--out",
        type=Path,
        default=Path("plugins/figment_adapters"),
        help="adapters folder (the shipped ones by default)",
    )
    p.add_argument("--logs", type=Path, default=Path("out"), help="logs and checkpoints folder")
    p.add_argument("--threads", type=int, default=1, help="torch CPU threads per run")
    args = p.parse_args(argv)
    unknown = [n for n in args.names if n not in RECIPES]
    if unknown:
        p.error(f"unknown recipes {unknown}; known: {', '.join(RECIPES)}")
    return run_recipes(args.names, args.data, args.out, args.logs, args.threads)


if __name__ == "__main__":
    raise SystemExit(main())
