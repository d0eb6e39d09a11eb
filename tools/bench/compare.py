"""A against B, interleaved, with a statistical verdict.

Samples alternate between A and B (the order inside each pair drawn from a seeded
RNG) so that drift on the machine hits both sides alike. The comparison looks at its
samples at planned points (``samples``, then every ``samples // 2`` up to
``max_samples``), each look at its own level from an alpha-spending function
(tools.bench.sequential), so adding samples until a verdict keeps the false-verdict
rate at ``1 - confidence``. ``max_time_s`` bounds the whole comparison, calibration
and warm-ups included: a run still going when it ends is killed, and counts as a
*censored* sample (its time is a lower bound), so a huge regression is still reported,
with the samples it had.
"""

from __future__ import annotations

import random
import time
from typing import NamedTuple

from perfagent.tools.bench import callgrind, runner
from perfagent.tools.bench.models import BenchSpec, Comparison, Mode, RequestedMode, Sample, Verdict
from perfagent.tools.bench.runner import OutOfTime
from perfagent.tools.bench.sequential import Spending, level_at, schedule
from perfagent.tools.bench.stats import (
    lognormal_floor,
    mann_whitney_p,
    ratio_of_medians_ci,
    welch_p,
)
from perfagent.tools.bench.verdict import decide
from perfagent.tools.errors import InputError, TargetTimeout, ToolMissingError

# Instruction counts repeat to ~0.02%, so a threshold ten times that is still safe.
DEFAULT_MIN_EFFECT = {"time": 0.02, "instructions": 0.002}
DEFAULT_SAMPLES = {"time": 20, "instructions": 3}
# Too few samples for any interval (the budget ran out): a change is still called when the
# fastest run of one side took GROSS times the slowest of the other. Processes here differ
# by up to ~35% run to run (benchmarks/README.md), never 2x; this rule is outside alpha.
GROSS = 2.0
# Instruction counts repeat to ~0.02% here (DESIGN.md); with fewer than three counts a side the
# noise is taken as five times that, known in advance instead of estimated from 1-2 values.
COUNT_FLOOR_CV = 0.001


def _values(samples: list[Sample], mode: Mode) -> list[float]:
    return [(s.instructions or 0.0) if mode == "instructions" else s.wall_s for s in samples]


def _gross(
    va: list[float], vb: list[float], a: list[Sample], b: list[Sample]
) -> tuple[Verdict, str] | None:
    """A verdict from the extremes alone, for changes no noise explains (censored values
    are lower bounds)."""
    if not va or not vb:
        return None
    if not any(s.censored for s in a) and min(vb) >= GROSS * max(va):
        return "slower", (
            f"every B run took at least {min(vb) / max(va):.1f}x A's slowest "
            f"({len(vb)} B, {len(va)} A samples): too few for an interval within the "
            "time budget, but far beyond run-to-run noise"
        )
    if not any(s.censored for s in b) and max(vb) * GROSS <= min(va):
        return "faster", (
            f"every A run took at least {min(va) / max(vb):.1f}x B's slowest "
            f"({len(va)} A, {len(vb)} B samples): too few for an interval within the "
            "time budget, but far beyond run-to-run noise"
        )
    return None


class _Look(NamedTuple):
    """What one look at the samples concluded."""

    ratio: float
    lo: float
    hi: float
    p: float
    verdict: Verdict
    reason: str


def _verdict(
    a: list[Sample],
    b: list[Sample],
    mode: Mode,
    min_effect: float,
    level: float,
    seed: int,
    *,
    final: bool,
) -> _Look:
    va, vb = _values(a, mode), _values(b, mode)
    if mode == "instructions" and min(len(va), len(vb)) < 3:
        ratio, lo, hi, p = lognormal_floor(va, vb, floor_cv=COUNT_FLOOR_CV, confidence=1.0 - level)
    else:
        ratio, lo, hi = ratio_of_medians_ci(va, vb, confidence=1.0 - level, seed=seed)
        p = welch_p(va, vb) if mode == "instructions" else mann_whitney_p(va, vb)
    verdict, reason = decide(
        ratio=ratio, ci_low=lo, ci_high=hi, p_value=p, min_effect=min_effect, alpha=level
    )
    # A censored value is a lower bound: it can only make its side look faster than it is.
    cut_a, cut_b = any(s.censored for s in a), any(s.censored for s in b)
    if (cut_b and verdict in ("faster", "unchanged")) or (
        cut_a and verdict in ("slower", "unchanged")
    ):
        verdict, reason = (
            "inconclusive",
            f"{(ratio - 1) * 100:+.2f}%: some runs were cut off by the time budget",
        )
    if verdict == "inconclusive" and final and (gross := _gross(va, vb, a, b)):
        verdict, reason = gross
    return _Look(ratio, lo, hi, p, verdict, reason)


