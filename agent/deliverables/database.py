"""Deliverable 7: database optimizations: query classes, N+1 loops, validated indexes."""

from __future__ import annotations

from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import table
from perfagent.agent.state import EngagementState


def render(state: EngagementState, folder: Path) -> Rendered:
    from perfagent.agent.deliverables.traces import section

    report = state.database
    traced = section(
        state.traces, folder, rules=("n_plus_one", "duplicate_statement", "write_on_get")
    )
    if report is None and state.traces is not None and not state.traces.note:
        text = "\n".join(
            [
                "# Database optimizations",
                "",
                ("No database analysis (see the index's errors); what the request traces saw:"),
                "",
                *traced,
            ]
        )
        return write(folder, "database", text, {"traces": state.traces})
    if report is None:
        why = (
            "the target's spec has no [database]"
            if state.spec.database is None
            else "the database could not be analysed (see the index's errors)"
        )
        return nothing(folder, "database", "Database optimizations", why)
    summary = (
        f"Database `{report.url}`, queries from `{report.source}`: "
        f"{report.analysis.queries:,} statements in {len(report.analysis.classes)} classes."
    )
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
    lines = [
        "# Database optimizations",
        "",
        summary,
        "",
        "## Query classes by total time",
        "",
        *table(["calls", "total ms", "mean ms", "query", "findings"], rows, align="rrrll"),
    ]
    if report.n_plus_one:
        lines += ["", "## N+1 loops", ""]
        seen = set()
        for loop in sorted(report.n_plus_one, key=lambda n: -n.repeats):
            if loop.fingerprint in seen:
                continue
            seen.add(loop.fingerprint)
            head = (
                f"- `{loop.sample[:100]}` repeated {loop.repeats} times in request "
                f"`{loop.request_id}` ({loop.total_ms:.0f} ms). One query instead:"
            )
            lines += [head, "", f"  ```sql\n  {loop.batched_query}\n  ```", ""]
    if report.advice:
        lines += ["", "## Indexes (each tried on the database, never committed)", ""]
        for advice in report.advice.advice:
            for t in advice.trials:
                verdict = "**recommended**" if t.recommended else "not recommended"
                lines += [
                    f"- {t.table}({', '.join(t.columns)}): {verdict} — {t.reason}",
                    "",
                    f"  ```sql\n  {t.ddl}\n  ```",
                    "",
                ]
        lines += [f"- note: {n}" for n in report.advice.notes]
    lines += ["", *traced]
    data = (
        report
        if state.traces is None
        else {**report.model_dump(mode="json"), "traces": state.traces}
    )
    return write(folder, "database", "\n".join(lines), data)
