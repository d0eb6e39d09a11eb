"""The transport gap at one user on real servers: time in front of the instrumented request
span is measured as transport, and a server that closes every connection is named."""

from __future__ import annotations

import time

import pytest

from perfagent.tools.tracing.collect import read_spans, requests_from_spans
from perfagent.tools.tracing.scaling import probe_scaling
from tests.tracing.conftest import BIN, gunicorn, run_traced

pytestmark = pytest.mark.slow


def test_time_in_front_of_the_app_is_transport_and_sync_workers_close_connections(tmp_path):
    def window(start_ns: int, end_ns: int):
        return [
            r
            for r in requests_from_spans(read_spans(tracer.out_dir))
            if start_ns <= r.start_ns <= end_ns
        ]

    # 40 ms in a WSGI layer in front of Flask: outside Flask's span, so outside server time
    with run_traced(
        tmp_path, gunicorn("flask_app:entry", workers=1), env={"APP_ENTRY_S": "0.04"}
    ) as (svc, tracer):
        result = probe_scaling(
            svc.base_url, "/fast", workers=1, step_s=2.0, max_users=1, traces=window, cpus=2
        )
    t = result.transport
    assert t is not None and t.server_p50_ms is not None, result
    assert t.server_p50_ms < 30 and t.gap_ms is not None and t.gap_ms >= 35, t
    assert t.significant and t.fresh_requests > 0
    # gunicorn's sync workers answer `Connection: close`: every request reconnects
    assert t.server_closes and "Connection: close" in t.verdict


def test_a_keep_alive_server_is_not_called_closing(tmp_path):
    command = f"{BIN / 'uvicorn'} fastapi_app:app --port {{port}}"
    with run_traced(tmp_path, command) as (svc, _):
        result = probe_scaling(svc.base_url, "/items/3", workers=1, step_s=1.5, max_users=1)
    t = result.transport
    assert t is not None and not t.server_closes and t.fresh_p50_ms is not None, t
    assert t.gap_ms is None and not t.significant  # untraced: no server time, no claim
    assert "new connection for every request" in t.verdict


@pytest.mark.parametrize(
    "command, workers",
    [
        (f"{BIN / 'uvicorn'} fastapi_app:app --port {{port}} --workers 2", 2),
        # through a shell, as `cd backend && fastapi run` starts: the shell is looked through
        (f"cd . && {BIN / 'gunicorn'} -w 3 -b 127.0.0.1:{{port}} flask_app:app", 3),
    ],
)
def test_the_workers_are_counted_without_the_resource_tracker_or_a_shell(
    tmp_path, command, workers
):
    """uvicorn --workers 2 has three children: two workers and multiprocessing's tracker."""
    from perfagent.tools.tracing.scaling import workers_of

    with run_traced(tmp_path, command) as (svc, _):
        # the server answers before its last worker is forked: wait on the process table
        # (a bound, not a pace: it is met within a second here)
        deadline = time.monotonic() + 60
        while workers_of(svc.pid) != workers and time.monotonic() < deadline:
            time.sleep(0.05)
        assert workers_of(svc.pid) == workers
