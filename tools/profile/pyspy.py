"""CPU profiles by sampling with py-spy: record a command, or attach to a PID.

py-spy samples once, in ``--format raw`` (collapsed stacks, aggregated per function);
the hot-spot table, the flamegraph SVG and the speedscope JSON are all derived from
that one recording, so the target pays for one profiler, not three.

Sampling is ``--nonblocking`` by default: py-spy reads the stacks without pausing
the target. Pausing (``nonblocking=False``) gives exactly consistent stacks, but on
a busy machine each pause can last a scheduler quantum, and benchmarks/profile_overhead.py
measured it at ~1.06-1.09x on this shared 2-core machine against ~1.00-1.04x.

A command runs in the sandbox (own process group, limits, scrubbed environment)
under a tiny ``/bin/sh`` wrapper that writes the target's exit status to a file:
py-spy itself exits 0 even when the program it runs crashes.
"""

from __future__ import annotations

import math
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from tools.errors import InputError, PerfagentError, TargetError, TargetTimeout, ToolMissingError
from tools.profile.collapsed import (
    Stack,
    format_collapsed,
    hotspots,
    parse_collapsed,
    strip_common_processes,
)
from tools.profile.models import CpuProfile, prepare_out_dir
from tools.profile.render import flamegraph_svg, speedscope_json
from tools.profile.resources import ResourceMonitor, ResourceSeries
from tools.sandbox import scrubbed_env, spawn, terminate_group

FLAMEGRAPH_FILE = "flamegraph.svg"
SPEEDSCOPE_FILE = "profile.speedscope.json"
COLLAPSED_FILE = "profile.collapsed.txt"
_RAW_FILE = "py-spy.raw.txt"
# "$0" is the status file, "$@" the target's argv; the status survives a crash of the target,
# and the target's stderr goes apart from py-spy's. No ";" in it: py-spy's process frames
# quote the command line verbatim, and ";" separates frames.
_WRAPPER = '"$@" 2>"$0.stderr" && echo 0 >"$0" || echo $? >"$0"'
_PTRACE_HINT = (
    "run perfagent as root or as the target's user with ptrace allowed "
    "(/proc/sys/kernel/yama/ptrace_scope), and in a container add CAP_SYS_PTRACE "
    "(docker run --cap-add SYS_PTRACE)"
)


def pyspy_binary() -> str:
    """The py-spy executable: next to this interpreter (a venv), else on PATH.

    >>> Path(pyspy_binary()).name
    'py-spy'
    """
    beside = Path(sys.executable).parent / "py-spy"
    if beside.exists():
        return str(beside)
    found = shutil.which("py-spy")
    if found is None:
        raise ToolMissingError("py-spy is not installed: install it with `pip install py-spy` (0.4 or later)")
    return found


def _record_args(out_file: Path, *, rate_hz: int, subprocesses: bool, nonblocking: bool) -> list[str]:
    args = [
        pyspy_binary(), "record", "--format", "raw", "--function", "--full-filenames",
        "--rate", str(rate_hz), "--output", str(out_file),
    ]
    if subprocesses:
        args.append("--subprocesses")
    if nonblocking:
        args.append("--nonblocking")
    return args


def _check_rate(rate_hz: int) -> None:
    if not 1 <= rate_hz <= 10_000:
        raise InputError(f"the sampling rate must be between 1 and 10000 Hz, got {rate_hz}")


def _pyspy_error(stderr: str) -> str:
    """py-spy's own error line, without its Rust backtrace."""
    for line in stderr.splitlines():
        if line.startswith("Error:") or "panicked" in line:
            return line.removeprefix("Error:").strip()
    return stderr.strip().splitlines()[-1] if stderr.strip() else "no error message"


def _classify_pyspy_failure(stderr: str, target: str) -> PerfagentError:
    message = _pyspy_error(stderr)
    lowered = stderr.lower()
    if "permission denied" in lowered or "operation not permitted" in lowered:
        return PerfagentError(f"py-spy was denied access to {target} (ptrace): {_PTRACE_HINT}", detail=stderr)
    if "no python processes found" in lowered or "failed to find python version" in lowered:
        return InputError(f"{target} is not a Python program, so py-spy has nothing to sample", detail=stderr)
    return PerfagentError(f"py-spy could not profile {target}: {message}", detail=stderr)