AUTO_TIME_SHARE = (
    0.1  # of max_time_s for wall time: on a busy VM one instruction-count sample pair takes ~40 s
)
COUNTED_SLOWDOWN = 50  # a command's run under valgrind takes at least this many times longer
MARGIN = 1.15  # a pair can take longer than the average so far (measured: 60.7 s against 60)


class _Sampler:
    """Interleaved pairs until a look or the budget; what ran out is remembered.

    A side without any sample yet gets at most half of what is left, so that a side whose
    one run outlasts the budget (a 100x regression) leaves time for the other side's sample.
    """

    def __init__(
        self, a: BenchSpec, b: BenchSpec, take, rng: random.Random, deadline: float
    ) -> None:
        self.specs = {"a": a, "b": b}
        self.take, self.rng, self.deadline = take, rng, deadline
        self.got: dict[str, list[Sample]] = {"a": [], "b": []}
        self.out_of_time = False
        self.pair_s: list[float] = []

    def _n(self) -> int:
        return min(len(v) for v in self.got.values())

    def _stop(self) -> bool:
        if self._n() == 0:
            return False  # every side gets its first sample, however late
        if any(s.censored for v in self.got.values() for s in v):
            return True
        now = time.perf_counter()
        return (
            now >= self.deadline
            or bool(self.pair_s)
            and now + max(self.pair_s[-3:]) * MARGIN > self.deadline
        )

    def until(self, target: int, progress, label: str) -> None:
        while self._n() < target:
            if self._stop():
                self.out_of_time = True
                return
            sides = ["a", "b"]
            self.rng.shuffle(sides)
            t0, n0 = time.perf_counter(), self._n()
            for side in sides:
                if len(self.got[side]) > n0:
                    continue  # this side already has its sample of this pair (a cut warm-up)
                other = "b" if side == "a" else "a"
                deadline = self.deadline
                if not self.got[other] or (sides[0] == side and n0 == 0):
                    deadline = t0 + max(self.deadline - t0, 0.0) / 2
                self.got[side].append(self.take(self.specs[side], self.got, deadline))
            if not any(s.censored for v in self.got.values() for s in v):
                self.pair_s.append(time.perf_counter() - t0)
            if progress:
                progress(self._n(), target, label)


