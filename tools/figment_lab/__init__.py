"""The lab: the tools beside the daemon — the PIP-One dataset, adapter training, the PIP
evaluation and the benchmarks.

It plugs into the ``figment`` command line through the plugin hooks (an entry point in group
``figment.stages`` whose module defines only ``register_commands``) and registers no stage, so
the daemon never runs any of it. Importing this module imports nothing else; each command loads
its tool when it runs. Training and the PyTorch row of ``figment bench lm`` need the ``train``
extra (``pip install -e '.[train]'``).

Packages: :mod:`.pipone` (the dataset, its datasheet, LoRA training and :mod:`.pipone.eval`) and
:mod:`.bench` (benchmarks that print numbers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

__all__ = ["register_commands"]


def register_commands(cli: typer.Typer) -> None:
    """Add ``figment dataset build``, ``train``, ``train-recipes``, ``eval`` and the benchmarks."""
    from .commands import register

    register(cli)