def _profile_from_raw(
    raw_text: str,
    *,
    out_dir: Path,
    duration_s: float,
    rate_hz: int,
    target: str,
    nonblocking: bool,
    resources: ResourceSeries | None = None,
) -> CpuProfile:
    """Write the collapsed stacks, SVG and speedscope files; return the profile record."""
    stacks: list[Stack] = strip_common_processes(parse_collapsed(raw_text))
    collapsed_path = out_dir / COLLAPSED_FILE
    svg_path = out_dir / FLAMEGRAPH_FILE
    speedscope_path = out_dir / SPEEDSCOPE_FILE
    collapsed_path.write_text(format_collapsed(stacks))
    svg_path.write_text(flamegraph_svg(stacks, title=f"CPU: {target}"))
    speedscope_path.write_text(speedscope_json(stacks, name=target, seconds_per_sample=1.0 / rate_hz))
    return CpuProfile(
        source="py-spy",
        duration_s=round(duration_s, 6),
        samples=sum(s.count for s in stacks),
        hotspots=hotspots(stacks),
        flamegraph_svg=str(svg_path),
        speedscope_json=str(speedscope_path),
        collapsed=str(collapsed_path),
        target=target,
        rate_hz=rate_hz,
        nonblocking=nonblocking,
        resources=resources,
    )


def _target_argv(
    command: str | Sequence[str], env: Mapping[str, str], cwd: str | Path | None
) -> list[str]:
    if isinstance(command, str):
        if not command.strip():
            raise InputError("no command to profile: give the command after `--`")
        return ["/bin/sh", "-c", command]
    argv = list(command)
    if not argv or not argv[0]:
        raise InputError("no command to profile: give the command after `--`")
    if "/" in argv[0]:
        found = (Path(cwd or ".") / argv[0]).is_file()  # relative to where the target runs
    else:
        found = shutil.which(argv[0], path=env.get("PATH")) is not None
    if not found:
        raise InputError(f"command not found: {argv[0]}")
    return argv


def _exit_sentence(status: int) -> str:
    if status > 128:
        return f"was killed by signal {status - 128}"
    return f"exited with status {status}"


def record_command(command: str | list[str], **kwargs) -> CpuProfile:
    """Run ``command`` under py-spy (following its subprocesses) and profile it; see
    :func:`_record_once`. A program that ends before py-spy's first look for Python
    processes (a cold start on a busy machine: seen once here for a 0.35 s run) is run
    once more before that is reported."""
    try:
        return _record_once(command, **kwargs)
    except InputError as exc:
        if "before py-spy found a Python process" not in str(exc):
            raise
        return _record_once(command, **kwargs)


