"""Replicas of a process that is not a web server (worker, scheduler): started in the
sandbox, ready when a line containing the spec's ``ready`` text appears in its output.

``{replica}``, ``{namespace}`` and ``{queue}`` in the command are filled in, and
``PERFAGENT_REPLICA`` / ``PERFAGENT_NAMESPACE`` are set, so replicas of one run share
a namespace and runs never share keys.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import time
from pathlib import Path

from pydantic import BaseModel

from perfagent.tools.errors import ServiceError, TargetError
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group

_SHELL_SYNTAX = set("|&;<>()$`\\\"'*?[]#~=%")


def fill(command: str, values: dict[str, str]) -> str | list[str]:
    """``command`` with its placeholders filled: an argv when it needs no shell.

    >>> fill("python -m jobs.worker --queue {queue}", {"queue": "ns:jobs"})
    ['python', '-m', 'jobs.worker', '--queue', 'ns:jobs']
    """
    filled = command
    for key, value in values.items():
        filled = filled.replace("{" + key + "}", value)
    bare = command
    for key in values:
        bare = bare.replace("{" + key + "}", "")
    return filled if _SHELL_SYNTAX & set(bare) else shlex.split(filled)


class Replica(BaseModel):
    model_config = {"arbitrary_types_allowed": True}

    name: str
    proc: subprocess.Popen
    log_path: Path
    started: float  # perf_counter at spawn
    cold_start_s: float | None = None

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None


def start_replica(
    command: str,
    *,
    name: str,
    namespace: str,
    ready: str | None,
    cwd: str | Path | None,
    env: dict[str, str],
    log_dir: Path,
    ready_timeout_s: float = 30.0,
    extra: dict[str, str] | None = None,
) -> Replica:
    """Start one replica and wait for its ready line (without ``ready``: only that it stays
    up 0.2 s)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    values = {"replica": name, "namespace": namespace, **(extra or {})}
    argv = fill(command, values)
    full_env = scrubbed_env(
        {
            **env,
            "PERFAGENT_REPLICA": name,
            "PERFAGENT_NAMESPACE": namespace,
            "PYTHONUNBUFFERED": "1",
        }
    )
    started = time.perf_counter()
    with open(log_path, "ab") as log:
        proc = spawn(argv, cwd=cwd, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    replica = Replica(name=name, proc=proc, log_path=log_path, started=started)
    try:
        _wait_ready(replica, command, ready, ready_timeout_s)
    except BaseException:
        terminate_group(proc, grace_s=2.0)
        raise
    return replica


def _wait_ready(replica: Replica, command: str, ready: str | None, timeout_s: float) -> None:
    deadline = time.monotonic() + (timeout_s if ready else 0.2)
    while time.monotonic() < deadline:
        if not replica.alive():
            tail = replica.log_path.read_text(errors="replace")[-400:].strip()
            raise TargetError(
                f"`{command}` exited with code {replica.proc.returncode} before it was ready",
                detail=tail,
            )
        if ready and ready in replica.log_path.read_text(errors="replace"):
            replica.cold_start_s = round(time.perf_counter() - replica.started, 4)
            return
        time.sleep(0.02)
    if ready:
        raise ServiceError(f"`{command}` did not print {ready!r} within {timeout_s:g} s")
    replica.cold_start_s = None


def stop(replica: Replica, *, grace_s: float = 5.0) -> None:
    terminate_group(replica.proc, grace_s=grace_s)


def kill(replica: Replica) -> None:
    """A crash: SIGKILL to the replica's process group."""
    try:
        os.killpg(replica.proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    replica.proc.wait()
