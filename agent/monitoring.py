"""Budgets (the seed's format and the spec's endpoints) → the monitoring tool's input."""

from __future__ import annotations

from pydantic import ValidationError

from agent.budgets import Budgets
from tools.errors import InputError
from tools.monitoring.models import EndpointBudget, InfraBudget, MonitoringSpec


def monitoring_spec(budgets: Budgets, service: str, *, endpoints: list | None = None) -> MonitoringSpec:
    """Endpoint budgets from the budgets file, then from ``[[service.endpoint]]`` budgets
    for routes the file does not name; infrastructure budgets and the error-rate SLO."""
    routes: dict[str, EndpointBudget] = {}
    for e in budgets.api_endpoints:
        route = e.path.split("?", 1)[0]
        routes[route] = EndpointBudget(route=route, p50_ms=e.p50_ms, p95_ms=e.p95_ms, p99_ms=e.p99_ms)
    for e in endpoints or []:
        route = e.path.split("?", 1)[0]
        if route not in routes and (e.budget.p95_ms or e.budget.p99_ms or e.budget.p50_ms):
            routes[route] = EndpointBudget(route=route, p50_ms=e.budget.p50_ms, p95_ms=e.budget.p95_ms,
                                           p99_ms=e.budget.p99_ms)
    infra = budgets.infrastructure
    fields: dict = {
        "service": service,
        "endpoints": list(routes.values()),
        "infrastructure": InfraBudget(cpu_avg_pct=infra.cpu_avg_pct, memory_avg_pct=infra.memory_avg_pct),
    }
    if infra.error_rate_pct is not None:
        fields["availability_pct"] = MonitoringSpec.availability_from_error_rate(infra.error_rate_pct)
    try:
        return MonitoringSpec(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"cannot build monitoring for {service!r}: {where}: "
                         f"{err['msg'].removeprefix('Value error, ')}") from None
