"""Before/after under load: two running services, the same plan, alternating rounds.

The load goes to A, then B, then B, then A ... (the order flips every round, so a
drifting machine hits both alike). Every second of every round gives one sample
per endpoint — its p50/p95/p99 and its request rate — and each metric's change is
the ratio of medians after/before with a 95% bootstrap interval and a Mann-Whitney
p-value, judged by the same verdict as ``perfagent compare`` (tools.bench.verdict).
The first second of each round is dropped (users are still arriving).

Rounds are added until the verdict settles: past the first ``rounds``, the changes are looked
at after every round, and the comparison stops as soon as ``settled(changes)`` holds (the
caller's verdict is no longer "inconclusive"), at ``max_rounds``, or when another round would
pass ``budget_s``. Each look spends part of the 5% (tools.bench.sequential: O'Brien-Fleming
type by default), so looking again never raises the chance of a false verdict; with
``max_rounds == rounds`` there is one look at the full 5%.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from perfagent.tools.bench.sequential import Spending, level_at
from perfagent.tools.bench.stats import mann_whitney_p, ratio_of_medians_ci
from perfagent.tools.bench.verdict import decide
from perfagent.tools.loadtest import histogram
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.results import LoadResult, RawRun

Verdict = Literal["faster", "slower", "unchanged", "inconclusive"]
METRICS = ("p50_ms", "p95_ms", "p99_ms", "rps")
MIN_REQUESTS = 3  # a second with fewer responses gives no percentile sample
# Fewer samples than this on either side need a much smaller p-value (or an interval far beyond the
# minimum effect) to call a change slower: over 7 vs 9 samples that verdict flipped between
# identical runs (issue 18).
MIN_VERDICT_SAMPLES = 10
SMALL_SAMPLE_P = 0.01


class MetricChange(BaseModel):
    """One metric before and after, from repeated interleaved measurements."""

    metric: str  # p50_ms | p95_ms | p99_ms | rps | query_ms | error_rate (failed share)
    scope: str  # an endpoint, "all", or a query
    before: float
    after: float
    ratio: float  # after / before
    ci_low: float
    ci_high: float
    p_value: float
    n_before: int
    n_after: int
    higher_is_better: bool = False
    verdict: Verdict
    why: str = ""


class LoadComparison(BaseModel):
    rounds: int  # run per side
    round_s: float
    looks: list[int] = Field(default_factory=list)  # rounds done at each look at the changes
    level: float = 0.05  # the last look's share of the 5%: its intervals are at 1 - level
    # why no round was added: settled, max_rounds, budget, or rounds (no settling asked for)
    stopped: str = ""
    changes: list[MetricChange] = Field(default_factory=list)
    before_runs: list[LoadResult] = Field(default_factory=list)
    after_runs: list[LoadResult] = Field(default_factory=list)


def change(
    metric: str,
    scope: str,
    before: list[float],
    after: list[float],
    *,
    min_effect: float,
    higher_is_better: bool = False,
    alpha: float = 0.05,
) -> MetricChange:
    """The change of one metric, with the verdict read as a user would: ``faster`` is better.

    For a rate (higher is better) the ratio is inverted before judging, so a rate that
    doubles is ``faster``.

    >>> before, after = [10.0, 11, 10, 9, 10] * 4, [5.0, 5.5, 5, 4.5, 5] * 4
    >>> c = change("p95_ms", "all", before, after, min_effect=0.05)
    >>> c.verdict, round(c.ratio, 2)
    ('faster', 0.5)
    >>> rate = change("rps", "all", [100.0, 101, 99] * 5, [200.0, 202, 198] * 5, min_effect=0.05,
    ...               higher_is_better=True)
    >>> rate.verdict, rate.why.split(" (CI")[0]
    ('faster', 'as time per request (1/rate): -50.00%')
    """
    ratio, lo, hi = ratio_of_medians_ci(before, after, confidence=1.0 - alpha)
    p = mann_whitney_p(before, after)
    if higher_is_better:  # judge the time per unit of work instead
        judged = (
            1 / ratio if ratio else float("inf"),
            1 / hi if hi else float("inf"),
            1 / lo if lo > 0 else float("inf"),
        )
    else:
        judged = (ratio, lo, hi)
    verdict, why = decide(
        ratio=judged[0],
        ci_low=judged[1],
        ci_high=judged[2],
        p_value=p,
        min_effect=min_effect,
        alpha=alpha,
    )
    if higher_is_better:  # the figures of ``why`` are of the inverted ratio: say so
        why = f"as time per request (1/rate): {why}"
    wide = (
        judged[2] < 1 - 2 * min_effect or judged[1] > 1 + 2 * min_effect
    )  # the whole interval far out
    # Only "slower" is held back: it is what rejected a kept change in one run and not the next.
    if (
        min(len(before), len(after)) < MIN_VERDICT_SAMPLES
        and verdict == "slower"
        and p >= SMALL_SAMPLE_P
        and not wide
    ):
        verdict, why = (
            "inconclusive",
            (
                f"only {len(before)} vs {len(after)} samples and p={p:.2g} (under "
                f"{MIN_VERDICT_SAMPLES} per side a verdict needs p < {SMALL_SAMPLE_P} or the "
                f"whole interval beyond {2 * min_effect:.0%}): {why}"
            ),
        )
    return MetricChange(
        metric=metric,
        scope=scope,
        before=statistics.median(before),
        after=statistics.median(after),
        ratio=ratio,
        ci_low=lo,
        ci_high=hi,
        p_value=p,
        n_before=len(before),
        n_after=len(after),
        higher_is_better=higher_is_better,
        verdict=verdict,
        why=why,
    )


ERROR_MIN_FAILURES = 5  # fewer failed requests on the after side is never a verdict
ERROR_MIN_RISE = 0.01  # one more failed request in a hundred, at least


def failure_counts(raw: RawRun, *, skip_s: int = 1) -> dict[str, tuple[int, int]]:
    """scope -> (failed requests, requests) after the first ``skip_s`` seconds."""
    start = int(raw.started_wall) + skip_s
    out: dict[str, tuple[int, int]] = {}
    for bucket in raw.buckets:
        if bucket.t < start:
            continue
        for scope in (bucket.name, "all"):
            failed, total = out.get(scope, (0, 0))
            out[scope] = (failed + bucket.failures, total + bucket.requests)
    return out


def error_change(
    scope: str, before: tuple[int, int], after: tuple[int, int], *, alpha: float = 0.05
) -> MetricChange:
    """The failed share of requests before and after (Fisher's exact test on the counts):
    ``slower`` when the after side failed more — by ``ERROR_MIN_RISE`` of its requests and at
    least ``ERROR_MIN_FAILURES`` requests, beyond chance. A change whose requests fail is
    never faster, however quick the error pages are.

    >>> worse = error_change("all", (0, 400), (120, 400))
    >>> worse.verdict, worse.ratio
    ('slower', 1.3)
    >>> MetricChange.model_validate_json(worse.model_dump_json()) == worse  # state.json reads back
    True
    >>> error_change("all", (2, 400), (3, 400)).verdict
    'unchanged'
    """
    import numpy as np
    from scipy.stats import fisher_exact

    (fb, nb), (fa, na) = before, after
    rate_b, rate_a = fb / nb if nb else 0.0, fa / na if na else 0.0
    table = np.array([[fa, na - fa], [fb, nb - fb]])
    p = float(fisher_exact(table, alternative="greater").pvalue)
    worse = fa >= ERROR_MIN_FAILURES and rate_a - rate_b >= ERROR_MIN_RISE and p < alpha
    # finite, so the saved state reads back (JSON has no infinity): from no failures, 1 + share
    ratio = rate_a / rate_b if rate_b else 1.0 + rate_a
    why = (
        f"{fa:,} of {na:,} requests failed after, {fb:,} of {nb:,} before "
        f"({rate_b:.1%} -> {rate_a:.1%}, p={p:.2g})"
    )
    return MetricChange(
        metric="error_rate",
        scope=scope,
        before=round(rate_b, 6),
        after=round(rate_a, 6),
        ratio=ratio,
        ci_low=ratio,
        ci_high=ratio,
        p_value=p,
        n_before=nb,
        n_after=na,
        verdict="slower" if worse else "unchanged",
        why=why,
    )


def per_second_samples(raw: RawRun, *, skip_s: int = 1) -> dict[str, dict[str, list[float]]]:
    """scope -> metric -> one value per second (after the first ``skip_s`` seconds)."""
    start = int(raw.started_wall) + skip_s
    by_scope: dict[str, dict[int, list]] = {}
    for bucket in raw.buckets:
        if bucket.t < start:
            continue
        for scope in (bucket.name, "all"):
            by_scope.setdefault(scope, {}).setdefault(bucket.t, []).append(bucket)
    out: dict[str, dict[str, list[float]]] = {}
    for scope, seconds in by_scope.items():
        metrics: dict[str, list[float]] = {m: [] for m in METRICS}
        for _t, group in sorted(seconds.items()):
            hist = histogram.merge(b.hist for b in group)
            requests = sum(b.requests for b in group)
            metrics["rps"].append(requests / raw.bucket_s)
            if histogram.count(hist) >= MIN_REQUESTS:
                for name, q in (("p50_ms", 0.5), ("p95_ms", 0.95), ("p99_ms", 0.99)):
                    value_ms = histogram.percentile_ms(hist, q)
                    if value_ms is not None:  # never None here: the histogram is not empty
                        metrics[name].append(value_ms)
        out[scope] = metrics
    return out


def compare_load(
    plan_for: Callable[[str], LoadPlan],
    before_host: str,
    after_host: str,
    *,
    rounds: int = 4,
    min_effect: float = 0.05,
    before_pid: int | None = None,
    after_pid: int | None = None,
    out_dir: str | Path | None = None,
    on_round: Callable[[int, str], None] | None = None,
    max_rounds: int | None = None,
    settled: Callable[[list[MetricChange]], bool] | None = None,
    budget_s: float | None = None,
    spending: Spending = "obf",
) -> LoadComparison:
    """Load ``before_host`` and ``after_host`` alternately, ``rounds`` rounds each, then a
    round more at a time while ``settled(changes)`` is false, up to ``max_rounds`` (default
    ``rounds``) and within ``budget_s`` (seconds of the whole comparison).

    ``plan_for(host)`` gives the plan of one round (the same shape for both sides).
    """
    from perfagent.tools.loadtest.run_load import run_load
    from perfagent.tools.loadtest.runner import run_child

    last = max(rounds, max_rounds or rounds)
    samples: dict[str, dict[str, dict[str, list[float]]]] = {"before": {}, "after": {}}
    failures: dict[str, dict[str, tuple[int, int]]] = {"before": {}, "after": {}}
    runs: dict[str, list[LoadResult]] = {"before": [], "after": []}
    hosts = {"before": (before_host, before_pid), "after": (after_host, after_pid)}
    round_s = 0.0
    looks: list[int] = []
    started = time.monotonic()
    while True:
        index = len(runs["before"])
        order = ("before", "after") if index % 2 == 0 else ("after", "before")
        for side in order:
            host, pid = hosts[side]
            plan = plan_for(host)
            round_s = plan.total_duration_s
            captured: list[RawRun] = []

            def capture(p, on_tick, _captured=captured):
                raw = run_child(p, on_tick)
                _captured.append(raw)
                return raw

            folder = Path(out_dir) / f"{side}-{index + 1}" if out_dir else None
            result = run_load(plan, server_pid=pid, out_dir=folder, child_runner=capture)
            runs[side].append(result)
            for scope, metrics in per_second_samples(captured[0]).items():
                for metric, values in metrics.items():
                    samples[side].setdefault(scope, {}).setdefault(metric, []).extend(values)
            for scope, (failed, total) in failure_counts(captured[0]).items():
                had = failures[side].get(scope, (0, 0))
                failures[side][scope] = (had[0] + failed, had[1] + total)
            if on_round:
                on_round(index, side)
        done = index + 1
        if done < rounds:
            continue
        elapsed = time.monotonic() - started
        # another round costs what the last ones did; past the budget this look is the last
        over = budget_s is not None and elapsed + elapsed / done > budget_s
        stopped = (
            "max_rounds" if done >= last else "budget" if over else "" if settled else "rounds"
        )
        level = level_at(done, previous=looks[-1] if looks else 0, last=last, final=bool(stopped))
        looks.append(done)
        changes = _changes(samples, min_effect=min_effect, alpha=level)
        changes += [
            error_change(scope, failures["before"].get(scope, (0, 0)), counts, alpha=level)
            for scope, counts in failures["after"].items()
            if counts[0] or failures["before"].get(scope, (0, 0))[0]  # a request failed
        ]
        if not stopped and (settled is None or settled(changes)):
            stopped = "settled"
        if stopped:
            break
    return LoadComparison(
        rounds=done,
        round_s=round_s,
        looks=looks,
        level=level,
        stopped=stopped,
        changes=changes,
        before_runs=runs["before"],
        after_runs=runs["after"],
    )


def _changes(
    samples: dict[str, dict[str, dict[str, list[float]]]], *, min_effect: float, alpha: float
) -> list[MetricChange]:
    """Every scope's and metric's change with two samples or more on each side."""
    changes = []
    scopes = ["all"] + sorted(s for s in samples["before"] if s != "all")
    for scope in scopes:
        for metric in METRICS:
            before = samples["before"].get(scope, {}).get(metric, [])
            after = samples["after"].get(scope, {}).get(metric, [])
            if len(before) < 2 or len(after) < 2:
                continue
            changes.append(
                change(
                    metric,
                    scope,
                    before,
                    after,
                    min_effect=min_effect,
                    higher_is_better=metric == "rps",
                    alpha=alpha,
                )
            )
    return changes
