"""SIGINT, SIGTERM and SIGHUP to a perfagent command (one signal to its PID, as `kill` or
`timeout` sends it) tear down every process it started — the target's service, the Locust
child, py-spy — and keep what is kept: the finished steps, resumable. Real processes; the
survivors are checked by PID (and start time, so a reused PID is not mistaken for one)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from tests import procs

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "tests" / "loadtest" / "server_app.py"


class Watched:
    """A perfagent command run in its own session; every process below it is remembered
    while it runs, so those that outlive it can be named."""

    def __init__(
        self, args: list[str], tmp: Path, *, prefix: tuple[str, ...] = (), stdin=None, **env: str
    ) -> None:
        self.env = {
            "PATH": os.environ["PATH"],
            "PYTHONPATH": str(ROOT),
            "HOME": str(tmp),
            "COLUMNS": "200",
            "PERFAGENT_CHECKPOINTS": str(tmp / "ck.sqlite"),
            "PERFAGENT_WORK": str(tmp / "work"),
            "PERFAGENT_HISTORY": str(tmp / "history.sqlite"),
            **env,
        }
        self.proc = subprocess.Popen(
            [*prefix, sys.executable, "-m", "perfagent.api.cli", *args],
            cwd=tmp,
            env=self.env,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.seen: dict[int, psutil.Process] = {}
        self._done = threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        me = psutil.Process(self.proc.pid)
        while not self._done.is_set():
            try:
                for child in me.children(recursive=True):
                    self.seen.setdefault(child.pid, child)
            except psutil.Error:
                return
            self._done.wait(0.02)

    def wait_for(self, *needles: str, timeout_s: float = 180) -> None:
        """Until a process whose command line holds each of ``needles`` runs below the command."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            lines = [" ".join(procs.cmdline(p)) for p in list(self.seen.values()) if procs.alive(p)]
            if all(any(n in line for line in lines) for n in needles):
                return
            assert self.proc.poll() is None, f"the command ended first: {self.proc.communicate()}"
            time.sleep(0.05)
        raise AssertionError(f"no {needles} below the command after {timeout_s:.0f} s: {lines}")

    def signal_and_wait(self, sig: int, timeout_s: float = 120) -> tuple[int, str]:
        os.kill(self.proc.pid, sig)  # the command's PID only, as `kill` and `timeout` do
        _, err = self.proc.communicate(timeout=timeout_s)
        self._done.set()
        return self.proc.returncode, err

    def survivors(self, timeout_s: float = 30) -> list[str]:
        """What the command started and is still running (after a generous grace)."""
        deadline = time.monotonic() + timeout_s
        while True:
            alive = [p for p in self.seen.values() if procs.alive(p)]
            if not alive or time.monotonic() > deadline:
                return [f"{p.pid} {' '.join(procs.cmdline(p))[:120]}" for p in alive]
            time.sleep(0.1)

    def cleanup(self) -> None:
        self._done.set()
        for p in [*self.seen.values()]:
            try:
                p.kill()
            except psutil.Error:
                pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def service_target(tmp_path: Path) -> Path:
    root = tmp_path / "svc"
    root.mkdir()
    (root / "perfagent.toml").write_text(f'''
[target]
name = "svc"

[service]
start = "{sys.executable} {APP} --port {{port}}"
ready = "/healthz"

[[service.endpoint]]
path = "/ok"
budget = {{ p95_ms = 200 }}
''')
    return root


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name
)
def test_a_signal_to_perfagent_run_takes_down_the_service_and_locust_and_keeps_the_run(
    service_target: Path, tmp_path: Path, sig: int
):
    cmd = Watched(
        [
            "run",
            str(service_target),
            "--phase",
            "elaboration",
            "--run-id",
            "stopped",
            "--report-dir",
            str(tmp_path / "r"),
        ],
        tmp_path,
        PERFAGENT_LOAD_DURATION_S="120",
        PERFAGENT_LOAD_USERS="2",
    )
    try:
        cmd.wait_for("server_app.py", "perfagent.tools.loadtest.child")  # the service, under load
        code, err = cmd.signal_and_wait(sig)
        assert code == 128 + sig, err
        assert cmd.survivors() == []
        assert "perfagent resume stopped" in err  # the run is kept, and says how to go on
        assert "Traceback" not in err
    finally:
        cmd.cleanup()


@pytest.mark.slow
def test_sigterm_to_perfagent_profile_takes_down_py_spy_and_its_target(tmp_path: Path):
    (tmp_path / "spin.py").write_text("while True:\n    pass\n")
    cmd = Watched(
        ["profile", "--out", str(tmp_path / "p"), "--", sys.executable, str(tmp_path / "spin.py")],
        tmp_path,
    )
    try:
        cmd.wait_for("py-spy", "spin.py")
        code, err = cmd.signal_and_wait(signal.SIGTERM)
        assert code == 128 + signal.SIGTERM, err
        assert cmd.survivors() == []
        assert "Traceback" not in err
    finally:
        cmd.cleanup()


@pytest.mark.slow
def test_sighup_to_perfagent_load_takes_down_the_service_and_locust(
    service_target: Path, tmp_path: Path
):
    cmd = Watched(
        [
            "load",
            "run",
            "--spec",
            str(service_target / "perfagent.toml"),
            "--users",
            "2",
            "--duration",
            "120",
            "--out",
            str(tmp_path / "load"),
        ],
        tmp_path,
    )
    try:
        cmd.wait_for("server_app.py", "perfagent.tools.loadtest.child")
        code, err = cmd.signal_and_wait(signal.SIGHUP)
        assert code == 128 + signal.SIGHUP, err
        assert cmd.survivors() == []
        assert "Traceback" not in err
    finally:
        cmd.cleanup()


@pytest.mark.slow
def test_sigterm_to_timeout_around_perfagent_chat_takes_down_the_engagement_s_service(
    service_target: Path, tmp_path: Path
):
    cmd = Watched(
        ["chat"],
        tmp_path,
        prefix=("timeout", "600"),
        stdin=subprocess.PIPE,
        PERFAGENT_LOAD_DURATION_S="120",
        PERFAGENT_LOAD_USERS="2",
    )
    try:
        cmd.proc.stdin.write(f"run {service_target} in elaboration phase\n")
        cmd.proc.stdin.flush()  # stdin stays open: the chat waits for the next line
        cmd.wait_for("server_app.py", "perfagent.tools.loadtest.child")
        _keep_open, cmd.proc.stdin = (
            cmd.proc.stdin,
            None,
        )  # communicate() would close it: the chat would end
        code, err = cmd.signal_and_wait(signal.SIGTERM)  # timeout forwards it to perfagent
        assert code == 128 + signal.SIGTERM, err
        assert cmd.survivors() == []
        assert "Traceback" not in err
    finally:
        cmd.cleanup()
