"""The scale-out rows of ``figment bench load --scale`` run end to end with the real redis-server
and nginx: every row has numbers for every conjure. No timing is asserted."""

from __future__ import annotations

import math

import pytest

from figment_lab.bench.parts import missing
from figment_lab.bench.scale import main, measure

pytestmark = pytest.mark.skipif(missing() is not None, reason=str(missing()))


async def test_scale_rows_have_a_number_for_every_conjure():
    result = await measure(n=3)
    labels = [label for label, _ in result["rows"]]
    assert labels[0].endswith("(baseline)") and any("nginx -> 2 replicas" in x for x in labels)
    for _, row in result["rows"]:
        assert len(row["conjure"]) == len(row["spawn"]) == 3
        assert all(math.isfinite(x) and x > 0 for x in row["conjure"] + row["spawn"])
        assert len(row["mesh"]) == 64  # the conjure made a mesh, readable by id
    assert all(len(times) == 3 for times in result["fetch"].values())
    assert set(result["stores"]) == {"disk", "Redis"}


def test_scale_bench_says_what_is_missing(capsys, monkeypatch):
    monkeypatch.setattr("figment_lab.bench.scale.missing", lambda: "nginx is not installed")
    with pytest.raises(SystemExit):
        main(1)
    assert "cannot run: nginx is not installed" in capsys.readouterr().out
