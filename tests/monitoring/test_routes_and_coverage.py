"""Monitoring from budgets: routes as the app's templates, a bucket added for every budget that
is not a boundary (so each gets its SLO), and coverage that counts only endpoints with an SLO."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from perfagent.agent.metrics import coverage
from perfagent.agent.monitoring import monitoring_spec
from perfagent.tools.loadtest.plan import Endpoint
from perfagent.tools.monitoring import write_monitoring
from perfagent.tools.monitoring.models import MonitoringPlan
from perfagent.tools.monitoring.routes import route_templates
from perfagent.tools.spec.budgets import Budgets

FLASK_APP = """
from flask import Blueprint, Flask
app = Flask(__name__)
bp = Blueprint("posts", __name__)

@app.route("/user/<username>")
def profile(username): ...

@bp.get("/post/<int:post_id>/edit")
def edit(post_id): ...

@app.get("/explore")
def explore(): ...
"""


@pytest.fixture
def spec(tmp_path: Path):
    (tmp_path / "app.py").write_text(FLASK_APP)
    endpoints = [
        Endpoint(path="/user/alice", budget={"p95_ms": 200}),
        Endpoint(path="/post/7/edit?x=1", budget={"p95_ms": 120}),
        Endpoint(path="/explore", budget={"p99_ms": 900}),  # no p95 budget: no SLO
        Endpoint(path="/about"),
    ]  # no budget at all: not counted
    return monitoring_spec(
        Budgets(), "blog", endpoints=endpoints, templates=route_templates(tmp_path)
    )


def test_routes_are_templates_and_budgets_become_buckets(spec):
    assert [e.route for e in spec.endpoints] == [
        "/user/{username}",
        "/post/{post_id}/edit",
        "/explore",
    ]
    assert (
        0.2 in spec.bucket_boundaries_s
        and 0.12 in spec.bucket_boundaries_s
        and 0.9 in spec.bucket_boundaries_s
    )
    assert spec.buckets_added_s == [0.12, 0.2, 0.9]


def test_coverage_counts_only_endpoints_with_an_slo(spec, tmp_path):
    written = write_monitoring(spec, tmp_path / "mon")
    plan = MonitoringPlan.model_validate_json(Path(written.plan_json).read_text())
    assert {s.route for s in plan.slos if s.category == "latency"} == {
        "/user/{username}",
        "/post/{post_id}/edit",
    }
    assert plan.alert_coverage_pct == pytest.approx(66.67)
    assert not any("No latency SLO" in n for n in plan.notes if "/user" in n or "/post" in n)
    readme = Path(written.readme).read_text()
    assert "0.12, 0.2, 0.9 added so every latency budget is a boundary" in readme

    class _State:  # what metrics.coverage reads
        monitoring = written

    metric = coverage(_State())
    assert metric.figure == pytest.approx(2 / 3) and "none for /explore" in metric.basis


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed")
def test_rules_with_added_buckets_pass_promtool(spec, tmp_path):
    from perfagent.tools.monitoring.promtool import check_rules, test_rules

    written = write_monitoring(spec, tmp_path / "mon")
    assert check_rules(Path(written.alert_rules)).ok and test_rules(Path(written.rules_test)).ok
