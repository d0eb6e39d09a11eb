"""Remote Locust workers: separate `perfagent load worker` processes joining a master over TCP.

The master is ``run_child`` (its own process, as in every load run); each remote worker is
the real CLI command in a process of its own, joined on loopback as it would over a network.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from perfagent.tools.errors import InputError, UnsafeInputError
from perfagent.tools.loadtest import LoadPlan, run_child
from perfagent.tools.loadtest.safety import extend_allow
from perfagent.tools.loadtest.service import free_port

from .conftest import server_counts

ROOT = Path(__file__).resolve().parents[2]
PERFAGENT = [sys.executable, "-m", "perfagent.api.cli"]


def _worker(port: int, *allow: str) -> subprocess.Popen:
    args = [f"--allow-host={a}" for a in allow]
    return subprocess.Popen(
        [*PERFAGENT, "load", "worker", "--master", f"127.0.0.1:{port}", "--timeout", "120", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def _master(plan: LoadPlan, started=None) -> tuple[threading.Thread, dict]:
    results: dict = {}

    def go() -> None:
        try:
            results["raw"] = run_child(
                plan, results.setdefault("ticks", []).append, started=started
            )
        except Exception as exc:  # noqa: BLE001 - the test asserts on it
            results["error"] = exc

    thread = threading.Thread(target=go)
    thread.start()
    return thread, results


def _plan(server, port: int, **kw) -> LoadPlan:
    return LoadPlan(
        host=server.base_url, endpoints=[{"path": "/ok"}], spawn_rate=100, master_port=port, **kw
    )


@pytest.mark.slow
def test_two_remote_workers_join_and_every_request_is_counted(server):
    port = free_port()
    thread, results = _master(_plan(server, port, users=4, duration_s=3, remote_workers=2))
    workers = [_worker(port), _worker(port)]
    try:
        thread.join(timeout=240)
        outs = [w.communicate(timeout=60) for w in workers]
    finally:
        for w in workers:
            w.kill()
    assert "error" not in results, results.get("error")
    raw = results["raw"]
    assert raw.workers == 2 and not raw.interrupted
    assert [w.returncode for w in workers] == [0, 0], outs
    counted = server_counts(server.base_url)["/ok"]
    assert sum(b.requests for b in raw.buckets) == raw.locust_requests["GET /ok"] == counted > 0
    assert results["ticks"], "the master streamed no ticks"


@pytest.mark.slow
def test_stopping_the_master_stops_remote_workers_with_partial_results(server):
    port = free_port()
    procs: list[subprocess.Popen] = []
    plan = _plan(server, port, users=2, duration_s=600, remote_workers=1, workers=1)
    thread, results = _master(plan, started=procs.append)
    remote = _worker(port)
    try:
        while not results.get("ticks") or results["ticks"][-1].total_requests == 0:
            assert thread.is_alive() and remote.poll() is None, (results, remote.stderr.read())
            thread.join(timeout=0.2)
        os.kill(procs[0].pid, signal.SIGINT)  # what Ctrl-C does to the load run
        thread.join(timeout=120)
        remote.wait(timeout=60)
    finally:
        remote.kill()
    raw = results["raw"]
    assert raw.interrupted and raw.workers == 2 and remote.returncode == 0
    assert sum(b.requests for b in raw.buckets) == server_counts(server.base_url)["/ok"] > 0


@pytest.mark.slow
def test_a_worker_refuses_a_host_outside_its_own_allow_list(server):
    """The master's plan allows 127.0.0.0/8, but this worker was told to allow only 10.9.9.9."""
    port = free_port()
    plan = _plan(server, port, users=2, duration_s=5, remote_workers=1)
    thread, results = _master(
        plan.model_copy(update={"host": server.base_url.replace("127.0.0.1", "127.0.0.2")})
    )
    remote = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "perfagent.tools.loadtest.child",
            "join",
            "127.0.0.1",
            str(port),
            '["10.9.9.9"]',
            "120",
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, err = remote.communicate(timeout=120)
        thread.join(timeout=120)
    finally:
        remote.kill()
    assert remote.returncode == 2
    assert "is not on the load allow-list (10.9.9.9)" in err
    assert isinstance(results.get("error"), UnsafeInputError), results
    message = str(results["error"])
    assert message.count(". ") == 0 and "refused" in message and "127.0.0.2" in message
    assert "Traceback" not in err


def test_the_cli_worker_refuses_in_one_sentence(server):
    """`perfagent load worker` with a host outside its allow-list: exit 2, one sentence, no
    traceback."""
    port = free_port()
    plan = _plan(
        server,
        port,
        users=1,
        duration_s=5,
        remote_workers=1,
        allow_hosts=["127.0.0.0/8", "10.0.0.0/8"],
    )
    thread, results = _master(plan.model_copy(update={"host": "http://10.1.2.3:80"}))
    remote = _worker(port)
    try:
        out, err = remote.communicate(timeout=120)
        thread.join(timeout=120)
    finally:
        remote.kill()
    assert remote.returncode not in (0, None), (out, err)
    lines = [line for line in (out + err).splitlines() if "allow-list" in line]
    assert len(lines) == 1 and "10.1.2.3" in lines[0], out + err
    assert "Traceback" not in out + err
    assert isinstance(results.get("error"), UnsafeInputError)


def test_remote_workers_need_a_fixed_master_port(server):
    with pytest.raises(InputError, match="master_port must be set"):
        run_child(_plan(server, 0, remote_workers=1))


def test_allow_list_extends_loopback_and_refuses_urls():
    assert extend_allow(["10.0.0.0/8"])[:3] == ["127.0.0.0/8", "::1", "localhost"]
    with pytest.raises(InputError, match="not a URL"):
        extend_allow(["http://x/"])


def test_worker_command_is_registered():
    done = subprocess.run(
        [*PERFAGENT, "load", "worker", "--help"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "--master" in done.stdout


@pytest.mark.slow
def test_load_run_from_the_cli_with_a_remote_worker(server, tmp_path):
    """Both sides as a user types them: `load run --remote-workers 1 --master-listen` and
    `load worker`."""
    import json

    port = free_port()
    master = subprocess.Popen(
        [
            *PERFAGENT,
            "load",
            "run",
            "--host",
            server.base_url,
            "--path",
            "/ok",
            "--users",
            "2",
            "--duration",
            "2",
            "--remote-workers",
            "1",
            "--master-listen",
            f"127.0.0.1:{port}",
            "--out",
            str(tmp_path),
            "--json",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    remote = _worker(port)
    try:
        _, err = master.communicate(timeout=240)
        remote.wait(timeout=60)
    finally:
        master.kill()
        remote.kill()
    assert master.returncode == 0 and remote.returncode == 0, err
    result = json.loads((tmp_path / "result.json").read_text())
    assert result["aggregate"]["requests"] == server_counts(server.base_url)["/ok"] > 0