def _record_once(
    command: str | list[str],
    *,
    out_dir: Path,
    rate_hz: int = 100,
    timeout_s: float = 600,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    nonblocking: bool = True,
    resource_interval_s: float | None = None,
) -> CpuProfile:
    """Run ``command`` under py-spy (following its subprocesses) and profile it.

    A string is run by ``/bin/sh -c``; a list is an argv. ``env`` is used as given
    (default: :func:`tools.sandbox.scrubbed_env`). With ``resource_interval_s`` the
    target (and its children) is also watched by a :class:`ResourceMonitor`. Raises
    :class:`InputError` for a missing command, :class:`TargetError` when the program
    exits non-zero, :class:`TargetTimeout` when it overruns ``timeout_s``.
    """
    _check_rate(rate_hz)
    env = dict(env) if env is not None else scrubbed_env()
    argv = _target_argv(command, env, cwd)
    display = command if isinstance(command, str) else shlex.join(argv)
    out_dir = prepare_out_dir(out_dir)
    with tempfile.TemporaryDirectory(prefix="perfagent-pyspy-") as scratch:
        raw_path = Path(scratch) / _RAW_FILE
        status_path = Path(scratch) / "exit-status"
        args = _record_args(raw_path, rate_hz=rate_hz, subprocesses=True, nonblocking=nonblocking)
        args += ["--", "/bin/sh", "-c", _WRAPPER, str(status_path), *argv]
        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = spawn(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
            monitor = _watch_target(proc.pid, resource_interval_s) if resource_interval_s else None
            try:
                proc.wait(timeout=timeout_s)
                # py-spy stops when the Python process exits, a moment before the wrapper
                # writes the exit status: give it that moment before the group is killed.
                _wait_for_text(status_path, timeout_s=2.0)
            except subprocess.TimeoutExpired:
                terminate_group(proc, grace_s=1.0)
                raise TargetTimeout(f"`{display}` did not finish within {timeout_s:g} s and was killed") from None
            finally:
                terminate_group(proc, grace_s=1.0)  # stragglers the target left behind
                resources = monitor.stop() if monitor else None
            duration_s = time.perf_counter() - start
            err.seek(0)
            stderr = err.read().decode(errors="replace")
        status_text = status_path.read_text().strip() if status_path.exists() else ""
        err_path = Path(f"{status_path}.stderr")
        target_stderr = err_path.read_text(errors="replace") if err_path.exists() else ""
        if status_text == "127":
            raise InputError(f"command not found: {display}", detail=target_stderr)
        if status_text and status_text != "0":
            lines = target_stderr.strip().splitlines()
            tail = lines[-1].strip()[:200] if lines else ""
            raise TargetError(
                f"`{display}` {_exit_sentence(int(status_text))}" + (f": {tail}" if tail else ""),
                detail=target_stderr,
            )
        if proc.returncode != 0 or not raw_path.exists():
            if status_text == "0" and "no python processes found" in stderr.lower():
                raise InputError(
                    f"`{display}` finished before py-spy found a Python process to sample "
                    "(it is not a Python program, or it ran too briefly to profile)",
                    detail=stderr,
                )
            raise _classify_pyspy_failure(stderr, f"`{display}`")
        return _profile_from_raw(
            raw_path.read_text(), out_dir=out_dir, duration_s=duration_s, rate_hz=rate_hz,
            target=display, nonblocking=nonblocking, resources=resources,
        )


def _wait_for_text(path: Path, *, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return
        time.sleep(0.005)


def _watch_target(pyspy_pid: int, interval_s: float) -> ResourceMonitor | None:
    """Watch the wrapper shell py-spy started (and so the target under it), not py-spy itself."""
    import psutil

    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        try:
            children = psutil.Process(pyspy_pid).children()
        except psutil.NoSuchProcess:
            return None
        if children:
            try:
                return ResourceMonitor(children[0].pid, interval_s=interval_s).start()
            except InputError:  # it already exited
                return None
        time.sleep(0.005)
    return None


def record_pid(
    pid: int,
    *,
    duration_s: float,
    out_dir: Path,
    rate_hz: int = 100,
    subprocesses: bool = True,
    nonblocking: bool = True,
    resource_interval_s: float | None = None,
) -> CpuProfile:
    """Attach to a running Python process for ``duration_s`` (rounded up to whole seconds).

    Needs ptrace permission on the target: root here; containers need CAP_SYS_PTRACE.
    If the process exits early, the samples taken so far are returned. With
    ``resource_interval_s`` the process (and its children) is watched meanwhile.
    """
    import psutil

    _check_rate(rate_hz)
    if duration_s <= 0:
        raise InputError(f"the profiling duration must be positive, got {duration_s:g} s")
    if pid <= 0 or not psutil.pid_exists(pid):
        raise InputError(f"no process with PID {pid} is running")
    seconds = max(1, math.ceil(duration_s))
    out_dir = prepare_out_dir(out_dir)
    target = f"PID {pid}"
    with tempfile.TemporaryDirectory(prefix="perfagent-pyspy-") as scratch:
        raw_path = Path(scratch) / _RAW_FILE
        args = _record_args(raw_path, rate_hz=rate_hz, subprocesses=subprocesses, nonblocking=nonblocking)
        args += ["--pid", str(pid), "--duration", str(seconds)]
        monitor = None
        if resource_interval_s:
            monitor = ResourceMonitor(pid, interval_s=resource_interval_s, include_children=subprocesses)
            monitor.start()
        start = time.perf_counter()
        try:
            done = subprocess.run(
                args, check=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, timeout=seconds + 60, env=scrubbed_env(),
            )
        except subprocess.TimeoutExpired:
            raise PerfagentError(f"py-spy did not stop after sampling {target} for {seconds} s") from None
        finally:
            resources = monitor.stop() if monitor else None
        duration_s = time.perf_counter() - start
        stderr = done.stderr.decode(errors="replace")
        if done.returncode != 0 or not raw_path.exists():
            if not psutil.pid_exists(pid):
                raise InputError(f"process {pid} exited before py-spy could sample it", detail=stderr)
            raise _classify_pyspy_failure(stderr, target)
        return _profile_from_raw(
            raw_path.read_text(), out_dir=out_dir, duration_s=duration_s, rate_hz=rate_hz,
            target=target, nonblocking=nonblocking, resources=resources,
        )
