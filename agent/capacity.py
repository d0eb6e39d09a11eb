"""Autoscaling advice from the measured load (transition phase): replicas, thresholds, cold start.

What one replica can carry comes from the stress test's last good step (the highest load
that still met the error-rate and p95 limits) or, without one, from the CPU the service
spent per request; the peak with headroom then gives the replica count, and the measured
cold start says how much growth the scale-out target must leave room for. The plan renders
as a page, a JSON record and a Kubernetes ``autoscaling/v2`` HorizontalPodAutoscaler.

>>> replicas_for(peak_rps=300, headroom_pct=30, capacity_rps=120, min_replicas=2)
4
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Literal, NamedTuple

import yaml
from pydantic import BaseModel, Field

from perfagent.agent.deliverables.markdown import page
from perfagent.agent.state import EngagementState
from perfagent.tools.disposability.models import ScaleTrigger
from perfagent.tools.loadtest import LoadResult
from perfagent.tools.loadtest.results import StressReport
from perfagent.tools.units import format_bytes

DEFAULT_CPU_TARGET_PCT = 60.0
PEAK_FACTOR = 3.0  # the seed's "stability at 3x normal load"
HPA_TOLERANCE = 0.10  # kube-controller-manager --horizontal-pod-autoscaler-tolerance default
METRICS_RESOLUTION_S = 15.0  # metrics-server --metric-resolution default
HPA_SYNC_S = 15.0  # kube-controller-manager --horizontal-pod-autoscaler-sync-period default
SLOW_START_S = 30.0
REQUESTS_METRIC = "http_requests_per_second"  # prometheus-adapter's rate of http_requests_total


class Capacity(BaseModel):
    """What one replica can carry, and the measurement it comes from."""

    source: Literal["stress", "cpu", "baseline"]
    rps_per_replica: float = Field(description="the most one replica should carry")
    why: str
    lower_bound: bool = Field(False, description="the measurement only bounds it from below")
    rps_per_core: float | None = None
    cpu_s_per_request: float | None = None


class ColdStart(BaseModel):
    """How long added capacity takes to arrive, and the growth the running replicas absorb."""

    startup_s: float | None = Field(description="measured: process start to the ready endpoint")
    under_load: bool = Field(False, description="measured while the other replicas served load")
    sla_s: float | None = Field(None, description="the disposability SLA a cold start must meet")
    cpu_s: float | None = Field(
        None, description="CPU one replica spent to become ready (its cost)"
    )
    rss_bytes: int | None = Field(None, description="memory one replica held once ready")
    reaction_s: float = Field(description="metrics resolution + HPA sync + startup")
    trigger_pct: float = Field(description="CPU utilization at which the HPA acts")
    absorbable_growth_pct: float = Field(description="load growth from the trigger to saturation")
    absorbable_growth_pct_per_s: float


class Behavior(BaseModel):
    """The HPA's ``spec.behavior``: react at once upwards, slowly downwards."""

    scale_up_window_s: int = 0
    scale_up_percent: int = 100
    scale_up_pods: int = 4
    scale_up_period_s: int = 15
    scale_down_window_s: int = 300
    scale_down_percent: int = 50
    scale_down_period_s: int = 60


class ScalingPlan(BaseModel):
    """The autoscaling advice, every number with the measurement behind it."""

    deployment: str
    measured_rps: float
    measured_in: str = Field(description="the load test whose rate sets the default peak")
    peak_rps: float
    peak_source: str
    headroom_pct: float
    capacity: Capacity
    replicas_for_peak: int = Field(description="ceil(peak x (1 + headroom) / capacity), >= min")
    min_replicas: int
    max_replicas: int
    hpa_replicas_at_peak: int = Field(description="where the HPA settles at the peak")
    target_cpu_pct: int
    target_source: str
    rps_threshold_per_replica: float = Field(description="the CPU target in requests per second")
    cpu_request_millicores: int
    peak_rss_bytes: int | None = None
    cold_start: ColdStart
    measured_min_replicas: int | None = Field(
        None, description="the replica sweep: fewest meeting the SLA"
    )
    measured_trigger: ScaleTrigger | None = Field(
        None, description="the replica sweep: load per replica at the knee"
    )
    behavior: Behavior = Field(default_factory=Behavior)
    reasoning: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def replicas_for(
    *, peak_rps: float, headroom_pct: float, capacity_rps: float, min_replicas: int
) -> int:
    """Replicas that carry the peak with headroom, never fewer than ``min_replicas``.

    >>> replicas_for(peak_rps=100, headroom_pct=0, capacity_rps=100, min_replicas=1)
    1
    >>> replicas_for(peak_rps=10, headroom_pct=30, capacity_rps=120, min_replicas=2)
    2
    """
    needed = peak_rps * (1 + headroom_pct / 100) / capacity_rps
    return max(min_replicas, math.ceil(round(needed, 9)))  # 3.0000000001 is 3, not 4


