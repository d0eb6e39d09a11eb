"""Records the monitoring instrument takes and returns. All serialize to JSON and back.

Inputs are deliberately small and independent of ``tools.spec.budgets``: the engagement
translates its budgets into a :class:`MonitoringSpec`.

Metrics assumed (names configurable in :class:`MetricNames`), the conventional
Prometheus HTTP instrumentation:

    http_request_duration_seconds_bucket{service, route, method, status, le}   histogram
    http_requests_total{service, route, status}                                 counter
    node_cpu_seconds_total / node_memory_*  (node_exporter)                     host CPU, memory
    process_resident_memory_bytes{service}                                      RSS
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, computed_field, field_validator

# prometheus_client's default histogram buckets (seconds).
DEFAULT_BUCKETS_S = (
    0.005,
    0.01,
    0.025,
    0.05,
    0.075,
    0.1,
    0.25,
    0.5,
    0.75,
    1.0,
    2.5,
    5.0,
    7.5,
    10.0,
)

_LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
_METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
_SERVICE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

Quantile = Literal["p50", "p95", "p99"]


class EndpointBudget(BaseModel):
    """Latency budget of one route, in milliseconds (any of the three may be absent)."""

    route: str = Field(description="value of the route label, e.g. /api/users")
    method: str | None = Field(default=None, description="restrict to one HTTP method")
    p50_ms: float | None = Field(default=None, gt=0)
    p95_ms: float | None = Field(default=None, gt=0)
    p99_ms: float | None = Field(default=None, gt=0)

    def budget_ms(self, percentile: Quantile) -> float | None:
        """The budget for ``percentile``.

        >>> EndpointBudget(route="/a", p95_ms=200).budget_ms("p95")
        200.0
        """
        return getattr(self, f"{percentile}_ms")


class InfraBudget(BaseModel):
    """Average utilisation budgets, percent of capacity."""

    cpu_avg_pct: float | None = Field(default=None, gt=0, le=100)
    memory_avg_pct: float | None = Field(default=None, gt=0, le=100)


class MetricNames(BaseModel):
    """Metric and label names; change them to match the service's instrumentation."""

    duration_bucket: str = "http_request_duration_seconds_bucket"
    requests_total: str = "http_requests_total"
    resident_memory: str = "process_resident_memory_bytes"
    service_label: str = "service"
    route_label: str = "route"
    method_label: str = "method"
    status_label: str = "status"
    error_status_regex: str = Field(default="5..", description="status values that count as errors")
    cpu_utilization_pct: str = Field(
        default='100 * (1 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m])))',
        description="PromQL giving CPU utilisation in percent",
    )
    memory_utilization_pct: str = Field(
        default="100 * (1 - sum(node_memory_MemAvailable_bytes) / sum(node_memory_MemTotal_bytes))",
        description="PromQL giving memory utilisation in percent",
    )

    @field_validator("service_label", "route_label", "method_label", "status_label")
    @classmethod
    def _label(cls, value: str) -> str:
        if not _LABEL_NAME.match(value):
            raise ValueError(f"{value!r} is not a valid Prometheus label name")
        return value

    @field_validator("duration_bucket", "requests_total", "resident_memory")
    @classmethod
    def _metric(cls, value: str) -> str:
        if not _METRIC_NAME.match(value):
            raise ValueError(f"{value!r} is not a valid Prometheus metric name")
        return value


class MonitoringSpec(BaseModel):
    """Everything the generators need: one service, its budgets and SLO.

    >>> spec = MonitoringSpec(service="shop", endpoints=[{"route": "/api/users", "p95_ms": 200}])
    >>> spec.availability_pct, spec.error_budget_ratio
    (99.9, 0.001)
    >>> MonitoringSpec.model_validate_json(spec.model_dump_json()) == spec
    True
    """

    service: str = Field(description="value of the service label; lowercase, digits, - and _")
    endpoints: list[EndpointBudget] = Field(default_factory=list)
    availability_pct: float = Field(
        default=99.9,
        gt=0,
        lt=100,
        description="SLO objective: share of requests that are not errors",
    )
    slo_period_days: int = Field(default=30, gt=0)
    error_rate_alert_pct: float = Field(
        default=1.0, gt=0, le=100, description="seed: > 1% for 2 minutes"
    )
    cpu_saturation_pct: float = Field(
        default=80.0, gt=0, le=100, description="seed: > 80% for 10 minutes"
    )
    memory_saturation_pct: float = Field(default=90.0, gt=0, le=100)
    infrastructure: InfraBudget = Field(default_factory=InfraBudget)
    metrics: MetricNames = Field(default_factory=MetricNames)
    bucket_boundaries_s: list[float] = Field(
        default_factory=lambda: list(DEFAULT_BUCKETS_S),
        description="the histogram's le boundaries; a latency SLO needs one equal to the p95 "
        "budget",
    )
    buckets_added_s: list[float] = Field(
        default_factory=list,
        description="boundaries added for budgets: the service's histogram must have them",
    )

    @field_validator("service")
    @classmethod
    def _service(cls, value: str) -> str:
        if not _SERVICE.match(value):
            raise ValueError(f"service {value!r} must be lowercase letters, digits, '-' or '_'")
        return value

    @property
    def error_budget_ratio(self) -> float:
        return round(1 - self.availability_pct / 100, 12)

    @classmethod
    def availability_from_error_rate(cls, error_rate_pct: float) -> float:
        """The seed's ``error_rate: 0.1%`` budget as an availability objective.

        >>> MonitoringSpec.availability_from_error_rate(0.1)
        99.9
        """
        return round(100 - error_rate_pct, 9)


