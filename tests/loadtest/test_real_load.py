"""Load against a real HTTP server started by the test (tests/loadtest/server_app.py)."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import threading
from pathlib import Path

import psutil
import pytest

from perfagent.tools.errors import UnsafeInputError
from perfagent.tools.loadtest import (
    LoadPlan,
    Soak,
    Spike,
    Stress,
    render_locustfile,
    run_child,
    run_load,
)
from perfagent.tools.sandbox import run

from .conftest import server_counts

ROOT = Path(__file__).resolve().parents[2]


def _plan(base_url: str, path: str = "/ok", **kw) -> LoadPlan:
    kw.setdefault("spawn_rate", 100)
    return LoadPlan(host=base_url, endpoints=[{"path": path}], **kw)


def test_baseline_count_equals_the_servers_own(server, tmp_path):
    ticks = []
    result = run_load(
        _plan(server.base_url, users=4, duration_s=3),
        server_pid=server.pid,
        out_dir=tmp_path,
        on_tick=ticks.append,
    )
    counted = server_counts(server.base_url)["/ok"]
    assert result.aggregate.requests == counted > 0
    assert result.endpoints[0].requests == counted and result.aggregate.error_rate == 0
    assert (
        result.aggregate.p50_ms
        <= result.aggregate.p95_ms
        <= result.aggregate.p99_ms
        <= result.aggregate.max_ms
    )
    assert ticks and all(t.users == 4 for t in ticks[1:])
    assert (
        result.server is not None and result.server.pid == server.pid and result.server.samples >= 3
    )
    assert result.notes == []
    for name in (
        "latency.png",
        "latency.svg",
        "server.png",
        "server.svg",
        "result.json",
        "locustfile.py",
    ):
        assert (tmp_path / name).stat().st_size > 0
    assert json.loads((tmp_path / "result.json").read_text())["aggregate"]["requests"] == counted


@pytest.mark.slow
def test_distributed_workers_count_equals_the_servers_own(server):
    raw = run_child(_plan(server.base_url, users=4, duration_s=3, workers=2))
    counted = server_counts(server.base_url)["/ok"]
    assert raw.workers == 2
    assert sum(b.requests for b in raw.buckets) == counted > 0
    assert raw.locust_requests["GET /ok"] == counted


def _non_loopback_ipv4() -> str | None:
    for addresses in psutil.net_if_addrs().values():
        for address in addresses:
            if address.family == socket.AF_INET and not address.address.startswith("127."):
                return address.address
    return None


def test_non_loopback_host_is_refused_before_any_traffic(start_server, tmp_path):
    ip = _non_loopback_ipv4()
    if ip is None:
        pytest.skip("this machine has no non-loopback IPv4 address")
    svc = start_server("--bind", "0.0.0.0")
    plan = _plan(f"http://{ip}:{svc.port}", users=2, duration_s=2)
    with pytest.raises(UnsafeInputError, match="allow-list"):
        run_load(plan, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()
    # The child refuses too, even when handed the plan directly.
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.model_dump_json())
    done = run(
        [
            sys.executable,
            "-m",
            "perfagent.tools.loadtest.child",
            "run",
            str(plan_path),
            str(tmp_path / "r.json"),
        ],
        cwd=ROOT,
        timeout_s=60,
    )
    assert done.returncode == 2 and "allow-list" in done.stderr
    assert server_counts(svc.base_url) == {}


def test_sigint_to_the_child_still_writes_partial_results(server):
    def interrupt_later(proc):
        threading.Timer(3.0, os.kill, (proc.pid, signal.SIGINT)).start()

    raw = run_child(_plan(server.base_url, users=3, duration_s=60), started=interrupt_later)
    assert raw.interrupted
    assert raw.ended_wall - raw.started_wall < 20
    recorded = sum(b.requests for b in raw.buckets)
    assert recorded == server_counts(server.base_url)["/ok"] > 0


def test_stress_finds_the_breaking_point_within_one_step(start_server, tmp_path):
    capacity, step = 4, 2
    svc = start_server("--capacity", str(capacity), "--service-ms", "50")
    plan = _plan(
        svc.base_url,
        "/limited",
        shape=Stress(start_users=2, step_users=step, max_users=12, step_duration_s=3),
    )
    result = run_load(plan, out_dir=tmp_path)
    stress = result.stress
    assert stress is not None
    true_breaking_users = capacity + 1  # one user more than the server can serve at once
    assert abs(stress.breaking_users - true_breaking_users) <= step, stress
    assert stress.last_good_users <= capacity
    assert "error rate" in stress.reason
    assert len(stress.steps) < 6  # stopped at the break, not run to max_users
    assert {"stress.png", "stress.svg"} <= {p.name for p in tmp_path.iterdir()}


@pytest.mark.slow
def test_spike_reports_recovery(start_server):
    svc = start_server("--capacity", "4", "--service-ms", "20")
    plan = _plan(
        svc.base_url,
        "/limited",
        shape=Spike(base_users=2, spike_users=12, before_s=3, spike_s=3, after_s=5),
    )
    result = run_load(plan)
    spike = result.spike
    assert spike is not None and len(spike.stages) == 3
    assert spike.spike_error_rate > 0.01  # 12 users on 4 slots: most requests refused
    assert spike.recovery_s is not None and spike.recovery_s < 5, spike


def _soak(start_server, path: str):
    svc = start_server("--leak-kb", "16")
    plan = _plan(
        svc.base_url,
        path,
        users=2,
        duration_s=12,
        wait_min_s=0.005,
        wait_max_s=0.005,
        shape=Soak(sample_interval_s=0.25),
    )
    return run_load(plan, server_pid=svc.pid)


@pytest.mark.slow
def test_soak_leaking_endpoint_gets_the_leak_verdict(start_server):
    result = _soak(start_server, "/leak")
    assert result.leak is not None and result.leak.leaking, result.leak
    assert result.server.peak_rss_bytes > result.server.rss_start_bytes


@pytest.mark.slow
def test_soak_clean_endpoint_does_not(start_server):
    result = _soak(start_server, "/clean")
    assert result.aggregate.requests > 100
    assert result.leak is not None and not result.leak.leaking, result.leak


def test_generated_locustfile_runs_standalone(server, tmp_path):
    locustfile = tmp_path / "locustfile.py"
    locustfile.write_text(render_locustfile(_plan(server.base_url)))
    done = run(
        [
            str(ROOT / ".venv/bin/locust"),
            "-f",
            str(locustfile),
            "--headless",
            "-u",
            "2",
            "-r",
            "2",
            "-t",
            "3s",
            "--host",
            server.base_url,
            "--only-summary",
        ],
        cwd=tmp_path,
        timeout_s=90,
    )
    assert done.returncode == 0, done.stderr_tail(20)
    assert server_counts(server.base_url).get("/ok", 0) > 0


@pytest.mark.slow
def test_master_accepts_a_remote_worker(server, tmp_path):
    """A worker started by hand (as on another machine) joins the master and its load is counted."""
    import subprocess

    from perfagent.tools.loadtest.service import free_port

    port = free_port()
    plan = _plan(
        server.base_url, users=4, duration_s=3, workers=1, remote_workers=1, master_port=port
    )
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(plan.model_dump_json())
    results = {}
    master = threading.Thread(target=lambda: results.update(raw=run_child(plan)))
    master.start()
    remote = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "perfagent.tools.loadtest.child",
            "worker",
            str(plan_path),
            "127.0.0.1",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        master.join(timeout=120)
        remote.wait(timeout=30)
    finally:
        remote.kill()
    raw = results["raw"]
    assert raw.workers == 2 and remote.returncode == 0
    assert sum(b.requests for b in raw.buckets) == server_counts(server.base_url)["/ok"] > 0


def test_redirects_are_not_followed(start_server):
    """A redirect could send the load anywhere: the users never follow one."""
    ip = _non_loopback_ipv4()
    if ip is None:
        pytest.skip("this machine has no non-loopback IPv4 address")
    svc = start_server("--bind", "0.0.0.0")
    plan = _plan(svc.base_url, f"/redirect?to=http://{ip}:{svc.port}/ok", users=2, duration_s=2)
    raw = run_child(plan)
    counts = server_counts(svc.base_url)
    assert counts["/redirect"] == sum(b.requests for b in raw.buckets) > 0
    assert "/ok" not in counts


def test_endpoint_mix_weights_methods_and_bodies(server):
    plan = LoadPlan(
        host=server.base_url,
        users=3,
        spawn_rate=100,
        duration_s=3,
        endpoints=[
            {"path": "/ok", "weight": 3},
            {
                "path": "/clean?x=1",
                "method": "POST",
                "body": '{"a": 1}',
                "headers": {"content-type": "application/json"},
            },
        ],
    )
    result = run_load(plan)
    counts = server_counts(server.base_url)
    by_name = {s.name: s.requests for s in result.endpoints}
    assert by_name == {"GET /ok": counts["/ok"], "POST /clean?x=1": counts["/clean"]}
    assert 1.5 < by_name["GET /ok"] / by_name["POST /clean?x=1"] < 6  # weights 3:1, loosely
    assert result.aggregate.error_rate == 0


@pytest.mark.slow
def test_open_loop_paces_requests_to_the_arrival_rate(server):
    from perfagent.tools.loadtest.locustfile import render_locustfile

    plan = _plan(server.base_url, users=8, duration_s=3).model_copy(update={"arrival_rps": 20.0})
    assert "wait_time = constant_throughput(2.5)" in render_locustfile(plan)
    result = run_load(plan)
    # each of the 8 users sends at most 2.5 requests/s, whatever the server's speed (/ok answers
    # at once)
    assert 0 < result.aggregate.requests <= 8 * (2.5 * result.duration_s + 1)
