"""The web archetype's load test: ramp to peak, then sustain, through the balancer.

The run is an ordinary ``tools.loadtest`` run (same plan, same Locust child, same
report and plots); only the sustained part is judged, since the ramp's lighter load
would flatter the p95. It passes when the error rate is under the limit (0.1% by
default) and every endpoint's sustained p95 is within its budget (and the aggregate
p95 within ``p95_limit_ms`` when one is given).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from perfagent.tools.disposability.cluster import Cluster, WebTarget
from perfagent.tools.disposability.models import RampReport
from perfagent.tools.loadtest import histogram
from perfagent.tools.loadtest.plan import LoadPlan
from perfagent.tools.loadtest.results import RawRun


def judge(
    raw: RawRun, plan: LoadPlan, *, ramp_s: float, p95_limit_ms: float | None, max_error_rate: float
) -> tuple[float | None, list[str], float, str]:
    """Sustained aggregate p95, endpoints over budget, error rate, and the sentence saying so.

    >>> from perfagent.tools.loadtest.results import SecondBucket
    >>> raw = RawRun(started_wall=100.0, ended_wall=110.0, buckets=[
    ...     SecondBucket(t=100, name="GET /", requests=10, hist={"500.0": 10}),
    ...     SecondBucket(t=106, name="GET /", requests=100, hist={"20.0": 100})])
    >>> endpoint = {"path": "/", "budget": {"p95_ms": 50}}
    >>> plan = LoadPlan(host="http://127.0.0.1:1", endpoints=[endpoint])
    >>> judge(raw, plan, ramp_s=5, p95_limit_ms=None, max_error_rate=0.001)
    (20.0, [], 0.0, 'sustained p95 20 ms, 0.00% errors: within the budgets')
    """
    start = raw.started_wall + ramp_s
    chosen = [b for b in raw.buckets if b.t >= int(start)]
    requests = sum(b.requests for b in chosen)
    failures = sum(b.failures for b in chosen)
    p95 = histogram.percentile_ms(histogram.merge(b.hist for b in chosen), 0.95)
    over = []
    for endpoint in plan.endpoints:
        limit = endpoint.budget.p95_ms
        mine = histogram.merge(b.hist for b in chosen if b.name == endpoint.name)
        measured = histogram.percentile_ms(mine, 0.95)
        if limit is not None and measured is not None and measured > limit:
            over.append(f"{endpoint.name} p95 {measured:.0f} ms > {limit:.0f} ms")
    if p95_limit_ms is not None and (p95 is None or p95 > p95_limit_ms):
        over.append(f"all p95 {p95 or 0:.0f} ms > {p95_limit_ms:.0f} ms")
    rate = failures / requests if requests else 1.0
    problems = list(over)
    if rate > max_error_rate:
        problems.insert(0, f"error rate {rate:.2%} over {max_error_rate:.2%}")
    head = f"sustained p95 {p95 or 0:.0f} ms, {rate:.2%} errors"
    return (
        p95,
        over,
        round(rate, 6),
        head + (": " + "; ".join(problems) if problems else ": within the budgets"),
    )


def ramp_test(
    target: WebTarget,
    plan: LoadPlan,
    *,
    replicas: int = 3,
    users: int | None = None,
    ramp_s: float = 5.0,
    sustain_s: float = 15.0,
    p95_limit_ms: float | None = None,
    max_error_rate: float = 0.001,
    out_dir: str | Path | None = None,
    namespace: str = "perfagent",
) -> RampReport:
    from perfagent.tools.loadtest.run_load import run_load
    from perfagent.tools.loadtest.runner import run_child

    users = users or plan.users
    with tempfile.TemporaryDirectory(prefix="perfagent-ramp-") as tmp:
        folder = Path(out_dir) / "ramp" if out_dir else Path(tmp)
        with Cluster(
            target, replicas=replicas, work_dir=folder / "cluster", namespace=namespace
        ) as cluster:
            data = plan.model_dump()
            data.update(
                host=cluster.base_url,
                users=users,
                spawn_rate=max(users / ramp_s, 0.1),
                duration_s=ramp_s + sustain_s,
                shape={"kind": "run"},
            )
            data["max_duration_s"] = max(plan.max_duration_s, ramp_s + sustain_s)
            ramped = LoadPlan.model_validate(data)
            captured: list[RawRun] = []

            def capture(p, on_tick):
                captured.append(run_child(p, on_tick))
                return captured[-1]

            result = run_load(ramped, out_dir=folder if out_dir else None, child_runner=capture)
    p95, over, rate, reason = judge(
        captured[0], ramped, ramp_s=ramp_s, p95_limit_ms=p95_limit_ms, max_error_rate=max_error_rate
    )
    return RampReport(
        replicas=replicas,
        users=users,
        ramp_s=ramp_s,
        sustain_s=sustain_s,
        sustained_p95_ms=p95,
        p95_limit_ms=p95_limit_ms,
        over_budget=over,
        error_rate=rate,
        max_error_rate=max_error_rate,
        ok=not over and rate <= max_error_rate,
        reason=reason,
        load=result,
    )
