"""The Unity bridge (``bridges/unity``), built and tested with Mono outside Unity.

``bridges/unity/run-tests.sh`` compiles the engine-free core and its NUnit tests with ``mcs`` (C# 7.2,
warnings as errors), compiles the Unity layer against the reference assemblies generated from Unity's
and glTFast's sources (``bridges/unity/tools/reference``), checks the .meta files, runs NUnit 2.6 and prints ``N passed, N failed``. Here it runs
once without a daemon, then against two real daemons: the daemon code with every test stage (every
event and asset must arrive), and ``figment serve`` itself with whatever stages are installed.

Skips only when Mono or NUnit is missing: apt-get install -y mono-devel nunit-console libnunit-cil-dev.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from unity_daemons import doubles_daemon, figment_serve

REPO = Path(__file__).resolve().parents[3]
BRIDGE = REPO / "bridges" / "unity"
PACKAGE = BRIDGE / "com.figment.bridge"
TOKEN = "unity-test-token"
RUN_TIMEOUT_S = 600.0  # builds plus conjures on a CPU; only a hang reaches it
# Live tests that may skip against `figment serve` when its installed stages make no proxy.
NEEDS_PROXY = {"RoomSubscriberSeesTheSpawn", "LateJoinerGetsASnapshotOfTheRoom"}


@dataclass
class Run:
    """One run of run-tests.sh: its output, closing counts and per-test results from NUnit's XML."""

    out: str
    passed: int
    failed: int
    cases: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (result, reason)

    def names(self, result: str) -> set[str]:
        return {n for n, (r, _) in self.cases.items() if r == result}


def run_bridge_tests(tmp_path: Path, **env: str) -> Run:
    """Runs run-tests.sh with a build directory under tmp_path and the given environment."""
    build = tmp_path / "build"
    proc = subprocess.run(
        ["bash", str(BRIDGE / "run-tests.sh")],
        env={**os.environ, "FIGMENT_UNITY_BUILD": str(build), "FIGMENT_GATEWAY_URL": "", **env},
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    out = proc.stdout + proc.stderr
    closing = re.findall(r"^(\d+) passed, (\d+) failed$", out, re.MULTILINE)
    assert closing, "no closing 'N passed, N failed' line:\n" + out[-4000:]
    passed, failed = (int(x) for x in closing[-1])
    assert (proc.returncode == 0) == (failed == 0), out[-4000:]
    cases = {}
    xml = build / "TestResult.xml"
    if xml.exists():
        for case in ET.parse(xml).iter("test-case"):
            reason = case.find("reason/message")
            short = case.get("name", "").rsplit(".", 1)[-1]
            cases[short] = (
                case.get("result", ""),
                (reason.text or "") if reason is not None else "",
            )
    return Run(out, passed, failed, cases)


@pytest.fixture(scope="module", autouse=True)
def mono() -> None:
    for tool in ("mcs", "mono", "nunit-console"):
        if shutil.which(tool) is None:
            pytest.skip(
                f"{tool} not installed: apt-get install -y mono-devel nunit-console libnunit-cil-dev"
            )


def test_builds_and_unit_tests_pass_without_a_daemon(tmp_path: Path) -> None:
    run = run_bridge_tests(tmp_path)
    assert run.failed == 0, run.out[-6000:]
    assert run.passed >= 60
    for name in (
        "SameLinesWhateverTheChunkSize",
        "RetriesConnectionFailuresWithBackoffThenSucceeds",
        "EventPayloadsMapEveryField",
        "RefusedConnectionIsRetriedThenReportedAsUnavailable",
        "AConjureWhoseOwnerIsDisabledMidStreamEndsInsteadOfHanging",
        "ClosingTheQueueCompletesWhatNobodyWillDrain",
        "DisposingWhileInUseWaitsForTheLastUse",
        "SendsTheStartThenSpeechThenEndAndGathersTheEvents",
        "AnOlderAssetIsNeitherFetchedNorShown",
    ):
        assert run.cases[name][0] == "Success", name
    assert all(
        "FIGMENT_GATEWAY_URL" in reason
        for _, reason in (run.cases[n] for n in run.names("Ignored"))
    ), "only live tests may skip here"
    for assembly in (
        "Figment.Bridge",
        "Figment.Bridge.Editor",
        "Figment.Bridge.Samples.XRConjurer",
    ):
        assert f"built {assembly} (" in run.out, (
            f"{assembly} was not compiled against the reference"
        )


def test_live_with_every_stage(tmp_path: Path) -> None:
    """The real daemon code with the deterministic test stages: every event and asset arrives."""
    with doubles_daemon(tmp_path / "home", TOKEN) as url:
        run = run_bridge_tests(
            tmp_path, FIGMENT_GATEWAY_URL=url, FIGMENT_TOKEN=TOKEN, FIGMENT_EXPECT_ALL_STAGES="1"
        )
    assert run.failed == 0, run.out[-8000:]
    assert not run.names("Ignored"), f"skipped: {run.names('Ignored')}\n" + run.out[-4000:]
    assert "ProxyAndMeshAreGlbFiles" in run.names("Success")
    assert "RoomSubscriberSeesTheSpawn" in run.names("Success")
    assert "EveryRevisionIsReadAndEachOfItsAssetsLoads" in run.names("Success")
    assert "ARecordedWishStreamedInRealTimeIsHeardAndConjured" in run.names("Success")


def test_live_with_figment_serve(tmp_path: Path) -> None:
    """``figment serve`` as a user runs it: whatever it makes must be consistent and loadable."""
    with figment_serve(tmp_path, TOKEN) as url:
        run = run_bridge_tests(tmp_path, FIGMENT_GATEWAY_URL=url, FIGMENT_TOKEN=TOKEN)
    assert run.failed == 0, run.out[-8000:]
    assert run.names("Ignored") <= NEEDS_PROXY, f"skipped: {run.names('Ignored')}"
    for name in (
        "EventsArriveNumberedLabelledAndInOrder",
        "MissingOrWrongTokenIsUnauthenticated",
        "CancellingMidStreamStopsTheCallAndTheDaemonCarriesOn",
        "ServerDeadlineEndsTheCallWithDeadlineExceeded",
        "ARecordedWishStreamedInRealTimeIsHeardAndConjured",
        "AWrongSampleRateIsRefused",
    ):
        assert run.cases[name][0] == "Success", name
