"""Each side's setup, then every benchmark compared base against head (tools.bench.compare).

A failure is a row or a note, never an exception: a head whose setup fails, or whose
benchmark crashes, is exactly what a reviewer needs to read about, and the other
benchmarks are still compared.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from perfagent.tools.bench import compare
from perfagent.tools.bench.models import BenchSpec
from perfagent.tools.codeedit.gate import run_checks
from perfagent.tools.errors import PerfagentError
from perfagent.tools.review.models import BenchmarkRow, ReviewSettings
from perfagent.tools.review.spec import ReviewSpec

Say = Callable[[str], None]
# Every process compiles the target's modules afresh, on both sides alike. Otherwise the
# first process in a fresh worktree compiles and writes __pycache__ and later ones do not:
# an instruction-count sample (Ir(2L) - Ir(L)) that straddles the two carried the
# compilation, measured here as +11% on one head sample of an unchanged benchmark.
NO_PYC = {"PYTHONDONTWRITEBYTECODE": "1"}


class SideTree(BaseModel):
    """One side checked out: where, its spec (None: none declared), and why it cannot run."""

    name: str  # "base" | "head"
    top: Path  # the worktree: the repository at this side's commit
    root: Path  # the target's folder in it (``ReviewSettings.subdir``)
    spec: ReviewSpec | None = None
    broken: str = ""  # one sentence: the spec is invalid or the setup failed

    def benchmark(self, name: str) -> BenchSpec | None:
        found = [b for b in (self.spec.benchmarks if self.spec else []) if b.name == name]
        return found[0] if found else None


def set_up(
    side: SideTree, settings: ReviewSettings, say: Say, *, deadline: float | None = None
) -> None:
    """Run the side's ``[target] setup`` in its worktree; a failure goes to ``side.broken``."""
    if side.broken or side.spec is None or not side.spec.setup or not side.spec.benchmarks:
        return
    say(f"setting up {side.name}: {side.spec.setup}")
    timeout = settings.setup_timeout_s
    if deadline is not None:
        timeout = max(min(timeout, (deadline - time.perf_counter()) / 2), 1.0)
    result = run_checks(side.root, setup=side.spec.setup, test=None, timeout_s=timeout)
    if not result.ok:
        last = result.output.strip().splitlines()[-1:] if result.output.strip() else []
        side.broken = f"at {side.name}, {result.reason}" + (f" ({last[0][:200]})" if last else "")


def _row(
    name: str, base: SideTree, head: SideTree, settings: ReviewSettings, say: Say, max_time_s: float
) -> BenchmarkRow:
    a, b = base.benchmark(name), head.benchmark(name)
    unreadable = [s.broken for s in (base, head) if s.broken and s.spec is None]
    if unreadable:  # a side whose spec cannot be read: nothing is known to be new or removed
        return BenchmarkRow(name=name, status="failed", reason=f"not measured: {unreadable[0]}")
    if a is None:
        return BenchmarkRow(
            name=name, status="new", reason="new in this change: nothing to compare it with"
        )
    if b is None:
        return BenchmarkRow(name=name, status="removed", reason="removed by this change")
    broken = base.broken or head.broken
    if broken:
        return BenchmarkRow(name=name, status="failed", reason=f"not measured: {broken}")
    say(f"benchmark {name}: comparing base and head")

    def tick(done: int, total: int, _what: str) -> None:
        say(f"benchmark {name}: {done}/{total} sample pairs")

    try:
        c = compare(
            a.model_copy(update={"name": f"{name} @ base", "env": {**NO_PYC, **a.env}}),
            b.model_copy(update={"name": f"{name} @ head", "env": {**NO_PYC, **b.env}}),
            mode=settings.mode,
            samples=settings.samples,
            max_samples=settings.max_samples,
            min_sample_s=settings.min_sample_s,
            min_effect=settings.min_effect,
            max_time_s=max_time_s,
            seed=settings.seed,
            progress=tick,
        )
    except PerfagentError as exc:
        return BenchmarkRow(name=name, status="failed", reason=str(exc))
    say(f"benchmark {name}: {c.verdict} ({c.change_pct:+.1f}%)")
    return BenchmarkRow(
        name=name,
        status="compared",
        verdict=c.verdict,
        unit="instructions" if c.mode == "instructions" else "seconds",
        base_median=c.a.summary.median,
        head_median=c.b.summary.median,
        ratio=c.ratio,
        ci_low=c.ci_low,
        ci_high=c.ci_high,
        p_value=c.p_value,
        reason=c.reason,
        comparison=c,
    )


def compare_sides(
    base: SideTree,
    head: SideTree,
    settings: ReviewSettings,
    say: Say,
    *,
    deadline: float | None = None,
) -> list[BenchmarkRow]:
    """One row per benchmark either side declares: head's order first, then the removed ones.

    With a review ``deadline``, each benchmark gets at most ``max_time_s`` and its share of
    half of what is left (the other half is for profiling); none at all is a failed row.
    """
    names = [b.name for b in head.spec.benchmarks] if head.spec else []
    names += [b.name for b in (base.spec.benchmarks if base.spec else []) if b.name not in names]
    for side in (base, head):
        set_up(side, settings, say, deadline=deadline)
    rows = []
    for i, name in enumerate(names):
        budget = settings.max_time_s
        if deadline is not None:
            budget = min(budget, (deadline - time.perf_counter()) / 2 / (len(names) - i))
            if budget < 1.0:
                rows.append(
                    BenchmarkRow(
                        name=name,
                        status="failed",
                        reason=(
                            f"not measured: the review's {settings.budget_s:g} s time budget "
                            "ran out"
                        ),
                    )
                )
                continue
        rows.append(_row(name, base, head, settings, say, budget))
    return rows
