"""``figment eval``: the PIP paper's experiments, reproducible, with a Markdown + PNG + JSON report.

Modules: :mod:`.metrics` (measures on texts and vectors, the documented incoherence rule),
:mod:`.questions` (factual questions), :mod:`.decode` (deterministic batched decoding and
teacher-forced scoring), :mod:`.run` (the experiments), :mod:`.report` and :mod:`.plots` (output),
:mod:`.command` (the command line). Importing this package loads no model.
"""

from __future__ import annotations

from figment_lab.pipone.eval.command import main

__all__ = ["main"]
