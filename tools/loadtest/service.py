"""The target's service for the length of a load test: start, wait until healthy, stop.

The command comes from the spec (``uvicorn app:app --port {port}``); it runs in
its own process group with the sandbox's limits and a scrubbed environment. A
command without shell syntax is started without a shell, so the PID we monitor and
profile is the server itself.
"""

from __future__ import annotations

import contextlib
import shlex
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel

from perfagent.tools.errors import InputError, ServiceError, TargetError
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group

_SHELL_SYNTAX = set("|&;<>()$`\\\"'*?[]#~=%")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def command_argv(command: str, port: int) -> str | list[str]:
    """``command`` with ``{port}`` filled in: an argv when it needs no shell, else the string.

    >>> command_argv("uvicorn app:app --port {port}", 8123)
    ['uvicorn', 'app:app', '--port', '8123']
    >>> command_argv("cd web && ./serve {port}", 8123)
    'cd web && ./serve 8123'
    """
    if "{port}" not in command:
        raise InputError(
            f"service.start {command!r} must contain {{port}} so perfagent can choose the port"
        )
    filled = command.replace("{port}", str(port))
    if _SHELL_SYNTAX & set(command.replace("{port}", "")):
        return filled
    return shlex.split(filled)


class RunningService(BaseModel):
    pid: int
    port: int
    base_url: str
    startup_s: float


class Service:
    """Context manager: ``with Service("python app.py {port}", ready="/healthz") as svc: ...``."""

    def __init__(
        self,
        command: str,
        *,
        ready: str = "/",
        cwd: str | Path | None = None,
        env: Mapping[str, str] | None = None,
        port: int | None = None,
        ready_timeout_s: float = 30.0,
        stop_grace_s: float = 5.0,
        log_path: str | Path | None = None,
    ) -> None:
        self.command, self.ready, self.cwd = command, ready, cwd
        self.extra_env = dict(env or {})
        self.port = port or free_port()
        self.ready_timeout_s, self.stop_grace_s = ready_timeout_s, stop_grace_s
        self.log_path = Path(log_path) if log_path else None
        self.proc: subprocess.Popen | None = None
        self.info: RunningService | None = None

    def start(self) -> RunningService:
        argv = command_argv(self.command, self.port)
        started = time.perf_counter()
        with contextlib.ExitStack() as stack:
            log = (
                stack.enter_context(open(self.log_path, "ab"))
                if self.log_path
                else subprocess.DEVNULL
            )
            self.proc = spawn(
                argv, cwd=self.cwd, env=scrubbed_env(self.extra_env), stdout=log, stderr=log
            )
        base_url = f"http://127.0.0.1:{self.port}"
        try:
            self._wait_ready(base_url + self.ready)
        except BaseException:
            self.stop()
            raise
        self.info = RunningService(
            pid=self.proc.pid,
            port=self.port,
            base_url=base_url,
            startup_s=time.perf_counter() - started,
        )
        return self.info

    def _wait_ready(self, url: str) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + self.ready_timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise TargetError(
                    f"service `{self.command}` exited with code {self.proc.returncode} "
                    "before it was ready"
                )
            try:
                with urllib.request.urlopen(url, timeout=1.0) as response:
                    if response.status < 500:
                        return
            except urllib.error.HTTPError as exc:
                if exc.code < 500:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise ServiceError(
            f"service `{self.command}` did not answer {url} within {self.ready_timeout_s:g} s"
        )

    def stop(self) -> None:
        """SIGTERM the service's process group; SIGKILL it after the grace period."""
        if self.proc is not None:
            terminate_group(self.proc, grace_s=self.stop_grace_s)

    def __enter__(self) -> RunningService:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
