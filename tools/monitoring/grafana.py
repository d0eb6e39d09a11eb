"""A Grafana dashboard (the dashboard JSON model, importable as-is) for one service.

Panels on Grafana's 24-column grid, two per row: p50/p95/p99 per budgeted route
with the budgets drawn as threshold lines, request rate, error rate, error budget
remaining (from the SLO recording rules), CPU and memory against their budgets,
and RSS. The Prometheus data source is a dashboard variable, so import asks for it.

>>> from perfagent.tools.monitoring.alerts import plan_monitoring
>>> from perfagent.tools.monitoring.models import MonitoringSpec
>>> board = dashboard(plan_monitoring(MonitoringSpec(service="shop",
...     endpoints=[{"route": "/api/users", "p95_ms": 200, "p99_ms": 500}])))
>>> board["schemaVersion"], [p["title"] for p in board["panels"]][:2]
(39, ['Latency /api/users', 'Request rate by route'])
>>> board["panels"][0]["fieldConfig"]["defaults"]["thresholds"]["steps"][1:]
[{'color': 'orange', 'value': 0.2}, {'color': 'red', 'value': 0.5}]
"""

from __future__ import annotations

import json

from perfagent.tools.monitoring.alerts import (
    CPU_RECORD,
    MEMORY_RECORD,
    QUANTILES,
    error_ratio_expr,
    latency_expr,
)
from perfagent.tools.monitoring.burnrate import slo_labels
from perfagent.tools.monitoring.models import EndpointBudget, MonitoringPlan
from perfagent.tools.monitoring.promql import fmt_num, route_matchers, selector, slug

SCHEMA_VERSION = 39  # Grafana 10.4/11; newer Grafana migrates it on import
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
PANEL_W, PANEL_H, GRID_W = 12, 8, 24


def _thresholds(lines: list[tuple[str, float]]) -> dict:
    steps: list[dict[str, str | float | None]] = [{"color": "green", "value": None}]
    steps += [
        {"color": color, "value": value} for color, value in sorted(lines, key=lambda x: x[1])
    ]
    return {"mode": "absolute", "steps": steps}


def _panel(
    title: str,
    targets: list[tuple[str, str]],
    *,
    unit: str,
    description: str = "",
    lines: list[tuple[str, float]] | None = None,
    kind: str = "timeseries",
) -> dict:
    defaults: dict = {"unit": unit, "thresholds": _thresholds(lines or [])}
    if kind == "timeseries":
        defaults["custom"] = {
            "drawStyle": "line",
            "lineWidth": 1,
            "fillOpacity": 0,
            "thresholdsStyle": {"mode": "line" if lines else "off"},
        }
    return {
        "type": kind,
        "title": title,
        "description": description,
        "datasource": DATASOURCE,
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": {
            "legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
            "tooltip": {"mode": "multi", "sort": "none"},
        }
        if kind == "timeseries"
        else {
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
            "colorMode": "value",
            "graphMode": "area",
            "textMode": "auto",
        },
        "targets": [
            {
                "datasource": DATASOURCE,
                "expr": expr,
                "legendFormat": legend,
                "refId": chr(65 + i),
                "range": True,
            }
            for i, (expr, legend) in enumerate(targets)
        ],
    }


def _latency_panel(plan: MonitoringPlan, endpoint: EndpointBudget) -> dict:
    budgets = [(name, endpoint.budget_ms(name)) for name in QUANTILES]
    colors = {"p50": "yellow", "p95": "orange", "p99": "red"}
    lines = [(colors[name], ms / 1000) for name, ms in budgets if ms is not None]
    text = ", ".join(f"{name} {fmt_num(ms)} ms" for name, ms in budgets if ms is not None)
    return _panel(
        f"Latency {endpoint.route}",
        [(latency_expr(plan.spec, endpoint, q, by="le"), name) for name, q in QUANTILES.items()],
        unit="s",
        lines=lines,
        description=f"p50/p95/p99 of {endpoint.route} over 5 minutes; threshold lines are the "
        f"budgets ({text or 'none'}).",
    )


