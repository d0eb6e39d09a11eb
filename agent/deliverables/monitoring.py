"""The monitoring deliverable's disposability alerts: readiness, restarts, cold starts over
the SLA, and each worker's queue depth, with thresholds from what the tests measured.

The rest of the monitoring folder is written by the monitor step (tools/monitoring);
this adds ``disposability-alerts.yaml`` (a Prometheus rule file, checked with
``promtool check rules`` when promtool is installed) and ``disposability.md``.
Kubernetes series come from kube-state-metrics; a Redis list's length from
redis_exporter (``--check-single-keys``); a PostgreSQL table queue needs a query
exporter serving ``perfagent_queue_depth{queue=...}``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from perfagent.agent.deliverables.markdown import page
from perfagent.agent.state import EngagementState
from perfagent.tools.disposability.models import DisposabilityResult, WorkerBacklogReport
from perfagent.tools.monitoring.promql import camel

if TYPE_CHECKING:
    from perfagent.tools.monitoring.promtool import PromtoolResult


def _for(seconds: float) -> str:
    return f"{max(1, math.ceil(seconds / 60))}m"


def _queue_series(worker: WorkerBacklogReport) -> str:
    if worker.queue_kind == "redis-list":
        return f'redis_key_size{{key="{worker.queue_name}"}}'
    return f'perfagent_queue_depth{{queue="{worker.queue_name}"}}'


def rules(result: DisposabilityResult, *, deployment: str, startup_sla_s: float) -> dict:
    """The rule file as data.

    >>> from perfagent.tools.disposability.models import DisposabilityResult
    >>> r = rules(DisposabilityResult(), deployment="shop", startup_sla_s=10)
    >>> [rule["alert"] for rule in r["groups"][0]["rules"]]
    ['ShopReplicasNotReady', 'ShopReplicaRestarting', 'ShopColdStartOverSla']
    """
    name, pods = camel(deployment), f'pod=~"{deployment}-.*"'
    cold = result.cold_start_s
    ready_for = _for(2 * max(cold or 0.0, startup_sla_s))
    web = [
        {
            "alert": f"{name}ReplicasNotReady",
            "expr": f'kube_deployment_status_replicas_unavailable{{deployment="{deployment}"}} > 0',
            "for": ready_for,
            "labels": {"severity": "warning"},
            "annotations": {
                "summary": f"{deployment}: replicas not ready for {ready_for}",
                "description": "A replica should be ready "
                f"within the {startup_sla_s:g} s startup SLA"
                + (f" (measured under load: {cold:.1f} s)" if cold is not None else "")
                + ".",
            },
        },
        {
            "alert": f"{name}ReplicaRestarting",
            "expr": f"increase(kube_pod_container_status_restarts_total{{{pods}}}[15m]) > 0",
            "labels": {"severity": "warning"},
            "annotations": {
                "summary": f"{deployment}: a replica restarted",
                "description": "Each crash drops the requests in flight on it "
                "(see the crash test).",
            },
        },
        {
            "alert": f"{name}ColdStartOverSla",
            "expr": f"(kube_pod_status_ready_time{{{pods}}} - kube_pod_start_time{{{pods}}}) > "
            f"{startup_sla_s:g}",
            "labels": {"severity": "warning"},
            "annotations": {
                "summary": f"{deployment}: a replica took over {startup_sla_s:g} s to become ready",
                "description": "A cold start over the SLA is a disposability bug, "
                "not a tuning note.",
            },
        },
    ]
    workers: list[dict] = []
    seen: set[str] = set()
    for w in result.workers:
        if w.process in seen:
            continue  # one set of alerts per worker process (its first run)
        seen.add(w.process)
        series, wname = _queue_series(w), camel(f"{deployment}-{w.process}")
        workers.append(
            {
                "alert": f"{wname}QueueGrowing",
                "expr": f"deriv({series}[10m]) > 0",
                "for": "15m",
                "labels": {"severity": "warning"},
                "annotations": {
                    "summary": f"{w.process}: the queue has grown for 15 minutes",
                    "description": "Consumers do not keep up: add replicas or find the slow job.",
                },
            }
        )
        if w.service_rate_per_s:
            limit = math.ceil(w.service_rate_per_s * w.sla_s)
            workers.append(
                {
                    "alert": f"{wname}QueueOverSla",
                    "expr": f"{series} > {limit}",
                    "for": "5m",
                    "labels": {"severity": "critical"},
                    "annotations": {
                        "summary": f"{w.process}: more jobs waiting than {w.replicas} replica(s) "
                        f"clear within the {w.sla_s:g} s SLA",
                        "description": f"Measured: {w.replicas} replica(s) finished up to "
                        f"{w.service_rate_per_s:.0f} jobs/s, so {limit} waiting jobs take "
                        f"{w.sla_s:g} s.",
                    },
                }
            )
    groups = [{"name": f"{deployment}-disposability", "rules": web}]
    if workers:
        groups.append({"name": f"{deployment}-queues", "rules": workers})
    return {"groups": groups}


def render_disposability(state: EngagementState, folder: Path) -> dict[str, str]:
    """Write the alert rules and their page into the monitoring folder; nothing without results."""
    result = state.disposability
    if result is None:
        return {}
    from perfagent.agent.capacity import dns_name

    folder.mkdir(parents=True, exist_ok=True)
    deployment = state.spec.scaling.deployment or dns_name(state.spec.name)
    sla = state.spec.disposability.startup_sla_s if state.spec.disposability else 10.0
    data = rules(result, deployment=deployment, startup_sla_s=sla)
    path = folder / "disposability-alerts.yaml"
    path.write_text(
        "# From perfagent's disposability tests: see disposability.md.\n"
        + yaml.safe_dump(data, sort_keys=False)
    )
    rows = [
        [r["alert"], f"`{r['expr']}`", r.get("for", "0m")]
        for group in data["groups"]
        for r in group["rules"]
    ]
    md = folder / "disposability.md"
    md.write_text(
        page("monitoring-disposability.md.j2", file=path.name, check=_check(path), rows=rows)
    )
    return {str(path): "disposability alert rules (Prometheus)", str(md): "disposability alerts"}


def _check(path: Path) -> PromtoolResult | None:
    """``promtool check rules`` on the file; None when promtool is not installed."""
    from perfagent.tools.errors import ToolMissingError
    from perfagent.tools.monitoring.promtool import check_rules

    try:
        return check_rules(path)
    except ToolMissingError:
        return None
