"""Multi-window multi-burn-rate SLO alerts, as the Google SRE workbook (ch. 5) and Sloth write them.

A burn rate of 1 spends exactly the error budget over the SLO period. An alert fires
when both a long window (is it significant?) and a short window (is it still
happening?) burn faster than the factor:

    severity  factor  long  short  budget spent when the long window fires (30-day period)
    page      14.4x   1h    5m     2%
    page      6x      6h    30m    5%
    ticket    3x      1d    2h     10%
    ticket    1x      3d    6h     10%

Recording rules use Sloth's names (``slo:sli_error:ratio_rate<window>`` with the
``sloth_id``, ``sloth_service``, ``sloth_slo`` and ``sloth_window`` labels), so
Sloth's Grafana dashboards read them. Load either these rules or the ones Sloth
generates from ``slo.sloth.yml``, not both: they would record the same series.
"""

from __future__ import annotations

from perfagent.tools.monitoring.models import (
    AlertRule,
    BurnWindow,
    MonitoringSpec,
    RecordingRule,
    RuleGroup,
    SLODef,
)
from perfagent.tools.monitoring.promql import (
    camel,
    fmt_num,
    le_value,
    matching_bucket_s,
    route_matchers,
    selector,
    slug,
)

BURN_WINDOWS = (
    BurnWindow(severity="page", factor=14.4, long_window="1h", short_window="5m", long_window_h=1),
    BurnWindow(severity="page", factor=6, long_window="6h", short_window="30m", long_window_h=6),
    BurnWindow(severity="ticket", factor=3, long_window="1d", short_window="2h", long_window_h=24),
    BurnWindow(severity="ticket", factor=1, long_window="3d", short_window="6h", long_window_h=72),
)
SLI_WINDOWS = ("5m", "30m", "1h", "2h", "6h", "1d", "3d")
SEVERITY_LABEL = {"page": "critical", "ticket": "warning"}
WINDOW = "{{.window}}"


def budget_spent_pct(burn: BurnWindow, period_days: int) -> float:
    """Share of the period's error budget spent by the time the long window fires.

    >>> [round(budget_spent_pct(b, 30), 1) for b in BURN_WINDOWS]
    [2.0, 5.0, 10.0, 10.0]
    """
    return 100 * burn.factor * burn.long_window_h / (period_days * 24)


def slo_definitions(spec: MonitoringSpec) -> tuple[list[SLODef], list[str]]:
    """The availability SLO and one latency SLO per route whose p95 budget is a bucket boundary.

    Returns the SLOs and notes: one sentence per route whose p95 budget has no
    matching ``le`` bucket (no latency SLO is made for it, rather than a wrong one).

    >>> spec = MonitoringSpec(service="shop", endpoints=[
    ...     {"route": "/api/users", "p95_ms": 200}, {"route": "/api/search", "p95_ms": 500}])
    >>> slos, notes = slo_definitions(spec)
    >>> [s.name for s in slos]
    ['requests-availability', 'latency-api-search']
    >>> notes[0]
    'No latency SLO for /api/users: its p95 budget of 200 ms is not a histogram bucket boundary ...'
    """
    m = spec.metrics
    every = route_matchers(spec.service, None, m)
    errors = selector(m.requests_total, every, {m.status_label: m.error_status_regex})
    slos = [
        SLODef(
            name="requests-availability",
            objective_pct=spec.availability_pct,
            description=f"{fmt_num(spec.availability_pct)}% of {spec.service} requests are not "
            f"errors (status {m.error_status_regex}).",
            error_query=f"sum(rate({errors}[{WINDOW}]))",
            total_query=f"sum(rate({selector(m.requests_total, every)}[{WINDOW}]))",
            alert_name=f"{camel(spec.service)}AvailabilityBudgetBurn",
            category="availability",
        )
    ]
    notes = []
    for endpoint in spec.endpoints:
        if endpoint.p95_ms is None:
            continue
        bucket = matching_bucket_s(endpoint.p95_ms, spec.bucket_boundaries_s)
        if bucket is None:
            near = ", ".join(
                fmt_num(b) for b in _neighbours(endpoint.p95_ms / 1000, spec.bucket_boundaries_s)
            )
            notes.append(
                f"No latency SLO for {endpoint.route}: its p95 budget of "
                f"{fmt_num(endpoint.p95_ms)} ms "
                f"is not a histogram bucket boundary (nearest: {near} s); add a "
                f"{fmt_num(endpoint.p95_ms / 1000)} s bucket to {m.duration_bucket} to get one."
            )
            continue
        matchers = route_matchers(spec.service, endpoint, m)
        total = f"sum(rate({selector(m.duration_bucket, {**matchers, 'le': '+Inf'})}[{WINDOW}]))"
        fast_sel = selector(m.duration_bucket, matchers)[:-1] + f",le={le_value(bucket)}}}"
        fast = f"sum(rate({fast_sel}[{WINDOW}]))"
        slos.append(
            SLODef(
                name=f"latency-{slug(endpoint.route)}",
                objective_pct=95.0,
                description=f"95% of {endpoint.route} requests finish within the p95 budget of "
                f"{fmt_num(endpoint.p95_ms)} ms.",
                error_query=f"({total} - {fast})",
                total_query=total,
                alert_name=f"{camel(spec.service)}{camel(endpoint.route)}LatencyBudgetBurn",
                category="latency",
                route=endpoint.route,
            )
        )
    return slos, notes


def _neighbours(value_s: float, boundaries_s: list[float]) -> list[float]:
    below = [b for b in boundaries_s if b < value_s]
    above = [b for b in boundaries_s if b > value_s]
    return ([max(below)] if below else []) + ([min(above)] if above else [])


