"""The process seam: every instrument that runs a target's code goes through here.

A child gets its own session (so the whole process group can be killed), an
address-space limit, a wall-clock limit, and an environment with nothing secret in
it. ``run`` reaps the child with ``os.wait4`` so the result carries that child's own
CPU time, not the sum over every child we ever started.

Peak RSS needs care: Linux charges a forked child with its parent's RSS high-water
mark until it execs (the kernel keeps the larger of the two), so a 5 MiB command
started from a 70 MiB perfagent would report 70 MiB. ``run`` therefore starts the
command under GNU time (``/usr/bin/time``, a ~1 MiB C program) and takes the
command's own peak from it; without GNU time it falls back to ``wait4`` and says so
in ``rss_source``.
"""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel

from perfagent.tools.errors import InputError, TargetTimeout
from perfagent.tools.sandbox import teardown

# Variables a program legitimately needs; everything else (tokens, keys, cloud
# credentials, the coding client's variables) stays out of the target's environment.
_ENV_ALLOW = (
    "PATH",
    "HOME",
    "LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_CTYPE",
    "TZ",
    "TMPDIR",
    "TERM",
    "USER",
    "LOGNAME",
    "SHELL",
    "VIRTUAL_ENV",
    "OPENBLAS_CORETYPE",
    "OPENBLAS_L2_SIZE",
)
DEFAULT_MEMORY_BYTES = 8 * 1024**3
GNU_TIME = "/usr/bin/time"
PRLIMIT = shutil.which("prlimit")


class ProcessResult(BaseModel):
    """What one sandboxed run did, with its own resource usage."""

    command: str
    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    cpu_s: float
    peak_rss_bytes: int
    rss_source: str = "gnu-time"  # or "wait4": then it includes perfagent's own RSS at fork
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def stderr_tail(self, lines: int = 5) -> str:
        return "\n".join(self.stderr.strip().splitlines()[-lines:])


VENV_DIRS = (".venv", "venv")


def repo_venv_python(root: Path) -> str | None:
    """The interpreter of the repository's own virtualenv (``.venv`` or ``venv``), if it has one.

    >>> import tempfile
    >>> repo_venv_python(Path(tempfile.mkdtemp())) is None
    True
    """
    for folder in VENV_DIRS:
        candidate = root / folder / "bin" / "python"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate.absolute())
    return None


