"""An engagement on the Flask test app, unchanged: the traces become findings with trace
evidence, feed the database analysis (no query log written by the app), the scaling probe runs,
and the pages link the OTLP/JSON spans."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from perfagent.agent.engagement import start
from perfagent.agent.state import Settings
from tests.tracing.conftest import APPS, BIN


def _target(tmp_path: Path, *, crash: bool = False) -> Path:
    root = tmp_path / "app"
    root.mkdir()
    shutil.copy(APPS / "flask_app.py", root / "flask_app.py")
    env = '{ APP_DB = "app.db"' + (', APP_CRASH_UNDER_TRACING = "1" }' if crash else " }")
    (root / "perfagent.toml").write_text(f'''
[target]
name = "flaskapp"

[service]
start = "{BIN / "gunicorn"} -w 2 -b 127.0.0.1:{{port}} flask_app:app"
ready = "/healthz"
env = {env}

[[service.endpoint]]
path = "/authors"

[[service.endpoint]]
path = "/books/1"

[[service.endpoint]]
path = "/visit"

[database]
url = "sqlite:///app.db"
''')
    return root


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        report_dir=str(tmp_path / "r"),
        load_users=3,
        load_duration_s=4,
        max_candidates=0,
        scaling_step_s=1.0,
        validate_rounds=1,
    )


@pytest.mark.heavy
def test_an_engagement_diagnoses_the_unchanged_app_from_its_traces(tmp_path):
    state = start(
        _target(tmp_path),
        phase="construction",
        settings=_settings(tmp_path),
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    traces = state.traces
    assert traces is not None and traces.note is None, (traces, state.errors)
    rules = {(f.rule, f.endpoint) for f in traces.findings}
    assert {
        ("n_plus_one", "GET /authors"),
        ("duplicate_statement", "GET /books/<int:page>"),
        ("write_on_get", "GET /visit"),
    } <= rules
    by_id = {f.id: f for f in state.findings}
    n1 = next(f for f in by_id.values() if f.source == "opentelemetry" and f.kind == "n_plus_one")
    assert n1.detail.trace_ids and n1.detail.trace_ids[0] in n1.evidence
    assert state.database is not None and state.database.source == "request traces (OpenTelemetry)"
    assert traces.scaling and traces.scaling[0].steps
    otlp = json.loads(Path(traces.otlp_path).read_text())
    assert otlp["resourceSpans"]
    page = (Path(state.report_dir) / "7-database" / "README.md").read_text()
    assert "Request traces" in page and "spans.otlp.json" in page and "N+1 loop" in page
    # One N+1 finding per loop: the traced one (the query log written from the traces finds it
    # again).
    assert [f.source for f in state.findings if f.kind == "n_plus_one"] == ["opentelemetry"]
    # No [[benchmark]]: the server's py-spy recording under load, split per view, is the CPU
    # profile.
    profile = traces.service_profile
    assert profile is not None and {"authors", "visit"} <= {v.view for v in profile.views}
    profiling = (Path(state.report_dir) / "1-profiling" / "README.md").read_text()
    assert (
        "## The service under load, per endpoint" in profiling
        and "No benchmark was profiled" not in profiling
    )


@pytest.mark.heavy
def test_an_app_that_crashes_under_instrumentation_gets_an_engagement_all_the_same(tmp_path):
    settings = _settings(tmp_path).model_copy(update={"scaling_endpoints": 0})
    state = start(
        _target(tmp_path, crash=True),
        phase="testing",
        settings=settings,
        checkpoint_url=str(tmp_path / "ck.sqlite"),
    )
    assert "baseline" in state.load and state.load["baseline"].aggregate.requests > 0
    assert state.traces.note.startswith(
        "no request tracing: the service exited under OpenTelemetry"
    )
