"""``figment dataset build``: write PIP-One, the domain subsets and the parse pairs to a folder.

Output (all deterministic in ``seed``): ``pip.jsonl`` and its ``pip.datasheet.{md,json}``;
``<domain>.jsonl`` for each adapter domain; ``parse.jsonl``; ``SHA256SUMS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from figment.errors import FailedPrecondition, InvalidArgument
from figment_lab.pipone.dataset import (
    Pair,
    build_dataset,
    build_domain_dataset,
    build_parse_dataset,
)
from figment_lab.pipone.datasheet import datasheet, render_markdown
from figment_lab.pipone.domains import ADAPTER_DOMAINS
from figment_lab.pipone.jsonl import sha256_file, write_jsonl

__all__ = ["main", "write_dataset"]


def _write(pairs: list[Pair], out: Path, name: str, how: dict[str, object], semantic: bool) -> Path:
    path = write_jsonl((p.to_record() for p in pairs), out / f"{name}.jsonl")
    sheet = datasheet(pairs, {"name": name, **how, "sha256": sha256_file(path)}, semantic)
    (out / f"{name}.datasheet.json").write_text(json.dumps(sheet, indent=2) + "\n", "utf-8")
    (out / f"{name}.datasheet.md").write_text(render_markdown(sheet, pairs[:6]), "utf-8")
    return path


def write_dataset(
    out_dir: Path,
    n: int = 5000,
    seed: int = 0,
    domain_n: int = 600,
    parse_n: int = 2000,
    domains: Sequence[str] = ADAPTER_DOMAINS,
    semantic: bool = False,
) -> dict[str, Path]:
    """Build and write every pair file; returns their paths by name. ``semantic`` adds
    embedding figures to the datasheets (needs the MiniLM packages, see ``embed``)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    how = {"generator": "figment_lab.pipone", "seed": seed}
    paths = {"pip": _write(build_dataset(n, seed), out, "pip", {**how, "n": n}, semantic)}
    for d in domains:
        pairs = build_domain_dataset(d, domain_n, seed)
        paths[d] = _write(pairs, out, d, {**how, "n": domain_n, "domain": d}, semantic)
    if parse_n:
        pairs = build_parse_dataset(parse_n, seed)
        how_parse = {**how, "n": parse_n, "task": "parse"}
        paths["parse"] = _write(pairs, out, "parse", how_parse, semantic)
    sums = "".join(f"{sha256_file(p)}  {p.name}\n" for p in paths.values())
    (out / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """``figment dataset build [--out out/dataset] [--n 5000] [--seed 0] ...``."""
    p = argparse.ArgumentParser(prog="figment dataset build", description=write_dataset.__doc__)
    p.add_argument("--out", type=Path, default=Path("out/dataset"), help="output folder")
    p.add_argument("--n", type=int, default=5000, help="PIP-One pairs")
    p.add_argument("--seed", type=int, default=0, help="generator seed")
    p.add_argument("--domain-n", type=int, default=600, help="pairs per domain subset")
    p.add_argument("--parse-n", type=int, default=2000, help="parse pairs (0: none)")
    p.add_argument("--domains", nargs="*", default=list(ADAPTER_DOMAINS), help="domain subsets")
    p.add_argument("--embeddings", action="store_true", help="add MiniLM figures to datasheets")
    args = p.parse_args(argv)
    try:
        paths = write_dataset(
            args.out, args.n, args.seed, args.domain_n, args.parse_n, args.domains, args.embeddings
        )
    except (InvalidArgument, FailedPrecondition) as e:
        print(f"figment dataset build: {e}", file=sys.stderr)
        return 2
    for name, path in paths.items():
        print(f"{name}\t{path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
