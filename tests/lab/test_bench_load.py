"""The load benchmark runs end to end: every row has numbers, overload is refused, and the
daemon recovers. No timing is asserted: the benchmark prints numbers, tests check behaviour."""

from __future__ import annotations

from figment.config import Limits
from figment_lab.bench.load import main, measure


async def test_load_bench_refuses_overload_and_recovers():
    limits = Limits(max_concurrent=1, max_queue=1, rate_per_minute=10_000_000)
    result = await measure(0.3, (1, 8), limits=limits)
    rows = {(r["transport"], r["clients"]): r for r in result["rows"]}
    assert set(rows) == {("gRPC", 1), ("gRPC", 8), ("gateway", 1), ("gateway", 8)}
    for row in rows.values():
        assert row["codes"].get("OK", 0) >= 1 and row["idle"] and row["peak_mb"] > 0
        assert set(row["codes"]) <= {"OK", "RESOURCE_EXHAUSTED"}, row["codes"]
        assert not row["stage_errors"]
    for transport in ("gRPC", "gateway"):
        assert rows[(transport, 1)]["refused"] == 0  # one client never meets a full queue
        assert rows[(transport, 8)]["refused"] >= 1  # eight against 1 running + 1 queued do
        assert result["recovery"][transport].startswith("succeeded")
    hostile = result["hostile"]["raw"]
    assert hostile["health_s"] and hostile["probe_s"] and hostile["probe_grpc_s"], "all ran"
    statuses = hostile["statuses"]
    assert statuses.get("gRPC RESOURCE_EXHAUSTED", 0) >= 1  # the 12 MB blend message, refused
    assert not [s for s in statuses if isinstance(s, int) and s >= 500 and s not in (503, 504)]


def test_load_bench_prints_a_table(capsys, monkeypatch):
    async def fake(duration_s, clients, real, backoff_s):
        row = {
            "transport": "gRPC", "clients": 64, "rps": 10.0, "p50": 1.0, "p95": 2.0, "p99": 3.0,
            "codes": {"OK": 5, "RESOURCE_EXHAUSTED": 7}, "stage_errors": {}, "refused": 7,
            "refused_p50": 0.5, "peak_mb": 80.0, "idle": True,
        }  # fmt: skip
        recovery = {"gRPC": "succeeded in 1.0 ms", "gateway": "succeeded in 2.0 ms"}
        hostile = {
            "raw": {
                "ok_s": [0.1], "health_s": [0.01], "probe_s": [0.02], "probe_grpc_s": [0.11],
                "statuses": {413: 3, "gRPC RESOURCE_EXHAUSTED": 2},
            },
            "rss_before": 100.0, "rss_peak": 120.0, "rss_after": 101.0,
        }  # fmt: skip
        return {"rows": [row], "recovery": recovery, "limits": Limits(), "hostile": hostile}

    monkeypatch.setattr("figment_lab.bench.load.measure", fake)
    main(0.1, (64,))
    out = capsys.readouterr().out
    assert "RESOURCE_EXHAUSTED 7" in out and "one normal request: succeeded" in out
    assert "hostile row" in out and "5xx other than 503/504: 0" in out and "1.20x" in out
    assert "gateway 20.0 ms over 1, gRPC 110.0 ms over 1" in out