def panels(plan: MonitoringPlan) -> list[dict]:
    """Every panel, without positions."""
    spec, m = plan.spec, plan.spec.metrics
    every = route_matchers(spec.service, None, m)
    out = [_latency_panel(plan, e) for e in spec.endpoints]
    out.append(
        _panel(
            "Request rate by route",
            [
                (
                    f"sum by ({m.route_label}) (rate({selector(m.requests_total, every)}[5m]))",
                    f"{{{{{m.route_label}}}}}",
                )
            ],
            unit="reqps",
            description="Requests per second, per route.",
        )
    )
    out.append(
        _panel(
            "Error rate",
            [(error_ratio_expr(spec, "5m").replace("\n", " "), "errors / requests")],
            unit="percentunit",
            lines=[("orange", spec.error_budget_ratio), ("red", spec.error_rate_alert_pct / 100)],
            description=f"Share of requests with status {m.error_status_regex}; orange is the "
            f"SLO's error budget ({fmt_num(round(100 - spec.availability_pct, 9))}%), red the "
            f"{fmt_num(spec.error_rate_alert_pct)}% alert.",
        )
    )
    for slo in plan.slos:
        sel = selector("", slo_labels(spec, slo))
        out.append(
            _panel(
                f"Error budget remaining: {slo.name}",
                [(f"slo:period_error_budget_remaining:ratio{sel}", "remaining")],
                unit="percentunit",
                kind="stat",
                lines=[("red", 0.0), ("orange", 0.25), ("green", 0.5)],
                description=f"{slo.description} Share of the {spec.slo_period_days}-day "
                "error budget left.",
            )
        )
        out[-1]["fieldConfig"]["defaults"]["thresholds"]["steps"][0]["color"] = "red"
    out.append(
        _panel(
            "SLO burn rate",
            [
                (
                    (
                        f"slo:sli_error:ratio_rate{w}"
                        f"{selector('', {'sloth_service': spec.service})}"
                        f" / on (sloth_id, sloth_slo, sloth_service) group_left "
                        f"slo:error_budget:ratio{selector('', {'sloth_service': spec.service})}"
                    ),
                    f"{{{{sloth_slo}}}} {w}",
                )
                for w in ("5m", "1h", "6h")
            ],
            unit="none",
            lines=[("orange", 6.0), ("red", 14.4)],
            description="How many times faster than allowed each SLO burns its budget; the page "
            "thresholds 6x and 14.4x are drawn.",
        )
    )
    for title, record, budget, sat in (
        ("CPU utilisation", CPU_RECORD, spec.infrastructure.cpu_avg_pct, spec.cpu_saturation_pct),
        (
            "Memory utilisation",
            MEMORY_RECORD,
            spec.infrastructure.memory_avg_pct,
            spec.memory_saturation_pct,
        ),
    ):
        lines = [("red", sat)] + ([("orange", budget)] if budget is not None else [])
        out.append(
            _panel(
                title,
                [(selector(record, {m.service_label: spec.service}), "utilisation %")],
                unit="percent",
                lines=lines,
                description=f"{title} (recorded by alerts.rules.yml); orange is the average budget"
                f"{'' if budget is None else f' ({fmt_num(budget)}%)'}, red the "
                f"{fmt_num(sat)}% saturation alert.",
            )
        )
    out.append(
        _panel(
            "Resident memory (RSS)",
            [(f"sum by (instance) ({selector(m.resident_memory, every)})", "{{instance}}")],
            unit="bytes",
            description="Resident set size per process; a line that only climbs is a leak.",
        )
    )
    return out


def dashboard(plan: MonitoringPlan) -> dict:
    """The dashboard JSON model, panels laid out two per row."""
    laid = []
    for i, panel in enumerate(panels(plan)):
        panel = {
            "id": i + 1,
            **panel,
            "gridPos": {
                "h": PANEL_H,
                "w": PANEL_W,
                "x": (i % 2) * PANEL_W,
                "y": (i // 2) * PANEL_H,
            },
        }
        laid.append(panel)
    return {
        "id": None,
        "uid": f"perfagent-{slug(plan.spec.service)}"[:40],
        "title": f"{plan.spec.service}: performance budgets and SLOs",
        "description": "Generated by perfagent (tools/monitoring) from the service's "
        "performance budgets.",
        "tags": ["perfagent", "slo", plan.spec.service],
        "timezone": "browser",
        "editable": True,
        "graphTooltip": 1,
        "schemaVersion": SCHEMA_VERSION,
        "version": 1,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "annotations": {"list": []},
        "links": [],
        "templating": {
            "list": [
                {
                    "name": "datasource",
                    "label": "Prometheus",
                    "type": "datasource",
                    "query": "prometheus",
                    "current": {},
                    "hide": 0,
                    "refresh": 1,
                    "options": [],
                }
            ]
        },
        "panels": laid,
    }


def dashboard_json(plan: MonitoringPlan) -> str:
    return json.dumps(dashboard(plan), indent=2) + "\n"
