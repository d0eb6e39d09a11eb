"""Deliverable 2: load test results: per endpoint latency and throughput, budgets, plots,
the breaking point and recovery when those tests ran, the runnable locustfile, and the
disposability tests (startup, shutdown, crash, statelessness per archetype) when asked for."""

from __future__ import annotations

import os
from pathlib import Path

from perfagent.agent.deliverables import Rendered, nothing, write
from perfagent.agent.deliverables.markdown import fmt_ms, page
from perfagent.agent.state import EngagementState


def _pct(summary, percentile: str) -> str:
    value = fmt_ms(getattr(summary, f"{percentile}_ms"), "number")
    return f"{value}\\*" if percentile in summary.too_few and value != "–" else value


def render(state: EngagementState, folder: Path) -> Rendered:
    if not state.load and state.disposability is None:
        why = (
            "the target's spec has no [service] to load"
            if not state.spec.has_service
            else "the baseline load test could not run (see the index's errors)"
        )
        return nothing(folder, "load-test", "Load test results", why)
    sections = [_section(kind, result, folder) for kind, result in state.load.items()]
    disposability = None
    data: dict = state.load
    if state.disposability is not None:
        from perfagent.agent.deliverables.disposability import context

        disposability = context(state.disposability, folder)
        data = {**state.load, "disposability": state.disposability}
    markdown = page("load-test.md.j2", sections=sections, disposability=disposability)
    return write(folder, "load-test", markdown, data)


def _section(kind: str, result, folder: Path) -> dict:
    """What the page shows of one load test, beside the result itself: its rows, its plots
    (relative to the page) and the command that reruns its locustfile, when there is one."""
    locustfile = folder / kind / "locustfile.py"
    command = (
        f"locust -f {os.path.relpath(locustfile, folder)} --headless -u 10 -r 10 -t 30s "
        "--host http://127.0.0.1:PORT"
        if locustfile.is_file()
        else ""
    )
    return {
        "kind": kind,
        "result": result,
        "rows": [_endpoint_row(e) for e in [*result.endpoints, result.aggregate]],
        "budgets": [_budget_row(c) for c in result.budgets],
        "plots": [
            (Path(plot).stem, os.path.relpath(plot, folder))
            for plot in result.plots
            if plot.endswith(".png")
        ],
        "command": command,
    }


def _endpoint_row(e) -> list[str]:
    return [
        e.name,
        f"{e.requests:,}",
        f"{e.rps:.1f}",
        f"{e.error_rate:.1%}",
        _pct(e, "p50"),
        _pct(e, "p95"),
        _pct(e, "p99"),
        fmt_ms(e.max_ms, "number"),
    ]


def _budget_row(c) -> list[str]:
    margin = "–" if c.margin_pct is None else f"{c.margin_pct:+.0f}%"
    return [
        f"{c.endpoint} {c.percentile}",
        f"{c.budget_ms:.0f}",
        fmt_ms(c.measured_ms, "number"),
        margin,
        "ok" if c.ok else "**over**",
    ]