def capacity_per_replica(
    *,
    stress: StressReport | None,
    rps: float,
    cpu_pct_mean: float | None,
    cpu_per_replica: float,
    target_cpu_pct: float,
) -> Capacity | None:
    """The stress test's last good rate; else the CPU cost per request scaled to one replica
    at the CPU target; else the measured rate as a lower bound; None without any rate.

    >>> c = capacity_per_replica(stress=None, rps=50, cpu_pct_mean=25, cpu_per_replica=1,
    ...                          target_cpu_pct=60)
    >>> c.source, c.rps_per_core, c.rps_per_replica, c.cpu_s_per_request
    ('cpu', 200.0, 120.0, 0.005)
    """
    per_core = rps / (cpu_pct_mean / 100) if cpu_pct_mean and rps > 0 else None
    cost = {"rps_per_core": per_core, "cpu_s_per_request": 1 / per_core if per_core else None}
    if stress is not None and stress.last_good_rps:
        if stress.breaking_users is None:
            tail = (
                "it never broke within the ramp, so this is a lower bound and the replica "
                "count errs on the safe side"
            )
        else:
            tail = (
                f"it broke at {stress.breaking_users} users ({stress.breaking_rps or 0:.1f} req/s)"
            )
        why = (
            f"the stress test's last step within the error-rate and p95 limits carried "
            f"{stress.last_good_rps:.1f} req/s ({stress.last_good_users} users); {tail}. "
            "It is the measured limit of one instance, so it is preferred to extrapolation"
        )
        return Capacity(
            source="stress",
            rps_per_replica=stress.last_good_rps,
            why=why,
            lower_bound=stress.breaking_users is None,
            **cost,
        )
    before = (
        "the stress test had no step within the limits, so "
        if stress is not None
        else "no stress test ran, so "
    )
    if per_core:
        capacity = per_core * cpu_per_replica * target_cpu_pct / 100
        why = (
            f"{before}it is extrapolated from CPU: {rps:.1f} req/s at {cpu_pct_mean:.0f}% of "
            f"one core is {per_core:.1f} req/s per core, times {cpu_per_replica:g} core(s) "
            f"per replica at the {target_cpu_pct:.0f}% CPU target = {capacity:.1f} req/s. "
            "This assumes CPU is the bottleneck; a stress test measures the real limit"
        )
        return Capacity(source="cpu", rps_per_replica=capacity, why=why, **cost)
    if rps > 0:
        why = (
            f"{before}and the server's CPU was not measured, the measured {rps:.1f} req/s is "
            "the only evidence of what one instance carries: a lower bound, so the replica "
            "count is generous"
        )
        return Capacity(source="baseline", rps_per_replica=rps, why=why, lower_bound=True)
    return None


def cold_start(*, startup_s: float | None, target_cpu_pct: float) -> ColdStart:
    """Time until a new replica serves, and the growth the running ones absorb meanwhile.

    >>> c = cold_start(startup_s=2.0, target_cpu_pct=60)
    >>> c.reaction_s, c.trigger_pct, round(c.absorbable_growth_pct)
    (32.0, 66.0, 52)
    >>> round(c.absorbable_growth_pct_per_s, 2)
    1.61
    """
    reaction_s = METRICS_RESOLUTION_S + HPA_SYNC_S + (startup_s or 0.0)
    trigger_pct = round(target_cpu_pct * (1 + HPA_TOLERANCE), 6)
    growth_pct = max(0.0, (100 / trigger_pct - 1) * 100)
    return ColdStart(
        startup_s=startup_s,
        reaction_s=reaction_s,
        trigger_pct=trigger_pct,
        absorbable_growth_pct=growth_pct,
        absorbable_growth_pct_per_s=growth_pct / reaction_s,
    )


