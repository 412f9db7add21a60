"""The optimum row of `figment bench lm`: skipped with the extra named, and its report lines."""

from __future__ import annotations

import argparse
import importlib.util

from figment_lab.bench import lm_optimum


def test_without_the_extra_the_row_is_skipped_and_names_it(monkeypatch, capsys):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n.startswith("optimum") else real(n, *a)
    )
    spawned = []
    found = lm_optimum.measure(argparse.Namespace(cache_dir=None), lambda k, a: spawned.append(k))
    assert found is None and spawned == []
    assert "pip install 'figment[export]'" in capsys.readouterr().out


def test_the_report_compares_answers_up_to_the_end_of_text(capsys):
    ours = {
        "outputs": [[5, 6, 2], [7, 8, 9]],
        "decode_tps": 30.0,
        "ttft_s": 0.1,
        "peak_rss_mb": 700,
    }
    row = {"outputs": [[5, 6], [7, 8, 1]], "decode_tps": 10.0, "ttft_s": 0.3, "peak_rss_mb": 1200}
    found = {
        "optimum-export": {"seconds": 60.0, "peak_rss_mb": 3000},
        "graph-build": {"seconds": 6.0, "peak_rss_mb": 1800},
        "optimum": row,
    }
    lm_optimum.report(found, ours)
    out = capsys.readouterr().out
    assert "our graph writer 6.0 s (peak 1800 MB) vs optimum export 60.0 s (peak 3000 MB)" in out
    assert "1/2 prompts" in out  # the first answer equals once the end-of-text token is cut
    assert "decode ours 3.00x, first token 3.00x faster, peak memory 700 vs 1200 MB" in out
