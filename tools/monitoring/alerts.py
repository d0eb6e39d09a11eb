"""Prometheus alert rules from budgets: latency per route, error rate, CPU and memory, SLO burn.

``plan_monitoring(spec)`` builds every rule as data (:class:`MonitoringPlan`);
``rules_yaml(plan)`` writes the Prometheus rule-file text. Both are pure.

>>> spec = MonitoringSpec(service="shop", endpoints=[{"route": "/api/users", "p95_ms": 200}],
...                       infrastructure={"cpu_avg_pct": 60, "memory_avg_pct": 70})
>>> plan = plan_monitoring(spec)
>>> sorted(set(plan.alert_names()))  # doctest: +NORMALIZE_WHITESPACE
['ShopAvailabilityBudgetBurn', 'ShopCPUOverBudget', 'ShopCPUSaturation', 'ShopErrorRateHigh',
 'ShopLatencyP95OverBudget', 'ShopMemoryOverBudget', 'ShopMemorySaturation']
>>> "histogram_quantile(0.95" in rules_yaml(plan)
True
"""

from __future__ import annotations

import yaml

from perfagent.tools.monitoring.burnrate import (
    burn_alerts,
    meta_recordings,
    sli_recordings,
    slo_definitions,
)
from perfagent.tools.monitoring.models import (
    AlertRule,
    EndpointBudget,
    MonitoringPlan,
    MonitoringSpec,
    Quantile,
    RecordingRule,
    RuleGroup,
)
from perfagent.tools.monitoring.promql import camel, fmt_num, route_matchers, selector

QUANTILES: dict[Quantile, float] = {"p50": 0.5, "p95": 0.95, "p99": 0.99}
LATENCY_WINDOW = "5m"
LATENCY_FOR = "5m"
ERROR_RATE_WINDOW = "2m"
ERROR_RATE_FOR = "2m"
CPU_RECORD = "perfagent:cpu_utilization:pct"
MEMORY_RECORD = "perfagent:memory_utilization:pct"


def latency_expr(
    spec: MonitoringSpec, endpoint: EndpointBudget | None, quantile: float, by: str = "le, route"
) -> str:
    """``histogram_quantile`` of a route (or every route) over the last 5 minutes, in seconds."""
    m = spec.metrics
    by = by.replace("route", m.route_label)
    sel = selector(m.duration_bucket, route_matchers(spec.service, endpoint, m))
    return f"histogram_quantile({quantile}, sum by ({by}) (rate({sel}[{LATENCY_WINDOW}])))"


def error_ratio_expr(spec: MonitoringSpec, window: str) -> str:
    """Errors over all requests of the service, as a ratio."""
    m = spec.metrics
    every = route_matchers(spec.service, None, m)
    errors = selector(m.requests_total, every, {m.status_label: m.error_status_regex})
    return (
        f"sum(rate({errors}[{window}]))\n/\n"
        f"sum(rate({selector(m.requests_total, every)}[{window}]))"
    )


def latency_alerts(spec: MonitoringSpec) -> list[AlertRule]:
    """One alert per route and budgeted p95 / p99 (p50 budgets are for dashboards, not pages)."""
    alerts = []
    for endpoint in spec.endpoints:
        for name in ("p95", "p99"):
            budget_ms = endpoint.budget_ms(name)
            if budget_ms is None:
                continue
            alerts.append(
                AlertRule(
                    alert=f"{camel(spec.service)}Latency{name.upper()}OverBudget",
                    expr=f"{latency_expr(spec, endpoint, QUANTILES[name])} > "
                    f"{fmt_num(budget_ms / 1000)}",
                    **{"for": LATENCY_FOR},
                    labels={
                        "severity": "warning",
                        "category": "latency",
                        spec.metrics.route_label: endpoint.route,
                    },
                    annotations={
                        "summary": f"{endpoint.route} {name} latency is over its "
                        f"{fmt_num(budget_ms)} ms budget.",
                        "description": f"{name} of {endpoint.route} on {spec.service} is "
                        "{{ $value | humanizeDuration }} (budget "
                        f"{fmt_num(budget_ms)} ms) for {LATENCY_FOR}.",
                    },
                    threshold=f"{endpoint.route} {name} > {fmt_num(budget_ms)} ms "
                    f"for {LATENCY_FOR}",
                    why=f"The performance budget of {endpoint.route} is {name} <= "
                    f"{fmt_num(budget_ms)} ms; "
                    f"{LATENCY_FOR} over it is past a blip (the seed's 'High API Response Time': "
                    "over budget for 5 minutes, warning).",
                )
            )
    return alerts


def error_rate_alert(spec: MonitoringSpec) -> AlertRule:
    pct = spec.error_rate_alert_pct
    return AlertRule(
        alert=f"{camel(spec.service)}ErrorRateHigh",
        expr=f"(\n{error_ratio_expr(spec, ERROR_RATE_WINDOW)}\n) > {fmt_num(pct / 100)}",
        **{"for": ERROR_RATE_FOR},
        labels={"severity": "critical", "category": "availability"},
        annotations={
            "summary": f"{spec.service} error rate is over {fmt_num(pct)}%.",
            "description": f"{{{{ $value | humanizePercentage }}}} of {spec.service} requests fail "
            f"(threshold {fmt_num(pct)}% for {ERROR_RATE_FOR}).",
        },
        threshold=f"error rate > {fmt_num(pct)}% for {ERROR_RATE_FOR}",
        why=f"The seed's 'Error Rate Spike' (critical, escalate): {fmt_num(pct)}% is "
        f"{fmt_num(pct / (100 - spec.availability_pct))}x the error budget of "
        f"{fmt_num(round(100 - spec.availability_pct, 9))}%; it catches sudden outages "
        "faster than the burn-rate alerts.",
    )


