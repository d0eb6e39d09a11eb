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

from perfagent.tools.errors import (
    InputError,
    PerfagentError,
    TargetError,
    TargetTimeout,
    ToolMissingError,
)
from perfagent.tools.profile.collapsed import (
    Stack,
    format_collapsed,
    hotspots,
    parse_collapsed,
    strip_common_processes,
)
from perfagent.tools.profile.loops import function_level, nested_loops
from perfagent.tools.profile.models import CpuProfile, prepare_out_dir
from perfagent.tools.profile.owncode import own_code_hotspots
from perfagent.tools.profile.render import flamegraph_svg, speedscope_json
from perfagent.tools.profile.resources import ResourceMonitor, ResourceSeries
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group

FLAMEGRAPH_FILE = "flamegraph.svg"
SPEEDSCOPE_FILE = "profile.speedscope.json"
COLLAPSED_FILE = "profile.collapsed.txt"
LINES_FILE = "profile.lines.txt"  # the same stacks with the line each frame was executing
_RAW_FILE = "py-spy.raw.txt"
# "$0" is the status file, "$@" the target's argv; the status survives a crash of the target,
# and the target's stderr goes apart from py-spy's. No ";" in it: py-spy's process frames
# quote the command line verbatim, and ";" separates frames.
# The target runs in a background subshell that writes its status and whose PID perfagent
# waits on: py-spy may kill its own child (the wrapper) the moment the Python process ends,
# which once left the status unwritten and a crash reported as success.
_WRAPPER = '( "$@" 2>"$0.stderr" && echo 0 >"$0" || echo $? >"$0" ) & echo $! >"$0.pid" && wait'
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
        raise ToolMissingError(
            "py-spy is not installed: install it with `pip install py-spy` (0.4 or later)"
        )
    return found


