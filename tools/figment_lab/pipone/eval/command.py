"""``figment eval [--n 50] [--max-tokens 96] [--out out/eval] [--intensities ...] [--adapters-dir DIR]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from figment.errors import FigmentError

__all__ = ["main"]


def _floats(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from e
    if not values or any(not 0.0 <= v <= 4.0 for v in values):
        raise argparse.ArgumentTypeError("intensities must be between 0 and 4")
    return values


def _blend(text: str) -> tuple[tuple[str, float], ...]:
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, weight = part.partition(":")
        try:
            out.append((name, float(weight or 1.0)))
        except ValueError as e:
            raise argparse.ArgumentTypeError(f"expected name:weight, got {part!r}") from e
    return tuple(out)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="figment eval", description=__doc__)
    p.add_argument("--n", type=int, default=50, help="held-out prompts (default 50)")
    p.add_argument("--max-tokens", type=int, default=96, help="tokens per answer (default 96)")
    p.add_argument("--out", type=Path, default=Path("out/eval"), help="report folder")
    p.add_argument("--intensities", type=_floats, default=(0.0, 0.25, 0.5, 0.75, 1.0, 1.25))
    p.add_argument(
        "--adapters-dir", type=Path, default=None, help="extra adapter folder (searched first)"
    )
    p.add_argument(
        "--blend", type=_blend, default=(("cosmic", 0.6),), help="blend with pip, e.g. cosmic:0.6"
    )
    p.add_argument("--seed", type=int, default=424242, help="held-out generator and sampling seed")
    p.add_argument("--spread-prompts", type=int, default=20, help="prompts sampled repeatedly")
    p.add_argument("--spread-samples", type=int, default=5, help="samples per spread prompt")
    p.add_argument("--questions", type=int, default=None, help="factual questions (default all 30)")
    p.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="a built model (default: $FIGMENT_HOME/models, int4)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the eval, write the report into --out and print the headline numbers."""
    from figment.model import LanguageModel, default_cache_dir, discover_adapters, find_model
    from figment_lab.pipone.embed import minilm_embed
    from figment_lab.pipone.eval.questions import FACTUAL_QUESTIONS
    from figment_lab.pipone.eval.report import headline_lines, write_report
    from figment_lab.pipone.eval.run import EvalConfig, evaluate

    args = _parser().parse_args(argv)
    if args.n < 2 or args.max_tokens < 1 or args.spread_prompts < 1 or args.spread_samples < 2:
        print(
            "figment eval: --n and --spread-samples must be >= 2, --max-tokens and "
            "--spread-prompts >= 1",
            file=sys.stderr,
        )
        return 2
    try:
        models = default_cache_dir()
        model_dir = args.model_dir or find_model(models, "int4")
        if model_dir is None:
            print(
                f"figment eval: no int4 model in {models}; run `figment model build`",
                file=sys.stderr,
            )
            return 2
        model = LanguageModel(model_dir)
        folders = [args.adapters_dir] if args.adapters_dir else []
        found = discover_adapters([*folders, models.parent / "adapters"])
        # pip, the blend's and every domain expert the router may choose
        wanted = ["pip", *(name for name, _ in args.blend), *(n for n in found if n != "parse")]
        if "pip" not in found:
            print(f"figment eval: no `pip` adapter found (have: {sorted(found)})", file=sys.stderr)
            return 2
        adapters = {n: model.load_adapter(found[n]) for n in dict.fromkeys(wanted) if n in found}
        cfg = EvalConfig(
            n=args.n,
            max_tokens=args.max_tokens,
            intensities=args.intensities,
            blend=args.blend,
            seed=args.seed,
            spread_prompts=args.spread_prompts,
            spread_samples=args.spread_samples,
            questions=args.questions or len(FACTUAL_QUESTIONS),
            progress=lambda message: print(f"figment eval: {message}", file=sys.stderr, flush=True),
        )
        result = evaluate(model, adapters, cfg, minilm_embed)
    except FigmentError as e:
        print(f"figment eval: {e}", file=sys.stderr)
        return 2
    paths = write_report(result, args.out)
    for line in headline_lines(result):
        print(line)
    print(f"report: {paths[0]} (also {', '.join(p.name for p in paths[1:])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
