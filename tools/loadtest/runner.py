"""The parent's seam to Locust: run the plan in a child process, stream its ticks, read its result.

Locust is never imported here (it monkey-patches whatever imports it). The child
is ``python -m perfagent.tools.loadtest.child``; per-second ticks arrive as JSON lines on its
stdout, the ``RawRun`` as a JSON file. Ctrl-C here becomes SIGINT to the child,
which stops the users and still writes the partial result.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import perfagent
from perfagent.tools.errors import (
    InputError,
    PerfagentError,
    ServiceError,
    TargetError,
    UnsafeInputError,
)
from perfagent.tools.loadtest.auth import (
    SHARED_ENV,
    header_variables,
    secret_environ,
    shared_session,
)
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.results import RawRun, Tick
from perfagent.tools.loadtest.safety import check_host
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group
from perfagent.tools.sandbox.network import LOOPBACK

# the folder holding the perfagent package (the repository, or site-packages when installed):
# the children's working directory and PYTHONPATH
ROOT = Path(perfagent.__file__).resolve().parent.parent
_ERRORS = {cls.__name__: cls for cls in (InputError, UnsafeInputError, ServiceError, TargetError)}

TickHandler = Callable[[Tick], None]
ChildRunner = Callable[[LoadPlan, "TickHandler | None"], RawRun]


def child_timeout_s(plan: LoadPlan) -> float:
    """Wall-clock limit for the child: the plan, the ramps, the graceful stop and a margin."""
    return plan.total_duration_s + plan.stop_timeout_s + 60.0 + 2.0 * plan.workers


def run_child(
    plan: LoadPlan,
    on_tick: TickHandler | None = None,
    *,
    work_dir: str | Path | None = None,
    started: Callable[[subprocess.Popen], None] | None = None,
) -> RawRun:
    """Run ``plan`` in a Locust child process and return what it measured.

    The host is checked against the allow-list here, before the child exists.
    ``started`` is called with the child's Popen (tests use it to send signals).
    """
    check_host(plan.host, plan.allow_hosts)
    if plan.remote_workers and not plan.master_port:
        raise InputError(
            "master_port must be set when remote_workers > 0, so the remote workers know "
            "where to join (perfagent load worker --master HOST:PORT)"
        )
    with tempfile.TemporaryDirectory(prefix="perfagent-load-", dir=work_dir) as tmp:
        plan_path, result_path = Path(tmp) / "plan.json", Path(tmp) / "raw.json"
        err_path = Path(tmp) / "stderr.txt"
        plan_path.write_text(plan.model_dump_json())
        env = scrubbed_env({"PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"})
        # [service.auth]'s and the endpoints' headers' ${VAR}s: the only secrets the child gets
        env.update(secret_environ(plan.auth, headers=header_variables(plan.endpoints)))
        if getattr(plan.auth, "shared", False):  # one login before the load, carried by all
            env[SHARED_ENV] = json.dumps(shared_session(plan.host, plan.auth))
        with open(err_path, "wb") as err:
            proc = spawn(
                [
                    sys.executable,
                    "-m",
                    "perfagent.tools.loadtest.child",
                    "run",
                    str(plan_path),
                    str(result_path),
                ],
                cwd=ROOT,
                env=env,
                memory_bytes=None,
                stdout=subprocess.PIPE,
                stderr=err,
            )
            if started:
                started(proc)
            timed_out = _stream(proc, plan, on_tick)
        stderr = err_path.read_text(errors="replace")
        if not result_path.exists():
            raise _child_error(proc.returncode, stderr, timed_out)
        return RawRun.model_validate_json(result_path.read_text())


def parse_master(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` for IPv6) of a Locust master, checked.

    >>> parse_master("10.0.0.7:5557"), parse_master("[::1]:5557")
    (('10.0.0.7', 5557), ('::1', 5557))
    >>> parse_master("10.0.0.7")
    Traceback (most recent call last):
    ...
    perfagent.tools.errors.InputError: --master '10.0.0.7' must be HOST:PORT, e.g. 10.0.0.7:5557
    """
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(f"--master {text!r} must be HOST:PORT, e.g. 10.0.0.7:5557")
    return host, int(port)