def scrubbed_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The parent's environment reduced to an allow-list, plus ``extra``.

    >>> env = scrubbed_env({"PYTHONHASHSEED": "0"})
    >>> env["PYTHONHASHSEED"], "ANTHROPIC_API_KEY" in env
    ('0', False)
    >>> env["PATH"].split(":")[0] == os.path.dirname(sys.executable)
    True
    """
    env = {k: v for k, v in os.environ.items() if k in _ENV_ALLOW}
    # `python` in a target's commands means the interpreter perfagent runs on (its venv),
    # unless the target's command names another one.
    here = os.path.dirname(sys.executable)
    path = env.get("PATH", "/usr/local/bin:/usr/bin:/bin")
    env["PATH"] = path if path.split(os.pathsep)[0] == here else f"{here}{os.pathsep}{path}"
    env.setdefault("LANG", "C.UTF-8")
    if extra:
        env.update(extra)
    return env


def _argv(command: str | Sequence[str]) -> list[str]:
    if isinstance(command, str):
        return ["/bin/sh", "-c", command]
    return list(command)


def _display(command: str | Sequence[str]) -> str:
    return command if isinstance(command, str) else shlex.join(command)


def _with_limits(
    argv: list[str], memory_bytes: int | None
) -> tuple[list[str], Callable[[], None] | None]:
    """Apply the limits through util-linux ``prlimit`` (it execs, so the PID is the
    command's), or a pre-exec hook where ``prlimit`` is missing. The hook is not safe
    in a threaded parent (the HTTP API), which is why ``prlimit`` comes first."""
    limits = [f"--as={memory_bytes}"] if memory_bytes else []
    limits.append("--core=0")  # no core dumps of other people's code on our disk
    if PRLIMIT:
        return [PRLIMIT, *limits, "--", *argv], None

    def apply() -> None:  # pragma: no cover - only without util-linux
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return argv, apply


def _preflight(argv: list[str], cwd, env: Mapping[str, str] | None) -> None:
    """Name a missing directory or program ourselves: wrappers would only say 'exit 127'."""
    if cwd is not None and not Path(cwd).is_dir():
        raise InputError(f"working directory {cwd} does not exist")
    path = (env if env is not None else os.environ).get("PATH")
    if "/" not in argv[0] and not shutil.which(argv[0], path=path):
        raise InputError(f"command not found: {argv[0]}")


def spawn(
    command: str | Sequence[str],
    *,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    memory_bytes: int | None = DEFAULT_MEMORY_BYTES,
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
) -> subprocess.Popen:
    """Start ``command`` in its own process group; the caller owns its lifetime.

    ``env`` is used as given (build it with :func:`scrubbed_env`).
    """
    teardown.check()
    argv = _argv(command)
    _preflight(argv, cwd, env)
    argv, preexec = _with_limits(argv, memory_bytes)
    try:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=dict(env) if env is not None else scrubbed_env(),
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,
            preexec_fn=preexec,  # noqa: PLW1509 - None wherever prlimit exists
        )
    except FileNotFoundError as exc:
        raise InputError(f"command not found: {argv[0]}") from exc
    teardown.register(proc.pid)  # torn down on SIGINT/SIGTERM/SIGHUP even if its owner is not
    return proc


def terminate_group(proc: subprocess.Popen, *, grace_s: float = 5.0) -> None:
    """SIGTERM the process group, then SIGKILL it after ``grace_s``."""
    if proc.poll() is not None:
        _kill_group(proc.pid, signal.SIGKILL)  # stragglers left by a finished leader
        return
    _kill_group(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid, signal.SIGKILL)
        proc.wait()
    _kill_group(proc.pid, signal.SIGKILL)
    teardown.forget(proc.pid)


_kill_group = teardown.signal_group


def run(
    command: str | Sequence[str],
    *,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout_s: float = 600.0,
    memory_bytes: int | None = DEFAULT_MEMORY_BYTES,
    check_timeout: bool = False,
) -> ProcessResult:
    """Run ``command`` to completion in the sandbox and return what it did.

    On timeout the whole process group is killed and ``timed_out`` is set (or
    :class:`TargetTimeout` raised when ``check_timeout``).

    >>> r = run(["python3", "-c", "print(6 * 7)"])
    >>> r.ok, r.stdout.strip()
    (True, '42')
    """
    argv = _argv(command)
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile(prefix="perfagent-rss-") as rss_file,
    ):
        wrapped = os.access(GNU_TIME, os.X_OK)
        if wrapped:
            _preflight(argv, cwd, env)  # before argv[0] becomes GNU time
            argv = [GNU_TIME, "--quiet", "-f", "%M", "-o", rss_file.name, *argv]
        start = time.perf_counter()
        proc = spawn(argv, cwd=cwd, env=env, memory_bytes=memory_bytes, stdout=out, stderr=err)
        reaped: dict = {}

        def reap() -> None:
            _, status, usage = os.wait4(proc.pid, 0)
            reaped["end"] = time.perf_counter()
            reaped["status"] = status
            reaped["usage"] = usage

        waiter = threading.Thread(target=reap, daemon=True)
        waiter.start()
        try:
            waiter.join(timeout_s)
        except BaseException:  # a stopping signal: the child goes with us, not on without us
            _kill_group(proc.pid, signal.SIGKILL)
            waiter.join()
            teardown.forget(proc.pid)
            raise
        timed_out = waiter.is_alive()
        if timed_out:
            _kill_group(proc.pid, signal.SIGKILL)
            waiter.join()
        _kill_group(proc.pid, signal.SIGKILL)  # grandchildren that outlived the leader
        teardown.forget(proc.pid)
        status, usage = reaped["status"], reaped["usage"]
        proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it is reaped
        out.seek(0)
        err.seek(0)
        peak_rss_bytes, rss_source = usage.ru_maxrss * 1024, "wait4"
        if wrapped:
            reported = Path(rss_file.name).read_text().strip().splitlines()
            if reported and reported[-1].isdigit():
                peak_rss_bytes, rss_source = int(reported[-1]) * 1024, "gnu-time"
        result = ProcessResult(
            command=_display(command),
            returncode=proc.returncode,
            stdout=out.read().decode(errors="replace"),
            stderr=err.read().decode(errors="replace"),
            wall_s=reaped["end"] - start,
            cpu_s=usage.ru_utime + usage.ru_stime,
            peak_rss_bytes=peak_rss_bytes,
            rss_source=rss_source,
            timed_out=timed_out,
        )
    if timed_out and check_timeout:
        raise TargetTimeout(
            f"`{result.command}` did not finish within {timeout_s:g} s and was killed"
        )
    return result
