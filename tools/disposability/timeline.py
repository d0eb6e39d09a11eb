"""The parent's side of a timed load: start the driver child, fire events at set times.

An event is a function run in its own thread at ``at_s`` seconds after the users
started spawning (a SIGTERM that waits for the replica to exit, a replica that takes
seconds to become ready), so it never delays the load or a later event. Its result,
or the error it raised, is kept for the caller.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perfagent.tools.disposability.models import Timeline
from perfagent.tools.errors import PerfagentError, ServiceError
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.runner import ROOT
from perfagent.tools.loadtest.safety import check_host
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group

START_TIMEOUT_S = 60.0


@dataclass
class Event:
    """``action()`` at ``at_s``; afterwards ``result`` or ``error`` holds what it did."""

    at_s: float
    action: Callable[[], Any]
    label: str = ""
    fired_wall: float | None = None
    result: Any = None
    error: BaseException | None = None
    thread: threading.Thread | None = field(default=None, repr=False)

    def fire(self) -> None:
        self.fired_wall = time.time()

        def run() -> None:
            try:
                self.result = self.action()
            except BaseException as exc:  # noqa: BLE001 - handed to the caller after the load
                self.error = exc

        self.thread = threading.Thread(target=run, name=f"event-{self.label}", daemon=True)
        self.thread.start()

    def join(self, timeout_s: float) -> None:
        if self.thread is not None:
            self.thread.join(timeout_s)


def run_timeline(
    plan: LoadPlan,
    events: list[Event] | None = None,
    *,
    work_dir: str | Path | None = None,
    event_timeout_s: float = 120.0,
) -> Timeline:
    """Run ``plan`` with the driver child, firing ``events`` on time; the per-request timeline.

    The host is checked against the plan's allow-list before the child exists. An event
    that raised re-raises here, after the load and the child are finished.
    """
    check_host(plan.host, plan.allow_hosts)
    events = sorted(events or [], key=lambda e: e.at_s)
    with tempfile.TemporaryDirectory(prefix="perfagent-disp-", dir=work_dir) as tmp:
        plan_path, out_path, err_path = (
            Path(tmp) / "plan.json",
            Path(tmp) / "timeline.json",
            Path(tmp) / "err",
        )
        plan_path.write_text(plan.model_dump_json())
        env = scrubbed_env({"PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"})
        with open(err_path, "wb") as err:
            proc = spawn(
                [
                    sys.executable,
                    "-m",
                    "perfagent.tools.disposability.driver",
                    str(plan_path),
                    str(out_path),
                ],
                cwd=ROOT,
                env=env,
                memory_bytes=None,
                stdout=subprocess.PIPE,
                stderr=err,
            )
        try:
            try:
                started = _started(proc)
            except ServiceError:
                if proc.poll() is None:
                    raise
                proc.wait()
                raise _failure(proc.returncode, err_path.read_text(errors="replace")) from None
            for event in events:
                time.sleep(max(0.0, started + event.at_s - time.time()))
                if proc.poll() is not None:
                    break
                event.fire()
            proc.wait(timeout=plan.total_duration_s + plan.stop_timeout_s + 60)
        except subprocess.TimeoutExpired:
            pass
        finally:
            terminate_group(proc, grace_s=plan.stop_timeout_s + 5)
            for event in events:
                event.join(event_timeout_s)
        if not out_path.exists():
            raise _failure(proc.returncode, err_path.read_text(errors="replace"))
        timeline = Timeline.model_validate_json(out_path.read_text())
    for event in events:
        if event.error is not None:
            if isinstance(event.error, PerfagentError):
                raise event.error
            raise ServiceError(
                f"the {event.label or 'event'} at {event.at_s:g} s failed: {event.error}"
            )
    return timeline


def _started(proc: subprocess.Popen) -> float:
    """The wall time the driver's users started, from its first stdout line."""
    stdout = proc.stdout
    assert stdout is not None
    box: dict[str, float] = {}

    def read() -> None:
        for line in stdout:
            try:
                box["started"] = float(json.loads(line)["started"])
                return
            except (ValueError, KeyError, TypeError):
                continue

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(START_TIMEOUT_S)
    if "started" not in box:
        raise ServiceError(f"the load driver did not start its users within {START_TIMEOUT_S:g} s")
    return box["started"]


def _failure(returncode: int | None, stderr: str) -> PerfagentError:
    for line in reversed(stderr.strip().splitlines()):
        if line.startswith("{"):
            try:
                return ServiceError(json.loads(line)["error"])
            except (ValueError, KeyError):
                break
    return ServiceError(
        f"the load driver exited with code {returncode} without a timeline",
        detail="\n".join(stderr.strip().splitlines()[-5:]),
    )
