"""When tracing cannot work the service still runs, and one sentence says why."""

from __future__ import annotations

import sys

from tests.tracing.conftest import gunicorn, run_traced


def test_a_service_that_crashes_under_instrumentation_runs_untraced(tmp_path):
    env = {"APP_CRASH_UNDER_TRACING": "1"}
    with run_traced(tmp_path, gunicorn("flask_app:app", workers=1), env=env, paths=("/fast",)) as (
        svc,
        tracer,
    ):
        assert svc.base_url
    traces = tracer.collect()
    assert traces.requests == []
    assert traces.note.startswith(
        "no request tracing: the service exited under OpenTelemetry instrumentation"
    )
    assert "\n" not in traces.note


def test_spans_that_never_arrive_are_one_sentence(tmp_path):
    # -I: an isolated interpreter ignores PYTHONPATH, so the injection never loads.
    command = f"{sys.executable} -I -m gunicorn -w 1 -b 127.0.0.1:{{port}} --chdir . flask_app:app"
    with run_traced(tmp_path, command, paths=("/fast",)) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.requests == [] and traces.span_count == 0
    assert "never loaded perfagent's sitecustomize" in traces.note


def test_an_unknown_framework_is_one_sentence(tmp_path):
    command = f"{sys.executable} no_framework_app.py {{port}}"
    with run_traced(tmp_path, command, ready="/", paths=("/",)) as (_, tracer):
        pass
    traces = tracer.collect()
    assert traces.requests == []
    assert "no request span arrived" in traces.note
