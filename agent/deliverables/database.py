"""Deliverable 7: database optimizations: query classes, N+1 loops, validated indexes."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import page
from perfagent.agent.deliverables.traces import section
from perfagent.agent.state import EngagementState
from perfagent.tools.sql.models import Finding, NPlusOne


def unparsed(errors: list[Finding]) -> dict | None:
    """How many statements no class holds (sqlglot could not parse them, or they were refused),
    and the commonest reason with an example: a statement is never dropped without a word.

    >>> e = Finding(rule="parse_error", severity="error", message="cannot parse: Expecting )",
    ...             evidence="SELECT (a FROM t")
    >>> unparsed([e, e])["count"], unparsed([e])["message"], unparsed([])
    (2, 'cannot parse: Expecting )', None)
    """
    if not errors:
        return None
    by_reason: dict[str, list[Finding]] = {}
    for error in errors:
        # "at line 11, column 465" differs between statements of one reason: group by the rest
        reason = error.message.split(": ", 1)[-1]
        by_reason.setdefault(reason, []).append(error)
    worst = max(by_reason.values(), key=len)
    return {
        "count": len(errors),
        "reasons": len(by_reason),
        "message": worst[0].message,
        "evidence": " ".join(worst[0].evidence.split())[:160],
        "with_reason": len(worst),
    }


def render(state: EngagementState, folder: Path) -> Rendered:
    report = state.database
    traces = section(
        state.traces, folder, rules=("n_plus_one", "duplicate_statement", "write_on_get")
    )
    if report is None and state.traces is not None and not state.traces.note:
        text = page("database.md.j2", report=None, traces=traces)
        return write(folder, "database", text, {"traces": state.traces})
    if report is None:
        why = (
            "the target's spec has no [database]"
            if state.spec.database is None
            else "the database could not be analysed (see the index's errors)"
        )
        return nothing(folder, "database", "Database optimizations", why)
    rows = [
        [
            f"{c.calls:,}",
            f"{c.total_ms:.1f}",
            f"{c.mean_ms:.2f}",
            f"`{c.fingerprint[:90]}`",
            ", ".join(sorted({f.rule for f in c.findings})) or "–",
        ]
        for c in sorted(report.analysis.classes, key=lambda c: -c.total_ms)[:12]
    ]
    loops: list[NPlusOne] = []  # the worst loop of each query class
    for loop in sorted(report.n_plus_one, key=lambda n: -n.repeats):
        if loop.fingerprint not in {seen.fingerprint for seen in loops}:
            loops.append(loop)
    text = page(
        "database.md.j2",
        report=report,
        rows=rows,
        loops=loops,
        traces=traces,
        unparsed=unparsed(report.analysis.errors),
    )
    data = (
        report
        if state.traces is None
        else {**report.model_dump(mode="json"), "traces": state.traces}
    )
    return write(folder, "database", text, data)