def _cold_start(state: EngagementState, target_pct: float) -> ColdStart:
    """The cold start measured under load by the disposability tests, else the idle one."""
    result = state.disposability
    startup = result.web.startup if result and result.web else None
    if startup is None and result and result.web and result.web.crash:
        startup = result.web.crash.replacement
    if startup is None or startup.cold_start_s is None:
        return cold_start(startup_s=state.service_startup_s, target_cpu_pct=target_pct)
    measured = cold_start(startup_s=startup.cold_start_s, target_cpu_pct=target_pct)
    return measured.model_copy(
        update={
            "under_load": True,
            "sla_s": startup.sla_s,
            "cpu_s": startup.cpu_s,
            "rss_bytes": startup.rss_bytes,
        }
    )


def plan_scaling(state: EngagementState) -> ScalingPlan | None:
    """The plan from the engagement's load results; None when nothing measured a rate."""
    if not state.load:
        return None
    scaling = state.spec.scaling
    reference_kind, reference = _reference(state.load)
    used = _with_cpu(state.load)
    stressed = _with_stress(state.load)
    target_pct, target_source = _cpu_target(state)
    sweep = (
        state.disposability.web.sweep if state.disposability and state.disposability.web else None
    )
    knee = sweep.trigger if sweep and sweep.trigger and not sweep.trigger.lower_bound else None
    if knee and knee.cpu_pct and knee.cpu_pct / scaling.cpu_per_replica < target_pct:
        target_pct = knee.cpu_pct / scaling.cpu_per_replica
        target_source = (
            "the replica sweep's knee (the CPU a replica ran at when more load broke the SLA)"
        )
    capacity = capacity_per_replica(
        stress=stressed.stress if stressed else None,
        rps=used.run.aggregate.rps if used else reference.aggregate.rps,
        cpu_pct_mean=used.cpu_pct_mean if used else None,
        cpu_per_replica=scaling.cpu_per_replica,
        target_cpu_pct=target_pct,
    )
    if capacity is None:
        return None
    measured = reference.aggregate.rps
    if scaling.peak_rps is not None:
        peak, peak_source = scaling.peak_rps, "the spec's [scaling] peak_rps"
    else:
        peak, peak_source = PEAK_FACTOR * measured, f"{PEAK_FACTOR:g}x the {reference_kind} rate"
    needed = replicas_for(
        peak_rps=peak,
        headroom_pct=scaling.headroom_pct,
        capacity_rps=capacity.rps_per_replica,
        min_replicas=scaling.min_replicas,
    )
    # The CPU estimate is already sized at the target; the others are limits, so it applies.
    threshold = capacity.rps_per_replica * (1 if capacity.source == "cpu" else target_pct / 100)
    at_peak = math.ceil(round(peak / threshold, 9))
    warnings: list[str] = []
    min_replicas, max_replicas = scaling.min_replicas, scaling.max_replicas
    measured_min = sweep.min_replicas if sweep else None
    if max_replicas is None:  # so the HPA never pins at its ceiling at the peak
        max_replicas = max(needed, at_peak, measured_min or 0)
    elif max_replicas < needed:
        warnings.append(_cap_warning(max_replicas, needed, peak, capacity, scaling.headroom_pct))
    if sweep is not None and measured_min and max_replicas < measured_min:
        warnings.append(
            f"max_replicas {max_replicas} is below the {measured_min} replicas the replica sweep "
            f"needed to meet the SLA at {sweep.users} users."
        )
    if max_replicas < min_replicas:
        warnings.append(
            f"max_replicas {max_replicas} is below min_replicas {min_replicas}; "
            f"minReplicas is lowered to {max_replicas}, as the HPA needs min <= max."
        )
        min_replicas = max_replicas
    plan = ScalingPlan(
        deployment=scaling.deployment or dns_name(state.spec.name),
        measured_rps=measured,
        measured_in=reference_kind,
        peak_rps=peak,
        peak_source=peak_source,
        headroom_pct=scaling.headroom_pct,
        capacity=capacity,
        replicas_for_peak=needed,
        min_replicas=min_replicas,
        max_replicas=max_replicas,
        hpa_replicas_at_peak=at_peak,
        target_cpu_pct=round(target_pct),
        target_source=target_source,
        rps_threshold_per_replica=threshold,
        cpu_request_millicores=round(scaling.cpu_per_replica * 1000),
        peak_rss_bytes=_peak_rss(state.load),
        cold_start=_cold_start(state, target_pct),
        measured_min_replicas=measured_min,
        measured_trigger=sweep.trigger if sweep else None,
        warnings=warnings,
    )
    plan.warnings += _measurement_warnings(plan, used, stressed)
    plan.reasoning = _reasoning(plan, used)
    return plan


