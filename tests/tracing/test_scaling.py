"""The scaling probe on real servers: a deliberate lock (SQLite's write lock held per request)
is found and named from the traces; an endpoint that only waits scales with the workers."""

from __future__ import annotations

import pytest

from perfagent.tools.tracing.collect import read_spans, requests_from_spans
from tests.tracing.conftest import gunicorn, run_traced


def _window(tracer):
    def traces(start_ns: int, end_ns: int):
        return [
            r
            for r in requests_from_spans(read_spans(tracer.out_dir))
            if start_ns <= r.start_ns <= end_ns
        ]

    return traces


@pytest.mark.heavy  # 14 s quiet, a step of 0 req/s once at load 14
def test_probe_names_the_sqlite_write_lock(tmp_path):
    from perfagent.tools.tracing.scaling import probe_scaling

    with run_traced(tmp_path, gunicorn("flask_app:app", workers=2), env={"APP_LOCK_S": "0.05"}) as (
        svc,
        tracer,
    ):
        result = probe_scaling(
            svc.base_url,
            "/locked",
            workers=2,
            step_s=3.0,
            server_pid=svc.pid,
            traces=_window(tracer),
            cpus=2,
        )
    assert [s.users for s in result.steps] == [1, 2, 3, 4]
    assert result.serialised, result.verdict
    assert "begin immediate" in result.verdict and "lock wait" in result.verdict, result.steps
    assert any("write statement" in e for e in result.evidence)


def test_probe_sees_an_endpoint_that_scales(tmp_path):
    from perfagent.tools.tracing.scaling import probe_scaling

    with run_traced(tmp_path, gunicorn("flask_app:app", workers=2), env={"APP_SLOW_S": "0.1"}) as (
        svc,
        _,
    ):
        result = probe_scaling(svc.base_url, "/slow", workers=2, step_s=3.0, max_users=2, cpus=2)
    assert not result.serialised, result.verdict


def _step(users, rps, server_ms, *, machine, statement_ms=None):
    from perfagent.tools.tracing.models import ScalingStep

    return ScalingStep(
        users=users,
        throughput_rps=rps,
        p50_ms=server_ms,
        efficiency=rps / (min(users, 2) * 3.6),
        answered=12,
        cpu_pct=60.0,
        machine_cpu_pct=machine,
        server_mean_ms=server_ms,
        statement_ms=statement_ms or {"select 1": 20.0},
    )


def test_a_busy_machine_is_not_called_a_lock_in_the_service():
    """healthchecks on a shared 2-core VM: efficiency 0.37 at 2 users with the service at 61%
    CPU and the machine's cores full; no statement slowed down. That is the machine, not a
    Python lock; a statement that waits longer is still named, busy machine or not."""
    from perfagent.tools.tracing.scaling import _verdict

    busy = [_step(1, 3.6, 265.0, machine=150.0), _step(2, 2.6, 706.0, machine=196.0)]
    result = _verdict("/projects/p/checks/", busy, workers=2, cpus=2)
    assert not result.serialised and "inconclusive" in result.verdict
    assert "196% of 200%" in result.verdict and "GIL" not in result.verdict
    quiet = [_step(1, 3.6, 265.0, machine=60.0), _step(2, 2.6, 706.0, machine=110.0)]
    assert "a Python lock, or the GIL" in _verdict("/p", quiet, workers=2, cpus=2).verdict
    waits = {"begin immediate": 400.0}
    locked = [
        _step(1, 3.6, 265.0, machine=150.0),
        _step(2, 2.6, 706.0, machine=196.0, statement_ms=waits),
    ]
    result = _verdict("/locked", locked, workers=2, cpus=2)
    assert result.serialised and "begin immediate" in result.verdict
