"""The worker pool: threads that claim jobs and run each in its own process.

A job runs in a child process (``api.server.runjob``) in its own process group, so a
cancel or a timeout can kill it with everything it started, and a crash in a job
never takes the server down. While the child runs, its thread renews the lease every
``lease_s / 3`` seconds; if this server dies, the lease runs out and another worker
(here after a restart, or on another machine sharing a PostgreSQL queue) takes it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import perfagent
from perfagent.api.server.config import ServerConfig
from perfagent.api.server.store import Job, Store
from perfagent.tools.sandbox import teardown

_REPO_ROOT = str(Path(perfagent.__file__).resolve().parent.parent)  # holds the perfagent package


class WorkerPool:
    def __init__(self, config: ServerConfig, store: Store) -> None:
        self.config = config
        self.store = store
        self.stopping = threading.Event()
        self.threads: list[threading.Thread] = []
        self.children: dict[str, subprocess.Popen] = {}
        self.prefix = f"{socket.gethostname()}:{os.getpid()}"

    def start(self) -> None:
        for n in range(self.config.workers):
            thread = threading.Thread(
                target=self._loop,
                args=(f"{self.prefix}:{n}",),
                daemon=True,
                name=f"perfagent-worker-{n}",
            )
            thread.start()
            self.threads.append(thread)

    def stop(self, *, grace_s: float = 5.0) -> None:
        """Stop claiming; running jobs are left to their leases (a restart resumes them)."""
        self.stopping.set()
        for proc in list(self.children.values()):
            _kill_group(proc, signal.SIGTERM)
        for thread in self.threads:
            thread.join(timeout=grace_s)

    def _loop(self, worker: str) -> None:
        while not self.stopping.is_set():
            try:
                job = self.store.claim(worker, lease_s=self.config.lease_s)
            except Exception as exc:  # noqa: BLE001 - a database hiccup must not kill the worker
                print(f"perfagent worker {worker}: cannot claim a job: {exc}", file=sys.stderr)
                job = None
            if job is None:
                self.stopping.wait(self.config.poll_s)
                continue
            self._run(job, worker)

    def _run(self, job: Job, worker: str) -> None:
        env = dict(os.environ)
        env["PERFAGENT_SERVER_CONFIG"] = self.config.model_dump_json()
        env["PERFAGENT_SERVER_PID"] = str(
            os.getpid()
        )  # the job watches this PID, not its first getppid()
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [_REPO_ROOT, env.get("PYTHONPATH")]))
        log_dir = Path(self.config.home) / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        with open(log_dir / f"{job.id}.{job.attempts}.log", "wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "perfagent.api.server.runjob", job.id],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                cwd=_REPO_ROOT,
            )
        self.children[job.id] = proc
        teardown.register(proc.pid)  # a signal to `perfagent serve` takes the job's group down too
        deadline = time.monotonic() + job.timeout_s
        beat_s = self.config.lease_s / 3
        try:
            while True:
                try:
                    code = proc.wait(timeout=beat_s)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if self.stopping.is_set():
                    return  # the lease will run out; a restarted server resumes the job
                if self.store.heartbeat(job.id, worker, lease_s=self.config.lease_s):
                    _stop(proc)
                    self.store.finish(
                        job.id, "cancelled", error="cancelled by request", only_if_running=True
                    )
                    self.store.add_event(job.stream, "job_cancelled", {"job": job.id})
                    return
                if time.monotonic() > deadline:
                    _stop(proc)
                    message = f"timed out after {job.timeout_s:.0f} s"
                    self.store.finish(job.id, "failed", error=message, only_if_running=True)
                    self.store.add_event(
                        job.stream, "job_failed", {"job": job.id, "error": message}
                    )
                    return
            if code != 0:  # the child records its own failures; this covers a crash before it could
                tail = _tail(log_dir / f"{job.id}.{job.attempts}.log")
                self.store.finish(
                    job.id,
                    "failed",
                    error=f"the job process exited with {code}: {tail}",
                    only_if_running=True,
                )
        finally:
            self.children.pop(job.id, None)
            teardown.forget(proc.pid)


def _stop(proc: subprocess.Popen, grace_s: float = 5.0) -> None:
    """SIGTERM first (the job cleans up its clones and worktrees), SIGKILL after ``grace_s``."""
    _kill_group(proc, signal.SIGTERM)
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        pass
    _kill_group(proc, signal.SIGKILL)


def _kill_group(proc: subprocess.Popen, sig: int) -> None:
    """The job's group, and the sandboxed processes it started in groups of their own."""
    import psutil

    try:
        tree = psutil.Process(proc.pid).children(recursive=True)
    except psutil.Error:
        tree = []
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass
    for child in tree:
        try:
            child.send_signal(sig)
        except psutil.Error:
            pass
    if sig == signal.SIGKILL:
        proc.wait()


def _tail(path: Path, lines: int = 3) -> str:
    try:
        text = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return "no log"
    return " | ".join(text[-lines:]) or "no output"
