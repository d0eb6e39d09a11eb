"""The disposability results in the deliverables, from a result recorded on real runs
(``benchmarks/disposability.py --quick --fixture tests/disposability/fixtures/result.json``):
the load-test section and the alert rules against golden files, the rules through
promtool, and the autoscaling plan taking the measured cold start and replica sweep.

After an intended change: ``PERFAGENT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest
tests/disposability/test_deliverables.py`` and read the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from perfagent.agent import capacity
from perfagent.agent.deliverables import load_test
from perfagent.agent.deliverables.monitoring import render_disposability
from perfagent.agent.spec import load_target
from perfagent.agent.state import EngagementState, Settings
from perfagent.tools.disposability.models import DisposabilityResult, ScaleTrigger

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GOLDEN = HERE / "golden"
UPDATE = os.environ.get("PERFAGENT_UPDATE_GOLDEN") == "1"


@pytest.fixture
def result() -> DisposabilityResult:
    return DisposabilityResult.model_validate_json((HERE / "fixtures" / "result.json").read_text())


def _state(tmp_path: Path, result: DisposabilityResult, **fields) -> EngagementState:
    spec = load_target(ROOT / "examples" / "sessions")
    return EngagementState(
        run_id="golden",
        spec=spec,
        phase="testing",
        disposability=result,
        settings=Settings(report_dir=str(tmp_path)),
        **fields,
    )


def _golden(path: Path, name: str) -> str:
    text = path.read_text()
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text)
    assert text == golden.read_text(), f"{name} differs from its golden file"
    return text


def test_the_load_test_page_has_a_disposability_section_with_the_bugs_first(tmp_path, result):
    load_test.render(_state(tmp_path, result), tmp_path / "2-load-test")
    text = _golden(tmp_path / "2-load-test" / "README.md", "load-test.md")
    section = text[text.index("## Disposability") :]
    assert section.index("Bugs found") < section.index("### Web")
    assert "**scaling blocker**" in section and "**unbounded**" in section
    assert "| graceful shutdown (SIGTERM) | ok |" in section


def test_the_alert_rules_cover_readiness_restarts_cold_starts_and_queues(tmp_path, result):
    if not shutil.which("promtool"):
        pytest.skip("promtool is not installed (make sysdeps)")
    written = render_disposability(_state(tmp_path, result), tmp_path / "6-monitoring")
    assert len(written) == 2
    rules_file = tmp_path / "6-monitoring" / "disposability-alerts.yaml"
    _golden(rules_file, "disposability-alerts.yaml")
    names = [
        r["alert"] for g in yaml.safe_load(rules_file.read_text())["groups"] for r in g["rules"]
    ]
    assert {
        "SessionsReplicasNotReady",
        "SessionsReplicaRestarting",
        "SessionsColdStartOverSla",
        "SessionsWorkerQueueGrowing",
        "SessionsWorkerQueueOverSla",
    } <= set(names)
    assert (
        "validated by `promtool check rules`"
        in (tmp_path / "6-monitoring" / "disposability.md").read_text()
    )


def test_a_broken_rule_file_is_reported_as_rejected(tmp_path, result, monkeypatch):
    if not shutil.which("promtool"):
        pytest.skip("promtool is not installed (make sysdeps)")
    from perfagent.agent.deliverables import monitoring

    monkeypatch.setattr(
        monitoring,
        "rules",
        lambda *a, **k: {
            "groups": [{"name": "x", "rules": [{"alert": "Broken", "expr": "rate(x[5m]) >"}]}]
        },
    )
    render_disposability(_state(tmp_path, result), tmp_path / "6-monitoring")
    assert "promtool rejected it" in (tmp_path / "6-monitoring" / "disposability.md").read_text()


def test_autoscaling_takes_the_cold_start_under_load_and_the_measured_knee(tmp_path, result):
    knee = ScaleTrigger(rps_per_replica=60.0, cpu_pct=40.0, why="measured")
    result.web.sweep = result.web.sweep.model_copy(update={"min_replicas": 5, "trigger": knee})
    state = _state(tmp_path, result, load={"baseline": result.web.ramp.load})
    plan = capacity.plan_scaling(state)
    assert (
        plan.cold_start.under_load and plan.cold_start.startup_s == result.web.startup.cold_start_s
    )
    assert plan.target_cpu_pct == 40 and "knee" in plan.target_source
    assert plan.max_replicas >= 5 and plan.measured_min_replicas == 5
    assert any("replica sweep" in line for line in plan.reasoning)
    slow = result.web.startup.model_copy(update={"cold_start_s": 14.0})
    result.web.startup = slow
    plan = capacity.plan_scaling(_state(tmp_path, result, load={"baseline": result.web.ramp.load}))
    assert any("over the 10 s disposability SLA" in w for w in plan.warnings)