def slo_labels(spec: MonitoringSpec, slo: SLODef) -> dict[str, str]:
    """The Sloth identity labels of an SLO's recorded series.

    >>> spec = MonitoringSpec(service="shop")
    >>> slo_labels(spec, slo_definitions(spec)[0][0])["sloth_id"]
    'shop-requests-availability'
    """
    return {
        "sloth_id": f"{spec.service}-{slo.name}",
        "sloth_service": spec.service,
        "sloth_slo": slo.name,
    }


def sli_recordings(spec: MonitoringSpec, slo: SLODef) -> RuleGroup:
    """The error ratio of ``slo`` over each window the alerts read (5m … 3d)."""
    ids = slo_labels(spec, slo)
    rules = [
        RecordingRule(
            record=f"slo:sli_error:ratio_rate{w}",
            expr=f"({slo.error_query.replace(WINDOW, w)})\n/\n"
            f"({slo.total_query.replace(WINDOW, w)})",
            labels={**ids, "sloth_window": w},
        )
        for w in SLI_WINDOWS
    ]
    return RuleGroup(name=f"sloth-slo-sli-recordings-{ids['sloth_id']}", recording=rules)


def meta_recordings(spec: MonitoringSpec, slo: SLODef) -> RuleGroup:
    """Objective, budget and the budget left over the period (the dashboard reads these)."""
    ids = slo_labels(spec, slo)
    sel = selector("", ids)
    period = f"{spec.slo_period_days}d"
    on = "on (sloth_id, sloth_slo, sloth_service) group_left"
    rules = [
        RecordingRule(
            record=f"slo:sli_error:ratio_rate{period}",
            expr=f"sum_over_time(slo:sli_error:ratio_rate5m{sel}[{period}])\n"
            "/ ignoring (sloth_window)\n"
            f"count_over_time(slo:sli_error:ratio_rate5m{sel}[{period}])",
            labels={**ids, "sloth_window": period},
        ),
        RecordingRule(
            record="slo:objective:ratio",
            expr=f"vector({fmt_num(slo.objective_pct / 100)})",
            labels=ids,
        ),
        RecordingRule(
            record="slo:error_budget:ratio",
            expr=f"vector(1 - {fmt_num(slo.objective_pct / 100)})",
            labels=ids,
        ),
        RecordingRule(
            record="slo:time_period:days", expr=f"vector({spec.slo_period_days})", labels=ids
        ),
        RecordingRule(
            record="slo:current_burn_rate:ratio",
            expr=f"slo:sli_error:ratio_rate5m{sel}\n/ {on}\nslo:error_budget:ratio{sel}",
            labels=ids,
        ),
        RecordingRule(
            record="slo:period_burn_rate:ratio",
            expr=f"slo:sli_error:ratio_rate{period}{sel}\n/ {on}\nslo:error_budget:ratio{sel}",
            labels=ids,
        ),
        RecordingRule(
            record="slo:period_error_budget_remaining:ratio",
            expr=f"1 - slo:period_burn_rate:ratio{sel}",
            labels=ids,
        ),
    ]
    return RuleGroup(name=f"sloth-slo-meta-recordings-{ids['sloth_id']}", recording=rules)


def burn_alerts(spec: MonitoringSpec, slo: SLODef) -> list[AlertRule]:
    """The page and the ticket alert of one SLO (same name, told apart by ``sloth_severity``)."""
    ids = slo_labels(spec, slo)
    sel = selector("", ids)
    budget = fmt_num(round(1 - slo.objective_pct / 100, 12))
    alerts = []
    for severity in ("page", "ticket"):
        fast, slow = (b for b in BURN_WINDOWS if b.severity == severity)

        def cond(w: str, factor: float) -> str:
            return f"(slo:sli_error:ratio_rate{w}{sel} > ({fmt_num(factor)} * {budget}))"

        expr = (
            f"(\n    {cond(fast.short_window, fast.factor)}\n    and ignoring (sloth_window)\n"
            f"    {cond(fast.long_window, fast.factor)}\n)\nor ignoring (sloth_window)\n"
            f"(\n    {cond(slow.short_window, slow.factor)}\n    and ignoring (sloth_window)\n"
            f"    {cond(slow.long_window, slow.factor)}\n)"
        )
        threshold = " or ".join(
            f"error ratio > {fmt_num(b.factor)} x {budget} "
            f"({fmt_num(b.factor * float(budget) * 100)}%) "
            f"over both {b.long_window} and {b.short_window}"
            for b in (fast, slow)
        )
        why = " ".join(
            f"{fmt_num(b.factor)}x for {b.long_window} spends "
            f"{fmt_num(round(budget_spent_pct(b, spec.slo_period_days), 2))}% of the "
            f"{spec.slo_period_days}-day budget;"
            for b in (fast, slow)
        ) + (
            f" the short window ({fast.short_window}, {slow.short_window}) stops the alert soon "
            "after the burn stops."
        )
        why = (
            "Pages: the budget would be gone within days. "
            if severity == "page"
            else "Tickets: a slow leak worth fixing this week. "
        ) + why
        alerts.append(
            AlertRule(
                alert=slo.alert_name,
                expr=expr,
                labels={
                    "severity": SEVERITY_LABEL[severity],
                    "sloth_severity": severity,
                    "category": slo.category,
                },
                annotations={
                    "title": f"({severity}) {{{{$labels.sloth_service}}}} "
                    "{{$labels.sloth_slo}} SLO error budget burn rate is too fast.",
                    "summary": f"{slo.description} The error budget is burning too fast.",
                },
                threshold=threshold,
                why=why,
            )
        )
    return alerts