Severity = Literal["critical", "warning", "info"]


class RecordingRule(BaseModel):
    record: str
    expr: str
    labels: dict[str, str] = Field(default_factory=dict)


class AlertRule(BaseModel):
    """One alerting rule plus, for people, its threshold and the reason for it."""

    alert: str
    expr: str
    for_: str | None = Field(default=None, alias="for")
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)
    threshold: str = Field(description="the threshold in words, e.g. 'p95 > 200 ms for 5m'")
    why: str = Field(description="why this threshold, for the README")

    model_config = {"populate_by_name": True}


class RuleGroup(BaseModel):
    name: str
    interval: str | None = None
    recording: list[RecordingRule] = Field(default_factory=list)
    alerts: list[AlertRule] = Field(default_factory=list)


class BurnWindow(BaseModel):
    """One multi-window multi-burn-rate condition (Google SRE workbook, ch. 5)."""

    severity: Literal["page", "ticket"]
    factor: float = Field(description="burn rate: how many times faster than the budget allows")
    long_window: str
    short_window: str
    long_window_h: float


class SLODef(BaseModel):
    """One SLO as events: bad/total queries with a ``{{.window}}`` placeholder (Sloth style)."""

    name: str
    objective_pct: float
    description: str
    error_query: str
    total_query: str
    alert_name: str
    category: Literal["availability", "latency"]
    route: str | None = None


class MonitoringPlan(BaseModel):
    """The generated monitoring, as data: rule groups, SLOs and notes for people."""

    spec: MonitoringSpec
    groups: list[RuleGroup]
    slos: list[SLODef]
    notes: list[str] = Field(default_factory=list, description="gaps people must know about")

    def alert_names(self) -> list[str]:
        return [a.alert for g in self.groups for a in g.alerts]

    # mypy rejects a decorator over @property; pydantic documents this ignore for it
    @computed_field  # type: ignore[prop-decorator]
    @property
    def alert_coverage_pct(self) -> float:
        """Share of budgeted endpoints that got a latency SLO (the seed's "monitoring coverage"):
        an endpoint whose budget made no SLO is not covered, whatever else alerts on it."""
        if not self.spec.endpoints:
            return 0.0
        with_slo = {s.route for s in self.slos if s.category == "latency"}
        covered = sum(e.route in with_slo for e in self.spec.endpoints)
        return round(100 * covered / len(self.spec.endpoints), 2)


class MonitoringArtifacts(BaseModel):
    """What ``write_monitoring`` wrote, and the plan it wrote from."""

    out_dir: str
    alert_rules: str
    rules_test: str
    sloth_spec: str
    dashboard: str
    readme: str
    plan_json: str
    notes: list[str] = Field(default_factory=list)


Percentile = Literal["p50", "p95", "p99"]


class BudgetCheck(BaseModel):
    percentile: Percentile
    budget_ms: float
    measured_ms: float
    margin_pct: float = Field(
        description="(budget - measured) / budget; negative means over budget"
    )
    ok: bool


class EndpointCheck(BaseModel):
    path: str
    samples: int
    errors: int = Field(description="responses with status >= 400")
    p50_ms: float
    p95_ms: float
    p99_ms: float
    checks: list[BudgetCheck] = Field(default_factory=list)

    # mypy rejects a decorator over @property; pydantic documents this ignore for it
    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        return self.errors == 0 and all(c.ok for c in self.checks)


class MonitorReport(BaseModel):
    base_url: str
    samples_per_endpoint: int
    endpoints: list[EndpointCheck]
    ok: bool
    breaches: list[str] = Field(default_factory=list, description="one sentence per breach")
