"""The admin archetype's check: a one-off command is not load tested; it must start
quickly, exit with the expected code and leave an entry in its audit log.

Time to first output stands for its startup (the moment it is doing something a
person can see); the audit entry is a new line in the spec's ``audit_log`` file.
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

from perfagent.tools.disposability.models import AdminReport
from perfagent.tools.disposability.processes import fill
from perfagent.tools.sandbox import scrubbed_env, spawn, terminate_group
from perfagent.tools.spec import ProcessSpec


def _lines(path: Path) -> int:
    try:
        return sum(1 for line in path.read_text(errors="replace").splitlines() if line.strip())
    except FileNotFoundError:
        return 0


def admin_check(process: ProcessSpec, *, cwd: str | Path | None, namespace: str) -> AdminReport:
    command = fill(process.start, {"namespace": namespace, "replica": "admin"})
    audit = Path(cwd or ".") / process.audit_log if process.audit_log else None
    before = _lines(audit) if audit else 0
    env = scrubbed_env({**process.env, "PERFAGENT_NAMESPACE": namespace, "PYTHONUNBUFFERED": "1"})
    started = time.perf_counter()
    proc = spawn(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    first: list[float] = []

    def read() -> None:
        assert proc.stdout is not None
        if proc.stdout.read(1):
            first.append(time.perf_counter() - started)
        proc.stdout.read()  # drain, so the command never blocks on a full pipe

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        code: int | None = proc.wait(timeout=process.timeout_s)
    except subprocess.TimeoutExpired:
        code = None
    finally:
        terminate_group(proc, grace_s=2.0)
    wall = time.perf_counter() - started
    reader.join(2.0)
    entry = (_lines(audit) > before) if audit else None
    problems = []
    if code is None:
        problems.append(f"did not finish within {process.timeout_s:g} s")
    elif code != process.expect_exit:
        problems.append(f"exited with {code}, not {process.expect_exit}")
    if entry is False:
        problems.append(f"left no entry in its audit log {process.audit_log}")
    head = f"`{process.start}` ran in {wall:.2f} s"
    return AdminReport(
        process=process.name,
        command=process.start,
        exit_code=code,
        expect_exit=process.expect_exit,
        first_output_s=round(first[0], 4) if first else None,
        wall_s=round(wall, 4),
        audit_log=process.audit_log,
        audit_entry=entry,
        ok=not problems,
        reason=head
        + (": " + "; ".join(problems) if problems else ", exit code and audit entry as expected"),
    )