def hpa_manifest(plan: ScalingPlan, *, requests_metric: bool = False) -> str:
    """The plan as an ``autoscaling/v2`` HorizontalPodAutoscaler; ``requests_metric`` adds the
    per-pod request rate (needs a custom-metrics adapter such as prometheus-adapter)."""
    cpu_target = {"type": "Utilization", "averageUtilization": plan.target_cpu_pct}
    metrics: list[dict] = [{"type": "Resource", "resource": {"name": "cpu", "target": cpu_target}}]
    if requests_metric:
        rps_target = {
            "type": "AverageValue",
            "averageValue": quantity(plan.rps_threshold_per_replica),
        }
        metrics.append(
            {"type": "Pods", "pods": {"metric": {"name": REQUESTS_METRIC}, "target": rps_target}}
        )
    b = plan.behavior
    up = [
        {"type": "Percent", "value": b.scale_up_percent, "periodSeconds": b.scale_up_period_s},
        {"type": "Pods", "value": b.scale_up_pods, "periodSeconds": b.scale_up_period_s},
    ]
    down = [
        {"type": "Percent", "value": b.scale_down_percent, "periodSeconds": b.scale_down_period_s}
    ]
    annotations = {
        "perfagent/peak-rps": f"{plan.peak_rps:.1f}",
        "perfagent/capacity-rps-per-replica": f"{plan.capacity.rps_per_replica:.1f}",
        "perfagent/capacity-source": plan.capacity.source,
    }
    manifest = {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": plan.deployment, "annotations": annotations},
        "spec": {
            "scaleTargetRef": {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "name": plan.deployment,
            },
            "minReplicas": plan.min_replicas,
            "maxReplicas": plan.max_replicas,
            "metrics": metrics,
            "behavior": {
                "scaleUp": {
                    "stabilizationWindowSeconds": b.scale_up_window_s,
                    "selectPolicy": "Max",
                    "policies": up,
                },
                "scaleDown": {
                    "stabilizationWindowSeconds": b.scale_down_window_s,
                    "selectPolicy": "Max",
                    "policies": down,
                },
            },
        },
    }
    return yaml.safe_dump(manifest, sort_keys=False)


def render(state: EngagementState, folder: Path) -> dict[str, str]:
    """Write autoscaling.md, hpa.yaml and scaling.json; nothing at all without a load result."""
    if not state.load:
        return {}
    folder.mkdir(parents=True, exist_ok=True)
    advice = folder / "autoscaling.md"
    plan = plan_scaling(state)
    if plan is None:
        advice.write_text(_page(None))
        return {str(advice): "autoscaling: why there is no advice"}
    hpa = folder / "hpa.yaml"
    hpa.write_text(f"# From the measured load: see {advice.name}.\n" + hpa_manifest(plan))
    record = folder / "scaling.json"
    record.write_text(plan.model_dump_json(indent=2) + "\n")
    advice.write_text(_page(plan, hpa.name))
    return {
        str(advice): "autoscaling advice from the measured load",
        str(hpa): "Kubernetes HorizontalPodAutoscaler (autoscaling/v2)",
        str(record): "autoscaling plan (machine-readable)",
    }


def quantity(value: float) -> str:
    """A Kubernetes quantity: whole numbers as is, otherwise in thousandths.

    >>> quantity(72.0), quantity(84.5), quantity(0.0004)
    ('72', '84500m', '1m')
    """
    milli = max(1, round(value * 1000))
    return str(milli // 1000) if milli % 1000 == 0 else f"{milli}m"


def dns_name(name: str) -> str:
    """A name Kubernetes accepts (RFC 1123 label): lower case, digits and dashes, <= 63.

    >>> dns_name("My_Shop.api"), dns_name("--")
    ('my-shop-api', 'service')
    """
    label = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:63].rstrip("-")
    return label or "service"


def _reference(load: dict[str, LoadResult]) -> tuple[str, LoadResult]:
    kind = "baseline" if "baseline" in load else next(iter(load))
    return kind, load[kind]


def _with_stress(load: dict[str, LoadResult]) -> LoadResult | None:
    ordered = sorted(load.items(), key=lambda item: item[0] != "stress")
    return next((r for _, r in ordered if r.stress is not None), None)


class _CpuRun(NamedTuple):
    """A load run and the server's mean CPU during it (in % of one core)."""

    run: LoadResult
    cpu_pct_mean: float


