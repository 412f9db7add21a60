"""`figment bench lm`: its options reach the bench, and the FACTUAL row runs the eval's questions."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

import figment_lab
from figment.model import LanguageModel, build_model
from figment.model._synthetic import synthetic_source
from figment_lab.bench import lm
from figment_lab.pipone.eval.questions import FACTUAL_QUESTIONS


def test_the_command_passes_its_options_to_the_bench():
    app = typer.Typer()
    figment_lab.register_commands(app)
    out = CliRunner().invoke(app, ["bench", "lm", "--help"]).output
    for option in ("--threads", "--no-torch", "--no-llama", "--device"):
        assert option in out


def test_the_llama_row_names_the_flags_it_needs():
    assert "-DGGML_AMX_INT8=OFF" in lm.LLAMA_INSTALL and "[llama]" in lm.LLAMA_INSTALL


def test_factual_accuracy_runs_every_question_reproducibly(tmp_path):
    m = LanguageModel(build_model(tmp_path, "int4", progress=None, source=synthetic_source(seed=0)),
                      threads=1)  # fmt: skip
    a = lm._factual(m)
    assert len(a) == len(FACTUAL_QUESTIONS) and all(isinstance(x, bool) for x in a)
    assert lm._factual(m) == a  # seeded: the same answers each run, so builds compare