def join_master(
    master: str,
    allow: Sequence[str] = LOOPBACK,
    *,
    timeout_s: float = 300.0,
    started: Callable[[subprocess.Popen], None] | None = None,
) -> None:
    """Be one Locust worker of the master at ``master`` (HOST:PORT) for one run, then return.

    The worker gets the plan from the master and refuses (InputError, one sentence) a
    host outside ``allow`` — its own allow-list, whatever the master's plan says.
    Ctrl-C makes the worker leave the master.
    """
    host, port = parse_master(master)
    env = scrubbed_env({"PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"})
    with tempfile.TemporaryDirectory(prefix="perfagent-worker-") as tmp:
        err_path = Path(tmp) / "stderr.txt"
        with open(err_path, "wb") as err:
            proc = spawn(
                [
                    sys.executable,
                    "-m",
                    "perfagent.tools.loadtest.child",
                    "join",
                    host,
                    str(port),
                    json.dumps(list(allow)),
                    str(timeout_s),
                ],
                cwd=ROOT,
                env=env,
                memory_bytes=None,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
            if started:
                started(proc)
            try:
                proc.wait()
            except KeyboardInterrupt:
                _signal(proc, signal.SIGTERM)  # the worker tells the master it quits
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    pass
                raise
            finally:
                terminate_group(proc, grace_s=2.0)
        if proc.returncode not in (0, -signal.SIGTERM):
            raise _child_error(proc.returncode, err_path.read_text(errors="replace"), False)


def _stream(proc: subprocess.Popen, plan: LoadPlan, on_tick: TickHandler | None) -> bool:
    """Forward the child's ticks until it exits; Ctrl-C and the deadline become SIGINT."""
    timed_out = threading.Event()

    def overrun() -> None:
        timed_out.set()
        _signal(proc, signal.SIGINT)
        # A child that ignores SIGINT loses its group, which also ends the read loop.
        last_resort = threading.Timer(
            plan.stop_timeout_s + 30, terminate_group, (proc,), {"grace_s": 1.0}
        )
        last_resort.daemon = True
        last_resort.start()

    watchdog = threading.Timer(child_timeout_s(plan), overrun)
    watchdog.daemon = True
    watchdog.start()
    interrupts = 0
    try:
        while True:
            try:
                _read_ticks(proc, on_tick)
                proc.wait(timeout=plan.stop_timeout_s + 30)
                break
            except KeyboardInterrupt:
                interrupts += 1
                if interrupts > 1:
                    terminate_group(proc, grace_s=1.0)
                    raise
                _signal(proc, signal.SIGINT)  # the child stops its users and writes what it has
            except subprocess.TimeoutExpired:
                break
    finally:
        watchdog.cancel()
        terminate_group(proc, grace_s=2.0)
    return timed_out.is_set()


def _read_ticks(proc: subprocess.Popen, on_tick: TickHandler | None) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if not on_tick:
            continue
        try:
            tick = Tick.model_validate_json(line)
        except ValueError:
            continue  # a stray line from a library, not a tick
        on_tick(tick)


def _signal(proc: subprocess.Popen, sig: int) -> None:
    try:
        os.kill(proc.pid, sig)
    except ProcessLookupError:
        pass


def _child_error(returncode: int | None, stderr: str, timed_out: bool) -> PerfagentError:
    for line in reversed(stderr.strip().splitlines()):
        if line.startswith("{"):
            try:
                payload = json.loads(line)
                return _ERRORS.get(payload.get("type"), ServiceError)(payload["error"])
            except (ValueError, KeyError, TypeError):
                break
    tail = "\n".join(stderr.strip().splitlines()[-5:])
    if timed_out:
        return ServiceError(
            "the load generator overran its time limit and was stopped", detail=tail
        )
    return ServiceError(
        f"the load generator exited with code {returncode} without a result", detail=tail
    )