def compare(
    a: BenchSpec,
    b: BenchSpec,
    *,
    mode: RequestedMode = "time",
    samples: int | None = None,
    max_samples: int | None = None,
    warmups: int = 1,
    min_sample_s: float = 0.1,
    min_effect: float | None = None,
    confidence: float = 0.95,
    max_time_s: float = 60.0,
    spending: Spending = "obf",
    seed: int = 0,
    progress: runner.Progress | None = None,
) -> Comparison:
    """Compare B against A; the verdict says whether B is faster, slower or unchanged.

    >>> spec = BenchSpec(command="true")
    >>> c = compare(spec, spec, samples=4, max_samples=4, min_sample_s=0.001, min_effect=0.5)
    >>> c.verdict in ("unchanged", "inconclusive"), c.a.summary.n
    (True, 4)
    """
    if bool(a.callable) != bool(b.callable):
        raise InputError("A and B must both be commands or both be callables")
    if mode == "auto":
        return _auto(
            a,
            b,
            samples=samples,
            max_samples=max_samples,
            warmups=warmups,
            min_sample_s=min_sample_s,
            min_effect=min_effect,
            confidence=confidence,
            max_time_s=max_time_s,
            seed=seed,
            spending=spending,
            progress=progress,
        )
    samples = samples or DEFAULT_SAMPLES[mode]
    # Counts repeat to ~0.02%: one look at 3 samples settles them, and valgrind is slow.
    max_samples = max(max_samples or (samples if mode == "instructions" else samples * 3), samples)
    if samples < 2:
        raise InputError("a comparison needs at least 2 samples per side")
    min_effect = DEFAULT_MIN_EFFECT[mode] if min_effect is None else min_effect
    alpha = 1.0 - confidence
    rng = random.Random(seed)
    start = time.perf_counter()
    deadline = start + max_time_s
    early: dict[str, list[Sample]] = {"a": [], "b": []}  # warm-ups the budget cut: censored samples

    def prepare() -> int:
        if mode == "instructions":
            callgrind.valgrind()  # fail early, with the install hint, before any work
            # Counts are exact: a few milliseconds of work per loop is plenty, and valgrind is
            # ~50x slower.
            loops = (
                runner.calibrate(a, min_sample_s=min(min_sample_s, 0.005), deadline=deadline)
                if a.callable
                else 1
            )
            # Calibrating ran A once, writing its .pyc files; run B once too, or B's first counted
            # run would include compiling its modules (seen: +11% on one sample of an A/A).
            if b.callable:
                runner.take_sample(b, loops=1, warmups=0, deadline=deadline)
            else:
                runner.warm_up(b, 1, deadline=deadline)
            return loops
        # One loop count for both sides, from A: per-loop times then compare like for like.
        loops = runner.calibrate(a, min_sample_s=min_sample_s, deadline=deadline)
        for side, spec in (("a", a), ("b", b)):
            try:  # at most a third of what is left: the other side and the samples need the rest
                runner.warm_up(
                    spec, warmups, deadline=time.perf_counter() + runner.remaining_s(deadline) / 3
                )
            except OutOfTime as cut:  # one run of this side outlasted the budget: a lower bound
                if spec.metric:
                    continue
                early[side].append(
                    Sample(
                        wall_s=cut.elapsed_s / loops,
                        cpu_s=0.0,
                        peak_rss_bytes=0,
                        loops=loops,
                        censored=True,
                        process_s=cut.elapsed_s,
                    )
                )
        return loops

    try:
        loops = prepare()
    except OutOfTime:
        raise TargetTimeout(
            f"the {max_time_s:g} s time budget ran out before {a.name!r} and {b.name!r} had a "
            "sample each (calibrating or warming up took it all): give a larger --max-time"
        ) from None

    def take(spec: BenchSpec, got: dict[str, list[Sample]], until: float) -> Sample:
        if mode == "instructions":
            try:
                return callgrind.take_sample(
                    spec, loops=loops, deadline=until
                )  # each with its own Ir(L)
            except OutOfTime as cut:  # a partial count is no bound
                raise _Stop() from cut
        done = [
            s.process_s for side in got.values() for s in side if s.process_s and not s.censored
        ]
        try:
            return runner.take_sample(
                spec,
                loops=loops,
                warmups=warmups,
                deadline=until,
                overhead_s=max(done, default=0.0),
            )
        except OutOfTime as cut:  # a --metric run cut short printed no figure
            raise _Stop() from cut

    sampler = _Sampler(a, b, take, rng, deadline)
    for side in ("a", "b"):
        sampler.got[side] += early[side]
    looks = schedule(samples, max_samples)
    previous = 0
    result: _Look | None = None
    for i, target in enumerate(looks):
        try:
            sampler.until(target, progress, f"{a.name} vs {b.name}")
        except _Stop:
            sampler.out_of_time = True
        got_a, got_b = sampler.got["a"], sampler.got["b"]
        n = min(len(got_a), len(got_b))
        if not got_a or not got_b:
            raise TargetTimeout(
                f"the {max_time_s:g} s time budget ran out before {a.name!r} and {b.name!r} had a "
                "sample each: give a larger --max-time"
            )
        if n <= previous and not sampler.out_of_time:
            continue
        final = sampler.out_of_time or i == len(looks) - 1
        level = level_at(
            max(n, 1),
            previous=previous,
            last=looks[-1],
            alpha=alpha,
            spending=spending,
            final=final,
        )
        result = _verdict(got_a, got_b, mode, min_effect, level, seed, final=final)
        if result[4] != "inconclusive" or final:
            break
        previous = n

    assert (
        result is not None
    )  # the first look always has a sample a side more than 0 (n > previous)
    ratio, lo, hi, p, verdict, reason = result
    elapsed = time.perf_counter() - start
    notes = []
    cut = sum(s.censored for s in got_a + got_b)
    if cut:
        notes.append(
            f"{cut} run(s) were cut off when the {max_time_s:g} s budget ran out; "
            "their times are lower bounds"
        )
    if a.metric:
        notes.append(
            f"the values are the figure the benchmark prints (--metric {a.metric!r}), not wall time"
        )
    if sampler.out_of_time and n < looks[-1]:
        notes.append(
            f"the {max_time_s:g} s budget allowed {n} of {looks[-1]} planned samples per side"
        )
    return Comparison(
        a=runner.make_result(a, got_a, loops=loops, warmups=warmups, elapsed_s=elapsed, mode=mode),
        b=runner.make_result(b, got_b, loops=loops, warmups=warmups, elapsed_s=elapsed, mode=mode),
        mode=mode,
        ratio=ratio,
        ci_low=lo,
        ci_high=hi,
        confidence=1.0 - level,
        p_value=p,
        min_effect=min_effect,
        verdict=verdict,
        reason=reason,
        elapsed_s=elapsed,
        notes=notes,
        max_time_s=max_time_s,
        looks=[x for x in looks if x < n] + [n],
    )