def _with_cpu(load: dict[str, LoadResult]) -> _CpuRun | None:
    """A steady run with server CPU: its mean CPU over its mean rate is the cost per request."""
    order = ["baseline", "soak", *[k for k in load if k not in ("baseline", "soak")]]
    for kind in order:
        r = load.get(kind)
        if r and r.server and r.server.cpu_pct_mean and r.aggregate.rps > 0:
            return _CpuRun(r, r.server.cpu_pct_mean)
    return None


def _cpu_target(state: EngagementState) -> tuple[float, str]:
    budget = state.spec.budgets.infrastructure.cpu_avg_pct
    if budget:
        return budget, "the budget's infrastructure cpu_avg"
    return DEFAULT_CPU_TARGET_PCT, "the default: the budgets set no infrastructure cpu_avg"


def _peak_rss(load: dict[str, LoadResult]) -> int | None:
    peaks = [r.server.peak_rss_bytes for r in load.values() if r.server and r.server.peak_rss_bytes]
    return max(peaks) if peaks else None


def _cap_warning(
    cap: int, needed: int, peak: float, capacity: Capacity, headroom_pct: float
) -> str:
    per_replica = peak / cap
    carried = cap * capacity.rps_per_replica / (1 + headroom_pct / 100)
    over = (
        ", more than one replica carried within the limits: expect errors and p95 over budget"
        if per_replica > capacity.rps_per_replica
        else ""
    )
    return (
        f"max_replicas {cap} is below the {needed} replicas the peak needs: at {peak:.0f} "
        f"req/s each replica would carry {per_replica:.1f} req/s against a capacity of "
        f"{capacity.rps_per_replica:.1f}{over}; {cap} replicas carry {carried:.0f} req/s "
        f"with {headroom_pct:.0f}% headroom."
    )


def _measurement_warnings(
    plan: ScalingPlan, used: _CpuRun | None, stressed: LoadResult | None
) -> list[str]:
    warnings = []
    cores = plan.cpu_request_millicores / 1000
    stress_cpu = stressed.server.cpu_pct_max if stressed and stressed.server else None
    if plan.capacity.source == "stress" and stress_cpu and stress_cpu > cores * 100 * 1.1:
        warnings.append(
            f"the stress test's server used up to {stress_cpu:.0f}% of a core, more than the "
            f"{cores:g} core(s) a replica requests: {plan.capacity.rps_per_replica:.1f} req/s "
            "per replica holds only if a replica gets as much CPU; set [scaling] "
            f"cpu_per_replica = {stress_cpu / 100:.1f} or expect less."
        )
    if plan.capacity.source == "cpu" and used and used.cpu_pct_mean < 10:
        warnings.append(
            f"the server used only {used.cpu_pct_mean:.1f}% of a core during the "
            f"{used.run.kind} test, so the CPU extrapolation stretches a small measurement far; "
            "run the stress test for a measured limit."
        )
    if plan.capacity.source != "stress" and used and used.run.aggregate.error_rate > 0.01:
        warnings.append(
            f"the {used.run.kind} test failed {used.run.aggregate.error_rate:.1%} of requests, "
            "so its rate overstates what a replica serves well."
        )
    startup = plan.cold_start.startup_s
    sla = plan.cold_start.sla_s
    if startup is not None and sla is not None and startup > sla:
        warnings.append(
            f"a cold start of {startup:.1f} s under load is over the {sla:g} s disposability SLA: "
            "a bug to fix (escalate to the reliability engineer), not a scaling setting."
        )
    if startup is not None and startup > SLOW_START_S:
        warnings.append(
            f"a cold start of {startup:.0f} s is slow for autoscaling: lower the CPU target, "
            "raise minReplicas, or make the service ready sooner."
        )
    return warnings


