"""The real server and an engagement job: SIGKILLed mid-step, the restarted server resumes
the engagement to its complete report; a stopping signal to `perfagent serve` takes down
the job process and everything it started (checked by PID)."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import httpx
import psutil
import pytest

from tests import procs
from tests.api.conftest import wait_status
from tests.api.test_server_e2e import Server
from tests.engagement.kills import complete
from tests.engagement.test_optimize_loop import _repo


def _client(server: Server, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )


def _wait_step(client: httpx.Client, run: str, step: str, timeout_s: float = 240) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        response = client.get(f"/v1/engagements/{run}")
        body = response.json()
        if body.get("step") == step:
            return
        assert response.status_code == 429 or body["status"] in ("queued", "running"), body
        time.sleep(0.25)
    raise AssertionError(f"{run} never reached {step}")


@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.parametrize("step", ["baseline", "monitor"])
def test_a_server_killed_mid_step_resumes_the_engagement_to_its_complete_report(
    tmp_path: Path, step: str
):
    repo = _repo(tmp_path)
    server = Server(
        tmp_path,
        PERFAGENT_SERVER_LEASE_S="3",
        PERFAGENT_CHECKPOINTS=str(tmp_path / "ck.sqlite"),
        PERFAGENT_WORK=str(tmp_path / "work"),
    )
    token = server.token()
    server.start()
    try:
        with _client(server, token) as client:
            run = client.post(
                "/v1/engagements",
                json={
                    "target": str(repo),
                    "phase": "elaboration",
                    "settings": {"bench_samples": 4},
                },
            ).json()["id"]
            _wait_step(client, run, step)
            server.kill()
            server.start()
            done = wait_status(
                client.get, f"/v1/engagements/{run}", {"done", "failed"}, timeout_s=300
            )
        assert done["status"] == "done" and done["attempts"] == 2, done
        assert [s["step"] for s in done["result"]["steps"]] == ["baseline", "monitor", "report"]
        assert "FAILED" not in str(done["result"]["steps"])  # nothing it did not see
        assert complete(Path(done["result"]["report_dir"]))
    finally:
        server.stop()


def _tree(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_a_stopping_signal_to_the_server_takes_down_its_jobs_and_their_processes(
    tmp_path: Path, sig: int
):
    repo = _repo(tmp_path)
    server = Server(
        tmp_path,
        PERFAGENT_CHECKPOINTS=str(tmp_path / "ck.sqlite"),
        PERFAGENT_WORK=str(tmp_path / "work"),
    )
    token = server.token()
    server.start()
    seen: dict[int, psutil.Process] = {}
    try:
        with _client(server, token) as client:
            run = client.post(
                "/v1/engagements",
                json={
                    "target": str(repo),
                    "phase": "elaboration",
                    "settings": {"bench_samples": 200},
                },
            ).json()["id"]
            _wait_step(client, run, "baseline")
        deadline = time.monotonic() + 120
        while not any(
            "calc" in " ".join(procs.cmdline(p)) or "bench" in " ".join(procs.cmdline(p))
            for p in seen.values()
        ):
            assert time.monotonic() < deadline, [(procs.cmdline(p)) for p in seen.values()]
            for p in _tree(server.proc.pid):
                seen.setdefault(p.pid, p)
            time.sleep(0.02)
        server.proc.send_signal(sig)
        server.proc.wait(timeout=60)
        deadline = time.monotonic() + 30
        while [p for p in seen.values() if procs.alive(p)] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [" ".join(procs.cmdline(p)) for p in seen.values() if procs.alive(p)] == []
    finally:
        for p in seen.values():
            if procs.alive(p):
                p.kill()
        server.stop()