def infra_rules(spec: MonitoringSpec) -> RuleGroup:
    """CPU and memory utilisation: recorded once, alerted at saturation and over budget."""
    m, svc, label = spec.metrics, camel(spec.service), {spec.metrics.service_label: spec.service}
    recording, alerts = [], []
    for kind, record, expr, budget, saturation, sat_for in (
        (
            "CPU",
            CPU_RECORD,
            m.cpu_utilization_pct,
            spec.infrastructure.cpu_avg_pct,
            spec.cpu_saturation_pct,
            "10m",
        ),
        (
            "Memory",
            MEMORY_RECORD,
            m.memory_utilization_pct,
            spec.infrastructure.memory_avg_pct,
            spec.memory_saturation_pct,
            "10m",
        ),
    ):
        recording.append(RecordingRule(record=record, expr=expr, labels=label))
        sel = selector(record, label)
        alerts.append(
            AlertRule(
                alert=f"{svc}{kind}Saturation",
                expr=f"{sel} > {fmt_num(saturation)}",
                **{"for": sat_for},
                labels={"severity": "warning", "category": "saturation"},
                annotations={
                    "summary": f"{kind} of {spec.service} is over {fmt_num(saturation)}%.",
                    "description": f"{kind} utilisation is {{{{ $value | humanize }}}}%.",
                },
                threshold=f"{kind.lower()} > {fmt_num(saturation)}% for {sat_for}",
                why=(
                    "The seed's 'CPU Saturation' (warning, auto-scale): "
                    f"past {fmt_num(saturation)}% queues grow and latency climbs."
                    if kind == "CPU"
                    else f"Past {fmt_num(saturation)}% memory the kernel reclaims caches and "
                    "the OOM killer is near."
                ),
            )
        )
        if budget is not None:
            alerts.append(
                AlertRule(
                    alert=f"{svc}{kind}OverBudget",
                    expr=f"avg_over_time({sel}[1h]) > {fmt_num(budget)}",
                    **{"for": "15m"},
                    labels={"severity": "info", "category": "budget"},
                    annotations={
                        "summary": f"{kind} of {spec.service} averages over its "
                        f"{fmt_num(budget)}% budget.",
                        "description": f"1-hour average {kind.lower()} is "
                        "{{ $value | humanize }}%.",
                    },
                    threshold=f"1-hour average {kind.lower()} > {fmt_num(budget)}% for 15m",
                    why=f"The infrastructure budget is {kind.lower()}_avg {fmt_num(budget)}%: "
                    "the headroom kept for peaks; an hour's average over it means capacity "
                    "planning, not a page.",
                )
            )
    return RuleGroup(name=f"{spec.service}-infrastructure", recording=recording, alerts=alerts)


def plan_monitoring(spec: MonitoringSpec) -> MonitoringPlan:
    """Every rule group for ``spec``: SLI and SLO recordings, burn-rate, budget and infra alerts."""
    slos, notes = slo_definitions(spec)
    groups: list[RuleGroup] = []
    for slo in slos:
        groups.append(sli_recordings(spec, slo))
        groups.append(meta_recordings(spec, slo))
    groups.append(
        RuleGroup(
            name=f"sloth-slo-alerts-{spec.service}",
            alerts=[a for slo in slos for a in burn_alerts(spec, slo)],
        )
    )
    groups.append(
        RuleGroup(
            name=f"{spec.service}-budgets",
            alerts=[*latency_alerts(spec), error_rate_alert(spec)],
        )
    )
    groups.append(infra_rules(spec))
    if not spec.endpoints:
        notes.append(
            f"No endpoint budgets were given for {spec.service}: no latency alerts or SLOs."
        )
    return MonitoringPlan(spec=spec, groups=groups, slos=slos, notes=notes)


class _Literal(str):
    """A string YAML writes as a ``|`` block (multi-line PromQL stays readable)."""


def _literal(dumper: yaml.SafeDumper, value: _Literal) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=style)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Literal, _literal)


def rules_document(plan: MonitoringPlan) -> dict:
    """The rule file as plain data (``groups: [{name, rules}]``)."""
    groups = []
    for group in plan.groups:
        rules: list[dict] = []
        for r in group.recording:
            rules.append(
                {
                    "record": r.record,
                    "expr": _Literal(r.expr),
                    **({"labels": r.labels} if r.labels else {}),
                }
            )
        for a in group.alerts:
            rule: dict = {"alert": a.alert, "expr": _Literal(a.expr)}
            if a.for_:
                rule["for"] = a.for_
            rule["labels"] = a.labels
            rule["annotations"] = a.annotations
            rules.append(rule)
        if rules:
            groups.append(
                {
                    "name": group.name,
                    **({"interval": group.interval} if group.interval else {}),
                    "rules": rules,
                }
            )
    return {"groups": groups}


def rules_yaml(plan: MonitoringPlan) -> str:
    """The Prometheus rule file (``promtool check rules`` accepts it)."""
    header = (
        f"# Prometheus rules for {plan.spec.service}, generated by perfagent (tools/monitoring).\n"
        "# Check: promtool check rules alerts.rules.yml; "
        "test: promtool test rules alerts.test.yml\n"
    )
    return header + yaml.dump(
        rules_document(plan), Dumper=_Dumper, sort_keys=False, width=4096, allow_unicode=True
    )
