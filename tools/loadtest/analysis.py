"""Pure analysis: a child's ``RawRun`` in, a ``LoadResult`` out. No I/O, no clock.

>>> from perfagent.tools.loadtest.plan import LoadPlan
>>> plan = LoadPlan(host="http://127.0.0.1:1", endpoints=[{"path": "/", "budget": {"p95_ms": 5}}],
...                 users=2, duration_s=2)
>>> raw = RawRun(started_wall=100.0, ended_wall=102.0, endpoints={"GET /": ["GET", "/"]},
...              stages=[StageMark(t_wall=100.0, index=0, users=2)],
...              buckets=[SecondBucket(t=100, name="GET /", requests=3, hist={"1.0": 3}),
...                       SecondBucket(t=101, name="GET /", requests=3, failures=1,
...                                    hist={"2.0": 2, "9.0": 1})])
>>> result = analyze(plan, raw)
>>> result.aggregate.requests, result.aggregate.rps, result.aggregate.p95_ms
(6, 3.0, 9.0)
>>> [(c.percentile, c.ok, c.margin_ms) for c in result.budgets]
[('p95', False, -4.0)]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from perfagent.tools.loadtest import histogram
from perfagent.tools.loadtest.plan import Endpoint, LoadPlan, Spike, Stress
from perfagent.tools.loadtest.results import (
    AuthCounts,
    BudgetCheck,
    LatencySummary,
    LoadResult,
    RawRun,
    SecondBucket,
    SecondStats,
    SpikeReport,
    StageMark,
    StepResult,
    StressReport,
)

SETTLE_S = 0.5  # seconds after a stage switch that belong to the ramp, not the stage
# A percentile needs at least TAIL_SAMPLES responses beyond it, or it is just the slowest one
# or two.
TAIL_SAMPLES = 2
QUANTILES = {"p50": 0.50, "p90": 0.90, "p95": 0.95, "p99": 0.99}


def needed_requests(percentile: str) -> int:
    """Responses needed before ``percentile`` means more than the maximum.

    >>> [needed_requests(p) for p in ("p50", "p90", "p95", "p99")]
    [4, 20, 40, 200]
    """
    return round(TAIL_SAMPLES / (1.0 - QUANTILES[percentile]))


def too_few(requests: int) -> list[str]:
    """The percentiles ``requests`` responses are too few for."""
    return [p for p in QUANTILES if requests < needed_requests(p)]


def summarize(
    name: str,
    buckets: Iterable[SecondBucket],
    *,
    duration_s: float,
    method: str = "",
    path: str = "",
) -> LatencySummary:
    """Counts, rate and percentiles of ``buckets`` over ``duration_s``.

    >>> s = summarize("x", [SecondBucket(t=0, name="x", requests=4, failures=1, hist={"3.0": 4})],
    ...               duration_s=2.0)
    >>> s.rps, s.error_rate, s.p99_ms
    (2.0, 0.25, 3.0)
    """
    buckets = list(buckets)
    hist = histogram.merge(b.hist for b in buckets)
    requests = sum(b.requests for b in buckets)
    failures = sum(b.failures for b in buckets)
    return LatencySummary(
        name=name,
        method=method,
        path=path,
        requests=requests,
        failures=failures,
        error_rate=failures / requests if requests else 0.0,
        rps=requests / duration_s if duration_s > 0 else 0.0,
        p50_ms=histogram.percentile_ms(hist, 0.50),
        p90_ms=histogram.percentile_ms(hist, 0.90),
        p95_ms=histogram.percentile_ms(hist, 0.95),
        p99_ms=histogram.percentile_ms(hist, 0.99),
        max_ms=histogram.max_ms(hist),
        too_few=too_few(requests - failures),
    )


def users_at(stages: list[StageMark], t_wall: float) -> int:
    """Target user count of the stage active at ``t_wall`` (0 before the first).

    >>> marks = [StageMark(t_wall=10, index=0, users=2), StageMark(t_wall=13, index=1, users=4)]
    >>> users_at(marks, 12.5)
    2
    """
    users = 0
    for mark in stages:
        if mark.t_wall <= t_wall:
            users = mark.users
    return users


def per_second(raw: RawRun) -> list[SecondStats]:
    """The run bucket by bucket (``raw.bucket_s`` wide, normally 1 s), all endpoints together."""
    by_t: dict[int, list[SecondBucket]] = {}
    for bucket in raw.buckets:
        by_t.setdefault(bucket.t, []).append(bucket)
    if not by_t and raw.ended_wall <= raw.started_wall:
        return []
    step = raw.bucket_s
    first = int(raw.started_wall) // step * step
    last = max([int(raw.ended_wall), *by_t])
    out = []
    for t in range(first, last + 1, step):
        group = by_t.get(t, [])
        hist = histogram.merge(b.hist for b in group)
        requests = sum(b.requests for b in group)
        out.append(
            SecondStats(
                t_s=t - int(raw.started_wall),
                users=users_at(raw.stages, t + step / 2),
                requests=requests,
                failures=sum(b.failures for b in group),
                rps=requests / step,
                p50_ms=histogram.percentile_ms(hist, 0.50),
                p95_ms=histogram.percentile_ms(hist, 0.95),
                p99_ms=histogram.percentile_ms(hist, 0.99),
            )
        )
    return out


def budget_checks(
    endpoints: list[Endpoint],
    summaries: list[LatencySummary],
    hists: dict[str, dict[str, int]] | None = None,
) -> list[BudgetCheck]:
    """Each endpoint's budgeted percentiles against what was measured, with margins, and
    (given the endpoints' histograms) the share of responses within each budget."""
    by_name = {s.name: s for s in summaries}
    checks = []
    for endpoint in endpoints:
        summary = by_name.get(endpoint.name)
        for label in ("p50", "p95", "p99"):
            budget = getattr(endpoint.budget, f"{label}_ms")
            if budget is None:
                continue
            measured = getattr(summary, f"{label}_ms") if summary else None
            margin = None if measured is None else budget - measured
            checks.append(
                BudgetCheck(
                    endpoint=endpoint.name,
                    percentile=label,
                    budget_ms=budget,
                    measured_ms=measured,
                    margin_ms=margin,
                    margin_pct=None if margin is None else 100.0 * margin / budget,
                    ok=margin is not None and margin >= 0,
                    within_share=histogram.share_within(
                        (hists or {}).get(endpoint.name, {}), budget
                    ),
                )
            )
    return checks


def stage_windows(raw: RawRun) -> list[tuple[StageMark, float]]:
    """Each stage mark with the wall time its stage ended."""
    marks = sorted(raw.stages, key=lambda m: m.t_wall)
    ends = [m.t_wall for m in marks[1:]] + [raw.ended_wall]
    return list(zip(marks, ends, strict=True))


def window_buckets(
    buckets: Iterable[SecondBucket],
    start_wall: float,
    end_wall: float,
    *,
    settle_s: float = SETTLE_S,
) -> tuple[list[SecondBucket], float]:
    """Buckets of the whole seconds inside [start + settle, end), and the seconds they span.

    Falls back to every second touching the window when no whole second fits.

    >>> bs = [SecondBucket(t=t, name="x", requests=1) for t in range(10, 16)]
    >>> chosen, seconds = window_buckets(bs, 10.2, 14.0)
    >>> [b.t for b in chosen], seconds
    ([11, 12, 13], 3.0)
    """
    buckets = list(buckets)
    lo = math.ceil(start_wall + settle_s)
    hi = math.floor(end_wall)  # seconds t with t + 1 <= end
    if hi > lo:
        return [b for b in buckets if lo <= b.t < hi], float(hi - lo)
    touching = [b for b in buckets if start_wall - 1 < b.t < end_wall]
    return touching, max(end_wall - start_wall, 1e-9)


def evaluate_step(
    index: int,
    users: int,
    buckets: list[SecondBucket],
    *,
    start_s: float,
    duration_s: float,
    max_error_rate: float,
    p95_limit_ms: float | None = None,
    endpoints: Sequence[Endpoint] = (),
) -> StepResult:
    """One step's throughput, error rate and p95, and whether it broke a limit.

    >>> b = [SecondBucket(t=0, name="GET /", requests=100, failures=2, hist={"5.0": 100})]
    >>> step = evaluate_step(0, 8, b, start_s=0, duration_s=1, max_error_rate=0.01)
    >>> step.broken, step.reason
    (True, 'error rate 2.0% > 1.0%')
    """
    total = summarize("all", buckets, duration_s=duration_s)
    reasons = []
    if total.requests == 0:
        reasons.append("no response completed")
    elif total.error_rate > max_error_rate:
        reasons.append(f"error rate {100 * total.error_rate:.1f}% > {100 * max_error_rate:.1f}%")
    if p95_limit_ms is not None and total.p95_ms is not None and total.p95_ms > p95_limit_ms:
        reasons.append(f"p95 {total.p95_ms:g} ms > {p95_limit_ms:g} ms")
    for endpoint in endpoints:
        budget = endpoint.budget.p95_ms
        mine = [b for b in buckets if b.name == endpoint.name]
        if budget is None or not mine:
            continue
        p95 = summarize(endpoint.name, mine, duration_s=duration_s).p95_ms
        if p95 is not None and p95 > budget:
            reasons.append(f"{endpoint.name} p95 {p95:g} ms > budget {budget:g} ms")
    return StepResult(
        index=index,
        users=users,
        start_s=start_s,
        duration_s=duration_s,
        rps=total.rps,
        ok_rps=(total.requests - total.failures) / duration_s if duration_s > 0 else 0.0,
        error_rate=total.error_rate,
        p95_ms=total.p95_ms,
        broken=bool(reasons),
        reason="; ".join(reasons),
    )


def stage_results(
    raw: RawRun, *, max_error_rate: float, p95_limit_ms: float | None, endpoints: list[Endpoint]
) -> list[StepResult]:
    out = []
    for mark, end in stage_windows(raw):
        chosen, seconds = window_buckets(raw.buckets, mark.t_wall, end)
        out.append(
            evaluate_step(
                mark.index,
                mark.users,
                chosen,
                start_s=mark.t_wall - raw.started_wall,
                duration_s=seconds,
                max_error_rate=max_error_rate,
                p95_limit_ms=p95_limit_ms,
                endpoints=endpoints,
            )
        )
    return out


def breaking_point(steps: list[StepResult]) -> StressReport:
    """The first broken step is the breaking point; the step before it the last good one.

    >>> ok = StepResult(index=0, users=4, start_s=0, duration_s=3, rps=80, error_rate=0)
    >>> bad = StepResult(index=1, users=8, start_s=3, duration_s=3, rps=90, error_rate=0.3,
    ...                  broken=True, reason="error rate 30.0% > 1.0%")
    >>> r = breaking_point([ok, bad])
    >>> r.breaking_users, r.last_good_users, r.last_good_rps
    (8, 4, 80.0)
    """
    report = StressReport(steps=steps)
    for i, step in enumerate(steps):
        if step.broken:
            report.breaking_users, report.breaking_rps = step.users, step.rps
            report.reason = step.reason
            if i > 0:
                report.last_good_users, report.last_good_rps = steps[i - 1].users, steps[i - 1].rps
            return report
    if steps:
        report.last_good_users, report.last_good_rps = steps[-1].users, steps[-1].rps
        report.reason = f"no breaking point up to {steps[-1].users} users"
    return report


def spike_report(raw: RawRun, shape: Spike, steps: list[StepResult]) -> SpikeReport:
    """Recovery time: from the drop back to base load until p95 and errors are back to normal.

    Normal means p95 within ``recovery_factor`` of the pre-spike p95 (at least 2 ms
    of slack) and the error rate within its limit, for two seconds in a row.
    """
    report = SpikeReport(stages=steps)
    if len(steps) < 3:
        report.reason = "the run ended before the spike was over"
        return report
    base, spike = steps[0], steps[1]
    report.baseline_p95_ms, report.spike_p95_ms = base.p95_ms, spike.p95_ms
    report.spike_error_rate = spike.error_rate
    if base.p95_ms is None:
        report.reason = "no responses before the spike to compare with"
        return report
    limit_ms = max(base.p95_ms * shape.recovery_factor, base.p95_ms + 2.0)
    drop_wall = stage_windows(raw)[2][0].t_wall
    seconds = [s for s in per_second(raw) if s.t_s + int(raw.started_wall) >= math.ceil(drop_wall)]

    def normal(s: SecondStats) -> bool:
        if s.requests == 0 or s.p95_ms is None:
            return False
        return s.p95_ms <= limit_ms and s.failures / s.requests <= shape.max_error_rate

    for i, second in enumerate(seconds):
        if normal(second) and (i + 1 == len(seconds) or normal(seconds[i + 1])):
            report.recovery_s = round(second.t_s + int(raw.started_wall) - drop_wall, 3)
            report.recovery_s = max(report.recovery_s, 0.0)
            report.reason = f"p95 back under {limit_ms:g} ms"
            return report
    report.reason = f"p95 did not come back under {limit_ms:g} ms before the run ended"
    return report


def auth_counts(plan: LoadPlan, raw: RawRun) -> tuple[RawRun, AuthCounts | None]:
    """The run without its login requests, and their counts (None without [service.auth])."""
    from perfagent.tools.loadtest.auth import EXPIRED, LOGIN, PREFIX, RELOGIN

    if plan.auth is None:
        return raw, None
    mine = [b for b in raw.buckets if b.name.startswith(PREFIX)]

    def count(name: str) -> int:
        return sum(b.requests for b in mine if b.name == name)

    counts = AuthCounts(
        kind=plan.auth.kind,
        shared=getattr(plan.auth, "shared", False),
        logins=count(LOGIN),
        relogins=count(RELOGIN),
        expired=count(EXPIRED),
        failures=sum(b.failures for b in mine if b.name in (LOGIN, RELOGIN)),
        errors={k: v for k, v in raw.errors.items() if k.startswith(PREFIX)},
    )
    rest = raw.model_copy(
        update={
            "buckets": [b for b in raw.buckets if not b.name.startswith(PREFIX)],
            "errors": {k: v for k, v in raw.errors.items() if not k.startswith(PREFIX)},
            "locust_requests": {
                k: v for k, v in raw.locust_requests.items() if not k.startswith(PREFIX)
            },
        }
    )
    return rest, counts


def analyze(plan: LoadPlan, raw: RawRun) -> LoadResult:
    """The full report of one run (without server usage, which the parent adds)."""
    raw, auth = auth_counts(plan, raw)
    duration_s = max(raw.ended_wall - raw.started_wall, 1e-9)
    summaries = []
    for endpoint in plan.endpoints:
        mine = [b for b in raw.buckets if b.name == endpoint.name]
        summaries.append(
            summarize(
                endpoint.name,
                mine,
                duration_s=duration_s,
                method=endpoint.method,
                path=endpoint.path,
            )
        )
    result = LoadResult(
        kind=plan.shape.kind,
        host=plan.host,
        started_wall=raw.started_wall,
        duration_s=round(duration_s, 3),
        interrupted=raw.interrupted,
        workers=raw.workers,
        aggregate=summarize("all", raw.buckets, duration_s=duration_s),
        endpoints=summaries,
        history=per_second(raw),
        history_step_s=raw.bucket_s,
        budgets=budget_checks(
            plan.endpoints,
            summaries,
            {
                e.name: histogram.merge(b.hist for b in raw.buckets if b.name == e.name)
                for e in plan.endpoints
            },
        ),
        errors=dict(sorted(raw.errors.items(), key=lambda kv: -kv[1])[:20]),
    )
    shape = plan.shape
    if isinstance(shape, Stress):
        steps = stage_results(
            raw,
            max_error_rate=shape.max_error_rate,
            p95_limit_ms=shape.p95_limit_ms,
            endpoints=plan.endpoints,
        )
        result.stress = breaking_point(steps)
    elif isinstance(shape, Spike):
        steps = stage_results(
            raw, max_error_rate=shape.max_error_rate, p95_limit_ms=None, endpoints=[]
        )
        result.spike = spike_report(raw, shape, steps)
    for e in summaries:
        if "p95" in e.too_few and e.requests:
            result.notes.append(
                f"{e.name}: {', '.join(e.too_few)} from too few requests "
                f"({e.requests - e.failures} answered; p95 needs {needed_requests('p95')}, "
                f"p99 {needed_requests('p99')})"
            )
    if auth is not None:
        result.auth = auth
        if auth.failures:
            result.notes.append(
                f"{auth.failures} login(s) were refused during the run: see auth.errors"
            )
    if raw.interrupted:
        result.notes.append("interrupted: partial results up to the stop")
    for name, count in raw.locust_requests.items():
        recorded = sum(b.requests for b in raw.buckets if b.name == name)
        if recorded != count:
            result.notes.append(
                f"{name}: {recorded} responses recorded per second, Locust counted {count}"
            )
    return result
