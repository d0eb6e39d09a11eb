"""Kill/resume table: SIGKILL `perfagent run` at every step boundary and mid-step, then
`perfagent resume`; count complete reports (8 deliverables + index.md) and kept sets
identical to an uninterrupted run's.

    .venv/bin/python benchmarks/kill_resume.py  # every phase; construction at 10 points
    .venv/bin/python benchmarks/kill_resume.py --every-point  # construction at all 30 points too
    .venv/bin/python benchmarks/kill_resume.py --phase elaboration  # one phase (repeatable)

The target is the small `calc` repository of tests/engagement/test_optimize_loop.py (a pure
hot function whose memoization is kept). Crash points: agent/crashpoint.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from perfagent.agent.phases import PHASE_STEPS, looping
from perfagent.agent.steps import declared
from tests.engagement.kills import Outcome, run_once
from tests.engagement.test_optimize_loop import _repo

POINTS = ("start", "mid", "end", "saved")
# A kill-and-resume of the construction phase takes a minute or two here: by default one
# point per step at least, mid-step where a child process runs, both passes of the loop.
CONSTRUCTION = (
    "baseline:mid",
    "profile:mid",
    "profile:saved",
    "prioritize:end",
    "optimize:end",
    "validate:mid",
    "validate:saved",
    "optimize:start:2",
    "monitor:saved",
    "report:mid",
)


def plan(phases: list[str], *, every_point: bool = False) -> list[tuple[str, str]]:
    """(phase, crash point) for every step of each phase; the optimize ⇄ validate loop is hit
    on its first and second pass."""
    out = []
    for phase in phases:
        if phase == "construction" and not every_point:
            out += [(phase, point) for point in CONSTRUCTION]
            continue
        for step in PHASE_STEPS[phase]:
            for point in POINTS:
                out.append((phase, f"{step}:{point}"))
            if step in looping(declared()):
                out.append((phase, f"{step}:start:2"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every-point", action="store_true", help="construction at all 30 points")
    parser.add_argument("--phase", action="append", help="only these phases")
    args = parser.parse_args()
    phases = args.phase or list(PHASE_STEPS)
    with tempfile.TemporaryDirectory(prefix="perfagent-kills-") as tmp_name:
        tmp = Path(tmp_name)
        repo = _repo(tmp)
        reference: dict[str, Outcome] = {}
        rows: list[Outcome] = []
        started = time.monotonic()
        for n, (phase, crash_at) in enumerate(plan(phases, every_point=args.every_point)):
            if phase not in reference:
                reference[phase] = run_once(repo, tmp, phase, f"ref-{phase}")
                print(
                    f"reference {phase}: kept {reference[phase].kept}, "
                    f"complete {reference[phase].complete}",
                    flush=True,
                )
            outcome = run_once(repo, tmp, phase, f"kill-{n}", crash_at)
            rows.append(outcome)
            print(
                f"{phase:<12} {crash_at:<18} killed={outcome.killed!s:<5} "
                f"complete={outcome.complete!s:<5} "
                f"kept={outcome.kept} {outcome.detail}",
                flush=True,
            )
        killed = [r for r in rows if r.killed]
        print(f"\n{time.monotonic() - started:.0f} s in all\n")
        print("| phase | kills | complete reports | kept set as uninterrupted |")
        print("|---|---:|---:|---:|")
        for phase in phases:
            mine = [r for r in killed if r.phase == phase]
            same = sum(r.kept == reference[phase].kept for r in mine)
            print(
                f"| {phase} | {len(mine)} | "
                f"{sum(r.complete and r.resumed_ok for r in mine)} | {same} |"
            )
        same = sum(r.kept == reference[r.phase].kept for r in killed)
        print(
            f"| **all** | **{len(killed)}** | "
            f"**{sum(r.complete and r.resumed_ok for r in killed)}** | **{same}** |"
        )
        missed = [f"{r.phase} {r.crash_at}" for r in rows if not r.killed]
        if missed:
            print(
                "\nnot reached (the step has no such point on this target, so no kill): "
                f"{', '.join(missed)}"
            )


if __name__ == "__main__":
    main()
