"""A TraceSet reduced to what an engagement keeps: figures per endpoint and the diagnoses."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from perfagent.tools.tracing.models import (
    ClientLatency,
    EndpointTrace,
    RequestTrace,
    TraceReport,
    TraceSet,
)
from perfagent.tools.tracing.rules import diagnose
from perfagent.tools.tracing.rules._common import by_endpoint, median, share_pct


def _p95(values: list[float]) -> float:
    if len(values) < 2:
        return round(values[0], 3) if values else 0.0
    return round(statistics.quantiles(values, n=20, method="inclusive")[18], 3)


def endpoints(requests: list[RequestTrace]) -> list[EndpointTrace]:
    busy = sum(r.server_ms for r in requests) or 1.0
    out = []
    for endpoint, group in by_endpoint(requests).items():
        times = [r.server_ms for r in group]
        out.append(
            EndpointTrace(
                endpoint=endpoint,
                requests=len(group),
                server_p50_ms=median(times),
                server_p95_ms=_p95(times),
                busy_share_pct=share_pct(sum(times), busy),
                statements_per_request=median(len(r.statements) for r in group),
                statement_ms_p50=median(r.statement_ms for r in group),
                spans_per_request=median(r.span_count for r in group),
                example_trace_id=max(group, key=lambda r: r.server_ms).trace_id,
            )
        )
    return sorted(out, key=lambda e: -e.busy_share_pct)


def report(
    traces: TraceSet, client: list[ClientLatency] | None = None, *, python: str | None = None
) -> TraceReport:
    return TraceReport(
        note=traces.note,
        otlp_path=traces.otlp_path,
        span_count=traces.span_count,
        instrumented=traces.instrumented,
        python=python,
        endpoints=endpoints(traces.requests),
        findings=diagnose(traces.requests, client),
        notes=cut_statements(traces.requests),
    )


def cut_statements(requests: list[RequestTrace]) -> list[str]:
    """A sentence when statements were longer than the collector keeps (they are cut, so they
    cannot be parsed and the database analysis counts them as unparsable)."""
    from perfagent.tools.tracing.collect import MAX_STATEMENT_CHARS

    cut = [s for r in requests for s in r.statements if s.cut]
    if not cut:
        return []
    classes = len({s.fingerprint for s in cut})
    return [
        f"{len(cut):,} statement(s) ({classes} class(es)) were longer than "
        f"{MAX_STATEMENT_CHARS:,} characters and were cut there; cut, they cannot be parsed, "
        f"e.g. `{' '.join(cut[0].text[:100].split())}`"
    ]


def write_query_log(requests: list[RequestTrace], path: str | Path) -> int:
    """The SQL statements as the JSON-lines query log tools/sql reads (request id = trace id),
    so the database analysis runs on what the traces saw without the app writing any log."""
    lines = [
        json.dumps({"sql": s.text, "duration_ms": s.duration_ms, "request_id": r.trace_id})
        for r in requests
        for s in r.statements
        if s.system != "redis" and s.operation != "commit"
    ]
    if lines:
        Path(path).write_text("\n".join(lines) + "\n")
    return len(lines)