def _record_args(
    out_file: Path, *, rate_hz: int, subprocesses: bool, nonblocking: bool
) -> list[str]:
    args = [
        pyspy_binary(),
        "record",
        "--format",
        "raw",
        "--full-filenames",
        "--rate",
        str(rate_hz),
        "--output",
        str(out_file),
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
        return PerfagentError(
            f"py-spy was denied access to {target} (ptrace): {_PTRACE_HINT}", detail=stderr
        )
    if "no python processes found" in lowered or "failed to find python version" in lowered:
        return InputError(
            f"{target} is not a Python program, so py-spy has nothing to sample", detail=stderr
        )
    return PerfagentError(f"py-spy could not profile {target}: {message}", detail=stderr)


def _profile_from_stacks(
    stacks: list[Stack],
    *,
    out_dir: Path,
    duration_s: float,
    rate_hz: int,
    target: str,
    nonblocking: bool,
    resources: ResourceSeries | None = None,
    runs: int = 1,
) -> CpuProfile:
    """Write the collapsed stacks, SVG and speedscope files; return the profile record.

    ``stacks`` are py-spy's line-level stacks: the nested-loop sites come from them, every
    other view from the same stacks by function (``profile.collapsed.txt``)."""
    loops = nested_loops(stacks)
    (out_dir / LINES_FILE).write_text(format_collapsed(stacks))
    stacks = function_level(stacks)
    collapsed_path = out_dir / COLLAPSED_FILE
    svg_path = out_dir / FLAMEGRAPH_FILE
    speedscope_path = out_dir / SPEEDSCOPE_FILE
    collapsed_path.write_text(format_collapsed(stacks))
    svg_path.write_text(flamegraph_svg(stacks, title=f"CPU: {target}"))
    speedscope_path.write_text(
        speedscope_json(stacks, name=target, seconds_per_sample=1.0 / rate_hz)
    )
    return CpuProfile(
        source="py-spy",
        duration_s=round(duration_s, 6),
        samples=sum(s.count for s in stacks),
        hotspots=hotspots(stacks),
        own_code=own_code_hotspots(stacks),
        loops=loops,
        flamegraph_svg=str(svg_path),
        speedscope_json=str(speedscope_path),
        collapsed=str(collapsed_path),
        target=target,
        rate_hz=rate_hz,
        nonblocking=nonblocking,
        resources=resources,
        runs=runs,
    )


def _profile_from_raw(raw_text: str, **kwargs) -> CpuProfile:
    return _profile_from_stacks(strip_common_processes(parse_collapsed(raw_text)), **kwargs)


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


MAX_RATE_HZ = 1000  # py-spy keeps up with this on a loaded 2-core machine


def record_command(
    command: str | list[str],
    *,
    out_dir: Path,
    rate_hz: int = 100,
    min_samples: int = 0,
    max_runs: int = 3,
    **kwargs,
) -> CpuProfile:
    """Run ``command`` under py-spy (following its subprocesses) and profile it; see
    :func:`_record_once` for the other options.

    With ``min_samples``, a run that gave fewer samples is run again at a rate raised
    to make up the difference (up to 1000 Hz), and the runs' stacks are merged, up to
    ``max_runs`` runs: a top entry drawn from a few dozen samples is chance. A program
    that ends before py-spy's first look for Python processes (a cold start on a busy
    machine: seen once here for a 0.35 s run) is run once more before that is reported.
    """
    _check_rate(rate_hz)
    if max_runs < 1:
        raise InputError(f"--max-runs must be at least 1, got {max_runs}")
    out_dir = prepare_out_dir(out_dir)
    stacks: list[Stack] = []
    duration_s, rate, runs, resources, display = 0.0, rate_hz, 0, None, ""
    while True:
        try:
            recording = _record_once(command, rate_hz=rate, **kwargs)
        except InputError as exc:
            if "before py-spy found a Python process" not in str(exc):
                raise
            recording = _record_once(command, rate_hz=rate, **kwargs)
        raw_text, seconds, watched, display = recording
        run_stacks = strip_common_processes(parse_collapsed(raw_text))
        got = sum(s.count for s in run_stacks)
        stacks += run_stacks
        duration_s += seconds
        resources = resources or watched
        runs += 1
        have = sum(s.count for s in stacks)
        if have >= min_samples or runs >= max_runs:
            break
        per_hz = got / rate if got else 0.0  # samples one run gives per Hz of rate
        wanted = math.ceil((min_samples - have) / per_hz) if per_hz else MAX_RATE_HZ
        rate = max(rate, min(MAX_RATE_HZ, wanted))
    if not stacks:  # an empty profile would rank nothing and read as "nothing is hot"
        raise PerfagentError(
            f"py-spy recorded no samples of `{display}` in {runs} run(s) up to {rate} Hz: "
            "it ran too briefly to profile; give the benchmark more work per run"
        )
    return _profile_from_stacks(
        stacks,
        out_dir=out_dir,
        duration_s=duration_s,
        rate_hz=rate_hz,
        target=display,
        nonblocking=kwargs.get("nonblocking", True),
        resources=resources,
        runs=runs,
    )


def _record_once(
    command: str | list[str],
    *,
    rate_hz: int = 100,
    timeout_s: float = 600,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    nonblocking: bool = True,
    resource_interval_s: float | None = None,
) -> tuple[str, float, ResourceSeries | None, str]:
    """Run ``command`` under py-spy once: (raw collapsed stacks, seconds, resources, display).

    A string is run by ``/bin/sh -c``; a list is an argv. ``env`` is used as given
    (default: :func:`tools.sandbox.scrubbed_env`). With ``resource_interval_s`` the
    target (and its children) is also watched by a :class:`ResourceMonitor`. Raises
    :class:`InputError` for a missing command, :class:`TargetError` when the program
    exits non-zero, :class:`TargetTimeout` when it overruns ``timeout_s``.
    """
    env = dict(env) if env is not None else scrubbed_env()
    argv = _target_argv(command, env, cwd)
    display = command if isinstance(command, str) else shlex.join(argv)
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
                # writes the exit status: wait for the wrapper itself to finish.
                _wait_for_wrapper(
                    status_path, timeout_s=max(30.0, timeout_s - (time.perf_counter() - start))
                )
            except subprocess.TimeoutExpired:
                terminate_group(proc, grace_s=1.0)
                raise TargetTimeout(
                    f"`{display}` did not finish within {timeout_s:g} s and was killed"
                ) from None
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
        return raw_path.read_text(), duration_s, resources, display


def _wait_for_wrapper(status_path: Path, *, timeout_s: float) -> None:
    """Wait until the wrapper shell has written the exit status, or is gone without writing it.

    The wrapper is py-spy's child, not ours, so it is watched by the PID it wrote: done
    when the status file has text, or when the process has exited (or is a zombie).
    ``timeout_s`` is only a safety net.
    """
    import psutil

    pid_path = Path(f"{status_path}.pid")
    try:
        wrapper = psutil.Process(int(pid_path.read_text().strip()))
    except (OSError, ValueError, psutil.Error):
        return  # the wrapper never started (py-spy failed first)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if status_path.exists() and status_path.read_text().strip():
            return
        try:
            if wrapper.status() == psutil.STATUS_ZOMBIE:
                return
        except psutil.NoSuchProcess:
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
        args = _record_args(
            raw_path, rate_hz=rate_hz, subprocesses=subprocesses, nonblocking=nonblocking
        )
        args += ["--pid", str(pid), "--duration", str(seconds)]
        monitor = None
        if resource_interval_s:
            monitor = ResourceMonitor(
                pid, interval_s=resource_interval_s, include_children=subprocesses
            )
            monitor.start()
        start = time.perf_counter()
        try:
            done = subprocess.run(
                args,
                check=False,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=seconds + 60,
                env=scrubbed_env(),
            )
        except subprocess.TimeoutExpired:
            raise PerfagentError(
                f"py-spy did not stop after sampling {target} for {seconds} s"
            ) from None
        finally:
            resources = monitor.stop() if monitor else None
        duration_s = time.perf_counter() - start
        stderr = done.stderr.decode(errors="replace")
        if done.returncode != 0 or not raw_path.exists():
            if not psutil.pid_exists(pid):
                raise InputError(
                    f"process {pid} exited before py-spy could sample it", detail=stderr
                )
            raise _classify_pyspy_failure(stderr, target)
        return _profile_from_raw(
            raw_path.read_text(),
            out_dir=out_dir,
            duration_s=duration_s,
            rate_hz=rate_hz,
            target=target,
            nonblocking=nonblocking,
            resources=resources,
        )
