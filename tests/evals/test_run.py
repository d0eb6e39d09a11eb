"""Two tiny real cases: the O(n²) report measured from scratch (rules), and replayed from its
recorded measurements and cassettes, with the edit applied, tested and timed for real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfagent.agent import findings as measured
from perfagent.evals.recorded import REPLAY_BASE, thaw
from perfagent.evals.scenario import discover
from perfagent.evals.suite import run_suite
from perfagent.evals.version import CodeVersion

SHORT = {"bench_samples": 3, "compare_max_s": 6.0, "max_candidates": 1}


@pytest.mark.slow
def test_a_rules_case_measures_scores_and_leaves_what_a_replay_needs(tmp_path: Path):
    lines: list[str] = []
    summary = run_suite(
        llm="rules", only=["quadratic_join"], out=tmp_path, say=lines.append, overrides=SHORT
    )
    case = summary.cases[0]
    assert (case.status, case.detected, case.fixed) == ("scored", True, False)
    assert case.top == ["1. cpu:daily_report:attach_customers"]
    # no recipe knows a linear-scan join: the hand-edit candidate is not validated, and each
    # recipe's reason for declining reaches the scorecard
    why = case.problems[0].why
    assert "not_validated" in why and "memoize_method:" in why, why
    assert case.deliverables_ok and case.llm.requests == 0
    folder = tmp_path / "quadratic_join"
    assert json.loads((folder / "result.json").read_text())["detected"] is True
    events = [json.loads(line) for line in (folder / "transcript.jsonl").read_text().splitlines()]
    assert [e["step"] for e in events if e.get("event") == "finished"][:3] == [
        "baseline",
        "profile",
        "prioritize",
    ]
    assert events[-1]["event"] == "score"
    assert "## Ranking (plan)" in (folder / "transcript.md").read_text()
    # the measurements a replay continues from: no reasoning, no path of this run
    text = (folder / "measured.json").read_text()
    assert str(tmp_path) not in text and "{root}" in text
    state = thaw(text, root=REPLAY_BASE / "t", run_id="x", settings=summary_settings(text))
    assert state.plan == [] and state.candidates == {}
    assert [f.id for f in measured.collect(state)] == ["cpu:daily_report:attach_customers"]
    assert (
        "| quadratic_join | O(n²) hot loop | yes | **no** |"
        in (tmp_path / "summary.md").read_text()
    )


def summary_settings(text: str):
    from perfagent.agent.state import EngagementState

    return EngagementState.model_validate_json(
        text.replace("{target}", "/t").replace("{root}", "/t").replace("{reports}", "/r")
    ).settings


@pytest.mark.slow
def test_a_replayed_case_applies_the_recorded_edit_for_real_and_resumes(
    tmp_path: Path, monkeypatch
):
    # the code under test must not change between the two runs (other work in this checkout may)
    monkeypatch.setattr(
        "perfagent.evals.suite.code_version", lambda: CodeVersion(commit="c" * 40, dirty=False)
    )
    summary = run_suite(
        llm="replay", only=["quadratic_join"], out=tmp_path, say=lambda _: None, overrides=SHORT
    )
    case = summary.cases[0]
    assert case.status == "scored", case.error
    assert (case.detected, case.fixed) == (True, True), case.problems[0].why
    assert case.problems[0].candidate == "cand:cpu:daily_report:attach_customers:claude"
    assert (
        case.speedup and case.speedup > 5
    )  # measured here, on this machine, against the unchanged code
    assert case.llm.requests == 2 and case.llm.fell_back == []
    assert summary.model and any("scripted" in note for note in summary.notes)
    records = [
        json.loads(line)
        for line in (tmp_path / "quadratic_join" / "transcript.jsonl").read_text().splitlines()
        if '"event": "llm"' in line
    ]
    assert [(r["step"], r["mode"]) for r in records] == [
        ("prioritize", "replay"),
        ("propose", "replay"),
    ]

    again = run_suite(
        llm="replay", only=["quadratic_join"], out=tmp_path, say=lambda _: None, overrides=SHORT
    )
    assert again.resumed == ["quadratic_join"]
    assert again.cases[0].run_id == case.run_id


def test_a_result_from_other_code_is_run_again(tmp_path: Path, monkeypatch):
    from perfagent.evals import runner
    from perfagent.evals.score import failed_case
    from perfagent.tools.errors import TargetError

    scenario = discover(only=["quadratic_join"])[0]
    (tmp_path / scenario.name).mkdir()
    old = failed_case(scenario, reasoner="rules", error="old", wall_s=1.0)
    old.digest, old.code_version = scenario.digest(), "old-commit"
    (tmp_path / scenario.name / "result.json").write_text(old.model_dump_json())

    def engage(*args, **kwargs):
        raise TargetError("the target's setup failed")

    monkeypatch.setattr(runner, "_engage", engage)
    result, ran = runner.run_case(
        scenario, llm="rules", out=tmp_path, code_version="old-commit", say=print
    )
    assert (ran, result.error) == (False, "old")
    result, ran = runner.run_case(
        scenario, llm="rules", out=tmp_path, code_version="new-commit", say=print
    )
    assert (ran, result.status, result.error) == (True, "failed", "the target's setup failed")
    assert result.problems[0].why == "the engagement failed: the target's setup failed"


def test_a_replay_refuses_measurements_recorded_from_other_target_files(
    tmp_path: Path, monkeypatch
):
    from perfagent.evals.recorded import recorded_text
    from perfagent.tools.errors import InputError

    scenario = discover(only=["quadratic_join"])[0]
    monkeypatch.setattr(type(scenario), "target_digest", lambda self: "0" * 16)
    with pytest.raises(InputError, match="were made from other target files: record them again"):
        recorded_text(scenario)


def test_recording_without_a_key_is_refused_before_anything_is_replaced(
    tmp_path: Path, monkeypatch
):
    from perfagent.tools.errors import InputError

    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(InputError, match="--record needs ANTHROPIC_API_KEY"):
        run_suite(llm="claude", record=True, only=["quadratic_join"], out=tmp_path)
    with pytest.raises(InputError, match="--record needs --llm claude"):
        run_suite(llm="replay", record=True, only=["quadratic_join"], out=tmp_path)
    assert (discover(only=["quadratic_join"])[0].cassettes / "SCRIPTED.md").is_file()


@pytest.mark.slow
def test_a_replay_without_the_recording_it_needs_fails_the_case(tmp_path: Path):
    import shutil

    source = discover(only=["quadratic_join"])[0]
    suite = tmp_path / "suite"
    shutil.copytree(
        source.folder, suite / source.name, ignore=shutil.ignore_patterns("*.json", "__pycache__")
    )
    shutil.copytree(
        Path(source.folder) / "recorded", suite / source.name / "recorded", dirs_exist_ok=True
    )
    # the cassettes are gone (only SCRIPTED.md is left): prioritize asks for something nobody
    # recorded
    summary = run_suite(
        suite=suite, llm="replay", out=tmp_path / "out", say=lambda _: None, overrides=SHORT
    )
    case = summary.cases[0]
    assert (case.status, case.detected, case.fixed) == ("failed", False, False)
    assert case.error == (
        "the replay's prioritize step asked Claude something the cassettes do not hold: write "
        "them again (python evals/make_cassettes.py)"
    )
    assert summary.totals.failed == 1
