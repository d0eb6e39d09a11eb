"""Crash-consistent engagements: `perfagent run` SIGKILLed at a step boundary or mid-step
(agent/crashpoint.py), then `perfagent resume`, ends with the complete report (eight
deliverables and index.md) and the same kept set as a run nobody killed; and a step never
reports a tool failure it did not observe."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from perfagent.agent.phases import PHASE_STEPS, looping
from perfagent.agent.steps import declared
from tests.engagement.kills import run_once
from tests.engagement.test_optimize_loop import _repo

# Every step of every phase at every point (calc has one candidate: the loop makes one pass).
ALL = [
    (phase, f"{step}:{point}")
    for phase in PHASE_STEPS
    for step in PHASE_STEPS[phase]
    for point in ("start", "mid", "end", "saved")
]
# Steps with no child process and no marked middle have no mid point on this target.
NO_MID = {"prioritize:mid", "optimize:mid"}
LOOPING = looping(declared())  # optimize ⇄ validate: run as often as there are candidates


@pytest.fixture(scope="module")
def calc(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("kills")
    return _repo(tmp), tmp


@pytest.fixture(scope="module")
def reference(calc) -> dict:
    """Kept sets of uninterrupted runs, one per phase, made on first use."""
    return {}


def _kill_and_resume(calc, reference: dict, phase: str, crash_at: str) -> None:
    repo, tmp = calc
    if "optimize" not in PHASE_STEPS[phase]:
        reference.setdefault(phase, None)  # nothing can be kept: no reference run needed
    elif phase not in reference:
        reference[phase] = run_once(repo, tmp, phase, f"ref-{phase}")
        assert reference[phase].complete, reference[phase]
    run_id = f"kill-{phase}-{crash_at.replace(':', '-')}"
    outcome = run_once(repo, tmp, phase, run_id, crash_at)
    if not outcome.killed and crash_at in NO_MID:
        pytest.skip(f"{crash_at}: no child process in this step on this target")
    assert outcome.killed, f"the run was not killed at {crash_at}: {outcome}"
    assert outcome.resumed_ok and outcome.complete, outcome
    expected = reference[phase].kept if reference[phase] else []
    assert outcome.kept == expected, (outcome.kept, expected)
    planned = [s for s in PHASE_STEPS[phase] if s not in LOOPING]
    assert [s for s in outcome.steps if s not in LOOPING] == planned  # each step once


# The fast subset (make test): the reported case — the monitor step's writes saved, the
# process killed before the next checkpoint — and a kill while the baseline's benchmark runs.
@pytest.mark.slow
@pytest.mark.parametrize("crash_at", ["monitor:saved", "baseline:mid"])
def test_a_killed_elaboration_resumes_to_the_complete_report(calc, reference, crash_at: str):
    _kill_and_resume(calc, reference, "elaboration", crash_at)


@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.parametrize(("phase", "crash_at"), ALL, ids=[f"{p}-{c}" for p, c in ALL])
def test_every_kill_point_of_every_phase_resumes_to_the_complete_report(
    calc, reference, phase: str, crash_at: str
):
    _kill_and_resume(calc, reference, phase, crash_at)


def test_a_promtool_killed_by_a_signal_is_not_reported_as_failed_rules(tmp_path: Path, monkeypatch):
    from perfagent.agent.spec import load_target
    from perfagent.agent.state import EngagementState, Settings
    from perfagent.agent.steps.monitor import monitor

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "promtool"
    fake.write_text("#!/bin/sh\nkill -KILL $$\n")  # what a teardown or the OOM killer does to it
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "perfagent.toml").write_text(
        '[target]\nname = "t"\n[frontend]\nbuild = "."\n'
    )
    state = EngagementState(
        run_id="promtool-killed",
        spec=load_target(tmp_path / "t"),
        settings=Settings(report_dir=str(tmp_path / "r")),
    )
    update = monitor(state)
    assert False not in update["monitoring_checks"].values()
    assert "FAILED" not in update["log"][0].summary
    assert "not validated (promtool killed)" in update["log"][0].summary
    assert any(f"killed by {signal.SIGKILL.name}" in e.message for e in update["errors"])