class _Stop(Exception):
    """The budget ran out during an instruction count."""


def _longest_run(timed: Comparison) -> float:
    """Seconds of the longest process the timed phase ran (a cut-off one is a lower bound)."""
    runs = [s.process_s or s.wall_s * s.loops for side in (timed.a, timed.b) for s in side.samples]
    return max(runs, default=0.0)


def _auto(
    a: BenchSpec, b: BenchSpec, *, samples, max_time_s: float, min_effect, **kw
) -> Comparison:
    """Wall time first; when its interval cannot decide and valgrind is here, count instructions.

    Instruction counts repeat to ~0.02% where wall time between processes varies by
    several percent, so they settle small changes time cannot. They measure CPU work
    only — I/O, waiting and cache misses are not in them — which the notes say. A command
    whose one run is so long that a counted pair (~50x slower) cannot finish in what is left
    is timed again with the whole rest of the budget instead.
    """
    start = time.perf_counter()
    timed = compare(
        a,
        b,
        mode="time",
        samples=samples,
        min_effect=min_effect,
        max_time_s=max_time_s * AUTO_TIME_SHARE,
        **kw,
    )
    if timed.verdict != "inconclusive":
        return timed
    try:
        callgrind.valgrind()
    except ToolMissingError as exc:
        timed.notes.append(f"instruction counts could not settle it: {exc}")
        return timed
    left = (
        max_time_s - (time.perf_counter() - start) - 0.5
    )  # reaping and cleaning up after the last run
    run_s = _longest_run(timed)
    if not a.callable and run_s * COUNTED_SLOWDOWN * 2 > left:
        # One counted pair cannot finish in what is left: more timed samples can still decide.
        try:
            retimed = compare(
                a, b, mode="time", samples=samples, min_effect=min_effect, max_time_s=left, **kw
            )
        except TargetTimeout:
            timed.notes.append(f"one run takes {run_s:.1f} s: too long to settle it in the budget")
            return timed
        retimed.notes.append(
            f"one run takes {run_s:.1f} s: an instruction-count pair (~{COUNTED_SLOWDOWN}x "
            f"slower) could not finish in the {left:.0f} s left, so wall time had the whole "
            "budget"
        )
        retimed.elapsed_s += timed.elapsed_s
        retimed.max_time_s = max_time_s
        return retimed
    try:
        counted = compare(a, b, mode="instructions", min_effect=min_effect, max_time_s=left, **kw)
    except TargetTimeout:
        timed.notes.append(
            f"instruction counts could not settle it within the {max_time_s:g} s budget"
        )
        return timed
    counted.notes += [
        f"wall time was inconclusive ({timed.reason}); the verdict comes from instruction counts",
        "instruction counts measure CPU work only: I/O, waiting and cache misses are not in them",
    ]
    counted.elapsed_s += timed.elapsed_s
    counted.max_time_s = max_time_s
    return counted
