"""The request-tracing section shared by the database and profiling pages: per-endpoint server
time and statements from the traces, the diagnoses with their example traces, the scaling
probe, and the link to the OTLP/JSON file."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.agent.deliverables.markdown import table
from perfagent.tools.tracing.models import TraceReport

ENDPOINTS = [
    "endpoint",
    "traced requests",
    "server p50",
    "server p95",
    "share of server time",
    "statements/request",
    "statement time p50",
    "example trace",
]
RULE_NAMES = {
    "n_plus_one": "N+1 loop",
    "duplicate_statement": "same statement twice",
    "write_on_get": "write on a read-only request",
    "queueing": "queueing",
}


def link(report: TraceReport, folder: Path) -> str:
    if not report.otlp_path:
        return ""
    return (
        f"Spans: [{Path(report.otlp_path).name}]({os.path.relpath(report.otlp_path, folder)}) "
        f"({report.span_count:,} spans, OTLP/JSON: load it into Jaeger or Grafana Tempo)."
    )


def section(
    report: TraceReport | None, folder: Path, *, rules: tuple[str, ...] | None = None
) -> list[str]:
    """Markdown lines; ``rules`` limits the diagnoses shown (the database page shows the SQL
    ones)."""
    if report is None:
        return []
    lines = ["## Request traces (OpenTelemetry, injected; the app unchanged)", ""]
    if report.note:
        return lines + [report.note + ".", ""]
    lines += [
        (
            f"Instrumented in the service's own Python ({report.python or 'unknown'}): "
            f"{', '.join(report.instrumented)}. {link(report, folder)}"
        ),
        "",
    ]
    lines += table(ENDPOINTS, [_endpoint_row(e) for e in report.endpoints[:15]], align="lrrrrrrl")
    shown = [f for f in report.findings if rules is None or f.rule in rules]
    if shown:
        lines += ["", "### Diagnoses per endpoint", ""]
        for f in shown:
            lines += [
                f"- **{RULE_NAMES.get(f.rule, f.rule)}** — {f.title}",
                f"  - evidence: {f.evidence}",
                f"  - fix: {f.suggestion}",
                f"  - example traces: {', '.join(f'`{t}`' for t in f.example_trace_ids)}",
            ]
    for s in report.scaling:
        lines += [
            "",
            f"### Concurrency scaling: GET {s.endpoint}",
            "",
            f"{s.workers} worker process(es), {s.cpus} CPU(s). {s.verdict}.",
            "",
        ]
        lines += table(
            ["users", "req/s", "p50", "efficiency", "service CPU", "server p50"],
            [_step_row(st) for st in s.steps],
            align="rrrrrr",
        )
    lines += [f"- note: {n}" for n in report.notes]
    return lines + [""]


def _endpoint_row(e) -> list[str]:
    return [
        e.endpoint,
        f"{e.requests:,}",
        f"{e.server_p50_ms:.1f} ms",
        f"{e.server_p95_ms:.1f} ms",
        f"{e.busy_share_pct:.0f}%",
        f"{e.statements_per_request:g}",
        f"{e.statement_ms_p50:.1f} ms",
        f"`{e.example_trace_id}`",
    ]


def _step_row(st) -> list[object]:
    cpu = f"{st.cpu_pct:.0f}%" if st.cpu_pct is not None else "–"
    server = f"{st.server_p50_ms:.1f} ms" if st.server_p50_ms is not None else "–"
    return [
        st.users,
        f"{st.throughput_rps:.1f}",
        f"{st.p50_ms or 0:.1f} ms",
        f"{st.efficiency:.2f}",
        cpu,
        server,
    ]