def _reasoning(plan: ScalingPlan, used: _CpuRun | None) -> list[str]:
    c, s, b = plan.capacity, plan.cold_start, plan.behavior
    lines = []
    if used is not None and c.cpu_s_per_request is not None:
        lines.append(
            f"The {used.run.kind} test carried {used.run.aggregate.rps:.1f} req/s with the "
            f"server at {used.cpu_pct_mean:.0f}% of one core: {c.cpu_s_per_request * 1000:.2f} "
            f"ms of CPU per request, {c.rps_per_core:.1f} req/s per core."
        )
    lines.append(f"Capacity per replica: {c.rps_per_replica:.1f} req/s, because {c.why}.")
    with_headroom = plan.peak_rps * (1 + plan.headroom_pct / 100)
    lines.append(
        f"The peak is {plan.peak_rps:.0f} req/s ({plan.peak_source}); with "
        f"{plan.headroom_pct:.0f}% headroom that is {with_headroom:.0f} req/s, and "
        f"{with_headroom:.0f} / {c.rps_per_replica:.1f} rounded up (at least min_replicas) "
        f"is {plan.replicas_for_peak} replicas."
    )
    lines.append(
        f"Scale out at {plan.target_cpu_pct}% average CPU utilization ({plan.target_source}). "
        "Utilization is of the pod's CPU request, so the Deployment must request "
        f"{plan.cpu_request_millicores}m CPU per replica; in requests the same point is "
        f"{plan.rps_threshold_per_replica:.1f} req/s per replica ({REQUESTS_METRIC})."
    )
    lines.append(
        f"minReplicas {plan.min_replicas}, maxReplicas {plan.max_replicas}: at the peak the HPA "
        f"settles at {plan.hpa_replicas_at_peak} replicas ({plan.peak_rps:.0f} / "
        f"{plan.rps_threshold_per_replica:.1f} rounded up), and the peak with headroom needs "
        f"{plan.replicas_for_peak}."
    )
    started = (
        f"A new replica took {s.startup_s:.1f} s from process start to ready"
        + (" while the others served load" if s.under_load else "")
        + (f", spending {s.cpu_s:.2f} s of CPU" if s.cpu_s is not None else "")
        + (f" and holding {format_bytes(s.rss_bytes)}" if s.rss_bytes else "")
        if s.startup_s is not None
        else "The service's cold start was not measured"
    )
    if plan.measured_min_replicas is not None and plan.measured_trigger is not None:
        lines.append(
            f"The replica sweep behind HAProxy needed {plan.measured_min_replicas} replica(s) to "
            f"meet the SLA at its peak: {plan.measured_trigger.why}; "
            "maxReplicas is at least that."
        )
    lines.append(
        f"{started}; with metrics-server's {METRICS_RESOLUTION_S:.0f} s resolution and the "
        f"HPA's {HPA_SYNC_S:.0f} s sync, added capacity serves about {s.reaction_s:.0f} s after "
        "load rises (plus scheduling and image pull, not measured here)."
    )
    lines.append(
        f"The HPA acts once utilization passes {s.trigger_pct:.0f}% (the {plan.target_cpu_pct}% "
        f"target plus its default {HPA_TOLERANCE:.0%} tolerance), which leaves room for "
        f"{s.absorbable_growth_pct:.0f}% more load before the running replicas saturate: load "
        f"may grow by up to {s.absorbable_growth_pct_per_s:.1f}% per second while new replicas "
        "start. Faster ramps need a higher minReplicas or scheduled pre-scaling."
    )
    lines.append(
        f"Scale up with no stabilization window, by up to {b.scale_up_percent}% (or "
        f"{b.scale_up_pods} pods, whichever is more) every {b.scale_up_period_s} s, because "
        f"capacity added late cannot catch up during a {s.reaction_s:.0f} s reaction; scale "
        f"down only after {b.scale_down_window_s} s of lower load and by at most "
        f"{b.scale_down_percent}% per {b.scale_down_period_s} s, so a dip between bursts does "
        "not remove replicas that would need another cold start to return."
    )
    if plan.peak_rss_bytes:
        lines.append(
            f"A replica peaked at {format_bytes(plan.peak_rss_bytes)} resident memory "
            "under load; request at least that much memory."
        )
    return lines


_ADAPTER_RULE = {
    "rules": [
        {
            "seriesQuery": 'http_requests_total{namespace!="",pod!=""}',
            "resources": {
                "overrides": {"namespace": {"resource": "namespace"}, "pod": {"resource": "pod"}}
            },
            "name": {"matches": "^(.*)_total$", "as": "${1}_per_second"},
            "metricsQuery": "sum(rate(<<.Series>>{<<.LabelMatchers>>}[2m])) by (<<.GroupBy>>)",
        }
    ]
}


def _page(plan: ScalingPlan | None, hpa_file: str = "") -> str:
    """autoscaling.md (templates/autoscaling.md.j2): the plan, or why there is none."""
    if plan is None:
        return page("autoscaling.md.j2", plan=None)
    return page(
        "autoscaling.md.j2",
        plan=plan,
        hpa_file=hpa_file,
        requests_metric=REQUESTS_METRIC,
        hpa_yaml=hpa_manifest(plan, requests_metric=True).rstrip(),
        adapter_yaml=yaml.safe_dump(_ADAPTER_RULE, sort_keys=False).rstrip(),
    )
