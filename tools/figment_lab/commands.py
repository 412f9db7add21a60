"""The lab's ``figment`` commands: dataset, training, evaluation and benchmarks.

Each command imports its tool only when it runs. The dataset, training and eval commands hand
their arguments to the tool's own parser (``figment train --help`` prints the trainer's options).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from figment.stages import command_group

__all__ = ["register"]

_PASS = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}
"""Context settings of a command whose arguments, ``--help`` included, go to the tool's parser."""


def dataset_build(ctx: typer.Context) -> None:
    """Write the PIP-One pairs (5,000 by default), domain and parse subsets, and datasheets."""
    from .pipone.build import main as run

    raise typer.Exit(run(ctx.args) or 0)


def dataset_distill(ctx: typer.Context) -> None:
    """The base model as teacher: imagined answers the discriminator keeps, mixed with PIP-One."""
    from .pipone.distill import main as run

    raise typer.Exit(run(ctx.args) or 0)


def train(ctx: typer.Context) -> None:
    """LoRA fine-tuning into the runtime's adapter format (see `figment train --help`)."""
    from .pipone.train import main as run

    raise typer.Exit(run(ctx.args) or 0)


def train_recipes(ctx: typer.Context) -> None:
    """Train the shipped adapters (pip, the eight domain experts, parse), resuming."""
    from .pipone.recipes import main as run

    raise typer.Exit(run(ctx.args) or 0)


def eval_(ctx: typer.Context) -> None:
    """The PIP paper's experiments: a Markdown + PNG + JSON report (see `figment eval --help`)."""
    from .pipone.eval import main as run

    raise typer.Exit(run(ctx.args) or 0)


def bench_lm(ctx: typer.Context) -> None:
    """Decode tok/s, first token, memory: PyTorch, llama.cpp, fp32 and 4-bit ONNX; FACTUAL; batching."""
    from .bench.lm import main as run

    run(ctx.args)


def bench_conjure(
    n: Annotated[int, typer.Option(help="wishes")] = 50,
    mode: Annotated[str, typer.Option(help="imaginative or factual")] = "imaginative",
    audio: Annotated[bool, typer.Option(help="also the spoken-wish path")] = True,
) -> None:
    """Whole path p50/p95: first token, proxy, mesh, sound, done; beside a sequential baseline."""
    from .bench.conjure import main as run

    run(n, mode, audio)


def bench_load(
    duration: Annotated[float, typer.Option(help="seconds per row")] = 5.0,
    real: Annotated[
        bool, typer.Option(help="the installed real stages instead of CPU instruments")
    ] = False,
    scale: Annotated[
        bool,
        typer.Option(
            help="also the scale-out rows: nginx and Redis with 1 and 2 replicas (redis-server "
            "and nginx installed)"
        ),
    ] = False,
    scale_n: Annotated[int, typer.Option(help="conjures per scale-out row")] = 100,
) -> None:
    """N concurrent clients (1, 4, 16, 64) over gRPC and the gateway: throughput, latency, refusals."""
    from .bench.load import main as run

    run(duration, (1, 4, 16, 64), real)
    if scale:
        from .bench.scale import main as run_scale

        run_scale(scale_n)


def bench_daemon(
    requests: Annotated[int, typer.Option(help="requests per concurrency level")] = 400,
) -> None:
    """Conjure throughput and latency of an in-process no-op pipeline; cancel-to-stop time."""
    from .bench.daemon import main as run

    run(requests)


def bench_objects(n: Annotated[int, typer.Option(help="held-out texts and specs")] = 100) -> None:
    """Parse and mesh: time p50/p95, validity, field fidelity on held-out pairs; triangles, sizes."""
    from .bench.objects import main as run

    run(n)


def register(cli: typer.Typer) -> None:
    """Add every lab command to ``cli`` (the ``dataset`` and ``bench`` groups made if missing)."""
    passing: dict[str, Any] = {"context_settings": _PASS, "add_help_option": False}
    dataset = command_group(cli, "dataset", "The PIP-One dataset.")
    dataset.command("build", **passing)(dataset_build)
    dataset.command("distill", **passing)(dataset_distill)
    cli.command("train", **passing)(train)
    cli.command("train-recipes", **passing)(train_recipes)
    cli.command("eval", **passing)(eval_)
    bench = command_group(cli, "bench", "Benchmarks that print numbers.")
    bench.command("lm", **passing)(bench_lm)
    bench.command("conjure")(bench_conjure)
    bench.command("load")(bench_load)
    bench.command("daemon")(bench_daemon)
    bench.command("objects")(bench_objects)
