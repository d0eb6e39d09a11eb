"""Budgets (the seed's format and the spec's endpoints) → the monitoring tool's input."""

from __future__ import annotations

from pydantic import ValidationError

from perfagent.tools.errors import InputError
from perfagent.tools.monitoring.buckets import with_budgets
from perfagent.tools.monitoring.models import (
    DEFAULT_BUCKETS_S,
    EndpointBudget,
    InfraBudget,
    MonitoringSpec,
)
from perfagent.tools.monitoring.routes import template_of
from perfagent.tools.spec.budgets import Budgets


def monitoring_spec(
    budgets: Budgets,
    service: str,
    *,
    endpoints: list | None = None,
    templates: list[str] | None = None,
) -> MonitoringSpec:
    """Endpoint budgets from the budgets file, then from ``[[service.endpoint]]`` budgets
    for routes the file does not name; infrastructure budgets and the error-rate SLO.

    Routes are the app's templates (``templates``, from tools/monitoring/routes.py) when a
    path matches one; every budget becomes a histogram bucket boundary, so each gets its SLO."""
    templates = templates or []
    routes: dict[str, EndpointBudget] = {}
    for e in budgets.api_endpoints:
        route = template_of(e.path, templates)
        routes[route] = EndpointBudget(
            route=route, p50_ms=e.p50_ms, p95_ms=e.p95_ms, p99_ms=e.p99_ms
        )
    for e in endpoints or []:
        route = template_of(e.path, templates)
        if route not in routes and (e.budget.p95_ms or e.budget.p99_ms or e.budget.p50_ms):
            routes[route] = EndpointBudget(
                route=route, p50_ms=e.budget.p50_ms, p95_ms=e.budget.p95_ms, p99_ms=e.budget.p99_ms
            )
    infra = budgets.infrastructure
    boundaries, added = with_budgets(
        DEFAULT_BUCKETS_S, [b for r in routes.values() for b in (r.p50_ms, r.p95_ms, r.p99_ms)]
    )
    fields: dict = {
        "service": service,
        "endpoints": list(routes.values()),
        "bucket_boundaries_s": boundaries,
        "buckets_added_s": added,
        "infrastructure": InfraBudget(
            cpu_avg_pct=infra.cpu_avg_pct, memory_avg_pct=infra.memory_avg_pct
        ),
    }
    if infra.error_rate_pct is not None:
        fields["availability_pct"] = MonitoringSpec.availability_from_error_rate(
            infra.error_rate_pct
        )
    try:
        return MonitoringSpec(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(
            f"cannot build monitoring for {service!r}: {where}: "
            f"{err['msg'].removeprefix('Value error, ')}"
        ) from None
