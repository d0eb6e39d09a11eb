"""The real server (a uvicorn subprocess) reviewing a pull request end to end: a signed
GitHub payload for a local repository, the review's verdict and artifacts, and a server
killed mid-review that finishes the review after it is started again."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import SECRET, payload, sign, wait_status

LIB = '''"""Prices, with a normalisation step."""


def _normalise(values):
    return [v * 1.0 for v in values]


def total(values):
    return sum(_normalise(values))
'''
# about 30% slower (measured: min of 7×200 calls, 29 ms → 38 ms), the extra work in _normalise's
# own frame
SLOWER = LIB.replace(
    "    return [v * 1.0 for v in values]",
    "    out = [v * 1.0 for v in values]\n"
    "    for i in range(0, len(out), 3):\n        out[i] = out[i] + 0.0\n    return out",
)
BENCH = """from prices.lib import total

DATA = list(range(4000))


def run():
    for _ in range(5):
        total(DATA)
"""


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "-c", "user.email=t@t.invalid", "-c", "user.name=t", *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def prices_repo(root: Path) -> dict[str, str]:
    """A repository with a base commit, a head that makes `total` slower, and a comment-only head:
    {"path", "base", "slower", "unchanged"}."""
    (root / "prices").mkdir(parents=True)
    (root / "prices" / "__init__.py").write_text("")
    (root / "prices" / "lib.py").write_text(LIB)
    (root / "prices" / "bench.py").write_text(BENCH)
    (root / "perfagent.toml").write_text(
        '[target]\nname = "prices"\n\n[[benchmark]]\nname = "total"\n'
        'callable = "prices.bench:run"\n'
    )
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    shas = {"path": str(root), "base": _git(root, "rev-parse", "HEAD")}
    _git(root, "checkout", "-q", "-b", "slower")
    (root / "prices" / "lib.py").write_text(SLOWER)
    _git(root, "commit", "-q", "-am", "sort the prices three times")
    shas["slower"] = _git(root, "rev-parse", "HEAD")
    _git(root, "checkout", "-q", "main")
    _git(root, "checkout", "-q", "-b", "comment")
    (root / "prices" / "lib.py").write_text(LIB.replace('"""Prices', '"""Prices (documented)'))
    _git(root, "commit", "-q", "-am", "docs")
    shas["unchanged"] = _git(root, "rev-parse", "HEAD")
    _git(root, "checkout", "-q", "main")
    return shas


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> dict[str, str]:
    return prices_repo(tmp_path_factory.mktemp("prices"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, home: Path, **env: str) -> None:
        self.home, self.port = home, _free_port()
        self.env = {
            **os.environ,
            "PERFAGENT_SERVER_HOME": str(home),
            "PERFAGENT_SERVER_WEBHOOK_SECRET": SECRET,
            "PERFAGENT_SERVER_ALLOW_LOCAL_REPOS": "true",
            "PERFAGENT_SERVER_POLL_S": "0.2",
            "PERFAGENT_SERVER_REVIEW_MAX_TIME_S": "25",
            "PERFAGENT_SERVER_WORKERS": "2",
            # instruction counts: an unchanged head comes out `unchanged` even on a busy machine
            "PERFAGENT_SERVER_REVIEW_SETTINGS": '{"mode": "instructions"}',
            **env,
        }
        self.proc: subprocess.Popen | None = None
        self.url = f"http://127.0.0.1:{self.port}"

    def token(self) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "perfagent.api.cli", "token", "create", "tests"],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()

    def start(self) -> Server:
        with open(
            self.home / f"server-{time.time():.0f}.log", "wb"
        ) as log:  # the child keeps its own fd
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "perfagent.api.cli",
                    "serve",
                    "--port",
                    str(self.port),
                    "--no-mcp",
                ],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("the server did not come up")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def _pull_request(repo: dict, head: str, delivery: str, server: Server) -> str:
    body = payload(
        "pull_request.synchronize.json",
        **{
            "repository.clone_url": repo["path"],
            "pull_request.head.repo.clone_url": repo["path"],
            "pull_request.base.sha": repo["base"],
            "pull_request.head.sha": repo[head],
        },
    )
    response = httpx.post(
        f"{server.url}/v1/webhooks/github",
        content=body,
        timeout=10,
        headers={
            "X-GitHub-Event": "pull_request",
            "X-GitHub-Delivery": delivery,
            "X-Hub-Signature-256": sign(body),
            "Content-Type": "application/json",
        },
    )
    assert response.status_code == 202, response.text
    return response.json()["review"]


def _wait(
    server: Server, token: str, review: str, states: set[str], timeout_s: float = 300
) -> dict:
    client = httpx.Client(
        base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    with client:
        return wait_status(
            client.get, f"/v1/reviews/{review}", states, timeout_s=timeout_s, every_s=0.5
        )


@pytest.mark.slow
@pytest.mark.heavy
def test_a_signed_pull_request_gets_a_review_that_names_the_slower_function(repo, tmp_path):
    server = Server(tmp_path)
    token = server.token()
    server.start()
    try:
        slower = _pull_request(repo, "slower", "e2e-1", server)
        unchanged = _pull_request(repo, "unchanged", "e2e-2", server)
        done = _wait(server, token, slower, {"done", "failed"})
        assert done["status"] == "done", done
        rows = {row["name"]: row for row in done["result"]["benchmarks"]}
        assert rows["total"]["verdict"] == "slower", rows
        auth = {"Authorization": f"Bearer {token}"}
        markdown = httpx.get(
            f"{server.url}/v1/reviews/{slower}/artifacts/review.md", headers=auth
        ).text
        assert "slower" in markdown and "_normalise" in markdown
        sarif = httpx.get(
            f"{server.url}/v1/reviews/{slower}/artifacts/review.sarif", headers=auth
        ).json()
        assert (
            sarif["version"] == "2.1.0"
            and sarif["runs"][0]["tool"]["driver"]["name"] == "perfagent"
        )
        same = _wait(server, token, unchanged, {"done", "failed"})
        assert same["status"] == "done"
        assert {row["name"]: row["verdict"] for row in same["result"]["benchmarks"]} == {
            "total": "unchanged"
        }
        assert (
            _git(Path(repo["path"]), "status", "--porcelain") == ""
        )  # the source repository untouched
    finally:
        server.stop()


def _wait_progress(server: Server, review: str, timeout_s: float = 120) -> None:
    """Until the review's job has reported progress (read from the server's own job database)."""
    from perfagent.api.server.store import Store

    store = Store(str(server.home / "server.sqlite"))
    deadline = time.monotonic() + timeout_s
    while not any(e.kind == "progress" for e in store.events(review)):
        assert time.monotonic() < deadline, f"no progress from {review} in {timeout_s:.0f} s"
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.heavy
def test_a_review_interrupted_by_a_killed_server_completes_after_a_restart(repo, tmp_path):
    server = Server(tmp_path, PERFAGENT_SERVER_LEASE_S="3")
    token = server.token()
    server.start()
    try:
        review = _pull_request(repo, "slower", "kill-1", server)
        _wait(server, token, review, {"running"}, timeout_s=60)
        _wait_progress(server, review)  # mid-review: cloned, and measuring
        server.kill()
        server.start()
        done = _wait(server, token, review, {"done", "failed"})
        assert done["status"] == "done", done
        assert done["attempts"] == 2  # claimed again after the dead server's lease ran out
        events = httpx.get(
            f"{server.url}/v1/reviews/{review}/events",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        ).text
        assert events.count("event: job_started") == 2 and "event: job_done" in events
    finally:
        server.stop()
