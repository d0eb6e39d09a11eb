"""The request-tracing section of the database page (``templates/traces.md.j2``, included by
``database.md.j2``): per-endpoint server time and statements from the traces, the diagnoses
with their example traces, the scaling probe, and the link to the OTLP/JSON file."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.tools.tracing.models import TraceReport

RULE_NAMES = {
    "n_plus_one": "N+1 loop",
    "duplicate_statement": "same statement twice",
    "write_on_get": "write on a read-only request",
    "queueing": "queueing",
}


def section(
    report: TraceReport | None, folder: Path, *, rules: tuple[str, ...] | None = None
) -> dict | None:
    """What ``templates/traces.md.j2`` shows of the traces (none: no tracing ran): the report,
    the spans file's name and path relative to the page, the endpoints' rows, the diagnoses
    with their rule's name (``rules`` limits them: the database page shows the SQL ones) and
    each scaling probe with its steps' rows."""
    if report is None:
        return None
    return {
        "report": report,
        "otlp": (
            (Path(report.otlp_path).name, os.path.relpath(report.otlp_path, folder))
            if report.otlp_path
            else None
        ),
        "rows": [_endpoint_row(e) for e in report.endpoints[:15]],
        "findings": [(_name(f), f) for f in report.findings if rules is None or f.rule in rules],
        "scaling": [(s, [_step_row(st) for st in s.steps]) for s in report.scaling],
    }


def _name(finding) -> str:
    """The diagnosis's name on the page: a GET that writes on purpose (it records the request,
    as a ping or an analytics hit does) is not called a read-only request."""
    if finding.rule == "write_on_get" and finding.detail.get("purpose_write"):
        return "write on every GET (the request records something)"
    return RULE_NAMES.get(finding.rule, finding.rule)


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
