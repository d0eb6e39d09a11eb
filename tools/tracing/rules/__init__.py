"""Per-endpoint diagnoses from request traces: one rule, one module, run in order."""

from __future__ import annotations

from perfagent.tools.tracing.models import ClientLatency, RequestTrace, TraceFinding
from perfagent.tools.tracing.rules.duplicate_statement import duplicate_statement
from perfagent.tools.tracing.rules.n_plus_one import n_plus_one
from perfagent.tools.tracing.rules.queueing import queueing
from perfagent.tools.tracing.rules.write_on_get import write_on_get

RULES = (n_plus_one, duplicate_statement, write_on_get)


def diagnose(
    requests: list[RequestTrace], client: list[ClientLatency] | None = None
) -> list[TraceFinding]:
    """Every rule's findings; queueing too when the client's latencies are known."""
    found = [f for rule in RULES for f in rule(requests)]
    if client:
        found += queueing(requests, client)
    return found


__all__ = ["RULES", "diagnose", "duplicate_statement", "n_plus_one", "queueing", "write_on_get"]
