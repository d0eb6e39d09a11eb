"""deploy/compose.yaml's topology without a container engine: its `api` and `worker` services run
as processes with their own commands and environment (only the database URL, the port and the
secret are local), and a signed GitHub webhook sent to the API is reviewed by the worker.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

from tests.api.conftest import SECRET, payload, sign, wait_status
from tests.api.test_server_e2e import prices_repo

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def database(pg_dsn):
    import psycopg

    name = f"perfagent_compose_{os.getpid()}_{secrets.token_hex(3)}"
    admin = pg_dsn.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_dsn.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _service(name: str, port: int, home: Path, database: str) -> tuple[list[str], dict]:
    service = COMPOSE["services"][name]
    command = [str(port) if part == "8700" else part for part in service["command"]]
    command = [re.sub(r"^0\.0\.0\.0$", "127.0.0.1", part) for part in command]
    env = {**os.environ}
    for key, value in service["environment"].items():
        value = str(value).replace(
            "postgresql://perfagent:perfagent@postgres:5432/perfagent", database
        )
        env[key] = value
    env.update(
        PERFAGENT_SERVER_WEBHOOK_SECRET=SECRET,
        PERFAGENT_SERVER_HOME=str(home),  # the shared volume
        PERFAGENT_SERVER_ALLOW_LOCAL_REPOS="true",
        PERFAGENT_SERVER_POLL_S="0.2",
        PERFAGENT_SERVER_REVIEW_SETTINGS='{"mode": "time", "samples": 2, "max_samples": 2, '
        '"max_time_s": 2, "min_sample_s": 0.01, "profile": "none"}',
    )
    assert "$" not in " ".join(command) and "postgres:5432" not in env["PERFAGENT_SERVER_DATABASE"]
    return [sys.executable, "-m", "perfagent.api.cli", *command], env


def _up(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the service exited"
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not come up")


@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.postgres
def test_a_signed_webhook_to_the_api_is_reviewed_by_the_worker(database, tmp_path):
    repo = prices_repo(tmp_path / "repo")
    home = tmp_path / "outputs"
    home.mkdir()
    api_port, worker_port = _free_port(), _free_port()
    procs = []
    try:
        for name, port in (("api", api_port), ("worker", worker_port)):
            argv, env = _service(name, port, home, database)
            procs.append(
                subprocess.Popen(
                    argv,
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=open(tmp_path / f"{name}.log", "wb"),
                )
            )  # noqa: SIM115
        api, worker = procs
        _up(f"http://127.0.0.1:{api_port}", api)
        _up(f"http://127.0.0.1:{worker_port}", worker)
        argv, env = _service("api", api_port, home, database)
        token = subprocess.run(
            [sys.executable, "-m", "perfagent.api.cli", "token", "create", "test"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        body = payload(
            "pull_request.synchronize.json",
            **{
                "repository.clone_url": repo["path"],
                "pull_request.head.repo.clone_url": repo["path"],
                "pull_request.base.sha": repo["base"],
                "pull_request.head.sha": repo["unchanged"],
            },
        )
        response = httpx.post(
            f"http://127.0.0.1:{api_port}/v1/webhooks/github",
            content=body,
            timeout=30,
            headers={
                "X-GitHub-Event": "pull_request",
                "X-GitHub-Delivery": secrets.token_hex(8),
                "X-Hub-Signature-256": sign(body),
                "Content-Type": "application/json",
            },
        )
        assert response.status_code == 202, response.text
        review = response.json()["review"]
        with httpx.Client(
            base_url=f"http://127.0.0.1:{api_port}",
            timeout=30,
            headers={"Authorization": f"Bearer {token}"},
        ) as client:
            status = wait_status(
                client.get, f"/v1/reviews/{review}", {"done", "failed"}, timeout_s=600
            )
            assert status["status"] == "done", status
            # The API accepts only (--workers 0): the worker process ran the job, and the API
            # serves the artifact the worker wrote to the shared outputs volume.
            job = client.get(f"/v1/jobs/{status['jobs'][-1]}").json()
            artifact = client.get(f"/v1/reviews/{review}/artifacts/review.md")
        assert f":{worker.pid}:" in job["worker"]
        assert artifact.status_code == 200 and artifact.text.strip()
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
