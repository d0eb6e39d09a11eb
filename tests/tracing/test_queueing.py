"""Queueing told apart from service time: one slow and one fast endpoint on a single worker,
under a closed-loop load of several users; the fast one's wait is queueing behind the slow."""

from __future__ import annotations

from perfagent.tools.tracing.load import closed_loop
from perfagent.tools.tracing.models import ClientLatency
from perfagent.tools.tracing.rules import queueing
from tests.tracing.conftest import gunicorn, run_traced


def test_fast_endpoint_queues_behind_the_slow_one(tmp_path):
    with run_traced(tmp_path, gunicorn("flask_app:app", workers=1), env={"APP_SLOW_S": "0.1"}) as (
        svc,
        tracer,
    ):
        run = closed_loop(svc.base_url, ["/slow", "/fast"], users=4, duration_s=3.0)
    traces = tracer.collect()
    client = [
        ClientLatency(name=path, path=path, p50_ms=run.p50_ms(path), requests=len(samples))
        for (_, path), samples in run.by_path().items()
    ]
    found = {f.endpoint: f for f in queueing(traces.requests, client)}
    fast = found["GET /fast"]
    assert fast.detail["cause"] == "GET /slow"
    assert fast.detail["server_p50_ms"] < fast.detail["client_p50_ms"]
    assert "queue" in fast.title and "GET /slow" in fast.title
