"""The testing and transition phases on a real service: stress, spike and soak, the
breaking point, stability at 3x, and the autoscaling plan with its HPA manifest."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from perfagent.agent.engagement import start
from perfagent.agent.metrics import stability
from perfagent.agent.state import Settings

APP = Path(__file__).resolve().parents[1] / "loadtest" / "server_app.py"


@pytest.fixture
def service_target(tmp_path: Path) -> Path:
    """/limited serves 3 requests at a time (20 ms each) and answers 503 beyond: it breaks at 4
    users."""
    root = tmp_path / "svc"
    root.mkdir()
    (root / "perfagent.toml").write_text(f'''
[target]
name = "svc"

[service]
start = "{sys.executable} {APP} --port {{port}} --capacity 3 --service-ms 20"
ready = "/healthz"

[[service.endpoint]]
path = "/limited"
budget = {{ p95_ms = 200 }}

[load.stress]
start_users = 1
step_users = 2
step_duration_s = 2
max_users = 9

[load.spike]
base_users = 1
spike_users = 6
before_s = 2
spike_s = 2
after_s = 3
''')
    return root


@pytest.mark.heavy  # 37 s here
@pytest.mark.slow
def test_the_testing_phase_runs_stress_spike_and_soak_and_finds_the_breaking_point(
    service_target, tmp_path
):
    settings = Settings(
        report_dir=str(tmp_path / "r"), load_users=2, load_duration_s=3, soak_duration_s=4
    )
    state = start(
        service_target,
        phase="testing",
        settings=settings,
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    assert [r.step for r in state.log] == ["baseline", "report"]
    assert {"baseline", "stress", "spike", "soak"} <= set(state.load), state.errors
    stress = state.load["stress"].stress
    assert (
        stress.breaking_users is not None and stress.breaking_users <= 5
    )  # capacity 3: 503s from 4 users
    assert state.load["spike"].spike is not None
    assert state.load["soak"].server is not None  # RSS watched for a leak
    metric = stability(state)
    assert metric.value == "unstable before 3x" or metric.value.startswith(
        "unstable"
    )  # 3x of 2 users = 6
    page = (Path(state.report_dir) / "2-load-test" / "README.md").read_text()
    assert "## stress" in page and "broke at" in page


@pytest.mark.slow
@pytest.mark.heavy  # about 22 s here; the HPA and plan are pinned by the goldens and test_capacity
def test_the_transition_phase_writes_an_autoscaling_plan_and_hpa(service_target, tmp_path):
    settings = Settings(report_dir=str(tmp_path / "r"), load_users=2, load_duration_s=3)
    state = start(
        service_target,
        phase="transition",
        settings=settings,
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    folder = Path(state.report_dir) / "6-monitoring"
    hpa = yaml.safe_load((folder / "hpa.yaml").read_text())
    assert hpa["apiVersion"] == "autoscaling/v2" and hpa["kind"] == "HorizontalPodAutoscaler"
    assert hpa["spec"]["scaleTargetRef"]["name"] == "svc"
    assert 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    page = (folder / "autoscaling.md").read_text()
    assert "cold start" in page.lower() and "stress" in page
    assert "autoscaling.md" in (Path(state.report_dir) / "index.md").read_text()
