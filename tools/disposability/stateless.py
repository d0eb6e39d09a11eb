"""Statelessness (Factor VI): the same load with session affinity and without.

One set of replicas, two balancers in turn: the first pins each client to a replica
(a cookie HAProxy inserts, or the client's address), the second sends every request
to the next replica. A service that keeps state in process memory works with the
first and fails with the second: that is a scaling blocker, since an autoscaler
adding or removing a replica breaks the clients pinned to it.

The clients keep their connections here (a browser's behaviour), and HAProxy
balances each request on its own.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from perfagent.tools.disposability import analysis
from perfagent.tools.disposability.balancer import Affinity, Balancer, LbEntry
from perfagent.tools.disposability.cluster import Cluster, WebTarget
from perfagent.tools.disposability.events import load_plan
from perfagent.tools.disposability.models import AffinityRun, StickinessReport, Timeline
from perfagent.tools.disposability.timeline import run_timeline
from perfagent.tools.loadtest.plan import LoadPlan


def affinity_run(affinity: str, timeline: Timeline, entries: list[LbEntry]) -> AffinityRun:
    failures = sum(not ok for ok in timeline.ok)
    served = Counter(e.server for e in entries if e.path != "<BADREQ>")
    return AffinityRun(
        affinity=affinity,
        requests=timeline.requests,
        failures=failures,
        error_rate=round(failures / timeline.requests, 6) if timeline.requests else 0.0,
        by_endpoint=analysis.error_rates_by_endpoint(timeline),
        per_replica=dict(sorted(served.items())),
    )


def verdict(
    sticky: AffinityRun, round_robin: AffinityRun, *, max_error_rate: float
) -> StickinessReport:
    """A scaling blocker when the service meets the error budget only with affinity.

    >>> ok = AffinityRun(affinity="cookie", requests=1000, failures=0, error_rate=0.0,
    ...                  by_endpoint={"GET /cart": 0.0})
    >>> bad = AffinityRun(affinity="none", requests=1000, failures=600, error_rate=0.6,
    ...                   by_endpoint={"GET /cart": 0.6})
    >>> r = verdict(ok, bad, max_error_rate=0.001)
    >>> r.blocker, r.broken_endpoints
    (True, ['GET /cart'])
    >>> verdict(ok, ok, max_error_rate=0.001).blocker
    False
    """
    sticky_ok = sticky.error_rate <= max_error_rate
    rr_ok = round_robin.error_rate <= max_error_rate
    broken = sorted(
        name
        for name, rate in round_robin.by_endpoint.items()
        if rate > max_error_rate and sticky.by_endpoint.get(name, 0.0) <= max_error_rate
    )
    if sticky_ok and not rr_ok:
        reason = (
            f"without session affinity {round_robin.error_rate:.1%} of requests fail "
            f"({', '.join(broken) or 'all endpoints'}), with it {sticky.error_rate:.1%}: state is "
            "kept in the replicas' memory, a scaling blocker (move it to a shared store)"
        )
        return StickinessReport(
            sticky=sticky,
            round_robin=round_robin,
            blocker=True,
            broken_endpoints=broken,
            reason=reason,
        )
    if not sticky_ok:
        reason = (
            f"{sticky.error_rate:.1%} of requests fail even with session affinity "
            f"({round_robin.error_rate:.1%} without): the failures are not about stickiness"
        )
    else:
        reason = (
            f"any replica serves any request: {round_robin.error_rate:.2%} errors without "
            f"affinity, {sticky.error_rate:.2%} with it"
        )
    return StickinessReport(
        sticky=sticky,
        round_robin=round_robin,
        blocker=False,
        broken_endpoints=broken,
        reason=reason,
    )


def stickiness_test(
    target: WebTarget,
    plan: LoadPlan,
    *,
    replicas: int = 3,
    duration_s: float = 4.0,
    users: int | None = None,
    affinity: Affinity = "cookie",
    max_error_rate: float = 0.001,
    out_dir: str | Path | None = None,
    namespace: str = "perfagent",
) -> StickinessReport:
    """Run ``plan`` once with ``affinity`` and once round robin, on the same replicas."""
    with tempfile.TemporaryDirectory(prefix="perfagent-sticky-") as tmp:
        folder = Path(out_dir) / "stickiness" if out_dir else Path(tmp)
        with Cluster(
            target,
            replicas=replicas,
            work_dir=folder / "cluster",
            affinity=affinity,
            namespace=namespace,
        ) as cluster:

            def run(host: str) -> Timeline:
                return run_timeline(
                    load_plan(
                        plan, host, users=users, duration_s=duration_s, fresh_connections=False
                    ),
                    work_dir=folder,
                )

            sticky = affinity_run(affinity, run(cluster.base_url), cluster.balancer.entries())
            with Balancer(
                cluster.slots, work_dir=folder / "round-robin", ready_path=target.ready
            ) as rr:
                rr.wait_up({s.name for s in cluster.slots})
                round_robin = affinity_run("none", run(rr.base_url), rr.entries())
    return verdict(sticky, round_robin, max_error_rate=max_error_rate)
