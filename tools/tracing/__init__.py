"""Request tracing of a running service without changing it: OpenTelemetry injected into the
service's own interpreter (inject.py), span trees reduced per request (collect.py), rules that
diagnose each endpoint from them (rules/), spans written as OTLP/JSON (otlp.py)."""

from perfagent.tools.tracing.inject import Tracer
from perfagent.tools.tracing.models import RequestTrace, Statement, TraceFinding, TraceSet

__all__ = ["RequestTrace", "Statement", "TraceFinding", "TraceSet", "Tracer"]
