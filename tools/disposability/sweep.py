"""Cost-aware concurrency: the same peak load on 1..N replicas behind HAProxy.

Each count gets fresh replicas and the same users; the first second is the users'
ramp and is left out. A count meets the SLA when its error rate and p95 are within
the limits; the fewest that do is the minimum replica count at peak. The knee lies
between the largest count that failed and the smallest that passed, so the load each
replica carried at the smallest passing count (requests/s and CPU) is where to scale
out; when one replica already passed, that is only a lower bound.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from perfagent.tools.disposability import analysis
from perfagent.tools.disposability.cluster import Cluster, WebTarget, _usage
from perfagent.tools.disposability.events import load_plan
from perfagent.tools.disposability.models import ReplicaSweep, ScaleTrigger, SweepPoint
from perfagent.tools.disposability.timeline import Event, run_timeline
from perfagent.tools.loadtest.plan import LoadPlan

WARMUP_S = 1.0


def point(
    replicas: int,
    *,
    requests: int,
    failures: int,
    p95_ms: float | None,
    seconds: float,
    cpu_s: float | None,
    p95_limit_ms: float | None,
    max_error_rate: float,
) -> SweepPoint:
    """One replica count's verdict.

    >>> point(2, requests=1000, failures=0, p95_ms=80.0, seconds=4, cpu_s=3.2, p95_limit_ms=100,
    ...       max_error_rate=0.001)
    SweepPoint(replicas=2, rps=250.0, p95_ms=80.0, error_rate=0.0, cpu_pct_per_replica=40.0,
               meets_sla=True, why='')
    >>> point(1, requests=500, failures=0, p95_ms=180.0, seconds=4, cpu_s=None, p95_limit_ms=100,
    ...       max_error_rate=0.001).why
    'p95 180 ms over the 100 ms limit'
    """
    rate = failures / requests if requests else 1.0
    why = []
    if not requests:
        why.append("no request completed")
    elif rate > max_error_rate:
        why.append(f"error rate {rate:.2%} over {max_error_rate:.2%}")
    if p95_limit_ms is not None and (p95_ms is None or p95_ms > p95_limit_ms):
        why.append(f"p95 {p95_ms or 0:.0f} ms over the {p95_limit_ms:.0f} ms limit")
    cpu = round(cpu_s / seconds / replicas * 100, 1) if cpu_s is not None and seconds > 0 else None
    return SweepPoint(
        replicas=replicas,
        rps=round(requests / seconds, 2) if seconds else 0.0,
        p95_ms=p95_ms,
        error_rate=round(rate, 6),
        cpu_pct_per_replica=cpu,
        meets_sla=not why,
        why="; ".join(why),
    )


def trigger(points: list[SweepPoint]) -> ScaleTrigger | None:
    """The load per replica at the smallest count that met the SLA.

    >>> pts = [SweepPoint(replicas=1, rps=90, p95_ms=300, error_rate=0, meets_sla=False, why="p95"),
    ...        SweepPoint(replicas=2, rps=160, p95_ms=90, error_rate=0, cpu_pct_per_replica=55,
    ...                   meets_sla=True)]
    >>> t = trigger(pts)
    >>> t.rps_per_replica, t.cpu_pct, t.lower_bound
    (80.0, 55.0, False)
    """
    passing = next((p for p in points if p.meets_sla), None)
    if passing is None:
        return None
    per_replica = round(passing.rps / passing.replicas, 2)
    cpu = passing.cpu_pct_per_replica
    cpu_text = f" at {cpu:.0f}% CPU" if cpu is not None else ""
    failed = next(
        (p for p in reversed(points) if p.replicas < passing.replicas and not p.meets_sla), None
    )
    if failed is None:
        why = (
            f"{passing.replicas} replica(s) met the SLA at each carrying {per_replica:.1f} "
            f"req/s{cpu_text}; the knee was not reached, so a replica carries at least that"
        )
        return ScaleTrigger(rps_per_replica=per_replica, cpu_pct=cpu, lower_bound=True, why=why)
    why = (
        f"with {passing.replicas} replicas each carried {per_replica:.1f} req/s{cpu_text} within "
        f"the SLA; with {failed.replicas} each carried {failed.rps / failed.replicas:.1f} req/s "
        f"and {failed.why}: scale out before a replica passes this"
    )
    return ScaleTrigger(rps_per_replica=per_replica, cpu_pct=cpu, why=why)


def replica_sweep(
    target: WebTarget,
    plan: LoadPlan,
    *,
    max_replicas: int,
    users: int | None = None,
    duration_s: float = 5.0,
    p95_limit_ms: float | None = None,
    max_error_rate: float = 0.001,
    stop_when_met: bool = False,
    out_dir: str | Path | None = None,
    namespace: str = "perfagent",
) -> ReplicaSweep:
    """The same load on 1..``max_replicas`` replicas; the fewest meeting the SLA."""
    users = users or plan.users
    points: list[SweepPoint] = []
    with tempfile.TemporaryDirectory(prefix="perfagent-sweep-") as tmp:
        folder = Path(out_dir) / "replicas" if out_dir else Path(tmp)
        for n in range(1, max_replicas + 1):
            with Cluster(
                target, replicas=n, work_dir=folder / f"cluster-{n}", namespace=namespace
            ) as cluster:
                pids = [s.pid for s in cluster.started.values()]
                marks: list[tuple[float, float]] = []

                def snapshot(pids=pids, marks=marks) -> None:
                    marks.append((time.time(), sum(_usage(pid)[0] or 0.0 for pid in pids)))

                events = [
                    Event(WARMUP_S, snapshot, "cpu"),
                    Event(duration_s - 0.05, snapshot, "cpu"),
                ]
                timeline = run_timeline(
                    load_plan(
                        plan,
                        cluster.base_url,
                        users=users,
                        duration_s=duration_s,
                        fresh_connections=False,
                    ),
                    events,
                    work_dir=folder,
                )
            requests, failures, p95 = analysis.window_stats(timeline, WARMUP_S, duration_s)
            cpu = marks[1][1] - marks[0][1] if len(marks) == 2 else None
            points.append(
                point(
                    n,
                    requests=requests,
                    failures=failures,
                    p95_ms=p95,
                    seconds=duration_s - WARMUP_S,
                    cpu_s=cpu,
                    p95_limit_ms=p95_limit_ms,
                    max_error_rate=max_error_rate,
                )
            )
            if stop_when_met and points[-1].meets_sla:
                break
        sweep = ReplicaSweep(
            users=users,
            p95_limit_ms=p95_limit_ms,
            max_error_rate=max_error_rate,
            points=points,
            min_replicas=next((p.replicas for p in points if p.meets_sla), None),
            trigger=trigger(points),
        )
        if out_dir:
            from perfagent.tools.disposability.plots import plot_sweep

            sweep.plots = plot_sweep(sweep, folder / "replicas")
    return sweep
