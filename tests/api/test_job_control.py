"""Job control on a real worker: cancel a running review, a review over its time limit, a
per-installation webhook secret."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import psutil
import pytest
from fastapi.testclient import TestClient

from perfagent.api.server.app import create_app
from perfagent.api.server.auth import create_token
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Store
from tests import procs
from tests.api.conftest import payload, sign, wait_status, webhook
from tests.api.test_server_e2e import _git

SLOW_BENCH = "import time\n\n\ndef run():\n    time.sleep(0.3)\n"


def _slow_repo(root: Path) -> tuple[str, str]:
    (root / "slow").mkdir(parents=True)
    (root / "slow" / "__init__.py").write_text("")
    (root / "slow" / "bench.py").write_text(SLOW_BENCH)
    (root / "perfagent.toml").write_text(
        '[target]\nname = "slow"\n\n[[benchmark]]\nname = "nap"\ncallable = "slow.bench:run"\n'
    )
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    base = _git(root, "rev-parse", "HEAD")
    (root / "slow" / "bench.py").write_text(SLOW_BENCH + "# head\n")
    _git(root, "commit", "-q", "-am", "head")
    return base, _git(root, "rev-parse", "HEAD")


def _client(tmp_path: Path, **config) -> tuple[TestClient, str]:
    cfg = ServerConfig(
        home=str(tmp_path / "home"),
        workers=1,
        poll_s=0.1,
        lease_s=3,
        allow_local_repos=True,
        review_settings={"mode": "time"},
        review_max_time_s=120,
        **config,
    )
    _, token = create_token(Store(cfg.database_url), "t")
    client = TestClient(create_app(cfg))
    client.headers["Authorization"] = f"Bearer {token}"
    return client, token


def _job_processes() -> list[psutil.Process]:
    return [
        p
        for p in psutil.Process().children(recursive=True)
        if "perfagent.api.server.runjob" in " ".join(procs.cmdline(p))
    ]


def _eventually(condition, timeout_s: float = 60.0) -> None:
    """Wait on state, not on a timer: until ``condition()`` holds (the timeout is only a safety
    net)."""
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.slow
def test_cancelling_a_running_review_stops_its_processes_and_cleans_up(tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # the job process makes its clones here
    base, head = _slow_repo(tmp_path / "repo")
    client, _ = _client(tmp_path)
    with client:
        review = client.post(
            "/v1/reviews", json={"repository": str(tmp_path / "repo"), "base": base, "head": head}
        ).json()
        deadline = time.monotonic() + 60
        while (
            not any(
                e.data.get("message", "").startswith("base ")
                for e in client.app.state.store.events(review["id"])
            )
            and time.monotonic() < deadline
        ):
            time.sleep(0.1)
        _eventually(lambda: _job_processes() and list(scratch.iterdir()))  # cloned, and measuring
        assert _job_processes(), "the job runs in a process of its own"
        assert list(scratch.iterdir()), "the job clones into its temporary folder"
        client.post(f"/v1/jobs/{review['job']}/cancel")
        done = wait_status(
            client.get, f"/v1/jobs/{review['job']}", {"cancelled", "done", "failed"}, timeout_s=20
        )
        assert done["status"] == "cancelled" and done["error"] == "cancelled by request"
        _eventually(lambda: _job_processes() == [] and list(scratch.iterdir()) == [])
        assert _job_processes() == []
        assert list(scratch.iterdir()) == []  # SIGTERM first: the clone and worktrees were removed


@pytest.mark.slow
def test_a_review_over_its_time_limit_reports_what_it_had_within_the_limit(tmp_path):
    """The job's timeout is the review's budget (issue 20): the slow head is not killed with
    nothing to show, the review ends in time and says the budget ran out."""
    base, head = _slow_repo(tmp_path / "repo")
    client, _ = _client(tmp_path, review_timeout_s=20.0)
    with client:
        review = client.post(
            "/v1/reviews", json={"repository": str(tmp_path / "repo"), "base": base, "head": head}
        ).json()
        done = wait_status(
            client.get, f"/v1/reviews/{review['id']}", {"failed", "done"}, timeout_s=120
        )
        assert done["status"] == "done", done
        assert "budget" in json.dumps(done["result"]), done["result"]


def test_an_installation_with_its_own_secret_is_checked_against_that_secret(tmp_path):
    config = ServerConfig(
        home=str(tmp_path),
        workers=0,
        webhook_secret="global",
        webhook_secrets={"1": "installation-one"},
    )
    with TestClient(create_app(config)) as client:
        body = payload("pull_request.opened.json")  # installation id 1
        assert webhook(client, body, signature=sign(body, "global")).status_code == 401
        assert (
            webhook(
                client, body, delivery="d-9", signature=sign(body, "installation-one")
            ).status_code
            == 202
        )
