"""Kill an engagement at a chosen point, resume it, and say what the resumed run ended with.

``perfagent run`` is started with ``PERFAGENT_CRASH_AT=<step>:<point>`` (see
agent/crashpoint.py): it SIGKILLs itself there — a real process, killed with no chance
to clean up. ``perfagent resume`` (without the variable) then has to finish the run.
Used by tests/engagement/test_kill_resume.py and benchmarks/kill_resume.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[2]
DELIVERABLE_DIRS = (
    "1-profiling",
    "2-load-test",
    "3-caching",
    "4-recommendations",
    "5-before-after",
    "6-monitoring",
    "7-database",
    "8-frontend",
)


class Outcome(BaseModel):
    phase: str
    crash_at: str
    killed: bool  # the run died by SIGKILL at the crash point (not: finished before reaching it)
    resumed_ok: bool
    complete: bool  # all eight deliverables and index.md
    kept: list[str]
    steps: list[str]
    detail: str = ""


def env_for(tmp: Path) -> dict[str, str]:
    return {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "COLUMNS": "200",
        "HOME": str(tmp),
        "PERFAGENT_CHECKPOINTS": str(tmp / "ck.sqlite"),
        "PERFAGENT_WORK": str(tmp / "work"),
        "PERFAGENT_HISTORY": str(tmp / "history.sqlite"),
        "PERFAGENT_COMPARE_MAX_S": "20",
    }


def _cli(*args: str, env: dict, timeout_s: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "perfagent.api.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


def complete(report: Path) -> bool:
    return (report / "index.md").is_file() and all(
        (report / d / "README.md").is_file() for d in DELIVERABLE_DIRS
    )


def outcome_of(
    run_id: str,
    tmp: Path,
    phase: str,
    crash_at: str,
    *,
    killed: bool,
    resumed_ok: bool,
    detail: str = "",
) -> Outcome:
    from perfagent.agent.engagement import load

    state = load(run_id, checkpoint_url=str(tmp / "ck.sqlite"))
    return Outcome(
        phase=phase,
        crash_at=crash_at,
        killed=killed,
        resumed_ok=resumed_ok,
        complete=complete(Path(state.report_dir)),
        kept=sorted(c.recipe or c.id for c in state.candidates.values() if c.status == "kept"),
        steps=[r.step for r in state.log],
        detail=detail,
    )


def run_once(
    target: Path, tmp: Path, phase: str, run_id: str, crash_at: str | None = None
) -> Outcome:
    """``perfagent run`` (killed at ``crash_at`` if given), then ``perfagent resume`` if it was
    killed."""
    env = env_for(tmp)
    args = (
        "run",
        str(target),
        "--phase",
        phase,
        "--samples",
        "4",
        "--report-dir",
        str(tmp / "reports"),
        "--run-id",
        run_id,
    )
    first = _cli(*args, env={**env, "PERFAGENT_CRASH_AT": crash_at} if crash_at else env)
    killed = first.returncode == -signal.SIGKILL
    if not killed:
        detail = (
            "" if first.returncode == 0 else f"run exited {first.returncode}: {first.stderr[-500:]}"
        )
        return outcome_of(
            run_id,
            tmp,
            phase,
            crash_at or "-",
            killed=False,
            resumed_ok=first.returncode == 0,
            detail=detail,
        )
    done = _cli("resume", run_id, env=env)
    detail = (
        "" if done.returncode == 0 else f"resume exited {done.returncode}: {done.stderr[-500:]}"
    )
    return outcome_of(
        run_id,
        tmp,
        phase,
        crash_at or "-",
        killed=True,
        resumed_ok=done.returncode == 0,
        detail=detail,
    )
